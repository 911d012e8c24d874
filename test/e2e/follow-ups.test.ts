/**
 * Follow-up visits (回访, #17) over GraphQL, on disputes built through the API on a settable clock:
 * - a settling conclusion (AGREEMENT) creates one follow-up for the mediation committee with a
 *   FOLLOW_UP clock of HUB_FOLLOW_UP_DUE_WORKING_DAYS working days, alerted by the sweep like any
 *   clock; closing the resolved dispute keeps it (and does not create a second one);
 * - a dispute closed from routing is followed up by the registering organization; a withdrawn
 *   dispute gets none (an open one is cancelled);
 * - the visit is recorded (timeline FOLLOW_UP_RECORDED with ids, enums and scores only; the clock met);
 * - attempts that do not reach the party, then UNREACHABLE after the configured number;
 * - typed errors (scores, dates, closed follow-ups, version) write nothing;
 * - another organization sees nothing: no Dispute.followUp, no queue rows, NOT_FOUND on the commands.
 */
import { neighbourhoodDispute } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

let clock = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Beijing
let t: TestHub;
const tok: Record<string, string> = {};
const org: Record<string, string> = {};

type Vars = Record<string, unknown>;
type Result = { __typename: string; [k: string]: unknown };

beforeAll(async () => {
  t = await startTestHub({ HUB_FOLLOW_UP_DUE_WORKING_DAYS: '5', HUB_FOLLOW_UP_MAX_ATTEMPTS: '2' }, { now: () => clock });
  for (const u of ['frontdesk', 'mediator.fuyang', 'mediator.gongshu', 'adjudicator.fuyang-finance', 'court.liaison', 'reviewer', 'admin']) tok[u] = await t.login(u);
  const orgs = data(await t.gql<{ organizations: { id: string; name: string }[] }, Vars>('{ organizations { id name } }', {})).organizations;
  for (const o of orgs) org[o.name] = o.id;
});
afterAll(async () => {
  await t?.stop();
});

function data<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function call(query: string, vars: Vars, token: string | null): Promise<Result> {
  return Object.values(data(await t.gql<Record<string, Result>, Vars>(query, vars, token)))[0];
}

function as<T>(r: Result, name: string): T & Result {
  if (r.__typename !== name) throw new Error(`expected ${name}, got ${JSON.stringify(r)}`);
  return r as T & Result;
}

const FOLLOW_UP = `id status version concludedOn visitedOn method performance professionalism ease timeliness fairness averageScore satisfied comments closedAt
  attempts { attemptedOn method } organization { name } dispute { id } deadline { kind state dueOn }`;
const RESULT = `__typename ... on FollowUp { ${FOLLOW_UP} } ... on ErrorResult { code message } ... on ValidationError { fieldErrors { field code message } }
  ... on InvalidTransitionError { currentStatus } ... on VersionConflictError { currentVersion }`;
const RECORD = `mutation($id: ID!, $i: RecordFollowUpInput!, $v: Int) { recordFollowUp(followUpId: $id, input: $i, expectedVersion: $v) { ${RESULT} } }`;
const ATTEMPT = `mutation($id: ID!, $on: Date!, $m: FollowUpMethod!, $v: Int) { recordFollowUpAttempt(followUpId: $id, attemptedOn: $on, method: $m, expectedVersion: $v) { ${RESULT} } }`;
const CLOSE = `mutation($id: ID!, $v: Int) { closeFollowUp(followUpId: $id, expectedVersion: $v) { ${RESULT} } }`;
const DISPUTE = `query($id: ID!) { dispute(id: $id) { id status version followUp { ${FOLLOW_UP} } deadlines { kind state dueOn } events(first: 100) { edges { node { type data summary } } } } }`;
const QUEUE = `query($s: [FollowUpStatus!], $soon: Boolean, $over: Boolean, $first: Int, $after: String) {
  followUps(status: $s, dueSoon: $soon, overdue: $over, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status dispute { id } deadline { dueOn state } } } } }`;

interface FollowUpView {
  id: string;
  status: string;
  version: number;
  concludedOn: string;
  visitedOn: string | null;
  method: string | null;
  performance: string | null;
  professionalism: number | null;
  averageScore: number | null;
  satisfied: boolean | null;
  comments: string | null;
  attempts: { attemptedOn: string; method: string }[];
  organization: { name: string };
  dispute: { id: string } | null;
  deadline: { kind: string; state: string; dueOn: string } | null;
}
interface DisputeView {
  id: string;
  status: string;
  version: number;
  followUp: FollowUpView | null;
  deadlines: { kind: string; state: string; dueOn: string }[];
  events: { edges: { node: { type: string; data: Record<string, unknown> | null; summary: string } }[] };
}

