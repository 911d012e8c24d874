import { ProceedingStatus as S } from '../../core/enums';
import { StateMachine } from '../../core/state-machine';

export type ProceedingAction = 'admit' | 'reject' | 'assign' | 'pause' | 'resume' | 'extend' | 'conclude' | 'withdraw';

const OPEN = [S.ACCEPTANCE_REVIEW, S.IN_PROGRESS, S.PAUSED];

export const proceedingMachine = new StateMachine<S, ProceedingAction>('proceeding', [
  { action: 'admit', from: [S.ACCEPTANCE_REVIEW], to: S.IN_PROGRESS },
  { action: 'reject', from: [S.ACCEPTANCE_REVIEW], to: S.NOT_ACCEPTED },
  { action: 'assign', from: OPEN, to: 'same' },
  { action: 'pause', from: [S.IN_PROGRESS], to: S.PAUSED },
  { action: 'resume', from: [S.PAUSED], to: S.IN_PROGRESS },
  { action: 'extend', from: [S.IN_PROGRESS, S.PAUSED], to: 'same' },
  { action: 'conclude', from: [S.IN_PROGRESS, S.PAUSED], to: S.CONCLUDED },
  // The applicant withdrew: recorded as a conclusion with outcome WITHDRAWN.
  { action: 'withdraw', from: OPEN, to: S.CONCLUDED },
]);

export const OPEN_PROCEEDING_STATUSES = OPEN;
