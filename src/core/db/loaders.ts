import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
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
export function findAmong<T extends { id: string }>(loader: DataLoader<string, T[]>, disputeId: string, id: string | null | undefined): Promise<T | null> | null {
  return id ? loader.load(disputeId).then((rows) => rows.find((row) => row.id === id) ?? null) : null;
}

/** Rows of `table` whose `column` is one of `ids`, every column or those `columns` lists (constant names, never input). */
export function childRows<T extends object>(em: EntityManager, entity: new (...a: never[]) => T, table: string, column: string, ids: string[], orderBy?: string, columns = '*'): Promise<T[]> {
  return readSql(em, entity, `select ${columns} from ${table} where ${column} in (${placeholders(ids.length)})${orderBy ? ` order by ${orderBy}` : ''}`, ids);
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
