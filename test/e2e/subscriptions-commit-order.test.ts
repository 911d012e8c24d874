/**
 * "Event cursors follow commit order" (contract README): a live subscriber and
 * a reader resuming "after N" must never skip an event that committed late.
 * The hub serializes event writers with an advisory lock taken just before
 * the flush that inserts the events (TimelineService.lockWriters), so seq is
 * assigned in commit order, provided no event is inserted before that lock.
 *
 * Needs a real PostgreSQL (TEST_DATABASE_URL): on PGlite every connection is
 * one session, so two transactions can never interleave.
 */
import { Client as PgClient } from 'pg';
import type { Client } from 'graphql-ws';
import { creditCode, neighbourhoodDispute, residentId } from '../support/fixtures';
import { serverUrl } from '../support/test-database';
import { startTestHub, type TestHub } from '../support/test-hub';
import { collect, sleep, waitUntil, wsClient } from '../support/ws-client';

const enabled = serverUrl() !== null;
const suite = enabled ? describe : describe.skip;
const title = enabled ? 'event commit order under concurrent writers' : 'event commit order under concurrent writers (skipped: needs TEST_DATABASE_URL)';

type Vars = Record<string, unknown>;

const DISPUTE_EVENTS = `subscription($id: ID!, $after: String) {
  disputeEvents(disputeId: $id, after: $after) { cursor type }
}`;
interface DisputeEventMsg {
  disputeEvents: { cursor: string; type: string };
}

suite(title, () => {
  let t: TestHub;
  const tok: Record<string, string> = {};
  const org: Record<string, string> = {};
  const clients: Client[] = [];
  let blocker: PgClient | null = null;

  beforeAll(async () => {
    t = await startTestHub();
    for (const u of ['frontdesk', 'mediator.fuyang', 'court.liaison']) tok[u] = await t.login(u);
    const orgs = await t.gql<{ organizations: { id: string; name: string }[] }, Vars>('{ organizations { id name } }');
    for (const o of orgs.data!.organizations) org[o.name] = o.id;
  });
  afterAll(async () => {
    await blocker?.query('rollback').catch(() => undefined);
    await blocker?.end().catch(() => undefined);
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await t?.stop();
  });

  async function root<T>(query: string, variables: Vars, token: string): Promise<T> {
    const res = await t.gql<Record<string, T>, Vars>(query, variables, token);
    if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
    return Object.values(res.data)[0];
  }

  /**
   * Concluding a COURT_DELEGATED mediation as MEDIATION_FAILED appends CONCLUDED, then the court hook
   * creates the referral back to the court, whose explicit flush writes that event: it must happen under
   * the writers' lock, or a writer committing in between takes a higher seq, the feed moves past it and
   * the late CONCLUDED is never delivered. (It was, before ReferralService.create took the lock.)
   */
  it("a court-delegated mediation's CONCLUDED event that commits after a later-numbered event still reaches live subscribers", async () => {
    // The court delegates a case to 富阳's committee, which accepts it.
    const d = await root<{ id: string }>(
      'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { ... on Dispute { id } } }',
      {
        input: {
          title: '买卖合同纠纷（诉前调解）',
          facts: '原告向法院起诉要求被告支付货款，立案前经当事人同意委派调解组织进行调解。',
          category: 'CONTRACT',
          amount: '32000.00',
          region: '富阳区',
          source: 'COURT',
          parties: [
            { role: 'APPLICANT', kind: 'PERSON', name: '赵某', idNumber: residentId(), phone: '13833334444' },
            { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州富阳某商贸有限公司', idNumber: creditCode() },
          ],
        },
      },
      tok['court.liaison'],
    );
    const ref = await root<{ __typename: string; id: string }>(
      'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } ... on ErrorResult { message } } }',
      { input: { disputeId: d.id, toOrganizationId: org['富阳区人民调解委员会'], channel: 'MEDIATION', kind: 'COURT_DELEGATED', reason: '法院委派调解' } },
      tok['court.liaison'],
    );
    expect(ref.__typename).toBe('Referral');
    const acc = await root<{ proceeding: { id: string } }>('mutation($id: ID!) { acceptReferral(id: $id) { ... on Referral { proceeding { id } } } }', { id: ref.id }, tok['mediator.fuyang']);

    const client = wsClient(t.hub.wsUrl, tok['mediator.fuyang']);
    clients.push(client);
    const live = collect<DisputeEventMsg>(client, DISPUTE_EVENTS, { id: d.id });
    await waitUntil(() => t.hub.services.feed.subscriberCount === 1, 5000, 'subscription registered');

    // Hold the court's access row, so that the conclusion stops inside its transaction right after
    // the early flush (at DisputeRepository.grant), before it takes the writers' lock.
    blocker = new PgClient({ connectionString: t.db.url });
    await blocker.connect();
    await blocker.query('begin');
    await blocker.query('select 1 from dispute_access where dispute_id = $1 and organization_id = $2 for update', [d.id, org['杭州市中级人民法院']]);
    const concluding = root<{ __typename: string }>(
      'mutation($input: ConcludeProceedingInput!) { concludeProceeding(input: $input) { __typename ... on ErrorResult { message } } }',
      { input: { proceedingId: acc.proceeding.id, outcome: 'MEDIATION_FAILED', summary: '调解不成' } },
      tok['mediator.fuyang'],
    );
    await sleep(500);
    // Meanwhile another mutation tries to write an event (any dispute will do). It must wait for the
    // conclusion's writers' lock rather than commit a higher seq first.
    const other = root('mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { ... on Dispute { id } } }', { input: neighbourhoodDispute() }, tok.frontdesk);
    await sleep(300);
    await blocker.query('rollback');
    expect((await concluding).__typename).toBe('Proceeding');
    await other;

    // Expected: CONCLUDED, then the REFERRED back to the court.
    await live.waitFor(1, 3000);
    await sleep(1000);
    expect(live.received.map((m) => m.disputeEvents.type)).toEqual(['CONCLUDED', 'REFERRED']);
  });
});
