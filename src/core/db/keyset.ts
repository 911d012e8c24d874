import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { badUserInput } from '../graphql-errors';
import { cursorInstant, decodeCursor, encodeCursor, type PageInfo } from '../pagination';
import { isUuid } from '../validation/uuid';
import { Projection } from './projection';
import { readAll, readSql } from './read-model';
import { querySql } from './sql';

export interface KeysetConnection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Counted only when a client selects it: the one part of a page that grows with the data. */
  totalCount: number;
}

/**
 * A list's rows in hand-written SQL, for keysetPage: `select <alias>.* (or its projection) from <from> where <where…>`,
 * values bound in order. Hot lists use it to skip building a QueryBuilder for a statement whose
 * shape never changes (the builder was ~5% of the inbox's CPU).
 */
export interface SqlList {
  from: string;
  where: string[];
  params: unknown[];
}

const isSqlList = (list: object): list is SqlList => Array.isArray((list as SqlList).where);

/**
 * One page of a list ordered newest first by (`<alias>.<instantColumn>`, `<alias>.id`), both
 * descending, with opaque cursors of `kind`. The page itself is one indexed statement whatever
 * the list's length; `totalCount` is a second statement, sent only if the field is resolved.
 */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  list: QueryBuilder<T> | SqlList,
  entity: new (...a: never[]) => T,
  spec: {
    kind: string;
    alias: string;
    instantColumn: string;
    instantOf: (row: T) => Date;
    limit: number;
    after?: string | null;
    /** How to count the whole list, when not by counting its rows (e.g. a maintained counter). */
    count?: () => Promise<number>;
    /** The columns the page's rows are read with (a SqlList's; it must include the instant's): every column by default. */
    projection?: Projection;
  },
): Promise<KeysetConnection<T>> {
  const { kind, alias, instantColumn, instantOf, limit, after } = spec;
  let before: [Date, string] | null = null;
  if (after) {
    const [at, id] = decodeCursor(after, kind, ['string', 'string']) as [string, string];
    if (!isUuid(id)) throw badUserInput('after is not a cursor this list gave out', 'after');
    before = [cursorInstant(at), id];
  }
  const after$ = `(${alias}.${instantColumn}, ${alias}.id) < (?, ?)`;
  let rows: T[];
  let count = spec.count;
  if (isSqlList(list)) {
    const where = before ? [...list.where, after$] : list.where;
    const params = before ? [...list.params, ...before] : list.params;
    const clause = (w: string[]) => (w.length ? ` where ${w.join(' and ')}` : '');
    // limit + 1, also for first: 0, so that hasNextPage tells whether anything follows.
    const projection = spec.projection ?? Projection.ALL;
    rows = await readSql(
      em,
      entity,
      `select ${projection.select(alias)} from ${list.from}${clause(where)} order by ${alias}.${instantColumn} desc, ${alias}.id desc limit ?`,
      [...params, limit + 1],
      projection,
    );
    count ??= async () => Number((await querySql<{ n: string }>(em, `select count(*)::text as n from ${list.from}${clause(list.where)}`, list.params))[0].n);
  } else {
    const counted = count ? null : list.clone();
    if (before) list.andWhere(after$, before);
    rows = await readAll(em, entity, list.orderBy({ [instantColumn]: 'desc', id: 'desc' } as never).limit(limit + 1));
    count ??= () => counted!.getCount();
  }
  const edges = rows.slice(0, limit).map((node) => ({ cursor: encodeCursor(kind, [instantOf(node).toISOString(), node.id]), node }));
  return withLazyTotal({ edges, pageInfo: pageInfoOf(edges, rows.length > limit, after) }, count);
}

export function pageInfoOf(edges: readonly { cursor: string }[], hasNextPage: boolean, after: string | null | undefined): PageInfo {
  return { hasNextPage, hasPreviousPage: !!after, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null };
}

/** The fields whose property withLazyTotal makes a promise: they keep a resolver (GraphQL's executors await what a resolver answers, not a property read inline). */
export const LAZY_FIELDS: ReadonlySet<string> = new Set(['totalCount']);

/**
 * Adds `totalCount` as a memoized getter: GraphQL's default resolver reads the property only
 * when the field is selected, and resolves the promise it gets.
 */
export function withLazyTotal<C extends object>(connection: C, count: () => Promise<number>): C & { totalCount: number } {
  let total: Promise<number> | undefined;
  return Object.defineProperty(connection, 'totalCount', { enumerable: true, get: () => (total ??= count()) }) as C & { totalCount: number };
}