async function disputeAs(id: string, who: string): Promise<DisputeView | null> {
  return data(await t.gql<{ dispute: DisputeView | null }, Vars>(DISPUTE, { id }, tok[who])).dispute;
}

async function queue(who: string, vars: Vars = {}) {
  return data(
    await t.gql<
      { followUps: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: { id: string; status: string; dispute: { id: string } } }[] } },
      Vars
    >(QUEUE, vars, tok[who]),
  ).followUps;
}

/** Rows the follow-up commands could write. */
async function footprint() {
  const conn = t.hub.orm.em.getConnection();
  const [row] = await conn.execute<Record<string, string>[]>(
    `select (select count(*) from follow_up)::text as follow_ups,
            (select coalesce(sum(version), 0) from follow_up)::text as versions,
            (select count(*) from dispute_event)::text as events,
            (select count(*) from deadline where open)::text as open_clocks,
            (select coalesce(sum(version), 0) from dispute)::text as dispute_versions,
            (select count(*) from stat_follow_up)::text as facts`,
  );
  return row;
}

/** Registered by the frontdesk, referred to 富阳区人民调解委员会 and accepted; concluded with `outcome` when given. */
async function mediated(outcome: string | null): Promise<string> {
  const reg = as<{ id: string; version: number }>(
    await call('mutation($i: RegisterDisputeInput!) { registerDispute(input: $i) { __typename ... on Dispute { id version } } }', { i: neighbourhoodDispute() }, tok.frontdesk),
    'Dispute',
  );
  const referral = as<{ id: string }>(
    await call(
      'mutation($i: ReferDisputeInput!) { referDispute(input: $i) { __typename ... on Referral { id } } }',
      { i: { disputeId: reg.id, toOrganizationId: org['富阳区人民调解委员会'], channel: 'MEDIATION', kind: 'TRANSFER', matterCode: 'PEOPLES-MEDIATION', reason: '邻里纠纷' } },
      tok.frontdesk,
    ),
    'Referral',
  );
  const accepted = as<{ proceeding: { id: string } }>(
    await call('mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on Referral { proceeding { id } } } }', { id: referral.id }, tok['mediator.fuyang']),
    'Referral',
  );
  if (outcome) {
    as(
      await call(
        'mutation($i: ConcludeProceedingInput!) { concludeProceeding(input: $i) { __typename ... on Proceeding { id } } }',
        { i: { proceedingId: accepted.proceeding.id, outcome, summary: '调解办结' } },
        tok['mediator.fuyang'],
      ),
      'Proceeding',
    );
  }
  return reg.id;
}

const VISIT = { visitedOn: '2026-03-04', method: 'PHONE', performance: 'PERFORMED', professionalism: 5, ease: 4, timeliness: 4, fairness: 5, comments: '当事人表示协议已履行，对调解员很满意。' };

