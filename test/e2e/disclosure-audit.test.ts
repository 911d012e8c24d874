import { seedDemoDisputes } from '../../seeds/demo-disputes';
import { startTestHub, type TestHub } from '../support/test-hub';

// Personal data leaves only after its read is audited. A list's party fields answer at once once
// their dispute's disclosure has settled (withDisclosure); these tests hold both ways of answering
// to the rule: when the audit row cannot be written, no ID number, phone or address leaves, and
// the names (not personal data under the contract) still do.
let t: TestHub;

interface PageData {
  disputes: { edges: { node: { id: string; parties: { name: string; idNumber: string | null; phone: string | null; address: string | null }[] } }[] };
}
const PAGE = `query($first: Int) { disputes(first: $first) { edges { node { id parties { name idNumber phone address } } } } }`;

const audited = async () => Number((await t.hub.orm.em.fork().getConnection().execute<{ n: string }[]>(`select count(*)::text as n from audit_entry where action = 'readPersonalData'`))[0].n);

beforeAll(async () => {
  t = await startTestHub();
  await seedDemoDisputes(t.hub.services);
});

afterAll(async () => {
  await t?.stop();
});

it('discloses a page of parties to a viewer who sees them unmasked, with one audit row', async () => {
  const before = await audited();
  const res = await t.gql<PageData, { first: number }>(PAGE, { first: 30 }, await t.login('frontdesk'));
  expect(res.errors).toBeUndefined();
  const parties = res.data!.disputes.edges.flatMap((e) => e.node.parties);
  expect(parties.filter((p) => p.idNumber).length).toBeGreaterThan(20);
  // Unmasked: the ID numbers as stored.
  const stored = new Set((await t.hub.orm.em.fork().getConnection().execute<{ id_number: string }[]>(`select id_number from party where id_number is not null`)).map((r) => r.id_number));
  for (const p of parties) if (p.idNumber) expect(stored.has(p.idNumber)).toBe(true);
  expect(await audited()).toBe(before + 1);
});

it('withholds every ID number, phone and address when the audit row cannot be written, and keeps the names', async () => {
  const conn = t.hub.orm.em.fork().getConnection();
  await conn.execute(`create function hub_test_refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit refused by the test'; end $$`);
  await conn.execute(`create trigger hub_test_refuse_audit before insert on audit_entry for each row when (new.action = 'readPersonalData') execute function hub_test_refuse_audit()`);
  try {
    const before = await audited();
    const res = await t.gql<PageData, { first: number }>(PAGE, { first: 30 }, await t.login('frontdesk'));
    const parties = res.data!.disputes.edges.flatMap((e) => e.node.parties);
    expect(parties.length).toBeGreaterThan(20);
    expect(parties.every((p) => p.name)).toBe(true);
    expect(parties.filter((p) => p.idNumber !== null || p.phone !== null || p.address !== null)).toEqual([]);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.errors!.every((e) => ['idNumber', 'phone', 'address'].includes(String(e.path?.at(-1))))).toBe(true);
    expect(await audited()).toBe(before);
  } finally {
    await conn.execute(`drop trigger hub_test_refuse_audit on audit_entry`);
    await conn.execute(`drop function hub_test_refuse_audit()`);
  }
});

it('answers a failed read of the parties with an error on the list, and serves the next request', async () => {
  const conn = t.hub.orm.em.fork().getConnection();
  // A handler: its page does not tell whether it sees each dispute unmasked, so that is read with
  // the parties, and the audit is asked for a round trip later.
  const mediator = await t.login('mediator.fuyang');
  await conn.execute(`alter table party rename to party_hidden_by_test`);
  try {
    const res = await t.gql<PageData, { first: number }>(PAGE, { first: 30 }, mediator);
    expect(res.errors?.some((e) => e.path?.at(-1) === 'parties')).toBe(true);
    expect(JSON.stringify(res.data ?? null)).not.toMatch(/"idNumber":"[^"]/);
  } finally {
    await conn.execute(`alter table party_hidden_by_test rename to party`);
  }
  const again = await t.gql<PageData, { first: number }>(PAGE, { first: 5 }, mediator);
  expect(again.errors).toBeUndefined();
  expect(again.data!.disputes.edges.flatMap((e) => e.node.parties).length).toBeGreaterThan(0);
});
