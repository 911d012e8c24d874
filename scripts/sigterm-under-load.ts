// SIGTERM under load: the real server (src/server/main.ts) as a child process on
// a fresh database of the given PostgreSQL server, a bounded load of
// registerDispute mutations (distinct idempotency keys), and a SIGTERM in the
// middle of it. Checks that
//   - every acknowledged write (a response carrying a Dispute) is in the database,
//   - every request sent before the SIGTERM was answered completely and successfully
//     (in-flight requests are drained, not cut off),
//   - requests sent after it are either served or cleanly refused (connection refused; a
//     reset only where a request raced the close of an idle keep-alive connection, and then
//     nothing of it may have been committed),
//   - nothing hangs, no error is logged, and the process exits 0 within the 20 s deadline.
// Prints a JSON summary; exit status 0 when every check holds. A failed run keeps the
// server's output in a file named in the summary (serverLog).
//
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//     node -r @swc-node/register scripts/sigterm-under-load.ts
//
// Knobs (environment): LOAD_CONCURRENCY (8), LOAD_MS (3000), SIGTERM_AFTER_MS (1500).
// It creates and drops its own database; it never stops the server it is given.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { neighbourhoodDispute } from '../test/support/fixtures';

/** The administrator the production start creates from HUB_BOOTSTRAP_ADMIN_* (no demo account exists there). */
const OPERATOR = { username: 'operator', password: `Sigterm-${randomBytes(9).toString('base64url')}` };

export interface LoadOptions {
  /** A PostgreSQL server URL (any database on it): a fresh database is created there and dropped after. */
  serverUrl: string;
  concurrency?: number;
  loadMs?: number;
  sigtermAfterMs?: number;
  /** Where progress lines go (default: stderr). */
  log?: (line: string) => void;
}

type Outcome =
  | 'ack' // a Dispute: the write is acknowledged
  | 'business-error' // a typed error result (ValidationError, ...)
  | 'graphql-error' // errors[] in a JSON body
  | 'http-error' // a non-JSON or unexpected HTTP answer
  | 'refused' // ECONNREFUSED: the server no longer listens
  | 'reset' // the connection dropped without a complete answer
  | 'timeout'; // no answer at all in time

interface RequestRecord {
  loop: number;
  key: string;
  /** The dispute code in an acknowledgement. */
  code: string | null;
  sentAt: number;
  doneAt: number;
  outcome: Outcome;
  status: number | null;
  detail: string;
}

export interface LoadSummary {
  ok: boolean;
  failures: string[];
  database: string;
  startupMs: number;
  requests: number;
  outcomes: Partial<Record<Outcome, number>>;
  sentBeforeSigterm: number;
  /** Sent before the SIGTERM and answered after it: the requests the drain had to finish. */
  inFlightAtSigterm: number;
  inFlightAcked: number;
  sentAfterSigterm: number;
  sentAfterSigtermServed: number;
  /** Sent after it on a keep-alive connection the drain was closing: reset, nothing committed. */
  sentAfterSigtermReset: number;
  acknowledged: number;
  acknowledgedInDatabase: number;
  /** Not acknowledged (error, reset, ...) yet committed: harmless, a retry with the key replays it. */
  unacknowledgedButCommitted: number;
  exitCode: number | null;
  exitSignal: string | null;
  exitMsAfterSigterm: number | null;
  /** First refused connection after the SIGTERM: when the listener closed. */
  firstRefusalMsAfterSigterm: number | null;
  serverErrorLogs: string[];
  /** The server's output, written to a file when the run failed. */
  serverLog: string | null;
  totalMs: number;
}

const SHUTDOWN_DEADLINE_MS = 20_000;
const REQUEST_TIMEOUT_MS = 25_000;
const REGISTER = `mutation Register($input: RegisterDisputeInput!) {
  registerDispute(input: $input) { __typename ... on Dispute { id code status } ... on ErrorResult { errorCode: code message } }
}`;

function post(agent: Agent, url: URL, body: unknown, token?: string): Promise<{ status: number; json: any; raw: string }> {
  const payload = Buffer.from(JSON.stringify(body));
  return new Promise((resolvePost, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': payload.length, ...(token ? { authorization: `Bearer ${token}` } : {}) },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('aborted', () => reject(Object.assign(new Error('response aborted'), { code: 'ECONNRESET' })));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let json: unknown = undefined;
          try {
            json = JSON.parse(raw);
          } catch {
            // left undefined: classified as http-error
          }
          resolvePost({ status: res.statusCode ?? 0, json, raw });
        });
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', reject);
    req.end(payload);
  });
}

