import type { TransactionEnv } from '../../core/unit-of-work';
import { AuditEntry } from './audit-entry.entity';

/** The unit of work's audit part: one entry per committed action, in its transaction. */
export function queueAuditEntry(env: TransactionEnv): void {
  env.em.create(AuditEntry, {
    actorUserId: env.viewer?.userId ?? null,
    organizationId: env.viewer?.organizationId ?? null,
    action: env.action,
    targetIds: env.targets,
    details: env.auditDetails,
  });
}
