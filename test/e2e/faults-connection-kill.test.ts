import { print, type DocumentNode } from 'graphql';
import { Client } from 'pg';
import { startHub, type RunningHub } from '../../src/server/app';
import { EVENT_WRITER_LOCK } from '../../src/modules/timeline/timeline.service';
import { LoginDocument, MeDocument, OrganizationsDocument, ReferDisputeDocument, RegisterDisputeDocument } from '../generated/graphql';
import { neighbourhoodDispute } from '../support/fixtures';
import { serverUrl } from '../support/test-database';
import { retireDemoPasswords, startTestHub, testConfig, type TestHub } from '../support/test-hub';

// A mutation's database connection dies while the mutation is inside its
// transaction (pg_terminate_backend from another session, as a DBA, a
// failover or an idle-in-transaction timeout would). The client must get a
// prompt, clean GraphQL error (no hang, no internals in production), nothing
// of the mutation may be stored, and the very next requests must succeed on
// fresh connections: the pool must drop the dead one.
//
// PGlite has a single in-process connection that cannot be killed from the
// side, so this needs a real PostgreSQL (TEST_DATABASE_URL).

const onPostgres = serverUrl() !== null;
const describeOnPostgres = onPostgres ? describe : describe.skip;
const TITLE = onPostgres
  ? 'a database connection killed mid-mutation (PostgreSQL)'
  : 'SKIPPED (needs TEST_DATABASE_URL): a database connection killed mid-mutation — PGlite has one connection that cannot be killed';

const REQUEST_TIMEOUT_MS = 15_000;
const TABLES = ['dispute', 'party', 'referral', 'deadline', 'dispute_event', 'dispute_access', 'audit_entry'] as const;

interface HttpResult {
  status: number;
  text: string;
  body: { data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  ms: number;
}

/** One GraphQL POST, bounded: a hung request fails the test instead of hanging it. */
async function post(url: string, doc: DocumentNode, variables: Record<string, unknown>, token?: string): Promise<HttpResult> {
  const started = Date.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(doc), variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await res.text();
  let body: HttpResult['body'];
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`not a JSON response (HTTP ${res.status}): ${text.slice(0, 500)}`);
  }
  return { status: res.status, text, body, ms: Date.now() - started };
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]);
}

