import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Projection } from './projection';
import { placeholders, readModels, readSql } from './read-model';
import { querySql } from './sql';

// Building blocks of batched loaders: one statement per relation per request,
// whatever the number of parent rows (tested by counting SQL).

export function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

export function byParent<T>(load: (ids: string[]) => Promise<T[]>, key: (row: T) => string): DataLoader<string, T[]>;
export function byParent<T, L extends DataLoader<string, T[]>>(load: (ids: string[]) => Promise<T[]>, key: (row: T) => string, Loader: new (batch: DataLoader.BatchLoadFn<string, T[]>) => L): L;
export function byParent<T>(load: (ids: string[]) => Promise<T[]>, key: (row: T) => string, Loader: new (batch: DataLoader.BatchLoadFn<string, T[]>) => DataLoader<string, T[]> = DataLoader) {
  return new Loader(async (ids) => {
    const groups = groupBy(await load([...ids]), key);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const map = new Map((await load([...ids])).map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** A primed value whose promise is made only when the key is loaded. */
class Primed<V> {
  constructor(readonly value: V) {}
}

class LazilyPrimedCache<V> implements DataLoader.CacheMap<string, Promise<V>> {
  private readonly map = new Map<string, Promise<V> | Primed<V>>();

  get(key: string): Promise<V> | undefined {
    const entry = this.map.get(key);
    if (!(entry instanceof Primed)) return entry;
    const promise = Promise.resolve(entry.value);
    this.map.set(key, promise);
    return promise;
  }

  set(key: string, promise: Promise<V>): void {
    this.map.set(key, promise);
  }

  delete(key: string): void {
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
  }

  prime(key: string, value: V): void {
    if (!this.map.has(key)) this.map.set(key, new Primed(value));
  }

  /** The primed value, while no load has asked for it (then it is a promise). */
  peek(key: string): V | undefined {
    const entry = this.map.get(key);
    return entry instanceof Primed ? entry.value : undefined;
  }
}

/**
 * A loader whose `prime` makes no promise until the key is loaded: a page primes every row it
 * read (for fields further down that ask for the same row), and most are never asked for again.
 */
export class LazilyPrimedLoader<V> extends DataLoader<string, V> {
  private readonly primed: LazilyPrimedCache<V>;

  constructor(batch: DataLoader.BatchLoadFn<string, V>) {
    const primed = new LazilyPrimedCache<V>();
    super(batch, { cacheMap: primed });
    this.primed = primed;
  }

  override prime(key: string, value: V): this {
    this.primed.prime(key, value);
    return this;
  }

  /** The value primed for `key` and not loaded since, at once; undefined when there is none. */
  peek(key: string): V | undefined {
    return this.primed.peek(key);
  }
}

/**
 * A loader that remembers every key asked for. Resolvers call load() synchronously and batches run
 * only after them, so a batch function of another loader running in the same tick sees them all.
 */
export class AskedForLoader<V> extends DataLoader<string, V> {
  readonly askedFor = new Set<string>();

  override load(key: string): Promise<V> {
    this.askedFor.add(key);
    return super.load(key);
  }
}

/**
 * The row of a dispute's list (its referrals, its proceedings) with this id: through the loader a
 * dispute page or list sends anyway, rather than a statement of its own.
 */
export function findAmong<T extends { id: string }>(
  loader: { load(key: string, projection?: Projection): Promise<T[]> },
  disputeId: string,
  id: string | null | undefined,
  projection?: Projection,
): Promise<T | null> | null {
  return id ? loader.load(disputeId, projection).then((rows) => rows.find((row) => row.id === id) ?? null) : null;
}

/**
 * Rows of `table` whose `column` is one of `ids`: every column, those `columns` lists (constant
 * names, never input), or those of a projection (the rows then throw on reading any other).
 */
export function childRows<T extends object>(
  em: EntityManager,
  entity: new (...a: never[]) => T,
  table: string,
  column: string,
  ids: string[],
  orderBy?: string,
  columns: string | Projection = '*',
): Promise<T[]> {
  const projection = columns instanceof Projection ? columns : undefined;
  const list = projection ? projection.select() : (columns as string);
  return readSql(em, entity, `select ${list} from ${table} where ${column} in (${placeholders(ids.length)})${orderBy ? ` order by ${orderBy}` : ''}`, ids, projection);
}

interface Cached<V> {
  projection: Projection;
  promise?: Promise<V>;
  value?: V;
  /** The batch reading it, whose projection (the union of its loads') it has once read. */
  batch?: Batch;
}
interface Batch {
  projection: Projection | null;
}

/**
 * A loader whose rows are read with the columns their fields select (`Projection`): the loads of
 * one batch are read together with the union of their projections; a key is read again only when
 * a later load needs a column its cached row lacks. `load(key)` without a projection reads every
 * column, as a plain DataLoader's would. `prime` makes no promise until the key is loaded.
 */
export class ProjectedLoader<V> {
  private readonly cache = new Map<string, Cached<V>>();
  /** The batch the next loads join: DataLoader runs it after the loads of this turn. */
  private pending: Batch | null = null;
  private readonly loader: DataLoader<string, V>;

  constructor(fetch: (keys: string[], projection: Projection) => Promise<V[]>) {
    this.loader = new DataLoader(
      async (keys) => {
        const batch = this.pending!;
        this.pending = null;
        const projection = batch.projection ?? Projection.ALL;
        try {
          const values = await fetch([...keys], projection);
          // Each row carries the batch's columns, not only those its own load asked for.
          for (const k of keys) {
            const entry = this.cache.get(k);
            if (entry?.batch === batch) entry.projection = projection;
          }
          return values;
        } catch (e) {
          // As DataLoader forgets a failed batch: a later field asks again.
          for (const k of keys) if (this.cache.get(k)?.batch === batch) this.cache.delete(k);
          throw e;
        }
      },
      { cache: false },
    );
  }

  load(key: string, projection: Projection = Projection.ALL): Promise<V> {
    const hit = this.cache.get(key);
    if (hit?.projection.covers(projection)) return (hit.promise ??= Promise.resolve(hit.value as V));
    const wanted = hit ? hit.projection.union(projection) : projection;
    const batch = (this.pending ??= { projection: null });
    batch.projection = batch.projection ? batch.projection.union(wanted) : wanted;
    const promise = this.loader.load(key);
    this.cache.set(key, { projection: wanted, promise, batch });
    return promise;
  }

  /** A row read elsewhere (a page), with the projection it was read with. */
  prime(key: string, value: V, projection: Projection): this {
    if (!this.cache.has(key)) this.cache.set(key, { projection, value });
    return this;
  }
}

/** A ProjectedLoader of rows by their parent's id. */
export function projectedByParent<T>(load: (ids: string[], projection: Projection) => Promise<T[]>, key: (row: T) => string): ProjectedLoader<T[]> {
  return new ProjectedLoader(async (ids, projection) => {
    const groups = groupBy(await load(ids, projection), key);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

/**
 * Rows of `table` (alias c) grouped by their parent's `groupColumn`: the rows of a nested level
 * (a proceeding's pauses) asked for by the level above (the dispute) in the same turn as the
 * parents themselves, so that both go in one round trip (`querySql`) instead of the nested level
 * waiting for its parents' ids. Constant table and column names, never input.
 */
export function byGrandparent<T extends object>(
  em: EntityManager,
  entity: new (...a: never[]) => T,
  sql: { table: string; parentColumn: string; parentTable: string; groupColumn: string; orderBy: string },
): DataLoader<string, T[]> {
  return new DataLoader(async (ids) => {
    const rows = await querySql(
      em,
      `select c.*, p.${sql.groupColumn} as hub_group from ${sql.table} c join ${sql.parentTable} p on p.id = c.${sql.parentColumn} where p.${sql.groupColumn} in (${placeholders(ids.length)}) order by ${sql.orderBy}`,
      [...ids],
    );
    // The grouping column is the loader's, not the entity's: off the row before it is mapped.
    const groupKeys = rows.map((r) => String(r.hub_group));
    for (const r of rows) delete r.hub_group;
    const models = readModels(em, entity, rows);
    const groupOf = new Map(models.map((m, i) => [m, groupKeys[i]]));
    const groups = groupBy(models, (m) => groupOf.get(m)!);
    return ids.map((id) => groups.get(id) ?? []);
  });
}
