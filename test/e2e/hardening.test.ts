import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { DisputePageDocument, LoginDocument, RegisterDisputeDocument } from '../generated/graphql';
import { neighbourhoodDispute } from '../support/fixtures';
import { postGraphql, startTestHub, type TestHub } from '../support/test-hub';

let t: TestHub;
beforeAll(async () => {
  // Tight limits so the test can reach them quickly.
  t = await startTestHub({ RATE_LIMIT_PER_MINUTE: '40', LOGIN_MAX_FAILURES_PER_USER: '3', LOGIN_MAX_FAILURES_PER_IP: '1000' });
});
afterAll(async () => {
  await t?.stop();
});

describe('sign-in throttling (shared by every instance: stored in the database)', () => {
  it('refuses a username after too many failures, even with the right password', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await t.gql(LoginDocument, { username: 'reviewer', password: `wrong-${i}` });
      expect(r.data!.login).toMatchObject({ __typename: 'InvalidCredentialsError', message: '用户名或密码错误。' });
    }
    const r = await t.gql(LoginDocument, { username: 'reviewer', password: 'demo-password' });
    expect(r.data!.login).toMatchObject({ __typename: 'InvalidCredentialsError', code: 'LOGIN_THROTTLED', message: expect.stringContaining('登录失败次数过多') });
    const rows = await t.hub.orm.em.fork().getConnection().execute(`select count(*)::int as n from login_attempt where username = 'reviewer'`);
    expect(rows[0].n).toBe(3);
    // Other accounts are unaffected.
    const other = await t.gql(LoginDocument, { username: 'admin', password: 'demo-password' });
    expect(other.data!.login.__typename).toBe('Session');
  });
});

describe('audit log', () => {
  it('records every mutation and every read of unmasked personal data; ADMIN reads it, nobody else', async () => {
    const frontdesk = await t.login('frontdesk');
    const reg = await t.gql(RegisterDisputeDocument, { input: neighbourhoodDispute() }, frontdesk);
    const d = reg.data!.registerDispute;
    if (d.__typename !== 'Dispute') throw new Error('register failed');
    await t.gql(DisputePageDocument, { id: d.id }, frontdesk);
    const admin = await t.login('admin');
    const log = await postGraphql<{ auditLog: { nodes: { action: string; targetIds: string[]; actorUserId: string | null }[] } }>(
      t.hub.url,
      'query($id: String) { auditLog(first: 20, targetId: $id) { nodes { action targetIds actorUserId } } }',
      { id: d.id },
      admin,
    );
    const actions = log.data!.auditLog.nodes.map((n) => n.action);
    expect(actions).toEqual(expect.arrayContaining(['registerDispute', 'readPersonalData']));
    const denied = await postGraphql(t.hub.url, '{ auditLog { nodes { action } } }', {}, frontdesk);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Append-only in the database itself.
    await expect(t.hub.orm.em.fork().getConnection().execute(`delete from audit_entry`)).rejects.toThrow(/append-only/);
    await expect(t.hub.orm.em.fork().getConnection().execute(`update dispute_event set summary = 'x'`)).rejects.toThrow(/append-only/);
  });
});

describe('query limits on HTTP and WebSocket alike', () => {
  const deep = `{ dispute(id: "00000000-0000-0000-0000-000000000000") { ${'referrals { dispute { '.repeat(6)} id ${'} } '.repeat(6)} } }`;

  it('refuses an over-deep document over HTTP before any resolver runs', async () => {
    const token = await t.login('mediator.fuyang');
    const res = await postGraphql(t.hub.url, deep, {}, token);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/levels deep/);
    expect(res.sqlStatements ?? 0).toBeLessThanOrEqual(1); // at most the viewer lookup
  });

  it('refuses the same document on a subscription socket', async () => {
    const token = await t.login('mediator.fuyang');
    const client = createClient({ url: t.hub.wsUrl, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });
    const error = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: `subscription { disputeEvents(disputeId: "00000000-0000-0000-0000-000000000000") { ${'dispute { referrals { '.repeat(6)} id ${'} } '.repeat(6)} } }` },
        { next: () => undefined, error: resolve, complete: () => resolve(null) },
      );
    });
    expect(JSON.stringify(error)).toMatch(/levels deep/);
    await client.dispose();
  });

  it('caps first at 100', async () => {
    const token = await t.login('frontdesk');
    const res = await postGraphql(t.hub.url, '{ disputes(first: 101) { totalCount } }', {}, token);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects an oversized body and a malformed one with clear errors', async () => {
    const big = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ me { id } } #${'x'.repeat(300_000)}` }) });
    expect(big.status).toBe(413);
    const longDoc = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ me { id } } #${'x'.repeat(30_000)}` }) });
    expect(longDoc.status).toBe(400);
  });
});

describe('rate limit per viewer', () => {
  it('answers 429 RATE_LIMITED once the budget is spent, and only for that viewer', async () => {
    const token = await t.login('adjudicator.land');
    let limited: { status: number; errors?: { extensions?: Record<string, unknown> }[] } | null = null;
    for (let i = 0; i < 60 && !limited; i++) {
      const res = await postGraphql(t.hub.url, '{ me { id } }', {}, token);
      if (res.status === 429) limited = res;
    }
    expect(limited?.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const other = await postGraphql(t.hub.url, '{ me { id } }', {}, await t.login('adjudicator.market'));
    expect(other.status).toBe(200);
  });
});
