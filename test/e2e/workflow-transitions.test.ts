import {
  AcceptReferralDocument,
  AdmitProceedingDocument,
  AssignProceedingDocument,
  CancelReferralDocument,
  CloseDisputeDocument,
  ConcludeProceedingDocument,
  CourtAcceptConfirmationDocument,
  CourtDecideConfirmationDocument,
  CourtRequestConfirmationDocument,
  DeclineReferralDocument,
  ExtendProceedingDocument,
  LoginDocument,
  OrganizationsDocument,
  PauseProceedingDocument,
  ReferDisputeDocument,
  RegisterDisputeDocument,
  RejectProceedingDocument,
  ResumeProceedingDocument,
  WithdrawDisputeDocument,
  WorkflowDisputeDocument,
  type Channel,
  type OutcomeKind,
  type ReferralKind,
  type RegisterDisputeInput,
  type WorkflowDisputeQuery,
} from '../generated/graphql';
import { neighbourhoodDispute, procurementComplaint } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// Every allowed transition of the three lifecycles performed over HTTP (new
// status, version bump, timeline event), and the forbidden ones the API can
// reach (InvalidTransitionError naming the current status), plus the business
// rules around them: pause reasons, extension limits, outcomes per channel,
// where a dispute goes after a decline, a rejection or a failed mediation,
// withdrawal, and optimistic locking.

const clock = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Beijing
let t: TestHub;
const tok: Record<string, string> = {};
const org: Record<string, string> = {};
const userId: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub({}, { now: () => clock });
  for (const u of ['frontdesk', 'mediator.fuyang', 'mediator2.fuyang', 'mediator.gongshu', 'adjudicator.finance', 'adjudicator.market', 'adjudicator.land', 'court.liaison', 'admin']) {
    const res = await t.gql(LoginDocument, { username: u, password: 'demo-password' });
    const s = res.data!.login;
    if (s.__typename !== 'Session') throw new Error(`login ${u}: ${JSON.stringify(s)}`);
    tok[u] = s.token;
    userId[u] = s.user.id;
  }
  const orgs = await t.gql(OrganizationsDocument, {});
  for (const o of orgs.data!.organizations) org[o.name] = o.id;
});
afterAll(async () => {
  await t?.stop();
});

// ---------------------------------------------------------------- helpers

const MEDIATION_FY = '富阳区人民调解委员会';
const MEDIATION_GS = '拱墅区人民调解委员会';
const CENTER = '杭州市社会矛盾纠纷调处化解中心';
const FINANCE_CITY = '杭州市财政局';
const MARKET_CITY = '杭州市市场监督管理局';
const LAND_CITY = '杭州市规划和自然资源局';
const COURT_CITY = '杭州市中级人民法院';
const COURT_FY = '富阳区人民法院';
const ARBITRATION = '杭州仲裁委员会';
const RECONSIDERATION = '杭州市人民政府行政复议办公室';

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

function invalidTransition<T extends { __typename: string }>(r: T, currentStatus: string) {
  expect(r).toMatchObject({ __typename: 'InvalidTransitionError', errorCode: 'INVALID_TRANSITION', currentStatus });
}

function validationOn(r: { __typename: string }, fieldName: string) {
  if (r.__typename !== 'ValidationError') throw new Error(`expected ValidationError on ${fieldName}, got ${JSON.stringify(r)}`);
  const v = r as unknown as { errorCode: string; fieldErrors: { field: string }[] };
  expect(v.errorCode).toBe('VALIDATION_FAILED');
  expect(v.fieldErrors.map((f) => f.field)).toContain(fieldName);
}

type DisputeView = NonNullable<WorkflowDisputeQuery['dispute']>;

async function view(disputeId: string, token = tok.frontdesk): Promise<DisputeView> {
  const d = field(await t.gql(WorkflowDisputeDocument, { id: disputeId }, token));
  if (!d) throw new Error(`dispute ${disputeId} not visible`);
  return d;
}

function lastEvent(d: DisputeView) {
  const edges = d.events.edges;
  return edges[edges.length - 1].node;
}

function eventTypes(d: DisputeView): string[] {
  return d.events.edges.map((e) => e.node.type);
}

async function register(input: RegisterDisputeInput = neighbourhoodDispute()) {
  return as(field(await t.gql(RegisterDisputeDocument, { input }, tok.frontdesk)), 'Dispute');
}

interface ReferOptions {
  token?: string;
  kind?: ReferralKind;
  matterCode?: string | null;
  expectedVersion?: number | null;
}

function refer(disputeId: string, toName: string, channel: Channel, o: ReferOptions = {}) {
  return t
    .gql(
      ReferDisputeDocument,
      {
        input: {
          disputeId,
          toOrganizationId: org[toName],
          channel,
          kind: o.kind ?? 'TRANSFER',
          matterCode: o.matterCode ?? null,
          reason: '依职责转办',
          expectedVersion: o.expectedVersion ?? null,
        },
      },
      o.token ?? tok.frontdesk,
    )
    .then(field);
}

async function accept(referralId: string, token: string) {
  return as(field(await t.gql(AcceptReferralDocument, { id: referralId }, token)), 'Referral');
}

/** A 富阳区 neighbourhood dispute referred to the people's mediation committee and accepted: IN_PROGRESS right away (no acceptance review). */
async function mediationInProgress() {
  const d = await register();
  const r = as(await refer(d.id, MEDIATION_FY, 'MEDIATION'), 'Referral');
  const a = await accept(r.id, tok['mediator.fuyang']);
  expect(a.proceeding!.status).toBe('IN_PROGRESS');
  return { disputeId: d.id, referralId: r.id, proceedingId: a.proceeding!.id };
}

/** An adjudication matter referred to its city authority and accepted: ACCEPTANCE_REVIEW. */
async function adjudicationUnderReview(matterCode: string, authority: string, token: string, input?: RegisterDisputeInput) {
  const d = await register(input ?? neighbourhoodDispute('富阳区', { title: `${matterCode} 案件`, category: 'OTHER' }));
  const r = as(await refer(d.id, authority, 'ADJUDICATION', { matterCode }), 'Referral');
  const a = await accept(r.id, token);
  expect(a.proceeding!.status).toBe('ACCEPTANCE_REVIEW');
  return { disputeId: d.id, referralId: r.id, proceedingId: a.proceeding!.id };
}

async function admitted(matterCode: string, authority: string, token: string, input?: RegisterDisputeInput) {
  const s = await adjudicationUnderReview(matterCode, authority, token, input);
  as(field(await t.gql(AdmitProceedingDocument, { id: s.proceedingId }, token)), 'Proceeding');
  return s;
}

