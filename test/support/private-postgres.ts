import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A PostgreSQL server of a test's own: initdb into a temporary directory,
 * started on a free loopback port with its socket in that directory, so that
 * a test may stop and start it at will without touching any shared server.
 *
 * initdb and postgres refuse to run as root; when the test runs as root the
 * directory is handed to the `postgres` system user and the binaries run as
 * that user (spawn's uid/gid, no shell involved).
 */
export interface PrivatePostgres {
  /** The loopback TCP port, the same across stop/start. */
  readonly port: number;
  /** The temporary directory holding the cluster, its socket and its log. */
  readonly dir: string;
  /** postgres://postgres@127.0.0.1:PORT/<database> (trust authentication). */
  url(database?: string): string;
  /** Whether this object started the server and has not stopped it. */
  readonly running: boolean;
  /** Starts the (stopped) server again on the same port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Stops the server (`pg_ctl stop -m <mode>`), waiting until it is gone. */
  stop(mode?: 'smart' | 'fast' | 'immediate'): Promise<void>;
  /** Stops the server if running and deletes the directory. Safe to call twice. */
  destroy(): Promise<void>;
  /** The server log so far (for failure messages). */
  log(): string;
}

export type Availability = { ok: true; binDir: string; runAs: { uid: number; gid: number } | null } | { ok: false; reason: string };

const SETTINGS = [
  "listen_addresses = '127.0.0.1'",
  'max_connections = 40',
  'shared_buffers = 16MB',
  // A throwaway cluster: durability buys nothing here and costs seconds.
  'fsync = off',
  'synchronous_commit = off',
  'full_page_writes = off',
  "log_min_messages = 'warning'",
  "log_line_prefix = '%m [%p] %a '",
];

function findBinDir(): string | null {
  const candidates: string[] = [];
  if (process.env.PG_BIN_DIR) candidates.push(process.env.PG_BIN_DIR);
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    const versions = readdirSync(base)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(base, v, 'bin')));
  }
  return candidates.find((d) => ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(d, b)))) ?? null;
}

function systemUser(name: string): { uid: number; gid: number } | null {
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const f = line.split(':');
      if (f[0] === name && f.length >= 4) return { uid: Number(f[2]), gid: Number(f[3]) };
    }
  } catch {
    // no /etc/passwd: not a system we know how to handle
  }
  return null;
}

/** Whether a private PostgreSQL can be started here; `reason` says why not. */
export function privatePostgresAvailability(): Availability {
  const binDir = findBinDir();
  if (!binDir) return { ok: false, reason: 'no PostgreSQL server binaries (initdb, pg_ctl, postgres) under /usr/lib/postgresql/*/bin or PG_BIN_DIR' };
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return { ok: true, binDir, runAs: null };
  const pgUser = systemUser('postgres');
  if (!pgUser || pgUser.uid === 0) return { ok: false, reason: 'running as root and there is no unprivileged "postgres" user to run initdb as' };
  return { ok: true, binDir, runAs: pgUser };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], runAs: { uid: number; gid: number } | null, home: string, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      ...(runAs ? { uid: runAs.uid, gid: runAs.gid } : {}),
      cwd: home,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

const live = new Set<{ binDir: string; dataDir: string; dir: string; runAs: { uid: number; gid: number } | null }>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // Last resort when a test process exits without destroy(): no server may outlive it.
  process.once('exit', () => {
    for (const c of live) {
      spawnSync(join(c.binDir, 'pg_ctl'), ['-D', c.dataDir, '-m', 'immediate', '-w', '-t', '10', 'stop'], {
        ...(c.runAs ? { uid: c.runAs.uid, gid: c.runAs.gid } : {}),
        cwd: c.dir,
        stdio: 'ignore',
      });
      rmSync(c.dir, { recursive: true, force: true });
    }
  });
}

/**
 * initdb + start. Throws when unavailable (check privatePostgresAvailability() first to skip).
 * `databases` are created after the first start.
 */
export async function startPrivatePostgres(options: { databases?: string[] } = {}): Promise<PrivatePostgres> {
  const avail = privatePostgresAvailability();
  if (!avail.ok) throw new Error(`cannot start a private PostgreSQL: ${avail.reason}`);
  const { binDir, runAs } = avail;
  const dir = mkdtempSync(join(tmpdir(), 'hub-private-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const record = { binDir, dataDir, dir, runAs };
  installExitHook();
  if (runAs) chownSync(dir, runAs.uid, runAs.gid);

  const initdb = await run(join(binDir, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions'], runAs, dir, 60_000);
  if (initdb.code !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`initdb failed (exit ${initdb.code}):\n${initdb.output}`);
  }
  // The socket stays in our directory: nothing of the machine's own servers is touched.
  appendFileSync(join(dataDir, 'postgresql.conf'), `\n# private test server\n${SETTINGS.join('\n')}\nunix_socket_directories = '${dir}'\n`);

  let port = 0;
  let running = false;
  const pgCtl = (args: string[], timeoutMs = 60_000) => run(join(binDir, 'pg_ctl'), ['-D', dataDir, ...args], runAs, dir, timeoutMs);
  const startOn = async (p: number) => {
    const r = await pgCtl(['-l', logFile, '-w', '-t', '30', '-o', `-p ${p}`, 'start']);
    if (r.code !== 0) throw new Error(`pg_ctl start on port ${p} failed (exit ${r.code}):\n${r.output}\n${readLog()}`);
    running = true;
    live.add(record);
  };
  const readLog = () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');

  // Another process may take the port between probing and binding: try a few.
  let lastError: unknown;
  for (let attempt = 0; attempt < 4 && !running; attempt++) {
    const p = await freePort();
    try {
      await startOn(p);
      port = p;
    } catch (e) {
      lastError = e;
    }
  }
  if (!running) {
    rmSync(dir, { recursive: true, force: true });
    throw lastError;
  }

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  for (const name of options.databases ?? []) {
    const c = new Client({ connectionString: url() });
    await c.connect();
    try {
      await c.query(`create database "${name.replace(/"/g, '""')}"`);
    } finally {
      await c.end();
    }
  }

  let destroyed = false;
  const pg: PrivatePostgres = {
    get port() {
      return port;
    },
    dir,
    url,
    get running() {
      return running;
    },
    async start() {
      if (destroyed) throw new Error('the private PostgreSQL was destroyed');
      if (running) return;
      await startOn(port);
    },
    async stop(mode = 'fast') {
      if (!running) return;
      const r = await pgCtl(['-m', mode, '-w', '-t', '30', 'stop']);
      if (r.code !== 0) throw new Error(`pg_ctl stop failed (exit ${r.code}):\n${r.output}`);
      running = false;
      live.delete(record);
    },
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      try {
        if (running) await pg.stop('immediate');
      } finally {
        live.delete(record);
        rmSync(dir, { recursive: true, force: true });
      }
    },
    log: readLog,
  };
  return pg;
}
