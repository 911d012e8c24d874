import { ReferDisputeDocument, RegisterDisputeDocument } from '../generated/graphql';
import { neighbourhoodDispute } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';
import { collect, wsClient } from '../support/ws-client';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  await t?.stop();
});

async function waitUntil(cond: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met');
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('delivers a referral to the receiving mediator over WebSocket', async () => {
  const frontdesk = await t.login('frontdesk');
  const mediator = await t.login('mediator.fuyang');
  const client = wsClient(t.hub.wsUrl, mediator);
  const sub = collect<{ referralUpdates: { type: string; cursor: string; referral: { toOrganization: { name: string } } } }>(
    client,
    'subscription { referralUpdates { type cursor referral { id toOrganization { name } dispute { code parties { idNumber } } } } }',
  );
  await waitUntil(() => t.hub.services.feed.subscriberCount === 1);
  const reg = await t.gql(RegisterDisputeDocument, { input: neighbourhoodDispute() }, frontdesk);
  const d = reg.data!.registerDispute;
  if (d.__typename !== 'Dispute') throw new Error('register failed');
  const org = (await t.gql('{ organizations(region: "富阳区", channel: MEDIATION) { id } }', {}, frontdesk)).data as { organizations: { id: string }[] };
  await t.gql(ReferDisputeDocument, { input: { disputeId: d.id, toOrganizationId: org.organizations[0].id, channel: 'MEDIATION', kind: 'TRANSFER', reason: '邻里纠纷，属地调解' } }, frontdesk);
  const [first] = await sub.waitFor(1, 3000);
  expect(first.referralUpdates.type).toBe('CREATED');
  expect(first.referralUpdates.referral.toOrganization.name).toBe('富阳区人民调解委员会');
  sub.dispose();
  await client.dispose();
});
