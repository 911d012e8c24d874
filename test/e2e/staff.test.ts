/**
 * Staff (#17) over GraphQL on real PostgreSQL, with patent cases built through the API (registered
 * by the frontdesk, referred to 杭州市市场监督管理局, accepted by its handler):
 * - a patent case admitted with one handler shows the two-handler issue; the admitting user is the
 *   lead (no event of its own; HANDLERS_CHANGED, ids only, when named explicitly); naming a co-handler clears it; a lead without 法律职业资格
 *   alone shows the qualification issue too;
 * - with the organization's enforcement on, admitting and concluding without the rules met are
 *   refused with HandlerRulesNotMetError and nothing changes; handlers named before admission are kept;
 * - clients that admit and conclude exactly as the contract's documents do keep working;
 * - another organization cannot read staff records nor certificate numbers (not through the
 *   roster, the record, nor a proceeding's handlers); ADMIN and the same organization can;
 * - records are kept by the head (validation, versions, audit without certificate numbers);
 * - statistics per handling unit: staff, qualified staff, cases per handler.
 */
import { AdmitProceedingDocument, ConcludeProceedingDocument } from '../generated/graphql';
import { creditCode, procurementComplaint } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

const clock = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Beijing
let t: TestHub;
const tok: Record<string, string> = {};
const uid: Record<string, string> = {};
let marketId = '';
let financeId = '';

type Vars = Record<string, unknown>;
type Result = { __typename: string; [k: string]: unknown };

const USERS = ['frontdesk', 'adjudicator.market', 'adjudicator2.market', 'head.market', 'adjudicator.finance', 'head.finance', 'reviewer', 'admin'];

