import {
  AcceptReferralDocument,
  AdmitProceedingDocument,
  CloseDisputeDocument,
  ConcludeProceedingDocument,
  CourtAcceptConfirmationDocument,
  CourtDecideConfirmationDocument,
  CourtDisputeDocument,
  CourtExtendConfirmationDocument,
  CourtOrganizationsDocument,
  CourtRequestConfirmationDocument,
  ReferDisputeDocument,
  ReferralInboxDocument,
  RegisterDisputeDocument,
  type CourtDisputeQuery,
  type ReferDisputeInput,
  type RegisterDisputeInput,
} from '../generated/graphql';
import { creditCode, residentId } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// Court linkage (诉调对接) over HTTP with a fixed business clock:
// 1. the round trip: a court-source dispute delegated by 杭州市中级人民法院
//    to 富阳区人民调解委员会 before filing (诉前委派调解), settled by agreement,
//    judicially confirmed by the delegating court (accepted, extended once,
//    confirmed) and closed;
// 2. entrusted mediation after filing (委托调解): 15 days, 7 under the simple procedure;
// 3. a failed delegated mediation goes back to the delegating court, which files
//    (立案) and tries the case;
// 4. a court transfers a patent dispute to the adjudication authority.
//
// Every expected date is reasoned from the 2026 calendar of
// /work/shared/domain/deadlines.md (start day not counted; calendar-day limits
// that end on a non-working day roll forward to the next working day).
// Useful 2026 facts: 03-02 is a Monday; 04-04..06 is the 清明 holiday
// (Sat..Mon); 04-18/19 is a weekend; 09-18 is a Friday.

let clock = new Date('2026-03-02T02:00:00Z'); // Monday 2026-03-02, 10:00 in Beijing
let t: TestHub;
const tok: Record<string, string> = {};
const org: Record<string, string> = {};

const COURT_CITY = '杭州市中级人民法院';
const MEDIATION_FY = '富阳区人民调解委员会';
const MARKET_CITY = '杭州市市场监督管理局';

beforeAll(async () => {
  t = await startTestHub({}, { now: () => clock });
  for (const u of ['frontdesk', 'mediator.fuyang', 'court.liaison', 'adjudicator.market']) tok[u] = await t.login(u);
  const orgs = await t.gql(CourtOrganizationsDocument, {});
  for (const o of orgs.data!.organizations) org[o.name] = o.id;
});
afterAll(async () => {
  await t?.stop();
});

// ---------------------------------------------------------------- helpers

/** 10:00 in Beijing on a date. */
function at(date: string, time = '10:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** The response's single root field, failing on GraphQL errors. */
function field<T>(res: GqlResponse<T>): T[keyof T] {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data as object)[0] as T[keyof T];
}

/** Narrows a result union to one member, failing with the actual value otherwise. */
function as<T extends { __typename: string }, N extends T['__typename']>(r: T, name: N): Extract<T, { __typename: N }> {
  if (r.__typename !== name) throw new Error(`expected ${name}, got ${JSON.stringify(r)}`);
  return r as Extract<T, { __typename: N }>;
}

function fields(r: { __typename: string; fieldErrors?: { field: string }[] }): string[] {
  return (r.fieldErrors ?? []).map((f) => f.field);
}

