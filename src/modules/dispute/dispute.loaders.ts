import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { User } from '../auth/user.entity';
import { JudicialConfirmation } from '../court/judicial-confirmation.entity';
import { Deadline } from '../deadline/deadline.entity';
import { ExtensionRecord } from '../proceeding/extension.entity';
import { ProceedingPause } from '../proceeding/proceeding-pause.entity';
import { Proceeding } from '../proceeding/proceeding.entity';
import { Referral } from '../referral/referral.entity';
import { Dispute } from './dispute.entity';
import { DisputeRepository } from './dispute.repository';
import { Party } from './party.entity';

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

function byParent<T>(load: (ids: string[]) => Promise<T[]>, key: (row: T) => string): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
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

export function disputeLoaders(em: EntityManager, viewer: Viewer | null) {
  return {
    /** Disputes by id, only those the viewer may read (null otherwise). */
    visibleDispute: byId<Dispute>((ids) => DisputeRepository.findVisibleByIds(em, viewer, ids)),
    /** Whether the viewer sees the dispute's personal data unmasked. */
    unmasked: new DataLoader<string, boolean>(async (ids) => {
      const set = await DisputeRepository.unmaskedIds(em, viewer, ids);
      return ids.map((id) => set.has(id));
    }),
    partiesByDispute: byParent<Party>((ids) => em.find(Party, { dispute: { $in: ids } }, { orderBy: { position: 'asc' } }), (p) => p.dispute.id),
    referralsByDispute: byParent<Referral>((ids) => em.find(Referral, { dispute: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (r) => r.dispute.id),
    proceedingsByDispute: byParent<Proceeding>((ids) => em.find(Proceeding, { dispute: { $in: ids } }, { orderBy: { startedAt: 'asc', id: 'asc' } }), (p) => p.dispute.id),
    deadlinesByDispute: byParent<Deadline>((ids) => em.find(Deadline, { disputeId: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (d) => d.disputeId!),
    pausesByProceeding: byParent<ProceedingPause>((ids) => em.find(ProceedingPause, { proceedingId: { $in: ids } }, { orderBy: { startedAt: 'asc' } }), (p) => p.proceedingId),
    extensionsByProceeding: byParent<ExtensionRecord>((ids) => em.find(ExtensionRecord, { proceedingId: { $in: ids } }, { orderBy: { at: 'asc' } }), (e) => e.proceedingId!),
    confirmationsByProceeding: byParent<JudicialConfirmation>(
      (ids) => em.find(JudicialConfirmation, { proceedingId: { $in: ids } }, { orderBy: { requestedAt: 'desc' } }),
      (c) => c.proceedingId,
    ),
    extensionsByConfirmation: byParent<ExtensionRecord>((ids) => em.find(ExtensionRecord, { judicialConfirmationId: { $in: ids } }, { orderBy: { at: 'asc' } }), (e) => e.judicialConfirmationId!),
    deadlinesByConfirmation: byParent<Deadline>((ids) => em.find(Deadline, { judicialConfirmationId: { $in: ids } }), (d) => d.judicialConfirmationId!),
    proceeding: byId<Proceeding>((ids) => em.find(Proceeding, { id: { $in: ids } })),
    referral: byId<Referral>((ids) => em.find(Referral, { id: { $in: ids } })),
    user: byId<User>((ids) => em.find(User, { id: { $in: ids } })),
  };
}
