import {
  AcceptReferralDocument,
  CloseDisputeDocument,
  ConcludeProceedingDocument,
  CourtAcceptConfirmationDocument,
  CourtDecideConfirmationDocument,
  CourtDeclineConfirmationDocument,
  CourtDisputeDocument,
  CourtExtendConfirmationDocument,
  CourtOrganizationsDocument,
  CourtRequestConfirmationDocument,
  ReferDisputeDocument,
  RegisterDisputeDocument,
  WithdrawDisputeDocument,
  type CourtDisputeQuery,
  type OutcomeKind,
  type ReferDisputeInput,
  type ReferralKind,
  type RegisterDisputeInput,
} from '../generated/graphql';
import { creditCode, neighbourhoodDispute, residentId } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// Judicial confirmation (司法确认) and the court referral kinds: every path the
// rules forbid, each with its typed error (contract README, "Rules the schema
// alone does not show"), and the court's not-accepting (不予受理) and rejecting
// (驳回) rulings. Business clock fixed; dates reasoned from the 2026 calendar of
// /work/shared/domain/deadlines.md: 04-04..06 is the 清明 holiday (Sat..Mon),
// 06-19..21 the 端午 holiday (Fri..Sun); 06-06 is a Saturday.

let clock = new Date('2026-03-02T02:00:00Z'); // Monday 2026-03-02, 10:00 in Beijing
let t: TestHub;
const tok: Record<string, string> = {};
const org: Record<string, string> = {};

const COURT_CITY = '杭州市中级人民法院';
const COURT_FY = '富阳区人民法院';
const MEDIATION_FY = '富阳区人民调解委员会';
const MARKET_CITY = '杭州市市场监督管理局';
const JUSTICE_BUREAU = '杭州市司法局';

beforeAll(async () => {
  t = await startTestHub({}, { now: () => clock });
  for (const u of ['frontdesk', 'mediator.fuyang', 'mediator.gongshu', 'court.liaison', 'adjudicator.market']) tok[u] = await t.login(u);
  const orgs = await t.gql(CourtOrganizationsDocument, {});
  for (const o of orgs.data!.organizations) org[o.name] = o.id;
});
afterAll(async () => {
  await t?.stop();
});

// ---------------------------------------------------------------- helpers

function at(date: string, time = '10:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

function field<T>(res: GqlResponse<T>): T[keyof T] {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data as object)[0] as T[keyof T];
}

function as<T extends { __typename: string }, N extends T['__typename']>(r: T, name: N): Extract<T, { __typename: N }> {
  if (r.__typename !== name) throw new Error(`expected ${name}, got ${JSON.stringify(r)}`);
  return r as Extract<T, { __typename: N }>;
}

function fields(r: { fieldErrors?: { field: string }[] }): string[] {
  return [...new Set((r.fieldErrors ?? []).map((f) => f.field))];
}

function courtCase(overrides: Partial<RegisterDisputeInput> = {}): RegisterDisputeInput {
  return {
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
    ...overrides,
  };
}

async function refer(input: ReferDisputeInput, token: string) {
  return field(await t.gql(ReferDisputeDocument, { input }, token));
}

async function page(id: string, token = tok['mediator.fuyang']): Promise<NonNullable<CourtDisputeQuery['dispute']>> {
  const d = field(await t.gql(CourtDisputeDocument, { id }, token));
  if (!d) throw new Error(`dispute ${id} not visible`);
  return d;
}

/**
 * A dispute the court sends to 富阳区人民调解委员会 by `kind`, accepted today and
 * concluded with `outcome` today (so an agreement takes effect today).
 */
