import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../core/logger';
import { placeholders } from '../../core/db/read-model';
import type { Refusal, RefusalLog } from '../../core/unit-of-work';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What a viewer typed as an id may be anything: stored without control characters, and short. */
function storable(s: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/**
 * The audit log of refused attempts. One statement, autocommitted on its own
 * after the attempt's transaction rolled back: it counts the refusal in the
 * viewer's budget of the minute (a row per viewer and minute, so the bound holds
 * across instances) and writes the audit entry only while the count is within
 * the bound; refusals beyond it are only counted in the logs.
 */
export function refusalLog(perMinute: () => number, logger: Logger): RefusalLog {
  return {
    async record(em: EntityManager, refusal: Refusal): Promise<void> {
      const viewer = refusal.viewer;
      const viewerKey = viewer?.userId ?? 'anonymous';
      const limit = perMinute();
      const targets = refusal.targets.slice(0, 20).map((t) => (UUID.test(t) ? t.toLowerCase() : storable(t, 64)));
      const details = { outcome: refusal.outcome, reason: storable(refusal.reason, 300) };
      const [row] = await em.getConnection().execute<{ n: number }[]>(
        `with prune as (
           delete from audit_refusal_budget where viewer_key = ? and minute < date_trunc('minute', ?::timestamptz)
         ), budget as (
           insert into audit_refusal_budget (viewer_key, minute, n) values (?, date_trunc('minute', ?::timestamptz), 1)
           on conflict (viewer_key, minute) do update set n = audit_refusal_budget.n + 1
           returning n
         ), entry as (
           insert into audit_entry (action, actor_user_id, organization_id, target_ids, details)
           select ?, ?, ?, ${targets.length ? `array[${placeholders(targets.length)}]::text[]` : `'{}'::text[]`}, ?::jsonb from budget where budget.n <= ?
           returning id
         )
         select n from budget`,
        [viewerKey, refusal.at, viewerKey, refusal.at, storable(refusal.action, 100), viewer?.userId ?? null, viewer?.organizationId ?? null, ...targets, JSON.stringify(details), limit],
        'all',
      );
      const n = Number(row?.n ?? 0);
      // Beyond the bound the refusal is only counted here: the first one and then every 50th.
      if (n > limit && (n === limit + 1 || (n - limit) % 50 === 0)) {
        logger.warn({ userId: viewer?.userId ?? null, action: refusal.action, outcome: refusal.outcome, refusalsThisMinute: n, audited: limit }, 'refusals beyond the audit budget of this minute');
      }
    },
  };
}
