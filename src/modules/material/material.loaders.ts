import type { EntityManager } from '@mikro-orm/postgresql';
import { byParent, childRows } from '../../core/db/loaders';
import { materialItemsOf } from './material.checklist';
import type { MaterialItem } from './material-item.entity';
import { StoredFile } from './stored-file.entity';

/** One statement per relation per request, whatever the number of disputes on the page. */
export function materialLoaders(em: EntityManager) {
  return {
    /** Files of each dispute, oldest first (rows only: contents are read by a download). */
    filesByDispute: byParent<StoredFile>(
      (ids) => childRows(em, StoredFile, 'stored_file', 'dispute_id', ids, 'created_at, id'),
      (f) => f.disputeId!,
    ),
    /** Recorded checklist items of each dispute. */
    materialItemsByDispute: byParent<MaterialItem>(
      (ids) => materialItemsOf(em, ids),
      (i) => i.disputeId,
    ),
  };
}
