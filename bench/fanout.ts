/**
 * Fan-out benchmark of live subscriptions (not a test).
 *
 *   node -r @swc-node/register bench/fanout.ts [--subscribers=1000] [--referrals=5] [--accounts=1] [--console] [--in-process]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node -r @swc-node/register bench/fanout.ts
 *
 * Starts a hub on loopback (embedded in-memory PGlite by default; with
 * DATABASE_URL, a fresh temporary database on that server, dropped at the end)
 * in a child process (default: the hub's memory is measured alone) or in this
 * process (--in-process: hub and clients share one event loop and one heap).
 * Opens N graphql-ws connections as mediator.fuyang (with --accounts=K, spread over K accounts of
 * 富阳区人民调解委员会: mediator.fuyang and K-1 handlers the admin creates), each with one
 * `referralUpdates` subscription, waits until the hub has registered all of
 * them (services.feed.subscriberCount), then makes `referrals` referrals to
 * 富阳区人民调解委员会 one after the other and measures, for every subscriber,
 * the time from the referDispute HTTP response (≈ the commit) to the arrival of
 * its CREATED payload. Memory per connection: the hub process's RSS and heap
 * delta (after GC) between "no connection" and "N subscribed", divided by N.
 * Stops by itself (hard limit: 10 minutes).
 */
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { loadConfig } from '../src/config';
import { startHub, type RunningHub } from '../src/server/app';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../src/core/db/embedded-postgres';
import { ReferralUpdatesDocument } from '../web/src/gql/graphql';

const HARD_LIMIT_MS = 10 * 60_000;
const CONNECT_BATCH = 100;
const PROFILE_DIR = join(os.tmpdir(), 'hub-fanout-profiles');

interface HubStats {
  rss: number;
  heapUsed: number;
  external: number;
  subscribers: number;
  gc: boolean;
  /** SQL statements the hub's ORM has run since it started. */
  statements: number;
  /** CPU time (user + system) of the hub process so far, ms: unlike wall time, barely inflated by other load on the machine. */
  cpuMs: number;
  /** Live payloads the hub executed, and deliveries that shared another subscriber's execution. */
  executed: number;
  shared: number;
}

// ---------------------------------------------------------------- the hub side

interface LocalHub {
  hub: RunningHub;
  embedded: EmbeddedPostgres | null;
}

let statements = 0;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function startLocalHub(databaseUrl: string | null): Promise<LocalHub> {
  const embedded = databaseUrl ? null : await startEmbeddedPostgres(null);
  const config = loadConfig({
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    HUB_DATA_DIR: mkdtempSync(join(os.tmpdir(), 'hub-bench-')),
    JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz',
    LOG_LEVEL: 'silent',
    SWEEP_INTERVAL_MS: '0',
    HUB_SEED_ON_START: 'true',
    RATE_LIMIT_PER_MINUTE: '0',
    // Every subscriber signs in as the same mediator (one subscription per connection): lift the per-viewer cap (default 50).
    SUBSCRIPTIONS_PER_VIEWER: '100000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const hub = await startHub(config, { embedded: embedded ?? undefined });
  hub.orm.em
    .getConnection()
    .getKnex()
    .on('query', () => statements++);
  return { hub, embedded };
}

/** Memory and subscriber count of this process; `collect`: full GC first (for the memory figures only: it is slow). */
function statsOf(hub: RunningHub, collect: boolean): HubStats {
  const gc = collect ? (globalThis as { gc?: () => void }).gc : undefined;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external, subscribers: hub.services.feed.subscriberCount, gc: !!gc, statements, cpuMs: cpuMs(), ...hub.liveExecutions };
}

/** The child: starts the hub and answers the parent over IPC. */
async function hubChild(): Promise<void> {
  const local = await startLocalHub(process.env.BENCH_HUB_DATABASE_URL || null);
  process.on('message', async (msg: { type: string; collect?: boolean }) => {
    if (msg.type === 'stats') process.send!({ type: 'stats', stats: statsOf(local.hub, !!msg.collect) });
    if (msg.type === 'stop') {
      await local.hub.stop();
      await local.embedded?.stop();
      process.send!({ type: 'stopped' }, undefined, {}, () => process.exit(0));
    }
  });
  process.send!({ type: 'ready', url: local.hub.url, wsUrl: local.hub.wsUrl, pid: process.pid });
}

// ---------------------------------------------------------------- the driver side

interface HubHandle {
  url: string;
  wsUrl: string;
  pid: number;
  stats(collect?: boolean): Promise<HubStats>;
  stop(): Promise<void>;
}

async function inProcessHub(databaseUrl: string | null): Promise<HubHandle> {
  const local = await startLocalHub(databaseUrl);
  return {
    url: local.hub.url,
    wsUrl: local.hub.wsUrl,
    pid: process.pid,
    stats: async (collect = false) => statsOf(local.hub, collect),
    async stop() {
      await local.hub.stop();
      await local.embedded?.stop();
    },
  };
}

async function childHub(databaseUrl: string | null): Promise<HubHandle> {
  const child: ChildProcess = fork(__filename, ['--hub-child'], {
    // As `npm start` runs the hub (young-generation semi-space 64 MB). --profile: a V8 CPU profile of
    // the hub process (written when it exits), to see where fan-out time goes.
    execArgv: ['--expose-gc', '--max-semi-space-size=64', ...(process.argv.includes('--profile') ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []), '-r', '@swc-node/register'],
    env: { ...process.env, BENCH_HUB_DATABASE_URL: databaseUrl ?? '' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiters: ((msg: { type: string; [k: string]: unknown }) => boolean)[] = [];
  child.on('message', (msg: { type: string }) => {
    const i = waiters.findIndex((w) => w(msg));
    if (i >= 0) waiters.splice(i, 1);
  });
  const next = <T>(type: string): Promise<T> =>
    new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`hub child exited (${code}) while waiting for ${type}`));
      child.once('exit', onExit);
      waiters.push((msg) => {
        if (msg.type !== type) return false;
        child.off('exit', onExit);
        resolve(msg as T);
        return true;
      });
    });
  const ready = await next<{ url: string; wsUrl: string; pid: number }>('ready');
  return {
    url: ready.url,
    wsUrl: ready.wsUrl,
    pid: ready.pid,
    async stats(collect = false) {
      const reply = next<{ stats: HubStats }>('stats');
      child.send({ type: 'stats', collect });
      return (await reply).stats;
    },
    async stop() {
      const done = next('stopped');
      child.send({ type: 'stop' });
      await done;
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    },
  };
}

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function login(url: string, username: string, password = 'demo-password'): Promise<string> {
  const d = await post<{ login: { token?: string } }>(url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { ... on Session { token } } }', {
    u: username,
    p: password,
  });
  if (!d.login.token) throw new Error(`login ${username} failed`);
  return d.login.token;
}

