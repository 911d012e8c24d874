import { JudicialConfirmationStatus as S } from '../../core/enums';
import { StateMachine } from '../../core/state-machine';

export type ConfirmationAction = 'accept' | 'decline' | 'extend' | 'confirm' | 'reject' | 'withdraw';

/** 司法确认: PENDING → ACCEPTED (立案) or NOT_ACCEPTED → CONFIRMED / REJECTED. */
export const confirmationMachine = new StateMachine<S, ConfirmationAction>('judicialConfirmation', [
  { action: 'accept', from: [S.PENDING], to: S.ACCEPTED },
  { action: 'decline', from: [S.PENDING], to: S.NOT_ACCEPTED },
  { action: 'extend', from: [S.ACCEPTED], to: 'same' },
  { action: 'confirm', from: [S.ACCEPTED], to: S.CONFIRMED },
  { action: 'reject', from: [S.ACCEPTED], to: S.REJECTED },
  // The applicant withdrew the dispute while the court was still deciding.
  { action: 'withdraw', from: [S.PENDING, S.ACCEPTED], to: S.WITHDRAWN },
]);

export const OPEN_CONFIRMATION_STATUSES = [S.PENDING, S.ACCEPTED];
