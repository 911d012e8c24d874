import { makeResidentId } from '../../src/core/validation';
import { AcceptReferralDocument, DeclineReferralDocument, ReferDisputeDocument, RegisterDisputeDocument, type RegisterDisputeInput } from '../generated/graphql';
import { neighbourhoodDispute, residentId } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// Search by a party's ID number or phone (Query.disputesByPerson), earlier disputes of the same
// person (Dispute.relatedDisputes) and a handler's own cases (DisputeFilter.assigneeId /
// assignedToMe), under the visibility and masking rules of the contract.
//
// One person P (resident ID ending in X, phone 13955556666) is a party of five disputes, registered
// in this order:
//   d1  referred to 富阳区人民调解委员会, accepted        (富阳 sees it unmasked)
//   d2  referred to 拱墅区人民调解委员会, accepted        (拱墅 only)
//   d5  referred to 富阳区人民调解委员会, declined        (富阳 sees it masked)
//   d3  referred to 富阳区人民调解委员会, accepted        (富阳 unmasked)
//   d6  a different person Q with P's phone, at the center

let t: TestHub;
const tk: Record<string, string> = {};
const userId: Record<string, string> = {};
const org: Record<string, string> = {};
const d: Record<string, string> = {};
const proceedingOf: Record<string, string> = {};

