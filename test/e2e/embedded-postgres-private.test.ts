import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { parse } from 'pg-connection-string';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/core/db/embedded-postgres';

// Hole 1 of issue 13: the embedded PGlite asks for no password, so whoever reaches its socket reads
// every party's ID number. It used to listen on a TCP port of 127.0.0.1 (any local process could
// connect); it must be reachable by the hub's own OS user only.

/** Runs a pg connection attempt with `url` as another OS user; resolves with its outcome. */
function connectAs(uid: number, url: string): Promise<string> {
  const script = `
    const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect()
      .then(() => c.query('select count(*) from pg_catalog.pg_class'))
      .then(() => { console.log('CONNECTED'); return c.end(); })
      .catch((e) => { console.log('REFUSED ' + (e.code || e.message)); process.exit(0); });
  `;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script, url], { uid, gid: uid, cwd: process.cwd(), timeout: 15_000 }, (err, stdout) => {
      if (err) reject(err);
      else resolve(stdout.trim());
    });
  });
}

describe('the embedded PostgreSQL is reachable by the hub only', () => {
  let pg: EmbeddedPostgres;
  const dataDir = join(mkdtempSync(join(tmpdir(), 'hub-embedded-')), 'pglite');

  beforeAll(async () => {
    pg = await startEmbeddedPostgres(dataDir);
  });
  afterAll(async () => {
    await pg?.stop();
  });

  it('listens on a Unix socket in a private directory (mode 0700, owned by the hub), not on a TCP port', () => {
    const target = parse(pg.url);
    expect(target.host).toBe(pg.socketDir);
    expect(target.host?.startsWith('/')).toBe(true);
    const dir = statSync(pg.socketDir);
    expect(dir.isDirectory()).toBe(true);
    expect(dir.mode & 0o777).toBe(0o700);
    expect(dir.uid).toBe(process.getuid!());
    expect(statSync(join(pg.socketDir, `.s.PGSQL.${target.port}`)).isSocket()).toBe(true);
  });

  it('serves the hub (the owner of the directory)', async () => {
    const c = new Client({ connectionString: pg.url });
    await c.connect();
    try {
      const { rows } = await c.query<{ one: number }>('select 1 as one');
      expect(rows).toEqual([{ one: 1 }]);
    } finally {
      await c.end();
    }
  });

  // Only root can start a process as another user; elsewhere the mode check above stands for it.
  (process.getuid?.() === 0 ? it : it.skip)('refuses another local user (nobody) who knows the URL', async () => {
    expect(await connectAs(65534, pg.url)).toMatch(/^REFUSED (EACCES|EPERM)/);
    // The check is real: the same attempt as the hub's own user gets in.
    expect(await connectAs(0, pg.url)).toBe('CONNECTED');
  });

  it('removes its socket directory on stop', async () => {
    const other = await startEmbeddedPostgres(null);
    try {
      expect(existsSync(other.socketDir)).toBe(true);
    } finally {
      await other.stop();
    }
    expect(existsSync(other.socketDir)).toBe(false);
  });
});
