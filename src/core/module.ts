import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityClass } from '@mikro-orm/core';
import type { Router } from 'express';
import type { HubContext, HubServices, HubLoaders } from './context';
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
  loaders?: (em: EntityManager, viewer: Viewer | null, services: HubServices, requestId: () => string) => Partial<HubLoaders>;
  /** Reactions to other modules' domain events, inside their transaction. */
  listeners?: DomainListeners;
  /** HTTP endpoints beside /graphql (file upload and download), mounted at the root with the hub's security headers and request log. */
  http?: (router: Router, hub: HttpHub) => void;
}

/** What a module's HTTP endpoints get from the server: the same authentication and context as a GraphQL request. */
export interface HttpHub {
  services: HubServices;
  /**
   * The request's context from its `Authorization: Bearer` header, exactly as /graphql builds it;
   * throws a GraphQLError with code UNAUTHENTICATED when a token is given but not valid, and
   * RATE_LIMITED when the viewer (or the address) has used up the budget it shares with /graphql.
   */
  contextOf(req: { headers: { authorization?: string }; socket: { remoteAddress?: string } }, requestId: string): Promise<HubContext>;
}
