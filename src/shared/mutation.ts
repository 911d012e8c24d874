import type { EntityManager } from '@mikro-orm/postgresql';
// COMMIT flush mode: nothing is written before the final flush (taken under the event writers' lock)
// except where a service flushes explicitly, and events are never among those early writes.
import { FlushMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { HubContext } from '../server/context';
import { chinaDateOf, type IsoDate, type WorkCalendar } from '../modules/clock';
import { AuditService } from '../modules/audit/audit.service';
import { TimelineService } from '../modules/timeline/timeline.service';
import { isBusinessError, type BusinessError } from './errors';

export interface MutationEnv {
  em: EntityManager;
  calendar: WorkCalendar;
  now: Date;
  today: IsoDate;
  /** Ids of the records the mutation touched, for the audit log. */
  targets: string[];
  /** Work to run once the transaction has committed (e.g. ringing subscription doorbells). */
  afterCommit: (() => void | Promise<void>)[];
  /** Disputes whose version this mutation has already raised (once per mutation). */
  touched: Set<string>;
}

/** Carries an expected failure out of the transaction so that it rolls back. */
class Rollback extends Error {
  constructor(readonly result: BusinessError) {
    super(result.message);
  }
}

/**
 * Every mutation is one transaction: the change, its timeline events, its
 * deadlines and its audit entry commit together or not at all. A business
 * error returned by `fn` rolls everything back and is returned as the result.
 */
export async function runMutation<T>(
  ctx: HubContext,
  action: string,
  fn: (env: MutationEnv) => Promise<T | BusinessError>,
  options: { onUniqueViolation?: () => Promise<T | BusinessError> } = {},
): Promise<T | BusinessError> {
  // The calendar is read before the transaction: PGlite has one connection.
  const calendar = await ctx.services.calendar.get(ctx.em);
  const now = ctx.services.now();
  let env: MutationEnv | null = null;
  try {
    const result = await ctx.em.transactional(async (em) => {
      env = { em: em as EntityManager, calendar, now, today: chinaDateOf(now), targets: [], afterCommit: [], touched: new Set() };
      const r = await fn(env);
      if (isBusinessError(r)) throw new Rollback(r);
      AuditService.record(env.em, ctx, action, env.targets, null);
      await TimelineService.lockWriters(env.em);
      await env.em.flush();
      await ctx.services.bus.ringInTransaction(env.em);
      // Awaited: an async hook can hold the transaction open, and its rejection fails the mutation.
      await ctx.services.faults?.beforeCommit?.(action);
      return r;
    }, { flushMode: FlushMode.COMMIT });
    ctx.services.bus.ringAfterCommit();
    for (const job of (env as MutationEnv | null)?.afterCommit ?? []) await job();
    return result;
  } catch (e) {
    if (e instanceof Rollback) return e.result as BusinessError;
    if (e instanceof UniqueConstraintViolationException && options.onUniqueViolation) return options.onUniqueViolation();
    throw e;
  }
}
