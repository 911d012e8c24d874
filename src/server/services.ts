import type { MikroORM } from '@mikro-orm/postgresql';
import type { HubConfig } from '../config';
import { TokenService } from '../modules/auth/jwt';
import { CalendarService } from '../modules/calendar/calendar.service';
import type { Logger } from './logger';

/** Process-wide singletons shared by every request; they hold no request state. */
export interface HubServices {
  config: HubConfig;
  orm: MikroORM;
  logger: Logger;
  tokens: TokenService;
  calendar: CalendarService;
  /** Current instant; replaceable in tests that need a fixed "now". */
  now(): Date;
  /** Called inside the transaction that changed a year's holiday schedule. */
  calendarChanged?: (em: import('@mikro-orm/postgresql').EntityManager, year: number) => Promise<void>;
  /** Test-only fault injection: throwing here fails a mutation after all its writes, before commit. */
  faults?: { beforeCommit?: (action: string) => void };
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

export function createServices(config: HubConfig, orm: MikroORM, logger: Logger, now: () => Date = () => new Date()): HubServices {
  return {
    config,
    orm,
    logger,
    tokens: new TokenService(config.jwtSecret, config.tokenTtlSeconds),
    calendar: new CalendarService(),
    now,
  };
}