function conclude(proceedingId: string, outcome: OutcomeKind, token: string, expectedVersion?: number) {
  return t.gql(ConcludeProceedingDocument, { input: { proceedingId, outcome, summary: '依法办结本案', expectedVersion: expectedVersion ?? null } }, token).then(field);
}

function proceedingOf(d: DisputeView, id: string) {
  const p = d.proceedings.find((x) => x.id === id);
  if (!p) throw new Error(`no proceeding ${id}`);
  return p;
}

// ================================================================ allowed transitions

describe('allowed transitions', () => {
  it('registerDispute: a new dispute AWAITING_ROUTING at version 1, held by the center, REGISTERED event', async () => {
    const d = await register();
    expect(d.status).toBe('AWAITING_ROUTING');
    expect(d.version).toBe(1);
    const v = await view(d.id);
    expect(v.currentOrganization!.name).toBe(CENTER);
    expect(eventTypes(v)).toEqual(['REGISTERED']);
    expect(lastEvent(v).actor!.username).toBe('frontdesk');
  });

  it('dispute refer (AWAITING_ROUTING → REFERRED), referral created PENDING: version +1, REFERRED event', async () => {
    const d = await register();
    const r = as(await refer(d.id, MEDIATION_FY, 'MEDIATION', { expectedVersion: d.version }), 'Referral');
    expect(r.status).toBe('PENDING');
    const v = await view(d.id);
    expect(v.status).toBe('REFERRED');
    expect(v.version).toBe(d.version + 1);
    expect(v.currentOrganization!.name).toBe(CENTER);
    expect(lastEvent(v)).toMatchObject({ type: 'REFERRED', referral: { id: r.id }, organization: { name: CENTER } });
  });

  it('acceptReferral (dispute REFERRED → IN_PROGRESS, referral PENDING → ACCEPTED): the receiver holds it, REFERRAL_ACCEPTED event', async () => {
    const d = await register();
    const r = as(await refer(d.id, MEDIATION_FY, 'MEDIATION'), 'Referral');
    const before = await view(d.id);
    const a = as(field(await t.gql(AcceptReferralDocument, { id: r.id, expectedVersion: before.version }, tok['mediator.fuyang'])), 'Referral');
    expect(a.status).toBe('ACCEPTED');
    const v = await view(d.id);
    expect(v.status).toBe('IN_PROGRESS');
    expect(v.version).toBe(before.version + 1);
    expect(v.currentOrganization!.name).toBe(MEDIATION_FY);
    expect(v.proceedings).toHaveLength(1);
    expect(lastEvent(v)).toMatchObject({ type: 'REFERRAL_ACCEPTED', referral: { id: r.id }, proceeding: { id: a.proceeding!.id }, organization: { name: MEDIATION_FY } });
  });

  it('declineReferral (dispute REFERRED → AWAITING_ROUTING, referral → DECLINED): back to the sender, REFERRAL_DECLINED event', async () => {
    const d = await register();
    const r = as(await refer(d.id, MEDIATION_FY, 'MEDIATION'), 'Referral');
    const before = await view(d.id);
    const dec = as(field(await t.gql(DeclineReferralDocument, { id: r.id, reason: '不属本委员会受理范围', expectedVersion: before.version }, tok['mediator.fuyang'])), 'Referral');
    expect(dec.status).toBe('DECLINED');
    expect(dec.declineReason).toBe('不属本委员会受理范围');
    const v = await view(d.id);
    expect(v.status).toBe('AWAITING_ROUTING');
    expect(v.version).toBe(before.version + 1);
    expect(v.currentOrganization!.name).toBe(CENTER);
    expect(lastEvent(v)).toMatchObject({ type: 'REFERRAL_DECLINED', referral: { id: r.id } });
  });

  it('cancelReferral by the sender while PENDING (dispute REFERRED → AWAITING_ROUTING, referral → CANCELLED): REFERRAL_CANCELLED event', async () => {
    const d = await register();
    const r = as(await refer(d.id, MEDIATION_FY, 'MEDIATION'), 'Referral');
    const before = await view(d.id);
    // The receiver may not cancel: only the sender.
    const denied = await t.gql(CancelReferralDocument, { id: r.id, reason: '撤回' }, tok['mediator.fuyang']);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const c = as(field(await t.gql(CancelReferralDocument, { id: r.id, reason: '当事人改为申请仲裁', expectedVersion: before.version }, tok.frontdesk)), 'Referral');
    expect(c.status).toBe('CANCELLED');
    const v = await view(d.id);
    expect(v.status).toBe('AWAITING_ROUTING');
    expect(v.version).toBe(before.version + 1);
    expect(v.currentOrganization!.name).toBe(CENTER);
    expect(lastEvent(v)).toMatchObject({ type: 'REFERRAL_CANCELLED', referral: { id: r.id }, organization: { name: CENTER } });
    // The dispute can be routed again.
    as(await refer(d.id, MEDIATION_GS, 'MEDIATION'), 'Referral');
  });

  it('admitProceeding (ACCEPTANCE_REVIEW → IN_PROGRESS): proceeding version +1, PROCEEDING_ADMITTED event', async () => {
    const s = await adjudicationUnderReview('GOV-PROCUREMENT-COMPLAINT', FINANCE_CITY, tok['adjudicator.finance'], procurementComplaint());
    const before = await view(s.disputeId);
    const p0 = proceedingOf(before, s.proceedingId);
    const adm = as(field(await t.gql(AdmitProceedingDocument, { id: s.proceedingId, caseNumber: '杭财采投〔2026〕7号', expectedVersion: p0.version }, tok['adjudicator.finance'])), 'Proceeding');
    expect(adm.status).toBe('IN_PROGRESS');
    expect(adm.version).toBe(p0.version + 1);
    const v = await view(s.disputeId);
    expect(v.status).toBe('IN_PROGRESS');
    expect(v.version).toBeGreaterThan(before.version);
    expect(lastEvent(v)).toMatchObject({ type: 'PROCEEDING_ADMITTED', proceeding: { id: s.proceedingId } });
  });

  it('rejectProceeding (不予受理, ACCEPTANCE_REVIEW → NOT_ACCEPTED) needs a reason and returns the dispute to AWAITING_ROUTING', async () => {
    const s = await adjudicationUnderReview('GOV-PROCUREMENT-COMPLAINT', FINANCE_CITY, tok['adjudicator.finance'], procurementComplaint());
    const before = await view(s.disputeId);
    const p0 = proceedingOf(before, s.proceedingId);
    validationOn(field(await t.gql(RejectProceedingDocument, { id: s.proceedingId, reason: ' ' }, tok['adjudicator.finance'])), 'reason');
    expect((await view(s.disputeId)).version).toBe(before.version);
    const rej = as(
      field(
        await t.gql(
          RejectProceedingDocument,
          { id: s.proceedingId, reason: '不属于本级财政部门管辖', suggestedChannel: 'ADJUDICATION', suggestedOrganizationId: org['富阳区财政局'], expectedVersion: p0.version },
          tok['adjudicator.finance'],
        ),
      ),
      'Proceeding',
    );
    expect(rej.status).toBe('NOT_ACCEPTED');
    expect(rej.version).toBe(p0.version + 1);
    const v = await view(s.disputeId);
    expect(v.status).toBe('AWAITING_ROUTING');
    expect(v.version).toBeGreaterThan(before.version);
    expect(v.referrals[0].status).toBe('COMPLETED');
    expect(lastEvent(v)).toMatchObject({ type: 'PROCEEDING_NOT_ACCEPTED', proceeding: { id: s.proceedingId }, data: { suggestedOrganizationId: org['富阳区财政局'] } });
    // The holder (the authority that declined to accept) may route it onward.
    expect(v.currentOrganization!.name).toBe(FINANCE_CITY);
    const onward = as(await refer(s.disputeId, '富阳区财政局', 'ADJUDICATION', { matterCode: 'GOV-PROCUREMENT-COMPLAINT', token: tok['adjudicator.finance'] }), 'Referral');
    expect(onward.fromOrganization.name).toBe(FINANCE_CITY);
  });

  it('assignProceeding keeps the status (open → same), bumps the version and leaves PROCEEDING_ASSIGNED', async () => {
    const s = await mediationInProgress();
    const before = proceedingOf(await view(s.disputeId), s.proceedingId);
    const a = as(field(await t.gql(AssignProceedingDocument, { id: s.proceedingId, userId: userId['mediator2.fuyang'], expectedVersion: before.version }, tok['mediator.fuyang'])), 'Proceeding');
    expect(a.assignee!.username).toBe('mediator2.fuyang');
    const v = await view(s.disputeId);
    const p = proceedingOf(v, s.proceedingId);
    expect(p.status).toBe('IN_PROGRESS');
    expect(p.version).toBe(before.version + 1);
    expect(lastEvent(v)).toMatchObject({ type: 'PROCEEDING_ASSIGNED', proceeding: { id: s.proceedingId } });
    // Only a member of the organization can be assigned.
    validationOn(field(await t.gql(AssignProceedingDocument, { id: s.proceedingId, userId: userId['mediator.gongshu'] }, tok['mediator.fuyang'])), 'userId');
  });

  it('pause (IN_PROGRESS → PAUSED), extend while PAUSED (same), resume (PAUSED → IN_PROGRESS), extend while IN_PROGRESS (same)', async () => {
    const s = await admitted('LAND-OWNERSHIP', LAND_CITY, tok['adjudicator.land']);
    const land = tok['adjudicator.land'];
    let p = proceedingOf(await view(s.disputeId), s.proceedingId);

    const paused = as(field(await t.gql(PauseProceedingDocument, { id: s.proceedingId, reason: 'SUSPENSION', note: '等待另案结果', expectedVersion: p.version }, land)), 'Proceeding');
    expect(paused.status).toBe('PAUSED');
    expect(paused.version).toBe(p.version + 1);
    let v = await view(s.disputeId);
    expect(v.status).toBe('IN_PROGRESS');
    expect(lastEvent(v)).toMatchObject({ type: 'PAUSED', proceeding: { id: s.proceedingId }, data: { reason: 'SUSPENSION' } });
    p = proceedingOf(v, s.proceedingId);

    const ext1 = as(
      field(await t.gql(ExtendProceedingDocument, { id: s.proceedingId, amount: 2, reason: '案情复杂', basis: 'HEAD_APPROVAL', approverName: '局长', expectedVersion: p.version }, land)),
      'Proceeding',
    );
    expect(ext1.status).toBe('PAUSED');
    expect(ext1.version).toBe(p.version + 1);
    v = await view(s.disputeId);
    expect(lastEvent(v)).toMatchObject({ type: 'EXTENDED', proceeding: { id: s.proceedingId }, data: { amount: 2, unit: 'MONTHS' } });
    p = proceedingOf(v, s.proceedingId);

    const resumed = as(field(await t.gql(ResumeProceedingDocument, { id: s.proceedingId, expectedVersion: p.version }, land)), 'Proceeding');
    expect(resumed.status).toBe('IN_PROGRESS');
    expect(resumed.version).toBe(p.version + 1);
    expect(resumed.pauses[0].endedAt).not.toBeNull();
    v = await view(s.disputeId);
    expect(lastEvent(v)).toMatchObject({ type: 'RESUMED', proceeding: { id: s.proceedingId } });
    p = proceedingOf(v, s.proceedingId);

    // Land ownership: extensible with no fixed maximum, so a further extension is fine.
    const ext2 = as(field(await t.gql(ExtendProceedingDocument, { id: s.proceedingId, amount: 6, reason: '需补充调查', basis: 'HEAD_APPROVAL', expectedVersion: p.version }, land)), 'Proceeding');
    expect(ext2.status).toBe('IN_PROGRESS');
    expect(ext2.version).toBe(p.version + 1);
    expect(ext2.extensions.map((e) => e.amount)).toEqual([2, 6]);
    v = await view(s.disputeId);
    expect(lastEvent(v)).toMatchObject({ type: 'EXTENDED', data: { amount: 6 } });
  });

  it('concludeProceeding with a settling outcome (IN_PROGRESS → CONCLUDED; dispute → RESOLVED; referral → COMPLETED), CONCLUDED event', async () => {
    const s = await mediationInProgress();
    const before = await view(s.disputeId);
    const p0 = proceedingOf(before, s.proceedingId);
    const c = as(await conclude(s.proceedingId, 'AGREEMENT', tok['mediator.fuyang'], p0.version), 'Proceeding');
    expect(c.status).toBe('CONCLUDED');
    expect(c.version).toBe(p0.version + 1);
    expect(c.outcome).toMatchObject({ kind: 'AGREEMENT', settles: true });
    const v = await view(s.disputeId);
    expect(v.status).toBe('RESOLVED');
    expect(v.version).toBeGreaterThan(before.version);
    expect(v.referrals[0].status).toBe('COMPLETED');
    expect(lastEvent(v)).toMatchObject({ type: 'CONCLUDED', proceeding: { id: s.proceedingId }, referral: { id: s.referralId }, data: { outcome: 'AGREEMENT', settles: true } });
  });

  it('concludeProceeding from PAUSED (PAUSED → CONCLUDED) ends the open pause', async () => {
    const s = await admitted('GOV-PROCUREMENT-COMPLAINT', FINANCE_CITY, tok['adjudicator.finance'], procurementComplaint());
    as(field(await t.gql(PauseProceedingDocument, { id: s.proceedingId, reason: 'EXPERT_REVIEW' }, tok['adjudicator.finance'])), 'Proceeding');
    const c = as(await conclude(s.proceedingId, 'DECISION', tok['adjudicator.finance']), 'Proceeding');
    expect(c.status).toBe('CONCLUDED');
    expect(c.pauses[0].endedAt).not.toBeNull();
    const v = await view(s.disputeId);
    expect(v.status).toBe('RESOLVED');
    // No decision document was issued in the hub: the conclusion is followed by the record of a decision made on paper.
    expect(eventTypes(v).slice(-2)).toEqual(['CONCLUDED', 'DECISION_WITHOUT_DOCUMENT']);
  });

  it('a non-settling outcome (MEDIATION_FAILED) puts the dispute back to AWAITING_ROUTING held by the mediation org, which refers it onward to a court', async () => {
    const s = await mediationInProgress();
    const before = await view(s.disputeId);
    const c = as(await conclude(s.proceedingId, 'MEDIATION_FAILED', tok['mediator.fuyang']), 'Proceeding');
    expect(c.outcome).toMatchObject({ kind: 'MEDIATION_FAILED', settles: false });
    let v = await view(s.disputeId, tok['mediator.fuyang']);
    expect(v.status).toBe('AWAITING_ROUTING');
    expect(v.version).toBeGreaterThan(before.version);
    expect(v.currentOrganization!.name).toBe(MEDIATION_FY);
    expect(lastEvent(v)).toMatchObject({ type: 'CONCLUDED', data: { outcome: 'MEDIATION_FAILED', settles: false } });

    const onward = as(await refer(s.disputeId, COURT_FY, 'LITIGATION', { token: tok['mediator.fuyang'], expectedVersion: v.version }), 'Referral');
    expect(onward.fromOrganization.name).toBe(MEDIATION_FY);
    expect(onward.toOrganization.name).toBe(COURT_FY);
    v = await view(s.disputeId, tok['mediator.fuyang']);
    expect(v.status).toBe('REFERRED');
    expect(lastEvent(v)).toMatchObject({ type: 'REFERRED', referral: { id: onward.id }, organization: { name: MEDIATION_FY } });
  });

  it('the mediation org may also refer a failed mediation onward to an adjudication authority; its decline returns the dispute to the mediation org', async () => {
    const s = await mediationInProgress();
    as(await conclude(s.proceedingId, 'MEDIATION_FAILED', tok['mediator.fuyang']), 'Proceeding');
    const onward = as(await refer(s.disputeId, MARKET_CITY, 'ADJUDICATION', { matterCode: 'PATENT-INFRINGEMENT', token: tok['mediator.fuyang'] }), 'Referral');
    as(field(await t.gql(DeclineReferralDocument, { id: onward.id, reason: '不属于专利侵权纠纷' }, tok['adjudicator.market'])), 'Referral');
    const v = await view(s.disputeId);
    expect(v.status).toBe('AWAITING_ROUTING');
    // Declining returns the dispute to the sender: the mediation committee, not the center.
    expect(v.currentOrganization!.name).toBe(MEDIATION_FY);
  });

  it('a judicial confirmation rejected by the court (dispute RESOLVED → AWAITING_ROUTING): JUDICIAL_CONFIRMATION_DECIDED event, the mediator may route it again', async () => {
    const s = await mediationInProgress();
    as(await conclude(s.proceedingId, 'AGREEMENT', tok['mediator.fuyang']), 'Proceeding');
    const jc = as(field(await t.gql(CourtRequestConfirmationDocument, { proceedingId: s.proceedingId, courtId: org[COURT_CITY] }, tok['mediator.fuyang'])), 'JudicialConfirmation');
    expect(jc.status).toBe('PENDING');
    // closeDispute refuses while a confirmation is open.
    invalidTransition(field(await t.gql(CloseDisputeDocument, { id: s.disputeId }, tok.frontdesk)), 'RESOLVED');
    as(field(await t.gql(CourtAcceptConfirmationDocument, { id: jc.id }, tok['court.liaison'])), 'JudicialConfirmation');
    invalidTransition(field(await t.gql(CloseDisputeDocument, { id: s.disputeId }, tok.frontdesk)), 'RESOLVED');
    const before = await view(s.disputeId);
    expect(before.status).toBe('RESOLVED');
    const decided = as(
      field(await t.gql(CourtDecideConfirmationDocument, { id: jc.id, decision: 'REJECT', rulingNumber: '(2026)浙01民特1号', note: '协议内容违反法律规定' }, tok['court.liaison'])),
      'JudicialConfirmation',
    );
    expect(decided.status).toBe('REJECTED');
    const v = await view(s.disputeId);
    expect(v.status).toBe('AWAITING_ROUTING');
    expect(v.version).toBeGreaterThan(before.version);
    expect(lastEvent(v)).toMatchObject({ type: 'JUDICIAL_CONFIRMATION_DECIDED', proceeding: { id: s.proceedingId }, data: { decision: 'REJECT' } });
    expect(v.currentOrganization!.name).toBe(MEDIATION_FY);
    as(await refer(s.disputeId, COURT_FY, 'LITIGATION', { token: tok['mediator.fuyang'] }), 'Referral');
  });

  it('closeDispute: RESOLVED → CLOSED and AWAITING_ROUTING → CLOSED, closedAt set, CLOSED event', async () => {
    const s = await mediationInProgress();
    as(await conclude(s.proceedingId, 'AGREEMENT', tok['mediator.fuyang']), 'Proceeding');
    let before = await view(s.disputeId);
    let closed = as(field(await t.gql(CloseDisputeDocument, { id: s.disputeId, note: '调解成功', expectedVersion: before.version }, tok.frontdesk)), 'Dispute');
    expect(closed).toMatchObject({ status: 'CLOSED', version: before.version + 1 });
    expect(closed.closedAt).not.toBeNull();
    expect(lastEvent(await view(s.disputeId)).type).toBe('CLOSED');

    const d = await register();
    before = await view(d.id);
    closed = as(field(await t.gql(CloseDisputeDocument, { id: d.id, expectedVersion: before.version }, tok.frontdesk)), 'Dispute');
    expect(closed).toMatchObject({ status: 'CLOSED', version: before.version + 1 });
    expect(eventTypes(await view(d.id))).toEqual(['REGISTERED', 'CLOSED']);
  });

  it('withdrawDispute from AWAITING_ROUTING → WITHDRAWN, WITHDRAWN event', async () => {
    const d = await register();
    const w = as(field(await t.gql(WithdrawDisputeDocument, { id: d.id, reason: '双方已自行和解', expectedVersion: d.version }, tok.frontdesk)), 'Dispute');
    expect(w).toMatchObject({ status: 'WITHDRAWN', version: d.version + 1 });
    expect(w.closedAt).not.toBeNull();
    expect(eventTypes(await view(d.id))).toEqual(['REGISTERED', 'WITHDRAWN']);
  });

  it('withdrawDispute from REFERRED cancels the pending referral', async () => {
    const d = await register();
    const r = as(await refer(d.id, MEDIATION_FY, 'MEDIATION'), 'Referral');
    const before = await view(d.id);
    const w = as(field(await t.gql(WithdrawDisputeDocument, { id: d.id, reason: '申请人撤回' }, tok.frontdesk)), 'Dispute');
    expect(w.status).toBe('WITHDRAWN');
    expect(w.version).toBe(before.version + 1);
    expect(w.referrals.map((x) => x.status)).toEqual(['CANCELLED']);
    const v = await view(d.id);
    expect(eventTypes(v).slice(-2)).toEqual(['REFERRAL_CANCELLED', 'WITHDRAWN']);
    expect(v.events.edges.find((e) => e.node.type === 'REFERRAL_CANCELLED')!.node.referral!.id).toBe(r.id);
    // The receiver can no longer accept it.
    invalidTransition(field(await t.gql(AcceptReferralDocument, { id: r.id }, tok['mediator.fuyang'])), 'CANCELLED');
  });

  it('withdrawDispute from IN_PROGRESS concludes the open proceeding as WITHDRAWN (proceeding withdraw: IN_PROGRESS → CONCLUDED)', async () => {
    const s = await mediationInProgress();
    const before = await view(s.disputeId);
    const w = as(field(await t.gql(WithdrawDisputeDocument, { id: s.disputeId, reason: '申请人撤回调解申请' }, tok.frontdesk)), 'Dispute');
    expect(w.status).toBe('WITHDRAWN');
    expect(w.version).toBe(before.version + 1);
    expect(w.proceedings).toEqual([{ status: 'CONCLUDED', outcome: { kind: 'WITHDRAWN' } }]);
    const v = await view(s.disputeId);
    expect(v.referrals[0].status).toBe('COMPLETED');
    expect(proceedingOf(v, s.proceedingId).version).toBe(proceedingOf(before, s.proceedingId).version + 1);
    expect(eventTypes(v).slice(-2)).toEqual(['CONCLUDED', 'WITHDRAWN']);
  });

  it('withdrawDispute concludes a PAUSED and an ACCEPTANCE_REVIEW adjudication as WITHDRAWN (proceeding withdraw from PAUSED / ACCEPTANCE_REVIEW)', async () => {
    const paused = await admitted('GOV-PROCUREMENT-COMPLAINT', FINANCE_CITY, tok['adjudicator.finance'], procurementComplaint());
    as(field(await t.gql(PauseProceedingDocument, { id: paused.proceedingId, reason: 'MATERIALS_SUPPLEMENT' }, tok['adjudicator.finance'])), 'Proceeding');
    let w = as(field(await t.gql(WithdrawDisputeDocument, { id: paused.disputeId, reason: '投诉人撤回投诉' }, tok.frontdesk)), 'Dispute');
    expect(w.status).toBe('WITHDRAWN');
    expect(w.proceedings).toEqual([{ status: 'CONCLUDED', outcome: { kind: 'WITHDRAWN' } }]);
    let v = await view(paused.disputeId);
    expect(v.proceedings[0].pauses.every((p) => p.endedAt !== null)).toBe(true);

    const review = await adjudicationUnderReview('GOV-PROCUREMENT-COMPLAINT', FINANCE_CITY, tok['adjudicator.finance'], procurementComplaint());
    w = as(field(await t.gql(WithdrawDisputeDocument, { id: review.disputeId, reason: '投诉人撤回投诉' }, tok.frontdesk)), 'Dispute');
    expect(w.status).toBe('WITHDRAWN');
    expect(w.proceedings).toEqual([{ status: 'CONCLUDED', outcome: { kind: 'WITHDRAWN' } }]);
    v = await view(review.disputeId);
    expect(eventTypes(v).slice(-2)).toEqual(['CONCLUDED', 'WITHDRAWN']);
  });

  it('withdrawDispute from RESOLVED → WITHDRAWN', async () => {
    const s = await mediationInProgress();
    as(await conclude(s.proceedingId, 'AGREEMENT', tok['mediator.fuyang']), 'Proceeding');
    const before = await view(s.disputeId);
    expect(before.status).toBe('RESOLVED');
    const w = as(field(await t.gql(WithdrawDisputeDocument, { id: s.disputeId, reason: '申请人撤回' }, tok.frontdesk)), 'Dispute');
    expect(w).toMatchObject({ status: 'WITHDRAWN', version: before.version + 1 });
  });
});

