import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, byParent, childRows } from '../../core/db/loaders';
import { ProceedingPause } from './proceeding-pause.entity';
import { Proceeding } from './proceeding.entity';

export function proceedingLoaders(em: EntityManager) {
  return {
    proceedingsByDispute: byParent<Proceeding>(
      (ids) => childRows(em, Proceeding, 'proceeding', 'dispute_id', ids, 'started_at, id'),
      (p) => p.dispute.id,
    ),
    pausesByProceeding: byParent<ProceedingPause>(
      (ids) => childRows(em, ProceedingPause, 'proceeding_pause', 'proceeding_id', ids, 'started_at'),
      (p) => p.proceedingId,
    ),
    proceeding: byId<Proceeding>((ids) => childRows(em, Proceeding, 'proceeding', 'id', ids)),
  };
}