describe('created when a dispute is resolved or closed', () => {
  let resolved: string;

  it('a settling conclusion creates one follow-up for the mediation committee, with a FOLLOW_UP clock the sweep alerts', async () => {
    resolved = await mediated('AGREEMENT');
    const d = (await disputeAs(resolved, 'mediator.fuyang'))!;
    expect(d.status).toBe('RESOLVED');
    const f = d.followUp!;
    expect(f).toMatchObject({ status: 'OPEN', concludedOn: '2026-03-02', organization: { name: '富阳区人民调解委员会' }, dispute: { id: resolved }, attempts: [], comments: null });
    // 5 working days from Monday 2026-03-02.
    expect(f.deadline).toEqual({ kind: 'FOLLOW_UP', state: 'ON_TRACK', dueOn: '2026-03-09' });
    expect(d.deadlines.filter((x) => x.kind === 'FOLLOW_UP')).toHaveLength(1);
    // Closing the resolved dispute keeps the follow-up and its clock, and makes no second one.
    as(await call('mutation($id: ID!) { closeDispute(id: $id) { __typename ... on Dispute { status } } }', { id: resolved }, tok.frontdesk), 'Dispute');
    const closed = (await disputeAs(resolved, 'mediator.fuyang'))!;
    expect(closed.status).toBe('CLOSED');
    expect(closed.followUp).toMatchObject({ id: f.id, status: 'OPEN', deadline: { state: 'ON_TRACK' } });
    const [{ n }] = await t.hub.orm.em.getConnection().execute<{ n: string }[]>('select count(*)::text as n from follow_up where dispute_id = ?', [resolved]);
    expect(n).toBe('1');

    // The sweep alerts it like any clock: due soon, then overdue.
    clock = new Date('2026-03-06T02:00:00Z');
    await t.hub.sweep.runOnce();
    clock = new Date('2026-03-10T02:00:00Z');
    await t.hub.sweep.runOnce();
    const alerted = (await disputeAs(resolved, 'mediator.fuyang'))!;
    const alerts = alerted.events.edges.map((e) => e.node).filter((e) => e.type.startsWith('DEADLINE_') && e.data?.kind === 'FOLLOW_UP');
    expect(alerts.map((e) => e.type)).toEqual(['DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE']);
    expect(alerted.followUp!.deadline!.state).toBe('OVERDUE');
    const overdue = await queue('mediator.fuyang', { over: true });
    expect(overdue.edges.map((e) => e.node.id)).toContain(f.id);
    clock = new Date('2026-03-02T02:00:00Z');
  });

  it('a dispute closed from routing is followed up by the registering organization; a failed mediation is not until it is closed', async () => {
    const failed = await mediated('MEDIATION_FAILED');
    expect((await disputeAs(failed, 'mediator.fuyang'))!.followUp).toBeNull();
    as(await call('mutation($id: ID!) { closeDispute(id: $id) { __typename } }', { id: failed }, tok.frontdesk), 'Dispute');
    // The mediation committee concluded the last proceeding: it follows up.
    expect((await disputeAs(failed, 'mediator.fuyang'))!.followUp).toMatchObject({ status: 'OPEN', organization: { name: '富阳区人民调解委员会' } });

    const reg = as<{ id: string }>(
      await call('mutation($i: RegisterDisputeInput!) { registerDispute(input: $i) { __typename ... on Dispute { id } } }', { i: neighbourhoodDispute() }, tok.frontdesk),
      'Dispute',
    );
    as(await call('mutation($id: ID!) { closeDispute(id: $id) { __typename } }', { id: reg.id }, tok.frontdesk), 'Dispute');
    const own = (await disputeAs(reg.id, 'frontdesk'))!;
    expect(own.followUp).toMatchObject({ status: 'OPEN', organization: { name: '杭州市社会矛盾纠纷调处化解中心' }, deadline: { kind: 'FOLLOW_UP', state: 'ON_TRACK' } });
    expect((await queue('frontdesk')).edges.map((e) => e.node.dispute.id)).toContain(reg.id);
  });

  it('a withdrawn dispute gets none: not while in progress, and an open one of a resolved dispute is cancelled with its clock', async () => {
    const inProgress = await mediated(null);
    as(await call('mutation($id: ID!) { withdrawDispute(id: $id, reason: "申请人撤回") { __typename } }', { id: inProgress }, tok.frontdesk), 'Dispute');
    expect((await disputeAs(inProgress, 'mediator.fuyang'))!.followUp).toBeNull();
    const [{ n }] = await t.hub.orm.em.getConnection().execute<{ n: string }[]>('select count(*)::text as n from follow_up where dispute_id = ?', [inProgress]);
    expect(n).toBe('0');

    const resolvedThenWithdrawn = await mediated('AGREEMENT');
    const before = (await disputeAs(resolvedThenWithdrawn, 'mediator.fuyang'))!.followUp!;
    as(await call('mutation($id: ID!) { withdrawDispute(id: $id, reason: "申请人撤回") { __typename } }', { id: resolvedThenWithdrawn }, tok.frontdesk), 'Dispute');
    const after = (await disputeAs(resolvedThenWithdrawn, 'mediator.fuyang'))!;
    expect(after.followUp).toMatchObject({ id: before.id, status: 'CANCELLED' });
    expect(after.followUp!.deadline!.state).not.toMatch(/ON_TRACK|DUE_SOON|OVERDUE/);
    expect((await queue('mediator.fuyang')).edges.map((e) => e.node.id)).not.toContain(before.id);
    const refused = await call(ATTEMPT, { id: before.id, on: '2026-03-02', m: 'PHONE' }, tok['mediator.fuyang']);
    expect(refused).toMatchObject({ __typename: 'InvalidTransitionError', currentStatus: 'CANCELLED' });
  });
});