async function eventually(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const FRONTDESK_PASSWORD = 'Counter-window-2026';

describeOnPostgres(TITLE, () => {
  let t: TestHub;
  /** A second hub on the same database with NODE_ENV=production (what clients see there). */
  let prod: RunningHub;
  /** The "DBA" session that kills backends; on the test database, excluded by its own pid. */
  let control: Client;
  let frontdesk = '';
  let mediationFuyang = '';

  beforeAll(async () => {
    t = await startTestHub();
    // Production refuses to start while a demo account accepts the demo password: retire them as an operator would.
    await retireDemoPasswords(t, { frontdesk: FRONTDESK_PASSWORD });
    prod = await startHub(testConfig({ NODE_ENV: 'production', DATABASE_URL: t.db.url, DB_POOL_MAX: '5', HUB_SEED_ON_START: 'false' }));
    control = new Client({ connectionString: t.db.url, application_name: 'faults-control' });
    await control.connect();
    frontdesk = await t.login('frontdesk', FRONTDESK_PASSWORD);
    const orgs = await post(t.hub.url, OrganizationsDocument, { channel: 'MEDIATION', region: '富阳区' });
    mediationFuyang = (orgs.body.data!.organizations as { id: string; name: string }[]).find((o) => o.name === '富阳区人民调解委员会')!.id;
  });
  afterEach(() => {
    if (t) t.hub.services.faults = undefined;
    if (prod) prod.services.faults = undefined;
  });
  afterAll(async () => {
    await control?.end().catch(() => undefined);
    await prod?.stop();
    await t?.stop();
  });

  async function counts(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const table of TABLES) out[table] = Number((await control.query(`select count(*)::int as n from ${table}`)).rows[0].n);
    return out;
  }

  async function statusAndVersion(disputeId: string): Promise<{ status: string; version: number }> {
    return (await control.query('select status, version from dispute where id = $1', [disputeId])).rows[0];
  }

  /**
   * Arms beforeCommit to hold the transaction open (all writes done, COMMIT
   * not yet sent) until released; `reached` resolves with the action name.
   */
  function holdBeforeCommit(hub: RunningHub) {
    let reach!: (action: string) => void;
    let release!: () => void;
    const reached = new Promise<string>((r) => (reach = r));
    const gate = new Promise<void>((r) => (release = r));
    hub.services.faults = {
      beforeCommit: (action: string) => {
        hub.services.faults = undefined; // one shot
        reach(action);
        return gate;
      },
    };
    return { reached, release };
  }

  /** Terminates the one backend matching `where` (besides ours) and waits until it is gone. */
  async function killBackend(where: string, what: string): Promise<number> {
    const sql = `select pid, state, wait_event_type, query from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and (${where})`;
    let rows: { pid: number; state: string; query: string }[] = [];
    await eventually(async () => (rows = (await control.query(sql)).rows).length > 0, 10_000, what);
    expect(rows).toHaveLength(1); // exactly one candidate: never kill an innocent connection
    const pid = rows[0].pid;
    const killed = await control.query('select pg_terminate_backend($1) as ok', [pid]);
    expect(killed.rows[0].ok).toBe(true);
    await eventually(async () => (await control.query('select 1 from pg_stat_activity where pid = $1', [pid])).rowCount === 0, 10_000, `backend ${pid} to exit`);
    return pid;
  }

  const IDLE_IN_TX_AFTER_WRITES = `state like 'idle in transaction%' and query like '%pg_notify%'`;

  function expectCleanInternalError(res: HttpResult, production: boolean) {
    expect([200, 500]).toContain(res.status); // a GraphQL answer, not a gateway error or a dropped connection
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(res.body.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.body.data?.registerDispute ?? res.body.data?.referDispute ?? null).toBeNull();
    if (production) {
      expect(res.body.errors).toEqual([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      // Nothing of the driver, the SQL or the stack reaches the client.
      expect(res.text).not.toMatch(/stacktrace|terminat|at \w+ \(|insert into|pg_notify|\.ts:\d+/i);
    }
  }

  /** All of the pool's connections work: more concurrent requests than the pool has connections. */
  async function poolIsHealthy(url: string, token: string) {
    const results = await Promise.all(Array.from({ length: 12 }, () => post(url, MeDocument, {}, token)));
    for (const r of results) {
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data!.me.username).toBe('frontdesk');
    }
  }

  it('registerDispute, killed after all its writes and before COMMIT: INTERNAL_SERVER_ERROR, nothing stored, the key not consumed, the retry succeeds', async () => {
    const input = neighbourhoodDispute('富阳区', { idempotencyKey: `kill-before-commit-${Date.now()}` });
    const before = await counts();

    const hold = holdBeforeCommit(t.hub);
    const pending = post(t.hub.url, RegisterDisputeDocument, { input }, frontdesk);
    expect(await within(hold.reached, 10_000, 'the mutation to reach beforeCommit')).toBe('registerDispute');
    await killBackend(IDLE_IN_TX_AFTER_WRITES, 'the mutation backend idle in transaction');
    hold.release();
    const failed = await pending;

    expectCleanInternalError(failed, false);
    expect(failed.ms).toBeLessThan(REQUEST_TIMEOUT_MS);
    expect(await counts()).toEqual(before);
    expect((await control.query('select count(*)::int as n from dispute where idempotency_key = $1', [input.idempotencyKey])).rows[0].n).toBe(0);

    // The next request, on the same hub: a fresh connection, and the key is free.
    const retried = await post(t.hub.url, RegisterDisputeDocument, { input }, frontdesk);
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data!.registerDispute).toMatchObject({ __typename: 'Dispute', status: 'AWAITING_ROUTING', version: 1 });
    const after = await counts();
    expect(after.dispute).toBe(before.dispute + 1);
    expect(after.party).toBe(before.party + input.parties.length);
    expect(after.audit_entry).toBeGreaterThan(before.audit_entry); // the mutation's entry (and the personal-data read of its answer)
    await poolIsHealthy(t.hub.url, frontdesk);
  });

  it('referDispute, killed before COMMIT: the dispute keeps its status and version, no referral/deadline/event/audit row; the retry succeeds', async () => {
    const registered = await post(t.hub.url, RegisterDisputeDocument, { input: neighbourhoodDispute() }, frontdesk);
    const disputeId = registered.body.data!.registerDispute.id as string;
    const beforeStatus = await statusAndVersion(disputeId);
    expect(beforeStatus).toEqual({ status: 'AWAITING_ROUTING', version: 1 });
    const before = await counts();
    const input = { disputeId, toOrganizationId: mediationFuyang, channel: 'MEDIATION', kind: 'TRANSFER', reason: '属人民调解受理范围', expectedVersion: 1 };

    const hold = holdBeforeCommit(t.hub);
    const pending = post(t.hub.url, ReferDisputeDocument, { input }, frontdesk);
    expect(await within(hold.reached, 10_000, 'the mutation to reach beforeCommit')).toBe('referDispute');
    await killBackend(IDLE_IN_TX_AFTER_WRITES, 'the mutation backend idle in transaction');
    hold.release();
    const failed = await pending;

    expectCleanInternalError(failed, false);
    expect(await counts()).toEqual(before);
    expect(await statusAndVersion(disputeId)).toEqual(beforeStatus);

    const retried = await post(t.hub.url, ReferDisputeDocument, { input }, frontdesk);
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data!.referDispute).toMatchObject({ __typename: 'Referral', status: 'PENDING' });
    expect(await statusAndVersion(disputeId)).toEqual({ status: 'REFERRED', version: 2 });
  });

  it('registerDispute, killed mid-statement (waiting for the writers’ lock, its dispute and party rows already inserted): clean error, nothing stored', async () => {
    const input = neighbourhoodDispute('富阳区', { idempotencyKey: `kill-mid-statement-${Date.now()}` });
    const before = await counts();
    // Hold the writers' lock so that the mutation blocks inside its transaction, mid-statement.
    await control.query('select pg_advisory_lock($1)', [EVENT_WRITER_LOCK]);
    let failed: HttpResult;
    try {
      const pending = post(t.hub.url, RegisterDisputeDocument, { input }, frontdesk);
      await killBackend(`state = 'active' and wait_event_type = 'Lock' and query like '%pg_advisory_xact_lock%'`, 'the mutation to wait for the writers’ lock');
      failed = await pending;
    } finally {
      await control.query('select pg_advisory_unlock($1)', [EVENT_WRITER_LOCK]);
    }

    expectCleanInternalError(failed, false);
    expect(await counts()).toEqual(before);

    const retried = await post(t.hub.url, RegisterDisputeDocument, { input }, frontdesk);
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data!.registerDispute).toMatchObject({ __typename: 'Dispute', status: 'AWAITING_ROUTING', version: 1 });
    await poolIsHealthy(t.hub.url, frontdesk);
  });

  it('NODE_ENV=production: the client sees only "Internal server error", and the next request succeeds', async () => {
    const login = await post(prod.url, LoginDocument, { username: 'frontdesk', password: FRONTDESK_PASSWORD });
    const token = login.body.data!.login.token as string;
    const input = neighbourhoodDispute('富阳区', { idempotencyKey: `kill-production-${Date.now()}` });
    const before = await counts();

    const hold = holdBeforeCommit(prod);
    const pending = post(prod.url, RegisterDisputeDocument, { input }, token);
    expect(await within(hold.reached, 10_000, 'the mutation to reach beforeCommit')).toBe('registerDispute');
    await killBackend(IDLE_IN_TX_AFTER_WRITES, 'the mutation backend idle in transaction');
    hold.release();
    const failed = await pending;

    expectCleanInternalError(failed, true);
    expect(await counts()).toEqual(before);

    const retried = await post(prod.url, RegisterDisputeDocument, { input }, token);
    expect(retried.body.errors).toBeUndefined();
    expect(retried.body.data!.registerDispute).toMatchObject({ __typename: 'Dispute', status: 'AWAITING_ROUTING', version: 1 });
    await poolIsHealthy(prod.url, token);
  });
});
