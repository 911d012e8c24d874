import type { EntityManager } from '@mikro-orm/postgresql';
import { DocumentKind } from '../../core/enums';
import type { TransactionEnv } from '../../core/unit-of-work';

/**
 * Document numbers: `${prefix}〔${year}〕${serial}号`, one gap-free series per
 * organization, kind and year (China time).
 *
 * The serial is taken with one upsert in the issuing transaction: the row stays
 * locked until that transaction ends, so concurrent issues of one series queue on it
 * and each gets the next number; a render that fails, or any rollback, gives the
 * number back (the increment rolls back with everything else).
 */

/** The mark a kind adds to an organization's base prefix when it has no prefix of its own (富财采 + 受 → 富财采受〔2026〕3号). */
export const KIND_MARKS: Readonly<Record<DocumentKind, string>> = {
  NOTICE_OF_RIGHTS: '告',
  MATERIALS_RECEIPT: '收',
  SUPPLEMENT_NOTICE: '补',
  ACCEPTANCE_NOTICE: '受',
  NON_ACCEPTANCE_DECISION: '不受',
  ANSWER_NOTICE: '答',
  SUSPENSION_NOTICE: '中止',
  RESUMPTION_NOTICE: '恢复',
  EXTENSION_NOTICE: '延',
  DECISION: '决',
  MEDIATION_AGREEMENT: '调',
  REFERRAL_LETTER: '转',
  SERVICE_RECEIPT: '送',
};

/** The key of the row that holds an organization's prefix for every kind. */
export const EVERY_KIND = '*';

export function formatDocumentNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕${serial}号`;
}

/**
 * The prefix of an organization's numbers of a kind: its own prefix for the kind
 * (富财采监 for 富阳区财政局's decisions); else its base prefix plus the kind's mark;
 * else, when no prefix was ever set, its name plus the mark (富阳区财政局决).
 */
export async function prefixFor(em: EntityManager, organization: { id: string; name: string }, kind: DocumentKind): Promise<string> {
  const rows = await em
    .getConnection()
    .execute<{ kind: string; prefix: string }[]>(
      `select kind, prefix from document_number_prefix where organization_id = ? and kind in (?, ?)`,
      [organization.id, kind, EVERY_KIND],
      'all',
      em.getTransactionContext(),
    );
  const own = rows.find((r) => r.kind === kind);
  if (own) return own.prefix;
  const base = rows.find((r) => r.kind === EVERY_KIND)?.prefix ?? organization.name;
  return `${base}${KIND_MARKS[kind]}`;
}

/** The next serial of the series, taken in the env's transaction (see above). */
export async function takeSerial(env: TransactionEnv, organizationId: string, kind: DocumentKind, year: number): Promise<number> {
  const [row] = await env.em.getConnection().execute<{ last_number: number }[]>(
    `insert into document_series (organization_id, kind, year, last_number) values (?, ?, ?, 1)
     on conflict (organization_id, kind, year) do update set last_number = document_series.last_number + 1
     returning last_number`,
    [organizationId, kind, year],
    'all',
    env.em.getTransactionContext(),
  );
  return Number(row.last_number);
}

/** A prefix an administrator may set: Chinese characters, letters and digits, no brackets or 号 (the format adds them). */
export const PREFIX_PATTERN = /^[\p{Script=Han}A-Za-z0-9]{1,20}$/u;