async function courtMediation(kind: ReferralKind, outcome: OutcomeKind): Promise<{ disputeId: string; proceedingId: string }> {
  const reg = as(field(await t.gql(RegisterDisputeDocument, { input: courtCase() }, tok['court.liaison'])), 'Dispute');
  const referral = as(await refer({ disputeId: reg.id, toOrganizationId: org[MEDIATION_FY], channel: 'MEDIATION', kind, reason: '法院委派（委托）调解' }, tok['court.liaison']), 'Referral');
  const acc = as(field(await t.gql(AcceptReferralDocument, { id: referral.id }, tok['mediator.fuyang'])), 'Referral');
  const proceedingId = acc.proceeding!.id;
  as(field(await t.gql(ConcludeProceedingDocument, { input: { proceedingId, outcome, summary: outcome === 'AGREEMENT' ? '双方达成调解协议' : '调解不成' } }, tok['mediator.fuyang'])), 'Proceeding');
  return { disputeId: reg.id, proceedingId };
}

function request(proceedingId: string, courtName: string | null, token = tok['mediator.fuyang'], courtId?: string) {
  return t.gql(CourtRequestConfirmationDocument, { proceedingId, courtId: courtId ?? org[courtName!] }, token);
}

// ---------------------------------------------------------------- what, where, who, when

