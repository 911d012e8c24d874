import { print, type DocumentNode } from 'graphql';
import { startHub, type RunningHub } from '../../src/server/app';
import { PgNotifyEventBus } from '../../src/modules/realtime/event-bus';
import { LoginDocument, MeDocument, RegisterDisputeDocument } from '../generated/graphql';
import { neighbourhoodDispute } from '../support/fixtures';
import { privatePostgresAvailability, startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres';
import { testConfig } from '../support/test-hub';

// PostgreSQL goes away under a running hub (a restart, a failover, a
// maintenance window) and comes back. The hub must say so (/readyz 503, so a
// load balancer stops sending traffic) while staying alive (/healthz 200, so
// it is not restarted for nothing), answer GraphQL promptly with JSON errors
// rather than hang, and recover by itself once PostgreSQL is back: /readyz
// 200, sign-in, queries and mutations, and the LISTEN connection of the
// event bus, all without restarting the hub.
//
// The PostgreSQL here is the test's own (initdb in a temporary directory, on a
// free port), never a shared server: it runs whether or not TEST_DATABASE_URL
// is set, provided the PostgreSQL server binaries are installed.

const availability = privatePostgresAvailability();
const describeIfBinaries = availability.ok ? describe : describe.skip;
const TITLE = availability.ok ? 'PostgreSQL stopped and started under a running hub (a private PostgreSQL)' : `SKIPPED (${availability.reason}): PostgreSQL stopped and started under a running hub`;

const REQUEST_TIMEOUT_MS = 10_000;

interface HttpResult {
  status: number;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } & Record<string, unknown>;
  ms: number;
}

async function get(url: string): Promise<HttpResult> {
  const started = Date.now();
  const res = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  return { status: res.status, body: (await res.json()) as HttpResult['body'], ms: Date.now() - started };
}

/** A GraphQL POST bounded by a timeout; the answer must be JSON whatever happened. */
async function post(url: string, doc: DocumentNode, variables: Record<string, unknown>, token?: string): Promise<HttpResult> {
  const started = Date.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(doc), variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text), ms: Date.now() - started };
  } catch {
    throw new Error(`not a JSON response (HTTP ${res.status}): ${text.slice(0, 500)}`);
  }
}

async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms: number, what: string): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (ok(last)) return { value: last, ms: Date.now() - started };
    } catch (e) {
      lastError = e;
    }
    if (Date.now() - started > ms) {
      throw new Error(`timed out after ${ms} ms waiting for ${what}; last: ${JSON.stringify(last)} ${lastError ? String(lastError) : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

describeIfBinaries(TITLE, () => {
  let pg: PrivatePostgres;
  let hub: RunningHub;
  let base = '';
  let token = '';

  beforeAll(async () => {
    pg = await startPrivatePostgres({ databases: ['dispute_hub'] });
    try {
      hub = await startHub(testConfig({ DATABASE_URL: pg.url('dispute_hub'), DB_POOL_MAX: '5', HUB_SEED_ON_START: 'true' }));
    } catch (e) {
      await pg.destroy();
      throw e;
    }
    base = hub.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    // PostgreSQL must be up for a clean stop (pool and listener); stop() copes either way.
    await hub?.stop().catch(() => undefined);
    await pg?.destroy();
  });

  async function signIn(): Promise<HttpResult> {
    return post(hub.url, LoginDocument, { username: 'frontdesk', password: 'demo-password' });
  }

  async function everythingWorks(label: string) {
    const ready = await get(`${base}/readyz`);
    expect({ label, status: ready.status, body: ready.body }).toEqual({ label, status: 200, body: { status: 'ready', database: 'ok' } });
    const login = await signIn();
    expect(login.body.errors).toBeUndefined();
    expect(login.body.data!.login.__typename).toBe('Session');
    token = login.body.data!.login.token;
    const me = await post(hub.url, MeDocument, {}, token);
    expect(me.body.errors).toBeUndefined();
    expect(me.body.data!.me.username).toBe('frontdesk');
    const registered = await post(hub.url, RegisterDisputeDocument, { input: neighbourhoodDispute() }, token);
    expect(registered.body.errors).toBeUndefined();
    expect(registered.body.data!.registerDispute).toMatchObject({ __typename: 'Dispute', status: 'AWAITING_ROUTING', version: 1 });
  }

  it('serves while PostgreSQL runs', async () => {
    await everythingWorks('before the stop');
    expect((hub.services.bus as PgNotifyEventBus).connected).toBe(true);
  });

  it('PostgreSQL stopped: /readyz turns 503 within seconds, /healthz stays 200, GraphQL answers promptly with JSON errors', async () => {
    await pg.stop('fast');

    const notReady = await eventually(
      () => get(`${base}/readyz`),
      (r) => r.status === 503,
      5_000,
      '/readyz to turn 503',
    );
    expect(notReady.value.body).toEqual({ status: 'not ready', database: 'unreachable' });
    // Liveness is not readiness: the process is fine and must not be restarted for this.
    expect((await get(`${base}/healthz`)).status).toBe(200);

    // Every kind of request fails fast and cleanly: no hang, a JSON body with errors, no data.
    const attempts = {
      login: await signIn(),
      query: await post(hub.url, MeDocument, {}, token),
      mutation: await post(hub.url, RegisterDisputeDocument, { input: neighbourhoodDispute() }, token),
    };
    // FAULTS_DEBUG=1 prints what the clients got.
    if (process.env.FAULTS_DEBUG) console.log(JSON.stringify(Object.fromEntries(Object.entries(attempts).map(([k, r]) => [k, { status: r.status, ms: r.ms, body: r.body }])), null, 1));
    for (const [kind, res] of Object.entries(attempts)) {
      expect({ kind, errors: (res.body.errors?.length ?? 0) > 0 }).toEqual({ kind, errors: true });
      expect({ kind, code: res.body.errors![0].extensions?.code }).toEqual({ kind, code: 'INTERNAL_SERVER_ERROR' });
      const data = res.body.data;
      expect({ kind, data: data == null || Object.values(data).every((v) => v === null) }).toEqual({ kind, data: true });
      expect(res.ms).toBeLessThan(6_000); // bounded by the driver's connection timeout, not by the client's patience
    }
    // Still down a moment later (nothing "recovered" by accident).
    expect((await get(`${base}/readyz`)).status).toBe(503);
  });

  it('PostgreSQL started again: /readyz 200, sign-in, a query and a mutation succeed, the event listener reconnects — without restarting the hub', async () => {
    await pg.start();
    const ready = await eventually(
      () => get(`${base}/readyz`),
      (r) => r.status === 200,
      10_000,
      '/readyz to turn 200 again',
    );
    expect(ready.ms).toBeLessThan(10_000);
    await everythingWorks('after the restart');
    // The bus's LISTEN connection backs off up to 5 s between attempts.
    await eventually(
      async () => (hub.services.bus as PgNotifyEventBus).connected,
      (c) => c,
      12_000,
      'the event listener to reconnect',
    );
    // Several rounds, more requests than the pool has connections: no dead connection is left in it.
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all(Array.from({ length: 8 }, () => post(hub.url, MeDocument, {}, token)));
      for (const r of results) expect(r.body.errors).toBeUndefined();
    }
  });
});
