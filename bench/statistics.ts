/**
 * Statistics (#16) at scale: p50 / p95 of `statistics` for one organization and one year, and of
 * the anonymous `publicStatistics`, over HTTP against a hub on a database seeded by
 * bench/seed-scale.ts (which also rebuilds the statistics' fact tables from the loaded timeline).
 * A script, not a test; results in bench/statistics.md and bench/results/statistics-<db>.json.
 *
 *   node -r @swc-node/register bench/statistics.ts [disputes=1000000] [--runs=60] [--year=2025]
 *
 * Method: the hub runs in this process (startHub, NODE_ENV=development for the x-sql-statements
 * header, no rate limit, no sweep, pool of 10); requests are sent one at a time (latency, not
 * throughput) over loopback with fetch; 5 untimed warm-up requests per case, then `runs` timed
 * ones; the time is the client's, from sending the request to the parsed JSON answer. Each case's
 * SQL is also run once under EXPLAIN (ANALYZE, BUFFERS) to report the database's own time. Last,
 * the write side: the trigger's time per event, from re-inserting the latest 100 counted events in a
 * transaction that is rolled back (the database is left as it was).
 */
import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { loadConfig } from '../src/config';
import { startHub } from '../src/server/app';
import { dbNameFor, dbUrl, loadedCount, seedScale } from './seed-scale';

const arg = (k: string, d: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d;
const N = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const RUNS = Number(arg('runs', '60'));
const YEAR = Number(arg('year', String(new Date().getUTCFullYear() - 1)));

const STATISTICS = `query($f: StatisticsFilter!) { statistics(filter: $f) { __typename ... on Statistics {
  disputesReceived referrals { made received answered accepted declined responseWorkingDaysMedian responseWorkingDaysP90 }
  proceedings { received admitted notAccepted acceptanceRate concluded settled withdrawn resolutionRate concludedOnTime onTimeRate workingDaysToConcludeMedian workingDaysToConcludeP90 openNow overdueNow }
  judicialConfirmation { applications notAccepted decided confirmed confirmationRate }
  courtDelegatedMediation { received concluded settled preFilingResolutionRate } } ... on ErrorResult { errorCode message } } }`;
const PUBLIC = `query($y: Int!) { publicStatistics(year: $y) { month channel suppressed received concluded resolutionRate onTimeRate } }`;

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  token: string | null;
}
interface Result {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  sqlStatements: number | null;
  /** The database's own time for the statistics statement (EXPLAIN ANALYZE), ms. */
  dbMs: number | null;
  sample: unknown;
}

function quantile(sorted: number[], q: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)];
}

async function post(url: string, query: string, variables: unknown, token: string | null) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { body, sql: res.headers.get('x-sql-statements') };
}

