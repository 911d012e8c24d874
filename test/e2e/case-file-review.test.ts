/**
 * Case-file review (案卷评查) over GraphQL, with a business clock, on proceedings built through the
 * API at 杭州市财政局 (procurement complaints: acceptance within 5 working days, decision within 30):
 * - A: accepted, 受理通知书 and 答辩通知书 served with signed receipts, two handlers named, decided by
 *   a 投诉处理决定书 with every part and the remedy notice, served; concluded in time;
 * - B: concluded with a decision made on paper, 35 working days after receipt: the HANDLING clock missed;
 * - C: concluded in time, nothing in the electronic file.
 * The justice bureau's reviewer runs a spot check of every file: the automatic checks carry their
 * evidence (B's HANDLING clock FAIL with its due and met dates, missing documents by kind, ...);
 * the named reviewers score (an override needs a reason; the expert's round beside the first); the
 * report is written and submitted; its PDF holds every section; the justice bureau and the reviewed
 * organization see it, nobody else. A sample is reproducible from its seed. Every refusal writes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyReviewReferenceData, candidateHash, sample, SHIPPED_CHECKLIST } from '../../src/modules/review';
import { creditCode, residentId } from '../support/fixtures';
import { pdfText } from '../support/pdf-text';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

/** 10:00 in Beijing on a date. */
function at(date: string): Date {
  return new Date(`${date}T10:00:00+08:00`);
}

let now = at('2026-03-02');
let t: TestHub;
const tok: Record<string, string> = {};
const org: Record<string, string> = {};
const user: Record<string, string> = {};
const USERS = ['frontdesk', 'adjudicator.finance', 'head.finance', 'head.market', 'head.fuyang-finance', 'adjudicator.market', 'mediator.gongshu', 'reviewer', 'admin'];

type Vars = Record<string, unknown>;
type Result = { __typename: string; [k: string]: unknown };

function field<T>(res: GqlResponse<T>): T[keyof T] {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data as object)[0] as T[keyof T];
}

async function call(query: string, vars: Vars, token: string | null): Promise<Result> {
  return field(await t.gql<Record<string, Result>, Vars>(query, vars, token)) as Result;
}

function as<T extends Result>(r: Result, name: string): T {
  if (r.__typename !== name) throw new Error(`expected ${name}, got ${JSON.stringify(r)}`);
  return r as T;
}

function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
  return t.hub.orm.em.fork().getConnection().execute(query, params);
}

/** For the results of other modules (Dispute has a code of its own). */
const BASE = `... on ErrorResult { errorCode message }`;
const ERR = `... on ErrorResult { code message } ... on ValidationError { fieldErrors { field code message } } ... on InvalidTransitionError { currentStatus } ... on VersionConflictError { currentVersion }`;

beforeAll(async () => {
  t = await startTestHub({}, { now: () => now });
  for (const u of USERS) tok[u] = await t.login(u);
  const orgs = await t.gql<{ organizations: { id: string; name: string }[] }, Vars>('{ organizations { id name } }', {});
  for (const o of orgs.data!.organizations) org[o.name] = o.id;
  for (const r of await sql<{ id: string; username: string }>('select id, username from hub_user')) user[r.username] = r.id;
});
afterAll(async () => {
  await t?.stop();
});

// ---------------------------------------------------------------- building the files

interface Case {
  disputeId: string;
  code: string;
  proceedingId: string;
  party: Record<string, string>;
}

const PARTY_NAMES = ['杭州某某科技有限公司', '杭州市富阳区某中学', '王小明'];
const PHONE = '13912345678';

async function caseAtFinance(title: string): Promise<Case> {
  const personId = residentId();
  const reg = as(
    await call(
      `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id code version parties { id role } } ${BASE} } }`,
      {
        input: {
          title,
          facts: '投诉人认为采购文件设置了排他性技术参数，经质疑后采购人答复不予支持，现向财政部门投诉。',
          category: 'GOVERNMENT_PROCUREMENT',
          region: '富阳区',
          source: 'WALK_IN',
          parties: [
            { role: 'APPLICANT', kind: 'ORGANIZATION', name: PARTY_NAMES[0], idNumber: creditCode(), phone: '0571-63312345', address: '杭州市富阳区银湖街道某路1号' },
            { role: 'RESPONDENT', kind: 'ORGANIZATION', name: PARTY_NAMES[1], idNumber: creditCode() },
            { role: 'THIRD_PARTY', kind: 'PERSON', name: PARTY_NAMES[2], idNumber: personId, phone: PHONE },
          ],
        },
      },
      tok.frontdesk,
    ),
    'Dispute',
  ) as unknown as { id: string; code: string; version: number; parties: { id: string; role: string }[] };
  const referral = as(
    await call(
      `mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } ${BASE} } }`,
      {
        input: {
          disputeId: reg.id,
          toOrganizationId: org['杭州市财政局'],
          channel: 'ADJUDICATION',
          kind: 'ASSIGN',
          matterCode: 'GOV-PROCUREMENT-COMPLAINT',
          reason: '属于政府采购投诉处理事项',
          expectedVersion: reg.version,
        },
      },
      tok.frontdesk,
    ),
    'Referral',
  );
  const accepted = as(
    await call(`mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on Referral { proceeding { id } } ${BASE} } }`, { id: referral.id }, tok['adjudicator.finance']),
    'Referral',
  ) as unknown as { proceeding: { id: string } };
  as(await call(`mutation($id: ID!) { admitProceeding(id: $id) { __typename ... on Proceeding { status } ${BASE} } }`, { id: accepted.proceeding.id }, tok['adjudicator.finance']), 'Proceeding');
  return { disputeId: reg.id, code: reg.code, proceedingId: accepted.proceeding.id, party: Object.fromEntries(reg.parties.map((p) => [p.role, p.id])) };
}