describe('recorded, retried, unreachable', () => {
  it('a visit is recorded: the clock is met, the timeline has ids, enums and scores only, the comment stays with the record', async () => {
    const id = await mediated('AGREEMENT');
    const f = (await disputeAs(id, 'mediator.fuyang'))!.followUp!;
    clock = new Date('2026-03-04T06:00:00Z');
    const r = as<FollowUpView>(await call(RECORD, { id: f.id, i: VISIT, v: f.version }, tok['mediator.fuyang']), 'FollowUp');
    expect(r).toMatchObject({
      status: 'VISITED',
      visitedOn: '2026-03-04',
      method: 'PHONE',
      performance: 'PERFORMED',
      professionalism: 5,
      averageScore: 4.5,
      satisfied: true,
      comments: VISIT.comments,
    });
    expect(r.version).toBe(f.version + 1);
    expect(r.deadline).toMatchObject({ kind: 'FOLLOW_UP', state: 'MET' });
    const d = (await disputeAs(id, 'mediator.fuyang'))!;
    const recorded = d.events.edges.map((e) => e.node).filter((e) => e.type === 'FOLLOW_UP_RECORDED');
    expect(recorded).toHaveLength(1);
    expect(recorded[0].data).toEqual({ followUpId: f.id, method: 'PHONE', performance: 'PERFORMED', professionalism: 5, ease: 4, timeliness: 4, fairness: 5 });
    expect(JSON.stringify(d.events)).not.toContain('很满意');
    // Recorded once: a second record is refused and writes nothing.
    const before = await footprint();
    expect(await call(RECORD, { id: f.id, i: VISIT }, tok['mediator.fuyang'])).toMatchObject({ __typename: 'InvalidTransitionError', currentStatus: 'VISITED' });
    expect(await footprint()).toEqual(before);
    clock = new Date('2026-03-02T02:00:00Z');
  });

  it('attempts that do not reach the party: FOLLOW_UP_ATTEMPTED each, then UNREACHABLE after HUB_FOLLOW_UP_MAX_ATTEMPTS (2 here)', async () => {
    const id = await mediated('AGREEMENT');
    const f = (await disputeAs(id, 'mediator.fuyang'))!.followUp!;
    const first = as<FollowUpView>(await call(ATTEMPT, { id: f.id, on: '2026-03-02', m: 'PHONE', v: f.version }, tok['mediator.fuyang']), 'FollowUp');
    expect(first).toMatchObject({ status: 'OPEN', attempts: [{ attemptedOn: '2026-03-02', method: 'PHONE' }] });
    const second = as<FollowUpView>(await call(ATTEMPT, { id: f.id, on: '2026-03-02', m: 'SMS', v: first.version }, tok['mediator.fuyang']), 'FollowUp');
    expect(second).toMatchObject({ status: 'UNREACHABLE', deadline: { state: 'MET' } });
    expect(second.attempts.map((a) => a.method)).toEqual(['PHONE', 'SMS']);
    const types = (await disputeAs(id, 'mediator.fuyang'))!.events.edges.map((e) => e.node).filter((e) => e.type.startsWith('FOLLOW_UP_'));
    expect(types.map((e) => [e.type, e.data])).toEqual([
      ['FOLLOW_UP_ATTEMPTED', { followUpId: f.id, attempt: 1, method: 'PHONE' }],
      ['FOLLOW_UP_ATTEMPTED', { followUpId: f.id, attempt: 2, method: 'SMS' }],
      ['FOLLOW_UP_CLOSED', { followUpId: f.id, unreachable: true }],
    ]);
    expect(await call(RECORD, { id: f.id, i: { ...VISIT, visitedOn: '2026-03-02' } }, tok['mediator.fuyang'])).toMatchObject({ __typename: 'InvalidTransitionError', currentStatus: 'UNREACHABLE' });
  });

  it('the handler may close as unreachable earlier, but only after an attempt', async () => {
    const id = await mediated('AGREEMENT');
    const f = (await disputeAs(id, 'mediator.fuyang'))!.followUp!;
    const before = await footprint();
    expect(await call(CLOSE, { id: f.id }, tok['mediator.fuyang'])).toMatchObject({ __typename: 'InvalidTransitionError', currentStatus: 'OPEN' });
    expect(await footprint()).toEqual(before);
    const tried = as<FollowUpView>(await call(ATTEMPT, { id: f.id, on: '2026-03-02', m: 'VISIT' }, tok['mediator.fuyang']), 'FollowUp');
    const closed = as<FollowUpView>(await call(CLOSE, { id: f.id, v: tried.version }, tok['mediator.fuyang']), 'FollowUp');
    expect(closed).toMatchObject({ status: 'UNREACHABLE', deadline: { state: 'MET' } });
    expect((await queue('mediator.fuyang')).edges.map((e) => e.node.id)).not.toContain(f.id);
    expect((await queue('mediator.fuyang', { s: ['UNREACHABLE'] })).edges.map((e) => e.node.id)).toContain(f.id);
  });

  it('typed errors in Chinese write nothing: scores outside 1–5, a date in the future or before the conclusion, control characters, a stale version', async () => {
    clock = new Date('2026-03-03T02:00:00Z');
    const id = await mediated('AGREEMENT');
    const f = (await disputeAs(id, 'mediator.fuyang'))!.followUp!;
    expect(f.concludedOn).toBe('2026-03-03');
    const cases: [Vars, string[]][] = [
      [{ ...VISIT, visitedOn: '2026-03-03', professionalism: 0 }, ['professionalism']],
      [{ ...VISIT, visitedOn: '2026-03-03', ease: 6, fairness: -1 }, ['ease', 'fairness']],
      [{ ...VISIT, visitedOn: '2026-03-04' }, ['visitedOn']],
      [{ ...VISIT, visitedOn: '2026-03-02' }, ['visitedOn']],
      [{ ...VISIT, visitedOn: '2026-03-03', comments: 'x'.repeat(2001) }, ['comments']],
      [{ ...VISIT, visitedOn: '2026-03-03', comments: '含\u0007控制字符' }, ['comments']],
    ];
    const before = await footprint();
    for (const [input, fields] of cases) {
      const r = await call(RECORD, { id: f.id, i: input }, tok['mediator.fuyang']);
      expect({ input, typename: r.__typename, fields: (r.fieldErrors as { field: string }[]).map((e) => e.field) }).toEqual({ input, typename: 'ValidationError', fields });
      for (const e of r.fieldErrors as { message: string }[]) expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    }
    for (const on of ['2026-03-04', '2026-03-02']) {
      const r = await call(ATTEMPT, { id: f.id, on, m: 'PHONE' }, tok['mediator.fuyang']);
      expect(r).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'attemptedOn' }] });
    }
    expect(await call(RECORD, { id: f.id, i: { ...VISIT, visitedOn: '2026-03-03' }, v: f.version + 5 }, tok['mediator.fuyang'])).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: f.version,
    });
    // Not an id, or no such follow-up: NOT_FOUND.
    for (const bad of ['nope', '00000000-0000-4000-8000-000000000000']) expect(await call(CLOSE, { id: bad }, tok['mediator.fuyang'])).toMatchObject({ __typename: 'NotFoundError' });
    // A score that is not an Int never reaches the hub: BAD_USER_INPUT.
    const typed = await t.gql(RECORD, { id: f.id, i: { ...VISIT, visitedOn: '2026-03-03', ease: 4.5 } }, tok['mediator.fuyang']);
    expect(typed.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(await footprint()).toEqual(before);
    clock = new Date('2026-03-02T02:00:00Z');
  });
});

