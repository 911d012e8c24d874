/**
 * Subscriptions over real WebSockets (graphql-ws on /graphql): delivery and
 * latency, organization scoping, authentication and token expiry, the
 * no-existence-leak rule, and resume with `after` (replay, then live, no gap
 * and no duplicate at the seam).
 *
 * Every subscription is started and then awaited until the hub has registered
 * it (services.feed.subscriberCount) before the mutation fires (stack-notes,
 * pitfall 6).
 */
import type { Client } from 'graphql-ws';
import { TokenService } from '../../src/modules/auth/jwt';
import { neighbourhoodDispute } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';
import { collect, rawConnect, sleep, waitUntil, wsClient, type CollectedSubscription } from '../support/ws-client';

const MEDIATION_FY = '富阳区人民调解委员会';
const MEDIATION_GS = '拱墅区人民调解委员会';
const CENTER = '杭州市社会矛盾纠纷调处化解中心';
/** How long "nothing arrives" is waited for after the last expected payload. */
const QUIET_MS = 300;

let t: TestHub;
const tok: Record<string, string> = {};
const userId: Record<string, string> = {};
const org: Record<string, string> = {};
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestHub();
  for (const u of ['frontdesk', 'mediator.fuyang', 'mediator.gongshu']) {
    const res = await t.gql<{ login: { __typename: string; token: string; user: { id: string } } }, Record<string, unknown>>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on Session { token user { id } } } }',
      { u, p: 'demo-password' },
    );
    tok[u] = res.data!.login.token;
    userId[u] = res.data!.login.user.id;
  }
  const orgs = await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, unknown>>('{ organizations { id name } }');
  for (const o of orgs.data!.organizations) org[o.name] = o.id;
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  // Unsubscribed iterators release their feed listener.
  await waitUntil(() => t.hub.services.feed.subscriberCount === 0, 5000, 'all subscriptions released');
});

afterAll(async () => {
  await t?.stop();
});

// ---------------------------------------------------------------- operations

const REFERRAL_UPDATES = `subscription($after: String, $scope: FeedScope) {
  referralUpdates(after: $after, scope: $scope) {
    type
    cursor
    referral {
      id
      status
      fromOrganization { name }
      toOrganization { name }
      proceeding { id status }
      dispute { id parties { role idNumber } }
    }
  }
}`;

interface ReferralUpdateMsg {
  referralUpdates: {
    type: string;
    cursor: string;
    referral: {
      id: string;
      status: string;
      fromOrganization: { name: string };
      toOrganization: { name: string };
      proceeding: { id: string; status: string } | null;
      dispute: { id: string; parties: { role: string; idNumber: string | null }[] };
    };
  };
}

const DISPUTE_EVENTS = `subscription($id: ID!, $after: String) {
  disputeEvents(disputeId: $id, after: $after) {
    cursor
    type
    summary
    dispute { id }
    referral { id }
    proceeding { id }
    organization { name }
  }
}`;

interface DisputeEventMsg {
  disputeEvents: {
    cursor: string;
    type: string;
    summary: string;
    dispute: { id: string };
    referral: { id: string } | null;
    proceeding: { id: string } | null;
    organization: { name: string } | null;
  };
}

type Vars = Record<string, unknown>;