const DECISION_PARTS = {
  claims: '请求认定采购文件中的排他性技术参数违法',
  factsAndEvidence: '经审查采购文件、质疑函及答复，采购文件第三章设置的技术参数指向特定品牌',
  legalBasis: '《中华人民共和国政府采购法》第二十二条第二款、《政府采购质疑和投诉办法》第三十一条',
  outcome: '投诉事项成立，责令采购人修改采购文件后重新开展采购活动',
  performance: '采购人自收到本决定书之日起十五日内修改采购文件',
  reconsiderationBody: '杭州市人民政府',
  court: '杭州市西湖区人民法院',
};

async function issue(c: Case, kind: string): Promise<{ id: string; number: string; recipients: { id: string }[] }> {
  return as(
    await call(
      `mutation($input: IssueDocumentInput!) { issueDocument(input: $input) { __typename ... on LegalDocument { id number recipients { id } } ${BASE} } }`,
      { input: { disputeId: c.disputeId, proceedingId: c.proceedingId, kind, ...(kind === 'DECISION' ? { parts: DECISION_PARTS } : {}) } },
      tok['adjudicator.finance'],
    ),
    'LegalDocument',
  ) as unknown as { id: string; number: string; recipients: { id: string }[] };
}

async function upload(disputeId: string): Promise<string> {
  const form = new FormData();
  form.append('disputeId', disputeId);
  form.append('file', new Blob([`%PDF-1.4\n% receipt ${randomUUID()}\n%%EOF\n`], { type: 'application/pdf' }), 'receipt.pdf');
  const res = await fetch(new URL('/files', t.hub.url), { method: 'POST', headers: { authorization: `Bearer ${tok['adjudicator.finance']}` }, body: form });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

/** Serves every recipient directly, with a signed 送达回证. */
async function serve(c: Case, doc: { id: string; recipients: { id: string }[] }, on: string): Promise<void> {
  for (const r of doc.recipients) {
    const receipt = await upload(c.disputeId);
    as(
      await call(
        `mutation($input: RecordServiceInput!) { recordService(input: $input) { __typename ... on DocumentService { id } ${BASE} } }`,
        { input: { documentId: doc.id, partyId: r.id, method: 'DIRECT', servedOn: on, signer: 'RECIPIENT', signerName: '签收人', evidence: [{ kind: 'SIGNED_RECEIPT', fileId: receipt }] } },
        tok['adjudicator.finance'],
      ),
      'DocumentService',
    );
  }
}

async function conclude(c: Case, documentNumber: string | null = null): Promise<void> {
  as(
    await call(
      `mutation($input: ConcludeProceedingInput!) { concludeProceeding(input: $input) { __typename ... on Proceeding { status } ${BASE} } }`,
      { input: { proceedingId: c.proceedingId, outcome: 'DECISION', summary: '投诉事项成立，责令修改采购文件', ...(documentNumber ? { documentNumber } : {}) } },
      tok['adjudicator.finance'],
    ),
    'Proceeding',
  );
}

// ---------------------------------------------------------------- campaign helpers

const CHECK_FIELDS = `code status itemCode vetoCode suggestedDeduction
  evidence { summary missing events { seq type on } documents { kind number issuedOn } clocks { kind startOn dueOn metOn extended open }
    services { documentKind documentNumber method servedOn completedOn evidenceKinds missingKinds } dates { label on } }`;
const FILE_FIELDS = `id position version disputeCode matterCode channel outcome receivedOn acceptedOn concludedOn
  documents { kind number status issuedOn recipientCount }
  services { documentKind documentNumber method servedOn completedOn evidenceKinds evidencePresent }
  clocks { kind startOn dueOn metOn extended open }
  checks { ${CHECK_FIELDS} }
  rounds { round reviewer { username } decisions { code confirmed status deduction reason } deductions { itemCode points note } vetoes appliedVetoes comment score grade items { itemCode group points } }
  finalScore finalGrade`;
const CAMPAIGN_BODY = `__typename ... on ReviewCampaign { id kind status version title periodFrom periodTo sampleSize sampleSeed candidateCount candidateHash checklistVersion
  organization { name } reviewers { username } viewerRunsIt viewerReviews
  report { method implementation problems causes improvements goodPractice }
  statistics { files scored averageScore vetoed gradeCounts { grade count } topDeductions { itemCode title files points } clocksMissed { kind count } }
  files { ${FILE_FIELDS} } }`;
const CAMPAIGN_FIELDS = `${CAMPAIGN_BODY} ${ERR}`;

type Check = { code: string; status: string; itemCode: string | null; vetoCode: string | null; suggestedDeduction: number; evidence: Record<string, unknown> & { summary: string } };
type FileView = { id: string; version: number; disputeCode: string; checks: Check[]; finalScore: number | null; finalGrade: string | null; rounds: Record<string, unknown>[] } & Record<
  string,
  unknown
>;
type CampaignView = Result & {
  id: string;
  status: string;
  version: number;
  files: FileView[] | null;
  statistics: Record<string, unknown> | null;
  candidateHash: string | null;
  sampleSeed: string | null;
};

const CREATE = `mutation($input: CreateReviewCampaignInput!) { createReviewCampaign(input: $input) { ${CAMPAIGN_FIELDS} } }`;
const START = `mutation($id: ID!, $v: Int) { startReviewCampaign(id: $id, expectedVersion: $v) { ${CAMPAIGN_FIELDS} } }`;
const CANCEL = `mutation($id: ID!, $v: Int) { cancelReviewCampaign(id: $id, expectedVersion: $v) { ${CAMPAIGN_FIELDS} } }`;
const SAVE_REPORT = `mutation($id: ID!, $input: ReviewReportInput!, $v: Int) { saveReviewReport(id: $id, input: $input, expectedVersion: $v) { ${CAMPAIGN_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int) { submitReviewReport(id: $id, expectedVersion: $v) { ${CAMPAIGN_FIELDS} } }`;
const SCORE = `mutation($input: ScoreReviewFileInput!) { scoreReviewFile(input: $input) { __typename ... on ReviewFile { ${FILE_FIELDS} } ${ERR} } }`;
const ONE = `query($id: ID!) { reviewCampaign(id: $id) { ${CAMPAIGN_BODY} } }`;
const LIST = `query($s: [ReviewCampaignStatus!]) { reviewCampaigns(status: $s) { id status organization { name } } }`;
const FILE = `query($id: ID!) { reviewFile(id: $id) { ${FILE_FIELDS} } }`;
const REPORT_DOC = `query($id: ID!, $f: ReviewReportFormat) { reviewReportDocument(campaignId: $id, format: $f) { fileName contentType base64 sha256 } }`;

/** Everything a refused review command could have written (its refusal is audited on its own: not counted). */
async function footprint() {
  const [[c], [f], [s], [a]] = await Promise.all([
    sql<{ n: string }>(`select coalesce(string_agg(id || ':' || status || ':' || version, ',' order by id), '') as n from review_campaign`),
    sql<{ n: number }>('select count(*)::int as n from review_file'),
    sql<{ n: string }>(`select coalesce(string_agg(id || ':' || score, ',' order by id), '') as n from review_score`),
    sql<{ n: number }>(
      `select count(*)::int as n from audit_entry where action in ('createReviewCampaign', 'startReviewCampaign', 'scoreReviewFile', 'submitReviewReport', 'saveReviewReport') and details->>'outcome' is null`,
    ),
  ]);
  return { campaigns: c.n, files: f.n, scores: s.n, audits: a.n };
}

function checkOf(file: FileView, code: string): Check {
  const c = file.checks.find((x) => x.code === code);
  if (!c) throw new Error(`no check ${code}`);
  return c;
}

// ---------------------------------------------------------------- the story

const cases: Record<'A' | 'B' | 'C', Case> = {} as never;
const numbers: Record<string, string> = {};

describe('case-file review of 杭州市财政局', () => {
  beforeAll(async () => {
    // A: in time, complete file, two handlers.
    now = at('2026-03-02');
    cases.A = await caseAtFinance('某学校教学设备采购项目投诉');
    cases.B = await caseAtFinance('某医院医疗设备采购项目投诉');
    cases.C = await caseAtFinance('某街道物业服务采购项目投诉');
    const acceptance = await issue(cases.A, 'ACCEPTANCE_NOTICE');
    const answer = await issue(cases.A, 'ANSWER_NOTICE');
    numbers.acceptance = acceptance.number;
    numbers.answer = answer.number;
    now = at('2026-03-03');
    await serve(cases.A, acceptance, '2026-03-03');
    await serve(cases.A, answer, '2026-03-03');
    as(
      await call(
        `mutation($p: ID!, $l: ID!, $co: [ID!]!) { setProceedingHandlers(proceedingId: $p, leadId: $l, coHandlerIds: $co) { __typename ${BASE} } }`,
        { p: cases.A.proceedingId, l: user['adjudicator.finance'], co: [user['head.finance']] },
        tok['adjudicator.finance'],
      ),
      'Proceeding',
    );
    // C: concluded in time with nothing issued.
    now = at('2026-03-05');
    await conclude(cases.C);
    now = at('2026-03-20');
    const decision = await issue(cases.A, 'DECISION');
    numbers.decision = decision.number;
    await serve(cases.A, decision, '2026-03-20');
    await conclude(cases.A);
    // B: decided on paper 35 working days after receipt (the limit is 30).
    now = at('2026-04-21');
    await conclude(cases.B, '杭财采决〔2026〕99号');
    now = at('2026-04-22');
  });

  let campaign: CampaignView;
  let files: Record<'A' | 'B' | 'C', FileView>;

  it('refuses what it cannot run, and writes nothing', async () => {
    const before = await footprint();
    // an organization with no concluded proceeding in scope
    const empty = as(await call(CREATE, { input: { kind: 'SPOT_CHECK', organizationId: org['杭州市市场监督管理局'], reviewerIds: [user.reviewer] } }, tok.reviewer), 'ValidationError');
    expect(empty).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'scope', message: '范围内没有已办结的案件' }] });
    // a sample larger than the scope
    const large = as(await call(CREATE, { input: { kind: 'SPOT_CHECK', organizationId: org['杭州市财政局'], sampleSize: 4, reviewerIds: [user.reviewer] } }, tok.reviewer), 'ValidationError');
    expect(large.fieldErrors).toEqual([{ field: 'sampleSize', code: 'INVALID', message: '抽取数量（4）超过范围内已办结的案件数（3）' }]);
    // a reviewer who does not exist, one without a reviewing role
    const who = as(await call(CREATE, { input: { kind: 'SPOT_CHECK', organizationId: org['杭州市财政局'], reviewerIds: [randomUUID(), user.frontdesk] } }, tok.reviewer), 'ValidationError');
    expect(who.fieldErrors).toEqual([
      { field: 'reviewerIds.0', code: 'NOT_FOUND', message: '没有该评查人员' },
      { field: 'reviewerIds.1', code: 'INVALID', message: expect.stringContaining('评查人员应为') },
    ]);
    // a period out of any case file's reach (found by fuzz-mutations: 1900-01-01 was an internal error counting three years back)
    const ancient = as(
      await call(CREATE, { input: { kind: 'SPOT_CHECK', organizationId: org['杭州市财政局'], periodTo: '1900-01-01', reviewerIds: [user.reviewer] } }, tok.reviewer),
      'ValidationError',
    );
    expect(ancient.fieldErrors).toEqual([{ field: 'periodTo', code: 'INVALID', message: '截止日期不能早于 2000-01-01' }]);
    const early = as(
      await call(CREATE, { input: { kind: 'SPOT_CHECK', organizationId: org['杭州市财政局'], periodFrom: '1999-12-31', periodTo: '2026-01-01', reviewerIds: [user.reviewer] } }, tok.reviewer),
      'ValidationError',
    );
    expect(early.fieldErrors).toEqual([{ field: 'periodFrom', code: 'INVALID', message: '起始日期不能早于 2000-01-01' }]);
    // a cross-review by the reviewed organization's own staff
    const cross = as(await call(CREATE, { input: { kind: 'CROSS_REVIEW', organizationId: org['杭州市财政局'], reviewerIds: [user['head.finance']] } }, tok.reviewer), 'ValidationError');
    expect(cross.fieldErrors).toEqual([{ field: 'reviewerIds.0', code: 'INVALID', message: '交叉评查的评查人员应来自其他单位' }]);
    // a head inspecting another organization; a head opening a spot check
    for (const input of [
      { kind: 'SELF_INSPECTION', organizationId: org['杭州市财政局'], reviewerIds: [user['head.market']] },
      { kind: 'SPOT_CHECK', organizationId: org['杭州市财政局'], reviewerIds: [user['head.market']] },
    ]) {
      const res = await t.gql<Record<string, Result>, Vars>(CREATE, { input }, tok['head.market']);
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    // a handler may not run a review at all
    const handler = await t.gql<Record<string, Result>, Vars>(CREATE, { input: { kind: 'SPOT_CHECK', organizationId: org['杭州市财政局'], reviewerIds: [user.reviewer] } }, tok['adjudicator.market']);
    expect(handler.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await footprint()).toEqual(before);
  });

  it('the justice bureau opens a spot check of every concluded file (default period: three years to today) and starts it', async () => {
    const created = as(
      await call(CREATE, { input: { kind: 'SPOT_CHECK', organizationId: org['杭州市财政局'], reviewerIds: [user.reviewer, user['head.fuyang-finance']] } }, tok.reviewer),
      'ReviewCampaign',
    ) as CampaignView;
    expect(created).toMatchObject({
      status: 'DRAFT',
      periodFrom: '2023-04-23',
      periodTo: '2026-04-22',
      sampleSize: null,
      sampleSeed: null,
      organization: { name: '杭州市财政局' },
      viewerRunsIt: true,
      files: [],
    });
    // a named reviewer cannot start it; another viewer does not find it
    const notRunner = await t.gql<Record<string, Result>, Vars>(START, { id: created.id, v: created.version }, tok['head.fuyang-finance']);
    expect(notRunner.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(as(await call(START, { id: created.id }, tok['head.market']), 'NotFoundError')).toMatchObject({ code: 'NOT_FOUND' });
    campaign = as(await call(START, { id: created.id, v: created.version }, tok.reviewer), 'ReviewCampaign') as CampaignView;
    expect(campaign).toMatchObject({ status: 'IN_PROGRESS', candidateCount: 3, checklistVersion: 1 });
    expect(campaign.files!.map((f) => f.disputeCode)).toEqual([cases.A.code, cases.B.code, cases.C.code].sort());
    const byCode = (c: Case) => campaign.files!.find((f) => f.disputeCode === c.code)!;
    files = { A: byCode(cases.A), B: byCode(cases.B), C: byCode(cases.C) };
  });

  it('computes the automatic checks with their evidence', async () => {
    const { A, B, C } = files;
    // B: the decision came 35 working days after receipt: HANDLING missed, with the due and the met date.
    const handlingB = checkOf(B, 'CLOCK_HANDLING');
    expect(handlingB).toMatchObject({ status: 'FAIL', itemCode: 'S_TIME_LIMITS', suggestedDeduction: 10 });
    const clockB = (handlingB.evidence.clocks as { kind: string; dueOn: string; metOn: string }[])[0];
    expect(clockB).toMatchObject({ kind: 'HANDLING', startOn: '2026-03-02', metOn: '2026-04-21', open: false });
    expect(clockB.dueOn < clockB.metOn).toBe(true);
    expect(handlingB.evidence.summary).toBe(`办理期限超期：应于 ${clockB.dueOn} 前完成，实际 2026-04-21 完成`);
    expect(B.clocks).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'HANDLING', dueOn: clockB.dueOn, metOn: '2026-04-21' })]));
    // ... its file lacks every required document; the decision made on paper cannot be checked.
    expect(checkOf(B, 'REQUIRED_DOCUMENTS')).toMatchObject({ status: 'FAIL', suggestedDeduction: 10, evidence: { missing: ['受理通知书', '答辩通知书', '处理决定书'] } });
    expect(checkOf(B, 'DECISION_PARTS')).toMatchObject({ status: 'NOT_RECORDED', evidence: { summary: expect.stringContaining('杭财采决〔2026〕99号') } });
    // ... and one handler (the admitting one): fewer than two, a veto suggested.
    expect(checkOf(B, 'TWO_HANDLERS')).toMatchObject({ status: 'FAIL', vetoCode: 'V_FEWER_THAN_TWO_HANDLERS', evidence: { summary: '承办人仅 1 名，少于二人' } });
    // A: in time, every document there and served with proof matching the method.
    expect(checkOf(A, 'CLOCK_HANDLING')).toMatchObject({ status: 'PASS', evidence: { clocks: [expect.objectContaining({ kind: 'HANDLING', metOn: '2026-03-20' })] } });
    expect(checkOf(A, 'CLOCK_ACCEPTANCE').status).toBe('PASS');
    expect(checkOf(A, 'CLOCK_SERVICE')).toMatchObject({ status: 'PASS' });
    const required = checkOf(A, 'REQUIRED_DOCUMENTS');
    expect(required.status).toBe('PASS');
    expect((required.evidence.documents as { number: string }[]).map((d) => d.number).sort()).toEqual([numbers.acceptance, numbers.answer, numbers.decision].sort());
    const proof = checkOf(A, 'SERVICE_PROOF');
    expect(proof.status).toBe('PASS');
    expect(proof.evidence.services).toEqual(
      expect.arrayContaining([expect.objectContaining({ documentNumber: numbers.decision, method: 'DIRECT', servedOn: '2026-03-20', evidenceKinds: ['SIGNED_RECEIPT'], missingKinds: [] })]),
    );
    for (const code of ['DECISION_PARTS', 'LEGAL_BASIS_ARTICLE', 'REMEDY_NOTICE', 'DATE_ORDER']) expect(checkOf(A, code).status).toBe('PASS');
    expect(checkOf(A, 'DATE_ORDER').evidence.events).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'CONCLUDED', on: '2026-03-20' })]));
    expect(checkOf(A, 'TWO_HANDLERS')).toMatchObject({ status: 'PASS', evidence: { summary: '承办人 2 名' } });
    expect(checkOf(A, 'HANDLERS_QUALIFIED').evidence.summary).toBe('承办人 2 名，具备规定的资格');
    for (const f of [A, B, C]) {
      expect(checkOf(f, 'LEFT_AT_RESIDENCE_RECORD').status).toBe('NOT_APPLICABLE');
      expect(checkOf(f, 'EXTENSIONS_IN_TIME').status).toBe('NOT_APPLICABLE');
      // the procurement rule wants one handler with 法律职业资格: the demo staff record of 赵敏 (the lead of every file) holds it
      expect(checkOf(f, 'HANDLERS_QUALIFIED')).toMatchObject({ status: 'PASS', vetoCode: 'V_STAFF_NOT_QUALIFIED' });
    }
    // C: nothing served, nothing to prove.
    expect(checkOf(C, 'SERVICE_PROOF').status).toBe('NOT_APPLICABLE');
    expect(checkOf(C, 'CLOCK_HANDLING')).toMatchObject({ status: 'PASS', evidence: { clocks: [expect.objectContaining({ metOn: '2026-03-05' })] } });
    // A's masked view: documents, service dates, clocks; no party's name, number or phone anywhere.
    expect(A.documents).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'DECISION', number: numbers.decision, issuedOn: '2026-03-20', recipientCount: 3 })]));
    expect(A.services).toEqual(expect.arrayContaining([expect.objectContaining({ documentKind: 'DECISION', method: 'DIRECT', evidencePresent: true })]));
    const text = JSON.stringify(campaign);
    for (const secret of [...PARTY_NAMES, PHONE, '签收人', '银湖街道']) expect(text).not.toContain(secret);
  });

  it('reviewers score: an override needs a reason, a file outside one’s campaigns is not found, and refusals write nothing', async () => {
    const before = await footprint();
    const noReason = as(
      await call(SCORE, { input: { fileId: files.B.id, round: 'FIRST', decisions: [{ code: 'TWO_HANDLERS', confirmed: false, status: 'PASS' }], expectedVersion: files.B.version } }, tok.reviewer),
      'ValidationError',
    );
    expect(noReason.fieldErrors).toEqual([{ field: 'decisions.0.reason', code: 'REQUIRED', message: '更正检查结果应说明理由' }]);
    const badItem = as(await call(SCORE, { input: { fileId: files.B.id, round: 'FIRST', deductions: [{ itemCode: 'S_FACTS', points: 9 }] } }, tok.reviewer), 'ValidationError');
    expect(badItem.fieldErrors).toEqual([{ field: 'deductions.0.points', code: 'INVALID', message: '扣分应为 1–4 的整数' }]);
    // a handler of another organization, not named in the campaign: NOT_FOUND, as for no file
    expect(as(await call(SCORE, { input: { fileId: files.B.id, round: 'FIRST' } }, tok['mediator.gongshu']), 'NotFoundError')).toMatchObject({ code: 'NOT_FOUND' });
    expect(as(await call(SCORE, { input: { fileId: randomUUID(), round: 'FIRST' } }, tok.reviewer), 'NotFoundError')).toMatchObject({ code: 'NOT_FOUND' });
    // the expert's round only after the first
    expect(as(await call(SCORE, { input: { fileId: files.B.id, round: 'EXPERT' } }, tok['head.fuyang-finance']), 'InvalidTransitionError').message).toContain('专家复评应在初评之后');
    expect(await footprint()).toEqual(before);
  });

  it('scores every file; the expert’s round is recorded beside the first and counts', async () => {
    // A: confirmed as computed, a person deducts for the facts and the file's order.
    const a = as(
      await call(
        SCORE,
        {
          input: {
            fileId: files.A.id,
            round: 'FIRST',
            deductions: [
              { itemCode: 'S_FACTS', points: 2, note: '事实部分表述简略' },
              { itemCode: 'F_ORDER', points: 1 },
            ],
            comment: '程序规范',
            expectedVersion: files.A.version,
          },
        },
        tok.reviewer,
      ),
      'ReviewFile',
    ) as unknown as FileView;
    expect(a).toMatchObject({ finalScore: 97, finalGrade: 'EXCELLENT', version: files.A.version + 1 });
    // a stale version is refused
    expect(as(await call(SCORE, { input: { fileId: files.A.id, round: 'FIRST', expectedVersion: files.A.version } }, tok.reviewer), 'VersionConflictError')).toMatchObject({
      currentVersion: files.A.version + 1,
    });
    // B: the confirmed handler check is a veto: 0, 不合格.
    const b = as(await call(SCORE, { input: { fileId: files.B.id, round: 'FIRST', comment: '承办人不足两人' } }, tok['head.fuyang-finance']), 'ReviewFile') as unknown as FileView;
    expect(b).toMatchObject({ finalScore: 0, finalGrade: 'UNQUALIFIED' });
    expect(b.rounds[0]).toMatchObject({ round: 'FIRST', appliedVetoes: ['V_FEWER_THAN_TWO_HANDLERS'], reviewer: { username: 'head.fuyang-finance' } });
    // The expert finds a second handler's signature in the paper file: overridden with a reason; what remains is deducted.
    const expert = as(
      await call(
        SCORE,
        {
          input: {
            fileId: files.B.id,
            round: 'EXPERT',
            decisions: [{ code: 'TWO_HANDLERS', confirmed: false, status: 'PASS', reason: '纸质卷宗中有两名承办人签名' }],
            deductions: [{ itemCode: 'S_EVIDENCE', points: 3 }],
          },
        },
        tok.reviewer,
      ),
      'ReviewFile',
    ) as unknown as FileView;
    // 100 − (REQUIRED_DOCS 10 + TIME_LIMITS 10 + EVIDENCE 3) = 77
    expect(expert).toMatchObject({ finalScore: 77, finalGrade: 'QUALIFIED' });
    expect(expert.rounds.map((r) => `${r.round}:${r.score}`)).toEqual(['FIRST:0', 'EXPERT:77']);
    // C: a veto by the reviewer.
    const c = as(await call(SCORE, { input: { fileId: files.C.id, round: 'FIRST', vetoes: ['V_FACTS_UNCLEAR'] } }, tok.reviewer), 'ReviewFile') as unknown as FileView;
    expect(c).toMatchObject({ finalScore: 0, finalGrade: 'UNQUALIFIED' });
  });

  it('submission needs every section; the report is submitted, the statistics frozen', async () => {
    let current = as(await call(ONE, { id: campaign.id }, tok.reviewer), 'ReviewCampaign') as CampaignView;
    const missing = as(await call(SUBMIT, { id: campaign.id, v: current.version }, tok.reviewer), 'ValidationError');
    expect((missing.fieldErrors as { field: string }[]).map((e) => e.field)).toEqual([
      'report.method',
      'report.implementation',
      'report.problems',
      'report.causes',
      'report.improvements',
      'report.goodPractice',
    ]);
    current = as(
      await call(
        SAVE_REPORT,
        {
          id: campaign.id,
          v: current.version,
          input: {
            method: '司法局组成评查组，对市财政局近三年办结的政府采购投诉案卷逐卷评查。',
            implementation: '市财政局已按浙政办发〔2019〕61号文件要求建立行政裁决工作机制。',
            problems: '个别案卷超过法定期限办结，部分文书未在系统中制作。',
            causes: '案件集中期间人员不足，电子卷宗制度执行不到位。',
            improvements: '建立期限预警，所有文书通过系统制作和送达。',
            goodPractice: '送达回证齐全、决定书救济途径告知规范。',
          },
        },
        tok.reviewer,
      ),
      'ReviewCampaign',
    ) as CampaignView;
    const submitted = as(await call(SUBMIT, { id: campaign.id, v: current.version }, tok.reviewer), 'ReviewCampaign') as CampaignView;
    expect(submitted.status).toBe('REPORTED');
    expect(submitted.statistics).toMatchObject({
      files: 3,
      scored: 3,
      averageScore: Math.round(((97 + 77 + 0) / 3) * 10) / 10,
      vetoed: 1,
      gradeCounts: [
        { grade: 'EXCELLENT', count: 1 },
        { grade: 'GOOD', count: 0 },
        { grade: 'QUALIFIED', count: 1 },
        { grade: 'UNQUALIFIED', count: 1 },
      ],
      clocksMissed: [{ kind: 'HANDLING', count: 1 }],
    });
    expect((submitted.statistics!.topDeductions as { itemCode: string }[]).map((d) => d.itemCode)).toEqual(expect.arrayContaining(['S_TIME_LIMITS', 'S_REQUIRED_DOCS', 'S_FACTS']));
    // no more scoring once reported
    expect(as(await call(SCORE, { input: { fileId: files.A.id, round: 'EXPERT' } }, tok.reviewer), 'InvalidTransitionError').message).toContain('已报送');
  });

  it('renders the report with every section (PDF) and as DOCX, audited', async () => {
    const pdf = (await t.gql<{ reviewReportDocument: { fileName: string; contentType: string; base64: string } | null }, Vars>(REPORT_DOC, { id: campaign.id, f: 'PDF' }, tok.reviewer)).data!
      .reviewReportDocument!;
    expect(pdf.contentType).toBe('application/pdf');
    const text = (await pdfText(Buffer.from(pdf.base64, 'base64'))).replace(/\s+/g, '');
    for (const heading of ['一、评查工作开展情况', '二、评查案卷基本情况', '三、贯彻落实浙政办发〔2019〕61号文件情况', '四、存在的问题', '五、原因分析', '六、整改措施', '七、可推广的经验做法'])
      expect(text).toContain(heading);
    expect(text).toContain('共评查案卷3件');
    expect(text).toContain('建立期限预警');
    const docx = (await t.gql<{ reviewReportDocument: { contentType: string; base64: string } | null }, Vars>(REPORT_DOC, { id: campaign.id, f: 'DOCX' }, tok['head.finance'])).data!
      .reviewReportDocument!;
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    const [audits] = await sql<{ n: number }>(`select count(*)::int as n from audit_entry where action = 'downloadReviewReport' and ? = any(target_ids)`, [campaign.id]);
    expect(audits.n).toBe(2);
  });

  it('the justice bureau and the reviewed organization see the submitted report; no one else does', async () => {
    const justice = await t.gql<{ reviewCampaigns: { id: string }[] }, Vars>(LIST, { s: ['REPORTED'] }, tok.reviewer);
    expect(justice.data!.reviewCampaigns.map((c) => c.id)).toContain(campaign.id);
    // the reviewed organization's head: the report and statistics, not the files
    const own = as(await call(ONE, { id: campaign.id }, tok['head.finance']), 'ReviewCampaign') as CampaignView;
    expect(own).toMatchObject({ status: 'REPORTED', files: null, viewerRunsIt: false, viewerReviews: false, report: { problems: expect.stringContaining('超过法定期限') } });
    // other organizations: nothing through any query
    for (const u of ['head.market', 'mediator.gongshu', 'adjudicator.market']) {
      expect(await call(ONE, { id: campaign.id }, tok[u])).toBeNull();
      expect((await t.gql<{ reviewCampaigns: { id: string }[] }, Vars>(LIST, {}, tok[u])).data!.reviewCampaigns.map((c) => c.id)).not.toContain(campaign.id);
      expect((await t.gql<{ reviewReportDocument: unknown }, Vars>(REPORT_DOC, { id: campaign.id }, tok[u])).data!.reviewReportDocument).toBeNull();
    }
    for (const u of ['head.market', 'mediator.gongshu', 'head.finance']) {
      expect((await t.gql<{ reviewFile: unknown }, Vars>(FILE, { id: files.A.id }, tok[u])).data?.reviewFile ?? null).toBeNull();
    }
    // a named reviewer reads the file
    expect((await t.gql<{ reviewFile: { disputeCode: string } }, Vars>(FILE, { id: files.A.id }, tok['head.fuyang-finance'])).data!.reviewFile.disputeCode).toBe(cases.A.code);
  });

  it('a head inspects their own organization on a random sample, reproducible from the recorded seed', async () => {
    const created = as(
      await call(
        CREATE,
        { input: { kind: 'SELF_INSPECTION', organizationId: org['杭州市财政局'], sampleSize: 2, sampleSeed: 'self-2026-finance', reviewerIds: [user['head.finance'], user['adjudicator.finance']] } },
        tok['head.finance'],
      ),
      'ReviewCampaign',
    ) as CampaignView;
    expect(created).toMatchObject({ kind: 'SELF_INSPECTION', sampleSize: 2, sampleSeed: 'self-2026-finance' });
    const started = as(await call(START, { id: created.id, v: created.version }, tok['head.finance']), 'ReviewCampaign') as CampaignView;
    const candidates = [cases.A, cases.B, cases.C].map((c) => c.proceedingId);
    expect(started.candidateHash).toBe(candidateHash([...candidates].sort()));
    const rows = await sql<{ proceeding_id: string; position: number }>('select proceeding_id, position from review_file where campaign_id = ? order by position', [started.id]);
    expect(rows.map((r) => r.proceeding_id)).toEqual(sample('self-2026-finance', candidates, 2));
    // a seed generated when none is given is recorded, and the same draw follows from it
    const generated = as(
      await call(CREATE, { input: { kind: 'SELF_INSPECTION', organizationId: org['杭州市财政局'], sampleSize: 1, reviewerIds: [user['head.finance']] } }, tok['head.finance']),
      'ReviewCampaign',
    ) as CampaignView;
    expect(generated.sampleSeed).toMatch(/^[0-9a-f]{32}$/);
    const g = as(await call(START, { id: generated.id, v: generated.version }, tok['head.finance']), 'ReviewCampaign') as CampaignView;
    const [row] = await sql<{ proceeding_id: string }>('select proceeding_id from review_file where campaign_id = ?', [g.id]);
    expect([row.proceeding_id]).toEqual(sample(generated.sampleSeed!, candidates, 1));
    const cancelled = as(await call(CANCEL, { id: g.id, v: g.version }, tok['head.finance']), 'ReviewCampaign') as CampaignView;
    expect(cancelled.status).toBe('CANCELLED');
    expect(as(await call(START, { id: g.id }, tok['head.finance']), 'InvalidTransitionError').message).toContain('已取消');
  });

  it('ADMIN saves a new checklist version (validated); started campaigns keep the version they pinned', async () => {
    const CL = `query { reviewChecklist { version shipped vetoItems { code title } groups { group max } items { code group title maxDeduction } grades { grade minScore } checks { check itemCode vetoCode deduction } requiredDocuments { channel outcome kinds } } }`;
    const current = (await t.gql<{ reviewChecklist: Record<string, unknown> & { version: number } }, Vars>(CL, {}, tok.reviewer)).data!.reviewChecklist;
    expect(current).toMatchObject({ version: 1, shipped: true });
    // Every start applies the shipped checklist: unchanged, nothing is added.
    const apply = (content = SHIPPED_CHECKLIST) => t.hub.orm.em.fork().transactional((em) => applyReviewReferenceData(em as EntityManager, content));
    expect(await apply()).toEqual({ checklistAdded: false });
    const { version: _v, shipped: _s, ...input } = current;
    const SAVE = `mutation($input: ReviewChecklistInput!, $v: Int!) { saveReviewChecklist(input: $input, expectedVersion: $v) { __typename ... on ReviewChecklist { version shipped grades { grade minScore } } ... on ErrorResult { code message } ... on ValidationError { fieldErrors { field code message } } ... on VersionConflictError { currentVersion } } }`;
    const bad = as(
      await call(
        SAVE,
        {
          input: {
            ...input,
            grades: [
              { grade: 'EXCELLENT', minScore: 85 },
              { grade: 'QUALIFIED', minScore: 90 },
            ],
          },
          v: 1,
        },
        tok.admin,
      ),
      'ValidationError',
    );
    expect((bad.fieldErrors as { field: string }[]).map((e) => e.field)).toEqual(['grades.1.minScore']);
    const forbidden = await t.gql<Record<string, Result>, Vars>(SAVE, { input, v: 1 }, tok.reviewer);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const saved = as(
      await call(
        SAVE,
        {
          input: {
            ...input,
            grades: [
              { grade: 'EXCELLENT', minScore: 85 },
              { grade: 'QUALIFIED', minScore: 60 },
            ],
          },
          v: 1,
        },
        tok.admin,
      ),
      'ReviewChecklist',
    );
    expect(saved).toMatchObject({ version: 2, shipped: false });
    expect(as(await call(SAVE, { input, v: 1 }, tok.admin), 'VersionConflictError')).toMatchObject({ currentVersion: 2 });
    // A later hub version of the shipped checklist never replaces the administrator's.
    expect(
      await apply({
        ...SHIPPED_CHECKLIST,
        grades: [
          { grade: 'EXCELLENT' as never, minScore: 95 },
          { grade: 'QUALIFIED' as never, minScore: 70 },
        ],
      }),
    ).toEqual({ checklistAdded: false });
    expect((await t.gql<{ reviewChecklist: { version: number } }, Vars>('{ reviewChecklist { version } }', {}, tok.reviewer)).data!.reviewChecklist.version).toBe(2);
    const reported = as(await call(ONE, { id: campaign.id }, tok.reviewer), 'ReviewCampaign');
    expect(reported.checklistVersion).toBe(1);
  });
});
