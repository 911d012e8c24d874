import type { HubModule } from '../../core/module';
import type { EventBus } from './event-bus';
import type { EventFeed } from './event-feed';
import { SubscriptionResolver } from './subscription.resolver';

export * from './event-bus';
export * from './event-feed';

declare module '../../core/context' {
  interface HubServices {
    /** Doorbell between writers and subscriptions (in-process on PGlite, LISTEN/NOTIFY on PostgreSQL). */
    bus: EventBus;
    /** This process's reader of newly committed timeline events, shared by every subscription. */
    feed: EventFeed;
  }
}

export const realtimeModule: HubModule = {
  name: 'realtime',
  resolvers: [SubscriptionResolver],
};
