import type { EntityManager } from '@mikro-orm/postgresql';
import { ProjectedLoader } from '../../src/core/db/loaders';
import { Projection } from '../../src/core/db/projection';
import { requestScope, type SqlCounter } from '../../src/core/db/sql';
import { Dispute } from '../../src/modules/dispute/dispute.entity';
import { Party } from '../../src/modules/dispute/party.entity';
import { buildContext } from '../../src/server/context';
import { seedDemoDisputes } from '../../seeds/demo-disputes';
import { watchSentStatements } from '../support/sent-statements';
import { startTestHub, type TestHub } from '../support/test-hub';

let capturing: string[] | null = null;
const watched = new WeakSet<object>();
/** The SQL texts the hub sends while `fn` runs, one by one or together in a round trip (a Pipeline), seen where they leave the pool. */
async function statementsOf(fn: () => Promise<unknown>): Promise<string[]> {
  const client = t.hub.orm.em.getConnection().getKnex().client as object;
  if (!watched.has(client)) {
    watched.add(client);
    watchSentStatements(client, (s) => capturing?.push(s.text));
  }
  capturing = [];
  try {
    await fn();
    return capturing;
  } finally {
    capturing = null;
  }
}

// Issue #18: a list's rows are read with the columns their selected fields need (Projection), not
// every column (a dispute's facts and form answers, a proceeding's rules). These tests hold the
// projected reads to the full record: same answers, a row read again when a later field needs
// more, and a loud failure, never a silent `undefined`, when a resolver reads a column it did
// not declare.
let t: TestHub;
let em: EntityManager;
let records: Map<string, Dispute>;
let partiesOf: Map<string, Party[]>;

beforeAll(async () => {
  t = await startTestHub();
  await seedDemoDisputes(t.hub.services);
  em = t.hub.orm.em.fork() as EntityManager;
  records = new Map((await em.find(Dispute, {})).map((d) => [d.id, d]));
  partiesOf = new Map();
  for (const p of await em.find(Party, {}, { orderBy: { position: 'asc' } })) partiesOf.set(p.dispute.id, [...(partiesOf.get(p.dispute.id) ?? []), p]);
});

afterAll(async () => {
  await t?.stop();
});

const counted = async <T>(fn: () => Promise<T>): Promise<[T, SqlCounter]> => {
  const counter: SqlCounter = { statements: 0, roundTrips: 0 };
  const value = await requestScope.run({ sql: counter }, fn);
  return [value, counter];
};

interface ListNode {
  id: string;
  code: string;
  status: string;
  region: string;
  category: string;
  receivedAt: string;
  title?: string;
  currentOrganization: { name: string } | null;
  parties: { name: string; idNumber: string | null; phone: string | null }[];
}

it('answers a list read for a few fields as the stored records say', async () => {
  const res = await t.gql<{ disputes: { edges: { node: ListNode }[] } }, { first: number }>(
    `query($first: Int) { disputes(first: $first) { edges { node { id code status region category receivedAt currentOrganization { name } nextDeadline { kind dueOn } parties { name idNumber phone } } } } }`,
    { first: 100 },
    await t.login('frontdesk'),
  );
  expect(res.errors).toBeUndefined();
  const nodes = res.data!.disputes.edges.map((e) => e.node);
  expect(nodes.length).toBe(Math.min(100, records.size));
  for (const n of nodes) {
    const d = records.get(n.id)!;
    expect([n.code, n.status, n.region, n.category, new Date(n.receivedAt).getTime()]).toEqual([d.code, d.status, d.region, d.category, d.receivedAt.getTime()]);
    // Frontdesk sees parties unmasked: as stored, in their order.
    expect(n.parties).toEqual((partiesOf.get(d.id) ?? []).map((p) => ({ name: p.name, idNumber: p.idNumber ?? null, phone: p.phone ?? null })));
  }
});

