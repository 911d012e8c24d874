import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../server/context';
import { AuditEntry } from './audit-entry.entity';

export class AuditService {
  /** Adds an audit entry to the unit of work of `em`, so it commits (or not) with the change it records. */
  static record(em: EntityManager, ctx: Pick<HubContext, 'viewer'>, action: string, targetIds: string[], details: Record<string, unknown> | null = null): AuditEntry {
    return em.create(AuditEntry, {
      actorUserId: ctx.viewer?.userId ?? null,
      organizationId: ctx.viewer?.organizationId ?? null,
      action,
      targetIds,
      details,
    });
  }
}
