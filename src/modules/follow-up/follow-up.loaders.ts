import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, byParent } from '../../core/db/loaders';
import { placeholders, readSql } from '../../core/db/read-model';
import { Deadline } from '../deadline';
import { FollowUp } from './follow-up.entity';

/**
 * One statement per relation per request. Rows are filtered by the follow-up policy in the
 * resolvers (the handling organization and ADMIN), never served as they come.
 */
export function followUpLoaders(em: EntityManager) {
  return {
    /** The follow-up of each dispute (at most one). */
    followUpsByDispute: byParent<FollowUp>(
      (ids) => readSql(em, FollowUp, `select * from follow_up where dispute_id in (${placeholders(ids.length)})`, ids),
      (f) => f.disputeId,
    ),
    /** The FOLLOW_UP clock of each follow-up. */
    followUpClock: byId<Deadline>((ids) => readSql(em, Deadline, `select * from deadline where id in (${placeholders(ids.length)})`, ids)),
  };
}
