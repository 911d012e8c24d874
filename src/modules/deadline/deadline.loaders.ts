import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AskedForLoader, byParent, childRows, groupBy } from '../../core/db/loaders';
import { columnsOf, placeholders, readSql } from '../../core/db/read-model';
import { DeadlineKind } from '../../core/enums';
import { Deadline } from './deadline.entity';
import { ExtensionRecord } from './extension.entity';

/**
 * What the loaders read of a deadline: the clock's inputs (its view is computed from them) and
 * what it belongs to. Not the materialized dates nor the alert bookkeeping, which are the sweep's:
 * ten of the table's 22 columns that every list row would otherwise decode and map.
 */
const DEADLINE_ROW = [
  'id',
  'kind',
  'disputeId',
  'referralId',
  'proceedingId',
  'judicialConfirmationId',
  'rule',
  'startOn',
  'pauses',
  'extended',
  'metOn',
  'open',
] as const satisfies readonly (keyof Deadline)[];
export type DeadlineRow = Pick<Deadline, (typeof DEADLINE_ROW)[number]>;

/** A referral and the dispute it belongs to. */
export interface ReferralKey {
  disputeId: string;
  referralId: string;
}

export function deadlineLoaders(em: EntityManager) {
  const columns = columnsOf(em, Deadline, DEADLINE_ROW);
  const deadlinesByDispute = byParent<DeadlineRow, AskedForLoader<DeadlineRow[]>>(
    (ids) => childRows(em, Deadline, 'deadline', 'dispute_id', ids, 'created_at, id', columns),
    (d) => d.disputeId!,
    AskedForLoader,
  );
  const allDeadlinesAskedFor = deadlinesByDispute.askedFor;
  return {
    deadlinesByDispute,
    /**
     * Only the running clocks (a list's nextDeadline): a third of the rows of deadlinesByDispute on a
     * typical list. Disputes whose every deadline this request already asked for (a dispute page
     * selecting `deadlines` too) take them from there instead of a statement of their own.
     */
    openDeadlinesByDispute: new DataLoader<string, DeadlineRow[]>(async (ids) => {
      const fromAll = ids.filter((id) => allDeadlinesAskedFor.has(id));
      const rest = ids.filter((id) => !allDeadlinesAskedFor.has(id));
      const [all, open] = await Promise.all([
        deadlinesByDispute.loadMany(fromAll),
        rest.length ? readSql(em, Deadline, `select ${columns} from deadline where open and dispute_id in (${placeholders(rest.length)}) order by created_at, id`, rest) : [],
      ]);
      const byDispute = groupBy<DeadlineRow>(open, (d) => d.disputeId!);
      all.forEach((rows, i) => {
        if (rows instanceof Error) throw rows;
        byDispute.set(
          fromAll[i],
          rows.filter((d) => d.open),
        );
      });
      return ids.map((id) => byDispute.get(id) ?? []);
    }),
    /**
     * A referral's response clock (a list of referrals: the inbox), by referral: half the rows of
     * its disputes' deadlines. Referrals whose dispute's every deadline this request already asked
     * for (a dispute page: Dispute.referrals prefetches them) take it from there.
     */
    responseDeadlineByReferral: new DataLoader<ReferralKey, DeadlineRow | null, string>(
      async (keys) => {
        const fromAll = keys.filter((k) => allDeadlinesAskedFor.has(k.disputeId));
        const rest = keys.filter((k) => !allDeadlinesAskedFor.has(k.disputeId)).map((k) => k.referralId);
        const [all, own] = await Promise.all([
          deadlinesByDispute.loadMany(fromAll.map((k) => k.disputeId)),
          rest.length
            ? readSql<DeadlineRow>(em, Deadline, `select ${columns} from deadline where kind = 'REFERRAL_RESPONSE' and referral_id in (${placeholders(rest.length)}) order by created_at, id`, rest)
            : [],
        ]);
        const byReferral = new Map<string, DeadlineRow>();
        all.forEach((rows, i) => {
          if (rows instanceof Error) throw rows;
          const d = rows.find((x) => x.referralId === fromAll[i].referralId && x.kind === DeadlineKind.REFERRAL_RESPONSE);
          if (d) byReferral.set(fromAll[i].referralId, d);
        });
        for (const d of own) if (!byReferral.has(d.referralId!)) byReferral.set(d.referralId!, d);
        return keys.map((k) => byReferral.get(k.referralId) ?? null);
      },
      { cacheKeyFn: (k) => k.referralId },
    ),
    extensionsByConfirmation: byParent<ExtensionRecord>(
      (ids) => childRows(em, ExtensionRecord, 'extension', 'judicial_confirmation_id', ids, 'at'),
      (e) => e.judicialConfirmationId!,
    ),
    deadlinesByConfirmation: byParent<DeadlineRow>(
      (ids) => childRows(em, Deadline, 'deadline', 'judicial_confirmation_id', ids, 'created_at, id', columns),
      (d) => d.judicialConfirmationId!,
    ),
  };
}
