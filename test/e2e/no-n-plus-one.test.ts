import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AcceptReferralDocument,
  AdmitProceedingDocument,
  ConcludeProceedingDocument,
  DisputeListDeepDocument,
  DisputeIdsPageCountedDocument,
  DisputeIdsPageDocument,
  DisputeListEverythingDocument,
  DisputePageDocument,
  ExtendProceedingDocument,
  PauseProceedingDocument,
  ReferDisputeDocument,
  ReferralInboxCountDocument,
  ReferralInboxDocument,
  ReferralInboxIdsDocument,
  RegisterDisputeDocument,
  ResumeProceedingDocument,
  type Channel,
} from '../generated/graphql';
import { neighbourhoodDispute, procurementComplaint } from '../support/fixtures';
import { parse } from 'graphql';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// The number of SQL statements a list request runs must not grow with the
// number of rows on the page (the x-sql-statements header of non-production
// responses). Seeds 55 disputes through the API, of five shapes, so that every
// nested field of the list has rows behind it on the first page already:
//   0: procurement complaint at 富阳区财政局, admitted, paused and resumed, paused again
//   1: mediation at 富阳区人民调解委员会, accepted and extended (twice)
//   2: mediation referral to 富阳区人民调解委员会, pending
//   3: mediation at 拱墅区人民调解委员会, accepted
//   4: mediation at 富阳区人民调解委员会, accepted and concluded with an agreement (resolved)

const DISPUTES = 55;

/** Each dispute of a page with its earlier disputes of the same party (Dispute.relatedDisputes). */
const DisputeListRelatedDocument = parse(`
  query DisputeListRelated($first: Int) {
    disputes(first: $first) { edges { node { id parties { idNumber phone } relatedDisputes { id code status parties { name idNumber phone address } } } } }
  }
`) as TypedDocumentNode<{ disputes: { edges: { node: { id: string; relatedDisputes: { id: string; parties: { idNumber: string | null }[] }[] } }[] } }, { first: number }>;
let clock = at('2026-03-02', '09:00');
let t: TestHub;
let frontdesk: string;
let mediatorFuyang: string;
let mediatorGongshu: string;
let financeFuyang: string;
const org: Record<string, string> = {};
const ids: string[] = [];
let fewEvents: string;
let manyEvents: string;

