import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** postgres:// URL of the socket server, for the ordinary pg driver (host: the private socket directory). */
  url: string;
  dataDir: string | null;
  /** The private directory (mode 0700) holding the Unix socket; removed by stop(). */
  socketDir: string;
  stop(): Promise<void>;
}

/** The port number only names the socket file (`.s.PGSQL.<port>`), as libpq and pg do. */
const SOCKET_PORT = 5432;

/**
 * PGlite (PostgreSQL in WASM) behind a socket so that MikroORM's ordinary
 * PostgreSQL driver talks to it. Every socket connection is the same backend
 * session, so callers must use a pool of one connection.
 * `dataDir` null keeps the database in memory (tests).
 *
 * PGlite asks for no password, so the socket must not be reachable by anyone
 * but this process's user: it is a Unix domain socket inside a fresh directory
 * of mode 0700 (no TCP port at all), so another local user cannot even reach it.
 */
export async function startEmbeddedPostgres(dataDir: string | null): Promise<EmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Short (a socket path is limited to ~104 bytes) and private: mkdtemp creates it 0700; chmod in case of an odd umask.
  const socketDir = mkdtempSync(join(tmpdir(), 'hub-pg-'));
  chmodSync(socketDir, 0o700);
  if ((statSync(socketDir).mode & 0o077) !== 0) throw new Error(`embedded PostgreSQL: ${socketDir} is not private (mode 0700)`);
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  try {
    await db.waitReady;
    const server = new PGLiteSocketServer({ db, path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`), maxConnections: 4 });
    await server.start();
    return {
      url: `postgres://postgres@${encodeURIComponent(socketDir)}:${SOCKET_PORT}/postgres`,
      dataDir,
      socketDir,
      async stop() {
        try {
          await server.stop();
          await db.close();
        } finally {
          rmSync(socketDir, { recursive: true, force: true });
        }
      },
    };
  } catch (e) {
    rmSync(socketDir, { recursive: true, force: true });
    await db.close().catch(() => undefined);
    throw e;
  }
}
