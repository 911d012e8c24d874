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

/** Per-request DataLoaders: every module's part, built once per operation, never shared between viewers. */
export const createLoaders: LoaderFactory = (em: EntityManager, viewer: Viewer | null, services: HubServices, requestId: string): HubLoaders =>
  Object.assign({}, ...MODULES.map((m) => m.loaders?.(em, viewer, services, requestId) ?? {})) as HubLoaders;

/** The modules' reactions to each domain event, in module order. */
export function listenersOf(modules: readonly HubModule[]): DomainListeners {
  const out: Record<string, DomainListener[]> = {};
  for (const m of modules) {
    for (const [name, list] of Object.entries(m.listeners ?? {})) (out[name] ??= []).push(...((list ?? []) as DomainListener[]));
  }
  return out as DomainListeners;
}
