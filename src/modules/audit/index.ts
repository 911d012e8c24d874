import type { HubModule } from '../../core/module';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/viewer';
import { AuditEntry } from './audit-entry.entity';
import { personalDataReadAuditLoader } from './audit.loaders';
import { AuditResolver } from './audit.resolver';

export { queueAuditEntry } from './audit.service';
export { AuditEntry } from './audit-entry.entity';
export { refusalLog } from './refusal-log';
export { auditPersonalDataSearch } from './personal-data-search';

const loaders = (em: EntityManager, viewer: Viewer | null, requestId: () => string) => ({ personalDataRead: personalDataReadAuditLoader(em, viewer, requestId) });

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof loaders> {}
  interface HubSettings {
    /** Refused attempts audited per viewer and minute (AUDIT_REFUSALS_PER_MINUTE); the rest are only logged. */
    auditRefusalsPerMinute: number;
  }
}

export const auditModule: HubModule = {
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  loaders: (em, viewer, _services, requestId) => loaders(em, viewer, requestId),
};
