import { DisputeStatus as S } from '../../core/enums';
import { StateMachine } from '../../core/state-machine';

export type DisputeAction = 'refer' | 'acceptReferral' | 'declineReferral' | 'cancelReferral' | 'concludeSettling' | 'concludeNotSettling' | 'confirmationRejected' | 'close' | 'withdraw';

/** The dispute's lifecycle (contract enum DisputeStatus). */
export const disputeMachine = new StateMachine<S, DisputeAction>('dispute', [
  { action: 'refer', from: [S.AWAITING_ROUTING], to: S.REFERRED },
  { action: 'acceptReferral', from: [S.REFERRED], to: S.IN_PROGRESS },
  { action: 'declineReferral', from: [S.REFERRED], to: S.AWAITING_ROUTING },
  { action: 'cancelReferral', from: [S.REFERRED], to: S.AWAITING_ROUTING },
  { action: 'concludeSettling', from: [S.IN_PROGRESS], to: S.RESOLVED },
  // MEDIATION_FAILED, TERMINATED, NOT_ACCEPTED, ...: back to routing, the holder may refer it onward.
  { action: 'concludeNotSettling', from: [S.IN_PROGRESS], to: S.AWAITING_ROUTING },
  { action: 'confirmationRejected', from: [S.RESOLVED], to: S.AWAITING_ROUTING },
  { action: 'close', from: [S.RESOLVED, S.AWAITING_ROUTING], to: S.CLOSED },
  { action: 'withdraw', from: [S.AWAITING_ROUTING, S.REFERRED, S.IN_PROGRESS, S.RESOLVED], to: S.WITHDRAWN },
]);
