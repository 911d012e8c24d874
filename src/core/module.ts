import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import type { HubServices, HubLoaders } from './context';
import type { DomainListeners } from './unit-of-work';
import type { Viewer } from './viewer';

/**
 * What a module plugs into the hub, declared once in its `index.ts`: the server
 * builds the ORM's entity list, the GraphQL schema, the per-request loaders and
 * the unit of work's listeners from the list of these in `src/server/modules.ts`.
 */
export interface HubModule {
  name: string;
  entities?: EntityClass<object>[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers?: Function[];
  /** This module's part of every request's loaders (one set per request, never shared between viewers). */
  loaders?: (em: EntityManager, viewer: Viewer | null, services: HubServices, requestId: string) => Partial<HubLoaders>;
  /** Reactions to other modules' domain events, inside their transaction. */
  listeners?: DomainListeners;
}
