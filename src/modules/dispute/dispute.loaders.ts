import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { readUsers, type UserDirectory } from '../auth/user.directory';
import { directoryLoader } from '../../shared/db/directory-cache';
import { JudicialConfirmation } from '../court/judicial-confirmation.entity';
import { Deadline } from '../deadline/deadline.entity';
import { ExtensionRecord } from '../proceeding/extension.entity';
import { ProceedingPause } from '../proceeding/proceeding-pause.entity';
import { Proceeding } from '../proceeding/proceeding.entity';
import { Referral } from '../referral/referral.entity';
import { Dispute } from './dispute.entity';
import { DisputeRepository } from './dispute.repository';
import { Party } from './party.entity';
import { placeholders, readSql } from '../../shared/db/read-model';

// Batched loaders of the dispute graph: one statement per relation per
// request, whatever the number of parent rows (tested by counting SQL).

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function byParent<T>(load: (ids: string[]) => Promise<T[]>, key: (row: T) => string): DataLoader<string, T[]>;
function byParent<T, L extends DataLoader<string, T[]>>(load: (ids: string[]) => Promise<T[]>, key: (row: T) => string, Loader: new (batch: DataLoader.BatchLoadFn<string, T[]>) => L): L;
function byParent<T>(load: (ids: string[]) => Promise<T[]>, key: (row: T) => string, Loader: new (batch: DataLoader.BatchLoadFn<string, T[]>) => DataLoader<string, T[]> = DataLoader) {
  return new Loader(async (ids) => {
    const groups = groupBy(await load([...ids]), key);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const map = new Map((await load([...ids])).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/**
 * A loader that remembers every key asked for. Resolvers call load() synchronously and batches run
 * only after them, so a batch function of another loader running in the same tick sees them all.
 */
class AskedForLoader<V> extends DataLoader<string, V> {
  readonly askedFor = new Set<string>();

  override load(key: string): Promise<V> {
    this.askedFor.add(key);
    return super.load(key);
  }
}

/**
 * The row of a dispute's list (its referrals, its proceedings) with this id: through the loader a
 * dispute page or list sends anyway, rather than a statement of its own.
 */
export async function findAmong<T extends { id: string }>(loader: DataLoader<string, T[]>, disputeId: string, id: string | null | undefined): Promise<T | null> {
  return id ? ((await loader.load(disputeId)).find((row) => row.id === id) ?? null) : null;
}

export function disputeLoaders(em: EntityManager, viewer: Viewer | null, users?: UserDirectory) {
  /** Rows of `table` whose `column` is one of `ids` (constant table and column names, never input). */
  const children = <T extends object>(entity: new (...a: never[]) => T, table: string, column: string, ids: string[], orderBy?: string) =>
    readSql(em, entity, `select * from ${table} where ${column} in (${placeholders(ids.length)})${orderBy ? ` order by ${orderBy}` : ''}`, ids);
  const unmasked = new DataLoader<string, boolean>(async (ids) => {
    const set = await DisputeRepository.unmaskedIds(em, viewer, ids);
    return ids.map((id) => set.has(id));
  });
  const visibleDispute = new DataLoader<string, Dispute | null>(async (ids) => {
    const rows = await DisputeRepository.findVisibleWithMasking(em, viewer, ids);
    const byId = new Map(rows.map((r) => [r.dispute.id, r.dispute]));
    for (const r of rows) unmasked.prime(r.dispute.id, r.unmasked);
    return ids.map((id) => byId.get(id) ?? null);
  });
  const deadlinesByDispute = byParent<Deadline, AskedForLoader<Deadline[]>>((ids) => children(Deadline, 'deadline', 'dispute_id', ids, 'created_at, id'), (d) => d.disputeId!, AskedForLoader);
  const allDeadlinesAskedFor = deadlinesByDispute.askedFor;
  return {
    /** Disputes by id, only those the viewer may read (null otherwise); primes `unmasked` for them. */
    visibleDispute,
    /** Whether the viewer sees the dispute's personal data unmasked. */
    unmasked,
    partiesByDispute: byParent<Party>((ids) => children(Party, 'party', 'dispute_id', ids, 'position'), (p) => p.dispute.id),
    referralsByDispute: byParent<Referral>((ids) => children(Referral, 'referral', 'dispute_id', ids, 'created_at, id'), (r) => r.dispute.id),
    proceedingsByDispute: byParent<Proceeding>((ids) => children(Proceeding, 'proceeding', 'dispute_id', ids, 'started_at, id'), (p) => p.dispute.id),
    deadlinesByDispute,
    /**
     * Only the running clocks (a list's nextDeadline): a third of the rows of deadlinesByDispute on a
     * typical list. Disputes whose every deadline this request already asked for (a dispute page
     * selecting `deadlines` too) take them from there instead of a statement of their own.
     */
    openDeadlinesByDispute: new DataLoader<string, Deadline[]>(async (ids) => {
      const fromAll = ids.filter((id) => allDeadlinesAskedFor.has(id));
      const rest = ids.filter((id) => !allDeadlinesAskedFor.has(id));
      const [all, open] = await Promise.all([
        deadlinesByDispute.loadMany(fromAll),
        rest.length ? readSql(em, Deadline, `select * from deadline where open and dispute_id in (${placeholders(rest.length)}) order by created_at, id`, rest) : [],
      ]);
      const byDispute = groupBy(open, (d) => d.disputeId!);
      all.forEach((rows, i) => {
        if (rows instanceof Error) throw rows;
        byDispute.set(fromAll[i], rows.filter((d) => d.open));
      });
      return ids.map((id) => byDispute.get(id) ?? []);
    }),
    pausesByProceeding: byParent<ProceedingPause>((ids) => children(ProceedingPause, 'proceeding_pause', 'proceeding_id', ids, 'started_at'), (p) => p.proceedingId),
    extensionsByProceeding: byParent<ExtensionRecord>((ids) => children(ExtensionRecord, 'extension', 'proceeding_id', ids, 'at'), (e) => e.proceedingId!),
    confirmationsByProceeding: byParent<JudicialConfirmation>((ids) => children(JudicialConfirmation, 'judicial_confirmation', 'proceeding_id', ids, 'requested_at desc'), (c) => c.proceedingId),
    extensionsByConfirmation: byParent<ExtensionRecord>((ids) => children(ExtensionRecord, 'extension', 'judicial_confirmation_id', ids, 'at'), (e) => e.judicialConfirmationId!),
    deadlinesByConfirmation: byParent<Deadline>((ids) => children(Deadline, 'deadline', 'judicial_confirmation_id', ids, 'created_at, id'), (d) => d.judicialConfirmationId!),
    proceeding: byId<Proceeding>((ids) => children(Proceeding, 'proceeding', 'id', ids)),
    // Users reach clients only as actors (timeline, assignee, who recorded an extension): from the user directory.
    user: directoryLoader(users, (ids) => readUsers(em, ids)),
  };
}
