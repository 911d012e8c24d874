import type { MikroORM } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config';
import type { HubServices } from '../core/context';
import type { Logger } from '../core/logger';
import { UnitOfWork } from '../core/unit-of-work';
import { queueAuditEntry, refusalLog } from '../modules/audit';
import { TokenService, UserDirectory } from '../modules/auth';
import { CalendarService, prepareCalendar } from '../modules/calendar';
import { MatterDirectory } from '../modules/matter';
import { OrganizationDirectory } from '../modules/organization';
import type { EventBus, EventFeed } from '../modules/realtime';
import { timelineEventStore } from '../modules/timeline';
import { listenersOf, MODULES } from './modules';

export type { HubServices };

/** Process-wide singletons shared by every request, and the unit of work assembled from the modules' parts. */
export function createServices(config: HubConfig, orm: MikroORM, logger: Logger, bus: EventBus, feed: EventFeed, now: () => Date = () => new Date()): HubServices {
  const services = {
    bus,
    feed,
    settings: config,
    orm,
    logger,
    tokens: new TokenService(config.jwtSecret, config.tokenTtlSeconds),
    calendar: new CalendarService(),
    organizations: new OrganizationDirectory(orm),
    matters: new MatterDirectory(orm),
    users: new UserDirectory(orm),
    now,
  } as Omit<HubServices, 'uow'> as HubServices;
  services.uow = new UnitOfWork({
    prepare: [prepareCalendar],
    events: timelineEventStore,
    audit: queueAuditEntry,
    doorbell: bus,
    listeners: listenersOf(MODULES),
    refusals: refusalLog(() => config.auditRefusalsPerMinute, logger),
  });
  return services;
}
