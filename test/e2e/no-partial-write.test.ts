import { AcceptReferralDocument, ConcludeProceedingDocument, LoginDocument, OrganizationsDocument, ReferDisputeDocument, RegisterDisputeDocument, WithdrawDisputeDocument } from '../generated/graphql';
import { neighbourhoodDispute } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// Every mutation is one transaction. A failure after all of its writes and
// before the commit (services.faults.beforeCommit) must leave nothing behind:
// no dispute, party, referral, proceeding, deadline, timeline event, access
// grant or audit entry, and no update to the rows that were there. Once the
// fault is gone the very same call succeeds.

let t: TestHub;
const tok: Record<string, string> = {};
let mediationFuyang = '';

beforeAll(async () => {
  t = await startTestHub({}, { now: () => new Date('2026-03-02T02:00:00Z') });
  for (const u of ['frontdesk', 'mediator.fuyang']) {
    const s = (await t.gql(LoginDocument, { username: u, password: 'demo-password' })).data!.login;
    if (s.__typename !== 'Session') throw new Error(`login ${u}`);
    tok[u] = s.token;
  }
  const orgs = await t.gql(OrganizationsDocument, { channel: 'MEDIATION', region: '富阳区' });
  mediationFuyang = orgs.data!.organizations.find((o) => o.name === '富阳区人民调解委员会')!.id;
});
afterEach(() => {
  t.hub.services.faults = undefined;
});
afterAll(async () => {
  await t?.stop();
});

const TABLES = ['dispute', 'party', 'referral', 'proceeding', 'deadline', 'dispute_event', 'dispute_access', 'audit_entry'] as const;

async function sql<R = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<R[]> {
  return t.hub.orm.em.fork().getConnection().execute<R[]>(query, params);
}

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) out[table] = Number((await sql<{ n: string }>(`select count(*) as n from ${table}`))[0].n);
  return out;
}

/** Everything stored about one dispute, to compare before and after. */
async function disputeRows(disputeId: string) {
  return {
    dispute: await sql('select * from dispute where id = ?', [disputeId]),
    referrals: await sql('select * from referral where dispute_id = ? order by id', [disputeId]),
    proceedings: await sql('select * from proceeding where dispute_id = ? order by id', [disputeId]),
    deadlines: await sql('select * from deadline where dispute_id = ? order by id', [disputeId]),
    access: await sql('select * from dispute_access where dispute_id = ? order by organization_id', [disputeId]),
    pauses: await sql('select pp.* from proceeding_pause pp join proceeding p on p.id = pp.proceeding_id where p.dispute_id = ? order by pp.id', [disputeId]),
  };
}

async function auditCount(action: string): Promise<number> {
  return Number((await sql<{ n: string }>('select count(*) as n from audit_entry where action = ?', [action]))[0].n);
}

async function statusAndVersion(disputeId: string) {
  const [row] = await sql<{ status: string; version: number }>('select status, version from dispute where id = ?', [disputeId]);
  return row;
}

function field<T>(res: GqlResponse<T>): T[keyof T] {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data as object)[0] as T[keyof T];
}

const injected: string[] = [];
function injectFault() {
  t.hub.services.faults = {
    beforeCommit: (action: string) => {
      injected.push(action);
      throw new Error(`injected fault before commit of ${action}`);
    },
  };
}

