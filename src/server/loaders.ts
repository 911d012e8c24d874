import type { EntityManager } from '@mikro-orm/postgresql';
import { matterByCodeLoader, matterByIdLoader, matterHandlersLoader } from '../modules/matter/matter.loaders';
import { organizationLoader } from '../modules/organization/organization.loaders';

/** Per-request DataLoaders: built once per operation in buildContext(), never shared between viewers. */
export function createLoaders(em: EntityManager) {
  return {
    organization: organizationLoader(em),
    matter: matterByIdLoader(em),
    matterByCode: matterByCodeLoader(em),
    matterHandlers: matterHandlersLoader(em),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
