/**
 * Typical cases (典型案例) over GraphQL, on a dispute built through the API: registered by the
 * frontdesk, referred to 富阳区人民调解委员会, admitted and concluded with an agreement (RESOLVED).
 * - the mediator drafts a case from it: the pass anonymizes names (李某甲 / 李某乙), the company,
 *   ID numbers (one with an X check digit), phones, addresses and a plate, and lists every
 *   replacement for the diff; the draft text is the drafting organization's alone;
 * - another organization cannot draft from the dispute nor see the case: NOT_FOUND, as for no dispute;
 * - an editor who keeps a party's name is refused at submission, nothing is published;
 * - the head of the organization approves: published, with nothing identifying left (every party's
 *   name, ID number, phone and address searched for in the public answer);
 * - anonymous public queries show published cases only, without the dispute's id or code;
 * - withdrawal hides the case from the public and keeps the record and its history.
 */
import { makeResidentId } from '../../src/core/validation';
import { AcceptReferralDocument, AdmitProceedingDocument, ConcludeProceedingDocument, ReferDisputeDocument, RegisterDisputeDocument } from '../generated/graphql';
import { creditCode, residentId } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

const clock = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Beijing
let t: TestHub;
const tok: Record<string, string> = {};

type Vars = Record<string, unknown>;
type Result = { __typename: string; [k: string]: unknown };

beforeAll(async () => {
  t = await startTestHub({}, { now: () => clock });
  for (const u of ['frontdesk', 'mediator.fuyang', 'mediator.gongshu', 'head.mediation-fuyang', 'head.mediation-gongshu', 'reviewer', 'admin']) tok[u] = await t.login(u);
});
afterAll(async () => {
  await t?.stop();
});

function data<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function call(query: string, vars: Vars, token: string | null): Promise<Result> {
  const res = await t.gql<Record<string, Result>, Vars>(query, vars, token);
  return Object.values(data(res))[0];
}

function as<T extends Result>(r: Result, name: string): T {
  if (r.__typename !== name) throw new Error(`expected ${name}, got ${JSON.stringify(r)}`);
  return r as T;
}

/** A valid resident ID number whose check character is X. */
function idWithX(): string {
  for (let seq = 0; seq < 1000; seq++) {
    const id = makeResidentId(`33018319750608${String(seq).padStart(3, '0')}`);
    if (id.endsWith('X')) return id;
  }
  throw new Error('no X check digit');
}

const CASE_FIELDS = `
  __typename
  ... on TypicalCase {
    id status version matterCode channel year
    anonymized { title facts outcome significance }
    draft { title facts outcome significance }
    replacements { section start end anonymizedStart anonymizedEnd original replacement reason }
    keep
    publicationCheck { field code message }
    history { action from to version reason actor { username } }
  }
  ... on ErrorResult { code message }
  ... on ValidationError { fieldErrors { field code message } }
  ... on InvalidTransitionError { currentStatus }
  ... on VersionConflictError { currentVersion }`;

const DRAFT = `mutation($input: DraftTypicalCaseInput!) { draftTypicalCase(input: $input) { ${CASE_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateTypicalCaseInput!, $v: Int) { updateTypicalCase(id: $id, input: $input, expectedVersion: $v) { ${CASE_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int) { submitTypicalCase(id: $id, expectedVersion: $v) { ${CASE_FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $v: Int) { approveTypicalCase(id: $id, expectedVersion: $v) { ${CASE_FIELDS} } }`;
const RETURN = `mutation($id: ID!, $reason: String!, $v: Int) { returnTypicalCase(id: $id, reason: $reason, expectedVersion: $v) { ${CASE_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!, $v: Int) { withdrawTypicalCase(id: $id, reason: $reason, expectedVersion: $v) { ${CASE_FIELDS} } }`;
const STAFF_ONE = `query($id: ID!) { typicalCase(id: $id) { id status version anonymized { facts } draft { facts } replacements { original } history { action from to } } }`;
const STAFF_LIST = `query($status: [TypicalCaseStatus!]) { typicalCases(status: $status) { totalCount edges { node { id status organization { name } draft { title } } } } }`;
const PUBLIC_LIST = `query($m: String, $c: Channel, $y: Int, $first: Int, $after: String) {
  publishedTypicalCases(matterCode: $m, channel: $c, year: $y, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id title facts outcome significance matterCode channel year publishedAt organization { name } matter { code name } } }
  } }`;
