import type { HubModule } from '../../core/module';
import { RoutingResolver } from './routing.resolver';

export * from './route-rules';
export * from './routing.types';
export { RoutingService } from './routing.service';

export const routingModule: HubModule = {
  name: 'routing',
  resolvers: [RoutingResolver],
};
