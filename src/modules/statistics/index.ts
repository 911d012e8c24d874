import type { HubModule } from '../../core/module';
import { StatisticsResolver } from './statistics.resolver';

export * from './statistics.types';
export { StatisticsService, PUBLIC_MIN_CELL } from './statistics.service';

/**
 * Statistics (#16): figures of the hub's work per period, organization, channel, matter and region,
 * and a public aggregate. Its facts are kept from the timeline by a trigger on dispute_event in the
 * writing transaction (Migration20261203170000_statistics), so the module has no listeners and
 * no entities: it only reads.
 */
export const statisticsModule: HubModule = {
  name: 'statistics',
  resolvers: [StatisticsResolver],
};
