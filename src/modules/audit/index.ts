import type { HubModule } from '../../core/module';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/viewer';
import { AuditEntry } from './audit-entry.entity';
import { personalDataReadAuditLoader } from './audit.loaders';
import { AuditResolver } from './audit.resolver';

export { queueAuditEntry } from './audit.service';
export { AuditEntry } from './audit-entry.entity';

const loaders = (em: EntityManager, viewer: Viewer | null, requestId: string) => ({ personalDataRead: personalDataReadAuditLoader(em, viewer, () => requestId) });

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof loaders> {}
}

export const auditModule: HubModule = {
  name: 'audit',
  entities: [AuditEntry],
  resolvers: [AuditResolver],
  loaders: (em, viewer, _services, requestId) => loaders(em, viewer, requestId),
};