/** Runs a mutation and returns its root field, which must be of `typename`. */
async function mutate<T = { id: string }>(query: string, variables: Vars, token: string, typename: string): Promise<T & { __typename: string }> {
  const res = await t.gql<Record<string, T & { __typename: string }>, Vars>(query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  const value = Object.values(res.data)[0];
  if (value.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(value)}`);
  return value;
}

async function register(region = '富阳区'): Promise<string> {
  const d = await mutate(
    'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id } ... on ErrorResult { message } } }',
    { input: neighbourhoodDispute(region) },
    tok.frontdesk,
    'Dispute',
  );
  return d.id;
}

async function refer(disputeId: string, toName: string, token = tok.frontdesk): Promise<string> {
  const r = await mutate(
    'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } ... on ErrorResult { message } } }',
    { input: { disputeId, toOrganizationId: org[toName], channel: 'MEDIATION', kind: 'TRANSFER', reason: '邻里纠纷，属地调解' } },
    token,
    'Referral',
  );
  return r.id;
}

/** Accepts a referral; returns the id of the proceeding it opened. */
async function accept(referralId: string, token = tok['mediator.fuyang']): Promise<string> {
  const r = await mutate<{ id: string; proceeding: { id: string } }>(
    'mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on Referral { id proceeding { id } } ... on ErrorResult { message } } }',
    { id: referralId },
    token,
    'Referral',
  );
  return r.proceeding.id;
}

async function decline(referralId: string, token: string): Promise<void> {
  await mutate(
    'mutation($id: ID!, $reason: String!) { declineReferral(id: $id, reason: $reason) { __typename ... on Referral { id } ... on ErrorResult { message } } }',
    { id: referralId, reason: '不属本委员会辖区' },
    token,
    'Referral',
  );
}

async function extend(proceedingId: string, amount: number, token = tok['mediator.fuyang']): Promise<void> {
  await mutate(
    'mutation($id: ID!, $amount: Int!) { extendProceeding(id: $id, amount: $amount, reason: "双方当事人同意延长调解期限", basis: PARTIES_CONSENT) { __typename ... on Proceeding { id } ... on ErrorResult { message } } }',
    { id: proceedingId, amount },
    token,
    'Proceeding',
  );
}

async function conclude(proceedingId: string, token = tok['mediator.fuyang']): Promise<void> {
  await mutate(
    'mutation($input: ConcludeProceedingInput!) { concludeProceeding(input: $input) { __typename ... on Proceeding { id } ... on ErrorResult { message } } }',
    { input: { proceedingId, outcome: 'AGREEMENT', summary: '双方达成调解协议' } },
    token,
    'Proceeding',
  );
}

async function close(disputeId: string): Promise<void> {
  await mutate('mutation($id: ID!) { closeDispute(id: $id, note: "调解结案") { __typename ... on Dispute { id } ... on ErrorResult { message } } }', { id: disputeId }, tok.frontdesk, 'Dispute');
}

/** Opens a client as `username`, subscribes, and waits until the hub registered the subscription. */
async function subscribe<T>(username: string, query: string, variables: Vars = {}): Promise<CollectedSubscription<T> & { client: Client }> {
  const client = wsClient(t.hub.wsUrl, tok[username]);
  clients.push(client);
  const before = t.hub.services.feed.subscriberCount;
  const sub = collect<T>(client, query, variables);
  await waitUntil(() => t.hub.services.feed.subscriberCount > before, 5000, `${username}'s subscription registered`);
  return Object.assign(sub, { client });
}

const MASKED_ID = /^\d{6}\*{8}\d{3}[\dX]$/;
const PLAIN_ID = /^\d{17}[\dX]$/;

// ---------------------------------------------------------------- 1. delivery and scoping

describe('referralUpdates', () => {
  it('reaches the receiving organization within 1 s (CREATED → ACCEPTED → COMPLETED), and no other organization', async () => {
    // Warm-up before anyone subscribes (first-call compilation of the mutation and delivery paths
    // is not what is measured); nobody below sees it, being live-only subscribers.
    await refer(await register('拱墅区'), MEDIATION_GS);
    const fy = await subscribe<ReferralUpdateMsg>('mediator.fuyang', REFERRAL_UPDATES);
    const gs = await subscribe<ReferralUpdateMsg>('mediator.gongshu', REFERRAL_UPDATES);
    const gsAll = await subscribe<ReferralUpdateMsg>('mediator.gongshu', REFERRAL_UPDATES, { scope: 'ALL' });
    const fdAll = await subscribe<ReferralUpdateMsg>('frontdesk', REFERRAL_UPDATES, { scope: 'ALL' });
    const fdOwn = await subscribe<ReferralUpdateMsg>('frontdesk', REFERRAL_UPDATES);

    const disputeId = await register();
    const sent = Date.now();
    const referralId = await refer(disputeId, MEDIATION_FY);
    const committed = Date.now();
    const [created] = await fy.waitFor(1, 3000);
    // From the mutation's HTTP response (≈ its commit) to the payload on the subscriber's socket.
    expect(fy.receivedAt[0] - committed).toBeLessThan(1000);
    // From sending the mutation: includes the mutation itself (slack for a loaded machine).
    expect(fy.receivedAt[0] - sent).toBeLessThan(2000);
    expect(created.referralUpdates).toMatchObject({
      type: 'CREATED',
      referral: { id: referralId, status: 'PENDING', fromOrganization: { name: CENTER }, toOrganization: { name: MEDIATION_FY }, proceeding: null, dispute: { id: disputeId } },
    });
    expect(created.referralUpdates.cursor).toMatch(/\S/);
    // The receiver has not accepted yet: personal data masked.
    expect(created.referralUpdates.referral.dispute.parties[0].idNumber).toMatch(MASKED_ID);

    const proceedingId = await accept(referralId);
    const [, accepted] = await fy.waitFor(2, 3000);
    expect(accepted.referralUpdates).toMatchObject({ type: 'ACCEPTED', referral: { id: referralId, status: 'ACCEPTED', proceeding: { id: proceedingId, status: 'IN_PROGRESS' } } });
    // Accepted: the receiver now sees the parties unmasked.
    expect(accepted.referralUpdates.referral.dispute.parties[0].idNumber).toMatch(PLAIN_ID);

    await conclude(proceedingId);
    const [, , completed] = await fy.waitFor(3, 3000);
    expect(completed.referralUpdates).toMatchObject({ type: 'COMPLETED', referral: { id: referralId, status: 'COMPLETED', proceeding: { id: proceedingId, status: 'CONCLUDED' } } });
    const cursors = fy.received.map((m) => m.referralUpdates.cursor);
    expect(new Set(cursors).size).toBe(3);

    // The center sees all three, in the same order and with the same cursors, on both scopes (it sent the referral).
    await fdAll.waitFor(3, 3000);
    await fdOwn.waitFor(3, 3000);
    await sleep(QUIET_MS);
    expect(fdAll.received.map((m) => [m.referralUpdates.type, m.referralUpdates.referral.id, m.referralUpdates.cursor])).toEqual([
      ['CREATED', referralId, cursors[0]],
      ['ACCEPTED', referralId, cursors[1]],
      ['COMPLETED', referralId, cursors[2]],
    ]);
    expect(fdOwn.received.map((m) => m.referralUpdates.cursor)).toEqual(cursors);
    expect(fy.received).toHaveLength(3);
    // 拱墅's handler was never involved: nothing, on either scope.
    expect(gs.received).toEqual([]);
    expect(gsAll.received).toEqual([]);
    expect([...fy.errors, ...gs.errors, ...gsAll.errors, ...fdAll.errors, ...fdOwn.errors]).toEqual([]);
  });

  it('scope ALL gives a handler the referrals it may read beyond its own, masked; OWN_ORGANIZATION only its own', async () => {
    const fy = await subscribe<ReferralUpdateMsg>('mediator.fuyang', REFERRAL_UPDATES);
    const gsOwn = await subscribe<ReferralUpdateMsg>('mediator.gongshu', REFERRAL_UPDATES);
    const gsAll = await subscribe<ReferralUpdateMsg>('mediator.gongshu', REFERRAL_UPDATES, { scope: 'ALL' });
    const fdAll = await subscribe<ReferralUpdateMsg>('frontdesk', REFERRAL_UPDATES, { scope: 'ALL' });

    // X goes to 拱墅 first, who declines; then the center sends it to 富阳. 拱墅 may still read X (it was
    // referred there), masked, so the onward referral reaches 拱墅 on scope ALL only.
    const x = await register('拱墅区');
    const toGs = await refer(x, MEDIATION_GS);
    await decline(toGs, tok['mediator.gongshu']);
    const toFy = await refer(x, MEDIATION_FY);
    // Y never touches 拱墅.
    const y = await register();
    const yToFy = await refer(y, MEDIATION_FY);

    await fdAll.waitFor(4, 3000);
    await gsAll.waitFor(3, 3000);
    await fy.waitFor(2, 3000);
    await sleep(QUIET_MS);
    const summary = (s: CollectedSubscription<ReferralUpdateMsg>) => s.received.map((m) => [m.referralUpdates.type, m.referralUpdates.referral.id]);
    expect(summary(fdAll)).toEqual([
      ['CREATED', toGs],
      ['DECLINED', toGs],
      ['CREATED', toFy],
      ['CREATED', yToFy],
    ]);
    expect(summary(gsOwn)).toEqual([
      ['CREATED', toGs],
      ['DECLINED', toGs],
    ]);
    expect(summary(gsAll)).toEqual([
      ['CREATED', toGs],
      ['DECLINED', toGs],
      ['CREATED', toFy],
    ]);
    expect(summary(fy)).toEqual([
      ['CREATED', toFy],
      ['CREATED', yToFy],
    ]);
    // 拱墅 only declined X: masked. 富阳 has not accepted yet: masked. The center: unmasked.
    const gsView = gsAll.received[2].referralUpdates.referral.dispute;
    expect(gsView.id).toBe(x);
    expect(gsView.parties.find((p) => p.role === 'APPLICANT')!.idNumber).toMatch(MASKED_ID);
    expect(fy.received[0].referralUpdates.referral.dispute.parties.find((p) => p.role === 'APPLICANT')!.idNumber).toMatch(MASKED_ID);
    expect(fdAll.received[2].referralUpdates.referral.dispute.parties.find((p) => p.role === 'APPLICANT')!.idNumber).toMatch(PLAIN_ID);
  });
});

describe('one execution for subscribers alike in what the payload reads', () => {
  const NO_PERSONAL_DATA = `subscription { referralUpdates { type cursor referral { id status toOrganization { name } dispute { id status } } } }`;
  const counts = () => ({ ...t.hub.liveExecutions });

  it('executes a payload once for the connections whose execution would read the same, and each still gets it', async () => {
    const alike = [];
    for (let i = 0; i < 4; i++) alike.push(await subscribe<ReferralUpdateMsg>('mediator.fuyang', NO_PERSONAL_DATA));
    // The same viewer with another document: an execution of its own.
    const other = await subscribe<ReferralUpdateMsg>('mediator.fuyang', REFERRAL_UPDATES);
    const before = counts();
    const referralId = await refer(await register(), MEDIATION_FY);
    await Promise.all([...alike, other].map((s) => s.waitFor(1, 3000)));
    await sleep(QUIET_MS);
    const payloads = alike.map((s) => s.received);
    expect(payloads[0]).toEqual([{ referralUpdates: expect.objectContaining({ type: 'CREATED', referral: expect.objectContaining({ id: referralId }) }) }]);
    for (const p of payloads) expect(p).toEqual(payloads[0]);
    expect(other.received.map((m) => m.referralUpdates.referral.id)).toEqual([referralId]);
    const after = counts();
    expect({ executed: after.executed - before.executed, shared: after.shared - before.shared }).toEqual({ executed: 2, shared: 3 });
  });

  it('a payload that discloses personal data is executed, and audited, once per connection', async () => {
    const subs = [];
    for (let i = 0; i < 3; i++) subs.push(await subscribe<ReferralUpdateMsg>('frontdesk', REFERRAL_UPDATES, { scope: 'ALL' }));
    const before = counts();
    const disputeId = await register();
    await refer(disputeId, MEDIATION_FY);
    await Promise.all(subs.map((s) => s.waitFor(1, 3000)));
    for (const s of subs) expect(s.received[0].referralUpdates.referral.dispute.parties.find((p) => p.role === 'APPLICANT')!.idNumber).toMatch(PLAIN_ID);
    const after = counts();
    expect({ executed: after.executed - before.executed, shared: after.shared - before.shared }).toEqual({ executed: 3, shared: 0 });
    // One audit row per connection (its connection id is the request id), none lost to sharing.
    const rows = await t.hub.orm.em
      .fork()
      .getConnection()
      .execute<{ requestId: string }[]>(`select details->>'requestId' as "requestId" from audit_entry where action = 'readPersonalData' and ? = any(target_ids)`, [disputeId]);
    expect(new Set(rows.map((r) => r.requestId)).size).toBe(3);
  });
});

// ---------------------------------------------------------------- 2. authentication

describe('WebSocket authentication', () => {
  const issuer = () => new TokenService(t.config.jwtSecret, 60);

  it.each([
    ['no connection_init payload', undefined],
    ['no authorization', {}],
    ['a garbage token', { authorization: 'Bearer garbage' }],
    ['a token-shaped forgery', { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' }],
    ['a malformed header', { authorization: 'Token abc' }],
    ['a non-string header', { authorization: 42 }],
  ])('closes the connection with 4403 for %s', async (_label, payload) => {
    const conn = rawConnect(t.hub.wsUrl, payload as Record<string, unknown> | undefined);
    expect(await conn.acked).toBe(false);
    const closed = await conn.closed;
    expect(closed.code).toBe(4403);
    expect(closed.reason).toBe('Forbidden');
  });

  it('closes with 4403 for an expired token and for one signed with another secret; acknowledges a valid one', async () => {
    const expired = await issuer().issue(userId['mediator.fuyang'], 1, new Date(Date.now() - 2 * 3600_000));
    expect(expired.expiresAt.getTime()).toBeLessThan(Date.now());
    const a = rawConnect(t.hub.wsUrl, { authorization: `Bearer ${expired.token}` });
    expect((await a.closed).code).toBe(4403);
    expect(await a.acked).toBe(false);

    const foreign = await new TokenService('another-secret-0123456789abcdefghijklmnop', 60).issue(userId['mediator.fuyang']);
    const b = rawConnect(t.hub.wsUrl, { authorization: `Bearer ${foreign.token}` });
    expect((await b.closed).code).toBe(4403);

    const valid = await issuer().issue(userId['mediator.fuyang']);
    const c = rawConnect(t.hub.wsUrl, { authorization: `Bearer ${valid.token}` });
    expect(await c.acked).toBe(true);
    c.socket.close(1000);
    expect((await c.closed).code).toBe(1000);
  });

  it('the graphql-ws client sees 4403 and its subscription fails without a token', async () => {
    let closedWith: number | null = null;
    const client = wsClient(t.hub.wsUrl, null, { onClose: (code) => (closedWith = code) });
    clients.push(client);
    const sub = collect<ReferralUpdateMsg>(client, REFERRAL_UPDATES);
    await sub.waitForEnd(3000);
    expect(closedWith).toBe(4403);
    expect(sub.received).toEqual([]);
    expect(t.hub.services.feed.subscriberCount).toBe(0);
  });

  it('closes a connection with 4403 when its token expires, and releases its subscriptions', async () => {
    const short = await new TokenService(t.config.jwtSecret, 2).issue(userId['mediator.fuyang']);
    let closed: { code: number; at: number } | null = null;
    const client = wsClient(t.hub.wsUrl, short.token, { onClose: (code) => (closed = { code, at: Date.now() }) });
    clients.push(client);
    const sub = collect<ReferralUpdateMsg>(client, REFERRAL_UPDATES);
    await waitUntil(() => t.hub.services.feed.subscriberCount === 1, 3000, 'subscription registered');
    expect(closed).toBeNull();
    await waitUntil(() => closed !== null, 5000, 'connection closed');
    const c = closed as unknown as { code: number; at: number };
    expect(c.code).toBe(4403);
    // exp has one-second resolution; the close follows it within timer and loopback slack.
    expect(c.at).toBeGreaterThanOrEqual(short.expiresAt.getTime() - 50);
    expect(c.at - short.expiresAt.getTime()).toBeLessThan(1000);
    await waitUntil(() => t.hub.services.feed.subscriberCount === 0, 3000, 'subscription released');
    expect(sub.received).toEqual([]);
  });
});

// ---------------------------------------------------------------- 3. no existence leak

describe('disputeEvents visibility', () => {
  async function failure(username: string, disputeId: string) {
    const client = wsClient(t.hub.wsUrl, tok[username]);
    clients.push(client);
    const sub = collect<DisputeEventMsg>(client, DISPUTE_EVENTS, { id: disputeId });
    await sub.waitForEnd(3000);
    expect(sub.received).toEqual([]);
    expect(sub.errors).toHaveLength(1);
    const errors = sub.errors[0] as { message: string; extensions?: { code?: string } }[];
    expect(errors).toHaveLength(1);
    return { message: errors[0].message.split(disputeId).join('<id>'), code: errors[0].extensions?.code };
  }

  it("refuses another organization's dispute exactly like a missing one, and delivers nothing", async () => {
    const hidden = await register();
    const referralId = await refer(hidden, MEDIATION_FY);
    const before = t.hub.services.feed.subscriberCount;

    const guessed = await failure('mediator.gongshu', hidden);
    const missing = await failure('mediator.gongshu', '5b0f6c52-8a4e-4c1e-9f55-0c7d3f1a2b3c');
    const garbage = await failure('mediator.gongshu', 'not-an-id');
    expect(guessed).toEqual({ message: '纠纷 <id> 不存在。', code: 'NOT_FOUND' });
    expect(missing).toEqual(guessed);
    expect(garbage).toEqual(guessed);
    expect(t.hub.services.feed.subscriberCount).toBe(before);

    // Control: the receiving organization may follow it, and a change arrives there only.
    const fy = await subscribe<DisputeEventMsg>('mediator.fuyang', DISPUTE_EVENTS, { id: hidden });
    const probe = wsClient(t.hub.wsUrl, tok['mediator.gongshu']);
    clients.push(probe);
    const gsProbe = collect<DisputeEventMsg>(probe, DISPUTE_EVENTS, { id: hidden });
    await accept(referralId);
    await fy.waitFor(1, 3000);
    await sleep(QUIET_MS);
    expect(fy.received.map((m) => m.disputeEvents.type)).toEqual(['REFERRAL_ACCEPTED']);
    expect(gsProbe.received).toEqual([]);
    expect(gsProbe.completed).toBe(true);
  });
});

// ---------------------------------------------------------------- 4. resume with `after`

describe('resume with after', () => {
  it('disputeEvents: replays exactly the missed events in order, then continues live with no duplicate at the seam', async () => {
    const disputeId = await register();
    const referralId = await refer(disputeId, MEDIATION_FY);
    const first = await subscribe<DisputeEventMsg>('mediator.fuyang', DISPUTE_EVENTS, { id: disputeId });
    const proceedingId = await accept(referralId);
    const [acceptedEvt] = await first.waitFor(1, 3000);
    expect(acceptedEvt.disputeEvents).toMatchObject({ type: 'REFERRAL_ACCEPTED', referral: { id: referralId }, proceeding: { id: proceedingId }, dispute: { id: disputeId } });
    const lastCursor = acceptedEvt.disputeEvents.cursor;

    // The subscriber goes away; three changes happen meanwhile.
    first.dispose();
    await waitUntil(() => t.hub.services.feed.subscriberCount === 0, 3000, 'subscription released');
    await extend(proceedingId, 10);
    await extend(proceedingId, 5);
    await conclude(proceedingId);
    expect(first.received).toHaveLength(1);

    const resumed = await subscribe<DisputeEventMsg>('mediator.fuyang', DISPUTE_EVENTS, { id: disputeId, after: lastCursor });
    const replayed = await resumed.waitFor(3, 3000);
    expect(replayed.map((m) => m.disputeEvents.type)).toEqual(['EXTENDED', 'EXTENDED', 'CONCLUDED']);
    expect(replayed.map((m) => m.disputeEvents.summary)).toEqual([expect.stringContaining('延长办理期限 10'), expect.stringContaining('延长办理期限 5'), expect.stringContaining('办结')]);
    // One more, live.
    await close(disputeId);
    await resumed.waitFor(4, 3000);
    await sleep(QUIET_MS);
    expect(resumed.received.map((m) => m.disputeEvents.type)).toEqual(['EXTENDED', 'EXTENDED', 'CONCLUDED', 'CLOSED']);
    const cursors = [lastCursor, ...resumed.received.map((m) => m.disputeEvents.cursor)];
    expect(new Set(cursors).size).toBe(5);

    // The same history from an HTTP read of the timeline: cursors and order agree.
    const page = await t.gql<{ dispute: { events: { edges: { cursor: string; node: { type: string } }[] } } }, Vars>(
      'query($id: ID!) { dispute(id: $id) { events(first: 50) { edges { cursor node { type } } } } }',
      { id: disputeId },
      tok['mediator.fuyang'],
    );
    const edges = page.data!.dispute.events.edges;
    const from = edges.findIndex((e) => e.cursor === lastCursor);
    expect(from).toBeGreaterThanOrEqual(0);
    expect(edges.slice(from).map((e) => e.cursor)).toEqual(cursors);
  });

  it('disputeEvents: a change committed while the replay is being read is delivered once', async () => {
    const disputeId = await register();
    const referralId = await refer(disputeId, MEDIATION_FY);
    const proceedingId = await accept(referralId);
    const history = await t.gql<{ dispute: { events: { edges: { cursor: string; node: { type: string } }[] } } }, Vars>(
      'query($id: ID!) { dispute(id: $id) { events(first: 50) { edges { cursor node { type } } } } }',
      { id: disputeId },
      tok['mediator.fuyang'],
    );
    const edges = history.data!.dispute.events.edges;
    expect(edges.map((e) => e.node.type)).toEqual(['REGISTERED', 'REFERRED', 'REFERRAL_ACCEPTED']);
    // Resume from REGISTERED and race a mutation against the replay (no waiting for registration).
    const client = wsClient(t.hub.wsUrl, tok['mediator.fuyang']);
    clients.push(client);
    const sub = collect<DisputeEventMsg>(client, DISPUTE_EVENTS, { id: disputeId, after: edges[0].cursor });
    await Promise.all([extend(proceedingId, 3), extend(proceedingId, 4)]);
    await sub.waitFor(4, 3000);
    await sleep(QUIET_MS);
    expect(sub.received.map((m) => m.disputeEvents.type)).toEqual(['REFERRED', 'REFERRAL_ACCEPTED', 'EXTENDED', 'EXTENDED']);
    expect(new Set(sub.received.map((m) => m.disputeEvents.cursor)).size).toBe(4);
  });

  it('referralUpdates: replays the updates missed while away, in order, then live without duplicates', async () => {
    const fy = await subscribe<ReferralUpdateMsg>('mediator.fuyang', REFERRAL_UPDATES);
    const a = await register();
    const aRef = await refer(a, MEDIATION_FY);
    const [createdA] = await fy.waitFor(1, 3000);
    expect(createdA.referralUpdates).toMatchObject({ type: 'CREATED', referral: { id: aRef } });
    fy.dispose();
    await waitUntil(() => t.hub.services.feed.subscriberCount === 0, 3000, 'subscription released');

    // While away: a new referral B arrives, A is accepted, B is declined (and 拱墅's referral is none of 富阳's business).
    const b = await register();
    const bRef = await refer(b, MEDIATION_FY);
    const aProceeding = await accept(aRef);
    await decline(bRef, tok['mediator.fuyang']);
    const other = await register('拱墅区');
    await refer(other, MEDIATION_GS);

    const resumed = await subscribe<ReferralUpdateMsg>('mediator.fuyang', REFERRAL_UPDATES, { after: createdA.referralUpdates.cursor });
    await resumed.waitFor(3, 3000);
    await conclude(aProceeding);
    await resumed.waitFor(4, 3000);
    await sleep(QUIET_MS);
    expect(resumed.received.map((m) => [m.referralUpdates.type, m.referralUpdates.referral.id])).toEqual([
      ['CREATED', bRef],
      ['ACCEPTED', aRef],
      ['DECLINED', bRef],
      ['COMPLETED', aRef],
    ]);
    const cursors = [createdA.referralUpdates.cursor, ...resumed.received.map((m) => m.referralUpdates.cursor)];
    expect(new Set(cursors).size).toBe(5);
    // The replayed payloads show the referral as it is now (B declined), the live one as concluded.
    expect(resumed.received[0].referralUpdates.referral.status).toBe('DECLINED');
    expect(resumed.received[3].referralUpdates.referral.status).toBe('COMPLETED');
  });

  it('refuses an `after` that is not an event cursor', async () => {
    const client = wsClient(t.hub.wsUrl, tok['mediator.fuyang']);
    clients.push(client);
    const sub = collect<ReferralUpdateMsg>(client, REFERRAL_UPDATES, { after: 'not-a-cursor' });
    await sub.waitForEnd(3000);
    expect(sub.received).toEqual([]);
    const errors = sub.errors[0] as { extensions?: { code?: string } }[];
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