beforeAll(async () => {
  t = await startTestHub({}, { now: () => clock });
  for (const u of USERS) tok[u] = await t.login(u);
  const users = data(await t.gql<{ users: { id: string; username: string }[] }, Vars>('{ users { id username } }', {}, tok.admin)).users;
  for (const u of users) uid[u.username] = u.id;
  const orgs = data(await t.gql<{ organizations: { id: string; name: string }[] }, Vars>('{ organizations { id name } }', {})).organizations;
  marketId = orgs.find((o) => o.name === '杭州市市场监督管理局')!.id;
  financeId = orgs.find((o) => o.name === '杭州市财政局')!.id;
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

const ERRORS = `... on ErrorResult { code message } ... on ValidationError { fieldErrors { field code message } }`;
const VERSION = '... on VersionConflictError { currentVersion }';
const P_ERRORS = `${ERRORS} ${VERSION} ... on InvalidTransitionError { currentStatus } ... on HandlerRulesNotMetError { issues { code message } }`;
const PROCEEDING_STAFF = `id status version outcome { kind }
  handlers { userId lead legalProfession user { username displayName } qualifications { kind certificateNumber issuedOn } }
  complianceIssues { code message }`;
const SET_HANDLERS = `mutation($p: ID!, $lead: ID!, $co: [ID!]!, $v: Int) { setProceedingHandlers(proceedingId: $p, leadId: $lead, coHandlerIds: $co, expectedVersion: $v) {
  __typename ... on Proceeding { ${PROCEEDING_STAFF} } ${P_ERRORS} } }`;
const ADMIT = `mutation($id: ID!, $v: Int) { admitProceeding(id: $id, expectedVersion: $v) { __typename ... on Proceeding { ${PROCEEDING_STAFF} } ${P_ERRORS} } }`;
const CONCLUDE = `mutation($input: ConcludeProceedingInput!) { concludeProceeding(input: $input) { __typename ... on Proceeding { ${PROCEEDING_STAFF} } ${P_ERRORS} } }`;
const ENFORCE = `mutation($o: ID!, $e: Boolean!, $v: Int) { setHandlerRulesEnforcement(organizationId: $o, enforce: $e, expectedVersion: $v) {
  __typename ... on StaffSettings { organizationId enforceHandlerRules version } ... on ErrorResult { code message } ${VERSION} } }`;
const MEMBER_FIELDS = `userId handlingUnit legalProfession version user { username } qualifications { kind certificateNumber issuedOn } training { year hours }`;
const ROSTER = `query($o: ID) { staffRoster(organizationId: $o) { organizationId organization { name } settings { enforceHandlerRules version } members { ${MEMBER_FIELDS} } } }`;
const MEMBER = `query($u: ID!) { staffMember(userId: $u) { ${MEMBER_FIELDS} } }`;
const RECORD = `mutation($u: ID!, $input: StaffRecordInput!, $v: Int) { recordStaff(userId: $u, input: $input, expectedVersion: $v) {
  __typename ... on StaffMember { ${MEMBER_FIELDS} } ${ERRORS} ${VERSION} } }`;
const STATS = `query($o: ID, $from: Date!, $to: Date!) { staffStatistics(organizationId: $o, from: $from, to: $to) {
  __typename ... on StaffStatistics { organizationId from to units { handlingUnit staff qualifiedStaff trainingHours handlers { userId cases leadCases user { username } } } } ${ERRORS} } }`;
const PROCEEDING = `query($id: ID!) { dispute(id: $id) { id version proceedings { ${PROCEEDING_STAFF} } events(first: 100) { edges { node { type data } } } } }`;

type Handler = { userId: string; lead: boolean; legalProfession: boolean; user: { username: string }; qualifications: { kind: string; certificateNumber: string | null }[] };
type ProceedingView = Result & { id: string; status: string; version: number; outcome: { kind: string } | null; handlers: Handler[]; complianceIssues: { code: string; message: string }[] };
type DisputeView = { id: string; version: number; proceedings: ProceedingView[]; events: { type: string; data: Record<string, unknown> }[] };
type RawDispute = Omit<DisputeView, 'events'> & { events: { edges: { node: { type: string; data: Record<string, unknown> } }[] } };

let serial = 0;
/** A patent infringement request registered by the frontdesk, referred to the city's market regulator and accepted there (ACCEPTANCE_REVIEW). */
async function patentCase(): Promise<{ disputeId: string; proceedingId: string; version: number }> {
  serial++;
  const co = creditCode();
  const reg = as<Result & { id: string; version: number }>(
    await call(
      `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id version } ${ERRORS} } }`,
      {
        input: {
          title: `扫地机器人避障结构发明专利侵权纠纷行政裁决请求${serial}`,
          facts: '请求人认为被请求人销售的扫地机器人使用了与其专利相同的避障结构，请求处理。',
          category: 'PATENT_INFRINGEMENT',
          matterCode: 'PATENT-INFRINGEMENT',
          region: '滨江区',
          source: 'WALK_IN',
          occurredOn: '2026-01-05',
          applicationData: {
            requesterName: '杭州某某智能家居有限公司',
            requesterRole: '专利权人',
            requesterCreditCode: co,
            contactPhone: '0571-86001234',
            respondentName: '杭州某某电器科技有限公司',
            respondentAddress: '杭州市余杭区仓前街道某路某号',
            patentNumber: 'ZL202110398765.4',
            patentName: '一种扫地机器人的避障结构及扫地机器人',
            patentType: '发明',
            grantAnnouncementDate: '2024-03-01',
            infringingObject: '某品牌X3型扫地机器人',
            filedInCourt: '否',
            requests: '责令被请求人停止销售侵权产品。',
            factsAndReasons: '被控侵权产品包含权利要求1的全部技术特征。',
          },
          parties: [
            { role: 'APPLICANT', kind: 'ORGANIZATION', name: '杭州某某智能家居有限公司', idNumber: co, phone: '0571-86001234' },
            { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州某某电器科技有限公司' },
          ],
        },
      },
      tok.frontdesk,
    ),
    'Dispute',
  );
  const referral = as<Result & { id: string }>(
    await call(
      `mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } ${ERRORS} } }`,
      {
        input: {
          disputeId: reg.id,
          toOrganizationId: marketId,
          channel: 'ADJUDICATION',
          kind: 'TRANSFER',
          matterCode: 'PATENT-INFRINGEMENT',
          reason: '专利侵权纠纷行政裁决',
          expectedVersion: reg.version,
        },
      },
      tok.frontdesk,
    ),
    'Referral',
  );
  const accepted = as<Result & { proceeding: { id: string; status: string; version: number } }>(
    await call(`mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on Referral { proceeding { id status version } } ${ERRORS} } }`, { id: referral.id }, tok['adjudicator.market']),
    'Referral',
  );
  expect(accepted.proceeding.status).toBe('ACCEPTANCE_REVIEW');
  return { disputeId: reg.id, proceedingId: accepted.proceeding.id, version: accepted.proceeding.version };
}

async function disputeView(disputeId: string, token = tok['adjudicator.market']): Promise<DisputeView> {
  const d = data(await t.gql<{ dispute: RawDispute }, Vars>(PROCEEDING, { id: disputeId }, token)).dispute;
  return { ...d, events: d.events.edges.map((e) => e.node) };
}

async function proceedingOf(disputeId: string, token = tok['adjudicator.market']): Promise<ProceedingView> {
  return (await disputeView(disputeId, token)).proceedings[0];
}

async function enforce(on: boolean): Promise<void> {
  const roster = data(await t.gql<{ staffRoster: { settings: { version: number } } }, Vars>(ROSTER, { o: marketId }, tok['head.market'])).staffRoster;
  const r = as<Result & { enforceHandlerRules: boolean; version: number }>(await call(ENFORCE, { o: marketId, e: on, v: roster.settings.version }, tok['head.market']), 'StaffSettings');
  expect(r.enforceHandlerRules).toBe(on);
  expect(r.version).toBe(roster.settings.version + 1);
}

describe('handlers of a patent case and the compliance issues', () => {
  it('a patent case admitted with one handler shows the two-handler issue; a co-handler clears it', async () => {
    const c = await patentCase();
    const before = await proceedingOf(c.disputeId);
    expect(before.handlers).toEqual([]);
    // Nobody named yet: both rules are open while the case is under acceptance review.
    expect(before.complianceIssues.map((i) => i.code).sort()).toEqual(['LEGAL_QUALIFICATION_MISSING', 'TOO_FEW_HANDLERS']);

    const admitted = as<ProceedingView>(await call(ADMIT, { id: c.proceedingId, v: c.version }, tok['adjudicator.market']), 'Proceeding');
    expect(admitted.status).toBe('IN_PROGRESS');
    // The admitting user is the lead; they hold 法律职业资格 (demo staff record), so only the number is short.
    expect(admitted.handlers.map((h) => [h.user.username, h.lead, h.legalProfession])).toEqual([['adjudicator.market', true, true]]);
    expect(admitted.complianceIssues.map((i) => i.code)).toEqual(['TOO_FEW_HANDLERS']);
    expect(admitted.complianceIssues[0].message).toContain('至少 2 名');

    // The implicit lead adds no event of its own: PROCEEDING_ADMITTED's actor is that user.
    const view = await disputeView(c.disputeId);
    expect(view.events.filter((e) => e.type === 'HANDLERS_CHANGED')).toHaveLength(0);

    // A lead without the qualification, alone: both issues.
    const alone = as<ProceedingView>(await call(SET_HANDLERS, { p: c.proceedingId, lead: uid['adjudicator2.market'], co: [], v: admitted.version }, tok['adjudicator.market']), 'Proceeding');
    expect(alone.handlers.map((h) => [h.user.username, h.lead])).toEqual([['adjudicator2.market', true]]);
    expect(alone.complianceIssues.map((i) => i.code).sort()).toEqual(['LEGAL_QUALIFICATION_MISSING', 'TOO_FEW_HANDLERS']);

    const both = as<ProceedingView>(
      await call(SET_HANDLERS, { p: c.proceedingId, lead: uid['adjudicator.market'], co: [uid['adjudicator2.market']], v: alone.version }, tok['adjudicator.market']),
      'Proceeding',
    );
    expect(both.version).toBe(alone.version + 1);
    expect(both.handlers.map((h) => [h.user.username, h.lead])).toEqual([
      ['adjudicator.market', true],
      ['adjudicator2.market', false],
    ]);
    expect(both.complianceIssues).toEqual([]);
    // Handlers named explicitly: one HANDLERS_CHANGED each, ids only (no name, no certificate in the timeline).
    const events = (await disputeView(c.disputeId)).events.filter((e) => e.type === 'HANDLERS_CHANGED');
    expect(events.map((e) => e.data)).toEqual([
      { proceedingId: c.proceedingId, leadId: uid['adjudicator2.market'], coHandlerIds: [] },
      { proceedingId: c.proceedingId, leadId: uid['adjudicator.market'], coHandlerIds: [uid['adjudicator2.market']] },
    ]);
  });

  it('refuses handlers from outside the holding organization, duplicates, stale versions, other organizations and closed cases', async () => {
    const c = await patentCase();
    const p = await proceedingOf(c.disputeId);
    const outsider = as<Result & { fieldErrors: { field: string; code: string }[] }>(
      await call(SET_HANDLERS, { p: c.proceedingId, lead: uid['adjudicator.market'], co: [uid['adjudicator.finance'], uid['adjudicator.market'], 'nope'], v: p.version }, tok['adjudicator.market']),
      'ValidationError',
    );
    expect(outsider.fieldErrors.map((f) => [f.field, f.code])).toEqual([
      ['coHandlerIds.0', 'INVALID'],
      ['coHandlerIds.1', 'TAKEN'],
      ['coHandlerIds.2', 'NOT_FOUND'],
    ]);
    const stale = as<Result & { currentVersion: number }>(
      await call(SET_HANDLERS, { p: c.proceedingId, lead: uid['adjudicator.market'], co: [], v: p.version - 1 }, tok['adjudicator.market']),
      'VersionConflictError',
    );
    expect(stale.currentVersion).toBe(p.version);
    // Another organization does not find the case at all.
    as(await call(SET_HANDLERS, { p: c.proceedingId, lead: uid['adjudicator.finance'], co: [], v: p.version }, tok['adjudicator.finance']), 'NotFoundError');
    const after = await proceedingOf(c.disputeId);
    expect(after.version).toBe(p.version);
    expect(after.handlers).toEqual([]);

    // A concluded case keeps its handlers.
    const admitted = as<ProceedingView>(await call(ADMIT, { id: c.proceedingId }, tok['adjudicator.market']), 'Proceeding');
    const done = as<ProceedingView>(
      await call(CONCLUDE, { input: { proceedingId: c.proceedingId, outcome: 'WITHDRAWN', summary: '请求人撤回处理请求', expectedVersion: admitted.version } }, tok['adjudicator.market']),
      'Proceeding',
    );
    expect(done.status).toBe('CONCLUDED');
    // A withdrawal by the applicant raises no issue.
    expect(done.complianceIssues).toEqual([]);
    const closed = as<Result & { currentStatus: string }>(
      await call(SET_HANDLERS, { p: c.proceedingId, lead: uid['adjudicator2.market'], co: [], v: done.version }, tok['adjudicator.market']),
      'InvalidTransitionError',
    );
    expect(closed.currentStatus).toBe('CONCLUDED');
  });
});

describe('enforcement per organization', () => {
  afterAll(async () => {
    const roster = data(await t.gql<{ staffRoster: { settings: { enforceHandlerRules: boolean } } }, Vars>(ROSTER, { o: marketId }, tok['head.market'])).staffRoster;
    if (roster.settings.enforceHandlerRules) await enforce(false);
  });

  it('only the head of the organization or ADMIN switches it', async () => {
    // HANDLER: no MANAGE_STAFF at all.
    const handler = await t.gql(ENFORCE, { o: marketId, e: true, v: 0 }, tok['adjudicator.market']);
    expect(handler.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Another organization's head.
    const other = await t.gql(ENFORCE, { o: marketId, e: true, v: 0 }, tok['head.finance']);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    as(await call(ENFORCE, { o: '00000000-0000-4000-8000-000000000000', e: true, v: 0 }, tok.admin), 'NotFoundError');
    const roster = data(await t.gql<{ staffRoster: { settings: { enforceHandlerRules: boolean; version: number } } }, Vars>(ROSTER, { o: marketId }, tok['head.market'])).staffRoster;
    expect(roster.settings).toEqual({ enforceHandlerRules: false, version: 0 });
    const stale = as<Result & { currentVersion: number }>(await call(ENFORCE, { o: marketId, e: true, v: 5 }, tok['head.market']), 'VersionConflictError');
    expect(stale.currentVersion).toBe(0);
  });

  it('refuses admitting and concluding without the rules met, writing nothing; handlers named before admission are kept', async () => {
    await enforce(true);
    const c = await patentCase();
    const before = await disputeView(c.disputeId);
    const refused = as<Result & { code: string; issues: { code: string }[]; message: string }>(
      await call(ADMIT, { id: c.proceedingId, v: c.version }, tok['adjudicator.market']),
      'HandlerRulesNotMetError',
    );
    expect(refused.code).toBe('HANDLER_RULES_NOT_MET');
    expect(refused.issues.map((i) => i.code)).toEqual(['TOO_FEW_HANDLERS']);
    expect(refused.message).toContain('不能受理');
    const unchanged = await disputeView(c.disputeId);
    expect(unchanged.version).toBe(before.version);
    expect(unchanged.proceedings[0]).toMatchObject({ status: 'ACCEPTANCE_REVIEW', version: c.version, handlers: [] });
    expect(unchanged.events.map((e) => e.type)).toEqual(before.events.map((e) => e.type));

    // Named during the acceptance review: the admission keeps them (the admitting user does not replace the lead).
    const named = as<ProceedingView>(
      await call(SET_HANDLERS, { p: c.proceedingId, lead: uid['adjudicator2.market'], co: [uid['adjudicator.market']], v: c.version }, tok['adjudicator.market']),
      'Proceeding',
    );
    expect(named.complianceIssues).toEqual([]);
    const admitted = as<ProceedingView>(await call(ADMIT, { id: c.proceedingId, v: named.version }, tok['adjudicator.market']), 'Proceeding');
    expect(admitted.handlers.map((h) => [h.user.username, h.lead])).toEqual([
      ['adjudicator2.market', true],
      ['adjudicator.market', false],
    ]);

    // Down to one handler: concluding is refused, nothing changes.
    const one = as<ProceedingView>(await call(SET_HANDLERS, { p: c.proceedingId, lead: uid['adjudicator2.market'], co: [], v: admitted.version }, tok['adjudicator.market']), 'Proceeding');
    const beforeConclude = await disputeView(c.disputeId);
    const conclusion = { proceedingId: c.proceedingId, outcome: 'DECISION', summary: '认定侵权成立，责令停止侵权', documentNumber: '杭市监专裁字〔2026〕5号', expectedVersion: one.version };
    const no = as<Result & { issues: { code: string }[] }>(await call(CONCLUDE, { input: conclusion }, tok['adjudicator.market']), 'HandlerRulesNotMetError');
    expect(no.issues.map((i) => i.code).sort()).toEqual(['LEGAL_QUALIFICATION_MISSING', 'TOO_FEW_HANDLERS']);
    const afterRefusal = await disputeView(c.disputeId);
    expect(afterRefusal.version).toBe(beforeConclude.version);
    expect(afterRefusal.proceedings[0]).toMatchObject({ status: 'IN_PROGRESS', version: one.version, outcome: null });
    expect(afterRefusal.events.map((e) => e.type)).toEqual(beforeConclude.events.map((e) => e.type));

    const fixed = as<ProceedingView>(
      await call(SET_HANDLERS, { p: c.proceedingId, lead: uid['adjudicator.market'], co: [uid['adjudicator2.market']], v: one.version }, tok['adjudicator.market']),
      'Proceeding',
    );
    const concluded = as<ProceedingView>(await call(CONCLUDE, { input: { ...conclusion, expectedVersion: fixed.version } }, tok['adjudicator.market']), 'Proceeding');
    expect(concluded).toMatchObject({ status: 'CONCLUDED', outcome: { kind: 'DECISION' }, complianceIssues: [] });
  });

  it('another organization is not affected by one organization’s switch', async () => {
    // 杭州市市场监督管理局 enforces; a procurement complaint at 杭州市财政局 (not enforcing) is admitted with one handler.
    await enforce(true);
    const reg = as<Result & { id: string; version: number }>(
      await call(
        `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id version } ${ERRORS} } }`,
        {
          input: procurementComplaint({ region: '杭州市' }),
        },
        tok.frontdesk,
      ),
      'Dispute',
    );
    const referral = as<Result & { id: string }>(
      await call(
        `mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } ${ERRORS} } }`,
        {
          input: {
            disputeId: reg.id,
            toOrganizationId: financeId,
            channel: 'ADJUDICATION',
            kind: 'TRANSFER',
            matterCode: 'GOV-PROCUREMENT-COMPLAINT',
            reason: '政府采购投诉',
            expectedVersion: reg.version,
          },
        },
        tok.frontdesk,
      ),
      'Referral',
    );
    const accepted = as<Result & { proceeding: { id: string } }>(
      await call(`mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on Referral { proceeding { id } } ${ERRORS} } }`, { id: referral.id }, tok['adjudicator.finance']),
      'Referral',
    );
    const admitted = as<ProceedingView>(await call(ADMIT, { id: accepted.proceeding.id }, tok['adjudicator.finance']), 'Proceeding');
    expect(admitted.complianceIssues.map((i) => i.code)).toEqual(['TOO_FEW_HANDLERS']);
    await enforce(false);
  });
});

describe('clients of the contract', () => {
  it('admit and conclude with the contract’s documents exactly as before (enforcement off)', async () => {
    const c = await patentCase();
    const admitted = data(await t.gql(AdmitProceedingDocument, { id: c.proceedingId, caseNumber: '杭市监专裁字〔2026〕9号', expectedVersion: c.version }, tok['adjudicator.market'])).admitProceeding;
    expect(admitted.__typename).toBe('Proceeding');
    if (admitted.__typename !== 'Proceeding') return;
    expect(admitted.status).toBe('IN_PROGRESS');
    const concluded = data(
      await t.gql(
        ConcludeProceedingDocument,
        { input: { proceedingId: c.proceedingId, outcome: 'DECISION', summary: '认定侵权成立，责令停止侵权', documentNumber: '杭市监专裁字〔2026〕9号', expectedVersion: admitted.version } },
        tok['adjudicator.market'],
      ),
    ).concludeProceeding;
    expect(concluded.__typename).toBe('Proceeding');
    if (concluded.__typename === 'Proceeding') expect(concluded.status).toBe('CONCLUDED');
    // The issue stays visible on the concluded case (for the case-file review), without blocking anything.
    expect((await proceedingOf(c.disputeId)).complianceIssues.map((i) => i.code)).toEqual(['TOO_FEW_HANDLERS']);
  });
});

describe('staff records and who reads them', () => {
  type Member = {
    userId: string;
    handlingUnit: string | null;
    legalProfession: boolean;
    version: number;
    user: { username: string };
    qualifications: { kind: string; certificateNumber: string | null; issuedOn: string }[];
    training: { year: number; hours: number }[];
  };

  it('the organization reads its staff with certificate numbers; another organization reads none of them', async () => {
    const own = data(await t.gql<{ staffRoster: { organization: { name: string }; members: Member[] } }, Vars>(ROSTER, {}, tok['adjudicator2.market'])).staffRoster;
    expect(own.organization.name).toBe('杭州市市场监督管理局');
    const lead = own.members.find((m) => m.user.username === 'adjudicator.market')!;
    expect(lead).toMatchObject({ handlingUnit: '知识产权保护处', legalProfession: true });
    expect(lead.qualifications.find((q) => q.kind === 'LEGAL_PROFESSION')!.certificateNumber).toBe('A20163301060123');
    // The head reads the same; ADMIN reads any organization's.
    const asAdmin = data(await t.gql<{ staffRoster: { members: Member[] } }, Vars>(ROSTER, { o: marketId }, tok.admin)).staffRoster;
    expect(asAdmin.members.find((m) => m.user.username === 'adjudicator.market')!.qualifications[0].certificateNumber).toBe('A20163301060123');

    // Another organization: FORBIDDEN for the roster, null for the record.
    for (const who of ['adjudicator.finance', 'head.finance', 'reviewer', 'frontdesk']) {
      const roster = await t.gql(ROSTER, { o: marketId }, tok[who]);
      expect({ who, code: roster.errors?.[0].extensions?.code }).toEqual({ who, code: 'FORBIDDEN' });
      const member = data(await t.gql<{ staffMember: Member | null }, Vars>(MEMBER, { u: uid['adjudicator.market'] }, tok[who])).staffMember;
      expect({ who, member }).toEqual({ who, member: null });
    }
    // Same organization: the record with its numbers.
    const mine = data(await t.gql<{ staffMember: Member | null }, Vars>(MEMBER, { u: uid['adjudicator.market'] }, tok['head.market'])).staffMember!;
    expect(mine.qualifications.map((q) => q.certificateNumber)).toEqual(['A20163301060123', '浙330100123456']);
  });

  it('a proceeding’s handlers show qualifications to whoever sees the case, certificate numbers only to the organization and ADMIN', async () => {
    const c = await patentCase();
    as(await call(ADMIT, { id: c.proceedingId }, tok['adjudicator.market']), 'Proceeding');
    const forFrontdesk = await proceedingOf(c.disputeId, tok.frontdesk);
    expect(forFrontdesk.handlers[0].qualifications.map((q) => [q.kind, q.certificateNumber])).toEqual([
      ['LEGAL_PROFESSION', null],
      ['LAW_ENFORCEMENT', null],
    ]);
    const raw = JSON.stringify(await disputeView(c.disputeId, tok.frontdesk));
    expect(raw).not.toContain('A20163301060123');
    expect(raw).not.toContain('浙330100123456');
    const forAdmin = await proceedingOf(c.disputeId, tok.admin);
    expect(forAdmin.handlers[0].qualifications[0].certificateNumber).toBe('A20163301060123');
    const forOwn = await proceedingOf(c.disputeId, tok['adjudicator2.market']);
    expect(forOwn.handlers[0].qualifications[0].certificateNumber).toBe('A20163301060123');
    // 杭州市财政局 does not see the dispute at all.
    const other = data(await t.gql<{ dispute: RawDispute | null }, Vars>(PROCEEDING, { id: c.disputeId }, tok['adjudicator.finance'])).dispute;
    expect(other).toBeNull();
  });

  it('the head keeps the records: validated, versioned, audited without certificate numbers', async () => {
    const current = data(await t.gql<{ staffMember: Member }, Vars>(MEMBER, { u: uid['adjudicator2.market'] }, tok['head.market'])).staffMember;
    expect(current.legalProfession).toBe(false);
    const bad = as<Result & { fieldErrors: { field: string; code: string }[] }>(
      await call(
        RECORD,
        {
          u: uid['adjudicator2.market'],
          v: current.version,
          input: {
            handlingUnit: '知'.repeat(51),
            qualifications: [
              { kind: 'LAW_ENFORCEMENT', certificateNumber: '浙330100234567', issuedOn: '2021-09-10' },
              { kind: 'LAW_ENFORCEMENT', certificateNumber: '1 2', issuedOn: '2099-01-01' },
            ],
            training: [
              { year: 2026, hours: 12.25 },
              { year: 2026, hours: 10 },
              { year: 1980, hours: -1 },
            ],
          },
        },
        tok['head.market'],
      ),
      'ValidationError',
    );
    expect(bad.fieldErrors.map((f) => [f.field, f.code])).toEqual([
      ['handlingUnit', 'TOO_LONG'],
      ['qualifications.1.kind', 'TAKEN'],
      ['qualifications.1.certificateNumber', 'INVALID_FORMAT'],
      ['qualifications.1.issuedOn', 'INVALID'],
      ['training.0.hours', 'INVALID'],
      ['training.1.year', 'TAKEN'],
      ['training.2.year', 'INVALID'],
      ['training.2.hours', 'INVALID'],
    ]);
    const input = {
      handlingUnit: '知识产权保护处',
      qualifications: [
        { kind: 'LAW_ENFORCEMENT', certificateNumber: '浙330100234567', issuedOn: '2021-09-10' },
        { kind: 'LEGAL_PROFESSION', certificateNumber: 'A20253301060999', issuedOn: '2026-02-27' },
      ],
      training: [
        { year: 2025, hours: 40 },
        { year: 2026, hours: 8.5 },
      ],
    };
    // A handler may not keep records; another organization's head does not find the account.
    const handler = await t.gql(RECORD, { u: uid['adjudicator2.market'], input, v: current.version }, tok['adjudicator.market']);
    expect(handler.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    as(await call(RECORD, { u: uid['adjudicator2.market'], input, v: current.version }, tok['head.finance']), 'NotFoundError');
    as(await call(RECORD, { u: uid['adjudicator2.market'], input, v: current.version + 3 }, tok['head.market']), 'VersionConflictError');
    expect(data(await t.gql<{ staffMember: Member }, Vars>(MEMBER, { u: uid['adjudicator2.market'] }, tok['head.market'])).staffMember).toEqual(current);

    const saved = as<Result & Member>(await call(RECORD, { u: uid['adjudicator2.market'], input, v: current.version }, tok['head.market']), 'StaffMember');
    expect(saved).toMatchObject({
      version: current.version + 1,
      legalProfession: true,
      handlingUnit: '知识产权保护处',
      training: [
        { year: 2026, hours: 8.5 },
        { year: 2025, hours: 40 },
      ],
    });
    const audit = data(
      await t.gql<{ auditLog: { nodes: { action: string; details: unknown; targetIds: string[] }[] } }, Vars>(
        'query($a: String) { auditLog(action: $a) { nodes { action details targetIds } } }',
        { a: 'recordStaff' },
        tok.admin,
      ),
    ).auditLog.nodes;
    const entry = audit.find((a) => a.targetIds.includes(saved.userId) || JSON.stringify(a.details).includes(saved.userId));
    expect(entry).toBeDefined();
    expect(JSON.stringify(audit)).not.toContain('A20253301060999');

    // ADMIN keeps any organization's records, e.g. a first record (version 0) of 杭州市规划和自然资源局's head.
    const first = as<Result & Member>(
      await call(RECORD, { u: uid['head.land'], v: 0, input: { handlingUnit: '局领导', qualifications: [], training: [{ year: 2025, hours: 20 }] } }, tok.admin),
      'StaffMember',
    );
    expect(first).toMatchObject({ version: 1, handlingUnit: '局领导', qualifications: [], legalProfession: false });
  });
});

describe('statistics per handling unit', () => {
  type Stats = Result & {
    units: {
      handlingUnit: string | null;
      staff: number;
      qualifiedStaff: number;
      trainingHours: number;
      handlers: { userId: string; cases: number; leadCases: number; user: { username: string } }[];
    }[];
  };

  it('staff, qualified staff and cases per handler of the own organization', async () => {
    const s = as<Stats>(await call(STATS, { from: '2026-01-01', to: '2026-12-31' }, tok['head.market']), 'StaffStatistics');
    const unit = s.units.find((u) => u.handlingUnit === '知识产权保护处')!;
    expect(unit.staff).toBe(2);
    // Both hold 法律职业资格 by now (adjudicator2.market's was recorded above).
    expect(unit.qualifiedStaff).toBe(2);
    // Cases: count the proceedings of this organization admitted in the period with each user as a handler.
    const disputes = data(
      await t.gql<{ disputes: { edges: { node: { proceedings: { acceptedAt: string | null; organization: { id: string }; handlers: { userId: string; lead: boolean }[] }[] } }[] } }, Vars>(
        '{ disputes(first: 100) { edges { node { proceedings { acceptedAt organization { id } handlers { userId lead } } } } } }',
        {},
        tok.admin,
      ),
    ).disputes.edges.flatMap((e) => e.node.proceedings.filter((p) => p.organization.id === marketId && p.acceptedAt));
    for (const username of ['adjudicator.market', 'adjudicator2.market']) {
      const expected = disputes.filter((p) => p.handlers.some((h) => h.userId === uid[username]));
      const row = unit.handlers.find((h) => h.user.username === username)!;
      expect({ username, cases: row.cases, leadCases: row.leadCases }).toEqual({
        username,
        cases: expected.length,
        leadCases: expected.filter((p) => p.handlers.some((h) => h.userId === uid[username] && h.lead)).length,
      });
      expect(row.cases).toBeGreaterThan(0);
    }
    // Outside the period: none.
    const earlier = as<Stats>(await call(STATS, { from: '2025-01-01', to: '2025-12-31' }, tok['head.market']), 'StaffStatistics');
    expect(earlier.units.flatMap((u) => u.handlers).every((h) => h.cases === 0)).toBe(true);
  });

  it('another organization is FORBIDDEN except for ADMIN and REVIEWER; bad periods are typed errors', async () => {
    const forbidden = await t.gql(STATS, { o: marketId, from: '2026-01-01', to: '2026-12-31' }, tok['adjudicator.finance']);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const who of ['reviewer', 'admin']) as(await call(STATS, { o: marketId, from: '2026-01-01', to: '2026-12-31' }, tok[who]), 'StaffStatistics');
    const bad = as<Result & { fieldErrors: { field: string }[] }>(await call(STATS, { from: '2026-12-31', to: '2026-01-01' }, tok['head.market']), 'ValidationError');
    expect(bad.fieldErrors.map((f) => f.field)).toEqual(['to']);
    const long = as<Result & { fieldErrors: { field: string; code: string }[] }>(await call(STATS, { from: '2020-01-01', to: '2026-01-01' }, tok['head.market']), 'ValidationError');
    expect(long.fieldErrors.map((f) => f.code)).toEqual(['TOO_LONG']);
    as(await call(STATS, { o: '00000000-0000-4000-8000-000000000000', from: '2026-01-01', to: '2026-12-31' }, tok.admin), 'NotFoundError');
    // ADMIN has no organization of its own: it must name one.
    const none = as<Result & { fieldErrors: { field: string; code: string }[] }>(await call(STATS, { from: '2026-01-01', to: '2026-12-31' }, tok.admin), 'ValidationError');
    expect(none.fieldErrors.map((f) => [f.field, f.code])).toEqual([['organizationId', 'REQUIRED']]);
  });
});
