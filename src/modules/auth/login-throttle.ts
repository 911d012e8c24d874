import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubSettings } from '../../core/context';

const WINDOW_MS = 15 * 60_000;
/** Above the per-address limit, failures of one username from anywhere slow every attempt down, then refuse. */
const PER_USERNAME_FACTOR = 4;
const MAX_DELAY_MS = 8_000;

export type Admission = { admitted: true; attemptId: string; delayMs: number } | { admitted: false };

/**
 * Records a sign-in attempt before its password is checked, atomically per username
 * (an advisory lock held to the commit), so concurrent attempts are counted one by
 * one across every instance. A stranger's failures from another address do not
 * lock the real user out: the first limit is per (username, address); failures of
 * the username from anywhere only slow attempts down, growing with each, and
 * refuse at a higher limit. The attempt row is removed when the password was right.
 */
export async function admitLoginAttempt(em: EntityManager, settings: HubSettings, username: string, ip: string, now = new Date()): Promise<Admission> {
  return em.transactional(async (tem) => {
    const conn = tem.getConnection();
    const tx = tem.getTransactionContext();
    await conn.execute(`select pg_advisory_xact_lock(hashtextextended('login:' || ?, 0))`, [username], 'run', tx);
    const since = new Date(now.getTime() - WINDOW_MS);
    const [row] = await conn.execute<{ by_pair: number; by_user: number; by_ip: number }[]>(
      `select count(*) filter (where username = ? and ip = ?)::int as by_pair, count(*) filter (where username = ?)::int as by_user,
              count(*) filter (where ip = ?)::int as by_ip
         from login_attempt where at > ? and (username = ? or ip = ?)`,
      [username, ip, username, ip, since, username, ip],
      'all',
      tx,
    );
    const perUser = settings.loginMaxFailuresPerUser;
    if (row.by_pair >= perUser || row.by_user >= perUser * PER_USERNAME_FACTOR || row.by_ip >= settings.loginMaxFailuresPerIp) return { admitted: false } as const;
    const [inserted] = await conn.execute<{ id: string }[]>(`insert into login_attempt (username, ip, at) values (?, ?, ?) returning id::text as id`, [username, ip, now], 'all', tx);
    const over = row.by_user - perUser;
    const delayMs = over < 0 ? 0 : Math.min(MAX_DELAY_MS, 250 * 2 ** over);
    return { admitted: true, attemptId: inserted.id, delayMs } as const;
  });
}

/** The password was right: the attempt is not a failure. */
export async function forgetLoginAttempt(em: EntityManager, attemptId: string): Promise<void> {
  await em.getConnection().execute(`delete from login_attempt where id = ?`, [attemptId], 'run');
}