// ================================================================ forbidden transitions

describe('forbidden transitions', () => {
  it('refer a REFERRED dispute', async () => {
    const d = await register();
    as(await refer(d.id, MEDIATION_FY, 'MEDIATION'), 'Referral');
    invalidTransition(await refer(d.id, MEDIATION_GS, 'MEDIATION'), 'REFERRED');
  });

  it('refer an IN_PROGRESS or RESOLVED dispute (holder) and a CLOSED one (frontdesk)', async () => {
    const s = await mediationInProgress();
    invalidTransition(await refer(s.disputeId, COURT_FY, 'LITIGATION', { token: tok['mediator.fuyang'] }), 'IN_PROGRESS');
    as(await conclude(s.proceedingId, 'AGREEMENT', tok['mediator.fuyang']), 'Proceeding');
    invalidTransition(await refer(s.disputeId, COURT_FY, 'LITIGATION', { token: tok['mediator.fuyang'] }), 'RESOLVED');
    as(field(await t.gql(CloseDisputeDocument, { id: s.disputeId }, tok.frontdesk)), 'Dispute');
    invalidTransition(await refer(s.disputeId, COURT_FY, 'LITIGATION'), 'CLOSED');
  });

  it('accept an ACCEPTED, a DECLINED and a CANCELLED referral', async () => {
    const s = await mediationInProgress();
    invalidTransition(field(await t.gql(AcceptReferralDocument, { id: s.referralId }, tok['mediator.fuyang'])), 'ACCEPTED');

    const d1 = await register();
    const r1 = as(await refer(d1.id, MEDIATION_FY, 'MEDIATION'), 'Referral');
    as(field(await t.gql(DeclineReferralDocument, { id: r1.id, reason: '不属受理范围' }, tok['mediator.fuyang'])), 'Referral');
    invalidTransition(field(await t.gql(AcceptReferralDocument, { id: r1.id }, tok['mediator.fuyang'])), 'DECLINED');

    const d2 = await register();
    const r2 = as(await refer(d2.id, MEDIATION_FY, 'MEDIATION'), 'Referral');
    as(field(await t.gql(CancelReferralDocument, { id: r2.id, reason: '转错了' }, tok.frontdesk)), 'Referral');
    invalidTransition(field(await t.gql(AcceptReferralDocument, { id: r2.id }, tok['mediator.fuyang'])), 'CANCELLED');
    // Nothing changed: still awaiting routing, no proceeding.
    const v = await view(d2.id);
    expect(v.status).toBe('AWAITING_ROUTING');
    expect(v.proceedings).toHaveLength(0);
  });

  it('decline twice; decline an accepted referral; cancel a declined one', async () => {
    const d = await register();
    const r = as(await refer(d.id, MEDIATION_FY, 'MEDIATION'), 'Referral');
    as(field(await t.gql(DeclineReferralDocument, { id: r.id, reason: '不属受理范围' }, tok['mediator.fuyang'])), 'Referral');
    const v1 = await view(d.id);
    invalidTransition(field(await t.gql(DeclineReferralDocument, { id: r.id, reason: '再次退回' }, tok['mediator.fuyang'])), 'DECLINED');
    invalidTransition(field(await t.gql(CancelReferralDocument, { id: r.id, reason: '撤回' }, tok.frontdesk)), 'DECLINED');
    expect((await view(d.id)).version).toBe(v1.version);

    const s = await mediationInProgress();
    invalidTransition(field(await t.gql(DeclineReferralDocument, { id: s.referralId, reason: '退回' }, tok['mediator.fuyang'])), 'ACCEPTED');
  });

  it('cancel an accepted referral', async () => {
    const s = await mediationInProgress();
    invalidTransition(field(await t.gql(CancelReferralDocument, { id: s.referralId, reason: '撤回' }, tok.frontdesk)), 'ACCEPTED');
    expect((await view(s.disputeId)).status).toBe('IN_PROGRESS');
  });

  it('admit an IN_PROGRESS proceeding (people’s mediation opens without acceptance review); reject it', async () => {
    const s = await mediationInProgress();
    invalidTransition(field(await t.gql(AdmitProceedingDocument, { id: s.proceedingId }, tok['mediator.fuyang'])), 'IN_PROGRESS');
    invalidTransition(field(await t.gql(RejectProceedingDocument, { id: s.proceedingId, reason: '不予受理' }, tok['mediator.fuyang'])), 'IN_PROGRESS');
  });

  it('pause a PAUSED proceeding; resume an IN_PROGRESS one; pause or conclude under acceptance review', async () => {
    const review = await adjudicationUnderReview('GOV-PROCUREMENT-COMPLAINT', FINANCE_CITY, tok['adjudicator.finance'], procurementComplaint());
    const fin = tok['adjudicator.finance'];
    invalidTransition(field(await t.gql(PauseProceedingDocument, { id: review.proceedingId, reason: 'EXPERT_REVIEW' }, fin)), 'ACCEPTANCE_REVIEW');
    invalidTransition(await conclude(review.proceedingId, 'DECISION', fin), 'ACCEPTANCE_REVIEW');
    invalidTransition(field(await t.gql(ExtendProceedingDocument, { id: review.proceedingId, amount: 1, reason: '延长审查', basis: 'HEAD_APPROVAL' }, fin)), 'ACCEPTANCE_REVIEW');

    as(field(await t.gql(AdmitProceedingDocument, { id: review.proceedingId }, fin)), 'Proceeding');
    invalidTransition(field(await t.gql(ResumeProceedingDocument, { id: review.proceedingId }, fin)), 'IN_PROGRESS');
    as(field(await t.gql(PauseProceedingDocument, { id: review.proceedingId, reason: 'EXPERT_REVIEW' }, fin)), 'Proceeding');
    invalidTransition(field(await t.gql(PauseProceedingDocument, { id: review.proceedingId, reason: 'EXPERT_REVIEW' }, fin)), 'PAUSED');
    invalidTransition(field(await t.gql(AdmitProceedingDocument, { id: review.proceedingId }, fin)), 'PAUSED');
  });

  it('conclude, pause, resume, extend, assign a CONCLUDED proceeding', async () => {
    const s = await mediationInProgress();
    const med = tok['mediator.fuyang'];
    as(await conclude(s.proceedingId, 'AGREEMENT', med), 'Proceeding');
    const v = await view(s.disputeId);
    invalidTransition(await conclude(s.proceedingId, 'AGREEMENT', med), 'CONCLUDED');
    invalidTransition(await conclude(s.proceedingId, 'WITHDRAWN', med), 'CONCLUDED');
    invalidTransition(field(await t.gql(ResumeProceedingDocument, { id: s.proceedingId }, med)), 'CONCLUDED');
    invalidTransition(field(await t.gql(ExtendProceedingDocument, { id: s.proceedingId, amount: 10, reason: '当事人同意', basis: 'PARTIES_CONSENT' }, med)), 'CONCLUDED');
    invalidTransition(field(await t.gql(AssignProceedingDocument, { id: s.proceedingId, userId: userId['mediator2.fuyang'] }, med)), 'CONCLUDED');
    const after = await view(s.disputeId);
    expect(after.version).toBe(v.version);
    expect(eventTypes(after)).toEqual(eventTypes(v));
  });

  it('reject or admit a NOT_ACCEPTED proceeding', async () => {
    const s = await adjudicationUnderReview('GOV-PROCUREMENT-COMPLAINT', FINANCE_CITY, tok['adjudicator.finance'], procurementComplaint());
    as(field(await t.gql(RejectProceedingDocument, { id: s.proceedingId, reason: '超过投诉期限' }, tok['adjudicator.finance'])), 'Proceeding');
    invalidTransition(field(await t.gql(AdmitProceedingDocument, { id: s.proceedingId }, tok['adjudicator.finance'])), 'NOT_ACCEPTED');
    invalidTransition(field(await t.gql(RejectProceedingDocument, { id: s.proceedingId, reason: '再次不予受理' }, tok['adjudicator.finance'])), 'NOT_ACCEPTED');
  });

  it('close an IN_PROGRESS or REFERRED dispute', async () => {
    const s = await mediationInProgress();
    invalidTransition(field(await t.gql(CloseDisputeDocument, { id: s.disputeId }, tok.frontdesk)), 'IN_PROGRESS');
    const d = await register();
    as(await refer(d.id, MEDIATION_FY, 'MEDIATION'), 'Referral');
    invalidTransition(field(await t.gql(CloseDisputeDocument, { id: d.id }, tok.frontdesk)), 'REFERRED');
  });

  it('withdraw a CLOSED dispute; close or withdraw a WITHDRAWN one; close a CLOSED one', async () => {
    const d = await register();
    as(field(await t.gql(CloseDisputeDocument, { id: d.id }, tok.frontdesk)), 'Dispute');
    invalidTransition(field(await t.gql(WithdrawDisputeDocument, { id: d.id, reason: '撤回' }, tok.frontdesk)), 'CLOSED');
    invalidTransition(field(await t.gql(CloseDisputeDocument, { id: d.id }, tok.frontdesk)), 'CLOSED');
    const d2 = await register();
    as(field(await t.gql(WithdrawDisputeDocument, { id: d2.id, reason: '撤回' }, tok.frontdesk)), 'Dispute');
    invalidTransition(field(await t.gql(WithdrawDisputeDocument, { id: d2.id, reason: '再次撤回' }, tok.frontdesk)), 'WITHDRAWN');
    invalidTransition(field(await t.gql(CloseDisputeDocument, { id: d2.id }, tok.frontdesk)), 'WITHDRAWN');
  });
});

