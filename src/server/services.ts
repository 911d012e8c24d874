import type { MikroORM } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config';
import { TokenService } from '../modules/auth/jwt';
import { CalendarService } from '../modules/calendar/calendar.service';
import { OrganizationDirectory } from '../modules/organization/organization.loaders';
import { MatterDirectory } from '../modules/matter/matter.loaders';
import { UserDirectory } from '../modules/auth/user.directory';
import type { Logger } from './logger';
import type { EventBus } from '../modules/realtime/event-bus';
import type { EventFeed } from '../modules/realtime/event-feed';

/** Process-wide singletons shared by every request; they hold no request state. */
export interface HubServices {
  config: HubConfig;
  orm: MikroORM;
  logger: Logger;
  tokens: TokenService;
  calendar: CalendarService;
  /** The organization directory, cached per process. */
  organizations: OrganizationDirectory;
  matters: MatterDirectory;
  users: UserDirectory;
  /** Doorbell between writers and subscriptions (in-process on PGlite, LISTEN/NOTIFY on PostgreSQL). */
  bus: EventBus;
  /** This process's reader of newly committed timeline events, shared by every subscription. */
  feed: EventFeed;
  /** Current instant; replaceable in tests that need a fixed "now". */
  now(): Date;
  /** Called inside the transaction that changed a year's holiday schedule. */
  calendarChanged?: (em: import('@mikro-orm/postgresql').EntityManager, year: number) => Promise<void>;
  /** Test-only fault injection: throwing here fails a mutation after all its writes, before commit. */
  faults?: { beforeCommit?: (action: string) => void | Promise<void> };
  /** Extension points that modules register at start (e.g. court linkage on a concluded proceeding). */
  hooks?: {
    proceedingConcluded?: (
      ctx: import('./context').HubContext,
      env: import('../shared/mutation').MutationEnv,
      proceeding: import('../modules/proceeding/proceeding.entity').Proceeding,
      dispute: import('../modules/dispute/dispute.entity').Dispute,
    ) => Promise<void>;
  };
}

export function createServices(
  config: HubConfig,
  orm: MikroORM,
  logger: Logger,
  bus: EventBus,
  feed: EventFeed,
  now: () => Date = () => new Date(),
): HubServices {
  return {
    bus,
    feed,
    config,
    orm,
    logger,
    tokens: new TokenService(config.jwtSecret, config.tokenTtlSeconds),
    calendar: new CalendarService(),
    organizations: new OrganizationDirectory(orm),
    matters: new MatterDirectory(orm),
    users: new UserDirectory(orm),
    now,
  };
}