const PUBLIC_ONE = `query($id: ID!) { publishedTypicalCase(id: $id) { id title facts outcome significance matterCode channel year organization { name } } }`;

type CaseView = Result & {
  id: string;
  status: string;
  version: number;
  matterCode: string | null;
  channel: string;
  year: number;
  anonymized: { title: string; facts: string; outcome: string; significance: string };
  draft: { title: string; facts: string } | null;
  replacements: { section: string; start: number; end: number; anonymizedStart: number; anonymizedEnd: number; original: string; replacement: string; reason: string }[] | null;
  keep: string[] | null;
  publicationCheck: { field: string; code: string; message: string }[] | null;
  history: { action: string; from: string | null; to: string; version: number; reason: string | null; actor: { username: string } | null }[];
};

// ---------------------------------------------------------------- the concluded dispute

const applicantId = idWithX();
const respondentId = residentId();
const companyCode = creditCode();
const PARTIES = [
  { role: 'APPLICANT', kind: 'PERSON', name: '李建国', idNumber: applicantId, phone: '13957112345', address: '杭州市富阳区东洲街道黄公望村5组12号' },
  { role: 'RESPONDENT', kind: 'PERSON', name: '李秀英', idNumber: respondentId, phone: '0571-63312345', address: '杭州市富阳区银湖街道金秋路18号3幢201室' },
  { role: 'THIRD_PARTY', kind: 'ORGANIZATION', name: '杭州青山湖电子科技有限公司', idNumber: companyCode, phone: '0571-88886666', address: '杭州市富阳区银湖街道富闲路9号' },
];
/** Every identifying value of the records, as a reader could search for it: each party's name, ID number, phone and address, and their shorter forms. */
const IDENTIFYING = [
  ...PARTIES.flatMap((p) => [p.name, p.idNumber, p.phone, p.address]),
  '青山湖',
  applicantId.slice(0, 17),
  '13957112345',
  '63312345',
  '88886666',
  '黄公望村5组12号',
  '金秋路18号3幢201室',
  '富闲路9号',
  '浙A12345',
];

const TEXT = {
  title: '李建国与李秀英相邻通行纠纷案',
  sections: {
    facts: `申请人李建国（身份证号码：${applicantId}）住杭州市富阳区东洲街道黄公望村5组12号，电话13957112345，与被申请人李秀英（住杭州市富阳区银湖街道金秋路18号3幢201室，电话0571-63312345）系邻居。李秀英在两家之间的通道上堆放建材，致李建国驾驶的浙A12345号车辆无法通行。杭州青山湖电子科技有限公司（统一社会信用代码${companyCode}）为建材供应方，联系电话0571 8888 6666。李秀英身份证号码为${respondentId}。`,
    outcome: '经调解，双方自愿达成协议：李秀英于三日内清理通道，青山湖公司协助运走建材，李建国不再主张赔偿。',
    significance: '本案是基层人民调解组织化解相邻纠纷的典型案例。调解员释法明理，促成双方互谅互让，维护了邻里和谐。',
  },
};

let dispute: { id: string; code: string };