// ================================================================ rules around the transitions

describe('pause and extension rules', () => {
  it('pausing a proceeding whose rule has no pause reasons (people’s mediation) is a ValidationError on reason', async () => {
    const s = await mediationInProgress();
    const before = await view(s.disputeId);
    validationOn(field(await t.gql(PauseProceedingDocument, { id: s.proceedingId, reason: 'MATERIALS_SUPPLEMENT' }, tok['mediator.fuyang'])), 'reason');
    const after = await view(s.disputeId);
    expect(proceedingOf(after, s.proceedingId).status).toBe('IN_PROGRESS');
    expect(after.version).toBe(before.version);
  });

  it('a pause reason the rule does not list is a ValidationError on reason (procurement: no HEARING)', async () => {
    const s = await admitted('GOV-PROCUREMENT-COMPLAINT', FINANCE_CITY, tok['adjudicator.finance'], procurementComplaint());
    validationOn(field(await t.gql(PauseProceedingDocument, { id: s.proceedingId, reason: 'HEARING' }, tok['adjudicator.finance'])), 'reason');
  });

  it('procurement complaints cannot be extended: ExtensionNotAllowedError with maxExtension null, alreadyExtended 0', async () => {
    const s = await admitted('GOV-PROCUREMENT-COMPLAINT', FINANCE_CITY, tok['adjudicator.finance'], procurementComplaint());
    const r = field(await t.gql(ExtendProceedingDocument, { id: s.proceedingId, amount: 5, reason: '案情复杂', basis: 'HEAD_APPROVAL' }, tok['adjudicator.finance']));
    expect(r).toMatchObject({ __typename: 'ExtensionNotAllowedError', errorCode: 'EXTENSION_NOT_ALLOWED', maxExtension: null, alreadyExtended: 0 });
    expect(proceedingOf(await view(s.disputeId), s.proceedingId).extensions).toHaveLength(0);
  });

  it('patent disputes: one month of extension, then a second month is ExtensionNotAllowedError (maxExtension 1, alreadyExtended 1)', async () => {
    const s = await admitted('PATENT-INFRINGEMENT', MARKET_CITY, tok['adjudicator.market'], neighbourhoodDispute('杭州市', { title: '专利侵权纠纷', category: 'PATENT_INFRINGEMENT' }));
    const ok = as(
      field(await t.gql(ExtendProceedingDocument, { id: s.proceedingId, amount: 1, reason: '案情复杂', basis: 'HEAD_APPROVAL', approverName: '局长' }, tok['adjudicator.market'])),
      'Proceeding',
    );
    expect(ok.extensions).toMatchObject([{ amount: 1, unit: 'MONTHS', basis: 'HEAD_APPROVAL' }]);
    const again = field(await t.gql(ExtendProceedingDocument, { id: s.proceedingId, amount: 1, reason: '仍需延长', basis: 'HEAD_APPROVAL' }, tok['adjudicator.market']));
    expect(again).toMatchObject({ __typename: 'ExtensionNotAllowedError', maxExtension: 1, alreadyExtended: 1 });
    expect(proceedingOf(await view(s.disputeId), s.proceedingId).extensions).toHaveLength(1);
  });

  it('land ownership: extensible with no fixed maximum', async () => {
    const s = await admitted('LAND-OWNERSHIP', LAND_CITY, tok['adjudicator.land']);
    for (const amount of [3, 6, 12]) {
      as(field(await t.gql(ExtendProceedingDocument, { id: s.proceedingId, amount, reason: '需补充调查', basis: 'HEAD_APPROVAL' }, tok['adjudicator.land'])), 'Proceeding');
    }
    expect(proceedingOf(await view(s.disputeId), s.proceedingId).extensions.map((e) => e.amount)).toEqual([3, 6, 12]);
  });
});