describe('visibility', () => {
  let disputeId: string;
  let followUpId: string;

  beforeAll(async () => {
    disputeId = await mediated('AGREEMENT');
    followUpId = (await disputeAs(disputeId, 'mediator.fuyang'))!.followUp!.id;
    as(await call(RECORD, { id: followUpId, i: { ...VISIT, visitedOn: '2026-03-02' } }, tok['mediator.fuyang']), 'FollowUp');
  });

  it('only the handling organization and ADMIN see the follow-up and its comments; the frontdesk, who reads the dispute, sees none', async () => {
    expect((await disputeAs(disputeId, 'mediator.fuyang'))!.followUp).toMatchObject({ id: followUpId, comments: VISIT.comments });
    expect((await disputeAs(disputeId, 'admin'))!.followUp).toMatchObject({ id: followUpId, comments: VISIT.comments });
    const frontdesk = await disputeAs(disputeId, 'frontdesk');
    expect(frontdesk).not.toBeNull();
    expect(frontdesk!.followUp).toBeNull();
    // Others do not see the dispute at all.
    for (const who of ['mediator.gongshu', 'adjudicator.fuyang-finance', 'court.liaison', 'reviewer']) expect(await disputeAs(disputeId, who)).toBeNull();
  });

  it('the queue is the viewer’s organization’s only; ADMIN sees every organization’s', async () => {
    const all = async (who: string, s: string[]) => {
      const ids: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: Awaited<ReturnType<typeof queue>> = await queue(who, { s, first: 2, after });
        ids.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) return ids;
        after = page.pageInfo.endCursor;
      }
    };
    const statuses = ['OPEN', 'VISITED', 'UNREACHABLE', 'CANCELLED'];
    const mine = await all('mediator.fuyang', statuses);
    expect(mine).toContain(followUpId);
    expect(new Set(mine).size).toBe(mine.length);
    const [{ n }] = await t.hub.orm.em.getConnection().execute<{ n: string }[]>('select count(*)::text as n from follow_up where organization_id = ?', [org['富阳区人民调解委员会']]);
    expect(mine).toHaveLength(Number(n));
    expect((await queue('mediator.fuyang', { s: statuses })).totalCount).toBe(Number(n));
    for (const who of ['mediator.gongshu', 'adjudicator.fuyang-finance', 'court.liaison']) expect(await all(who, statuses)).toEqual([]);
    const frontdesk = await all('frontdesk', statuses);
    expect(frontdesk).not.toContain(followUpId);
    const [{ m }] = await t.hub.orm.em.getConnection().execute<{ m: string }[]>('select count(*)::text as m from follow_up');
    expect(await all('admin', statuses)).toHaveLength(Number(m));
    // The reviewer has no follow-up queue.
    const refused = await t.gql(QUEUE, {}, tok.reviewer);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('another organization’s staff cannot act on it: NOT_FOUND (as for no follow-up), nothing written', async () => {
    const open = await mediated('AGREEMENT');
    const target = (await disputeAs(open, 'mediator.fuyang'))!.followUp!.id;
    const before = await footprint();
    for (const who of ['frontdesk', 'mediator.gongshu', 'court.liaison']) {
      expect(await call(RECORD, { id: target, i: VISIT }, tok[who])).toMatchObject({ __typename: 'NotFoundError' });
      expect(await call(ATTEMPT, { id: target, on: '2026-03-02', m: 'PHONE' }, tok[who])).toMatchObject({ __typename: 'NotFoundError' });
      expect(await call(CLOSE, { id: target }, tok[who])).toMatchObject({ __typename: 'NotFoundError' });
    }
    const refused = await t.gql(RECORD, { id: target, i: VISIT }, tok.reviewer);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const anonymous = await t.gql(RECORD, { id: target, i: VISIT }, null);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    const after = await footprint();
    expect(after).toEqual(before);
  });

  it('the visit counts in the statistics of the handling organization', async () => {
    const q = `query($f: StatisticsFilter!) { statistics(filter: $f) { __typename ... on Statistics { followUps { visits unreachable satisfied satisfactionRate professionalismAverage performed } } } }`;
    const s = data(
      await t.gql<{ statistics: { followUps: { visits: number; satisfied: number; satisfactionRate: number | null } } }, Vars>(
        q,
        { f: { from: '2026-03-01', to: '2026-03-31' } },
        tok['mediator.fuyang'],
      ),
    ).statistics.followUps;
    const [row] = await t.hub.orm.em
      .getConnection()
      .execute<{ visits: string; satisfied: string }[]>(
        `select count(*)::text as visits, count(*) filter (where professionalism + ease + timeliness + fairness >= 16)::text as satisfied from follow_up where status = 'VISITED' and organization_id = ?`,
        [org['富阳区人民调解委员会']],
      );
    expect(s.visits).toBe(Number(row.visits));
    expect(s.visits).toBeGreaterThanOrEqual(2);
    expect(s.satisfied).toBe(Number(row.satisfied));
    expect(s.satisfactionRate).toBe(Number(row.satisfied) / Number(row.visits));
  });
});
