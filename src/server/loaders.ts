import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../modules/auth/viewer';
import { disputeLoaders } from '../modules/dispute/dispute.loaders';
import { eventPageLoader } from '../modules/timeline/timeline.loaders';
import { personalDataReadAuditLoader } from '../modules/audit/audit.loaders';
import { matterByCodeLoader, matterByIdLoader, matterHandlersLoader } from '../modules/matter/matter.loaders';
import { organizationLoader, type OrganizationDirectory } from '../modules/organization/organization.loaders';

/** Per-request DataLoaders: built once per operation in buildContext(), never shared between viewers. */
export function createLoaders(em: EntityManager, viewer: Viewer | null, requestId: () => string = () => 'unknown', organizations?: OrganizationDirectory) {
  return {
    personalDataRead: personalDataReadAuditLoader(em, viewer, requestId),
    ...disputeLoaders(em, viewer),
    eventPage: eventPageLoader(em),
    organization: organizationLoader(em, organizations),
    matter: matterByIdLoader(em),
    matterByCode: matterByCodeLoader(em),
    matterHandlers: matterHandlersLoader(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
