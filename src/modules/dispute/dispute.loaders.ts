import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/viewer';
import { byParent, childRows } from '../../core/db/loaders';
import { Dispute } from './dispute.entity';
import { DisputeRepository } from './dispute.repository';
import { Party } from './party.entity';

/** The dispute's own loaders: visibility and masking in one statement, and its parties. */
export function disputeLoaders(em: EntityManager, viewer: Viewer | null) {
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
  return {
    /** Disputes by id, only those the viewer may read (null otherwise); primes `unmasked` for them. */
    visibleDispute,
    /** Whether the viewer sees the dispute's personal data unmasked. */
    unmasked,
    partiesByDispute: byParent<Party>(
      (ids) => childRows(em, Party, 'party', 'dispute_id', ids, 'position'),
      (p) => p.dispute.id,
    ),
  };
}