it('reads a row for a few fields with only their columns, and a read of another column fails naming it', async () => {
  const ctx = await buildContext(t.hub.services, { authorization: `Bearer ${await t.login('frontdesk')}` });
  const meta = ctx.em.getMetadata().get(Dispute.name);
  const [id, other] = [...records.keys()];
  const codeOnly = Projection.of(meta, ['code']);
  const statusOnly = Projection.of(meta, ['status']);

  // Two projections asked for in one turn: one statement, with both columns.
  const [[a, b], first] = await counted(() => Promise.all([ctx.loaders.visibleDispute.load(id, codeOnly), ctx.loaders.visibleDispute.load(other, statusOnly)]));
  expect(first.statements).toBe(1);
  expect(Object.keys(a!).sort()).toEqual(['code', 'id', 'status']);
  expect([a!.code, b!.status]).toEqual([records.get(id)!.code, records.get(other)!.status]);
  expect(() => a!.facts).toThrow(/Dispute\.facts was not read/);
  expect(a).toBeInstanceOf(Dispute);

  // Covered by the row at hand: no statement. Every column: read again.
  const [again, covered] = await counted(() => ctx.loaders.visibleDispute.load(id, codeOnly));
  expect([again, covered.statements]).toEqual([a, 0]);
  const [whole, wider] = await counted(() => ctx.loaders.visibleDispute.load(id));
  expect(wider.statements).toBe(1);
  expect(whole!.facts).toBe(records.get(id)!.facts);
  expect(whole!.title).toBe(records.get(id)!.title);
});

it('answers a dispute a list read narrowly and a later field asks for in full, in one request', async () => {
  const res = await t.gql<{ disputes: { edges: { node: { id: string; code: string; events: { edges: { node: { dispute: { title: string; facts: string } } }[] } } }[] } }, Record<string, never>>(
    `{ disputes(first: 10) { edges { node { id code events(first: 1) { edges { node { dispute { title facts } } } } } } } }`,
    {},
    await t.login('frontdesk'),
  );
  expect(res.errors).toBeUndefined();
  const nodes = res.data!.disputes.edges.map((e) => e.node);
  expect(nodes.length).toBe(10);
  for (const n of nodes) {
    const d = records.get(n.id)!;
    expect(n.code).toBe(d.code);
    expect(n.events.edges).toHaveLength(1);
    for (const e of n.events.edges) expect([e.node.dispute.title, e.node.dispute.facts]).toEqual([d.title, d.facts]);
  }
});

it('answers the inbox as the stored referrals say, with the dispute and proceeding read for the fields asked', async () => {
  const res = await t.gql<
    { referralInbox: { edges: { node: { id: string; status: string; reason: string; dispute: { id: string; code: string }; proceeding: { id: string; status: string } | null } }[] } },
    Record<string, never>
  >(`{ referralInbox(first: 50) { edges { node { id status reason dispute { id code } proceeding { id status } } } } }`, {}, await t.login('mediator.fuyang'));
  expect(res.errors).toBeUndefined();
  const nodes = res.data!.referralInbox.edges.map((e) => e.node);
  expect(nodes.length).toBeGreaterThan(0);
  expect(nodes.some((n) => n.proceeding)).toBe(true);
  const stored = await em
    .getConnection()
    .execute<{ id: string; status: string; reason: string; dispute_id: string; proceeding_status: string | null; proceeding_id: string | null }[]>(
      `select r.id, r.status, r.reason, r.dispute_id, r.proceeding_id, p.status as proceeding_status from referral r left join proceeding p on p.id = r.proceeding_id`,
    );
  const byId = new Map(stored.map((r) => [r.id, r]));
  for (const n of nodes) {
    const r = byId.get(n.id)!;
    expect([n.status, n.reason, n.dispute.id, n.dispute.code]).toEqual([r.status, r.reason, r.dispute_id, records.get(r.dispute_id)!.code]);
    expect(n.proceeding).toEqual(r.proceeding_id ? { id: r.proceeding_id, status: r.proceeding_status } : null);
  }
});

