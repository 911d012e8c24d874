/**
 * Load runs with autocannon against the hub, the two PostGraphile peers (4.14 and 5) and the SQL floor,
 * each a child process on 127.0.0.1; autocannon runs in this process. Every run is
 * bounded: a warm-up (discarded) then a measurement, both of fixed duration.
 *
 * Used by bench/run-all.ts; on its own, for one case against one server:
 *
 *   node -r @swc-node/register bench/load.ts --db=hub_bench_10k --target=hub --case=b [--warmup=10 --duration=20 --connections=10]
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../seeds/seed';
import { CASE_TITLES, HUB, PEER, PEER5, hubVariables, isPeerCase, peerVariables, LIST_FILTER, type CaseId } from './cases';
import { FLOOR_SQL, type FloorCase } from './sql-floor';
import { dbUrl } from './seed-scale';

// autocannon ships no types: the part of its API used here.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  duration: number;
}
interface AutocannonRequest {
  method?: string;
  path?: string;
  body?: string;
  headers?: Record<string, string>;
  setupRequest?: (req: AutocannonRequest, context: Record<string, unknown>) => AutocannonRequest;
  onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
}
interface AutocannonInstance {
  on(ev: 'response', cb: (client: unknown, status: number, bytes: number, ms: number) => void): void;
  stop(): void;
}
type Autocannon = (
  opts: { url: string; connections: number; duration: number; method: string; headers: Record<string, string>; requests: AutocannonRequest[]; timeout?: number },
  cb: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon: Autocannon = require('autocannon');

/** peer: PostGraphile 4.14 (bench/peer); peer5: PostGraphile 5 (bench/peer5). */
export type Target = 'hub' | 'peer' | 'peer5' | 'floor';
export const PEERS = ['peer', 'peer5'] as const satisfies readonly Target[];
export const isPeer = (t: Target): t is (typeof PEERS)[number] => (PEERS as readonly Target[]).includes(t);

/** V8 young-generation semi-space of every server, in MB (as `npm start` runs the hub). */
export const SEMI_SPACE_MB = 64;

export interface Server {
  target: Target;
  child: ChildProcess;
  base: string;
  stop(): Promise<void>;
  /** SQL statements sent so far (peers and floor; the hub answers x-sql-statements per response). */
  statements(): Promise<number>;
}

/** Forks a server and waits for its { ready, port } (at most 120 s). */
export async function startServer(target: Target, databaseUrl: string, opts: { cpuProfDir?: string; env?: Record<string, string>; logFile?: string } = {}): Promise<Server> {
  const bench = __dirname;
  const script = target === 'hub' ? join(bench, 'hub-server.ts') : isPeer(target) ? join(bench, target, 'server.js') : join(bench, 'sql-floor.ts');
  // Every server gets the young-generation size the hub runs with in production (package.json
  // start): a larger semi-space makes scavenges rarer for request-scoped garbage. Same for all.
  const execArgv = [`--max-semi-space-size=${SEMI_SPACE_MB}`, ...(isPeer(target) ? [] : ['-r', '@swc-node/register'])];
  if (opts.cpuProfDir) execArgv.push('--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`);
  const child = fork(script, [databaseUrl, '10'], {
    execArgv,
    cwd: isPeer(target) ? join(bench, target) : join(bench, '..'),
    env: { ...process.env, ...opts.env },
    stdio: opts.logFile ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  if (opts.logFile) {
    const out = createWriteStream(opts.logFile, { flags: 'a' });
    child.stdout!.pipe(out);
    child.stderr!.pipe(out);
  }
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target} did not start within 120 s`)), 120_000);
    child.on('message', (m: { ready?: boolean; port?: number }) => {
      if (m.ready) {
        clearTimeout(timer);
        resolve(m.port!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${target} exited with ${code} before it was ready`));
    });
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    target,
    child,
    base,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.send({ stop: true });
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
    async statements() {
      if (target === 'hub') return NaN;
      return ((await (await fetch(`${base}/__stats`)).json()) as { statements: number }).statements;
    },
  };
}