/** `count` new HANDLER accounts of the organization, created by the admin, each signed in with a password of its own: their tokens. */
async function handlersOf(url: string, organizationId: string, count: number): Promise<string[]> {
  if (count <= 0) return [];
  const admin = await login(url, 'admin');
  const run = randomBytes(3).toString('hex');
  const one = async (i: number) => {
    const username = `bench.${run}.${i}`;
    const created = await post<{ createUser: { oneTimePassword?: string } }>(
      url,
      'mutation($input: CreateUserInput!) { createUser(input: $input) { ... on UserCredentials { oneTimePassword } } }',
      { input: { username, displayName: `调解员${i}`, roles: ['HANDLER'], organizationId } },
      admin,
    );
    if (!created.createUser.oneTimePassword) throw new Error(`createUser ${username} failed`);
    const first = await login(url, username, created.createUser.oneTimePassword);
    const changed = await post<{ changePassword: { token?: string } }>(
      url,
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { ... on Session { token } } }',
      { c: created.createUser.oneTimePassword, n: `bench-password-${run}-${i}` },
      first,
    );
    if (!changed.changePassword.token) throw new Error(`changePassword ${username} failed`);
    return changed.changePassword.token;
  };
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 10) tokens.push(...(await Promise.all(Array.from({ length: Math.min(10, count - i) }, (_, j) => one(i + j)))));
  return tokens;
}

const SUBSCRIPTION = 'subscription { referralUpdates { type cursor referral { id status toOrganization { name } } } }';
/** The handler console's own (web/src/routes/handler/documents.ts), with --console: it reads the dispute too. */
const CONSOLE_SUBSCRIPTION = print(ReferralUpdatesDocument);

