import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubModule } from '../../core/module';
import { FollowUp } from './follow-up.entity';
import { followUpLoaders } from './follow-up.loaders';
import { DisputeFollowUpResolver, FollowUpResolver } from './follow-up.resolver';
import { FollowUpService } from './follow-up.service';

export * from './follow-up.entity';
export * from './follow-up.types';
export { FollowUpService, followUpClockRule } from './follow-up.service';
export { averageScore } from './follow-up.resolver';

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof followUpLoaders> {}
  interface HubSettings {
    followUpDueWorkingDays: number;
    followUpMaxAttempts: number;
  }
}

/** Follow-up visits (回访) of resolved and closed disputes: the FOLLOW_UP clock, visits, attempts, the queue. */
export const followUpModule: HubModule = {
  name: 'follow-up',
  entities: [FollowUp],
  resolvers: [FollowUpResolver, DisputeFollowUpResolver],
  loaders: (em: EntityManager) => followUpLoaders(em),
  listeners: {
    // A settling conclusion resolves the dispute: its organization owes the visit.
    'proceeding.concluded': [(env, { proceeding, dispute }) => FollowUpService.onConcluded(env, proceeding, dispute)],
    // Closed without a resolution (routing, a failed mediation): followed up too.
    'dispute.closing': [(env, { dispute }) => FollowUpService.onClosing(env, dispute)],
    // A withdrawn dispute is not followed up.
    'dispute.withdrawing': [(env, { dispute }) => FollowUpService.onWithdrawing(env, dispute)],
  },
};
