/**
 * deadlineAlerts over a real WebSocket, on a fixed business clock moved by
 * hand: a referral's response clock (3 working days) becomes due soon and then
 * overdue; the sweep records the crossings and the receiving organization's
 * subscribers get them, live and on replay with `after`; other organizations
 * get nothing. This hub holds no demo disputes, so these are the only clocks.
 */
import type { Client } from 'graphql-ws';
import type { IsoDate } from '../../src/modules/clock';
import { neighbourhoodDispute } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';
import { collect, sleep, waitUntil, wsClient, type CollectedSubscription } from '../support/ws-client';

/** 10:00 in Beijing on the given date. */
function at(date: IsoDate): Date {
  return new Date(`${date}T10:00:00+08:00`);
}

const MEDIATION_FY = '富阳区人民调解委员会';
let now = at('2026-03-16'); // a Monday; no holiday in March 2026
let t: TestHub;
const tok: Record<string, string> = {};
const org: Record<string, string> = {};
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestHub({}, { now: () => now });
  for (const u of ['frontdesk', 'mediator.fuyang', 'mediator2.fuyang', 'mediator.gongshu', 'admin']) tok[u] = await t.login(u);
  const orgs = await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, unknown>>('{ organizations { id name } }');
  for (const o of orgs.data!.organizations) org[o.name] = o.id;
});
afterAll(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
  await t?.stop();
});

const ALERTS = `subscription($after: String) {
  deadlineAlerts(after: $after) {
    cursor
    type
    deadline { kind dueOn unit state remaining }
    dispute { id status }
    referral { id status toOrganization { name } }
    proceeding { id }
  }
}`;

interface AlertMsg {
  deadlineAlerts: {
    cursor: string;
    type: string;
    deadline: { kind: string; dueOn: string; unit: string; state: string; remaining: number | null };
    dispute: { id: string; status: string };
    referral: { id: string; status: string; toOrganization: { name: string } } | null;
    proceeding: { id: string } | null;
  };
}

async function subscribe(username: string, after?: string): Promise<CollectedSubscription<AlertMsg>> {
  const client = wsClient(t.hub.wsUrl, tok[username]);
  clients.push(client);
  const before = t.hub.services.feed.subscriberCount;
  const sub = collect<AlertMsg>(client, ALERTS, after ? { after } : {});
  await waitUntil(() => t.hub.services.feed.subscriberCount > before, 5000, `${username}'s subscription registered`);
  return sub;
}

async function referToFuyang(): Promise<{ disputeId: string; referralId: string }> {
  const reg = await t.gql<{ registerDispute: { __typename: string; id: string } }, Record<string, unknown>>(
    'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id } } }',
    { input: neighbourhoodDispute() },
    tok.frontdesk,
  );
  const disputeId = reg.data!.registerDispute.id;
  const ref = await t.gql<{ referDispute: { __typename: string; id: string; responseDeadline: { dueOn: string; state: string } } }, Record<string, unknown>>(
    'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id responseDeadline { dueOn state } } ... on ErrorResult { message } } }',
    { input: { disputeId, toOrganizationId: org[MEDIATION_FY], channel: 'MEDIATION', kind: 'TRANSFER', reason: '邻里纠纷，属地调解' } },
    tok.frontdesk,
  );
  const r = ref.data!.referDispute;
  if (r.__typename !== 'Referral') throw new Error(JSON.stringify(ref));
  // Referred on Monday 16 March: 3 working days → due Thursday 19 March.
  expect(r.responseDeadline).toEqual({ dueOn: '2026-03-19', state: 'ON_TRACK' });
  return { disputeId, referralId: r.id };
}

