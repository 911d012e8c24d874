/**
 * Loads N synthetic disputes into a benchmark database of its own (not a test).
 *
 *   node -r @swc-node/register bench/seed-scale.ts 100000            # database hub_bench_100k
 *   node -r @swc-node/register bench/seed-scale.ts 1000000 --force   # drop and load again
 *   node -r @swc-node/register bench/seed-scale.ts 100000 --drop     # only drop hub_bench_100k
 *   BENCH_PG=postgres://postgres@127.0.0.1:5432 ...                  # server (default: that one)
 *
 * Steps: create the database; apply the hub's migrations through its own code
 * (openOrm + migrate); seed the catalog, holiday calendars and demo accounts
 * (seedDatabase with demo: true); then bulk-load. For the load, the constraints and
 * secondary indexes of the loaded tables are dropped and each table is filled by
 * `COPY ... FROM STDIN (FREEZE)` in its own transaction (after TRUNCATE, so the rows
 * are written frozen), all tables streaming at once from one generator
 * (bench/scale-data.ts); then the very same constraints and indexes are recreated
 * from the definitions read out of the catalog before the drop (so the schema ends
 * identical to the migrations'), sequences are moved past the loaded values, and
 * the tables are VACUUM ANALYZEd. A database already holding N disputes is left
 * alone (pass --force to reload).
 *
 * pg-copy-streams comes from bench/peer (npm ci --prefix bench/peer), so that the
 * app's own dependency tree does not grow.
 */
import 'reflect-metadata';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Writable } from 'node:stream';
import { Client } from 'pg';
import { WorkCalendar } from '../src/modules/clock';
import { migrate, openOrm } from '../src/server/orm';
import { officialSchedulesFromChineseDays } from '../seeds/holidays';
import { seedDatabase } from '../seeds/seed';
import { COLUMNS, ScaleGenerator, TABLES, type Catalog, type CatalogMatter, type TableName } from './scale-data';

export const SERVER_URL = (process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/+$/, '');

export function dbNameFor(n: number): string {
  const label = n >= 1_000_000 && n % 1_000_000 === 0 ? `${n / 1_000_000}m` : n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
  return `hub_bench_${label}`;
}
export function dbUrl(db: string): string {
  return `${SERVER_URL}/${db}`;
}

type CopyFrom = (sql: string) => Writable & { on(ev: 'finish' | 'error', cb: (e?: Error) => void): unknown };
function copyFrom(): CopyFrom {
  const req = createRequire(join(__dirname, 'peer', 'package.json'));
  try {
    return (req('pg-copy-streams') as { from: CopyFrom }).from;
  } catch {
    throw new Error('pg-copy-streams is missing: run `npm ci --prefix bench/peer` (npm run bench does it).');
  }
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: `${SERVER_URL}/postgres` });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function databaseExists(db: string): Promise<boolean> {
  return admin(async (c) => (await c.query('select 1 from pg_database where datname = $1', [db])).rowCount === 1);
}

export async function dropDatabase(db: string): Promise<void> {
  if (!/^hub_bench_\w+$/.test(db)) throw new Error(`refusing to drop ${db}: not a benchmark database`);
  await admin((c) => c.query(`drop database if exists "${db}" with (force)`));
}

/** Disputes already loaded in `db` (null when the database or its tables are missing). */
export async function loadedCount(db: string): Promise<number | null> {
  if (!(await databaseExists(db))) return null;
  const c = new Client({ connectionString: dbUrl(db) });
  await c.connect();
  try {
    const r = await c.query(`select value from bench_meta where key = 'disputes'`).catch(() => null);
    return r && r.rows[0] ? Number(r.rows[0].value) : null;
  } finally {
    await c.end();
  }
}

async function readCatalog(c: Client): Promise<Catalog> {
  const orgs = new Map((await c.query('select id, key, name, kind, channels, region from organization')).rows.map((o) => [o.key as string, { ...o, channels: o.channels as string[] }]));
  const byId = new Map([...orgs.values()].map((o) => [o.id as string, o.key as string]));
  const handlers = (await c.query('select matter_id, organization_id from matter_handler')).rows;
  const matters: CatalogMatter[] = (await c.query('select id, code, name, channel, categories, acceptance_time_limit, handling_time_limit from matter order by code')).rows.map((m) => ({
    id: m.id,
    code: m.code,
    name: m.name,
    channel: m.channel,
    categories: m.categories,
    handlerKeys: handlers.filter((h) => h.matter_id === m.id).map((h) => byId.get(h.organization_id)!),
    acceptance: m.acceptance_time_limit,
    handling: m.handling_time_limit,
  }));
  const users = new Map((await c.query('select id, username from hub_user')).rows.map((u) => [u.username as string, u.id as string]));
  return { orgs: orgs as Catalog['orgs'], matters, users };
}