/** A dispute registered by the frontdesk and handled by 富阳区人民调解委员会: concluded with an agreement (RESOLVED), or left in progress. */
async function mediatedDispute(conclude = true): Promise<{ id: string; code: string }> {
  const reg = data(
    await t.gql(
      RegisterDisputeDocument,
      {
        input: {
          title: '相邻通行纠纷',
          facts: '双方因院落通道使用问题发生争执，申请人请求调解。',
          category: 'NEIGHBORHOOD',
          region: '富阳区',
          source: 'WALK_IN',
          parties: PARTIES as never,
        },
      },
      tok.frontdesk,
    ),
  ).registerDispute;
  if (reg.__typename !== 'Dispute') throw new Error(JSON.stringify(reg));
  const orgs = data(await t.gql<{ organizations: { id: string; name: string }[] }, Vars>('{ organizations { id name } }', {})).organizations;
  const mediation = orgs.find((o) => o.name === '富阳区人民调解委员会')!;
  const referral = data(
    await t.gql(
      ReferDisputeDocument,
      {
        input: {
          disputeId: reg.id,
          toOrganizationId: mediation.id,
          channel: 'MEDIATION',
          kind: 'TRANSFER',
          matterCode: 'PEOPLES-MEDIATION',
          reason: '邻里纠纷，属人民调解范围',
          expectedVersion: reg.version,
        },
      },
      tok.frontdesk,
    ),
  ).referDispute;
  if (referral.__typename !== 'Referral') throw new Error(JSON.stringify(referral));
  const accepted = data(await t.gql(AcceptReferralDocument, { id: referral.id }, tok['mediator.fuyang'])).acceptReferral;
  if (accepted.__typename !== 'Referral') throw new Error(JSON.stringify(accepted));
  const proceedingId = accepted.proceeding!.id;
  // People's mediation has no acceptance review: the proceeding starts IN_PROGRESS.
  if (accepted.proceeding!.status === 'ACCEPTANCE_REVIEW') {
    const admitted = data(await t.gql(AdmitProceedingDocument, { id: proceedingId }, tok['mediator.fuyang'])).admitProceeding;
    if (admitted.__typename !== 'Proceeding') throw new Error(JSON.stringify(admitted));
  }
  if (!conclude) return { id: reg.id, code: reg.code };
  const concluded = data(await t.gql(ConcludeProceedingDocument, { input: { proceedingId, outcome: 'AGREEMENT', summary: '双方达成调解协议' } }, tok['mediator.fuyang'])).concludeProceeding;
  if (concluded.__typename !== 'Proceeding') throw new Error(JSON.stringify(concluded));
  const status = data(await t.gql<{ dispute: { status: string } }, Vars>('query($id: ID!) { dispute(id: $id) { status } }', { id: reg.id }, tok.frontdesk)).dispute.status;
  expect(status).toBe('RESOLVED');
  return { id: reg.id, code: reg.code };
}

function expectNothingIdentifying(json: string) {
  for (const value of IDENTIFYING) expect({ value, found: json.includes(value) }).toEqual({ value, found: false });
}

async function publicList(vars: Vars = {}) {
  return data(await t.gql<{ publishedTypicalCases: { totalCount: number; edges: { node: { id: string; facts: string } }[] } }, Vars>(PUBLIC_LIST, vars, null)).publishedTypicalCases;
}

// ---------------------------------------------------------------- the walk

let caseId = '';
let version = 0;

beforeAll(async () => {
  dispute = await mediatedDispute();
});