/** Stops the in-process CPU profile of a server (started with { profile: 'start' }) and has it written to `file`. */
async function profileStop(server: Server, file: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const onMessage = (m: { profiled?: string }) => {
      if (!m.profiled) return;
      server.child.off('message', onMessage);
      resolve();
    };
    server.child.on('message', onMessage);
    server.child.send({ profile: 'stop', file });
  });
}

/** Records the SQL the hub sends while `fn` runs (interpolated, ready for EXPLAIN). */
export async function captureHubSql(hub: Server, fn: () => Promise<unknown>): Promise<{ text: string; values: unknown[] }[]> {
  hub.child.send({ capture: true });
  await new Promise((r) => setTimeout(r, 50));
  await fn();
  return new Promise((resolve) => {
    const onMessage = (m: { captured?: { text: string; values: unknown[] }[] }) => {
      if (!m.captured) return;
      hub.child.off('message', onMessage);
      resolve(m.captured);
    };
    hub.child.on('message', onMessage);
    hub.child.send({ capture: false });
  });
}

export async function login(hubBase: string, username: string): Promise<string> {
  const res = await fetch(`${hubBase}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on Session { token } ... on ErrorResult { message } } }',
      variables: { u: username, p: DEMO_PASSWORD },
    }),
  });
  const body = (await res.json()) as { data?: { login: { token?: string; message?: string } } };
  const token = body.data?.login.token;
  if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(body)}`);
  return token;
}

/** What a case needs from the database: a sample of dispute ids, the mediator's organization. */
export interface Fixture {
  disputeIds: string[];
  mediatorOrgId: string;
  counts: { inbox: number; list: number; disputes: number };
}

export async function fixture(db: string, sample = 2000): Promise<Fixture> {
  const c = new Client({ connectionString: dbUrl(db) });
  await c.connect();
  try {
    const org = (await c.query(`select id from organization where key = 'mediation-fuyang'`)).rows[0].id as string;
    // A fixed-seed random sample, the same ids at every run of this database.
    await c.query('select setseed(0.42)');
    const ids = (await c.query(`select id from dispute order by random() limit $1`, [sample])).rows.map((r) => r.id as string);
    const inbox = Number((await c.query(`select count(*) from referral where to_organization_id = $1`, [org])).rows[0].count);
    const list = Number((await c.query(`select count(*) from dispute where status = $1 and region = $2`, [LIST_FILTER.status, LIST_FILTER.region])).rows[0].count);
    const disputes = Number((await c.query(`select count(*) from dispute`)).rows[0].count);
    return { disputeIds: ids, mediatorOrgId: org, counts: { inbox, list, disputes } };
  } finally {
    await c.end();
  }
}

export interface CaseRequest {
  path: string;
  headers: Record<string, string>;
  /** The body of the n-th request (varies the dispute id for (b), the title for (d)). */
  body(n: number): string;
}

/** The HTTP request of a case for a target. */
export function requestFor(target: Target, c: CaseId, fx: Fixture, tokens: Partial<Record<string, string>>): CaseRequest {
  const pickId = (n: number) => fx.disputeIds[n % fx.disputeIds.length];
  if (target === 'hub') {
    const op = HUB[c];
    const query = op.query();
    const headers: Record<string, string> = { 'content-type': 'application/json', authorization: `Bearer ${tokens[op.viewer]}` };
    return { path: '/graphql', headers, body: (n) => JSON.stringify({ query, operationName: op.operationName, variables: hubVariables(c, { disputeId: pickId(n), n }) }) };
  }
  if (!isPeerCase(c)) throw new Error(`${CASE_TITLES[c].slice(0, 3)} is measured on the hub only`);
  if (isPeer(target)) {
    const query = target === 'peer' ? PEER[c] : PEER5[c];
    return {
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: (n) => JSON.stringify({ query, variables: peerVariables(c, { disputeId: pickId(n), mediatorOrgId: fx.mediatorOrgId }) }),
    };
  }
  void FLOOR_SQL;
  const fc = c as FloorCase;
  return {
    path: `/${fc}`,
    headers: { 'content-type': 'application/json' },
    body: (n) => JSON.stringify(fc === 'a' ? { org: fx.mediatorOrgId } : fc === 'b' ? { id: pickId(n) } : { status: LIST_FILTER.status, region: LIST_FILTER.region }),
  };
}