describe('applying for judicial confirmation', () => {
  let d1: { disputeId: string; proceedingId: string };
  let d5: { disputeId: string; proceedingId: string };

  it('is only for a mediation agreement, at the delegating court, by the mediation organization', async () => {
    clock = at('2026-03-06');
    // Agreements effective Friday 03-06: window 03-06 + 30 = Sunday 04-05 (清明), rolled forward to Tuesday 04-07.
    d1 = await courtMediation('COURT_DELEGATED', 'AGREEMENT');
    d5 = await courtMediation('COURT_DELEGATED', 'AGREEMENT');
    const failed = await courtMediation('COURT_DELEGATED', 'MEDIATION_FAILED');
    const entrusted = await courtMediation('COURT_ENTRUSTED', 'AGREEMENT');
    expect((await page(d1.disputeId)).proceedings[0].judicialConfirmationApplicationDeadline).toMatchObject({ dueOn: '2026-04-07', unit: 'CALENDAR_DAYS', state: 'ON_TRACK' });

    clock = at('2026-03-09');
    // A failed mediation has no agreement to confirm.
    const notAgreement = as(field(await request(failed.proceedingId, COURT_CITY)), 'ValidationError');
    expect(notAgreement.errorCode).toBe('VALIDATION_FAILED');
    expect(fields(notAgreement)).toEqual(['proceedingId']);

    // An entrusted mediation after filing ends in the court's own 调解书.
    const entrustedErr = as(field(await request(entrusted.proceedingId, COURT_CITY)), 'ValidationError');
    expect(fields(entrustedErr)).toEqual(['proceedingId']);
    expect(entrustedErr.fieldErrors[0].message).toContain('调解书');

    // A court-delegated case is confirmed by the delegating court only.
    const otherCourt = as(field(await request(d1.proceedingId, COURT_FY)), 'ValidationError');
    expect(fields(otherCourt)).toEqual(['courtId']);
    expect(otherCourt.fieldErrors[0].message).toContain(COURT_CITY);

    // Not a court at all.
    const notCourt = as(field(await request(d1.proceedingId, JUSTICE_BUREAU)), 'ValidationError');
    expect(fields(notCourt)).toEqual(['courtId']);
    expect(notCourt.fieldErrors.every((f) => f.field === 'courtId' && f.code === 'INVALID')).toBe(true);
    expect(notCourt.fieldErrors.map((f) => f.message).join(' ')).toContain('不是人民法院');
    const mediationCommittee = as(field(await request(d1.proceedingId, MEDIATION_FY)), 'ValidationError');
    expect(fields(mediationCommittee)).toEqual(['courtId']);

    // Unknown ids.
    as(field(await request(d1.proceedingId, null, undefined, '00000000-0000-4000-8000-000000000000')), 'NotFoundError');
    as(field(await request('00000000-0000-4000-8000-000000000000', COURT_CITY)), 'NotFoundError');

    // A handler of another organization cannot see, let alone apply for, someone else's agreement.
    const stranger = as(field(await request(d1.proceedingId, COURT_CITY, tok['mediator.gongshu'])), 'NotFoundError');
    expect(stranger.errorCode).toBe('NOT_FOUND');
    as(field(await request(d1.proceedingId, COURT_CITY, tok['adjudicator.market'])), 'NotFoundError');

    // The court itself does not apply (HANDLER's act): FORBIDDEN.
    const byCourt = await request(d1.proceedingId, COURT_CITY, tok['court.liaison']);
    expect(byCourt.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byCourt.data?.requestJudicialConfirmation ?? null).toBeNull();

    // Nothing was created by the refusals.
    for (const id of [d1.disputeId, failed.disputeId, entrusted.disputeId]) {
      const d = await page(id);
      expect(d.proceedings.map((p) => p.judicialConfirmation)).toEqual(d.proceedings.map(() => null));
      expect(d.events.edges.map((e) => e.node.type)).not.toContain('JUDICIAL_CONFIRMATION_REQUESTED');
    }
  });

  it('is accepted on the last day of the 30-day window (rolled forward) and refused the day after', async () => {
    // Tuesday 04-07, the window's last day after rolling over 清明: allowed.
    clock = at('2026-04-07');
    const jc = as(field(await request(d5.proceedingId, COURT_CITY)), 'JudicialConfirmation');
    expect(jc.status).toBe('PENDING');
    // 3 days from 04-07: Friday 04-10.
    expect(jc.acceptanceDeadline).toMatchObject({ dueOn: '2026-04-10', state: 'ON_TRACK', remaining: 3 });

    // Wednesday 04-08: too late for the other agreement.
    clock = at('2026-04-08');
    const late = as(field(await request(d1.proceedingId, COURT_CITY)), 'ValidationError');
    expect(fields(late)).toEqual(['proceedingId']);
    expect(late.fieldErrors[0].message).toContain('2026-04-07');
    const p = (await page(d1.disputeId)).proceedings[0];
    expect(p.judicialConfirmationApplicationDeadline).toMatchObject({ dueOn: '2026-04-07', state: 'OVERDUE', remaining: -1 });
    expect(p.judicialConfirmation).toBeNull();

    // 不予受理 (Wednesday 04-08, within the 3 days).
    const declined = as(
      field(await t.gql(CourtDeclineConfirmationDocument, { id: jc.id, reason: '申请确认的调解协议内容不明确', expectedVersion: jc.version }, tok['court.liaison'])),
      'JudicialConfirmation',
    );
    expect(declined).toMatchObject({ status: 'NOT_ACCEPTED', acceptedAt: null, decisionDeadline: null, decidedAt: at('2026-04-08').toISOString() });
    expect(declined.acceptanceDeadline).toMatchObject({ dueOn: '2026-04-10', state: 'MET' });
    // Not accepted is final: no acceptance, no ruling afterwards.
    expect(as(field(await t.gql(CourtAcceptConfirmationDocument, { id: jc.id }, tok['court.liaison'])), 'InvalidTransitionError').currentStatus).toBe('NOT_ACCEPTED');
    expect(
      as(field(await t.gql(CourtDecideConfirmationDocument, { id: jc.id, decision: 'CONFIRM', rulingNumber: '（2026）浙01民特9号' }, tok['court.liaison'])), 'InvalidTransitionError').currentStatus,
    ).toBe('NOT_ACCEPTED');
    // A new application is bound by the same window, long over.
    expect(fields(as(field(await request(d5.proceedingId, COURT_CITY)), 'ValidationError'))).toEqual(['proceedingId']);

    const d = await page(d5.disputeId, tok['court.liaison']);
    expect(d.status).toBe('RESOLVED');
    expect(d.events.edges.at(-1)!.node).toMatchObject({ type: 'JUDICIAL_CONFIRMATION_NOT_ACCEPTED', summary: `${COURT_CITY} 裁定不予受理司法确认申请` });
    // Nothing open before the court any more: the holder may close.
    expect(as(field(await t.gql(CloseDisputeDocument, { id: d5.disputeId }, tok['mediator.fuyang'])), 'Dispute').status).toBe('CLOSED');
  });
});

