import type { HubModule } from '../../core/module';
import { DisputeAccess } from './dispute-access.entity';
import { Dispute } from './dispute.entity';
import { disputeLoaders } from './dispute.loaders';
import { DisputeEventResolver, DisputeResolver } from './dispute.resolver';
import { Party } from './party.entity';
import { PartyResolver } from './party.resolver';

export * from './dispute.entity';
export * from './party.entity';
export * from './dispute.policy';
export * from './dispute.repository';
export * from './dispute.state-machine';
export * from './dispute.types';
export { DisputeQueryService } from './dispute-query.service';
export { DisputeService, transitionDispute, assertMayActOnDispute, orgNameMap } from './dispute.service';
export { prefetchDeadlines } from './dispute.resolver';
export { disclosesPersonalData } from './disclosure';

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof disputeLoaders> {}
}

export const disputeModule: HubModule = {
  name: 'dispute',
  entities: [Dispute, Party, DisputeAccess],
  resolvers: [DisputeResolver, DisputeEventResolver, PartyResolver],
  loaders: (em, viewer) => disputeLoaders(em, viewer),
};
