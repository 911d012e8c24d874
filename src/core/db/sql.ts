import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Dictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Pipeline, type NamedStatement } from './pipeline';

export interface SqlCounter {
  statements: number;
  /** Times the request waited on PostgreSQL: statements sent together count once. */
  roundTrips: number;
}

/**
 * What one request carries through its asynchronous work: its SQL statement count (for logs, tests
 * and benchmarks: knex's query event and `querySql` add to it), and what the server keeps beside it
 * (declaration merging). One storage for all of it: each AsyncLocalStorage enabled in the process
 * costs every promise a property and a hook call (a second one cost (a) 6% of its CPU).
 */
export interface RequestScope {
  sql: SqlCounter;
}
export const requestScope = new AsyncLocalStorage<RequestScope>();

interface PgConnection {
  query(config: { text: string; values: unknown[]; name?: string }): Promise<{ rows: Dictionary[] }>;
  query(pipeline: Pipeline): Pipeline;
  /** pg's record of the statements this connection has prepared, by name. */
  connection?: Parameters<typeof Pipeline.preparedOn>[0];
  /** pg's type parsers of this connection. */
  _types?: unknown;
}
interface PoolClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

/** Knex clients whose connections each are a session of their own, so that they may keep named (prepared) statements. */
const preparing = new WeakSet<object>();

/**
 * Lets `querySql` send named statements on this ORM's connections: PostgreSQL parses and plans a
 * statement once per connection instead of once per request. Not for PGlite, whose socket
 * connections share one session (a new connection would meet its predecessor's names).
 */
export function prepareStatements(em: EntityManager): void {
  preparing.add(em.getConnection().getKnex().client as object);
}

interface Statement {
  text: string;
  name: string;
}
const statements = new Map<string, Statement>();
const MAX_CACHED_STATEMENTS = 5000;

/** `?` → `$n` (`\?` stays a question mark), as knex does for PostgreSQL; cached per text with its statement name. */
function statementOf(sql: string): Statement {
  let s = statements.get(sql);
  if (s) return s;
  let n = 0;
  const text = sql.replace(/(\\*)\?/g, (_match: string, escapes: string) => (escapes.length % 2 ? '?' : `$${++n}`));
  s = { text, name: 'h' + createHash('sha1').update(text).digest('base64url').slice(0, 20) };
  if (statements.size < MAX_CACHED_STATEMENTS) statements.set(sql, s);
  return s;
}

/**
 * A read in hand-written SQL with `?` parameters, straight on a pooled connection: the values are
 * bound (not formatted into the text, as MikroORM's `execute` does), so the text is the same for
 * every request and can be a named statement; knex's runner and MikroORM's query logging are
 * skipped (they were ~10% of a read's CPU). Inside a transaction it runs on the transaction's
 * connection through MikroORM as before. Values must be scalars, dates or JSON: an array is
 * bound as one PostgreSQL array, not expanded into a list.
 */
export async function querySql<R extends object = Dictionary>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
  /**
   * `withReads`: a write that may travel with the turn's reads (an autocommitted audit row). In a
   * pipeline it commits with them, or not at all if one of them fails, and is then sent again alone.
   */
  options: { withReads?: boolean } = {},
): Promise<R[]> {
  const tx = em.getTransactionContext();
  if (tx) return em.getConnection().execute<R[]>(sql, params as unknown[], 'all', tx);
  const client = em.getConnection().getKnex().client as PoolClient;
  const { text, name } = statementOf(sql);
  const counter = requestScope.getStore()?.sql;
  if (counter) counter.statements++;
  const values = params as unknown[];
  try {
    if (preparing.has(client) && (options.withReads || READ.test(text))) return (await roundTripOf(em, client).add({ name, text, values })) as R[];
    if (counter) counter.roundTrips++;
    const connection = await client.acquireConnection();
    try {
      return (preparing.has(client) ? await runNamed(connection, text, values, name) : await connection.query({ text, values })).rows as R[];
    } finally {
      await client.releaseConnection(connection);
    }
  } catch (e) {
    throw em.getDriver().convertException(e as Error);
  }
}

/** Plain reads (and writes that say so): a pipeline runs in one implicit transaction and is sent again statement by statement if one fails. */
const READ = /^\s*select\b/i;

interface Waiting extends NamedStatement {
  resolve(rows: Dictionary[]): void;
  reject(error: unknown): void;
}

/**
 * The reads one request sends in the same turn of the event loop (the batches of the loaders of
 * one level of a selection, fired together), sent together: one connection, one round trip
 * (`Pipeline`) once each is prepared on it. On this machine a round trip costs about 0.3 ms of
 * CPU whatever it carries (bench/README, issue #18 fifth step); the dispute page sent ten.
 */
class RoundTrip {
  private readonly waiting: Waiting[] = [];
  /** Sent (or being sent): statements that come later make a round trip of their own. */
  closed = false;
  private readonly counter = requestScope.getStore()?.sql;

  constructor(private readonly client: PoolClient) {
    setImmediate(() => {
      this.closed = true;
      void this.send();
    });
  }

  add(statement: NamedStatement): Promise<Dictionary[]> {
    return new Promise((resolve, reject) => this.waiting.push({ ...statement, resolve, reject }));
  }

  private async send(): Promise<void> {
    let connection: PgConnection;
    try {
      connection = await this.client.acquireConnection();
    } catch (e) {
      for (const w of this.waiting) w.reject(e);
      return;
    }
    try {
      if (this.waiting.length > 1 && Pipeline.preparedOn(connection.connection, this.waiting)) {
        if (this.counter) this.counter.roundTrips++;
        const results = await new Promise<Dictionary[][] | null>((resolve) => {
          connection.query(new Pipeline(this.waiting, connection._types, (error, rows) => resolve(error ? null : rows!)));
        });
        if (results) {
          this.waiting.forEach((w, i) => w.resolve(results[i]));
          return;
        }
        // One failed (a plan invalidated by a migration, a cancelled statement...): each again on
        // its own, so that each gets its own answer or error, as without the pipeline.
      }
      for (const w of this.waiting) {
        if (this.counter) this.counter.roundTrips++;
        try {
          w.resolve((await runNamed(connection, w.text, w.values, w.name)).rows);
        } catch (e) {
          w.reject(e);
        }
      }
    } finally {
      await this.client.releaseConnection(connection);
    }
  }
}

const roundTrips = new WeakMap<EntityManager, RoundTrip>();

function roundTripOf(em: EntityManager, client: PoolClient): RoundTrip {
  let trip = roundTrips.get(em);
  if (!trip || trip.closed) roundTrips.set(em, (trip = new RoundTrip(client)));
  return trip;
}

async function runNamed(connection: PgConnection, text: string, values: unknown[], name: string) {
  try {
    return await connection.query({ text, values, name });
  } catch (e) {
    // "cached plan must not change result type": a migration (another instance's, in a rolling
    // update) added or dropped a column of a `select *` since this connection prepared it.
    if ((e as { code?: string }).code !== '0A000') throw e;
    await connection.query({ text: `deallocate "${name}"`, values: [] });
    delete connection.connection?.parsedStatements?.[name];
    return connection.query({ text, values, name });
  }
}