async function main(): Promise<void> {
  const db = dbNameFor(N);
  if ((await loadedCount(db)) !== N) await seedScale(N);
  const config = loadConfig({
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: dbUrl(db),
    HUB_DATA_DIR: mkdtempSync(join(os.tmpdir(), 'hub-bench-')),
    JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
    SWEEP_INTERVAL_MS: '0',
    HUB_SEED_ON_START: 'false',
    DB_POOL_MAX: '10',
    LOGIN_MAX_FAILURES_PER_IP: '100000',
  });
  // Migrates first: a database loaded before the statistics existed gets its facts from the backfill here.
  const hub = await startHub(config);
  const pg = new Client({ connectionString: dbUrl(db) });
  await pg.connect();
  try {
    const login = async (u: string) => {
      const r = await post(hub.url, 'mutation($u: String!) { login(username: $u, password: "demo-password") { ... on Session { token } } }', { u }, null);
      return (r.body.data as { login: { token: string } }).login.token;
    };
    const admin = await login('admin');
    const reviewer = await login('reviewer');
    const from = `${YEAR}-01-01`;
    const to = `${YEAR}-12-31`;
    // The organizations with the most facts of the year: the center (every registration and first referral) and the busiest handler.
    const busiest = (
      await pg.query<{ id: string; name: string; kind: string; facts: string }>(
        `select o.id, o.name, o.kind, count(*)::text as facts from stat_fact f join organization o on o.id = f.organization_id
          where f.day between $1 and $2 group by o.id, o.name, o.kind order by count(*) desc`,
        [from, to],
      )
    ).rows;
    const center = busiest.find((o) => o.kind === 'DISPUTE_CENTER')!;
    const handler = busiest.find((o) => o.kind !== 'DISPUTE_CENTER')!;
    const rollingTo = new Date().toISOString().slice(0, 10);
    const rollingFrom = new Date(Date.now() - 364 * 86_400_000).toISOString().slice(0, 10);
    const cases: Case[] = [
      { name: `org + year: ${handler.name} (${handler.facts} facts in ${YEAR})`, query: STATISTICS, variables: { f: { from, to, organizationId: handler.id } }, token: admin },
      { name: `org + year: ${center.name} (${center.facts} facts in ${YEAR})`, query: STATISTICS, variables: { f: { from, to, organizationId: center.id } }, token: admin },
      {
        name: `org + year + channel + region: ${handler.name}, MEDIATION, 拱墅区`,
        query: STATISTICS,
        variables: { f: { from, to, organizationId: handler.id, channel: 'MEDIATION', region: '拱墅区' } },
        token: admin,
      },
      {
        name: `org + last 365 days (${rollingFrom}..${rollingTo}, two partial months): ${handler.name}`,
        query: STATISTICS,
        variables: { f: { from: rollingFrom, to: rollingTo, organizationId: handler.id } },
        token: admin,
      },
      { name: `whole city + year (REVIEWER)`, query: STATISTICS, variables: { f: { from, to } }, token: reviewer },
      { name: `publicStatistics(${YEAR}), anonymous`, query: PUBLIC, variables: { y: YEAR }, token: null },
    ];

    // The statistics statement as sent (bindings interpolated), for EXPLAIN ANALYZE.
    const knex = hub.orm.em.getConnection().getKnex();
    let captured: string[] | null = null;
    knex.on('query', (q: { sql: string; bindings?: unknown[] }) => {
      if (captured && q.sql.includes('stat_')) captured.push(knex.raw(q.sql, (q.bindings ?? []) as never).toQuery());
    });
    const results: Result[] = [];
    for (const c of cases) {
      for (let i = 0; i < 5; i++) await post(hub.url, c.query, c.variables, c.token);
      const times: number[] = [];
      let sql: string | null = null;
      let sample: unknown = null;
      for (let i = 0; i < RUNS; i++) {
        const t0 = performance.now();
        const r = await post(hub.url, c.query, c.variables, c.token);
        times.push(performance.now() - t0);
        sql = r.sql;
        sample = r.body.data;
      }
      times.sort((a, b) => a - b);
      captured = [];
      await post(hub.url, c.query, c.variables, c.token);
      const statement = (captured as string[])[0];
      captured = null;
      const plan = statement ? ((await pg.query(`explain (analyze, buffers, format json) ${statement}`)).rows[0]['QUERY PLAN'] as { 'Execution Time': number }[]) : null;
      const res: Result = {
        name: c.name,
        runs: RUNS,
        p50: round(quantile(times, 0.5)),
        p95: round(quantile(times, 0.95)),
        max: round(times[times.length - 1]),
        sqlStatements: sql === null ? null : Number(sql),
        dbMs: plan ? round(plan[0]['Execution Time']) : null,
        sample,
      };
      results.push(res);
      process.stdout.write(`${res.name}: p50 ${res.p50} ms, p95 ${res.p95} ms, max ${res.max} ms, ${res.sqlStatements} SQL statements, database ${res.dbMs} ms (EXPLAIN ANALYZE)\n`);
    }
    // The write side: what the trigger on dispute_event costs per event, in steady state (after the first call of a
    // connection, which plans). The latest events of the counted kinds are inserted again in a transaction that is
    // rolled back, their facts removed first so that the trigger does all its work (facts, rollups, open cases).
    const writes: { events: number; triggerMs: number; perEventMs: number }[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      await pg.query('begin');
      try {
        await pg.query(
          `create temp table pick on commit drop as select * from dispute_event where type in ('REGISTERED', 'REFERRED', 'REFERRAL_ACCEPTED', 'PROCEEDING_ADMITTED', 'CONCLUDED') order by seq desc limit 101`,
        );
        await pg.query('delete from stat_fact f using pick p where f.seq = p.seq');
        const insert = (tail: string) =>
          `explain (analyze, format json) insert into dispute_event (dispute_id, type, at, actor_user_id, organization_id, referral_id, proceeding_id, deadline_id, summary, data)
             select dispute_id, type, at, actor_user_id, organization_id, referral_id, proceeding_id, deadline_id, summary, data from pick order by seq ${tail}`;
        await pg.query(insert('limit 1'));
        const plan = (await pg.query(insert('offset 1'))).rows[0]['QUERY PLAN'] as { Triggers: { 'Trigger Name': string; Time: number; Calls: number }[] }[];
        const trigger = plan[0].Triggers.find((t) => t['Trigger Name'] === 'stat_event_write')!;
        writes.push({ events: trigger.Calls, triggerMs: round(trigger.Time), perEventMs: Math.round((trigger.Time / trigger.Calls) * 100) / 100 });
      } finally {
        await pg.query('rollback');
      }
    }
    process.stdout.write(`trigger on dispute_event, per event (5 rounds of 100 events): ${writes.map((w) => w.perEventMs).join(', ')} ms\n`);
    const sizes = (
      await pg.query<{ rel: string; rows: string; mb: string }>(
        `select c.relname as rel, c.reltuples::bigint::text as rows, (pg_total_relation_size(c.oid) / 1048576)::text as mb from pg_class c
          where c.relname in ('dispute', 'dispute_event', 'stat_fact', 'stat_month', 'stat_month_wd', 'stat_open', 'stat_work_day') order by 1`,
      )
    ).rows;
    const report = { db, disputes: N, year: YEAR, runs: RUNS, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadavg: os.loadavg(), sizes, results, writes, at: new Date().toISOString() };
    writeFileSync(join(__dirname, 'results', `statistics-${db}.json`), JSON.stringify(report, null, 2) + '\n');
    process.stdout.write(`${JSON.stringify({ sizes, loadavg: os.loadavg() })}\n`);
  } finally {
    await pg.end();
    await hub.stop();
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