describe('outcome rules', () => {
  it('an outcome that does not fit the channel (AWARD in mediation) is a ValidationError on outcome', async () => {
    const s = await mediationInProgress();
    const before = await view(s.disputeId);
    validationOn(await conclude(s.proceedingId, 'AWARD', tok['mediator.fuyang']), 'outcome');
    validationOn(await conclude(s.proceedingId, 'DECISION', tok['mediator.fuyang']), 'outcome');
    const after = await view(s.disputeId);
    expect(proceedingOf(after, s.proceedingId).status).toBe('IN_PROGRESS');
    expect(after.version).toBe(before.version);
  });

  it('MEDIATION_FAILED in an adjudication is a ValidationError on outcome', async () => {
    const s = await admitted('GOV-PROCUREMENT-COMPLAINT', FINANCE_CITY, tok['adjudicator.finance'], procurementComplaint());
    validationOn(await conclude(s.proceedingId, 'MEDIATION_FAILED', tok['adjudicator.finance']), 'outcome');
  });
});

describe('withdrawal where the body must permit it', () => {
  const bodies: [Channel, string, () => string, string | null][] = [
    ['LITIGATION', COURT_CITY, () => tok['court.liaison'], null],
    ['ARBITRATION', ARBITRATION, () => tok.admin, 'COMMERCIAL-ARBITRATION'],
    ['RECONSIDERATION', RECONSIDERATION, () => tok.admin, 'ADMINISTRATIVE-RECONSIDERATION'],
  ];

  it.each(bodies)('withdrawDispute refuses while a %s proceeding is open, and succeeds once it is concluded as WITHDRAWN', async (channel, body, token, matterCode) => {
    const d = await register(neighbourhoodDispute('杭州市', { title: `${channel} 撤回`, category: 'CONTRACT' }));
    const r = as(await refer(d.id, body, channel, { matterCode }), 'Referral');
    const a = await accept(r.id, token());
    const proceedingId = a.proceeding!.id;
    // Under acceptance review, and once admitted: refused both times.
    expect(a.proceeding!.status).toBe('ACCEPTANCE_REVIEW');
    invalidTransition(field(await t.gql(WithdrawDisputeDocument, { id: d.id, reason: '申请人撤回' }, tok.frontdesk)), 'IN_PROGRESS');
    as(field(await t.gql(AdmitProceedingDocument, { id: proceedingId }, token())), 'Proceeding');
    const before = await view(d.id);
    invalidTransition(field(await t.gql(WithdrawDisputeDocument, { id: d.id, reason: '申请人撤回' }, tok.frontdesk)), 'IN_PROGRESS');
    const still = await view(d.id);
    expect(still.version).toBe(before.version);
    expect(proceedingOf(still, proceedingId).status).toBe('IN_PROGRESS');

    // The body permits the withdrawal: recorded by concluding its proceeding as WITHDRAWN.
    const c = as(await conclude(proceedingId, 'WITHDRAWN', token()), 'Proceeding');
    expect(c.outcome).toMatchObject({ kind: 'WITHDRAWN', settles: false });
    const mid = await view(d.id);
    expect(mid.status).toBe('AWAITING_ROUTING');
    const w = as(field(await t.gql(WithdrawDisputeDocument, { id: d.id, reason: '申请人撤回', expectedVersion: mid.version }, tok.frontdesk)), 'Dispute');
    expect(w).toMatchObject({ status: 'WITHDRAWN', version: mid.version + 1 });
    expect(eventTypes(await view(d.id)).slice(-2)).toEqual(['CONCLUDED', 'WITHDRAWN']);
  });

  it.each(bodies)('a %s body under acceptance review may record the withdrawal without admitting first', async (channel, body, token, matterCode) => {
    const d = await register(neighbourhoodDispute('杭州市', { title: `${channel} 审查中撤回`, category: 'CONTRACT' }));
    const r = as(await refer(d.id, body, channel, { matterCode }), 'Referral');
    const a = await accept(r.id, token());
    expect(a.proceeding!.status).toBe('ACCEPTANCE_REVIEW');
    const c = as(await conclude(a.proceeding!.id, 'WITHDRAWN', token()), 'Proceeding');
    expect(c).toMatchObject({ status: 'CONCLUDED', outcome: { kind: 'WITHDRAWN' } });
    const mid = await view(d.id);
    expect(mid.status).toBe('AWAITING_ROUTING');
    as(field(await t.gql(WithdrawDisputeDocument, { id: d.id, reason: '申请人撤回' }, tok.frontdesk)), 'Dispute');
  });

  it('a LITIGATION proceeding under review cannot be concluded with a judgment before it is admitted', async () => {
    const d = await register(neighbourhoodDispute('杭州市', { title: '诉讼未立案', category: 'CONTRACT' }));
    const r = as(await refer(d.id, COURT_CITY, 'LITIGATION'), 'Referral');
    const a = await accept(r.id, tok['court.liaison']);
    invalidTransition(await conclude(a.proceeding!.id, 'JUDGMENT', tok['court.liaison']), 'ACCEPTANCE_REVIEW');
  });
});

