import type { HubModule } from '../../core/module';
import { Referral } from './referral.entity';
import { referralLoaders } from './referral.loaders';
import { DisputeReferralsResolver, EventReferralResolver, ProceedingReferralResolver, ReferralResolver } from './referral.resolver';
import { ReferralService } from './referral.service';

export * from './referral.entity';
export * from './referral.state-machine';
export * from './referral.types';
export { ReferralService } from './referral.service';
export { answersReferrals } from './referral.policy';

declare module '../../core/context' {
  interface HubSettings {
    /** Working days a receiver has to accept or decline a referral (REFERRAL_RESPONSE_DAYS). */
    referralResponseDays: number;
  }
  interface HubLoaders extends ReturnType<typeof referralLoaders> {}
}

export const referralModule: HubModule = {
  name: 'referral',
  entities: [Referral],
  resolvers: [ReferralResolver, DisputeReferralsResolver, EventReferralResolver, ProceedingReferralResolver],
  loaders: (em) => referralLoaders(em),
  listeners: {
    'proceeding.concluded': [(env, { proceeding }) => ReferralService.completeFor(env, proceeding)],
    'dispute.withdrawing': [(env, { dispute }) => ReferralService.cancelForWithdrawal(env, dispute)],
  },
};
