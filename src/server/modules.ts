import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubLoaders, HubServices, LoaderFactory } from '../core/context';
import type { HubModule } from '../core/module';
import type { DomainListener, DomainListeners } from '../core/unit-of-work';
import type { Viewer } from '../core/viewer';
import { auditModule } from '../modules/audit';
import { authModule } from '../modules/auth';
import { calendarModule } from '../modules/calendar';
import { courtModule } from '../modules/court';
import { documentModule } from '../modules/document';
import { materialModule } from '../modules/material';
import { serviceModule } from '../modules/service';
import { expertModule } from '../modules/expert';
import { staffModule } from '../modules/staff';
import { followUpModule } from '../modules/follow-up';
import { statisticsModule } from '../modules/statistics';
import { deadlineModule } from '../modules/deadline';
import { disputeModule } from '../modules/dispute';
import { matterModule } from '../modules/matter';
import { organizationModule } from '../modules/organization';
import { proceedingModule } from '../modules/proceeding';
import { realtimeModule } from '../modules/realtime';
import { referenceModule } from '../modules/reference';
import { referralModule } from '../modules/referral';
import { routingModule } from '../modules/routing';
import { timelineModule } from '../modules/timeline';
import { typicalCaseModule } from '../modules/typical-case';
import { reviewModule } from '../modules/review';

/**
 * The hub's modules, lower layers first: a module may use those above it in
 * this list (through their index.ts), never those below. Listeners of one
 * domain event run in this order.
 */
export const MODULES: readonly HubModule[] = [
  organizationModule,
  referenceModule,
  authModule,
  matterModule,
  auditModule,
  calendarModule,
  timelineModule,
  deadlineModule,
  disputeModule,
  proceedingModule,
  referralModule,
  routingModule,
  courtModule,
  staffModule,
  materialModule,
  documentModule,
  serviceModule,
  expertModule,
  followUpModule,
  statisticsModule,
  typicalCaseModule,
  reviewModule,
  realtimeModule,
];

/** Every entity the ORM knows; listed by the modules, so no folder globbing is needed at run time. */
export const ENTITIES: EntityClass<object>[] = MODULES.flatMap((m) => m.entities ?? []);

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS = MODULES.flatMap((m) => m.resolvers ?? []) as [Function, ...Function[]];

/**
 * Per-request DataLoaders: the modules' parts for one request (or one execution of a live event's
 * payload), each module's made on first use. A request touches a few of the ~40. Which keys a
 * module gives is learnt from the first request's full build.
 */
type LoadersClass = new (em: EntityManager, viewer: Viewer | null, services: HubServices, requestId: () => string) => HubLoaders;
let lazyLoaders: LoadersClass | null = null;

export const createLoaders: LoaderFactory = (em, viewer, services, requestId) => {
  if (lazyLoaders) return new lazyLoaders(em, viewer, services, requestId);
  const built = MODULES.map((m) => m.loaders?.(em, viewer, services, requestId) ?? {});
  lazyLoaders = lazyLoadersClass(built.map((b) => Object.keys(b)));
  return Object.assign({}, ...built) as HubLoaders;
};

const STATE = Symbol('loaders');
interface LazyState {
  args: [EntityManager, Viewer | null, HubServices, () => string];
  made: (Record<string, unknown> | undefined)[];
}

function lazyLoadersClass(keysByModule: readonly string[][]): LoadersClass {
  class LazyLoaders {
    [STATE]: LazyState;
    constructor(...args: LazyState['args']) {
      this[STATE] = { args, made: [] };
    }
  }
  // In module order, so that a key two modules give resolves as Object.assign did (the later one).
  keysByModule.forEach((keys, i) => {
    for (const k of keys) {
      Object.defineProperty(LazyLoaders.prototype, k, {
        configurable: true,
        enumerable: true,
        get(this: LazyLoaders) {
          const s = this[STATE];
          return (s.made[i] ??= (MODULES[i].loaders?.(...s.args) ?? {}) as Record<string, unknown>)[k];
        },
      });
    }
  });
  return LazyLoaders as unknown as LoadersClass;
}

/** The modules' reactions to each domain event, in module order. */
export function listenersOf(modules: readonly HubModule[]): DomainListeners {
  const out: Record<string, DomainListener[]> = {};
  for (const m of modules) {
    for (const [name, list] of Object.entries(m.listeners ?? {})) (out[name] ??= []).push(...((list ?? []) as DomainListener[]));
  }
  return out as DomainListeners;
}
