import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaDateOf } from '../../src/modules/clock';
import { Deadline } from '../../src/modules/deadline/deadline.entity';
import { deadlineLoaders, type DeadlineRow } from '../../src/modules/deadline/deadline.loaders';
import { DeadlineService } from '../../src/modules/deadline/deadline.service';
import { startTestHub, type TestHub } from '../support/test-hub';
import { seedDemoDisputes } from '../../seeds/demo-disputes';

// The deadline loaders read only a clock's inputs and what the deadline belongs to, not the
// materialized dates nor the alert bookkeeping (issue #18: ten of 22 columns every list row decoded).
// A view computed from such a row must be the view computed from the whole record, for every
// deadline of the demo data: met, paused, extended, of referrals and proceedings (a judicial
// confirmation's clocks go through the same columns).
let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
  await seedDemoDisputes(t.hub.services);
});

afterAll(async () => {
  await t?.stop();
});

it('a deadline as the loaders read it gives the view of the whole record, and carries none of the sweep’s columns', async () => {
  const em = t.hub.orm.em.fork() as EntityManager;
  const records = await em.find(Deadline, {}, { orderBy: { id: 'asc' } });
  // The demo data has every kind of clock the views must agree on.
  expect(records.length).toBeGreaterThan(20);
  expect(records.some((d) => d.metOn)).toBe(true);
  expect(records.some((d) => d.pauses.length > 0)).toBe(true);
  expect(records.some((d) => d.extended > 0)).toBe(true);
  const whole = new Map(records.map((d) => [d.id, d]));

  const loaders = deadlineLoaders(em);
  const disputeIds = [...new Set(records.filter((d) => d.disputeId).map((d) => d.disputeId!))];
  const confirmationIds = [...new Set(records.filter((d) => d.judicialConfirmationId).map((d) => d.judicialConfirmationId!))];
  const rows: DeadlineRow[] = [
    ...(await loaders.deadlinesByDispute.loadMany(disputeIds)).flatMap((r) => (r instanceof Error ? [] : r)),
    ...(await loaders.deadlinesByConfirmation.loadMany(confirmationIds)).flatMap((r) => (r instanceof Error ? [] : r)),
  ];
  expect(rows.length).toBe(records.filter((d) => d.disputeId).length + records.filter((d) => d.judicialConfirmationId).length);

  const calendar = await t.hub.services.calendar.get(em);
  const today = chinaDateOf(new Date());
  for (const row of rows) {
    expect(DeadlineService.view(row, calendar, today)).toEqual(DeadlineService.view(whole.get(row.id)!, calendar, today));
    for (const sweeps of ['dueOn', 'dueSoonOn', 'dueSoonAlertedAt', 'overdueAlertedAt', 'alertGeneration', 'createdAt', 'updatedAt']) {
      expect((row as Record<string, unknown>)[sweeps]).toBeUndefined();
    }
  }

  // The list's running clocks: the open ones of each dispute, the same rows.
  const open = (await loaders.openDeadlinesByDispute.loadMany(disputeIds)).flatMap((r) => (r instanceof Error ? [] : r));
  expect(open.map((d) => d.id).sort()).toEqual(
    records
      .filter((d) => d.disputeId && d.open)
      .map((d) => d.id)
      .sort(),
  );
});

it('answers an inbox referral’s response clock, read by referral, as its dispute page answers it from every deadline of the dispute', async () => {
  const token = await t.login('mediator.fuyang');
  const DEADLINE = 'kind dueOn unit state remaining provisional rule';
  const inbox = await t.gql<{ referralInbox: { edges: { node: { id: string; dispute: { id: string }; responseDeadline: Record<string, unknown> } }[] } }, Record<string, never>>(
    `{ referralInbox(first: 100) { edges { node { id dispute { id } responseDeadline { ${DEADLINE} } } } } }`,
    {},
    token,
  );
  expect(inbox.errors).toBeUndefined();
  const nodes = inbox.data!.referralInbox.edges.map((e) => e.node);
  expect(nodes.length).toBeGreaterThan(3);
  // Met, open and cancelled clocks among them: the page's states are not all alike.
  expect(new Set(nodes.map((n) => n.responseDeadline.state)).size).toBeGreaterThan(1);
  for (const n of nodes) {
    const page = await t.gql<{ dispute: { referrals: { id: string; responseDeadline: Record<string, unknown> }[] } }, { id: string }>(
      `query($id: ID!) { dispute(id: $id) { referrals { id responseDeadline { ${DEADLINE} } } } }`,
      { id: n.dispute.id },
      token,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.dispute.referrals.find((r) => r.id === n.id)!.responseDeadline).toEqual(n.responseDeadline);
  }
});