// ---------------------------------------------------------------- the court's review, in order

describe('the court’s review', () => {
  it('goes PENDING → ACCEPTED → REJECTED in order only, and a rejection sends the dispute back to routing', async () => {
    // Monday 06-01 / Tuesday 06-02: a delegated mediation ends in an agreement.
    clock = at('2026-06-01');
    const { disputeId, proceedingId } = await courtMediation('COURT_DELEGATED', 'AGREEMENT');
    const liaison = tok['court.liaison'];
    const mediator = tok['mediator.fuyang'];

    // Wednesday 06-03: applied; 3 days → Saturday 06-06, rolled forward to Monday 06-08.
    clock = at('2026-06-03');
    const jc = as(field(await request(proceedingId, COURT_CITY)), 'JudicialConfirmation');
    expect(jc.status).toBe('PENDING');
    expect(jc.acceptanceDeadline).toMatchObject({ dueOn: '2026-06-08', state: 'ON_TRACK', remaining: 5 });

    // One application at a time.
    const second = as(field(await request(proceedingId, COURT_CITY)), 'InvalidTransitionError');
    expect(second).toMatchObject({ errorCode: 'INVALID_TRANSITION', currentStatus: 'PENDING' });
    // No ruling and no extension before acceptance (立案).
    const rulingFirst = as(field(await t.gql(CourtDecideConfirmationDocument, { id: jc.id, decision: 'CONFIRM', rulingNumber: '（2026）浙01民特30号' }, liaison)), 'InvalidTransitionError');
    expect(rulingFirst.currentStatus).toBe('PENDING');
    const extendFirst = as(field(await t.gql(CourtExtendConfirmationDocument, { id: jc.id, reason: '案情复杂', approverName: '院长 张某' }, liaison)), 'InvalidTransitionError');
    expect(extendFirst.currentStatus).toBe('PENDING');
    // The dispute stays open while the court has it, whoever tries to close it.
    for (const who of ['mediator.fuyang', 'frontdesk']) {
      const close = as(field(await t.gql(CloseDisputeDocument, { id: disputeId }, tok[who])), 'InvalidTransitionError');
      expect(close.currentStatus).toBe('RESOLVED');
    }
    // Only the court accepts: the mediator is refused outright.
    const byMediator = await t.gql(CourtAcceptConfirmationDocument, { id: jc.id }, mediator);
    expect(byMediator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(byMediator.data?.acceptJudicialConfirmation ?? null).toBeNull();
    // Stale version.
    const stale = as(field(await t.gql(CourtAcceptConfirmationDocument, { id: jc.id, expectedVersion: jc.version + 5 }, liaison)), 'VersionConflictError');
    expect(stale.currentVersion).toBe(jc.version);

    // Friday 06-05: 立案; 15 days → Saturday 06-20 (端午 06-19..21), rolled forward to Monday 06-22.
    clock = at('2026-06-05');
    const acc = as(field(await t.gql(CourtAcceptConfirmationDocument, { id: jc.id, expectedVersion: jc.version }, liaison)), 'JudicialConfirmation');
    expect(acc.status).toBe('ACCEPTED');
    expect(acc.acceptanceDeadline.state).toBe('MET');
    expect(acc.decisionDeadline).toMatchObject({ dueOn: '2026-06-22', state: 'ON_TRACK', remaining: 17 });
    expect(as(field(await t.gql(CourtAcceptConfirmationDocument, { id: jc.id }, liaison)), 'InvalidTransitionError').currentStatus).toBe('ACCEPTED');
    expect(as(field(await t.gql(CourtDeclineConfirmationDocument, { id: jc.id, reason: '不予受理' }, liaison)), 'InvalidTransitionError').currentStatus).toBe('ACCEPTED');
    expect(as(field(await request(proceedingId, COURT_CITY)), 'InvalidTransitionError').currentStatus).toBe('ACCEPTED');
    expect(as(field(await t.gql(CloseDisputeDocument, { id: disputeId }, mediator)), 'InvalidTransitionError').currentStatus).toBe('RESOLVED');
    // A ruling needs its number.
    const noNumber = as(field(await t.gql(CourtDecideConfirmationDocument, { id: jc.id, decision: 'REJECT' }, liaison)), 'ValidationError');
    expect(fields(noNumber)).toEqual(['rulingNumber']);

    // Wednesday 06-10: 驳回.
    clock = at('2026-06-10');
    const rejected = as(
      field(await t.gql(CourtDecideConfirmationDocument, { id: jc.id, decision: 'REJECT', rulingNumber: '（2026）浙01民特30号', note: '协议内容违反法律强制性规定' }, liaison)),
      'JudicialConfirmation',
    );
    expect(rejected).toMatchObject({ status: 'REJECTED', rulingNumber: '（2026）浙01民特30号', note: '协议内容违反法律强制性规定' });
    expect(rejected.decisionDeadline).toMatchObject({ dueOn: '2026-06-22', state: 'MET' });
    const twice = as(field(await t.gql(CourtDecideConfirmationDocument, { id: jc.id, decision: 'CONFIRM', rulingNumber: '（2026）浙01民特31号' }, liaison)), 'InvalidTransitionError');
    expect(twice.currentStatus).toBe('REJECTED');

    // Not confirmed: the dispute is routed again (the parties may mediate anew or sue).
    const d = await page(disputeId, liaison);
    expect(d.status).toBe('AWAITING_ROUTING');
    expect(d.proceedings[0].judicialConfirmation).toMatchObject({ id: jc.id, status: 'REJECTED' });
    expect(d.events.edges.map((e) => e.node.type).slice(-3)).toEqual(['JUDICIAL_CONFIRMATION_REQUESTED', 'JUDICIAL_CONFIRMATION_ACCEPTED', 'JUDICIAL_CONFIRMATION_DECIDED']);
    expect(d.events.edges.at(-1)!.node.summary).toBe(`${COURT_CITY} 裁定驳回司法确认申请（（2026）浙01民特30号）`);
    // A rejected agreement cannot be sent to the court again as it is.
    expect(as(field(await request(proceedingId, COURT_CITY)), 'InvalidTransitionError').currentStatus).toBe('AWAITING_ROUTING');
  });

  it('leaves the parties the rest of their window after 不予受理, and a withdrawal ends the application', async () => {
    // Monday 06-15: agreement effective; window 30 days → Wednesday 07-15.
    clock = at('2026-06-15');
    const { disputeId, proceedingId } = await courtMediation('COURT_DELEGATED', 'AGREEMENT');
    clock = at('2026-06-16');
    const first = as(field(await request(proceedingId, COURT_CITY)), 'JudicialConfirmation');
    clock = at('2026-06-17');
    as(field(await t.gql(CourtDeclineConfirmationDocument, { id: first.id, reason: '材料不全，不予受理' }, tok['court.liaison'])), 'JudicialConfirmation');

    // Thursday 06-18: still inside the window that the first application met: a new one is allowed.
    clock = at('2026-06-18');
    const again = as(field(await request(proceedingId, COURT_CITY)), 'JudicialConfirmation');
    expect(again.id).not.toBe(first.id);
    expect(again.status).toBe('PENDING');
    // 3 days from 06-18: Sunday 06-21 (端午), rolled forward to Monday 06-22.
    expect(again.acceptanceDeadline).toMatchObject({ dueOn: '2026-06-22', state: 'ON_TRACK' });
    let d = await page(disputeId);
    expect(d.proceedings[0].judicialConfirmation).toMatchObject({ id: again.id, status: 'PENDING' });
    expect(d.proceedings[0].judicialConfirmationApplicationDeadline).toMatchObject({ dueOn: '2026-07-15', state: 'MET' });

    // The applicant withdraws: the open application is withdrawn with the dispute.
    const withdrawn = field(await t.gql(WithdrawDisputeDocument, { id: disputeId, reason: '当事人自行和解' }, tok['frontdesk']));
    expect(as(withdrawn, 'Dispute').status).toBe('WITHDRAWN');
    d = await page(disputeId, tok['court.liaison']);
    expect(d.proceedings[0].judicialConfirmation).toMatchObject({ id: again.id, status: 'WITHDRAWN' });
    expect(d.proceedings[0].judicialConfirmation!.acceptanceDeadline.state).toBe('MET');
    const late = as(field(await t.gql(CourtAcceptConfirmationDocument, { id: again.id }, tok['court.liaison'])), 'InvalidTransitionError');
    expect(late.currentStatus).toBe('WITHDRAWN');
  });

  it('opens the dispute to a court that did not register it once an agreement is brought to it', async () => {
    clock = at('2026-06-15');
    const reg = as(field(await t.gql(RegisterDisputeDocument, { input: neighbourhoodDispute() }, tok['frontdesk'])), 'Dispute');
    const referral = as(await refer({ disputeId: reg.id, toOrganizationId: org[MEDIATION_FY], channel: 'MEDIATION', kind: 'TRANSFER', reason: '人民调解' }, tok['frontdesk']), 'Referral');
    const acc = as(field(await t.gql(AcceptReferralDocument, { id: referral.id }, tok['mediator.fuyang'])), 'Referral');
    as(field(await t.gql(ConcludeProceedingDocument, { input: { proceedingId: acc.proceeding!.id, outcome: 'AGREEMENT', summary: '双方达成通行协议' } }, tok['mediator.fuyang'])), 'Proceeding');
    expect(field(await t.gql(CourtDisputeDocument, { id: reg.id }, tok['court.liaison']))).toBeNull();

    // Not a court-delegated case: any court may confirm it.
    const jc = as(field(await request(acc.proceeding!.id, COURT_CITY)), 'JudicialConfirmation');
    expect(jc.status).toBe('PENDING');
    const seen = await page(reg.id, tok['court.liaison']);
    expect(seen.proceedings[0].judicialConfirmation).toMatchObject({ id: jc.id, status: 'PENDING' });
    as(field(await t.gql(CourtAcceptConfirmationDocument, { id: jc.id }, tok['court.liaison'])), 'JudicialConfirmation');
  });
});

// ---------------------------------------------------------------- court referral kinds

describe('court referral kinds', () => {
  it('send cases to mediation only, and only a court sends them', async () => {
    clock = at('2026-06-15');
    const courtDispute = as(field(await t.gql(RegisterDisputeDocument, { input: courtCase() }, tok['court.liaison'])), 'Dispute');
    // COURT_DELEGATED to an adjudication authority on the ADJUDICATION channel.
    const toAuthority = as(
      await refer({ disputeId: courtDispute.id, toOrganizationId: org[MARKET_CITY], channel: 'ADJUDICATION', kind: 'COURT_DELEGATED', reason: '委派' }, tok['court.liaison']),
      'ValidationError',
    );
    expect(fields(toAuthority)).toEqual(['channel']);

    // The frontdesk is no court.
    const walkIn = as(field(await t.gql(RegisterDisputeDocument, { input: neighbourhoodDispute() }, tok['frontdesk'])), 'Dispute');
    for (const kind of ['COURT_DELEGATED', 'COURT_ENTRUSTED'] as const) {
      const byFrontdesk = as(await refer({ disputeId: walkIn.id, toOrganizationId: org[MEDIATION_FY], channel: 'MEDIATION', kind, reason: '委派调解' }, tok['frontdesk']), 'ValidationError');
      expect(fields(byFrontdesk)).toEqual(['kind']);
    }
    // Nothing was referred.
    expect((await page(courtDispute.id, tok['court.liaison'])).referrals).toEqual([]);
    expect((await page(walkIn.id, tok['frontdesk'])).referrals).toEqual([]);
  });
});
