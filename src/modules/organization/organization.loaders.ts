import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from './organization.entity';

/** One query per request for every organization any resolver asks for. */
export function organizationLoader(em: EntityManager): DataLoader<string, Organization | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(Organization, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((o) => [o.id, o]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
