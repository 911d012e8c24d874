import { randomUUID } from 'node:crypto';
import { neighbourhoodDispute } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';

// Issue 13, hole 9: refused attempts left no trace. A FORBIDDEN mutation on another
// organization's referral, or a NOT_FOUND probe of ids, rolled back together with its audit
// entry. Refusals are now audited after the rollback, in a transaction of their own, at most
// AUDIT_REFUSALS_PER_MINUTE per viewer and minute (counted in the database).

const BOUND = 5;
let clock = new Date('2026-03-02T02:00:10Z'); // Monday 10:00:10 in Beijing
let t: TestHub;
const tokens: Record<string, string> = {};
const userIds: Record<string, string> = {};
const USERS = ['frontdesk', 'mediator.fuyang', 'mediator.gongshu', 'mediator2.fuyang', 'admin'] as const;
type User = (typeof USERS)[number];

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who: User) {
  const res = await t.gql<T, Record<string, unknown>>(query, variables, tokens[who]);
  return res;
}

async function data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who: User): Promise<T> {
  const res = await gql<T>(query, variables, who);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

interface Entry {
  id: string;
  actorUserId: string | null;
  organizationId: string | null;
  action: string;
  targetIds: string[];
  details: { outcome?: string; reason?: string } | null;
}

const AUDIT_LOG = `query($action: String, $actorUserId: ID, $targetId: String) {
  auditLog(first: 100, action: $action, actorUserId: $actorUserId, targetId: $targetId) { nodes { id at actorUserId organizationId action targetIds details } }
}`;

async function auditLog(filter: { action?: string; actorUserId?: string; targetId?: string }): Promise<Entry[]> {
  return (await data<{ auditLog: { nodes: Entry[] } }>(AUDIT_LOG, filter, 'admin')).auditLog.nodes;
}

const ACCEPT = `mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on ErrorResult { errorCode: code message } ... on Referral { id status } } }`;
const CLOSE = `mutation($id: ID!) { closeDispute(id: $id) { __typename ... on ErrorResult { errorCode: code message } ... on Dispute { id status } } }`;

let orgOf: Record<string, string> = {};
let disputeId: string;
let referralId: string;

beforeAll(async () => {
  t = await startTestHub({ AUDIT_REFUSALS_PER_MINUTE: String(BOUND) }, { now: () => clock });
  for (const u of USERS) {
    tokens[u] = await t.login(u);
    const me = await data<{ me: { id: string; organization: { id: string } | null } }>('{ me { id organization { id } } }', {}, u);
    userIds[u] = me.me.id;
  }
  const orgs = await data<{ organizations: { id: string; name: string }[] }>('{ organizations { id name } }', {}, 'frontdesk');
  orgOf = Object.fromEntries(orgs.organizations.map((o) => [o.name, o.id]));
  const reg = await data<{ registerDispute: { id: string } }>(
    `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id } } }`,
    { input: neighbourhoodDispute() },
    'frontdesk',
  );
  disputeId = reg.registerDispute.id;
  const ref = await data<{ referDispute: { id: string } }>(
    `mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } } }`,
    { input: { disputeId, toOrganizationId: orgOf['富阳区人民调解委员会'], channel: 'MEDIATION', kind: 'TRANSFER', reason: '属人民调解范围' } },
    'frontdesk',
  );
  referralId = ref.referDispute.id;
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

async function referralState(): Promise<{ status: string; events: number }> {
  const [row] = await t.hub.orm.em
    .fork()
    .getConnection()
    .execute<{ status: string; events: number }[]>(`select r.status, (select count(*)::int from dispute_event e where e.referral_id = r.id) as events from referral r where r.id = ?`, [referralId]);
  return row;
}

describe('refused attempts are audited after their rollback', () => {
  it("a FORBIDDEN mutation on another organization's referral leaves an audit entry: viewer, action, target, outcome", async () => {
    const before = await referralState();
    // The frontdesk sees the referral (it sent it) but only the receiving organization may accept it.
    const res = await gql(ACCEPT, { id: referralId }, 'frontdesk');
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await referralState()).toEqual(before);

    const entries = await auditLog({ action: 'acceptReferral', actorUserId: userIds.frontdesk });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: userIds.frontdesk,
      organizationId: orgOf['杭州市社会矛盾纠纷调处化解中心'],
      action: 'acceptReferral',
      details: { outcome: 'FORBIDDEN', reason: res.errors![0].message },
    });
    expect(entries[0].targetIds).toEqual(expect.arrayContaining([referralId, disputeId]));
  });

  it('a NOT_FOUND probe of an id that does not exist leaves an audit entry naming the probed id', async () => {
    const probe = randomUUID();
    const res = await data<{ acceptReferral: { __typename: string; errorCode: string } }>(ACCEPT, { id: probe }, 'mediator.gongshu');
    expect(res.acceptReferral).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
    const entries = await auditLog({ targetId: probe });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorUserId: userIds['mediator.gongshu'],
      organizationId: orgOf['拱墅区人民调解委员会'],
      action: 'acceptReferral',
      targetIds: [probe],
      details: { outcome: 'NOT_FOUND' },
    });
  });

  it("a NOT_FOUND probe of another organization's record (invisible to the viewer) is audited and changes nothing", async () => {
    const before = await referralState();
    const res = await data<{ closeDispute: { __typename: string } }>(CLOSE, { id: disputeId }, 'mediator.gongshu');
    expect(res.closeDispute.__typename).toBe('NotFoundError');
    expect(await referralState()).toEqual(before);
    const entries = await auditLog({ action: 'closeDispute', actorUserId: userIds['mediator.gongshu'] });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ targetIds: [disputeId], details: { outcome: 'NOT_FOUND' } });
  });

  it('a garbage id is recorded harmlessly: control characters replaced, length bounded', async () => {
    for (const probe of [`not-a-uuid-${'a'.repeat(500)}`, 'probe\u0001\u001f\u007fend']) {
      const res = await data<{ acceptReferral: { __typename: string } }>(ACCEPT, { id: probe }, 'mediator.fuyang');
      expect(res.acceptReferral.__typename).toBe('NotFoundError');
    }
    const entries = await auditLog({ action: 'acceptReferral', actorUserId: userIds['mediator.fuyang'] });
    expect(entries.map((e) => e.targetIds)).toEqual([['probe???end'], [`not-a-uuid-${'a'.repeat(53)}…`]]);
  });

  it('a flood of 100 refusals leaves at most the bound per viewer and minute; the next minute has a new budget', async () => {
    const who: User = 'mediator2.fuyang';
    const results = [];
    for (let i = 0; i < 100; i++) {
      // NOT_FOUND probes of random ids, through two different mutations.
      const r = i % 2 === 0 ? await data<{ acceptReferral: { __typename: string } }>(ACCEPT, { id: randomUUID() }, who) : null;
      const c = i % 2 === 1 ? await data<{ closeDispute: { __typename: string } }>(CLOSE, { id: randomUUID() }, who) : null;
      results.push(r?.acceptReferral.__typename ?? c?.closeDispute.__typename);
    }
    expect(new Set(results)).toEqual(new Set(['NotFoundError']));
    const mine = await auditLog({ actorUserId: userIds[who] });
    expect(mine).toHaveLength(BOUND);
    for (const e of mine) expect(e.details?.outcome).toBe('NOT_FOUND');

    // Counted in the database: one row per viewer and minute.
    const [budget] = await t.hub.orm.em.fork().getConnection().execute<{ n: number }[]>('select n from audit_refusal_budget where viewer_key = ?', [userIds[who]]);
    expect(Number(budget.n)).toBe(100);

    // Another viewer's budget is untouched by the flood.
    await data(ACCEPT, { id: randomUUID() }, 'mediator.gongshu');
    expect((await auditLog({ actorUserId: userIds['mediator.gongshu'] })).length).toBe(3);

    // A minute later the viewer's budget starts again (and the old minute's row is dropped).
    clock = new Date(clock.getTime() + 60_000);
    await data(ACCEPT, { id: randomUUID() }, who);
    expect(await auditLog({ actorUserId: userIds[who] })).toHaveLength(BOUND + 1);
    const rows = await t.hub.orm.em.fork().getConnection().execute<{ n: number }[]>('select n from audit_refusal_budget where viewer_key = ?', [userIds[who]]);
    expect(rows.map((r) => Number(r.n))).toEqual([1]);
  });

  it('a successful mutation is audited as before, without an outcome of refusal', async () => {
    const res = await data<{ acceptReferral: { __typename: string } }>(ACCEPT, { id: referralId }, 'mediator.fuyang');
    expect(res.acceptReferral.__typename).toBe('Referral');
    const entries = await auditLog({ action: 'acceptReferral', targetId: referralId });
    expect(entries.map((e) => e.details?.outcome ?? 'OK')).toEqual(['OK', 'FORBIDDEN']);
  });
});
