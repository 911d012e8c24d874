import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Options } from '@mikro-orm/postgresql';
import { MIGRATIONS } from '../migrations';
import { ENTITIES } from './modules';
import { requestScope } from '../core/db/sql';

export { requestScope, type SqlCounter } from '../core/db/sql';

export function ormOptions(clientUrl: string, poolMax: number, extra: Partial<Options> = {}, log?: OrmLog): Options {
  return {
    clientUrl,
    entities: ENTITIES,
    pool: { min: 0, max: poolMax, idleTimeoutMillis: 30_000 },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: false,
    extensions: [Migrator],
    migrations: {
      migrationsList: MIGRATIONS,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      path: 'src/migrations',
      pathTs: 'src/migrations',
      emit: 'ts',
      silent: true,
    },
    // Fail fast rather than hang when the database is gone.
    driverOptions: { connection: { connectionTimeoutMillis: 5000 }, ...(log ? { log: knexLog(log) } : {}) },
    ...extra,
  };
}

/** Where knex's own messages go (e.g. "Connection Error" when a pooled connection dies): the hub's JSON log, not stdout. */
export interface OrmLog {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

function knexLog(log: OrmLog) {
  const text = (m: unknown) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m));
  return {
    warn: (m: unknown) => log.warn({ component: 'knex' }, text(m)),
    error: (m: unknown) => log.error({ component: 'knex' }, text(m)),
    deprecate: (m: unknown) => log.debug({ component: 'knex' }, text(m)),
    debug: (m: unknown) => log.debug({ component: 'knex' }, text(m)),
  };
}

export async function openOrm(clientUrl: string, poolMax: number, extra: Partial<Options> = {}, log?: OrmLog): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, poolMax, extra, log));
  const knex = orm.em.getConnection().getKnex();
  knex.on('query', () => {
    const counter = requestScope.getStore()?.sql;
    if (counter) {
      counter.statements++;
      counter.roundTrips++;
    }
  });
  return orm;
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