function classifyError(e: unknown): { outcome: Outcome; detail: string } {
  const code = (e as { code?: string }).code ?? '';
  const message = (e as Error).message ?? String(e);
  if (code === 'ECONNREFUSED') return { outcome: 'refused', detail: code };
  if (code === 'ETIMEDOUT') return { outcome: 'timeout', detail: message };
  return { outcome: 'reset', detail: `${code} ${message}`.trim() };
}

async function withAdmin<T>(serverUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: serverUrl, application_name: 'sigterm-under-load' });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export async function runSigtermUnderLoad(options: LoadOptions): Promise<LoadSummary> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const concurrency = options.concurrency ?? 8;
  const loadMs = options.loadMs ?? 3000;
  const sigtermAfterMs = options.sigtermAfterMs ?? Math.round(loadMs / 2);
  const started = Date.now();
  const failures: string[] = [];
  const root = resolve(__dirname, '..');

  const database = `hub_sigterm_${randomBytes(4).toString('hex')}`;
  await withAdmin(options.serverUrl, (c) => c.query(`create database "${database}"`));
  const dbUrl = new URL(options.serverUrl);
  dbUrl.pathname = `/${database}`;
  dbUrl.search = '';
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-sigterm-'));

  let child: ChildProcess | null = null;
  let exited: Promise<{ code: number | null; signal: string | null; at: number }> | null = null;
  try {
    child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/server/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        JWT_SECRET: randomBytes(36).toString('base64url'),
        DATABASE_URL: dbUrl.toString(),
        DB_POOL_MAX: '10',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        HUB_DATA_DIR: dataDir,
        // Production seeds no demo account: sign in as the bootstrap administrator (ADMIN may register disputes).
        HUB_SEED_ON_START: 'false',
        HUB_DEMO_DISPUTES: 'false',
        HUB_BOOTSTRAP_ADMIN_USERNAME: OPERATOR.username,
        HUB_BOOTSTRAP_ADMIN_PASSWORD: OPERATOR.password,
        RATE_LIMIT_PER_MINUTE: '0',
        ...(process.env.NODE_OPTIONS ? { NODE_OPTIONS: process.env.NODE_OPTIONS } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const proc = child;
    exited = new Promise((res) => proc.once('exit', (code, signal) => res({ code, signal, at: Date.now() })));

    const serverErrorLogs: string[] = [];
    const logLines: { msg?: string; level?: number; url?: string }[] = [];
    let stderr = '';
    const rawOut: string[] = [];
    proc.stderr!.on('data', (d) => {
      stderr += d;
      rawOut.push(`[stderr ${Date.now()}] ${d}`);
    });
    const listening = new Promise<string>((resolveUrl, reject) => {
      createInterface({ input: proc.stdout! }).on('line', (line) => {
        rawOut.push(line);
        let entry: { msg?: string; level?: number; url?: string; err?: { message?: string } };
        try {
          entry = JSON.parse(line);
        } catch {
          // Not one of pino's lines: something wrote to stdout directly.
          serverErrorLogs.push(`(non-JSON stdout) ${line}`);
          return;
        }
        logLines.push(entry);
        if ((entry.level ?? 0) >= 50) serverErrorLogs.push(`${entry.msg}${entry.err?.message ? `: ${entry.err.message}` : ''}`);
        if (entry.msg === 'dispute hub listening' && entry.url) resolveUrl(entry.url);
      });
      void exited!.then((e) => reject(new Error(`the server exited before listening (code ${e.code}, signal ${e.signal}):\n${stderr}`)));
      setTimeout(() => reject(new Error(`the server did not log "dispute hub listening" within 45 s:\n${stderr}`)), 45_000).unref();
    });
    const url = new URL(await listening);
    const startupMs = Date.now() - started;
    log(`server listening at ${url} after ${startupMs} ms (pid ${proc.pid})`);

    const agent = new Agent({ keepAlive: true, maxSockets: concurrency + 2 });
    const login = await post(agent, url, {
      query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on Session { token } } }',
      variables: { u: OPERATOR.username, p: OPERATOR.password },
    });
    const token: string | undefined = login.json?.data?.login?.token;
    if (!token) throw new Error(`login failed: HTTP ${login.status} ${login.raw.slice(0, 300)}`);

    // The load: `concurrency` loops, each one registerDispute after another, until loadMs is over.
    const records: RequestRecord[] = [];
    let t0 = Date.now();
    let sigtermAt: number | null = null;
    const runId = randomBytes(3).toString('hex');
    const loop = async (n: number, warmUp = false) => {
      for (let i = 0; warmUp ? i < 1 : Date.now() - t0 < loadMs; i++) {
        const key = `sigterm-${runId}-${n}-${warmUp ? 'w' : i}`;
        const sentAt = Date.now();
        let outcome: Outcome;
        let status: number | null = null;
        let detail = '';
        let code: string | null = null;
        try {
          const res = await post(agent, url, { query: REGISTER, variables: { input: neighbourhoodDispute('富阳区', { idempotencyKey: key }) } }, token);
          status = res.status;
          const result = res.json?.data?.registerDispute;
          if (result?.__typename === 'Dispute') {
            outcome = 'ack';
            code = result.code;
          } else if (result?.__typename) {
            outcome = 'business-error';
            detail = `${result.__typename}: ${result.message}`;
          } else if (res.json?.errors) {
            outcome = 'graphql-error';
            detail = JSON.stringify(res.json.errors).slice(0, 300);
          } else {
            outcome = 'http-error';
            detail = res.raw.slice(0, 300);
          }
        } catch (e) {
          ({ outcome, detail } = classifyError(e));
        }
        records.push({ loop: n, key, code, sentAt, doneAt: Date.now(), outcome, status, detail });
        // The listener is closed: every further attempt would be refused too.
        if (outcome === 'refused') return;
      }
    };
    // One round first, so that the timed load meets a warmed-up server (compiled code, open pool).
    await Promise.all(Array.from({ length: concurrency }, (_, n) => loop(n, true)));
    t0 = Date.now();
    const loops = Array.from({ length: concurrency }, (_, n) => loop(n));
    const signal = new Promise<void>((res) =>
      setTimeout(() => {
        sigtermAt = Date.now();
        proc.kill('SIGTERM');
        log(`SIGTERM sent ${sigtermAt - t0} ms into the load (${records.length} answers so far, warm-up included)`);
        res();
      }, sigtermAfterMs),
    );
    await signal;
    await Promise.all(loops);
    agent.destroy();

    // The exit: code 0 within the deadline (plus a little slack for the measurement).
    const exit = await Promise.race([exited, new Promise<null>((res) => setTimeout(() => res(null), SHUTDOWN_DEADLINE_MS + 5_000).unref())]);
    const exitMs = exit ? exit.at - sigtermAt! : null;
    if (!exit) failures.push(`the server did not exit within ${SHUTDOWN_DEADLINE_MS + 5_000} ms of SIGTERM`);
    else {
      if (exit.code !== 0) failures.push(`the server exited with code ${exit.code} (signal ${exit.signal}), not 0`);
      if (exitMs! > SHUTDOWN_DEADLINE_MS) failures.push(`the server took ${exitMs} ms to exit, over the ${SHUTDOWN_DEADLINE_MS} ms deadline`);
      if (!logLines.some((l) => l.msg === 'dispute hub stopped')) failures.push('no "dispute hub stopped" log line');
    }

    // Acknowledged writes are durable: look every key up after the process is gone.
    const keys = records.map((r) => r.key);
    const committedCodes = new Map(
      await withAdmin(dbUrl.toString(), async (c) =>
        (await c.query<{ k: string; code: string }>('select idempotency_key as k, code from dispute where idempotency_key = any($1)', [keys])).rows.map((r) => [r.k, r.code] as const),
      ),
    );
    const committed = new Set(committedCodes.keys());
    const acked = records.filter((r) => r.outcome === 'ack');
    // Stored, and the very dispute the client was told about.
    const lost = acked.filter((r) => committedCodes.get(r.key) !== r.code);
    if (lost.length)
      failures.push(
        `${lost.length} acknowledged writes are not in the database: ${lost
          .slice(0, 5)
          .map((r) => r.key)
          .join(', ')}`,
      );

    const T = sigtermAt!;
    const before = records.filter((r) => r.sentAt < T);
    const inFlight = before.filter((r) => r.doneAt >= T);
    const after = records.filter((r) => r.sentAt >= T);
    // Sent before the SIGTERM: the server had them; it must finish them, successfully.
    for (const r of before.filter((x) => x.outcome !== 'ack')) {
      failures.push(`request ${r.key} sent ${T - r.sentAt} ms before SIGTERM ended ${r.outcome} after ${r.doneAt - r.sentAt} ms: ${r.detail}`);
    }
    // Sent after it: served, or refused at the door (connection refused; or, for a request that
    // raced the close of an idle keep-alive connection, a reset, provided nothing of it was
    // committed). Never hung, never a server error, never a write whose answer was dropped.
    const refusedCleanly = (r: RequestRecord) => r.outcome === 'refused' || (r.outcome === 'reset' && !committed.has(r.key));
    for (const r of after.filter((x) => x.outcome !== 'ack' && !refusedCleanly(x))) {
      failures.push(`request ${r.key} sent ${r.sentAt - T} ms after SIGTERM ended ${r.outcome}${committed.has(r.key) ? ' (yet committed)' : ''} after ${r.doneAt - r.sentAt} ms: ${r.detail}`);
    }
    if (!inFlight.length) failures.push('no request was in flight at SIGTERM: the test did not exercise the drain');
    if (!before.length) failures.push('no request before SIGTERM');
    if (serverErrorLogs.length) failures.push(`server logged errors: ${serverErrorLogs.slice(0, 5).join(' | ')}`);

    const outcomes: Partial<Record<Outcome, number>> = {};
    for (const r of records) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
    // The server's own output is kept for a failed run only.
    let serverLog: string | null = null;
    if (failures.length) {
      serverLog = join(tmpdir(), `${database}.server.log`);
      writeFileSync(serverLog, rawOut.join('\n') + '\n');
    }
    const firstRefusal = after.filter((r) => r.outcome === 'refused').sort((a, b) => a.doneAt - b.doneAt)[0];
    return {
      ok: failures.length === 0,
      failures,
      database,
      startupMs,
      requests: records.length,
      outcomes,
      sentBeforeSigterm: before.length,
      inFlightAtSigterm: inFlight.length,
      inFlightAcked: inFlight.filter((r) => r.outcome === 'ack').length,
      sentAfterSigterm: after.length,
      sentAfterSigtermServed: after.filter((r) => r.outcome === 'ack').length,
      sentAfterSigtermReset: after.filter((r) => r.outcome === 'reset').length,
      acknowledged: acked.length,
      acknowledgedInDatabase: acked.length - lost.length,
      unacknowledgedButCommitted: records.filter((r) => r.outcome !== 'ack' && committed.has(r.key)).length,
      exitCode: exit?.code ?? null,
      exitSignal: exit?.signal ?? null,
      exitMsAfterSigterm: exitMs,
      firstRefusalMsAfterSigterm: firstRefusal ? firstRefusal.doneAt - T : null,
      serverErrorLogs,
      serverLog,
      totalMs: Date.now() - started,
    };
  } finally {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
    await withAdmin(options.serverUrl, (c) => c.query(`drop database if exists "${database}" with (force)`)).catch((e) => log(`could not drop ${database}: ${(e as Error).message}`));
  }
}

if (require.main === module) {
  const serverUrl = process.env.TEST_DATABASE_URL || process.argv[2];
  if (!serverUrl) {
    process.stderr.write('usage: TEST_DATABASE_URL=postgres://... node -r @swc-node/register scripts/sigterm-under-load.ts\n');
    process.exit(2);
  }
  const int = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  runSigtermUnderLoad({ serverUrl, concurrency: int('LOAD_CONCURRENCY'), loadMs: int('LOAD_MS'), sigtermAfterMs: int('SIGTERM_AFTER_MS') }).then(
    (summary) => {
      process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      process.stdout.write(summary.ok ? 'PASS: SIGTERM under load\n' : `FAIL: SIGTERM under load\n  - ${summary.failures.join('\n  - ')}\n`);
      process.exit(summary.ok ? 0 : 1);
    },
    (e) => {
      process.stderr.write(`sigterm-under-load failed: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
