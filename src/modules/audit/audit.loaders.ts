import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { viewerConfirmed, type Viewer } from '../../core/viewer';
import { placeholders } from '../../core/db/read-model';
import { querySql } from '../../core/db/sql';

/**
 * Records reads of unmasked personal data: one audit row per request (per
 * batch) listing every dispute whose parties were disclosed. A field resolver
 * awaits it before returning the value, so nothing is disclosed unaudited.
 * Autocommitted on its own, outside any transaction of the request: a read is
 * recorded even if the request fails afterwards.
 */
export function personalDataReadAuditLoader(em: EntityManager, viewer: Viewer | null, requestId: () => string): DataLoader<string, true> {
  return new DataLoader(async (disputeIds) => {
    const targets = [...new Set(disputeIds)];
    await viewerConfirmed(viewer);
    await querySql(
      em,
      `insert into audit_entry (action, actor_user_id, organization_id, target_ids, details) values ('readPersonalData', ?, ?, array[${placeholders(targets.length)}]::text[], ?::jsonb)`,
      [viewer?.userId ?? null, viewer?.organizationId ?? null, ...targets, JSON.stringify({ requestId: requestId() })],
      // In the same round trip as the reads of its turn (the parties it is asked for with, Dispute.parties).
      { withReads: true },
    );
    return disputeIds.map(() => true as const);
  });
}
