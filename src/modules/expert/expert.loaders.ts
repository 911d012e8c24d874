import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, byParent, childRows } from '../../core/db/loaders';
import { placeholders, readSql } from '../../core/db/read-model';
import { StoredFile } from '../material';
import { ExpertChallenge, ExpertDraw, ExpertSeat } from './expert-draw.entity';
import { Expert } from './expert.entity';

/**
 * One statement per relation per request. Draws are reached only through a proceeding
 * the viewer holds (Proceeding.expertDraws checks it), experts only through those draws
 * or the viewer's own pool, so no visibility is applied here.
 */
export function expertLoaders(em: EntityManager) {
  return {
    /** Draws of proceedings, newest first (the one in force, then those it replaced). */
    expertDrawsByProceeding: byParent<ExpertDraw>(
      (ids) => childRows(em, ExpertDraw, 'expert_draw', 'proceeding_id', ids, 'drawn_at desc, id'),
      (d) => d.proceedingId,
    ),
    /** Seats of draws, in the order drawn. */
    expertSeatsByDraw: byParent<ExpertSeat>(
      (ids) => childRows(em, ExpertSeat, 'expert_seat', 'draw_id', ids, 'drawn_position'),
      (s) => s.drawId,
    ),
    /** Challenges of draws, in the order recorded. */
    expertChallengesByDraw: byParent<ExpertChallenge>(
      (ids) => childRows(em, ExpertChallenge, 'expert_challenge', 'draw_id', ids, 'recorded_at, id'),
      (c) => c.drawId,
    ),
    expertById: byId<Expert>((ids) => readSql(em, Expert, `select * from expert where id in (${placeholders(ids.length)})`, ids)),
    expertOpinionFile: byId<StoredFile>((ids) => readSql(em, StoredFile, `select * from stored_file where id in (${placeholders(ids.length)})`, ids)),
  };
}
