import { ReferralStatus as S } from '../../core/enums';
import { StateMachine } from '../../core/state-machine';

export type ReferralAction = 'accept' | 'decline' | 'cancel' | 'complete';

export const referralMachine = new StateMachine<S, ReferralAction>('referral', [
  { action: 'accept', from: [S.PENDING], to: S.ACCEPTED },
  { action: 'decline', from: [S.PENDING], to: S.DECLINED },
  { action: 'cancel', from: [S.PENDING], to: S.CANCELLED },
  { action: 'complete', from: [S.ACCEPTED], to: S.COMPLETED },
]);
