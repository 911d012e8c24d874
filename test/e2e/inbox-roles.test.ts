import { neighbourhoodDispute } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';

// The referral inbox is for those who answer referrals. Other accounts of the receiving organization
// (its HEAD, who approves publications) do not see its disputes, so they must not get its referrals
// either (found by fuzz-queries: the inbox listed referrals whose dispute the viewer could not read).
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  await t?.stop();
});

const INBOX = '{ referralInbox(first: 50) { totalCount edges { node { id dispute { id code } } } } }';
type Inbox = { referralInbox: { totalCount: number; edges: { node: { id: string; dispute: { id: string } } }[] } };

it('a HEAD of the receiving organization gets an empty inbox; its mediator gets the referral with its dispute', async () => {
  const frontdesk = await t.login('frontdesk');
  const orgs = await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, never>>('{ organizations { id name } }', {}, frontdesk);
  const fuyang = orgs.data!.organizations.find((o) => o.name === '富阳区人民调解委员会')!.id;
  const reg = await t.gql<{ registerDispute: { id?: string } }, Record<string, unknown>>(
    'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { ... on Dispute { id } } }',
    { input: neighbourhoodDispute() },
    frontdesk,
  );
  const disputeId = reg.data!.registerDispute.id!;
  const ref = await t.gql<{ referDispute: { id?: string } }, Record<string, unknown>>(
    'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { ... on Referral { id } } }',
    { input: { disputeId, toOrganizationId: fuyang, channel: 'MEDIATION', kind: 'TRANSFER', reason: '邻里纠纷，属地调解' } },
    frontdesk,
  );
  expect(ref.data!.referDispute.id).toBeDefined();

  const mediator = await t.gql<Inbox, Record<string, never>>(INBOX, {}, await t.login('mediator.fuyang'));
  expect(mediator.errors).toBeUndefined();
  expect(mediator.data!.referralInbox.edges.map((e) => e.node.dispute.id)).toContain(disputeId);

  const head = await t.gql<Inbox, Record<string, never>>(INBOX, {}, await t.login('head.mediation-fuyang'));
  expect(head.errors).toBeUndefined();
  expect(head.data!.referralInbox).toEqual({ totalCount: 0, edges: [] });
});
