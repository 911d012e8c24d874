import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { DirectoryCache } from '../../core/db/directory-cache';
import { placeholders, readSql } from '../../core/db/read-model';
import { User } from './user.entity';

// Never the password hash.
const COLUMNS = 'id, username, display_name, roles, organization_id, disabled, must_change_password, version, created_at';

export function readUsers(em: EntityManager, ids?: readonly string[]): Promise<User[]> {
  return ids ? readSql(em, User, `select ${COLUMNS} from hub_user where id in (${placeholders(ids.length)})`, ids) : readSql(em, User, `select ${COLUMNS} from hub_user`, []);
}

/**
 * Users as they appear in answers (an event's actor, a proceeding's assignee, who recorded an
 * extension), cached per process like the organization directory: names shown may lag a rename by
 * up to a minute. Not used to authenticate: every request reads its own viewer afresh.
 */
export class UserDirectory extends DirectoryCache<User> {
  constructor(orm: MikroORM) {
    super(() => readUsers(orm.em.fork() as EntityManager));
  }
}
