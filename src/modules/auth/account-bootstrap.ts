import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../../core/enums';
import type { FieldError } from '../../core/errors';
import { hashPassword, verifyPassword } from './password';
import { passwordProblems } from './password-policy';
import { USERNAME_PATTERN } from './user-admin.service';

export type BootstrapOutcome = { created: true; userId: string } | { created: false; reason: 'exists' } | { created: false; reason: 'invalid'; problems: string[] };

/**
 * The first administrator of a fresh database (npm run admin:create, or the
 * HUB_BOOTSTRAP_ADMIN_* variables). Idempotent: an existing account of that name is
 * left exactly as it is (its password is never reset from the environment).
 * The creation is audited in the same transaction.
 */
export async function createAdministrator(em: EntityManager, input: { username: string; password: string; displayName?: string; via: string }): Promise<BootstrapOutcome> {
  const username = input.username.trim().toLowerCase();
  const problems: FieldError[] = [];
  if (!USERNAME_PATTERN.test(username)) return { created: false, reason: 'invalid', problems: ['用户名为 3–40 个小写字母、数字、“.”“_”或“-”，以字母或数字开头'] };
  problems.push(...passwordProblems(input.password, username, 'password'));
  if (problems.length) return { created: false, reason: 'invalid', problems: problems.map((p) => p.message) };
  const hash = await hashPassword(input.password);
  return em.transactional(async (tem) => {
    const conn = tem.getConnection();
    const tx = tem.getTransactionContext();
    const id = randomUUID();
    const inserted = await conn.execute<{ id: string }[]>(
      `insert into hub_user (id, username, display_name, password_hash, roles, organization_id) values (?, ?, ?, ?, array[?]::text[], null)
         on conflict (username) do nothing returning id`,
      [id, username, input.displayName ?? '系统管理员', hash, [Role.ADMIN]],
      'all',
      tx,
    );
    if (!inserted.length) return { created: false, reason: 'exists' } as const;
    await conn.execute(
      `insert into audit_entry (actor_user_id, organization_id, action, target_ids, details) values (null, null, 'createAdministrator', array[?]::text[], ?::jsonb)`,
      [id, JSON.stringify({ username, via: input.via })],
      'run',
      tx,
    );
    return { created: true, userId: id } as const;
  });
}

/** Enabled demo-seeded accounts that still accept `password` (production refuses to start while there is one). */
export async function demoAccountsAccepting(em: EntityManager, password: string): Promise<string[]> {
  const rows = await em.getConnection().execute<{ username: string; password_hash: string }[]>(`select username, password_hash from hub_user where demo_account and not disabled order by username`);
  const accepted = await Promise.all(rows.map(async (r) => ((await verifyPassword(password, r.password_hash)) ? r.username : null)));
  return accepted.filter((u): u is string => u !== null);
}