describe('optimistic locking: expectedVersion mismatch → VersionConflictError with currentVersion', () => {
  it('on dispute-level mutations (refer, close, withdraw) the dispute version', async () => {
    const d = await register();
    const stale = d.version + 7;
    expect(await refer(d.id, MEDIATION_FY, 'MEDIATION', { expectedVersion: stale })).toMatchObject({ __typename: 'VersionConflictError', errorCode: 'VERSION_CONFLICT', currentVersion: d.version });
    expect(field(await t.gql(CloseDisputeDocument, { id: d.id, expectedVersion: stale }, tok.frontdesk))).toMatchObject({ __typename: 'VersionConflictError', currentVersion: d.version });
    expect(field(await t.gql(WithdrawDisputeDocument, { id: d.id, reason: '撤回', expectedVersion: stale }, tok.frontdesk))).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: d.version,
    });
    const v = await view(d.id);
    expect(v.status).toBe('AWAITING_ROUTING');
    expect(v.version).toBe(d.version);
    expect(eventTypes(v)).toEqual(['REGISTERED']);
  });

  it('on referral actions, the dispute version (a reader who saw the dispute before it moved)', async () => {
    const d = await register();
    const r = as(await refer(d.id, MEDIATION_FY, 'MEDIATION', { expectedVersion: d.version }), 'Referral');
    const current = (await view(d.id)).version;
    expect(field(await t.gql(AcceptReferralDocument, { id: r.id, expectedVersion: d.version }, tok['mediator.fuyang']))).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: current,
    });
    expect(field(await t.gql(DeclineReferralDocument, { id: r.id, reason: '退回', expectedVersion: d.version }, tok['mediator.fuyang']))).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: current,
    });
    expect(field(await t.gql(CancelReferralDocument, { id: r.id, reason: '撤回', expectedVersion: d.version }, tok.frontdesk))).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: current,
    });
    const v = await view(d.id);
    expect(v.status).toBe('REFERRED');
    expect(v.referrals[0].status).toBe('PENDING');
    // With the current version it goes through.
    as(field(await t.gql(AcceptReferralDocument, { id: r.id, expectedVersion: current }, tok['mediator.fuyang'])), 'Referral');
  });

  it('on proceeding actions, the proceeding version', async () => {
    const s = await mediationInProgress();
    const p = proceedingOf(await view(s.disputeId), s.proceedingId);
    as(field(await t.gql(AssignProceedingDocument, { id: s.proceedingId, userId: userId['mediator.fuyang'], expectedVersion: p.version }, tok['mediator.fuyang'])), 'Proceeding');
    // A second handler still holding the old version.
    const conflict = await conclude(s.proceedingId, 'AGREEMENT', tok['mediator2.fuyang'], p.version);
    expect(conflict).toMatchObject({ __typename: 'VersionConflictError', currentVersion: p.version + 1 });
    expect(
      field(await t.gql(ExtendProceedingDocument, { id: s.proceedingId, amount: 10, reason: '当事人同意', basis: 'PARTIES_CONSENT', expectedVersion: p.version }, tok['mediator.fuyang'])),
    ).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: p.version + 1,
    });
    const v = await view(s.disputeId);
    expect(proceedingOf(v, s.proceedingId).status).toBe('IN_PROGRESS');
    expect(v.status).toBe('IN_PROGRESS');
  });
});
