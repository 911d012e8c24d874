import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/viewer';
import { childRows, LazilyPrimedLoader, ProjectedLoader, projectedByParent } from '../../core/db/loaders';
import { Projection } from '../../core/db/projection';
import { Dispute } from './dispute.entity';
import { DisputeRepository } from './dispute.repository';
import { Party } from './party.entity';

/** Most earlier disputes listed per dispute in Dispute.relatedDisputes. */
export const RELATED_DISPUTES_LIMIT = 20;

/** The dispute's own loaders: visibility and masking in one statement, and its parties. */
export function disputeLoaders(em: EntityManager, viewer: Viewer | null) {
  const unmasked = new LazilyPrimedLoader<boolean>(async (ids) => {
    const set = await DisputeRepository.unmaskedIds(em, viewer, ids);
    return ids.map((id) => set.has(id));
  });
  const visibleDispute = new ProjectedLoader<Dispute | null>(async (ids, projection) => {
    const rows = await DisputeRepository.findVisibleWithMasking(em, viewer, ids, projection);
    const byId = new Map(rows.map((r) => [r.dispute.id, r.dispute]));
    for (const r of rows) unmasked.prime(r.dispute.id, r.unmasked);
    return ids.map((id) => byId.get(id) ?? null);
  });
  const relatedDisputes = new DataLoader<string, Dispute[]>(async (ids) => {
    const rows = await DisputeRepository.findRelatedVisible(em, viewer, ids, RELATED_DISPUTES_LIMIT);
    const byRoot = new Map<string, Dispute[]>();
    for (const r of rows) {
      const list = byRoot.get(r.rootId);
      if (list) list.push(r.dispute);
      else byRoot.set(r.rootId, [r.dispute]);
      visibleDispute.prime(r.dispute.id, r.dispute, Projection.ALL);
      unmasked.prime(r.dispute.id, r.unmasked);
    }
    return ids.map((id) => byRoot.get(id) ?? []);
  });
  return {
    /** Earlier disputes of the same person or organization (DisputeRepository.findRelatedVisible); primes `visibleDispute` and `unmasked`. */
    relatedDisputes,
    /** Disputes by id, only those the viewer may read (null otherwise), with the columns asked for; primes `unmasked` for them. */
    visibleDispute,
    /** Whether the viewer sees the dispute's personal data unmasked. */
    unmasked,
    /** A dispute's parties, with the columns asked for (and the dispute's, which groups them). */
    partiesByDispute: projectedByParent<Party>(
      (ids, projection) => childRows(em, Party, 'party', 'dispute_id', ids, 'position', projection.union(Projection.of(em.getMetadata().get(Party.name), ['dispute']))),
      (p) => p.dispute.id,
    ),
  };
}