describe('drafting', () => {
  it('refuses a dispute that is not concluded (InvalidTransitionError) and one the organization never handled (NotFoundError)', async () => {
    // Registered but never referred: 富阳区人民调解委员会 holds no proceeding of it.
    const open = data(
      await t.gql(
        RegisterDisputeDocument,
        {
          input: {
            title: '相邻纠纷',
            facts: '双方因通道发生争执。',
            category: 'NEIGHBORHOOD',
            region: '富阳区',
            source: 'WALK_IN',
            parties: [{ role: 'APPLICANT', kind: 'PERSON', name: '赵六' }] as never,
          },
        },
        tok.frontdesk,
      ),
    ).registerDispute as { id: string };
    const r = as<Result & { message: string }>(await call(DRAFT, { input: { disputeId: open.id, ...TEXT } }, tok['mediator.fuyang']), 'NotFoundError');
    expect(r.message).toBe(`纠纷 ${open.id} 不存在。`);
    // Handled by the committee but still in progress.
    const inProgress = await mediatedDispute(false);
    const early = as<Result & { currentStatus: string; message: string }>(await call(DRAFT, { input: { disputeId: inProgress.id, ...TEXT } }, tok['mediator.fuyang']), 'InvalidTransitionError');
    expect(early).toMatchObject({ currentStatus: 'IN_PROGRESS', message: '纠纷处于“办理中”状态，办结后才能编写典型案例。' });
  });

  it('drafts from the concluded dispute: the pass anonymizes the text and lists every replacement', async () => {
    const c = as<CaseView>(await call(DRAFT, { input: { disputeId: dispute.id, ...TEXT } }, tok['mediator.fuyang']), 'TypicalCase');
    caseId = c.id;
    version = c.version;
    expect(c).toMatchObject({ status: 'DRAFT', version: 1, matterCode: 'PEOPLES-MEDIATION', channel: 'MEDIATION', year: 2026 });
    expect(c.anonymized.title).toBe('李某甲与李某乙相邻通行纠纷案');
    expect(c.anonymized.facts).toBe(
      '申请人李某甲住杭州市富阳区，电话×××，与被申请人李某乙（住杭州市富阳区，电话×××）系邻居。李某乙在两家之间的通道上堆放建材，致李某甲驾驶的浙A×××××号车辆无法通行。杭州某电子科技有限公司为建材供应方，联系电话×××。李某乙身份证号码为×××。',
    );
    expect(c.anonymized.outcome).toBe('经调解，双方自愿达成协议：李某乙于三日内清理通道，某公司协助运走建材，李某甲不再主张赔偿。');
    expect(c.anonymized.significance).toBe(TEXT.sections.significance);
    expectNothingIdentifying(JSON.stringify(c.anonymized));

    // The diff: every replacement with its reason, spans that point at the original and at the replacement.
    const reasons = new Set(c.replacements!.map((r) => r.reason));
    expect([...reasons].sort()).toEqual(['ADDRESS', 'ID_NUMBER', 'ORGANIZATION_NAME', 'PERSON_NAME', 'PHONE', 'PLATE_NUMBER']);
    expect(c.replacements!.filter((r) => r.section === 'FACTS').map((r) => [r.reason, r.original, r.replacement])).toEqual([
      ['PERSON_NAME', '李建国', '李某甲'],
      ['ID_NUMBER', `（身份证号码：${applicantId}）`, ''],
      ['ADDRESS', '杭州市富阳区东洲街道黄公望村5组12号', '杭州市富阳区'],
      ['PHONE', '13957112345', '×××'],
      ['PERSON_NAME', '李秀英', '李某乙'],
      ['ADDRESS', '杭州市富阳区银湖街道金秋路18号3幢201室', '杭州市富阳区'],
      ['PHONE', '0571-63312345', '×××'],
      ['PERSON_NAME', '李秀英', '李某乙'],
      ['PERSON_NAME', '李建国', '李某甲'],
      ['PLATE_NUMBER', '浙A12345', '浙A×××××'],
      ['ORGANIZATION_NAME', '杭州青山湖电子科技有限公司', '杭州某电子科技有限公司'],
      ['ID_NUMBER', `（统一社会信用代码${companyCode}）`, ''],
      ['PHONE', '0571 8888 6666', '×××'],
      ['PERSON_NAME', '李秀英', '李某乙'],
      ['ID_NUMBER', respondentId, '×××'],
    ]);
    for (const r of c.replacements!.filter((x) => x.section === 'FACTS')) {
      expect(TEXT.sections.facts.slice(r.start, r.end)).toBe(r.original);
      expect(c.anonymized.facts.slice(r.anonymizedStart, r.anonymizedEnd)).toBe(r.replacement);
    }
    // The drafting organization reads its draft; nothing identifying is left for publication.
    expect(c.draft!.facts).toBe(TEXT.sections.facts);
    expect(c.publicationCheck).toEqual([]);
    expect(c.history).toEqual([{ action: 'DRAFT', from: null, to: 'DRAFT', version: 1, reason: null, actor: { username: 'mediator.fuyang' } }]);
  });

  it('refuses a second case on the same dispute by the same organization', async () => {
    const r = as<Result & { fieldErrors: { field: string; code: string }[] }>(await call(DRAFT, { input: { disputeId: dispute.id, ...TEXT } }, tok['mediator.fuyang']), 'ValidationError');
    expect(r.fieldErrors).toEqual([expect.objectContaining({ field: 'disputeId', code: 'TAKEN' })]);
  });

  it('another organization cannot draft from the dispute nor reach the case: NOT_FOUND, like for no dispute at all', async () => {
    const other = tok['mediator.gongshu'];
    const r = as<Result & { message: string }>(await call(DRAFT, { input: { disputeId: dispute.id, ...TEXT } }, other), 'NotFoundError');
    const none = '00000000-0000-4000-8000-000000000001';
    const n = as<Result & { message: string }>(await call(DRAFT, { input: { disputeId: none, ...TEXT } }, other), 'NotFoundError');
    expect(r.message.replace(dispute.id, '<id>')).toBe(n.message.replace(none, '<id>'));
    expect(JSON.stringify(r)).not.toContain(dispute.code);

    expect(as(await call(UPDATE, { id: caseId, input: { title: '改名' } }, other), 'NotFoundError')).toMatchObject({ code: 'NOT_FOUND' });
    expect(as(await call(SUBMIT, { id: caseId }, other), 'NotFoundError')).toMatchObject({ code: 'NOT_FOUND' });
    expect(as(await call(APPROVE, { id: caseId }, tok['head.mediation-gongshu']), 'NotFoundError')).toMatchObject({ code: 'NOT_FOUND' });
    expect(data(await t.gql<{ typicalCase: unknown }, Vars>(STAFF_ONE, { id: caseId }, other)).typicalCase).toBeNull();
    expect(data(await t.gql<{ typicalCases: { totalCount: number } }, Vars>(STAFF_LIST, {}, other)).typicalCases.totalCount).toBe(0);
  });

  it('checks the version of an update', async () => {
    const r = as<Result & { currentVersion: number }>(await call(UPDATE, { id: caseId, input: { title: '新标题李建国案' }, v: version + 3 }, tok['mediator.fuyang']), 'VersionConflictError');
    expect(r.currentVersion).toBe(version);
  });
});