function expectInternalError(res: GqlResponse<unknown>) {
  expect(res.errors).toBeDefined();
  expect(res.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  expect(res.data ?? null).toBeNull();
}

/**
 * Runs `call` with the fault armed: it must fail with INTERNAL_SERVER_ERROR and change
 * no row. Then, disarmed, the same call must succeed; its result is returned.
 */
async function failsCleanlyThenSucceeds<T>(action: string, disputeId: string | null, call: () => Promise<GqlResponse<T>>): Promise<T[keyof T]> {
  const beforeCounts = await counts();
  const beforeRows = disputeId ? await disputeRows(disputeId) : null;
  const beforeStatus = disputeId ? await statusAndVersion(disputeId) : null;

  injectFault();
  injected.length = 0;
  const failed = await call();
  expectInternalError(failed);
  expect(injected).toEqual([action]);
  t.hub.services.faults = undefined;

  expect(await counts()).toEqual(beforeCounts);
  if (disputeId) {
    expect(await statusAndVersion(disputeId)).toEqual(beforeStatus);
    expect(await disputeRows(disputeId)).toEqual(beforeRows);
  }

  const auditedBefore = await auditCount(action);
  const ok = field(await call());
  // The successful call does write (its audit entry among others): the comparison above was not vacuous.
  expect(await auditCount(action)).toBe(auditedBefore + 1);
  return ok;
}

async function registered(): Promise<string> {
  const r = field(await t.gql(RegisterDisputeDocument, { input: neighbourhoodDispute() }, tok.frontdesk));
  if (r.__typename !== 'Dispute') throw new Error(JSON.stringify(r));
  return r.id;
}

async function referred(disputeId: string): Promise<string> {
  const r = field(await t.gql(ReferDisputeDocument, { input: { disputeId, toOrganizationId: mediationFuyang, channel: 'MEDIATION', kind: 'TRANSFER', reason: '属人民调解受理范围' } }, tok.frontdesk));
  if (r.__typename !== 'Referral') throw new Error(JSON.stringify(r));
  return r.id;
}

async function accepted(referralId: string): Promise<string> {
  const r = field(await t.gql(AcceptReferralDocument, { id: referralId }, tok['mediator.fuyang']));
  if (r.__typename !== 'Referral') throw new Error(JSON.stringify(r));
  return r.proceeding!.id;
}

it('registerDispute: nothing stored, the idempotency key not consumed', async () => {
  const input = neighbourhoodDispute('富阳区', { idempotencyKey: `npw-${Date.now()}` });
  const before = await counts();
  const ok = await failsCleanlyThenSucceeds('registerDispute', null, () => t.gql(RegisterDisputeDocument, { input }, tok.frontdesk));
  expect(ok).toMatchObject({ __typename: 'Dispute', status: 'AWAITING_ROUTING', version: 1 });
  const after = await counts();
  expect(after.dispute).toBe(before.dispute + 1);
  expect(after.party).toBe(before.party + input.parties.length);
  expect(after.dispute_event).toBe(before.dispute_event + 1);
  expect(after.dispute_access).toBe(before.dispute_access + 1);
});

it('referDispute: no referral, deadline, access grant or event; the dispute stays AWAITING_ROUTING', async () => {
  const disputeId = await registered();
  const ok = await failsCleanlyThenSucceeds('referDispute', disputeId, () =>
    t.gql(ReferDisputeDocument, { input: { disputeId, toOrganizationId: mediationFuyang, channel: 'MEDIATION', kind: 'TRANSFER', reason: '属人民调解受理范围', expectedVersion: 1 } }, tok.frontdesk),
  );
  expect(ok).toMatchObject({ __typename: 'Referral', status: 'PENDING' });
  expect(await statusAndVersion(disputeId)).toEqual({ status: 'REFERRED', version: 2 });
});

it('acceptReferral: no proceeding, the referral stays PENDING and its response clock open', async () => {
  const disputeId = await registered();
  const referralId = await referred(disputeId);
  const ok = await failsCleanlyThenSucceeds('acceptReferral', disputeId, () => t.gql(AcceptReferralDocument, { id: referralId }, tok['mediator.fuyang']));
  expect(ok).toMatchObject({ __typename: 'Referral', status: 'ACCEPTED', proceeding: { status: 'IN_PROGRESS' } });
  expect(await statusAndVersion(disputeId)).toEqual({ status: 'IN_PROGRESS', version: 3 });
});

it('concludeProceeding: the proceeding stays open, no judicial-confirmation window, the referral not completed', async () => {
  const disputeId = await registered();
  const proceedingId = await accepted(await referred(disputeId));
  const ok = await failsCleanlyThenSucceeds('concludeProceeding', disputeId, () =>
    t.gql(ConcludeProceedingDocument, { input: { proceedingId, outcome: 'AGREEMENT', summary: '双方达成调解协议', documentNumber: '富调〔2026〕1号' } }, tok['mediator.fuyang']),
  );
  expect(ok).toMatchObject({ __typename: 'Proceeding', status: 'CONCLUDED', outcome: { kind: 'AGREEMENT' } });
  expect((await statusAndVersion(disputeId)).status).toBe('RESOLVED');
});

it('withdrawDispute: the open proceeding is not concluded, the deadlines stay open, the dispute stays IN_PROGRESS', async () => {
  const disputeId = await registered();
  await accepted(await referred(disputeId));
  const ok = await failsCleanlyThenSucceeds('withdrawDispute', disputeId, () => t.gql(WithdrawDisputeDocument, { id: disputeId, reason: '申请人撤回调解申请' }, tok.frontdesk));
  expect(ok).toMatchObject({ __typename: 'Dispute', status: 'WITHDRAWN', proceedings: [{ status: 'CONCLUDED', outcome: { kind: 'WITHDRAWN' } }] });
});

it('withdrawDispute with a pending referral: the referral is not cancelled', async () => {
  const disputeId = await registered();
  await referred(disputeId);
  const ok = await failsCleanlyThenSucceeds('withdrawDispute', disputeId, () => t.gql(WithdrawDisputeDocument, { id: disputeId, reason: '申请人撤回' }, tok.frontdesk));
  expect(ok).toMatchObject({ __typename: 'Dispute', status: 'WITHDRAWN', referrals: [{ status: 'CANCELLED' }] });
});
