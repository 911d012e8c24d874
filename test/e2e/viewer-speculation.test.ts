import { neighbourhoodDispute } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// A request of an account this instance has read before starts from that row, and its own read of
// the account goes with its first reads (src/server/context.ts). The account is still read on every
// request: a change made elsewhere (another instance, or straight in the database, as here, where
// this instance hears nothing of it) decides the very next request, and nothing is answered or
// written in the name of the account as it was.
let t: TestHub;
let fuyang: string;
let gongshu: string;
let disputeId: string;

const sql = <T extends object>(text: string, params: unknown[] = []) => t.hub.services.orm.em.getConnection().execute<T[]>(text, params, 'all');
const roundTrips = (res: GqlResponse<unknown>) => Number(res.headers.get('x-sql-round-trips'));
const auditRows = async (requestId: string | null) =>
  (await sql<{ organization_id: string | null }>(`select organization_id from audit_entry where action = 'readPersonalData' and details->>'requestId' = ?`, [requestId])).map((r) => r.organization_id);

const DISPUTE = 'query($id: ID!) { dispute(id: $id) { id code parties { name idNumber phone } } }';
type DisputeAnswer = { dispute: { id: string; parties: { idNumber: string | null }[] } | null };

beforeAll(async () => {
  t = await startTestHub();
  const frontdesk = await t.login('frontdesk');
  const orgs = await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, never>>('{ organizations { id name } }', {}, frontdesk);
  fuyang = orgs.data!.organizations.find((o) => o.name === '富阳区人民调解委员会')!.id;
  gongshu = orgs.data!.organizations.find((o) => o.name === '拱墅区人民调解委员会')!.id;
  const reg = await t.gql<{ registerDispute: { id?: string } }, Record<string, unknown>>(
    'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { ... on Dispute { id } } }',
    { input: neighbourhoodDispute() },
    frontdesk,
  );
  disputeId = reg.data!.registerDispute.id!;
  const ref = await t.gql<{ referDispute: { id?: string } }, Record<string, unknown>>(
    'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { ... on Referral { id } } }',
    { input: { disputeId, toOrganizationId: fuyang, channel: 'MEDIATION', kind: 'TRANSFER', reason: '邻里纠纷，属地调解' } },
    frontdesk,
  );
  // Accepted: the mediation committee handles the dispute and sees its parties unmasked (audited).
  const accept = await t.gql<{ acceptReferral: { __typename: string } }, Record<string, unknown>>(
    'mutation($id: ID!) { acceptReferral(id: $id) { __typename } }',
    { id: ref.data!.referDispute.id },
    await t.login('mediator.fuyang'),
  );
  expect(accept.data!.acceptReferral.__typename).toBe('Referral');
});
afterAll(async () => {
  await t?.stop();
});

it('the second request of an account sends its read of the account with its first reads: one round trip fewer, the same statements and answer', async () => {
  const token = await t.login('reviewer');
  const first = await t.gql(DISPUTE, { id: disputeId }, token);
  const second = await t.gql(DISPUTE, { id: disputeId }, token);
  expect(second.errors).toBeUndefined();
  expect(second.data).toEqual(first.data);
  expect(second.sqlStatements).toBe(first.sqlStatements);
  // PGlite has no pipelining: there every statement is a round trip of its own.
  expect(roundTrips(second)).toBe(t.db.kind === 'postgres' ? roundTrips(first) - 1 : roundTrips(first));
});

