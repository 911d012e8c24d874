import type { EntityManager } from '@mikro-orm/postgresql';
import type { Dictionary, EntityMetadata } from '@mikro-orm/core';
import { Projection, projectedPrototype } from './projection';
import { querySql } from './sql';

/**
 * Read models for GraphQL field loaders: rows mapped by MikroORM's result mapper
 * (column → property names, custom types) into plain objects shaped like the entity,
 * WITHOUT the unit of work: no identity map registration, no snapshot, no per-instance
 * property accessors (EntityHelper.ensurePropagation), no reference stubs. Relations
 * are `{ id }` (what the resolvers read: `r.dispute.id`). Never flush them.
 */
const relCache = new WeakMap<object, string[]>();
function relationsOf(meta: EntityMetadata): string[] {
  let rels = relCache.get(meta);
  if (!rels) relCache.set(meta, (rels = meta.relations.filter((p) => p.kind === 'm:1' || p.kind === '1:1').map((p) => p.name)));
  return rels;
}

/** Maps raw rows (snake_case columns) of `entity`, read with `projection`'s columns, to read models. */
export function readModels<T extends object>(em: EntityManager, entity: new (...a: never[]) => T, rows: Dictionary[], projection: Projection = Projection.ALL): T[] {
  const meta = em.getMetadata().get(entity.name);
  const driver = em.getDriver();
  const rels = relationsOf(meta);
  const prototype = projectedPrototype(projection, entity.prototype);
  return rows.map((row) => {
    // The mapper's result is a new plain object of our own: its data properties are set while it
    // has no prototype but Object's, and the entity's prototype comes after. Assigning to an
    // instance would run the setters MikroORM puts on the prototype (EntityHelper.defineProperties),
    // which create a WrappedEntity and per-instance accessors, the very cost avoided here. The
    // prototype keeps `instanceof` true, so type-graphql's @Root() does not copy the object into a
    // `new Entity()` for every field resolver (convertToType).
    const o = driver.mapResult(row, meta) as Dictionary;
    for (const k of rels) if (o[k] != null && typeof o[k] !== 'object') o[k] = { id: o[k] };
    return Object.setPrototypeOf(o, prototype) as T;
  });
}

const columnLists = new WeakMap<readonly string[], string>();
/**
 * The columns of `properties` of `entity`, comma-separated, for a read that needs only those: every
 * column a row carries is decoded and mapped, wanted or not.
 * Pair it with a `Pick<Entity, …>` of the same properties, so that reading any other property of
 * such a row is a type error.
 */
export function columnsOf<T extends object>(em: EntityManager, entity: new (...a: never[]) => T, properties: readonly (keyof T & string)[]): string {
  let list = columnLists.get(properties);
  if (list === undefined) {
    const meta = em.getMetadata().get(entity.name);
    list = properties.map((p) => meta.properties[p].fieldNames[0]).join(', ');
    columnLists.set(properties, list);
  }
  return list;
}

/** Runs a query builder (its SQL, through `querySql`) without materializing entities and returns read models. */
export async function readAll<T extends object>(em: EntityManager, entity: new (...a: never[]) => T, qb: { getKnexQuery(): { toSQL(): { sql: string; bindings: readonly unknown[] } } }): Promise<T[]> {
  const { sql, bindings } = qb.getKnexQuery().toSQL();
  return readModels(em, entity, await querySql(em, sql, bindings));
}

/** `?, ?, ?` for an IN list of `n` values (n >= 1). */
export function placeholders(n: number): string {
  return n === 1 ? '?' : '?, '.repeat(n - 1) + '?';
}

/**
 * Hand-written SQL (`querySql`: bound values, the fork's transaction if any), mapped to read
 * models: the hot read paths skip building a QueryBuilder and its criteria tree for a statement
 * that never changes shape.
 */
export async function readSql<T extends object>(em: EntityManager, entity: new (...a: never[]) => T, sql: string, params: readonly unknown[], projection?: Projection): Promise<T[]> {
  return readModels(em, entity, await querySql(em, sql, params), projection);
}