/** A valid resident ID whose check character is X. */
function residentIdEndingInX(): string {
  for (let i = 0; i < 1000; i++) {
    const id = makeResidentId(`33010219850613${String(i).padStart(3, '0')}`);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X');
}

const P_ID = residentIdEndingInX();
const P_PHONE = '13955556666';
const Q_ID = residentId();

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

let respondents = 0;
function withP(title: string, person: { idNumber?: string; phone?: string } = { idNumber: P_ID, phone: P_PHONE }): RegisterDisputeInput {
  return neighbourhoodDispute('富阳区', {
    title,
    parties: [
      { role: 'APPLICANT', kind: 'PERSON', name: '赵某', ...person },
      // A different respondent each time: only P links the disputes.
      { role: 'RESPONDENT', kind: 'PERSON', name: '钱某', idNumber: residentId(), phone: `1370000${String(++respondents).padStart(4, '0')}` },
    ],
  });
}

async function register(input: RegisterDisputeInput): Promise<string> {
  const r = ok(await t.gql(RegisterDisputeDocument, { input }, tk.frontdesk)).registerDispute;
  if (r.__typename !== 'Dispute') throw new Error(JSON.stringify(r));
  return r.id;
}

async function refer(disputeId: string, to: string): Promise<string> {
  const r = ok(await t.gql(ReferDisputeDocument, { input: { disputeId, toOrganizationId: org[to], channel: 'MEDIATION', kind: 'TRANSFER', reason: '依职责转办' } }, tk.frontdesk)).referDispute;
  if (r.__typename !== 'Referral') throw new Error(JSON.stringify(r));
  return r.id;
}

async function accept(referralId: string, token: string): Promise<string> {
  const r = ok(await t.gql(AcceptReferralDocument, { id: referralId }, token)).acceptReferral;
  if (r.__typename !== 'Referral') throw new Error(JSON.stringify(r));
  return r.proceeding!.id;
}

interface PartyView {
  name: string;
  idNumber: string | null;
  phone: string | null;
}
interface DisputeView {
  id: string;
  title: string;
  parties: PartyView[];
}
type SearchResult =
  | { __typename: 'DisputeConnection'; totalCount?: number; edges: { cursor: string; node: DisputeView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }
  | { __typename: 'ValidationError'; code: string; message: string; fieldErrors: { field: string; message: string }[] };

const SEARCH = `query Search($idNumber: String, $phone: String, $first: Int, $after: String) {
  disputesByPerson(idNumber: $idNumber, phone: $phone, first: $first, after: $after) {
    __typename
    ... on DisputeConnection { edges { cursor node { id title parties { name idNumber phone } } } pageInfo { hasNextPage endCursor } }
    ... on ValidationError { code message fieldErrors { field message } }
  }
}`;

async function search(token: string, vars: { idNumber?: string | null; phone?: string | null; first?: number; after?: string }): Promise<GqlResponse<{ disputesByPerson: SearchResult }>> {
  return t.gql<{ disputesByPerson: SearchResult }, typeof vars>(SEARCH, vars, token);
}

async function found(token: string, vars: { idNumber?: string; phone?: string }): Promise<string[]> {
  const r = ok(await search(token, vars)).disputesByPerson;
  if (r.__typename !== 'DisputeConnection') throw new Error(JSON.stringify(r));
  return r.edges.map((e) => e.node.id);
}

async function validationError(token: string, vars: { idNumber?: string | null; phone?: string | null }) {
  const res = await search(token, vars);
  expect(res.errors).toBeUndefined();
  const r = res.data!.disputesByPerson;
  if (r.__typename !== 'ValidationError') throw new Error(`expected a ValidationError: ${JSON.stringify(r)}`);
  expect(r.code).toBe('VALIDATION_FAILED');
  return r;
}

const RELATED = `query Related($id: ID!) { dispute(id: $id) { id relatedDisputes { id title parties { name idNumber phone address } } } }`;
async function related(token: string, id: string): Promise<DisputeView[] | null> {
  const r = ok(await t.gql<{ dispute: { relatedDisputes: DisputeView[] } | null }, { id: string }>(RELATED, { id }, token));
  return r.dispute ? r.dispute.relatedDisputes : null;
}

const LIST = `query Mine($filter: DisputeFilter) { disputes(filter: $filter, first: 50) { totalCount edges { node { id } } } }`;
async function list(token: string, filter: Record<string, unknown>): Promise<GqlResponse<{ disputes: { totalCount: number; edges: { node: { id: string } }[] } }>> {
  return t.gql<{ disputes: { totalCount: number; edges: { node: { id: string } }[] } }, { filter: Record<string, unknown> }>(LIST, { filter }, token);
}
async function listed(token: string, filter: Record<string, unknown>): Promise<{ ids: string[]; total: number }> {
  const r = ok(await list(token, filter)).disputes;
  return { ids: r.edges.map((e) => e.node.id), total: r.totalCount };
}

beforeAll(async () => {
  t = await startTestHub();
  for (const u of ['frontdesk', 'mediator.fuyang', 'mediator2.fuyang', 'mediator.gongshu', 'reviewer', 'admin']) {
    tk[u] = await t.login(u);
    userId[u] = ok(await t.gql<{ me: { id: string } }, Record<string, never>>('{ me { id } }', {}, tk[u])).me.id;
  }
  const orgs = ok(await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, never>>('{ organizations { id name } }')).organizations;
  for (const o of orgs) org[o.name] = o.id;

  d.d1 = await register(withP('赵某相邻纠纷（一）'));
  proceedingOf.d1 = await accept(await refer(d.d1, '富阳区人民调解委员会'), tk['mediator.fuyang']);
  d.d2 = await register(withP('赵某相邻纠纷（二）'));
  await accept(await refer(d.d2, '拱墅区人民调解委员会'), tk['mediator.gongshu']);
  d.d5 = await register(withP('赵某相邻纠纷（五）'));
  const declined = ok(await t.gql(DeclineReferralDocument, { id: await refer(d.d5, '富阳区人民调解委员会'), reason: '不属于本委员会受理范围' }, tk['mediator.fuyang'])).declineReferral;
  expect(declined.__typename).toBe('Referral');
  d.d3 = await register(withP('赵某相邻纠纷（三）'));
  proceedingOf.d3 = await accept(await refer(d.d3, '富阳区人民调解委员会'), tk['mediator.fuyang']);
  d.d6 = await register(withP('孙某相邻纠纷（六）', { idNumber: Q_ID, phone: P_PHONE }));
  // Nobody's: a dispute without P.
  d.other = await register(neighbourhoodDispute('富阳区', { title: '无关纠纷' }));
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

describe('disputesByPerson', () => {
  it('frontdesk finds every dispute of the person by ID number, newest first, whatever the case of X or the spaces typed', async () => {
    const expected = [d.d3, d.d5, d.d2, d.d1];
    expect(await found(tk.frontdesk, { idNumber: P_ID })).toEqual(expected);
    const typed = `${P_ID.slice(0, 6)} ${P_ID.slice(6, 14)} ${P_ID.slice(14).toLowerCase()}`;
    expect(typed).toMatch(/x$/);
    expect(await found(tk.frontdesk, { idNumber: typed })).toEqual(expected);
    // Q's ID finds only d6.
    expect(await found(tk.frontdesk, { idNumber: Q_ID })).toEqual([d.d6]);
  });

  it('finds by phone whatever the spaces, hyphens or country code typed', async () => {
    const expected = [d.d6, d.d3, d.d5, d.d2, d.d1];
    expect(await found(tk.frontdesk, { phone: P_PHONE })).toEqual(expected);
    expect(await found(tk.frontdesk, { phone: '139 5555 6666' })).toEqual(expected);
    expect(await found(tk.frontdesk, { phone: '139-5555-6666' })).toEqual(expected);
    expect(await found(tk.frontdesk, { phone: '+86 139 5555 6666' })).toEqual(expected);
    // Exact match only: a prefix finds nothing.
    expect(await found(tk.frontdesk, { phone: '13955556667' })).toEqual([]);
  });

  it('pages with keyset cursors', async () => {
    const first = ok(await search(tk.frontdesk, { phone: P_PHONE, first: 2 })).disputesByPerson;
    if (first.__typename !== 'DisputeConnection') throw new Error(JSON.stringify(first));
    expect(first.edges.map((e) => e.node.id)).toEqual([d.d6, d.d3]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const next = ok(await search(tk.frontdesk, { phone: P_PHONE, first: 10, after: first.pageInfo.endCursor! })).disputesByPerson;
    if (next.__typename !== 'DisputeConnection') throw new Error(JSON.stringify(next));
    expect(next.edges.map((e) => e.node.id)).toEqual([d.d5, d.d2, d.d1]);
    expect(next.pageInfo.hasNextPage).toBe(false);
  });

  it('a handling organization finds only the disputes it holds (unmasked); another organization finds none of them', async () => {
    // 富阳 holds d1 and d3; it declined d5 (masked to it): a full ID number must not confirm d5.
    expect(await found(tk['mediator.fuyang'], { idNumber: P_ID })).toEqual([d.d3, d.d1]);
    expect(await found(tk['mediator2.fuyang'], { phone: P_PHONE })).toEqual([d.d3, d.d1]);
    // 拱墅 holds d2 only.
    expect(await found(tk['mediator.gongshu'], { idNumber: P_ID })).toEqual([d.d2]);
    expect(await found(tk['mediator.gongshu'], { idNumber: Q_ID })).toEqual([]);
    // What 富阳 is served is unmasked (it holds these disputes).
    const r = ok(await search(tk['mediator.fuyang'], { idNumber: P_ID })).disputesByPerson;
    if (r.__typename !== 'DisputeConnection') throw new Error(JSON.stringify(r));
    expect(r.edges[0].node.parties[0]).toEqual({ name: '赵某', idNumber: P_ID, phone: P_PHONE });
  });

  it('is refused to a reviewer (who sees every closed dispute masked)', async () => {
    const res = await search(tk.reviewer, { idNumber: P_ID });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(SEARCH, { idNumber: P_ID });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('invalid input is a typed ValidationError, never an internal error', async () => {
    // Wrong check digit.
    const wrong = P_ID.slice(0, 17) + (P_ID.endsWith('X') ? '1' : 'X');
    expect((await validationError(tk.frontdesk, { idNumber: wrong })).fieldErrors[0].field).toBe('idNumber');
    // 18 characters that are neither a resident ID nor a credit code.
    expect((await validationError(tk.frontdesk, { idNumber: '91330100MA2XXXXXXZ' })).fieldErrors[0].field).toBe('idNumber');
    for (const idNumber of ['12', 'abc;drop table party', '3301'.repeat(20), '%', "' or 1=1 --"]) {
      expect((await validationError(tk.frontdesk, { idNumber })).fieldErrors[0].field).toBe('idNumber');
    }
    for (const phone of ['12345', '1395555666', 'x'.repeat(200), '+1 415 555 0100']) {
      expect((await validationError(tk.frontdesk, { phone })).fieldErrors[0].field).toBe('phone');
    }
    // Exactly one of the two.
    await validationError(tk.frontdesk, {});
    await validationError(tk.frontdesk, { idNumber: '  ', phone: '' });
    await validationError(tk.frontdesk, { idNumber: P_ID, phone: P_PHONE });
  });

  it('is audited as a read of personal data: who searched, what was found, the term masked', async () => {
    const before = ok(await t.gql<{ auditLog: { nodes: { id: string }[] } }, Record<string, never>>('{ auditLog(action: "searchPersonalData", first: 1) { nodes { id } } }', {}, tk.admin)).auditLog
      .nodes;
    expect(await found(tk['mediator.gongshu'], { idNumber: P_ID })).toEqual([d.d2]);
    expect(await found(tk['mediator.gongshu'], { phone: '13800000000' })).toEqual([]);
    const log = ok(
      await t.gql<{ auditLog: { nodes: { id: string; action: string; actorUserId: string; organizationId: string; targetIds: string[]; details: Record<string, unknown> }[] } }, Record<string, never>>(
        '{ auditLog(action: "searchPersonalData", first: 2) { nodes { id action actorUserId organizationId targetIds details } } }',
        {},
        tk.admin,
      ),
    ).auditLog.nodes;
    expect(log[0].id).not.toBe(before[0]?.id);
    const [noMatch, hit] = log;
    expect(hit).toMatchObject({ action: 'searchPersonalData', actorUserId: userId['mediator.gongshu'], organizationId: org['拱墅区人民调解委员会'], targetIds: [d.d2] });
    expect(hit.details).toMatchObject({ by: 'idNumber', matches: 1, term: `${P_ID.slice(0, 6)}********${P_ID.slice(14)}` });
    expect(JSON.stringify(hit.details)).not.toContain(P_ID);
    // A search that finds nothing is a read of personal data too.
    expect(noMatch).toMatchObject({ actorUserId: userId['mediator.gongshu'], targetIds: [] });
    expect(noMatch.details).toMatchObject({ by: 'phone', matches: 0, term: '138****0000' });
  });
});

describe('Dispute.relatedDisputes', () => {
  it('lists, for the frontdesk, the earlier disputes sharing an ID number or a phone, newest first; never later ones', async () => {
    expect((await related(tk.frontdesk, d.d3))!.map((x) => x.id)).toEqual([d.d5, d.d2, d.d1]);
    // d6 shares only the phone.
    expect((await related(tk.frontdesk, d.d6))!.map((x) => x.id)).toEqual([d.d3, d.d5, d.d2, d.d1]);
    expect((await related(tk.frontdesk, d.d1))!).toEqual([]);
    expect((await related(tk.frontdesk, d.other))!).toEqual([]);
  });

  it('at registration: the new dispute names the earlier ones in the mutation response', async () => {
    const res = await t.gql<{ registerDispute: { __typename: string; id?: string; relatedDisputes?: { id: string }[] } }, { input: RegisterDisputeInput }>(
      `mutation R($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id relatedDisputes { id } } } }`,
      { input: withP('赵某又一纠纷', { idNumber: P_ID.toLowerCase() }) },
      tk.frontdesk,
    );
    const r = ok(res).registerDispute;
    expect(r.__typename).toBe('Dispute');
    expect(r.relatedDisputes!.map((x) => x.id)).toEqual([d.d3, d.d5, d.d2, d.d1]);
  });

  it('a handler sees only the related disputes its organization may read, each masked as it is to it', async () => {
    const rel = (await related(tk['mediator.fuyang'], d.d3))!;
    // d2 is 拱墅's only: absent.
    expect(rel.map((x) => x.id)).toEqual([d.d5, d.d1]);
    const [d5, d1] = rel;
    // d5 (declined by 富阳) masked, d1 (held) unmasked.
    expect(d5.parties[0]).toEqual({ name: '赵某', idNumber: `${P_ID.slice(0, 6)}********${P_ID.slice(14)}`, phone: '139****6666', address: null });
    expect(d1.parties[0]).toMatchObject({ idNumber: P_ID, phone: P_PHONE });
    // 拱墅 may read d2, but none of the earlier disputes of P.
    expect((await related(tk['mediator.gongshu'], d.d2))!).toEqual([]);
    expect(await related(tk['mediator.gongshu'], d.d3)).toBeNull();
  });

  it('is empty where the viewer sees the dispute masked: matching on numbers it may not see would link people', async () => {
    expect((await related(tk.frontdesk, d.d5))!.map((x) => x.id)).toEqual([d.d2, d.d1]);
    expect((await related(tk['mediator.fuyang'], d.d5))!).toEqual([]);
  });
});

describe('DisputeFilter.assigneeId / assignedToMe', () => {
  beforeAll(async () => {
    const r = ok(
      await t.gql<{ assignProceeding: { __typename: string } }, { id: string; userId: string }>(
        `mutation A($id: ID!, $userId: ID!) { assignProceeding(id: $id, userId: $userId) { __typename } }`,
        { id: proceedingOf.d1, userId: userId['mediator2.fuyang'] },
        tk['mediator.fuyang'],
      ),
    ).assignProceeding;
    expect(r.__typename).toBe('Proceeding');
  });

  it('assignedToMe lists the disputes with a proceeding assigned to the viewer', async () => {
    expect(await listed(tk['mediator2.fuyang'], { assignedToMe: true })).toEqual({ ids: [d.d1], total: 1 });
    expect(await listed(tk['mediator.fuyang'], { assignedToMe: true })).toEqual({ ids: [], total: 0 });
    // false is no condition.
    expect((await listed(tk['mediator2.fuyang'], { assignedToMe: false })).ids).toEqual(expect.arrayContaining([d.d1, d.d3, d.d5]));
  });

  it('assigneeId lists a colleague’s cases, within what the viewer may read; totalCount agrees', async () => {
    expect(await listed(tk['mediator.fuyang'], { assigneeId: userId['mediator2.fuyang'] })).toEqual({ ids: [d.d1], total: 1 });
    // The frontdesk sees every dispute: its count must not come from the per-status counters that ignore the filter.
    expect(await listed(tk.frontdesk, { assigneeId: userId['mediator2.fuyang'] })).toEqual({ ids: [d.d1], total: 1 });
    const counts = ok(
      await t.gql<{ disputeStatusCounts: { status: string; count: number }[] }, { filter: Record<string, unknown> }>(
        'query C($filter: DisputeFilter) { disputeStatusCounts(filter: $filter) { status count } }',
        { filter: { assigneeId: userId['mediator2.fuyang'] } },
        tk.frontdesk,
      ),
    ).disputeStatusCounts;
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(1);
    // Another organization reads none of them.
    expect(await listed(tk['mediator.gongshu'], { assigneeId: userId['mediator2.fuyang'] })).toEqual({ ids: [], total: 0 });
    expect(await listed(tk.frontdesk, { assigneeId: userId['mediator.gongshu'] })).toEqual({ ids: [], total: 0 });
    // Both: the viewer's own and another id, nothing.
    expect((await listed(tk['mediator2.fuyang'], { assignedToMe: true, assigneeId: userId['mediator.fuyang'] })).ids).toEqual([]);
  });

  it('a malformed assigneeId is BAD_USER_INPUT', async () => {
    const res = await list(tk.frontdesk, { assigneeId: 'not-a-user' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