it('an account moved to another organization reads as the new one on its next request: the old one’s dispute is hidden, and no audit row names the old one', async () => {
  const token = await t.login('mediator.fuyang');
  const before = await t.gql<DisputeAnswer, { id: string }>(DISPUTE, { id: disputeId }, token);
  expect(before.data!.dispute?.id).toBe(disputeId);
  expect(before.data!.dispute!.parties[0].idNumber).not.toBeNull();
  expect(await auditRows(before.headers.get('x-request-id'))).toEqual([fuyang]);

  await sql('update hub_user set organization_id = ? where username = ?', [gongshu, 'mediator.fuyang']);
  try {
    const after = await t.gql<DisputeAnswer, { id: string }>(DISPUTE, { id: disputeId }, token);
    expect(after.errors).toBeUndefined();
    expect(after.data!.dispute).toBeNull();
    expect(await auditRows(after.headers.get('x-request-id'))).toEqual([]);
    // And its inbox is the new organization's (empty), not the old one's.
    const inbox = await t.gql<{ referralInbox: { totalCount: number } }, Record<string, never>>('{ referralInbox(first: 5) { totalCount } }', {}, token);
    expect(inbox.data!.referralInbox.totalCount).toBe(0);
  } finally {
    await sql('update hub_user set organization_id = ? where username = ?', [fuyang, 'mediator.fuyang']);
  }
  const back = await t.gql<DisputeAnswer, { id: string }>(DISPUTE, { id: disputeId }, token);
  expect(back.data!.dispute?.id).toBe(disputeId);
});

it('a disabled account is refused on its next request (401), with no answer and no audit row', async () => {
  const token = await t.login('frontdesk');
  const before = await t.gql<DisputeAnswer, { id: string }>(DISPUTE, { id: disputeId }, token);
  expect(before.data!.dispute?.id).toBe(disputeId);

  await sql('update hub_user set disabled = true where username = ?', ['frontdesk']);
  try {
    const after = await t.gql<DisputeAnswer, { id: string }>(DISPUTE, { id: disputeId }, token);
    expect(after.status).toBe(401);
    expect(after.data ?? null).toBeNull();
    expect(after.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await auditRows(after.headers.get('x-request-id'))).toEqual([]);
  } finally {
    await sql('update hub_user set disabled = false where username = ?', ['frontdesk']);
  }
});

it('a mutation waits for the account as read: an account that lost its role writes nothing', async () => {
  const token = await t.login('frontdesk');
  const REGISTER = 'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id } } }';
  const count = async () => Number((await sql<{ n: string }>('select count(*)::text as n from dispute'))[0].n);
  const ok = await t.gql<{ registerDispute: { __typename: string } }, Record<string, unknown>>(REGISTER, { input: neighbourhoodDispute() }, token);
  expect(ok.data!.registerDispute.__typename).toBe('Dispute');

  const disputes = await count();
  await sql(`update hub_user set roles = '{REVIEWER}' where username = ?`, ['frontdesk']);
  try {
    const refused = await t.gql<{ registerDispute: unknown }, Record<string, unknown>>(REGISTER, { input: neighbourhoodDispute() }, token);
    expect(refused.data?.registerDispute ?? null).toBeNull();
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await count()).toBe(disputes);
  } finally {
    await sql(`update hub_user set roles = '{FRONTDESK}' where username = ?`, ['frontdesk']);
  }
  const again = await t.gql<{ registerDispute: { __typename: string } }, Record<string, unknown>>(REGISTER, { input: neighbourhoodDispute() }, token);
  expect(again.data!.registerDispute.__typename).toBe('Dispute');
});

it("the audit of parties' personal data goes in the same round trip as the parties' read", async () => {
  const token = await t.login('frontdesk');
  const names = 'query($id: ID!) { dispute(id: $id) { id parties { name } } }';
  const numbers = 'query($id: ID!) { dispute(id: $id) { id parties { name idNumber phone } } }';
  // Twice each: the second runs on statements prepared on the connections by the first.
  for (const q of [names, numbers, names, numbers]) await t.gql(q, { id: disputeId }, token);
  const plain = await t.gql(names, { id: disputeId }, token);
  const audited = await t.gql<DisputeAnswer, { id: string }>(numbers, { id: disputeId }, token);
  expect(audited.data!.dispute!.parties.every((p) => p.idNumber !== null && !p.idNumber.includes('*'))).toBe(true);
  expect(await auditRows(plain.headers.get('x-request-id'))).toEqual([]);
  expect(await auditRows(audited.headers.get('x-request-id'))).toHaveLength(1);
  expect(audited.sqlStatements).toBe(plain.sqlStatements! + 1);
  expect(roundTrips(audited)).toBe(t.db.kind === 'postgres' ? roundTrips(plain) : roundTrips(plain) + 1);
});
