import type { EntityManager } from '@mikro-orm/postgresql';
import { byGrandparent, byId, childRows, projectedByParent } from '../../core/db/loaders';
import { Projection } from '../../core/db/projection';
import { ExtensionRecord } from '../deadline';
import { ProceedingPause } from './proceeding-pause.entity';
import { Proceeding } from './proceeding.entity';

export function proceedingLoaders(em: EntityManager) {
  return {
    /** A dispute's proceedings, with the columns asked for (and the dispute's, which groups them). */
    proceedingsByDispute: projectedByParent<Proceeding>(
      (ids, projection) => childRows(em, Proceeding, 'proceeding', 'dispute_id', ids, 'started_at, id', projection.union(Projection.of(em.getMetadata().get(Proceeding.name), ['dispute']))),
      (p) => p.dispute.id,
    ),
    /**
     * The pauses of a dispute's proceedings, by dispute: a proceeding's `pauses` filters them. Here
     * and below, equal instants keep the order of insertion (ctid: these rows are never updated or deleted).
     */
    pausesByDispute: byGrandparent(em, ProceedingPause, {
      table: 'proceeding_pause',
      parentColumn: 'proceeding_id',
      parentTable: 'proceeding',
      groupColumn: 'dispute_id',
      orderBy: 'c.started_at, c.ctid',
    }),
    /** The extensions of a dispute's proceedings' clocks, by dispute: a proceeding's `extensions` filters them. */
    extensionsOfProceedingsByDispute: byGrandparent(em, ExtensionRecord, {
      table: 'extension',
      parentColumn: 'proceeding_id',
      parentTable: 'proceeding',
      groupColumn: 'dispute_id',
      orderBy: 'c.at, c.ctid',
    }),
    proceeding: byId<Proceeding>((ids) => childRows(em, Proceeding, 'proceeding', 'id', ids)),
  };
}