/** A sales-contract dispute as the court's filing office registers it (source COURT). */
function courtCase(overrides: Partial<RegisterDisputeInput> = {}): RegisterDisputeInput {
  return {
    title: '买卖合同纠纷（诉前调解）',
    facts: '原告向法院起诉要求被告支付货款，立案前经当事人同意委派调解组织进行调解。',
    category: 'CONTRACT',
    amount: '56000.00',
    region: '富阳区',
    source: 'COURT',
    occurredOn: '2026-01-20',
    parties: [
      { role: 'APPLICANT', kind: 'PERSON', name: '陈某', idNumber: residentId(), phone: '13811112222' },
      { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州富阳某建材有限公司', idNumber: creditCode() },
    ],
    ...overrides,
  };
}

async function register(input: RegisterDisputeInput, token = tok['court.liaison']) {
  return as(field(await t.gql(RegisterDisputeDocument, { input }, token)), 'Dispute');
}

async function refer(input: ReferDisputeInput, token = tok['court.liaison']) {
  return field(await t.gql(ReferDisputeDocument, { input }, token));
}

async function page(id: string, token = tok['court.liaison']): Promise<NonNullable<CourtDisputeQuery['dispute']>> {
  const d = field(await t.gql(CourtDisputeDocument, { id }, token));
  if (!d) throw new Error(`dispute ${id} not visible`);
  return d;
}

function eventTypes(d: NonNullable<CourtDisputeQuery['dispute']>): string[] {
  return d.events.edges.map((e) => e.node.type);
}

// ---------------------------------------------------------------- 1. the round trip

describe('court-delegated mediation with judicial confirmation (the issue’s round trip)', () => {
  it('runs from the court’s registration to a confirmed agreement and a closed dispute', async () => {
    clock = at('2026-03-02');
    const liaison = tok['court.liaison'];
    const mediator = tok['mediator.fuyang'];

    // A court liaison registers court-source disputes only.
    const walkIn = as(field(await t.gql(RegisterDisputeDocument, { input: courtCase({ source: 'WALK_IN' }) }, liaison)), 'ValidationError');
    expect(fields(walkIn)).toEqual(['source']);

    const dispute = await register(courtCase());
    expect(dispute.status).toBe('AWAITING_ROUTING');
    expect(dispute.currentOrganization?.name).toBe(COURT_CITY);

    const referral = as(
      await refer({
        disputeId: dispute.id,
        toOrganizationId: org[MEDIATION_FY],
        channel: 'MEDIATION',
        kind: 'COURT_DELEGATED',
        reason: '诉前委派调解',
        expectedVersion: dispute.version,
      }),
      'Referral',
    );
    expect(referral).toMatchObject({ kind: 'COURT_DELEGATED', channel: 'MEDIATION', status: 'PENDING' });
    expect(referral.fromOrganization.name).toBe(COURT_CITY);
    expect(referral.toOrganization.name).toBe(MEDIATION_FY);
    // 3 working days from Monday 03-02: Thursday 03-05.
    expect(referral.responseDeadline).toMatchObject({ kind: 'REFERRAL_RESPONSE', dueOn: '2026-03-05', unit: 'WORKING_DAYS', remaining: 3 });

    // Thursday 03-05, the last day to answer: the mediation committee accepts.
    clock = at('2026-03-05');
    const accepted = as(field(await t.gql(AcceptReferralDocument, { id: referral.id }, mediator)), 'Referral');
    expect(accepted.status).toBe('ACCEPTED');
    expect(accepted.responseDeadline.state).toBe('MET');
    expect(accepted.proceeding!.status).toBe('IN_PROGRESS');

    let d = await page(dispute.id, mediator);
    expect(d.status).toBe('IN_PROGRESS');
    let mediation = d.proceedings[0];
    expect(mediation).toMatchObject({ channel: 'MEDIATION', status: 'IN_PROGRESS', organization: { name: MEDIATION_FY } });
    expect(mediation.acceptanceDeadline).toBeNull();
    // The court's kind of referral sets the limit: 30 calendar days from acceptance (03-05):
    // 03-05 + 26 = 03-31, + 4 = 04-04, a Saturday inside the 清明 holiday (04-04..06),
    // so the last day rolls forward to Tuesday 04-07; 33 calendar days remain.
    expect(mediation.handlingDeadline).toMatchObject({ kind: 'HANDLING', dueOn: '2026-04-07', unit: 'CALENDAR_DAYS', state: 'ON_TRACK', remaining: 33 });
    // The court practice rule, not people's mediation's default (调解结案 under 《人民调解工作若干规定》).
    expect(mediation.handlingDeadline!.rule).toContain('自受理之日起 30 日内完成诉前委派调解');
    expect(mediation.handlingDeadline!.rule).toContain('诉前调解');
    expect(mediation.handlingDeadline!.rule).not.toContain('人民调解工作若干规定');

    // Friday 03-20: agreement signed and sealed the day before (effectiveOn 03-19).
    clock = at('2026-03-20');
    const concluded = as(
      field(
        await t.gql(
          ConcludeProceedingDocument,
          { input: { proceedingId: mediation.id, outcome: 'AGREEMENT', summary: '双方达成分期付款协议', documentNumber: '富人调〔2026〕15号', effectiveOn: '2026-03-19' } },
          mediator,
        ),
      ),
      'Proceeding',
    );
    expect(concluded.status).toBe('CONCLUDED');
    expect(concluded.outcome).toMatchObject({ kind: 'AGREEMENT', settles: true, effectiveOn: '2026-03-19', documentNumber: '富人调〔2026〕15号' });
    expect(concluded.handlingDeadline!.state).toBe('MET');
    // 30 days from the agreement taking effect (03-19): 03-19 + 12 = 03-31, + 18 = 04-18, a Saturday:
    // rolls forward to Monday 04-20; from 03-20 that is 31 calendar days.
    expect(concluded.judicialConfirmationApplicationDeadline).toMatchObject({
      kind: 'JUDICIAL_CONFIRMATION_APPLICATION',
      dueOn: '2026-04-20',
      unit: 'CALENDAR_DAYS',
      state: 'ON_TRACK',
      remaining: 31,
    });

    // The court sees the outcome on the dispute it registered.
    d = await page(dispute.id, liaison);
    expect(d.status).toBe('RESOLVED');
    expect(d.referrals.map((r) => [r.kind, r.status])).toEqual([['COURT_DELEGATED', 'COMPLETED']]);
    mediation = d.proceedings[0];
    expect(mediation.outcome).toMatchObject({ kind: 'AGREEMENT', settles: true, effectiveOn: '2026-03-19' });
    expect(mediation.judicialConfirmationApplicationDeadline).toMatchObject({ dueOn: '2026-04-20', state: 'ON_TRACK' });
    expect(mediation.judicialConfirmation).toBeNull();

    // Monday 03-23: the mediator applies to the delegating court.
    clock = at('2026-03-23');
    const requested = as(field(await t.gql(CourtRequestConfirmationDocument, { proceedingId: mediation.id, courtId: org[COURT_CITY] }, mediator)), 'JudicialConfirmation');
    expect(requested).toMatchObject({ status: 'PENDING', court: { name: COURT_CITY, kind: 'COURT' }, acceptedAt: null, decisionDeadline: null, extensions: [] });
    expect(requested.proceeding.id).toBe(mediation.id);
    // The court decides acceptance within 3 days of receipt (03-23): Thursday 03-26.
    expect(requested.acceptanceDeadline).toMatchObject({ kind: 'JUDICIAL_CONFIRMATION_ACCEPTANCE', dueOn: '2026-03-26', unit: 'CALENDAR_DAYS', state: 'ON_TRACK', remaining: 3 });

    d = await page(dispute.id, mediator);
    expect(d.proceedings[0].judicialConfirmationApplicationDeadline!.state).toBe('MET');
    expect(d.proceedings[0].judicialConfirmation).toMatchObject({ id: requested.id, status: 'PENDING' });

    // Thursday 03-26 (the last day): 立案.
    clock = at('2026-03-26');
    const acc = as(field(await t.gql(CourtAcceptConfirmationDocument, { id: requested.id, expectedVersion: requested.version }, liaison)), 'JudicialConfirmation');
    expect(acc.status).toBe('ACCEPTED');
    expect(acc.version).toBe(requested.version + 1);
    expect(acc.acceptedAt).toBe(at('2026-03-26').toISOString());
    expect(acc.acceptanceDeadline.state).toBe('MET');
    // 15 days from acceptance (03-26): 03-31 is +5, 04-10 (Friday) is +15.
    expect(acc.decisionDeadline).toMatchObject({ kind: 'JUDICIAL_CONFIRMATION_DECISION', dueOn: '2026-04-10', unit: 'CALENDAR_DAYS', state: 'ON_TRACK', remaining: 15 });

    // Monday 03-30: extended once by 10 days with the president's approval: 04-10 + 10 = Monday 04-20.
    clock = at('2026-03-30');
    const ext = as(
      field(await t.gql(CourtExtendConfirmationDocument, { id: acc.id, reason: '需进一步核实协议履行能力', approverName: '院长 张某', expectedVersion: acc.version }, liaison)),
      'JudicialConfirmation',
    );
    expect(ext.status).toBe('ACCEPTED');
    expect(ext.decisionDeadline).toMatchObject({ dueOn: '2026-04-20', state: 'ON_TRACK', remaining: 21 });
    expect(ext.extensions).toEqual([
      { amount: 10, unit: 'CALENDAR_DAYS', reason: '需进一步核实协议履行能力', basis: 'HEAD_APPROVAL', approverName: '院长 张某', recordedBy: { username: 'court.liaison' } },
    ]);

    // Only once: the law's 10 days are used up.
    const again = as(field(await t.gql(CourtExtendConfirmationDocument, { id: acc.id, reason: '再次延长', approverName: '院长 张某' }, liaison)), 'ExtensionNotAllowedError');
    expect(again).toMatchObject({ errorCode: 'EXTENSION_NOT_ALLOWED', maxExtension: 10, alreadyExtended: 10 });

    // The dispute cannot be closed while the court is deciding.
    const early = as(field(await t.gql(CloseDisputeDocument, { id: dispute.id }, mediator)), 'InvalidTransitionError');
    expect(early.currentStatus).toBe('RESOLVED');

    // Friday 04-03: confirmed by ruling.
    clock = at('2026-04-03');
    const decided = as(
      field(await t.gql(CourtDecideConfirmationDocument, { id: acc.id, decision: 'CONFIRM', rulingNumber: '（2026）浙01民特15号', expectedVersion: ext.version }, liaison)),
      'JudicialConfirmation',
    );
    expect(decided).toMatchObject({ status: 'CONFIRMED', rulingNumber: '（2026）浙01民特15号', decidedAt: at('2026-04-03').toISOString() });
    expect(decided.decisionDeadline).toMatchObject({ dueOn: '2026-04-20', state: 'MET', remaining: null });

    // A ruling is final: deciding twice is refused.
    const twice = as(field(await t.gql(CourtDecideConfirmationDocument, { id: acc.id, decision: 'REJECT', rulingNumber: '（2026）浙01民特16号' }, liaison)), 'InvalidTransitionError');
    expect(twice.currentStatus).toBe('CONFIRMED');

    d = await page(dispute.id, liaison);
    expect(d.status).toBe('RESOLVED');
    const closed = as(field(await t.gql(CloseDisputeDocument, { id: dispute.id, expectedVersion: d.version }, mediator)), 'Dispute');
    expect(closed.status).toBe('CLOSED');
    expect(closed.closedAt).toBe(at('2026-04-03').toISOString());

    d = await page(dispute.id, liaison);
    expect(d.proceedings[0].judicialConfirmation).toMatchObject({ status: 'CONFIRMED', rulingNumber: '（2026）浙01民特15号' });
    // Closed: every clock stopped but the follow-up visit's (回访), which runs from the resolution.
    expect(d.deadlines.filter((x) => x.state !== 'MET').map((x) => x.kind)).toEqual(['FOLLOW_UP']);
    expect(eventTypes(d)).toEqual([
      'REGISTERED',
      'REFERRED',
      'REFERRAL_ACCEPTED',
      'CONCLUDED',
      'JUDICIAL_CONFIRMATION_REQUESTED',
      'JUDICIAL_CONFIRMATION_ACCEPTED',
      'EXTENDED',
      'JUDICIAL_CONFIRMATION_DECIDED',
      'CLOSED',
    ]);
    const summaries = d.events.edges.map((e) => e.node.summary);
    expect(summaries).toEqual([
      `${COURT_CITY} 登记纠纷 ${dispute.code}`,
      `委派调解至 ${MEDIATION_FY}`,
      `${MEDIATION_FY} 接收委派调解，开始办理`,
      `${MEDIATION_FY} 办结：达成调解协议（富人调〔2026〕15号）`,
      `${MEDIATION_FY} 向 ${COURT_CITY} 申请司法确认调解协议`,
      `${COURT_CITY} 立案受理司法确认申请`,
      `${COURT_CITY} 经院长批准延长司法确认审查期限 10 日，至 2026-04-20`,
      `${COURT_CITY} 裁定确认调解协议有效（（2026）浙01民特15号）`,
      '纠纷办结归档',
    ]);
    expect(d.events.edges.map((e) => e.node.actor?.username)).toEqual([
      'court.liaison',
      'court.liaison',
      'mediator.fuyang',
      'mediator.fuyang',
      'mediator.fuyang',
      'court.liaison',
      'court.liaison',
      'court.liaison',
      'mediator.fuyang',
    ]);
    // Summaries carry no personal data.
    for (const s of summaries) for (const p of d.parties) expect(s).not.toContain(p.name);
  });
});

// ---------------------------------------------------------------- 2. entrusted mediation

describe('court-entrusted mediation after filing (委托调解)', () => {
  it('gets 7 calendar days under the simple procedure and 15 under the ordinary one', async () => {
    clock = at('2026-03-02');
    const simple = await register(courtCase({ title: '民间借贷纠纷（委托调解）' }));
    const ordinary = await register(courtCase({ title: '买卖合同纠纷（委托调解）' }));
    const r1 = as(
      await refer({ disputeId: simple.id, toOrganizationId: org[MEDIATION_FY], channel: 'MEDIATION', kind: 'COURT_ENTRUSTED', procedure: 'SIMPLIFIED', reason: '立案后委托调解（简易程序）' }),
      'Referral',
    );
    // procedure omitted: ORDINARY.
    const r2 = as(await refer({ disputeId: ordinary.id, toOrganizationId: org[MEDIATION_FY], channel: 'MEDIATION', kind: 'COURT_ENTRUSTED', reason: '立案后委托调解' }), 'Referral');
    expect([r1.kind, r2.kind]).toEqual(['COURT_ENTRUSTED', 'COURT_ENTRUSTED']);

    // Accepted Thursday 03-05: 7 days → Thursday 03-12 (a working day).
    clock = at('2026-03-05');
    as(field(await t.gql(AcceptReferralDocument, { id: r1.id }, tok['mediator.fuyang'])), 'Referral');
    let p = (await page(simple.id, tok['mediator.fuyang'])).proceedings[0];
    expect(p).toMatchObject({ status: 'IN_PROGRESS', procedure: 'SIMPLIFIED', acceptanceDeadline: null });
    expect(p.handlingDeadline).toMatchObject({ dueOn: '2026-03-12', unit: 'CALENDAR_DAYS', state: 'ON_TRACK', remaining: 7 });
    expect(p.handlingDeadline!.rule).toContain('自受理之日起 7 日内完成委托调解');

    // Accepted Friday 03-06: 15 days → Saturday 03-21, rolled forward to Monday 03-23 (17 days away).
    clock = at('2026-03-06');
    as(field(await t.gql(AcceptReferralDocument, { id: r2.id }, tok['mediator.fuyang'])), 'Referral');
    p = (await page(ordinary.id, tok['mediator.fuyang'])).proceedings[0];
    expect(p).toMatchObject({ status: 'IN_PROGRESS', procedure: 'ORDINARY' });
    expect(p.handlingDeadline).toMatchObject({ dueOn: '2026-03-23', unit: 'CALENDAR_DAYS', state: 'ON_TRACK', remaining: 17 });
    expect(p.handlingDeadline!.rule).toContain('自受理之日起 15 日内完成委托调解');
  });

  it('refuses the simple procedure for pre-filing delegated mediation', async () => {
    clock = at('2026-03-06');
    const d = await register(courtCase());
    const bad = as(
      await refer({ disputeId: d.id, toOrganizationId: org[MEDIATION_FY], channel: 'MEDIATION', kind: 'COURT_DELEGATED', procedure: 'SIMPLIFIED', reason: '诉前委派调解' }),
      'ValidationError',
    );
    expect(fields(bad)).toEqual(['procedure']);
  });
});

// ---------------------------------------------------------------- 3. failed delegated mediation

describe('a failed court-delegated mediation', () => {
  it('goes back to the delegating court, which files and tries the case', async () => {
    clock = at('2026-03-02');
    const liaison = tok['court.liaison'];
    const mediator = tok['mediator.fuyang'];
    const dispute = await register(courtCase({ title: '租赁合同纠纷（诉前调解）' }));
    const delegated = as(await refer({ disputeId: dispute.id, toOrganizationId: org[MEDIATION_FY], channel: 'MEDIATION', kind: 'COURT_DELEGATED', reason: '诉前委派调解' }), 'Referral');

    clock = at('2026-03-03');
    const acc = as(field(await t.gql(AcceptReferralDocument, { id: delegated.id }, mediator)), 'Referral');
    // 30 days from 03-03: Thursday 04-02.
    expect((await page(dispute.id, mediator)).proceedings[0].handlingDeadline).toMatchObject({ dueOn: '2026-04-02', unit: 'CALENDAR_DAYS' });

    // Monday 03-16: mediation fails.
    clock = at('2026-03-16');
    const failed = as(
      field(await t.gql(ConcludeProceedingDocument, { input: { proceedingId: acc.proceeding!.id, outcome: 'MEDIATION_FAILED', summary: '双方对租金数额分歧较大，调解不成' } }, mediator)),
      'Proceeding',
    );
    expect(failed.outcome).toMatchObject({ kind: 'MEDIATION_FAILED', settles: false });
    expect(failed.judicialConfirmationApplicationDeadline).toBeNull();

    let d = await page(dispute.id, liaison);
    // Returned automatically: a referral back to the delegating court on the litigation channel.
    expect(d.status).toBe('REFERRED');
    expect(d.referrals).toHaveLength(2);
    expect(d.referrals[0]).toMatchObject({ id: delegated.id, kind: 'COURT_DELEGATED', status: 'COMPLETED' });
    const back = d.referrals[1];
    expect(back).toMatchObject({
      channel: 'LITIGATION',
      status: 'PENDING',
      fromOrganization: { name: MEDIATION_FY },
      toOrganization: { name: COURT_CITY },
      matter: { code: 'CIVIL-LITIGATION' },
      proceeding: null,
    });
    // 3 working days from Monday 03-16: Thursday 03-19.
    expect(back.responseDeadline).toMatchObject({ dueOn: '2026-03-19', unit: 'WORKING_DAYS', state: 'ON_TRACK', remaining: 3 });

    // It is in the court's inbox.
    const inbox = field(await t.gql(ReferralInboxDocument, { status: ['PENDING'] }, liaison));
    expect(inbox.edges.map((e) => e.node.id)).toContain(back.id);

    // Tuesday 03-17: the court takes it; CIVIL-LITIGATION has a 7-day filing review from receipt (03-16): Monday 03-23.
    clock = at('2026-03-17');
    const taken = as(field(await t.gql(AcceptReferralDocument, { id: back.id }, liaison)), 'Referral');
    expect(taken.status).toBe('ACCEPTED');
    expect(taken.proceeding!.status).toBe('ACCEPTANCE_REVIEW');
    d = await page(dispute.id, liaison);
    expect(d.status).toBe('IN_PROGRESS');
    expect(d.currentOrganization!.name).toBe(COURT_CITY);
    let litigation = d.proceedings.find((p) => p.channel === 'LITIGATION')!;
    expect(litigation).toMatchObject({ status: 'ACCEPTANCE_REVIEW', organization: { name: COURT_CITY }, matter: { code: 'CIVIL-LITIGATION' }, handlingDeadline: null });
    expect(litigation.acceptanceDeadline).toMatchObject({ dueOn: '2026-03-23', unit: 'CALENDAR_DAYS', state: 'ON_TRACK', remaining: 6 });

    // Wednesday 03-18: 立案; six months from filing: Friday 09-18.
    clock = at('2026-03-18');
    const admitted = as(field(await t.gql(AdmitProceedingDocument, { id: litigation.id, caseNumber: '（2026）浙01民初188号' }, liaison)), 'Proceeding');
    expect(admitted).toMatchObject({ status: 'IN_PROGRESS', caseNumber: '（2026）浙01民初188号' });
    expect(admitted.acceptanceDeadline!.state).toBe('MET');
    expect(admitted.handlingDeadline).toMatchObject({ dueOn: '2026-09-18', unit: 'MONTHS', state: 'ON_TRACK' });

    // Wednesday 05-20: judgment.
    clock = at('2026-05-20');
    const judged = as(
      field(await t.gql(ConcludeProceedingDocument, { input: { proceedingId: litigation.id, outcome: 'JUDGMENT', summary: '判决被告支付租金', documentNumber: '（2026）浙01民初188号' } }, liaison)),
      'Proceeding',
    );
    expect(judged.outcome).toMatchObject({ kind: 'JUDGMENT', settles: true, effectiveOn: '2026-05-20' });
    expect(judged.judicialConfirmationApplicationDeadline).toBeNull();

    d = await page(dispute.id, liaison);
    expect(d.status).toBe('RESOLVED');
    expect(d.referrals.map((r) => r.status)).toEqual(['COMPLETED', 'COMPLETED']);
    litigation = d.proceedings.find((p) => p.channel === 'LITIGATION')!;
    expect(litigation.status).toBe('CONCLUDED');
    expect(eventTypes(d)).toEqual(['REGISTERED', 'REFERRED', 'REFERRAL_ACCEPTED', 'CONCLUDED', 'REFERRED', 'REFERRAL_ACCEPTED', 'PROCEEDING_ADMITTED', 'CONCLUDED']);
    const events = d.events.edges.map((e) => e.node);
    expect(events[3]).toMatchObject({ summary: `${MEDIATION_FY} 办结：调解不成`, organization: { name: MEDIATION_FY } });
    expect(events[4]).toMatchObject({ summary: `转办至 ${COURT_CITY}`, organization: { name: MEDIATION_FY }, actor: { username: 'mediator.fuyang' } });
    expect(events[5]).toMatchObject({ summary: `${COURT_CITY} 接收转办，进入受理审查`, actor: { username: 'court.liaison' } });
    expect(events[6].summary).toBe(`${COURT_CITY} 受理（案号 （2026）浙01民初188号）`);
    // The timeline ends with the court's conclusion.
    expect(events[7]).toMatchObject({
      type: 'CONCLUDED',
      summary: `${COURT_CITY} 办结：作出判决（调解书）（（2026）浙01民初188号）`,
      organization: { name: COURT_CITY },
      actor: { username: 'court.liaison' },
    });
  });
});

// ---------------------------------------------------------------- 4. transfer to an adjudication authority

function patentCase(): RegisterDisputeInput {
  const uscc = creditCode();
  return {
    title: '发明专利侵权纠纷',
    facts: '请求人认为被请求人制造、销售的产品落入其发明专利保护范围，法院释明后当事人同意由专利行政部门处理。',
    category: 'PATENT_INFRINGEMENT',
    matterCode: 'PATENT-INFRINGEMENT',
    region: '杭州市',
    source: 'COURT',
    applicationData: {
      requesterName: '杭州某某智能科技有限公司',
      requesterRole: '专利权人',
      requesterCreditCode: uscc,
      contactPhone: '0571-88880000',
      respondentName: '杭州某某电器有限公司',
      respondentAddress: '杭州市余杭区某路8号',
      patentNumber: 'ZL202110000000.1',
      patentName: '一种智能温控装置',
      patentType: '发明',
      grantAnnouncementDate: '2023-05-16',
      infringingObject: '某型号温控器',
      filedInCourt: '否',
      requests: '请求责令被请求人停止侵权',
      factsAndReasons: '被控侵权产品落入专利权利要求1的保护范围。',
      // The FILE fields (patentCertificate, infringementEvidence) stay empty: files are uploaded over POST /files.
    },
    parties: [
      { role: 'APPLICANT', kind: 'ORGANIZATION', name: '杭州某某智能科技有限公司', idNumber: uscc, phone: '0571-88880000' },
      { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州某某电器有限公司' },
    ],
  };
}

describe('a court transfers a patent dispute to the adjudication authority', () => {
  it('is accepted by 杭州市市场监督管理局 under its own acceptance and handling limits', async () => {
    clock = at('2026-03-02');
    const liaison = tok['court.liaison'];
    const adjudicator = tok['adjudicator.market'];
    const dispute = await register(patentCase());
    const referral = as(
      await refer({ disputeId: dispute.id, toOrganizationId: org[MARKET_CITY], channel: 'ADJUDICATION', kind: 'TRANSFER', reason: '属专利侵权纠纷行政裁决事项，转市场监督管理部门处理' }),
      'Referral',
    );
    expect(referral).toMatchObject({ kind: 'TRANSFER', channel: 'ADJUDICATION', status: 'PENDING', fromOrganization: { name: COURT_CITY }, toOrganization: { name: MARKET_CITY } });

    clock = at('2026-03-03');
    const acc = as(field(await t.gql(AcceptReferralDocument, { id: referral.id }, adjudicator)), 'Referral');
    expect(acc.status).toBe('ACCEPTED');
    let d = await page(dispute.id, liaison);
    expect(d.status).toBe('IN_PROGRESS');
    expect(d.currentOrganization!.name).toBe(MARKET_CITY);
    let p = d.proceedings[0];
    // Not a court kind of referral: the matter's own rules. 5 working days from receipt (Monday 03-02): Monday 03-09.
    expect(p).toMatchObject({ channel: 'ADJUDICATION', status: 'ACCEPTANCE_REVIEW', matter: { code: 'PATENT-INFRINGEMENT' }, organization: { name: MARKET_CITY }, handlingDeadline: null });
    expect(p.acceptanceDeadline).toMatchObject({ dueOn: '2026-03-09', unit: 'WORKING_DAYS' });
    expect(eventTypes(d)).toEqual(['REGISTERED', 'REFERRED', 'REFERRAL_ACCEPTED']);
    expect(d.events.edges[1].node.summary).toBe(`转办至 ${MARKET_CITY}`);

    // Wednesday 03-04: 立案; 3 months from filing: Thursday 06-04.
    clock = at('2026-03-04');
    const admitted = as(field(await t.gql(AdmitProceedingDocument, { id: p.id, caseNumber: '杭市管专裁〔2026〕3号' }, adjudicator)), 'Proceeding');
    expect(admitted.handlingDeadline).toMatchObject({ dueOn: '2026-06-04', unit: 'MONTHS' });

    // A decision of an adjudication is no mediation agreement: judicial confirmation is refused.
    clock = at('2026-04-15');
    as(field(await t.gql(ConcludeProceedingDocument, { input: { proceedingId: p.id, outcome: 'DECISION', summary: '认定侵权成立，责令停止侵权' } }, adjudicator)), 'Proceeding');
    const jc = as(field(await t.gql(CourtRequestConfirmationDocument, { proceedingId: p.id, courtId: org[COURT_CITY] }, adjudicator)), 'ValidationError');
    expect(fields(jc)).toEqual(['proceedingId']);
    d = await page(dispute.id, liaison);
    p = d.proceedings[0];
    expect(p.judicialConfirmation).toBeNull();
    expect(d.status).toBe('RESOLVED');
  });
});
