import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DirectoryCache, directoryLoader, type DirectoryLoader } from '../../core/db/directory-cache';
import { Organization } from './organization.entity';

/**
 * The organization directory, cached per process (a subscription delivering one referral to a
 * thousand subscribers would otherwise read the organizations a thousand times).
 */
export class OrganizationDirectory extends DirectoryCache<Organization> {
  constructor(orm: MikroORM) {
    super(() => (orm.em.fork() as EntityManager).find(Organization, {}));
  }
}

/** Organizations by id: from the directory, falling back to one query for any it does not know yet. */
export function organizationLoader(em: EntityManager, directory?: OrganizationDirectory): DirectoryLoader<Organization> {
  return directoryLoader(directory, (ids) => em.find(Organization, { id: { $in: ids } }));
}
