import DataLoader from 'dataloader';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Organization } from './organization.entity';

const DIRECTORY_TTL_MS = 60_000;

/**
 * The organization directory, cached per process for a minute: it changes only
 * with the seed catalog, and almost every response names organizations (a
 * subscription delivering one referral to a thousand subscribers would
 * otherwise read them a thousand times). Entities here are read-only views.
 */
export class OrganizationDirectory {
  private cached: { byId: Map<string, Organization>; at: number } | null = null;
  private loading: Promise<Map<string, Organization>> | null = null;

  constructor(private readonly orm: MikroORM) {}

  async byId(): Promise<Map<string, Organization>> {
    if (this.cached && Date.now() - this.cached.at < DIRECTORY_TTL_MS) return this.cached.byId;
    this.loading ??= (this.orm.em.fork() as EntityManager)
      .find(Organization, {})
      .then((rows) => {
        const byId = new Map(rows.map((o) => [o.id, o]));
        this.cached = { byId, at: Date.now() };
        return byId;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}

/** Organizations by id: from the directory, falling back to one query for any it does not know yet. */
export function organizationLoader(em: EntityManager, directory?: OrganizationDirectory): DataLoader<string, Organization | null> {
  return new DataLoader(async (ids) => {
    const known = directory ? await directory.byId() : new Map<string, Organization>();
    const missing = ids.filter((id) => !known.has(id));
    const fetched = missing.length ? await em.find(Organization, { id: { $in: [...new Set(missing)] } }) : [];
    const byId = new Map([...known, ...fetched.map((o) => [o.id, o] as const)]);
    return ids.map((id) => byId.get(id) ?? null);
  });
}
