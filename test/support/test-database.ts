import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/core/db/embedded-postgres';

export interface TestDatabase {
  /** URL of a database of this test file alone. */
  url: string;
  /** Set in PGlite mode (no server URL given). */
  embedded: EmbeddedPostgres | null;
  kind: 'postgres' | 'pglite';
  drop(): Promise<void>;
}

export function serverUrl(): string | null {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
}

/**
 * A fresh database per test file: on a real server, a new database created and
 * dropped around the file; otherwise an in-memory PGlite.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = serverUrl();
  if (!server) {
    const embedded = await startEmbeddedPostgres(null);
    return { url: embedded.url, embedded, kind: 'pglite', drop: () => embedded.stop() };
  }
  const name = `hub_test_${process.env.JEST_WORKER_ID ?? '0'}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  try {
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: null,
    kind: 'postgres',
    async drop() {
      const c = new Client({ connectionString: server });
      await c.connect();
      try {
        await c.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