/** One request, checked: HTTP 200, no GraphQL errors, data present. Returns the body and the hub's statement count. */
export async function probe(server: Server, req: CaseRequest, n: number): Promise<{ body: Record<string, unknown>; bytes: number; statements: number; roundTrips: number; ms: number }> {
  const before = await server.statements();
  const t = performance.now();
  const res = await fetch(server.base + req.path, { method: 'POST', headers: req.headers, body: req.body(n) });
  const text = await res.text();
  const ms = performance.now() - t;
  const after = await server.statements();
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors || !body.data) throw new Error(`${server.target} answered ${res.status}: ${text.slice(0, 500)}`);
  const header = res.headers.get('x-sql-statements');
  const statements = server.target === 'hub' ? Number(header) : after - before;
  // The hub sends the reads of one turn together (src/core/db/sql.ts); the others one statement per round trip.
  const trips = res.headers.get('x-sql-round-trips');
  return { body: body as Record<string, unknown>, bytes: Buffer.byteLength(text), statements, roundTrips: trips === null ? statements : Number(trips), ms };
}

export interface RunResult {
  target: Target;
  case: CaseId;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  errors: number;
  non2xx: number;
  /** SQL statements per request: median of sequential probes. */
  sqlPerRequest: number;
  /** Round trips to PostgreSQL per request (median of 5 requests after the measured interval, every connection warm). */
  roundTripsPerRequest?: number;
  responseBytes: number;
  /** CPU ms per request of the server process and of the PostgreSQL backends (robust to a busy machine, unlike latency). */
  serverCpuMs: number;
  dbCpuMs: number;
  loadavg: number[];
}

/** CPU time (user + system) of a process so far, in ms, from /proc (Linux). */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}
const CLOCK_TICKS = 100;

/** CPU ms of every PostgreSQL backend connected to `db` (they are pooled: the same ones before and after a run). */
export async function backendCpu(db: string): Promise<Map<number, number>> {
  const c = new Client({ connectionString: dbUrl('postgres') });
  await c.connect();
  try {
    const pids = (await c.query('select pid from pg_stat_activity where datname = $1', [db])).rows.map((r) => r.pid as number);
    return new Map(pids.map((pid) => [pid, cpuMs(pid)]));
  } finally {
    await c.end();
  }
}
export function backendDelta(before: Map<number, number>, after: Map<number, number>): number {
  let sum = 0;
  for (const [pid, ms] of after) sum += ms - (before.get(pid) ?? 0);
  return sum;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function cannon(base: string, req: CaseRequest, connections: number, seconds: number, startAt: number): Promise<{ result: AutocannonResult; latencies: number[]; bodyErrors: number }> {
  let n = startAt;
  let bodyErrors = 0;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const inst = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        method: 'POST',
        headers: req.headers,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            path: req.path,
            headers: req.headers,
            setupRequest: (r) => ({ ...r, body: req.body(n++) }),
            onResponse: (status, body) => {
              if (status === 200 && body.includes('"errors"')) bodyErrors++;
            },
          },
        ],
      },
      (err, result) => (err ? reject(err) : resolve({ result, latencies, bodyErrors })),
    );
    inst.on('response', (_c, _s, _b, ms) => latencies.push(ms));
  });
}