interface Subscriber {
  client: Client;
  dispose: () => void;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const ms = (x: number) => Math.round(x * 10) / 10;

async function waitFor(cond: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function createDatabase(server: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hub_bench_${randomBytes(4).toString('hex')}`;
  const admin = new PgClient({ connectionString: server });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new PgClient({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    },
  };
}

async function main(): Promise<void> {
  const arg = (name: string, dflt: number) => {
    const a = process.argv.find((x) => x.startsWith(`--${name}=`));
    return a ? Number(a.split('=')[1]) : dflt;
  };
  const n = arg('subscribers', 1000);
  const referrals = arg('referrals', 5);
  const accounts = arg('accounts', 1);
  const inProcess = process.argv.includes('--in-process');
  const server = process.env.DATABASE_URL || null;
  const limit = setTimeout(() => {
    process.stderr.write(`fanout benchmark: gave up after ${HARD_LIMIT_MS / 60000} minutes\n`);
    process.exit(2);
  }, HARD_LIMIT_MS);
  limit.unref();

  const db = server ? await createDatabase(server) : null;
  const started = performance.now();
  const hub = inProcess ? await inProcessHub(db?.url ?? null) : await childHub(db?.url ?? null);
  const subscribers: Subscriber[] = [];
  try {
    console.log(
      `hub up in ${ms(performance.now() - started)} ms (${inProcess ? 'same process' : `child pid ${hub.pid}`}, ${server ? 'PostgreSQL (temporary database)' : 'PGlite in memory'}); ${n} subscribers on ${accounts} account(s), ${referrals} referrals`,
    );
    const frontdesk = await login(hub.url, 'frontdesk');
    const mediator = await login(hub.url, 'mediator.fuyang');
    const orgs = await post<{ organizations: { id: string; name: string }[] }>(hub.url, '{ organizations { id name } }', {});
    const fuyang = orgs.organizations.find((o) => o.name === '富阳区人民调解委员会')!.id;
    const tokens = [mediator, ...(await handlersOf(hub.url, fuyang, accounts - 1))];

    const register = async () =>
      (
        await post<{ registerDispute: { id: string } }>(
          hub.url,
          'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { ... on Dispute { id } } }',
          {
            input: {
              title: '相邻通行纠纷',
              facts: '双方因院落通道使用问题发生争执，申请人请求调解。',
              category: 'NEIGHBORHOOD',
              region: '富阳区',
              source: 'WALK_IN',
              parties: [
                { role: 'APPLICANT', kind: 'PERSON', name: '李四' },
                { role: 'RESPONDENT', kind: 'PERSON', name: '王五' },
              ],
            },
          },
          frontdesk,
        )
      ).registerDispute.id;
    const refer = async (disputeId: string) =>
      (
        await post<{ referDispute: { id: string } }>(
          hub.url,
          'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { ... on Referral { id } } }',
          { input: { disputeId, toOrganizationId: fuyang, channel: 'MEDIATION', kind: 'TRANSFER', reason: '属地调解' } },
          frontdesk,
        )
      ).referDispute.id;

    // Warm-up with nobody subscribed: JIT, statement paths, pools.
    for (let i = 0; i < 3; i++) await refer(await register());
    await new Promise((r) => setTimeout(r, 500));

    const base = await hub.stats(true);
    const baseLocal = process.memoryUsage();

    // Receipt times: referral id → arrival time per subscriber index.
    const arrivals = new Map<string, Float64Array>();
    const counts = new Map<string, number>();
    const onAll = new Map<string, () => void>();
    const expect = (referralId: string) => {
      if (!arrivals.has(referralId)) {
        arrivals.set(referralId, new Float64Array(n).fill(NaN));
        counts.set(referralId, 0);
      }
    };
    let errors = 0;
    const connectStart = performance.now();
    for (let from = 0; from < n; from += CONNECT_BATCH) {
      const batch = Math.min(CONNECT_BATCH, n - from);
      for (let j = 0; j < batch; j++) {
        const index = from + j;
        const client = createClient({
          url: hub.wsUrl,
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${tokens[index % tokens.length]}` },
          lazy: false,
          retryAttempts: 0,
          onNonLazyError: () => errors++,
        });
        const dispose = client.subscribe<{ referralUpdates: { type: string; referral: { id: string } } }>(
          { query: process.argv.includes('--console') ? CONSOLE_SUBSCRIPTION : SUBSCRIPTION },
          {
            next: (value) => {
              const at = performance.now();
              const u = value.data?.referralUpdates;
              if (!u || u.type !== 'CREATED') return;
              expect(u.referral.id);
              const times = arrivals.get(u.referral.id)!;
              if (Number.isNaN(times[index])) {
                times[index] = at;
                const c = counts.get(u.referral.id)! + 1;
                counts.set(u.referral.id, c);
                if (c === n) onAll.get(u.referral.id)?.();
              }
            },
            error: () => errors++,
            complete: () => undefined,
          },
        );
        subscribers.push({ client, dispose });
      }
      await waitFor(async () => (await hub.stats()).subscribers >= from + batch, 120_000, `${from + batch} subscriptions registered`);
    }
    const connectMs = performance.now() - connectStart;
    const subscribed = await hub.stats(true);
    const subscribedLocal = process.memoryUsage();
    console.log(`${n} connections subscribed in ${ms(connectMs)} ms; hub subscriberCount = ${subscribed.subscribers}; client errors: ${errors}`);

    interface Round {
      round: number;
      referMs: number;
      p50: number;
      p99: number;
      max: number;
      min: number;
      allMs: number;
      fromRequestP50: number;
      sqlStatements: number;
      hubCpuMs: number;
      executed: number;
      shared: number;
    }
    const rounds: Round[] = [];
    for (let r = 1; r <= referrals; r++) {
      const disputeId = await register();
      const before = await hub.stats();
      const t0 = performance.now();
      const referralId = await refer(disputeId);
      const t1 = performance.now();
      expect(referralId);
      const done = new Promise<void>((resolve) => {
        if (counts.get(referralId) === n) resolve();
        else onAll.set(referralId, resolve);
      });
      await Promise.race([done, new Promise((_, reject) => setTimeout(() => reject(new Error(`round ${r}: only ${counts.get(referralId)} of ${n} received in 60 s`)), 60_000))]);
      const after = await hub.stats();
      const times = Array.from(arrivals.get(referralId)!);
      const fromResponse = times.map((x) => x - t1).sort((a, b) => a - b);
      const fromRequest = times.map((x) => x - t0).sort((a, b) => a - b);
      const round = {
        round: r,
        referMs: ms(t1 - t0),
        min: ms(fromResponse[0]),
        p50: ms(percentile(fromResponse, 50)),
        p99: ms(percentile(fromResponse, 99)),
        max: ms(fromResponse[fromResponse.length - 1]),
        allMs: ms(fromResponse[fromResponse.length - 1]),
        fromRequestP50: ms(percentile(fromRequest, 50)),
        sqlStatements: after.statements - before.statements,
        hubCpuMs: ms(after.cpuMs - before.cpuMs),
        executed: after.executed - before.executed,
        shared: after.shared - before.shared,
      };
      rounds.push(round);
      console.log(
        `referral ${r}: refer HTTP ${round.referMs} ms; response → receipt over ${n} subscribers: min ${round.min}, p50 ${round.p50}, p99 ${round.p99}, max ${round.max} ms (request → receipt p50 ${round.fromRequestP50} ms); SQL statements for the referral and its fan-out: ${round.sqlStatements}, payloads executed ${round.executed} (shared ${round.shared}), hub CPU ${round.hubCpuMs} ms${inProcess ? ' (incl. clients)' : ''}`,
      );
      await new Promise((res) => setTimeout(res, 500));
    }
    const afterAll = await hub.stats(true);

    const perConn = (a: number, b: number) => kb((a - b) / n);
    const summary = {
      machine: { nproc: os.availableParallelism?.() ?? os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, loadavg: os.loadavg().map((x) => Math.round(x * 100) / 100) },
      mode: inProcess ? 'in-process' : 'child-process',
      database: server ? 'postgresql' : 'pglite',
      subscribers: n,
      connectMs: ms(connectMs),
      hubCpuPerConnectionMs: Math.round(((subscribed.cpuMs - base.cpuMs) / n) * 100) / 100,
      gcBeforeMeasuring: subscribed.gc,
      hubMemory: {
        baseRssMB: mb(base.rss),
        subscribedRssMB: mb(subscribed.rss),
        rssPerConnectionKB: perConn(subscribed.rss, base.rss),
        heapPerConnectionKB: perConn(subscribed.heapUsed, base.heapUsed),
        externalPerConnectionKB: perConn(subscribed.external, base.external),
        afterDeliveriesRssMB: mb(afterAll.rss),
        subscribedHeapMB: mb(subscribed.heapUsed),
        afterDeliveriesHeapMB: mb(afterAll.heapUsed),
      },
      driverMemory: inProcess ? null : { rssPerConnectionKB: perConn(subscribedLocal.rss, baseLocal.rss), heapPerConnectionKB: perConn(subscribedLocal.heapUsed, baseLocal.heapUsed) },
      rounds,
      clientErrors: errors,
    };
    console.log(JSON.stringify(summary, null, 2));

    // Tear down: every subscription must be released on the hub.
    const closeStart = performance.now();
    await Promise.all(subscribers.splice(0).map((s) => s.client.dispose()));
    await waitFor(async () => (await hub.stats()).subscribers === 0, 30_000, 'all subscriptions released');
    console.log(`all ${n} connections closed and released on the hub in ${ms(performance.now() - closeStart)} ms`);
    if (process.argv.includes('--profile') && !inProcess) console.log(`hub CPU profile: ${PROFILE_DIR}`);
  } finally {
    await Promise.all(subscribers.map((s) => s.client.dispose()));
    await hub.stop();
    await db?.drop();
  }
}

if (process.argv.includes('--hub-child')) {
  hubChild().catch((err) => {
    process.stderr.write(`hub child failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  });
} else {
  main().then(
    () => process.exit(0),
    (err) => {
      process.stderr.write(`fanout benchmark failed: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
