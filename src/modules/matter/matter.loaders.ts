import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../organization/organization.entity';
import { Matter } from './matter.entity';

export function matterByIdLoader(em: EntityManager): DataLoader<string, Matter | null> {
  return new DataLoader(async (ids) => {
    const rows = await em.find(Matter, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((m) => [m.id, m]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export function matterByCodeLoader(em: EntityManager): DataLoader<string, Matter | null> {
  return new DataLoader(async (codes) => {
    const rows = await em.find(Matter, { code: { $in: [...codes] } });
    const byCode = new Map(rows.map((m) => [m.code, m]));
    return codes.map((c) => byCode.get(c) ?? null);
  });
}

/** Handling organizations of each matter: one query for the pivot rows with their organizations. */
export function matterHandlersLoader(em: EntityManager): DataLoader<string, Organization[]> {
  return new DataLoader(async (matterIds) => {
    const matters = await em.find(Matter, { id: { $in: [...matterIds] } }, { populate: ['handlers'] });
    const byMatter = new Map(matters.map((m) => [m.id, m.handlers.getItems()]));
    return matterIds.map((id) => byMatter.get(id) ?? []);
  });
}