it('alerts the receiving organization DUE_SOON then OVERDUE, nobody else, and replays them with after', async () => {
  const { disputeId, referralId } = await referToFuyang();
  const fy = await subscribe('mediator.fuyang');
  const fy2 = await subscribe('mediator2.fuyang'); // a colleague in the same organization
  const gs = await subscribe('mediator.gongshu');
  const fd = await subscribe('frontdesk'); // the sender's organization: the clock is not theirs
  const admin = await subscribe('admin'); // every organization

  // Tuesday: 2 working days left → due soon.
  now = at('2026-03-17');
  const before = { ...t.hub.liveExecutions };
  expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 1, overdue: 0 });
  const [soon] = await fy.waitFor(1, 3000);
  await Promise.all([fy2.waitFor(1, 3000), admin.waitFor(1, 3000)]);
  // One alert, three deliveries: the colleague answers every read of the viewer as fy does, so at
  // most fy's and the admin's executions run.
  expect(t.hub.liveExecutions.executed - before.executed).toBeLessThanOrEqual(2);
  expect(t.hub.liveExecutions.shared - before.shared).toBeGreaterThanOrEqual(1);
  expect(fy2.received[0]).toEqual(soon);
  expect(soon.deadlineAlerts).toMatchObject({
    type: 'DUE_SOON',
    deadline: { kind: 'REFERRAL_RESPONSE', dueOn: '2026-03-19', unit: 'WORKING_DAYS', state: 'DUE_SOON', remaining: 2 },
    dispute: { id: disputeId, status: 'REFERRED' },
    referral: { id: referralId, status: 'PENDING', toOrganization: { name: MEDIATION_FY } },
    proceeding: null,
  });

  // Friday: Thursday's due date has passed → overdue. A second sweep on the same day records nothing.
  now = at('2026-03-20');
  expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 1 });
  expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 0 });
  const [, overdue] = await fy.waitFor(2, 3000);
  expect(overdue.deadlineAlerts).toMatchObject({
    type: 'OVERDUE',
    deadline: { kind: 'REFERRAL_RESPONSE', dueOn: '2026-03-19', state: 'OVERDUE', remaining: -1 },
    dispute: { id: disputeId },
    referral: { id: referralId, status: 'PENDING' },
  });
  await fy2.waitFor(2, 3000);
  await admin.waitFor(2, 3000);
  await sleep(300);
  const cursors = fy.received.map((m) => m.deadlineAlerts.cursor);
  expect(fy.received.map((m) => m.deadlineAlerts.type)).toEqual(['DUE_SOON', 'OVERDUE']);
  expect(fy2.received.map((m) => m.deadlineAlerts.cursor)).toEqual(cursors);
  expect(admin.received.map((m) => m.deadlineAlerts.cursor)).toEqual(cursors);
  expect(gs.received).toEqual([]);
  expect(fd.received).toEqual([]);
  expect([...fy.errors, ...gs.errors, ...fd.errors, ...admin.errors]).toEqual([]);

  // Replay: after the DUE_SOON alert → just the OVERDUE one (state as of now); then live.
  const replay = await subscribe('mediator.fuyang', cursors[0]);
  const [replayed] = await replay.waitFor(1, 3000);
  expect(replayed.deadlineAlerts).toMatchObject({ type: 'OVERDUE', cursor: cursors[1], deadline: { state: 'OVERDUE' }, referral: { id: referralId } });
  // From before everything (a cursor older than both alerts): both, in order. 拱墅 replays nothing.
  const earliest = await t.gql<{ dispute: { events: { edges: { cursor: string }[] } } }, Record<string, unknown>>(
    'query($id: ID!) { dispute(id: $id) { events(first: 1) { edges { cursor } } } }',
    { id: disputeId },
    tok.frontdesk,
  );
  const registeredCursor = earliest.data!.dispute.events.edges[0].cursor;
  const full = await subscribe('mediator.fuyang', registeredCursor);
  const gsReplay = await subscribe('mediator.gongshu', registeredCursor);
  await full.waitFor(2, 3000);

  // A second referral's clock crossing now arrives live on the replaying subscriptions, once.
  const second = await referToFuyangAt('2026-03-20');
  now = at('2026-03-24'); // Tuesday: due Wednesday 25 March, 1 working day left
  const beforeSecond = { ...t.hub.liveExecutions };
  expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 1, overdue: 0 });
  await full.waitFor(3, 3000);
  await replay.waitFor(2, 3000);
  await Promise.all([fy.waitFor(3, 3000), fy2.waitFor(3, 3000), admin.waitFor(3, 3000)]);
  // Five deliveries of one document from three different cursors (none, the DUE_SOON alert, the
  // registration): the cursors only chose where each stream began, so they share one execution.
  expect({ executed: t.hub.liveExecutions.executed - beforeSecond.executed, shared: t.hub.liveExecutions.shared - beforeSecond.shared }).toEqual({ executed: 1, shared: 4 });
  await sleep(300);
  expect(full.received.map((m) => [m.deadlineAlerts.type, m.deadlineAlerts.referral?.id])).toEqual([
    ['DUE_SOON', referralId],
    ['OVERDUE', referralId],
    ['DUE_SOON', second],
  ]);
  expect(full.received.slice(0, 2).map((m) => m.deadlineAlerts.cursor)).toEqual(cursors);
  expect(replay.received.map((m) => m.deadlineAlerts.type)).toEqual(['OVERDUE', 'DUE_SOON']);
  expect(gsReplay.received).toEqual([]);
  expect(gs.received).toEqual([]);
});

async function referToFuyangAt(date: IsoDate): Promise<string> {
  now = at(date);
  const reg = await t.gql<{ registerDispute: { id: string } }, Record<string, unknown>>(
    'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { ... on Dispute { id } } }',
    { input: neighbourhoodDispute() },
    tok.frontdesk,
  );
  const ref = await t.gql<{ referDispute: { id: string; responseDeadline: { dueOn: string } } }, Record<string, unknown>>(
    'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { ... on Referral { id responseDeadline { dueOn } } } }',
    { input: { disputeId: reg.data!.registerDispute.id, toOrganizationId: org[MEDIATION_FY], channel: 'MEDIATION', kind: 'TRANSFER', reason: '邻里纠纷，属地调解' } },
    tok.frontdesk,
  );
  expect(ref.data!.referDispute.responseDeadline.dueOn).toBe('2026-03-25');
  return ref.data!.referDispute.id;
}