/** Warm-up (discarded), sequential probes for the statement count, then the measurement. */
export async function runCase(
  server: Server,
  c: CaseId,
  req: CaseRequest,
  opts: { warmup: number; duration: number; connections: number; db: string; log?: (s: string) => void; profile?: string },
): Promise<RunResult> {
  const log = opts.log ?? (() => undefined);
  const probes = [];
  for (let i = 0; i < 5; i++) probes.push(await probe(server, req, 1_000_000 + i));
  const sql = probes.map((p) => p.statements).sort((a, b) => a - b)[2];
  if (opts.warmup > 0) await cannon(server.base, req, opts.connections, opts.warmup, 2_000_000);
  const cpu0 = cpuMs(server.child.pid!);
  const db0 = await backendCpu(opts.db);
  if (opts.profile) server.child.send({ profile: 'start' });
  const { result, latencies, bodyErrors } = await cannon(server.base, req, opts.connections, opts.duration, 3_000_000);
  if (opts.profile) await profileStop(server, opts.profile);
  const serverCpu = cpuMs(server.child.pid!) - cpu0;
  const dbCpu = backendDelta(db0, await backendCpu(opts.db));
  const after: number[] = [];
  for (let i = 0; i < 5; i++) after.push((await probe(server, req, 4_000_000 + i)).roundTrips);
  const roundTrips = after.sort((a, b) => a - b)[2];
  latencies.sort((a, b) => a - b);
  const r: RunResult = {
    target: server.target,
    case: c,
    connections: opts.connections,
    seconds: opts.duration,
    requests: latencies.length,
    rps: Math.round((latencies.length / opts.duration) * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    mean: Math.round((latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)) * 10) / 10,
    max: latencies[latencies.length - 1] ?? NaN,
    errors: result.errors + result.timeouts + bodyErrors,
    non2xx: result.non2xx,
    sqlPerRequest: sql,
    roundTripsPerRequest: roundTrips,
    responseBytes: probes[0].bytes,
    serverCpuMs: Math.round((serverCpu / Math.max(1, latencies.length)) * 100) / 100,
    dbCpuMs: Math.round((dbCpu / Math.max(1, latencies.length)) * 100) / 100,
    loadavg: (await import('node:os')).loadavg().map((x) => Math.round(x * 10) / 10),
  };
  log(
    `  ${server.target.padEnd(5)} ${CASE_TITLES[c].slice(0, 3)} ${r.rps} req/s  p50 ${r.p50} ms  p95 ${r.p95} ms  p99 ${r.p99} ms  sql/req ${r.sqlPerRequest} (${r.roundTripsPerRequest} trips)  cpu ${r.serverCpuMs}+${r.dbCpuMs} ms/req  errors ${r.errors + r.non2xx}  load ${r.loadavg[0]}`,
  );
  return r;
}

if (require.main === module) {
  const arg = (k: string, d: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d;
  (async () => {
    const db = arg('db', 'hub_bench_10k');
    const target = arg('target', 'hub') as Target;
    const c = arg('case', 'a') as CaseId;
    const fx = await fixture(db);
    const hub = target === 'hub' ? await startServer('hub', dbUrl(db)) : null;
    const tokensHub = hub ?? (await startServer('hub', dbUrl(db)));
    const tokens = { frontdesk: await login(tokensHub.base, 'frontdesk'), 'mediator.fuyang': await login(tokensHub.base, 'mediator.fuyang') };
    if (!hub) await tokensHub.stop();
    const server = hub ?? (await startServer(target, dbUrl(db)));
    try {
      const r = await runCase(server, c, requestFor(target, c, fx, tokens), {
        warmup: Number(arg('warmup', '10')),
        duration: Number(arg('duration', '20')),
        connections: Number(arg('connections', '10')),
        db,
        log: console.log,
        profile: process.argv.find((a) => a.startsWith('--profile='))?.slice(10),
      });
      console.log(JSON.stringify(r));
    } finally {
      await server.stop();
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