it('reads a list with the columns its selection names, through fragments, and every column for a field it cannot account for', async () => {
  const ctx = await buildContext(t.hub.services, { authorization: `Bearer ${await t.login('frontdesk')}` });
  const meta = ctx.em.getMetadata().get(Party.name);
  expect(Projection.of(meta, ['name', 'phone']).select('p').split(', ').sort()).toEqual(['p.id', 'p.name', 'p.phone']);
  expect(Projection.of(meta, ['name']).union(Projection.of(meta, ['phone']))).toBe(Projection.of(meta, ['phone', 'name']));
  expect(Projection.of(meta, ['name']).covers(Projection.ALL)).toBe(false);
  expect(() => Projection.of(meta, ['dispute', 'nonsense' as never])).toThrow(/Party\.nonsense is not a column/);

  const token = await t.login('frontdesk');
  const listColumns = async (query: string) => {
    const sent = await statementsOf(async () => expect((await t.gql(query, {}, token)).errors).toBeUndefined());
    const list = sent.filter((s) => s.includes('order by d.received_at desc'));
    expect(list).toHaveLength(1);
    return list[0].slice('select '.length, list[0].indexOf(' from ')).split(', ').sort();
  };
  // A fragment's fields count, and an inline fragment's; the cursor's column is always read.
  expect(await listColumns(`fragment F on Dispute { facts } { disputes(first: 3) { edges { cursor node { code ...F ... on Dispute { status } } } } }`)).toEqual([
    'd.code',
    'd.facts',
    'd.id',
    'd.received_at',
    'd.status',
  ]);
  // `files` has no @Reads and no column of its own: the rows are read whole.
  expect(await listColumns(`{ disputes(first: 3) { edges { node { code files { id } } } } }`)).toEqual(['d.*']);
});

it('reads the inbox’s referrals, disputes, proceedings and parties with the columns the inbox asks for', async () => {
  const sent = await statementsOf(async () =>
    expect(
      (await t.gql(`{ referralInbox(first: 20) { edges { node { id status dispute { code parties { phone } } proceeding { status } } } } }`, {}, await t.login('mediator.fuyang'))).errors,
    ).toBeUndefined(),
  );
  const columnsOf = (pattern: RegExp) => {
    const statement = sent.find((s) => pattern.test(s));
    expect(statement).toBeDefined();
    return statement!.slice('select '.length, statement!.indexOf(' from ')).split(', ').sort();
  };
  expect(columnsOf(/from referral r where r\.to_organization_id/)).toEqual(['r.created_at', 'r.dispute_id', 'r.id', 'r.proceeding_id', 'r.status']);
  expect(columnsOf(/from dispute d where d\.id in/).slice(0, 2)).toEqual(['d.code', 'd.id']);
  expect(columnsOf(/from proceeding where dispute_id in/)).toEqual(['dispute_id', 'id', 'status']);
  expect(columnsOf(/from party where dispute_id in/)).toEqual(['dispute_id', 'id', 'phone']);
});

it('reads a failed batch again, and a later batch with the union of what it was asked for', async () => {
  const meta = em.getMetadata().get(Dispute.name);
  const asked: string[][] = [];
  let fail = true;
  const loader = new ProjectedLoader<string>(async (keys, projection) => {
    asked.push([projection.key, ...keys]);
    if (fail) throw new Error('refused');
    return keys.map((k) => `${k}:${projection.key}`);
  });
  await expect(loader.load('x', Projection.of(meta, ['code']))).rejects.toThrow('refused');
  fail = false;
  const [x, y] = await Promise.all([loader.load('x', Projection.of(meta, ['code'])), loader.load('y', Projection.of(meta, ['title']))]);
  expect([x, y]).toEqual(['x:code,id,title', 'y:code,id,title']);
  expect(asked).toEqual([
    ['code,id', 'x'],
    ['code,id,title', 'x', 'y'],
  ]);
  loader.prime('z', 'primed', Projection.of(meta, ['code']));
  expect(await loader.load('z', Projection.of(meta, ['code']))).toBe('primed');
  expect(await loader.load('z', Projection.of(meta, ['status']))).toBe('z:code,id,status');
});
