/**
 * The hub as the benchmark runs it: a child process of bench/run-all.ts (or
 * bench/load.ts) started with `node -r @swc-node/register [--cpu-prof] bench/hub-server.ts
 * <database url>`. It is startHub() of src/server/app.ts with the configuration below,
 * on 127.0.0.1 and an ephemeral port, reported as { ready, port } over IPC.
 *
 * Configuration, and why:
 * - NODE_ENV=development: responses carry x-sql-statements (the only difference in the
 *   request path from production besides introspection and error details);
 * - LOG_LEVEL=warn: one pino line per request is not what is measured (the peer logs none);
 * - RATE_LIMIT_PER_MINUTE=0: the default 600/min per viewer would answer 429 under load;
 * - SWEEP_INTERVAL_MS=0: no deadline sweep in the middle of a measurement;
 * - DB_POOL_MAX=10 (the default), HUB_SEED_ON_START=false (the database is seeded).
 *
 * HUB_SRC=<dir> starts the app from another copy of src/ (to measure a proposed change
 * without editing src/). IPC { capture: true } starts recording the SQL the hub sends
 * (text and values, for EXPLAIN), { capture: false } answers { captured: [...] }.
 * IPC { profile: 'start' } / { profile: 'stop', file } takes a V8 CPU profile of the
 * measured interval only (no start-up, no warm-up), written as a .cpuprofile; IPC { heap: 'start' } /
 * { heap: 'stop', file } likewise a sampled allocation profile (.heapprofile) that keeps what the
 * collector freed, i.e. the garbage the requests made.
 */
import 'reflect-metadata';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import os from 'node:os';
import { join, resolve } from 'node:path';
import type { startHub as StartHub } from '../src/server/app';
import { watchSentStatements } from '../test/support/sent-statements';
import type { loadConfig as LoadConfig } from '../src/config';

async function main(): Promise<void> {
  const url = process.argv[2];
  if (!url) throw new Error('usage: bench/hub-server.ts <database url>');
  const src = resolve(process.env.HUB_SRC ?? join(__dirname, '..', 'src'));
  // Loaded at run time from HUB_SRC (the "after" copy of an A/B run), so not a static import.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startHub } = require(join(src, 'server', 'app')) as { startHub: typeof StartHub };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadConfig } = require(join(src, 'config')) as { loadConfig: typeof LoadConfig };
  const config = loadConfig({
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: url,
    HUB_DATA_DIR: mkdtempSync(join(os.tmpdir(), 'hub-bench-')),
    JWT_SECRET: 'bench-secret-0123456789abcdefghijklmnopqrstuvwxyz',
    LOG_LEVEL: process.env.HUB_LOG_LEVEL ?? 'warn',
    RATE_LIMIT_PER_MINUTE: '0',
    SWEEP_INTERVAL_MS: '0',
    HUB_SEED_ON_START: 'false',
    DB_POOL_MAX: process.env.HUB_POOL_MAX ?? '10',
    LOGIN_MAX_FAILURES_PER_IP: '100000',
  });
  const hub = await startHub(config);
  const knex = hub.orm.em.getConnection().getKnex();
  let captured: { text: string; values: unknown[] }[] | null = null;
  knex.on('query', (q: { sql: string; bindings?: unknown[] }) => {
    if (!captured) return;
    try {
      captured.push({ text: knex.raw(q.sql, (q.bindings ?? []) as never).toQuery(), values: [] });
    } catch {
      captured.push({ text: q.sql, values: [] });
    }
  });
  // querySql's statements (knex's own are seen by its query event above), one by one or pipelined;
  // watched from the first capture on, so that the measured requests pay nothing for it.
  let watching = false;
  const watch = () => {
    if (watching) return;
    watching = true;
    watchSentStatements(knex.client, (s) => {
      if (captured && !s.byKnex) captured.push({ text: s.text, values: s.values });
    });
  };
  let session: Session | null = null;
  const startSession = (start: (s: Session) => void) => {
    session = new Session();
    session.connect();
    start(session);
  };
  /** Stops the profiler `method` names, writes its profile to `file` and tells the parent. */
  const stopSession = (method: 'Profiler.stop' | 'HeapProfiler.stopSampling', file: string) => {
    const s = session!;
    s.post(method, (err, res) => {
      if (!err) writeFileSync(file, JSON.stringify((res as { profile: unknown }).profile));
      s.disconnect();
      session = null;
      process.send!({ profiled: file });
    });
  };
  process.on('message', (m: { stop?: boolean; capture?: boolean; profile?: 'start' | 'stop'; heap?: 'start' | 'stop'; file?: string }) => {
    // Every sampled allocation, also what the young and old collections freed: the garbage a request makes.
    if (m.heap === 'start')
      startSession((s) => s.post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never));
    else if (m.heap === 'stop' && session) stopSession('HeapProfiler.stopSampling', m.file!);
    if (m.profile === 'start') startSession((s) => s.post('Profiler.enable', () => s.post('Profiler.start')));
    else if (m.profile === 'stop' && session) stopSession('Profiler.stop', m.file!);
    if (m.capture === true) {
      watch();
      captured = [];
    } else if (m.capture === false) {
      process.send!({ captured: captured ?? [] });
      captured = null;
    }
    if (m.stop) {
      hub.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    }
  });
  process.send?.({ ready: true, port: hub.port });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