describe('publication', () => {
  it('refuses to submit while the editor keeps a party’s name, and publishes nothing', async () => {
    const kept = as<CaseView>(await call(UPDATE, { id: caseId, input: { keep: ['李建国'] }, v: version }, tok['mediator.fuyang']), 'TypicalCase');
    version = kept.version;
    expect(kept.version).toBe(2);
    expect(kept.keep).toEqual(['李建国']);
    expect(kept.anonymized.title).toBe('李建国与李某相邻通行纠纷案');
    expect(kept.publicationCheck!.map((e) => [e.field, e.code])).toEqual([
      ['title', 'PERSONAL_DATA'],
      ['sections.facts', 'PERSONAL_DATA'],
      ['sections.facts', 'PERSONAL_DATA'],
      ['sections.outcome', 'PERSONAL_DATA'],
    ]);

    const refused = as<Result & { message: string; fieldErrors: { field: string; code: string; message: string }[] }>(
      await call(SUBMIT, { id: caseId, v: version }, tok['mediator.fuyang']),
      'ValidationError',
    );
    expect(refused.message).toContain('不能提交审批');
    expect(refused.fieldErrors[0]).toEqual({ field: 'title', code: 'PERSONAL_DATA', message: '标题第 1–3 字仍有当事人姓名（申请人）' });
    // The refusal names where and what, never the value.
    expect(JSON.stringify(refused)).not.toContain('李建国');

    const still = data(await t.gql<{ typicalCase: { status: string; version: number } }, Vars>(STAFF_ONE, { id: caseId }, tok['mediator.fuyang'])).typicalCase;
    expect(still).toMatchObject({ status: 'DRAFT', version });
    expect((await publicList()).totalCount).toBe(0);
  });

  it('submits once the name is replaced again; only the head of the organization approves', async () => {
    const clean = as<CaseView>(await call(UPDATE, { id: caseId, input: { keep: [] }, v: version }, tok['mediator.fuyang']), 'TypicalCase');
    expect(clean.publicationCheck).toEqual([]);
    const submitted = as<CaseView>(await call(SUBMIT, { id: caseId, v: clean.version }, tok['mediator.fuyang']), 'TypicalCase');
    expect(submitted.status).toBe('SUBMITTED');
    version = submitted.version;

    // A handler is no head (the permission check); ADMIN is not the organization's head either.
    const handler = await t.gql(APPROVE, { id: caseId }, tok['mediator.fuyang']);
    expect(handler.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await t.gql(APPROVE, { id: caseId }, tok.admin);
    expect(admin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The drafters cannot edit it while the head decides.
    expect(as(await call(UPDATE, { id: caseId, input: { title: '再改一次标题' } }, tok['mediator.fuyang']), 'InvalidTransitionError')).toMatchObject({ currentStatus: 'SUBMITTED' });
    expect((await publicList()).totalCount).toBe(0);

    // Reviewers see submitted cases, anonymized only.
    const reviewer = data(await t.gql<{ typicalCases: { edges: { node: { id: string; status: string; draft: unknown } }[] } }, Vars>(STAFF_LIST, {}, tok.reviewer)).typicalCases.edges;
    expect(reviewer.map((e) => e.node)).toEqual([expect.objectContaining({ id: caseId, status: 'SUBMITTED', draft: null })]);

    // The check runs again at approval: a stored text that carries a phone (written behind the API's back) is refused.
    const sql = (q: string, p: unknown[]) => t.hub.orm.em.fork().getConnection().execute(q, p);
    await sql(`update typical_case set anonymized = jsonb_set(anonymized, '{outcome}', to_jsonb((anonymized->>'outcome') || '联系13957112345')) where id = ?`, [caseId]);
    const refused = as<Result & { message: string; fieldErrors: { field: string }[] }>(await call(APPROVE, { id: caseId, v: version }, tok['head.mediation-fuyang']), 'ValidationError');
    expect(refused.message).toContain('不能发布');
    expect(refused.fieldErrors.map((e) => e.field)).toEqual(['sections.outcome']);
    expect((await publicList()).totalCount).toBe(0);
    await sql(`update typical_case set anonymized = jsonb_set(anonymized, '{outcome}', to_jsonb(replace(anonymized->>'outcome', '联系13957112345', ''))) where id = ?`, [caseId]);

    const published = as<CaseView>(await call(APPROVE, { id: caseId, v: version }, tok['head.mediation-fuyang']), 'TypicalCase');
    version = published.version;
    expect(published.status).toBe('PUBLISHED');
    expect(published.history.map((h) => [h.action, h.from, h.to, h.actor?.username])).toEqual([
      ['DRAFT', null, 'DRAFT', 'mediator.fuyang'],
      ['UPDATE', 'DRAFT', 'DRAFT', 'mediator.fuyang'],
      ['UPDATE', 'DRAFT', 'DRAFT', 'mediator.fuyang'],
      ['SUBMIT', 'DRAFT', 'SUBMITTED', 'mediator.fuyang'],
      ['APPROVE', 'SUBMITTED', 'PUBLISHED', 'head.mediation-fuyang'],
    ]);
  });

  it('anonymous readers see the published case with nothing identifying and nothing of the dispute', async () => {
    const res = await t.gql<{ publishedTypicalCases: { totalCount: number; edges: { node: Record<string, unknown> }[] } }, Vars>(PUBLIC_LIST, {}, null);
    const list = data(res).publishedTypicalCases;
    expect(list.totalCount).toBe(1);
    expect(list.edges[0].node).toMatchObject({
      id: caseId,
      title: '李某甲与李某乙相邻通行纠纷案',
      matterCode: 'PEOPLES-MEDIATION',
      channel: 'MEDIATION',
      year: 2026,
      organization: { name: '富阳区人民调解委员会' },
      matter: { code: 'PEOPLES-MEDIATION' },
    });
    const one = await t.gql<{ publishedTypicalCase: Record<string, unknown> }, Vars>(PUBLIC_ONE, { id: caseId }, null);
    expect(data(one).publishedTypicalCase).toMatchObject({ id: caseId, facts: list.edges[0].node.facts });
    for (const json of [JSON.stringify(res), JSON.stringify(one)]) {
      expectNothingIdentifying(json);
      expect(json).not.toContain(dispute.id);
      expect(json).not.toContain(dispute.code);
    }
    // The public type has no way to the dispute or to people.
    const type = data(await t.gql<{ __type: { fields: { name: string }[] } }, Vars>('{ __type(name: "PublishedTypicalCase") { fields { name } } }', {}, null)).__type;
    expect(type.fields.map((f) => f.name).sort()).toEqual(['channel', 'facts', 'id', 'matter', 'matterCode', 'organization', 'outcome', 'publishedAt', 'significance', 'title', 'year']);
    // The staff query is not public.
    const staff = await t.gql(STAFF_LIST, {}, null);
    expect(staff.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters the public list by matter, channel and year', async () => {
    expect((await publicList({ m: 'PEOPLES-MEDIATION', c: 'MEDIATION', y: 2026 })).totalCount).toBe(1);
    expect((await publicList({ m: 'gov-procurement-complaint' })).totalCount).toBe(0);
    expect((await publicList({ c: 'ADJUDICATION' })).totalCount).toBe(0);
    expect((await publicList({ y: 2025 })).edges).toEqual([]);
  });

  it('records every step in the audit log, and the refused attempts as refusals', async () => {
    const log = data(
      await t.gql<{ auditLog: { nodes: { action: string; details: { outcome?: string } | null }[] } }, Vars>(
        'query($id: String) { auditLog(targetId: $id, first: 100) { nodes { action details } } }',
        { id: caseId },
        tok.admin,
      ),
    ).auditLog.nodes.filter((n) => n.action.endsWith('TypicalCase'));
    const done = log.filter((n) => !n.details?.outcome).map((n) => n.action);
    expect(done.sort()).toEqual(['approveTypicalCase', 'draftTypicalCase', 'submitTypicalCase', 'updateTypicalCase', 'updateTypicalCase'].sort());
    // Another organization's attempts (NOT_FOUND) and ADMIN's approval (FORBIDDEN) are on record too.
    const refused = log.filter((n) => n.details?.outcome).map((n) => `${n.action}:${n.details!.outcome}`);
    expect(refused).toEqual(expect.arrayContaining(['updateTypicalCase:NOT_FOUND', 'approveTypicalCase:NOT_FOUND', 'approveTypicalCase:FORBIDDEN']));
  });
});

describe('withdrawal', () => {
  it('only the head (or ADMIN) withdraws; the case leaves the public lists and stays on record', async () => {
    const handler = await t.gql(WITHDRAW, { id: caseId, reason: '撤回' }, tok['mediator.fuyang']);
    expect(handler.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(as(await call(WITHDRAW, { id: caseId, reason: '撤回' }, tok['head.mediation-gongshu']), 'NotFoundError')).toMatchObject({ code: 'NOT_FOUND' });

    const withdrawn = as<CaseView>(await call(WITHDRAW, { id: caseId, reason: '当事人提出异议，暂不公开', v: version }, tok['head.mediation-fuyang']), 'TypicalCase');
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(withdrawn.history.at(-1)).toMatchObject({ action: 'WITHDRAW', from: 'PUBLISHED', to: 'WITHDRAWN', reason: '当事人提出异议，暂不公开', actor: { username: 'head.mediation-fuyang' } });

    expect((await publicList()).totalCount).toBe(0);
    expect(data(await t.gql<{ publishedTypicalCase: unknown }, Vars>(PUBLIC_ONE, { id: caseId }, null)).publishedTypicalCase).toBeNull();

    // The record and its text stay with the drafting organization.
    const kept = data(await t.gql<{ typicalCase: { status: string; anonymized: { facts: string }; draft: { facts: string } } }, Vars>(STAFF_ONE, { id: caseId }, tok['mediator.fuyang'])).typicalCase;
    expect(kept).toMatchObject({ status: 'WITHDRAWN', draft: { facts: TEXT.sections.facts } });
    // Withdrawn is final.
    expect(as(await call(WITHDRAW, { id: caseId, reason: '再撤一次' }, tok['head.mediation-fuyang']), 'InvalidTransitionError')).toMatchObject({ currentStatus: 'WITHDRAWN' });
    // A new case may then be drafted from the dispute.
    const again = as<CaseView>(await call(DRAFT, { input: { disputeId: dispute.id, ...TEXT } }, tok['mediator.fuyang']), 'TypicalCase');
    expect(again.status).toBe('DRAFT');
  });

  it('the head returns a submitted case to its drafters with a reason', async () => {
    const drafts = data(await t.gql<{ typicalCases: { edges: { node: { id: string } }[] } }, Vars>(STAFF_LIST, { status: ['DRAFT'] }, tok['mediator.fuyang'])).typicalCases.edges;
    const id = drafts[0].node.id;
    const submitted = as<CaseView>(await call(SUBMIT, { id }, tok['mediator.fuyang']), 'TypicalCase');
    const returned = as<CaseView>(await call(RETURN, { id, reason: '典型意义部分请再充实', v: submitted.version }, tok['head.mediation-fuyang']), 'TypicalCase');
    expect(returned.status).toBe('DRAFT');
    expect(returned.history.at(-1)).toMatchObject({ action: 'RETURN', from: 'SUBMITTED', to: 'DRAFT', reason: '典型意义部分请再充实' });
  });
});
