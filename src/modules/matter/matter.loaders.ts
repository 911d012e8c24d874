import DataLoader from 'dataloader';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DirectoryCache, directoryLoader, type DirectoryLoader } from '../../core/db/directory-cache';
import { Organization } from '../organization';
import { Matter } from './matter.entity';
import { placeholders, readSql } from '../../core/db/read-model';

/** The published matter catalog, cached per process like the organization directory. */
export class MatterDirectory extends DirectoryCache<Matter> {
  constructor(orm: MikroORM) {
    super(() => (orm.em.fork() as EntityManager).find(Matter, {}));
  }
}

export function matterByIdLoader(em: EntityManager, directory?: MatterDirectory): DirectoryLoader<Matter> {
  return directoryLoader(directory, (ids) => readSql(em, Matter, `select * from matter where id in (${placeholders(ids.length)})`, ids));
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