interface Ddl {
  dropFks: string[];
  dropIndexes: string[];
  dropKeys: string[];
  createKeys: string[];
  createIndexes: string[];
  createFks: string[];
}

/** The constraints and indexes of the loaded tables, as the migrations made them. */
async function readDdl(c: Client, tables: string[]): Promise<Ddl> {
  const cons = (
    await c.query(
      `select con.conname, con.contype, pg_get_constraintdef(con.oid) as def, rel.relname as tbl
         from pg_constraint con join pg_class rel on rel.oid = con.conrelid left join pg_class frel on frel.oid = con.confrelid
        where con.contype in ('p', 'u', 'f') and (rel.relname = any($1) or frel.relname = any($1)) and rel.relnamespace = 'public'::regnamespace
        order by con.conname`,
      [tables],
    )
  ).rows as { conname: string; contype: string; def: string; tbl: string }[];
  const keyNames = new Set(cons.filter((x) => x.contype !== 'f').map((x) => x.conname));
  const idx = (await c.query(`select indexname, indexdef, tablename from pg_indexes where schemaname = 'public' and tablename = any($1) order by indexname`, [tables])).rows.filter(
    (r) => !keyNames.has(r.indexname),
  ) as { indexname: string; indexdef: string; tablename: string }[];
  const fks = cons.filter((x) => x.contype === 'f');
  const keys = cons.filter((x) => x.contype !== 'f' && tables.includes(x.tbl));
  return {
    dropFks: fks.map((f) => `alter table "${f.tbl}" drop constraint "${f.conname}"`),
    dropIndexes: idx.map((i) => `drop index "${i.indexname}"`),
    dropKeys: keys.map((k) => `alter table "${k.tbl}" drop constraint "${k.conname}"`),
    createKeys: keys.map((k) => `alter table "${k.tbl}" add constraint "${k.conname}" ${k.def}`),
    createIndexes: idx.map((i) => i.indexdef),
    createFks: fks.map((f) => `alter table "${f.tbl}" add constraint "${f.conname}" ${f.def}`),
  };
}

export interface SeedReport {
  db: string;
  disputes: number;
  rows: Record<string, number>;
  seconds: { schema: number; copy: number; indexes: number; vacuum: number; total: number };
  rowsPerSecond: number;
  sizeMb: number;
}

