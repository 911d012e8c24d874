import type { EntityManager } from '@mikro-orm/postgresql';
import { byParent, childRows } from '../../core/db/loaders';
import { Referral } from './referral.entity';

export function referralLoaders(em: EntityManager) {
  return {
    referralsByDispute: byParent<Referral>(
      (ids) => childRows(em, Referral, 'referral', 'dispute_id', ids, 'created_at, id'),
      (r) => r.dispute.id,
    ),
  };
}