function at(date: string, time = '10:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

function tick(minutes: number) {
  clock = new Date(clock.getTime() + minutes * 60_000);
}

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

function is<T extends { __typename?: string }>(value: T, typename: string): T & { id: string } {
  if (value.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(value)}`);
  return value as T & { id: string };
}

async function refer(disputeId: string, to: string, channel: Channel, matterCode?: string): Promise<string> {
  const r = ok(await t.gql(ReferDisputeDocument, { input: { disputeId, toOrganizationId: org[to], channel, kind: 'TRANSFER', matterCode, reason: '依职责转办' } }, frontdesk)).referDispute;
  return is(r, 'Referral').id;
}

async function accept(referralId: string, token: string): Promise<string> {
  const r = ok(await t.gql(AcceptReferralDocument, { id: referralId }, token)).acceptReferral;
  if (r.__typename !== 'Referral') throw new Error(JSON.stringify(r));
  return r.proceeding!.id;
}

async function pauseResume(proceedingId: string, times: number) {
  for (let i = 0; i < times; i++) {
    tick(24 * 60);
    is(ok(await t.gql(PauseProceedingDocument, { id: proceedingId, reason: i % 2 ? 'MATERIALS_SUPPLEMENT' : 'EXPERT_REVIEW', note: `第${i + 1}次中止` }, financeFuyang)).pauseProceeding, 'Proceeding');
    tick(24 * 60);
    is(ok(await t.gql(ResumeProceedingDocument, { id: proceedingId }, financeFuyang)).resumeProceeding, 'Proceeding');
  }
}

async function seed(i: number): Promise<string> {
  const shape = i % 5;
  const input = shape === 0 ? procurementComplaint({ title: `政府采购投诉${i}` }) : neighbourhoodDispute(shape === 3 ? '拱墅区' : '富阳区', { title: `相邻纠纷${i}` });
  const d = is(ok(await t.gql(RegisterDisputeDocument, { input }, frontdesk)).registerDispute, 'Dispute');
  tick(10);
  switch (shape) {
    case 0: {
      const p = await accept(await refer(d.id, '富阳区财政局', 'ADJUDICATION', 'GOV-PROCUREMENT-COMPLAINT'), financeFuyang);
      tick(10);
      is(ok(await t.gql(AdmitProceedingDocument, { id: p, caseNumber: `富财采投〔2026〕${i}号` }, financeFuyang)).admitProceeding, 'Proceeding');
      await pauseResume(p, 1);
      is(ok(await t.gql(PauseProceedingDocument, { id: p, reason: 'INSPECTION_OR_APPRAISAL' }, financeFuyang)).pauseProceeding, 'Proceeding');
      break;
    }
    case 1: {
      const p = await accept(await refer(d.id, '富阳区人民调解委员会', 'MEDIATION'), mediatorFuyang);
      for (const amount of [10, 5]) {
        tick(10);
        is(ok(await t.gql(ExtendProceedingDocument, { id: p, amount, reason: '双方同意延长', basis: 'PARTIES_CONSENT' }, mediatorFuyang)).extendProceeding, 'Proceeding');
      }
      break;
    }
    case 2:
      await refer(d.id, '富阳区人民调解委员会', 'MEDIATION');
      break;
    case 3:
      await accept(await refer(d.id, '拱墅区人民调解委员会', 'MEDIATION'), mediatorGongshu);
      break;
    case 4: {
      const p = await accept(await refer(d.id, '富阳区人民调解委员会', 'MEDIATION'), mediatorFuyang);
      tick(10);
      is(ok(await t.gql(ConcludeProceedingDocument, { input: { proceedingId: p, outcome: 'AGREEMENT', summary: '达成调解协议' } }, mediatorFuyang)).concludeProceeding, 'Proceeding');
      break;
    }
  }
  return d.id;
}

/** Statements of a request: the least of two runs, so that a cache refill (the holiday calendar's) in one of them does not count. */
async function statements<TData, TVars extends Record<string, unknown>>(doc: TypedDocumentNode<TData, TVars>, vars: TVars, token: string): Promise<{ n: number; data: TData }> {
  const runs: number[] = [];
  let data: TData | undefined;
  for (let i = 0; i < 2; i++) {
    const res = await t.gql(doc, vars, token);
    data = ok(res);
    expect(res.sqlStatements).not.toBeNull();
    runs.push(res.sqlStatements!);
  }
  return { n: Math.min(...runs), data: data! };
}

beforeAll(async () => {
  t = await startTestHub({}, { now: () => clock });
  frontdesk = await t.login('frontdesk');
  mediatorFuyang = await t.login('mediator.fuyang');
  mediatorGongshu = await t.login('mediator.gongshu');
  financeFuyang = await t.login('adjudicator.fuyang-finance');
  const orgs = ok(await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, never>>('{ organizations { id name } }')).organizations;
  for (const o of orgs) org[o.name] = o.id;

  // Two procurement complaints of the same shape for the dispute page: a short timeline and a long one.
  fewEvents = await seed(100);
  const many = is(ok(await t.gql(RegisterDisputeDocument, { input: procurementComplaint({ title: '政府采购投诉（多次中止）' }) }, frontdesk)).registerDispute, 'Dispute');
  const p = await accept(await refer(many.id, '富阳区财政局', 'ADJUDICATION', 'GOV-PROCUREMENT-COMPLAINT'), financeFuyang);
  is(ok(await t.gql(AdmitProceedingDocument, { id: p, caseNumber: '富财采投〔2026〕999号' }, financeFuyang)).admitProceeding, 'Proceeding');
  await pauseResume(p, 20);
  is(ok(await t.gql(PauseProceedingDocument, { id: p, reason: 'INSPECTION_OR_APPRAISAL' }, financeFuyang)).pauseProceeding, 'Proceeding');
  manyEvents = many.id;
  tick(60);

  // Registered last, so that the newest five are one of each shape.
  for (let i = 0; i < DISPUTES; i++) {
    ids.push(await seed(i));
    tick(60);
  }

  // Some clocks overdue by now (pending referrals' response days), others running or paused.
  tick(20 * 24 * 60);
}, 600_000);

afterAll(async () => {
  await t?.stop();
});

const measured: Record<string, number> = {};
afterAll(() => {
  // eslint-disable-next-line no-console
  console.log(`SQL statements per request: ${JSON.stringify(measured, null, 2)}`);
});

describe('a constant number of SQL statements per request', () => {
  it('DisputeListDeep: first 5 and first 50', async () => {
    const five = await statements(DisputeListDeepDocument, { first: 5 }, frontdesk);
    const fifty = await statements(DisputeListDeepDocument, { first: 50 }, frontdesk);
    measured['DisputeListDeep first 5'] = five.n;
    measured['DisputeListDeep first 50'] = fifty.n;
    expect(five.data.disputes.edges).toHaveLength(5);
    expect(fifty.data.disputes.edges).toHaveLength(50);
    // The first page already has rows behind every nested field.
    const nodes = five.data.disputes.edges.map((e) => e.node);
    expect(nodes.some((d) => d.matter)).toBe(true);
    expect(nodes.every((d) => d.parties.length > 0 && d.events.edges.length > 1)).toBe(true);
    expect(
      nodes
        .flatMap((d) => d.referrals)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'COMPLETED', 'PENDING']);
    const proceedings = nodes.flatMap((d) => d.proceedings);
    expect(proceedings.some((p) => p.pauses.length === 2 && p.handlingDeadline?.state === 'PAUSED')).toBe(true);
    expect(proceedings.some((p) => p.extensions.length === 2 && p.extensions[0].recordedBy.username === 'mediator.fuyang')).toBe(true);
    expect(proceedings.some((p) => p.outcome?.kind === 'AGREEMENT')).toBe(true);
    expect(nodes.some((d) => d.nextDeadline?.state === 'OVERDUE')).toBe(true);
    expect(nodes.flatMap((d) => d.events.edges).some((e) => e.node.actor?.username === 'adjudicator.fuyang-finance' && e.node.organization?.name === '富阳区财政局')).toBe(true);
    expect(fifty.n).toBe(five.n);
  });

  it('every nested field of a dispute list: first 5 and first 50', async () => {
    const five = await statements(DisputeListEverythingDocument, { first: 5, eventsFirst: 20 }, frontdesk);
    const fifty = await statements(DisputeListEverythingDocument, { first: 50, eventsFirst: 20 }, frontdesk);
    measured['DisputeListEverything first 5'] = five.n;
    measured['DisputeListEverything first 50'] = fifty.n;
    expect(fifty.data.disputes.edges).toHaveLength(50);
    const events = five.data.disputes.edges.flatMap((e) => e.node.events.edges.map((x) => x.node));
    expect(events.some((e) => e.referral && e.proceeding)).toBe(true);
    expect(fifty.n).toBe(five.n);
    // As a handler (visibility and masking by organization) too.
    const handlerFive = await statements(DisputeListEverythingDocument, { first: 5, eventsFirst: 20 }, mediatorFuyang);
    const handlerMany = await statements(DisputeListEverythingDocument, { first: 30, eventsFirst: 20 }, mediatorFuyang);
    measured['DisputeListEverything as mediator.fuyang first 5'] = handlerFive.n;
    measured['DisputeListEverything as mediator.fuyang first 30'] = handlerMany.n;
    expect(handlerMany.data.disputes.edges).toHaveLength(30);
    expect(handlerMany.n).toBe(handlerFive.n);
  });

  it('relatedDisputes of every dispute on a list, with their parties: first 5 and first 50', async () => {
    // The procurement complaints share a contact phone, the neighbourhood disputes the parties' phones:
    // every dispute on the page has earlier ones of the same party.
    const five = await statements(DisputeListRelatedDocument, { first: 5 }, frontdesk);
    const fifty = await statements(DisputeListRelatedDocument, { first: 50 }, frontdesk);
    measured['DisputeListRelated first 5'] = five.n;
    measured['DisputeListRelated first 50'] = fifty.n;
    expect(fifty.data.disputes.edges).toHaveLength(50);
    const related = five.data.disputes.edges.flatMap((e) => e.node.relatedDisputes);
    expect(five.data.disputes.edges.every((e) => e.node.relatedDisputes.length > 0)).toBe(true);
    expect(related.every((r) => r.parties.length > 0)).toBe(true);
    expect(fifty.n).toBe(five.n);
    // As a handler: visibility and masking by organization, the same statements whatever the page size.
    const handlerFive = await statements(DisputeListRelatedDocument, { first: 5 }, mediatorFuyang);
    const handlerMany = await statements(DisputeListRelatedDocument, { first: 30 }, mediatorFuyang);
    measured['DisputeListRelated as mediator.fuyang first 5'] = handlerFive.n;
    measured['DisputeListRelated as mediator.fuyang first 30'] = handlerMany.n;
    expect(handlerMany.data.disputes.edges.some((e) => e.node.relatedDisputes.length > 0)).toBe(true);
    expect(handlerMany.n).toBe(handlerFive.n);
  });

  it('ReferralInbox with its disputes and parties: first 5 and first 20', async () => {
    const five = await statements(ReferralInboxDocument, { first: 5 }, mediatorFuyang);
    const twenty = await statements(ReferralInboxDocument, { first: 20 }, mediatorFuyang);
    measured['ReferralInbox first 5'] = five.n;
    measured['ReferralInbox first 20'] = twenty.n;
    expect(five.data.referralInbox.edges).toHaveLength(5);
    expect(twenty.data.referralInbox.edges).toHaveLength(20);
    expect(twenty.data.referralInbox.totalCount).toBe(33);
    const nodes = five.data.referralInbox.edges.map((e) => e.node);
    expect(nodes.every((r) => r.dispute.parties.length === 2)).toBe(true);
    expect(new Set(nodes.map((r) => r.status))).toEqual(new Set(['ACCEPTED', 'PENDING', 'COMPLETED']));
    expect(nodes.some((r) => r.proceeding)).toBe(true);
    expect(twenty.n).toBe(five.n);
  });

  it('DisputePage: a few events and many', async () => {
    const few = await statements(DisputePageDocument, { id: fewEvents }, financeFuyang);
    const many = await statements(DisputePageDocument, { id: manyEvents }, financeFuyang);
    measured['DisputePage few events'] = few.n;
    measured['DisputePage many events'] = many.n;
    expect(few.data.dispute!.events.edges.length).toBeLessThan(10);
    expect(many.data.dispute!.events.edges.length).toBeGreaterThanOrEqual(40);
    expect(many.data.dispute!.proceedings[0].pauses).toHaveLength(21);
    expect(many.n).toBe(few.n);
    // Paging through the long timeline costs no more per page (pauses and resumptions only: no referral to load).
    const next = await statements(DisputePageDocument, { id: manyEvents, eventsFirst: 10, eventsAfter: many.data.dispute!.events.edges[9].cursor }, financeFuyang);
    measured['DisputePage many events, a later page'] = next.n;
    expect(next.data.dispute!.events.edges).toHaveLength(10);
    expect(next.n).toBeLessThanOrEqual(few.n);
  });

  it('totalCount is a statement of its own, sent only when the client selects it', async () => {
    const plain = await statements(DisputeIdsPageDocument, { first: 10 }, frontdesk);
    const counted = await statements(DisputeIdsPageCountedDocument, { first: 10 }, frontdesk);
    measured['DisputeIdsPage without totalCount'] = plain.n;
    measured['DisputeIdsPage with totalCount'] = counted.n;
    expect(counted.data.disputes.edges.map((e) => e.node.id)).toEqual(plain.data.disputes.edges.map((e) => e.node.id));
    expect(counted.data.disputes.totalCount).toBe(DISPUTES + 2);
    expect(counted.n).toBe(plain.n + 1);
    // The same for the inbox, with a status filter (the index on (to_organization_id, status, created_at, id)).
    const pending = await statements(ReferralInboxIdsDocument, { status: ['PENDING'], first: 50 }, mediatorFuyang);
    const count = await statements(ReferralInboxCountDocument, { status: ['PENDING'] }, mediatorFuyang);
    expect(pending.data.referralInbox.edges.length).toBeGreaterThan(0);
    expect(pending.data.referralInbox.edges.every((e) => e.node.status === 'PENDING')).toBe(true);
    expect(count.data.referralInbox.totalCount).toBe(pending.data.referralInbox.edges.length);
    // The inbox counters the referral triggers keep agree with the rows, for every organization and status.
    const conn = t.hub.orm.em.fork().getConnection();
    const byRows = await conn.execute(`select to_organization_id as org, status, count(*)::int as n from referral group by 1, 2 order by 1, 2`);
    const kept = await conn.execute(`select to_organization_id as org, status, n::int as n from referral_inbox_count where n <> 0 order by 1, 2`);
    expect(byRows.length).toBeGreaterThan(3);
    expect(kept).toEqual(byRows);
    // Likewise the dispute counters (status, region, category) behind a frontdesk list's totalCount.
    const disputesByRows = await conn.execute(`select status, region, category, count(*)::int as n from dispute group by 1, 2, 3 order by 1, 2, 3`);
    const disputesKept = await conn.execute(`select status, region, category, n::int as n from dispute_count where n <> 0 order by 1, 2, 3`);
    expect(disputesByRows.length).toBeGreaterThan(1);
    expect(disputesKept).toEqual(disputesByRows);
    // The counters answer without a count of the rows: a filtered count costs what an unfiltered one does.
    const inProgress = await statements(DisputeIdsPageCountedDocument, { first: 100, filter: { status: ['IN_PROGRESS'], region: '富阳区' } }, frontdesk);
    expect(inProgress.data.disputes.totalCount).toBe(inProgress.data.disputes.edges.length);
    expect(inProgress.n).toBe(counted.n);
  });
});