export async function seedScale(n: number, opts: { db?: string; force?: boolean; log?: (s: string) => void } = {}): Promise<SeedReport | null> {
  const db = opts.db ?? dbNameFor(n);
  const log = opts.log ?? ((s: string) => console.log(s));
  if (!opts.force && (await loadedCount(db)) === n) {
    log(`${db}: already holds ${n} disputes (use --force to reload)`);
    return null;
  }
  const t0 = performance.now();
  await dropDatabase(db);
  await admin((c) => c.query(`create database "${db}"`));
  log(`${db}: created; migrations and seed through the hub's own code`);
  const orm = await openOrm(dbUrl(db), 2);
  try {
    await migrate(orm);
    await seedDatabase(orm, { demo: true });
  } finally {
    await orm.close(true);
  }
  const tSchema = performance.now();

  const main = new Client({ connectionString: dbUrl(db) });
  await main.connect();
  const tables = [...TABLES];
  const ddl = await readDdl(main, tables);
  for (const s of [...ddl.dropFks, ...ddl.dropIndexes, ...ddl.dropKeys]) await main.query(s);
  // Row triggers off for the load (the referral inbox counters are rebuilt from the rows after it,
  // in one statement, instead of one upsert per copied referral); on again afterwards.
  for (const t of tables) await main.query(`alter table "${t}" disable trigger user`);
  const catalog = await readCatalog(main);
  const calendar = new WorkCalendar(officialSchedulesFromChineseDays());
  const gen = new ScaleGenerator(catalog, calendar, n);

  // One connection and one COPY per table, all streaming at once.
  const from = copyFrom();
  const streams = new Map<TableName, { client: Client; stream: Writable; done: Promise<void> }>();
  for (const t of tables) {
    const client = new Client({ connectionString: dbUrl(db) });
    await client.connect();
    await client.query(`set synchronous_commit = off`);
    await client.query('begin');
    await client.query(`truncate "${t}"`);
    const stream = (client.query as unknown as (q: Writable) => Writable).call(client, from(`copy "${t}" (${COLUMNS[t].map((c) => `"${c}"`).join(', ')}) from stdin with (freeze)`));
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', () => resolve());
      stream.on('error', reject);
    });
    done.catch(() => undefined);
    streams.set(t, { client, stream, done });
  }
  const rows: Record<string, number> = Object.fromEntries(tables.map((t) => [t, 0]));
  const CHUNK = 5000;
  let lastLog = performance.now();
  for (let i = 0; i < n; i += CHUNK) {
    const chunk = gen.chunk(i, Math.min(n, i + CHUNK));
    const waits: Promise<void>[] = [];
    for (const t of tables) {
      rows[t] += chunk.counts[t];
      const { stream } = streams.get(t)!;
      if (!chunk.lines[t].length) continue;
      if (!stream.write(chunk.lines[t].join(''))) waits.push(new Promise((r) => stream.once('drain', () => r())));
    }
    await Promise.all(waits);
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      const s = (lastLog - tSchema) / 1000;
      log(`  ${Math.min(n, i + CHUNK).toLocaleString('en-US')} disputes generated in ${s.toFixed(0)} s`);
    }
  }
  for (const { stream } of streams.values()) stream.end();
  for (const { client, done } of streams.values()) {
    await done;
    await client.query('commit');
    await client.end();
  }
  const tCopy = performance.now();
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  log(`${db}: ${total.toLocaleString('en-US')} rows copied in ${((tCopy - tSchema) / 1000).toFixed(1)} s; rebuilding constraints and indexes`);

  // Keys and indexes on two connections (two cores), then the foreign keys.
  await main.query(`set maintenance_work_mem = '512MB'`);
  const second = new Client({ connectionString: dbUrl(db) });
  await second.connect();
  await second.query(`set maintenance_work_mem = '512MB'`);
  const work = [...ddl.createKeys, ...ddl.createIndexes];
  const workers = [main, second].map(async (c) => {
    for (let s = work.shift(); s; s = work.shift()) await c.query(s);
  });
  await Promise.all(workers);
  const fkWork = [...ddl.createFks];
  await Promise.all(
    [main, second].map(async (c) => {
      for (let s = fkWork.shift(); s; s = fkWork.shift()) await c.query(s);
    }),
  );
  await second.end();
  for (const t of tables) await main.query(`alter table "${t}" enable trigger user`);
  await main.query(`delete from referral_inbox_count`);
  await main.query(`insert into referral_inbox_count (to_organization_id, status, n) select to_organization_id, status, count(*) from referral group by 1, 2`);
  await main.query(`delete from dispute_count`);
  await main.query(`insert into dispute_count (status, region, category, n) select status, region, category, count(*) from dispute group by 1, 2, 3`);
  await main.query(`select setval('dispute_code_seq', $1::bigint)`, [n + 1]);
  await main.query(`select setval(pg_get_serial_sequence('dispute_event', 'seq'), $1::bigint)`, [Math.max(1, gen.lastSeq())]);
  const tIndexes = performance.now();
  await main.query(`vacuum (analyze) ${tables.map((t) => `"${t}"`).join(', ')}`);
  // The statistics' facts, rollup and open cases from the loaded timeline (its trigger was off for the
  // COPY), after the ANALYZE above so that the rebuild's joins are planned on real row counts.
  const tStats = performance.now();
  await main.query(`select hub_stat_rebuild()`);
  await main.query(`vacuum (analyze) "stat_fact", "stat_month", "stat_month_wd", "stat_open"`);
  log(`${db}: statistics rebuilt from the timeline in ${((performance.now() - tStats) / 1000).toFixed(1)} s`);
  await main.query(`create table if not exists bench_meta (key text primary key, value text not null)`);
  await main.query(`insert into bench_meta values ('disputes', $1), ('loaded_at', now()::text) on conflict (key) do update set value = excluded.value`, [String(n)]);
  const size = Number((await main.query(`select pg_database_size(current_database()) as b`)).rows[0].b) / 1048576;
  await main.end();
  const tEnd = performance.now();
  const report: SeedReport = {
    db,
    disputes: n,
    rows,
    seconds: {
      schema: round((tSchema - t0) / 1000),
      copy: round((tCopy - tSchema) / 1000),
      indexes: round((tIndexes - tCopy) / 1000),
      vacuum: round((tEnd - tIndexes) / 1000),
      total: round((tEnd - t0) / 1000),
    },
    rowsPerSecond: Math.round(total / ((tEnd - tSchema) / 1000)),
    sizeMb: Math.round(size),
  };
  log(`${db}: loaded ${JSON.stringify(report)}`);
  return report;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
  const db = args.find((a) => a.startsWith('--db='))?.slice(5);
  (args.includes('--drop') ? dropDatabase(db ?? dbNameFor(n)).then(() => console.log(`${db ?? dbNameFor(n)} dropped`)) : seedScale(n, { db, force: args.includes('--force') })).then(
    () => process.exit(0),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
