import {
  AcceptReferralDocument,
  AdmitProceedingDocument,
  ConcludeProceedingDocument,
  DisputePageDocument,
  PauseProceedingDocument,
  ReferDisputeDocument,
  RegisterDisputeDocument,
  ResumeProceedingDocument,
  RouteSuggestionsDocument,
} from '../generated/graphql';
import { procurementComplaint } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';

// The walkthrough: frontdesk registers a 富阳区 procurement complaint,
// refers it to the suggested authority, the adjudicator accepts, admits,
// pauses for expert review, resumes and concludes with a DECISION; the
// timeline shows every step with the right deadlines.

let clock = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Beijing
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({}, { now: () => clock });
});
afterAll(async () => {
  await t?.stop();
});

function at(date: string, time = '10:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

it('walks a procurement complaint from registration to decision', async () => {
  const frontdesk = await t.login('frontdesk');
  const adjudicator = await t.login('adjudicator.fuyang-finance');

  const reg = await t.gql(RegisterDisputeDocument, { input: procurementComplaint() }, frontdesk);
  expect(reg.errors).toBeUndefined();
  const dispute = reg.data!.registerDispute;
  if (dispute.__typename !== 'Dispute') throw new Error(JSON.stringify(dispute));
  expect(dispute.code).toMatch(/^HZ2026-\d{6}$/);
  expect(dispute.status).toBe('AWAITING_ROUTING');
  expect(dispute.amount).toBe('1280000.50');
  expect(dispute.currentOrganization?.name).toBe('杭州市社会矛盾纠纷调处化解中心');

  const routes = await t.gql(RouteSuggestionsDocument, { disputeId: dispute.id }, frontdesk);
  const best = routes.data!.routeSuggestions[0];
  expect(best.organization.name).toBe('富阳区财政局');
  expect(best.channel).toBe('ADJUDICATION');
  expect(best.reason).toContain('富阳区');

  const referred = await t.gql(
    ReferDisputeDocument,
    {
      input: {
        disputeId: dispute.id,
        toOrganizationId: best.organization.id,
        channel: best.channel,
        kind: 'TRANSFER',
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        reason: '属财政部门政府采购投诉处理职责',
        expectedVersion: dispute.version,
      },
    },
    frontdesk,
  );
  const referral = referred.data!.referDispute;
  if (referral.__typename !== 'Referral') throw new Error(JSON.stringify(referral));
  expect(referral.status).toBe('PENDING');
  // 3 working days from Monday 2026-03-02 (start day not counted): Thursday 03-05.
  expect(referral.responseDeadline).toMatchObject({ kind: 'REFERRAL_RESPONSE', dueOn: '2026-03-05', unit: 'WORKING_DAYS', state: 'ON_TRACK', remaining: 3 });

  clock = at('2026-03-03');
  const accepted = await t.gql(AcceptReferralDocument, { id: referral.id }, adjudicator);
  const acc = accepted.data!.acceptReferral;
  if (acc.__typename !== 'Referral') throw new Error(JSON.stringify(acc));
  expect(acc.status).toBe('ACCEPTED');
  expect(acc.responseDeadline.state).toBe('MET');
  const proceedingId = acc.proceeding!.id;
  expect(acc.proceeding!.status).toBe('ACCEPTANCE_REVIEW');

  let page = await t.gql(DisputePageDocument, { id: dispute.id }, adjudicator);
  const proceeding = page.data!.dispute!.proceedings[0];
  // Acceptance review: 5 working days from receipt (03-02): 03-09. Handling: 30 working days from receipt:
  // March 03..06 (4), 09..13 (9), 16..20 (14), 23..27 (19), 30..31 (21); April 01..03 (24), 04..06 清明 holidays, 07..10 (28), 13 (29), 14 (30).
  expect(proceeding.acceptanceDeadline).toMatchObject({ dueOn: '2026-03-09', state: 'ON_TRACK' });
  expect(proceeding.handlingDeadline).toMatchObject({ dueOn: '2026-04-14', unit: 'WORKING_DAYS' });
  expect(proceeding.handlingDeadline!.rule).toContain('财政部令第94号');
  // The adjudicator handles the dispute: personal data unmasked.
  expect(page.data!.dispute!.parties[0].idNumber).not.toContain('*');

  clock = at('2026-03-04');
  const admitted = await t.gql(AdmitProceedingDocument, { id: proceedingId, caseNumber: '富财采投〔2026〕1号', expectedVersion: proceeding.version }, adjudicator);
  const adm = admitted.data!.admitProceeding;
  if (adm.__typename !== 'Proceeding') throw new Error(JSON.stringify(adm));
  expect(adm.status).toBe('IN_PROGRESS');
  expect(adm.acceptanceDeadline!.state).toBe('MET');

  clock = at('2026-03-10');
  const paused = await t.gql(PauseProceedingDocument, { id: proceedingId, reason: 'EXPERT_REVIEW', note: '组织专家论证技术参数' }, adjudicator);
  const pau = paused.data!.pauseProceeding;
  if (pau.__typename !== 'Proceeding') throw new Error(JSON.stringify(pau));
  expect(pau.status).toBe('PAUSED');
  expect(pau.handlingDeadline!.state).toBe('PAUSED');

  // Resumed on Monday 03-16: the pause covered working days 03-11, 12, 13 and 16 (four), so the due date moves out by four working days.
  clock = at('2026-03-16');
  const resumed = await t.gql(ResumeProceedingDocument, { id: proceedingId }, adjudicator);
  const res = resumed.data!.resumeProceeding;
  if (res.__typename !== 'Proceeding') throw new Error(JSON.stringify(res));
  expect(res.status).toBe('IN_PROGRESS');
  // 04-14 + 4 working days: 04-15, 16, 17, 20.
  expect(res.handlingDeadline).toMatchObject({ dueOn: '2026-04-20', state: 'ON_TRACK' });
  expect(res.pauses).toHaveLength(1);
  expect(res.pauses[0].endedAt).not.toBeNull();

  clock = at('2026-04-01');
  const concluded = await t.gql(
    ConcludeProceedingDocument,
    { input: { proceedingId, outcome: 'DECISION', summary: '投诉事项成立，责令修改采购文件', documentNumber: '富财采决〔2026〕1号' } },
    adjudicator,
  );
  const con = concluded.data!.concludeProceeding;
  if (con.__typename !== 'Proceeding') throw new Error(JSON.stringify(con));
  expect(con.status).toBe('CONCLUDED');
  expect(con.outcome).toMatchObject({ kind: 'DECISION', settles: true, effectiveOn: '2026-04-01' });
  expect(con.handlingDeadline!.state).toBe('MET');

  page = await t.gql(DisputePageDocument, { id: dispute.id }, frontdesk);
  const d = page.data!.dispute!;
  expect(d.status).toBe('RESOLVED');
  expect(d.referrals[0].status).toBe('COMPLETED');
  expect(d.currentOrganization!.name).toBe('富阳区财政局');
  // Resolved: the one clock left is the follow-up visit's (回访).
  expect(d.nextDeadline).toMatchObject({ kind: 'FOLLOW_UP', state: 'ON_TRACK' });
  expect(d.deadlines.map((x) => [x.kind, x.state])).toEqual(
    expect.arrayContaining([
      ['REFERRAL_RESPONSE', 'MET'],
      ['ACCEPTANCE', 'MET'],
      ['HANDLING', 'MET'],
    ]),
  );
  const timeline = d.events.edges.map((e) => [e.node.type, e.node.summary]);
  // The decision was made on paper (no decision document issued in the hub): recorded as such for the case-file review.
  expect(timeline.map(([type]) => type)).toEqual(['REGISTERED', 'REFERRED', 'REFERRAL_ACCEPTED', 'PROCEEDING_ADMITTED', 'PAUSED', 'RESUMED', 'CONCLUDED', 'DECISION_WITHOUT_DOCUMENT']);
  expect(timeline[1][1]).toBe('转办至 富阳区财政局');
  expect(timeline[4][1]).toContain('专家评审');
  expect(timeline[5][1]).toContain('2026-04-20');
  expect(timeline[6][1]).toContain('富阳区财政局 办结');
  // Summaries carry no personal data.
  const parties = d.parties;
  for (const [, summary] of timeline) for (const p of parties) if (p.idNumber) expect(summary).not.toContain(p.idNumber);
});
