import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubModule } from '../../core/module';
import { DisputeEvent } from './dispute-event.entity';
import { eventPageLoader } from './timeline.loaders';
import { TimelineResolver } from './timeline.resolver';

export * from './dispute-event.entity';
export * from './event-types';
export * from './event-summaries';
export * from './timeline.service';
export * from './timeline.types';
export { eventCursor, eventSeqOf } from './timeline.loaders';

const loaders = (em: EntityManager) => ({ eventPage: eventPageLoader(em) });

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof loaders> {}
}

export const timelineModule: HubModule = {
  name: 'timeline',
  entities: [DisputeEvent],
  resolvers: [TimelineResolver],
  loaders,
};
