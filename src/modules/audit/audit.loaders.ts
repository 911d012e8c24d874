import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { AuditEntry } from './audit-entry.entity';

/**
 * Records reads of unmasked personal data: one audit row per request (per
 * batch) listing every dispute whose parties were disclosed. A field resolver
 * awaits it before returning the value, so nothing is disclosed unaudited.
 */
export function personalDataReadAuditLoader(em: EntityManager, viewer: Viewer | null, requestId: () => string): DataLoader<string, true> {
  return new DataLoader(async (disputeIds) => {
    await em.fork().insert(AuditEntry, {
      actorUserId: viewer?.userId ?? null,
      organizationId: viewer?.organizationId ?? null,
      action: 'readPersonalData',
      targetIds: [...new Set(disputeIds)],
      details: { requestId: requestId() },
    });
    return disputeIds.map(() => true as const);
  });
}
