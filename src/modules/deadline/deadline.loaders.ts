import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AskedForLoader, byParent, childRows, groupBy } from '../../core/db/loaders';
import { placeholders, readSql } from '../../core/db/read-model';
import { Deadline } from './deadline.entity';
import { ExtensionRecord } from './extension.entity';

export function deadlineLoaders(em: EntityManager) {
  const deadlinesByDispute = byParent<Deadline, AskedForLoader<Deadline[]>>(
    (ids) => childRows(em, Deadline, 'deadline', 'dispute_id', ids, 'created_at, id'),
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
        byDispute.set(
          fromAll[i],
          rows.filter((d) => d.open),
        );
      });
      return ids.map((id) => byDispute.get(id) ?? []);
    }),
    extensionsByConfirmation: byParent<ExtensionRecord>(
      (ids) => childRows(em, ExtensionRecord, 'extension', 'judicial_confirmation_id', ids, 'at'),
      (e) => e.judicialConfirmationId!,
    ),
    deadlinesByConfirmation: byParent<Deadline>(
      (ids) => childRows(em, Deadline, 'deadline', 'judicial_confirmation_id', ids, 'created_at, id'),
      (d) => d.judicialConfirmationId!,
    ),
  };
}
