import type { EntityManager } from '@mikro-orm/postgresql';
import { byParent } from '../../core/db/loaders';
import { StaffReads, type HandlerRow } from './staff.reads';

export function staffLoaders(em: EntityManager) {
  return {
    /** Handlers of proceedings (one statement per request), lead first. */
    handlersByProceeding: byParent<HandlerRow>(
      (ids) => StaffReads.handlerRows(em, ids),
      (r) => r.proceedingId,
    ),
  };
}
