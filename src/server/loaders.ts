import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../modules/auth/viewer';
import type { UserDirectory } from '../modules/auth/user.directory';
import { disputeLoaders } from '../modules/dispute/dispute.loaders';
import { eventPageLoader } from '../modules/timeline/timeline.loaders';
import { personalDataReadAuditLoader } from '../modules/audit/audit.loaders';
import { matterByCodeLoader, matterByIdLoader, matterHandlersLoader, type MatterDirectory } from '../modules/matter/matter.loaders';
import { organizationLoader, type OrganizationDirectory } from '../modules/organization/organization.loaders';

/** Per-request DataLoaders: built once per operation in buildContext(), never shared between viewers. */
/** `directories`: the per-process caches of reference tables (services); without them every row is read per request. */
export function createLoaders(
  em: EntityManager,
  viewer: Viewer | null,
  requestId: () => string = () => 'unknown',
  directories: { organizations?: OrganizationDirectory; matters?: MatterDirectory; users?: UserDirectory } = {},
) {
  return {
    personalDataRead: personalDataReadAuditLoader(em, viewer, requestId),
    ...disputeLoaders(em, viewer, directories.users),
    eventPage: eventPageLoader(em),
    organization: organizationLoader(em, directories.organizations),
    matter: matterByIdLoader(em, directories.matters),
    matterByCode: matterByCodeLoader(em),
    matterHandlers: matterHandlersLoader(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
