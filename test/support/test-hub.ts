import { print, type DocumentNode } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { loadConfig, type HubConfig } from '../../src/config';
import { startHub, type RunningHub } from '../../src/server/app';
import type { Logger } from '../../src/core/logger';
import { createTestDatabase, type TestDatabase } from './test-database';
import { tmpdir } from 'node:os';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';

export interface GqlResponse<T> {
  status: number;
  data: T | null | undefined;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  headers: Headers;
  sqlStatements: number | null;
}

export interface TestHub {
  hub: RunningHub;
  db: TestDatabase;
  config: HubConfig;
  gql<TData, TVars extends Record<string, unknown>>(doc: TypedDocumentNode<TData, TVars> | DocumentNode | string, variables?: TVars, token?: string | null): Promise<GqlResponse<TData>>;
  login(username: string, password?: string): Promise<string>;
  stop(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): HubConfig {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-test-'));
  return loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    HUB_DATA_DIR: dataDir,
    JWT_SECRET: 'test-secret-0123456789abcdefghijklmnopqrstuvwxyz',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    SWEEP_INTERVAL_MS: '0',
    HUB_SEED_ON_START: 'true',
    // Tests build their own disputes; the demo disputes have their own test.
    HUB_DEMO_DISPUTES: 'false',
    // Tests fire hundreds of requests a second as one viewer; the limiter has its own test.
    RATE_LIMIT_PER_MINUTE: '0',
    ...overrides,
  });
}

export async function postGraphql<TData>(url: string, query: string, variables: unknown, token?: string | null): Promise<GqlResponse<TData>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: TData; errors?: GqlResponse<TData>['errors'] };
  const sql = res.headers.get('x-sql-statements');
  return { status: res.status, data: body.data, errors: body.errors, headers: res.headers, sqlStatements: sql === null ? null : Number(sql) };
}

/** A hub on its own database (real PostgreSQL when TEST_DATABASE_URL/DATABASE_URL is set, else PGlite), seeded with demo data. */
export async function startTestHub(overrides: Record<string, string> = {}, options: { now?: () => Date; logger?: Logger; webDir?: string } = {}): Promise<TestHub> {
  const db = await createTestDatabase();
  const config = testConfig({ ...(db.kind === 'postgres' ? { DATABASE_URL: db.url, DB_POOL_MAX: '5' } : {}), ...overrides });
  let hub: RunningHub;
  try {
    hub = await startHub(config, { embedded: db.embedded ?? undefined, now: options.now, logger: options.logger, webDir: options.webDir });
  } catch (e) {
    await db.drop();
    throw e;
  }
  const tokens = new Map<string, string>();
  const testHub: TestHub = {
    hub,
    db,
    config,
    gql(doc, variables, token) {
      const query = typeof doc === 'string' ? doc : print(doc as DocumentNode);
      return postGraphql(hub.url, query, variables ?? {}, token);
    },
    async login(username, password = 'demo-password') {
      const cached = tokens.get(username);
      if (cached && password === 'demo-password') return cached;
      const res = await postGraphql<{ login: { __typename: string; token?: string } }>(
        hub.url,
        'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on Session { token } } }',
        { u: username, p: password },
      );
      const token = res.data?.login.token;
      if (!token) throw new Error(`login as ${username} failed: ${JSON.stringify(res.errors ?? res.data)}`);
      tokens.set(username, token);
      return token;
    },
    async stop() {
      await hub.stop();
      if (db.embedded) await db.embedded.stop();
      else await db.drop();
    },
  };
  return testHub;
}

/**
 * What an operator does before a production start on a database that has demo accounts: the
 * accounts named in `keep` get the given passwords (through changePassword), every other demo
 * account is disabled (through disableUser), and the admin account gets `adminPassword`.
 */
export async function retireDemoPasswords(t: TestHub, keep: Record<string, string>, adminPassword = 'Operator-console-2026'): Promise<void> {
  const admin = await t.login('admin');
  const users = await t.gql<{ users: { id: string; username: string; version: number }[] }, Record<string, never>>('{ users { id username version } }', {}, admin);
  for (const u of users.data!.users) {
    if (u.username === 'admin' || u.username in keep) continue;
    const res = await t.gql('mutation($id: ID!, $v: Int!) { disableUser(id: $id, expectedVersion: $v) { __typename } }', { id: u.id, v: u.version }, admin);
    if (res.errors) throw new Error(`disableUser ${u.username}: ${JSON.stringify(res.errors)}`);
  }
  const change = async (username: string, password: string) => {
    const token = await t.login(username);
    const res = await t.gql<{ changePassword: { __typename: string } }, Record<string, string>>(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename } }',
      { c: 'demo-password', n: password },
      token,
    );
    if (res.data?.changePassword.__typename !== 'Session') throw new Error(`changePassword ${username}: ${JSON.stringify(res.errors ?? res.data)}`);
  };
  for (const [username, password] of Object.entries(keep)) await change(username, password);
  await change('admin', adminPassword);
}
