import {
  AccessAcceptReferralDocument,
  AccessAdmitProceedingDocument,
  AccessAssignProceedingDocument,
  AccessCancelReferralDocument,
  AccessCloseDisputeDocument,
  AccessConcludeProceedingDocument,
  AccessDeclineReferralDocument,
  AccessDisputeByCodeDocument,
  AccessDisputeByIdDocument,
  AccessDisputeCountDocument,
  AccessDisputeListDocument,
  AccessDisputePageOfOneDocument,
  AccessExtendProceedingDocument,
  AccessLoadHolidayCalendarDocument,
  AccessPauseProceedingDocument,
  AccessPublicCatalogDocument,
  AccessReferDocument,
  AccessReferralInboxDocument,
  AccessRegisterDocument,
  AccessRejectProceedingDocument,
  AccessResumeProceedingDocument,
  AccessRouteSuggestionsDocument,
  AccessWithdrawDisputeDocument,
  type AccessDisputeFragment,
  type AccessPartyFragment,
  type RegisterDisputeInput,
} from '../generated/graphql';
import { creditCode, procurementComplaint, residentId } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// Who sees what (contract README), proved over real HTTP for every demo
// account and every read path of disputes, plus the ways a handler of one
// organization could try to reach another organization's dispute, and the
// role checks of every mutation.
//
// World built in beforeAll (as frontdesk unless said otherwise):
//   A  referred to 富阳区人民调解委员会 (MEDIATION, TRANSFER), accepted by mediator.fuyang
//   B  referred to 拱墅区人民调解委员会, still PENDING
//   C  referred to 富阳区人民调解委员会, DECLINED by mediator.fuyang
//   D  registered and CLOSED by frontdesk (from AWAITING_ROUTING)
//   E  registered by court.liaison (source COURT)

/** Staff mutations (#17), as plain documents. */
const STAFF_DOCS = {
  record: 'mutation($u: ID!) { recordStaff(userId: $u, input: { qualifications: [], training: [] }) { __typename } }',
  enforce: 'mutation($o: ID!) { setHandlerRulesEnforcement(organizationId: $o, enforce: true) { __typename } }',
  setHandlers: 'mutation($p: ID!, $l: ID!) { setProceedingHandlers(proceedingId: $p, leadId: $l, coHandlerIds: []) { __typename ... on ErrorResult { errorCode } } }',
};

/** Case-file review (#16; case-file-review.test.ts has the campaigns): the role checks, with inputs that would pass them. */
const NIL_ID = '00000000-0000-4000-8000-000000000000';
const REVIEW_MUTATIONS: [string, string, Record<string, unknown>][] = [
  [
    'createReviewCampaign',
    'mutation($i: CreateReviewCampaignInput!) { createReviewCampaign(input: $i) { __typename ... on ErrorResult { errorCode } } }',
    { i: { kind: 'SPOT_CHECK', organizationId: NIL_ID, reviewerIds: [NIL_ID] } },
  ],
  ['startReviewCampaign', 'mutation($id: ID!) { startReviewCampaign(id: $id) { __typename ... on ErrorResult { errorCode } } }', { id: NIL_ID }],
  ['cancelReviewCampaign', 'mutation($id: ID!) { cancelReviewCampaign(id: $id) { __typename ... on ErrorResult { errorCode } } }', { id: NIL_ID }],
  ['saveReviewReport', 'mutation($id: ID!) { saveReviewReport(id: $id, input: { problems: "越权撰写" }) { __typename ... on ErrorResult { errorCode } } }', { id: NIL_ID }],
  ['submitReviewReport', 'mutation($id: ID!) { submitReviewReport(id: $id) { __typename ... on ErrorResult { errorCode } } }', { id: NIL_ID }],
  ['scoreReviewFile', 'mutation($i: ScoreReviewFileInput!) { scoreReviewFile(input: $i) { __typename ... on ErrorResult { errorCode } } }', { i: { fileId: NIL_ID, round: 'FIRST' } }],
  [
    'saveReviewChecklist',
    'mutation($i: ReviewChecklistInput!) { saveReviewChecklist(input: $i, expectedVersion: 1) { __typename ... on ErrorResult { errorCode } } }',
    { i: { vetoItems: [], groups: [], items: [], grades: [], checks: [], requiredDocuments: [] } },
  ],
];

/** The administration mutations, with inputs that would pass validation (ids of nothing: NotFound for ADMIN). */
const ADMIN_MUTATIONS: [string, string, Record<string, unknown>][] = [
  [
    'createOrganization',
    'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { __typename } }',
    { i: { name: '越权新建的单位', kind: 'PEOPLES_MEDIATION_COMMITTEE', channels: ['MEDIATION'], region: '富阳区' } },
  ],
  ['updateOrganization', 'mutation($id: ID!) { updateOrganization(id: $id, input: { name: "越权改名" }, expectedVersion: 1) { __typename } }', { id: '00000000-0000-0000-0000-000000000000' }],
  ['deactivateOrganization', 'mutation($id: ID!) { deactivateOrganization(id: $id, expectedVersion: 1) { __typename } }', { id: '00000000-0000-0000-0000-000000000000' }],
  ['reactivateOrganization', 'mutation($id: ID!) { reactivateOrganization(id: $id, expectedVersion: 1) { __typename } }', { id: '00000000-0000-0000-0000-000000000000' }],
  ['createUser', 'mutation($i: CreateUserInput!) { createUser(input: $i) { __typename } }', { i: { username: 'sneaky.admin', displayName: '越权', roles: ['ADMIN'] } }],
  ['updateUser', 'mutation($id: ID!) { updateUser(id: $id, input: { roles: [ADMIN] }, expectedVersion: 1) { __typename } }', { id: '00000000-0000-0000-0000-000000000000' }],
  ['disableUser', 'mutation($id: ID!) { disableUser(id: $id, expectedVersion: 1) { __typename } }', { id: '00000000-0000-0000-0000-000000000000' }],
  ['enableUser', 'mutation($id: ID!) { enableUser(id: $id, expectedVersion: 1) { __typename } }', { id: '00000000-0000-0000-0000-000000000000' }],
  ['resetPassword', 'mutation($id: ID!) { resetPassword(id: $id, expectedVersion: 1) { __typename } }', { id: '00000000-0000-0000-0000-000000000000' }],
];

/** The expert pool's mutations (#17), with inputs that would pass validation (ids of nothing: NotFound for those allowed). */
const EXPERT_MUTATIONS: [string, string, Record<string, unknown>][] = [
  ['createExpert', 'mutation($i: CreateExpertInput!) { createExpert(input: $i) { __typename } }', { i: { name: '越权专家', fields: ['PROC-GOODS-IT'] } }],
  ['updateExpert', 'mutation($id: ID!) { updateExpert(id: $id, input: { name: "越权修改", fields: ["PROC-GOODS-IT"] }) { __typename } }', { id: '00000000-0000-4000-8000-000000000000' }],
  ['removeExpert', 'mutation($id: ID!) { removeExpert(id: $id) { __typename } }', { id: '00000000-0000-4000-8000-000000000000' }],
  ['restoreExpert', 'mutation($id: ID!) { restoreExpert(id: $id) { __typename } }', { id: '00000000-0000-4000-8000-000000000000' }],
  [
    'drawExperts',
    'mutation($i: DrawExpertsInput!) { drawExperts(input: $i) { __typename } }',
    { i: { proceedingId: '00000000-0000-4000-8000-000000000000', field: 'PROC-GOODS-IT', panelSize: 3, alternates: 2 } },
  ],
  ['redrawExperts', 'mutation($id: ID!) { redrawExperts(drawId: $id, reason: "重新抽取") { __typename } }', { id: '00000000-0000-4000-8000-000000000000' }],
  ['declareExpertNoConflict', 'mutation($id: ID!) { declareExpertNoConflict(drawId: $id, expertId: $id) { __typename } }', { id: '00000000-0000-4000-8000-000000000000' }],
  ['withdrawExpert', 'mutation($id: ID!) { withdrawExpert(drawId: $id, expertId: $id) { __typename } }', { id: '00000000-0000-4000-8000-000000000000' }],
  ['challengeExpert', 'mutation($id: ID!) { challengeExpert(drawId: $id, expertId: $id, partyId: $id, reasons: "申请回避") { __typename } }', { id: '00000000-0000-4000-8000-000000000000' }],
  ['decideExpertChallenge', 'mutation($id: ID!) { decideExpertChallenge(challengeId: $id, upheld: true, reason: "成立") { __typename } }', { id: '00000000-0000-4000-8000-000000000000' }],
  ['recordExpertOpinion', 'mutation($id: ID!) { recordExpertOpinion(drawId: $id, fileId: $id) { __typename } }', { id: '00000000-0000-4000-8000-000000000000' }],
  ['rateExpert', 'mutation($id: ID!) { rateExpert(drawId: $id, expertId: $id, rating: 4) { __typename } }', { id: '00000000-0000-4000-8000-000000000000' }],
];

const clock = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Beijing
let t: TestHub;

type Key = 'A' | 'B' | 'C' | 'D' | 'E';
const KEYS: Key[] = ['A', 'B', 'C', 'D', 'E'];
type Sight = 'unmasked' | 'masked';

const STAFF = [
  'frontdesk',
  'admin',
  'mediator.fuyang',
  'mediator2.fuyang',
  'mediator.gongshu',
  'adjudicator.finance',
  'adjudicator.fuyang-finance',
  'adjudicator.market',
  'adjudicator.land',
  'court.liaison',
  'reviewer',
] as const;
type Staff = (typeof STAFF)[number];
const HANDLERS: Staff[] = ['mediator.fuyang', 'mediator2.fuyang', 'mediator.gongshu', 'adjudicator.finance', 'adjudicator.fuyang-finance', 'adjudicator.market', 'adjudicator.land'];

const ALL_UNMASKED: Partial<Record<Key, Sight>> = { A: 'unmasked', B: 'unmasked', C: 'unmasked', D: 'unmasked', E: 'unmasked' };

/** The README's "Who sees what" table, applied to A..E. */
const EXPECTED: Record<Staff, Partial<Record<Key, Sight>>> = {
  frontdesk: ALL_UNMASKED,
  admin: ALL_UNMASKED,
  'mediator.fuyang': { A: 'unmasked', C: 'masked' },
  'mediator2.fuyang': { A: 'unmasked', C: 'masked' },
  'mediator.gongshu': { B: 'masked' },
  'adjudicator.finance': {},
  'adjudicator.fuyang-finance': {},
  'adjudicator.market': {},
  'adjudicator.land': {},
  'court.liaison': { E: 'unmasked' },
  reviewer: { D: 'masked' },
};

/** Referrals each organization's inbox holds: [dispute, status]. */
const INBOX: Record<Staff, [Key, string][]> = {
  frontdesk: [],
  admin: [],
  'mediator.fuyang': [
    ['A', 'ACCEPTED'],
    ['C', 'DECLINED'],
  ],
  'mediator2.fuyang': [
    ['A', 'ACCEPTED'],
    ['C', 'DECLINED'],
  ],
  'mediator.gongshu': [['B', 'PENDING']],
  'adjudicator.finance': [],
  'adjudicator.fuyang-finance': [],
  'adjudicator.market': [],
  'adjudicator.land': [],
  'court.liaison': [],
  reviewer: [],
};

interface Seeded {
  id: string;
  code: string;
  title: string;
  /** A PERSON party's name, unique to this dispute. */
  personName: string;
  parties: AccessPartyFragment[];
  /** Frontdesk's full view after setup. */
  full: AccessDisputeFragment;
}

const world = {} as Record<Key, Seeded>;
const ids = { referralA: '', referralB: '', referralC: '', proceedingA: '', fuyangOrg: '', gongshuOrg: '', financeOrg: '', courtOrg: '' };

const JC_RESULT = '__typename ... on ErrorResult { errorCode: code message } ... on JudicialConfirmation { id status }';
const JC = {
  request: `mutation ($p: ID!, $c: ID!) { requestJudicialConfirmation(proceedingId: $p, courtId: $c) { ${JC_RESULT} } }`,
  accept: `mutation ($id: ID!) { acceptJudicialConfirmation(id: $id) { ${JC_RESULT} } }`,
  decline: `mutation ($id: ID!) { declineJudicialConfirmation(id: $id, reason: "不予受理") { ${JC_RESULT} } }`,
  extend: `mutation ($id: ID!) { extendJudicialConfirmation(id: $id, reason: "延长") { ${JC_RESULT} } }`,
  decide: `mutation ($id: ID!) { decideJudicialConfirmation(id: $id, decision: CONFIRM) { ${JC_RESULT} } }`,
};
const tokens = {} as Record<Staff, string>;
const inputs = {} as Record<Key, RegisterDisputeInput>;

// Party data: mobiles and resident IDs unique per dispute, so that a leak names its source.
function party(role: 'APPLICANT' | 'RESPONDENT' | 'THIRD_PARTY', name: string, phone: string, address: string | null) {
  return { role, kind: 'PERSON' as const, name, idNumber: residentId(), phone, address };
}

function mediationInput(key: Key, region: string, names: [string, string], phones: [string, string], extra: Partial<RegisterDisputeInput> = {}): RegisterDisputeInput {
  const applicant = party('APPLICANT', names[0], phones[0], `杭州市${region}${key}街道一号`);
  const respondent = party('RESPONDENT', names[1], phones[1], `杭州市${region}${key}街道二号`);
  return {
    title: `访问矩阵${key} 相邻通行纠纷`,
    facts: `纠纷${key}：双方因院落通道使用问题发生争执，申请人请求调解。`,
    category: 'NEIGHBORHOOD',
    matterCode: 'PEOPLES-MEDIATION',
    region,
    source: 'WALK_IN',
    applicationData: {
      applicantName: applicant.name,
      applicantIdNumber: applicant.idNumber,
      applicantPhone: applicant.phone,
      respondentName: respondent.name,
      respondentPhone: respondent.phone,
      disputeType: '邻里纠纷',
      facts: '院落通道被堵',
      requests: '请求恢复通行',
    },
    parties: [applicant, respondent],
    ...extra,
  };
}

function errorCode(res: GqlResponse<unknown>): unknown {
  return res.errors?.[0]?.extensions?.code;
}

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

function typed<T extends { __typename: string }, N extends T['__typename']>(value: T, name: N): Extract<T, { __typename: N }> {
  if (value.__typename !== name) throw new Error(`expected ${name}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename: N }>;
}

function maskId(s: string): string {
  return `${s.slice(0, 6)}${'*'.repeat(s.length - 10)}${s.slice(-4)}`;
}

function maskMobile(s: string): string {
  return `${s.slice(0, 3)}****${s.slice(-4)}`;
}

/** What a viewer with the given sight must get for a party. */
function expectedParty(p: AccessPartyFragment, sight: Sight): AccessPartyFragment {
  if (sight === 'unmasked') return p;
  return { ...p, idNumber: p.idNumber === null ? null : maskId(p.idNumber), phone: p.phone === null ? null : maskMobile(p.phone), address: null };
}

/** The dispute without the personal data, to compare the rest of a viewer's view with frontdesk's. */
function withoutPii(d: AccessDisputeFragment) {
  const { parties: _p, applicationData: _a, ...rest } = d;
  return rest;
}

function keyOf(id: string): Key | undefined {
  return KEYS.find((k) => world[k].id === id);
}

function visibleKeys(viewer: Staff): Key[] {
  return KEYS.filter((k) => EXPECTED[viewer][k]);
}

/** Every assertion about one viewer's view of one dispute. */
function expectView(viewer: Staff, key: Key, d: AccessDisputeFragment | null | undefined) {
  const sight = EXPECTED[viewer][key];
  if (!sight) {
    expect({ viewer, key, dispute: d ?? null }).toEqual({ viewer, key, dispute: null });
    return;
  }
  expect(d).toBeTruthy();
  const full = world[key].full;
  expect({ viewer, key, parties: d!.parties }).toEqual({ viewer, key, parties: full.parties.map((p) => expectedParty(p, sight)) });
  // Everything else (referrals, proceedings, events, nested dispute ids) is the same as frontdesk's.
  expect(withoutPii(d!)).toEqual(withoutPii(full));
}

// ---------------------------------------------------------------- case files (#15): the mutations and what they write

/** The records a case-file mutation names (read when it runs). */
interface CaseFileRefs {
  disputeId: string;
  proceedingId: string;
  partyId: string;
  documentId: string;
  organizationId: string;
  /** A file of the dispute (evidence); NIL when none. */
  fileId?: string;
  /** A 告知书 and a 补正通知书 for acknowledgeNotice / recordSupplementReceived (documentId when not given). */
  noticeId?: string;
  supplementId?: string;
}
type Run = (tk: string | null) => Promise<GqlResponse<Record<string, unknown>>>;

const CF_RESULT = '__typename ... on ErrorResult { errorCode: code message }';
/** Every mutation of the material, document and service modules, with inputs that pass the argument checks. */
function CASE_FILE_MUTATIONS(refs: () => CaseFileRefs): [string, Run][] {
  const gql =
    (query: string, vars: () => Record<string, unknown>): Run =>
    (tk) =>
      t.gql<Record<string, unknown>, Record<string, unknown>>(query, vars(), tk);
  const NIL = '00000000-0000-4000-8000-000000000000';
  return [
    [
      'recordMaterial',
      gql(`mutation($i: RecordMaterialInput!) { recordMaterial(input: $i) { ${CF_RESULT} } }`, () => ({
        i: { disputeId: refs().disputeId, name: '投诉书正本及副本', status: 'RECEIVED', receipt: 'PAPER_ORIGINAL' },
      })),
    ],
    [
      'issueDocument',
      gql(`mutation($i: IssueDocumentInput!) { issueDocument(input: $i) { ${CF_RESULT} } }`, () => ({
        i: { disputeId: refs().disputeId, proceedingId: refs().proceedingId, kind: 'ANSWER_NOTICE' },
      })),
    ],
    ['correctDocument', gql(`mutation($i: CorrectDocumentInput!) { correctDocument(input: $i) { ${CF_RESULT} } }`, () => ({ i: { documentId: refs().documentId, reason: '更正' } }))],
    ['acknowledgeNotice', gql(`mutation($id: ID!) { acknowledgeNotice(input: { documentId: $id }) { ${CF_RESULT} } }`, () => ({ id: refs().noticeId ?? refs().documentId }))],
    ['recordSupplementReceived', gql(`mutation($id: ID!) { recordSupplementReceived(input: { documentId: $id }) { ${CF_RESULT} } }`, () => ({ id: refs().supplementId ?? refs().documentId }))],
    [
      'saveDocumentTemplate',
      gql(`mutation($i: SaveDocumentTemplateInput!) { saveDocumentTemplate(input: $i) { ${CF_RESULT} } }`, () => ({
        i: { kind: 'NOTICE_OF_RIGHTS', organizationId: refs().organizationId, title: '越权保存的告知书', sections: [{ text: '{{waysOpen}}' }] },
      })),
    ],
    [
      'setDocumentNumberPrefix',
      gql(`mutation($i: SetDocumentNumberPrefixInput!) { setDocumentNumberPrefix(input: $i) { ${CF_RESULT} } }`, () => ({ i: { organizationId: refs().organizationId, prefix: '越权' } })),
    ],
    [
      'recordServiceAddress',
      gql(`mutation($i: RecordServiceAddressInput!) { recordServiceAddress(input: $i) { ${CF_RESULT} } }`, () => ({
        i: { partyId: refs().partyId, electronicConsent: false, postalAddress: '杭州市富阳区越权路1号' },
      })),
    ],
    [
      'recordService',
      gql(`mutation($i: RecordServiceInput!) { recordService(input: $i) { ${CF_RESULT} } }`, () => ({
        i: {
          documentId: refs().documentId,
          partyId: refs().partyId,
          method: 'DIRECT',
          servedOn: '2026-03-02',
          signer: 'RECIPIENT',
          signerName: '越权签收人',
          evidence: [{ kind: 'SIGNED_RECEIPT', fileId: refs().fileId ?? NIL }],
        },
      })),
    ],
    [
      'recordAnswer',
      gql(`mutation($i: RecordAnswerInput!) { recordAnswer(input: $i) { ${CF_RESULT} } }`, () => ({
        i: { documentId: refs().documentId, partyId: refs().partyId, receivedOn: '2026-03-05' },
      })),
    ],
  ];
}

/** Everything a case-file (or typical-case) mutation writes (audit entries aside: refusals are audited), by table. */
async function caseFileFootprint(): Promise<Record<string, string>> {
  const [row] = await t.hub.orm.em
    .fork()
    .getConnection()
    .execute<Record<string, string>[]>(
      `select (select count(*) from stored_file)::text as stored_file,
              (select count(*) from stored_file_content)::text as stored_file_content,
              (select count(*) || ':' || coalesce(sum(version), 0) from material_item)::text as material_item,
              (select count(*) || ':' || count(acknowledged_at) || ':' || count(superseded_by_id) from legal_document)::text as legal_document,
              (select coalesce(sum(last_number), 0) from document_series)::text as document_series,
              (select count(*) || ':' || count(*) filter (where active) from document_template)::text as document_template,
              (select coalesce(string_agg(organization_id || kind || prefix, ',' order by organization_id, kind), '') from document_number_prefix) as document_number_prefix,
              (select count(*) from document_service)::text as document_service,
              (select count(*) from service_address_confirmation)::text as service_address_confirmation,
              (select count(*) || ':' || count(*) filter (where open) from deadline)::text as deadline,
              (select count(*) from dispute_event)::text as dispute_event,
              (select count(*) || ':' || coalesce(sum(version), 0) from typical_case)::text as typical_case`,
    );
  return row;
}

beforeAll(async () => {
  t = await startTestHub({}, { now: () => clock });
  for (const u of STAFF) tokens[u] = await t.login(u);
  const fd = tokens.frontdesk;

  const orgs = ok(await t.gql(AccessPublicCatalogDocument, {})).organizations;
  const org = (name: string) => orgs.find((o) => o.name === name)!.id;
  ids.fuyangOrg = org('富阳区人民调解委员会');
  ids.gongshuOrg = org('拱墅区人民调解委员会');
  ids.financeOrg = org('杭州市财政局');
  ids.courtOrg = org('杭州市中级人民法院');

  const register = async (key: Key, input: RegisterDisputeInput, token: string) => {
    inputs[key] = input;
    const res = ok(await t.gql(AccessRegisterDocument, { input }, token));
    const d = typed(res.registerDispute, 'Dispute');
    const person = input.parties.find((p) => p.kind === 'PERSON')!;
    world[key] = { id: d.id, code: d.code, title: input.title, personName: person.name, parties: d.parties, full: null as never };
    return d;
  };
  const refer = async (key: Key, to: string) => {
    const res = ok(await t.gql(AccessReferDocument, { input: { disputeId: world[key].id, toOrganizationId: to, channel: 'MEDIATION', kind: 'TRANSFER', reason: '属人民调解受理范围' } }, fd));
    return typed(res.referDispute, 'Referral').id;
  };

  await register('A', mediationInput('A', '富阳区', ['钱一鸣', '林一帆'], ['13811110001', '13811110002']), fd);
  await register('B', mediationInput('B', '拱墅区', ['孙二娃', '何二妹'], ['13922220001', '13922220002'], { idempotencyKey: 'access-matrix-B' }), fd);
  await register('C', mediationInput('C', '富阳区', ['周三思', '冯三省'], ['13733330001', '13733330002']), fd);
  const base = procurementComplaint({ title: '访问矩阵D 教学设备采购项目投诉' });
  const app = base.applicationData as Record<string, string>;
  await register(
    'D',
    {
      ...base,
      parties: [
        { role: 'APPLICANT', kind: 'ORGANIZATION', name: '杭州访问矩阵科技有限公司', idNumber: app.complainantCreditCode, phone: '13644440001', address: app.complainantAddress },
        { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市富阳区某中学', idNumber: creditCode() },
        { role: 'THIRD_PARTY', kind: 'PERSON', name: '吴四海', idNumber: app.contactIdNumber, phone: app.contactPhone, address: '杭州市富阳区D街道三号' },
      ],
    },
    fd,
  );
  await register('E', mediationInput('E', '富阳区', ['郑五岳', '王五湖'], ['13555550001', '13555550002'], { source: 'COURT', matterCode: null, applicationData: null }), tokens['court.liaison']);

  ids.referralA = await refer('A', ids.fuyangOrg);
  const accepted = typed(ok(await t.gql(AccessAcceptReferralDocument, { id: ids.referralA }, tokens['mediator.fuyang'])).acceptReferral, 'Referral');
  ids.proceedingA = accepted.proceeding!.id;
  // Free text with personal data, to show that it never reaches a timeline summary.
  typed(
    ok(
      await t.gql(
        AccessExtendProceedingDocument,
        { id: ids.proceedingA, amount: 15, reason: `当事人${world.A.parties[0].name}（${world.A.parties[0].phone}）同意延长`, basis: 'PARTIES_CONSENT' },
        tokens['mediator.fuyang'],
      ),
    ).extendProceeding,
    'Proceeding',
  );

  ids.referralB = await refer('B', ids.gongshuOrg);

  ids.referralC = await refer('C', ids.fuyangOrg);
  typed(ok(await t.gql(AccessDeclineReferralDocument, { id: ids.referralC, reason: `申请人${world.C.parties[0].phone}已迁出本区` }, tokens['mediator.fuyang'])).declineReferral, 'Referral');

  typed(ok(await t.gql(AccessCloseDisputeDocument, { id: world.D.id, note: `联系人身份证 ${world.D.parties[2].idNumber}` }, fd)).closeDispute, 'Dispute');

  for (const k of KEYS) world[k].full = ok(await t.gql(AccessDisputeByIdDocument, { id: world[k].id }, fd)).dispute!;
}, 240_000);

afterAll(async () => {
  await t?.stop();
});

describe('the world the matrix runs on', () => {
  it('has the five disputes in the states the matrix assumes', () => {
    expect(KEYS.map((k) => [k, world[k].full.status, world[k].full.currentOrganization?.name, world[k].full.source])).toEqual([
      ['A', 'IN_PROGRESS', '富阳区人民调解委员会', 'WALK_IN'],
      // The sender holds a dispute until the receiver accepts.
      ['B', 'REFERRED', '杭州市社会矛盾纠纷调处化解中心', 'WALK_IN'],
      ['C', 'AWAITING_ROUTING', '杭州市社会矛盾纠纷调处化解中心', 'WALK_IN'],
      ['D', 'CLOSED', '杭州市社会矛盾纠纷调处化解中心', 'WALK_IN'],
      ['E', 'AWAITING_ROUTING', '杭州市中级人民法院', 'COURT'],
    ]);
    expect(world.A.full.referrals.map((r) => [r.status, r.kind, r.channel, r.toOrganization.name])).toEqual([['ACCEPTED', 'TRANSFER', 'MEDIATION', '富阳区人民调解委员会']]);
    expect(world.A.full.proceedings.map((p) => [p.id, p.status, p.organization.name])).toEqual([[ids.proceedingA, 'IN_PROGRESS', '富阳区人民调解委员会']]);
    expect(world.B.full.referrals.map((r) => [r.id, r.status])).toEqual([[ids.referralB, 'PENDING']]);
    expect(world.C.full.referrals.map((r) => [r.id, r.status])).toEqual([[ids.referralC, 'DECLINED']]);
    expect(world.D.full.closedAt).not.toBeNull();
    // Frontdesk sees every dispute unmasked: the parties as registered.
    for (const k of KEYS) expect(world[k].full.parties).toEqual(world[k].parties);
    expect(world.A.full.parties[0]).toMatchObject({ name: '钱一鸣', phone: '13811110001', address: '杭州市富阳区A街道一号' });
    expect(world.A.full.parties[0].idNumber).toMatch(/^330102\d{11}[\dX]$/);
  });

  it('masks in the contract format: 330102********1234, 138****5678, address withheld', () => {
    const p = world.C.parties[0];
    const masked = expectedParty(p, 'masked');
    expect(masked.phone).toBe('137****0001');
    expect(masked.idNumber).toMatch(/^330102\*{8}\d{3}[\dX]$/);
    expect(masked.idNumber!.slice(-4)).toBe(p.idNumber!.slice(-4));
    expect(masked.address).toBeNull();
  });
});

describe('anonymous', () => {
  it.each([
    ['dispute', () => t.gql(AccessDisputeByIdDocument, { id: world.A.id }, null), 'dispute'],
    ['disputeByCode', () => t.gql(AccessDisputeByCodeDocument, { code: world.A.code }, null), 'disputeByCode'],
    ['disputes', () => t.gql(AccessDisputeListDocument, {}, null), 'disputes'],
    ['disputes(search)', () => t.gql(AccessDisputeListDocument, { filter: { search: world.B.code } }, null), 'disputes'],
    ['disputes.totalCount', () => t.gql(AccessDisputeCountDocument, {}, null), 'disputes'],
    ['referralInbox', () => t.gql(AccessReferralInboxDocument, {}, null), 'referralInbox'],
    ['routeSuggestions', () => t.gql(AccessRouteSuggestionsDocument, { disputeId: world.A.id }, null), 'routeSuggestions'],
  ] as const)('%s is UNAUTHENTICATED and returns no data', async (_name, run, field) => {
    const res = (await run()) as GqlResponse<Record<string, unknown>>;
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.data?.[field] ?? null).toBeNull();
    expect(JSON.stringify(res)).not.toContain(world.A.code);
  });

  it('still reads the public catalog and calendar', async () => {
    const res = await t.gql(AccessPublicCatalogDocument, {}, null);
    expect(res.errors).toBeUndefined();
    const data = res.data!;
    expect(data.matters.map((m) => m.code)).toEqual(expect.arrayContaining(['GOV-PROCUREMENT-COMPLAINT', 'PATENT-INFRINGEMENT', 'LAND-OWNERSHIP', 'PEOPLES-MEDIATION']));
    expect(data.matter).toEqual({ code: 'GOV-PROCUREMENT-COMPLAINT', name: '政府采购投诉处理' });
    expect(data.organizations.map((o) => o.name)).toEqual(expect.arrayContaining(['富阳区人民调解委员会', '拱墅区人民调解委员会', '杭州市中级人民法院']));
    expect(data.addWorkingDays).toBe('2026-03-05');
    expect(data.workingDaysBetween).toBe(3);
    expect(data.holidayCalendar.year).toBe(2026);
  });
});

describe.each(STAFF)('%s', (viewer) => {
  const sees = () => visibleKeys(viewer);

  it('dispute(id): exactly the visible disputes, masked as the table says, nested fields included', async () => {
    for (const k of KEYS) {
      const res = await t.gql(AccessDisputeByIdDocument, { id: world[k].id }, tokens[viewer]);
      expect(res.errors).toBeUndefined();
      expectView(viewer, k, res.data!.dispute);
    }
  });

  it('disputeByCode(code): the same as by id (any letter case)', async () => {
    for (const k of KEYS) {
      for (const code of [world[k].code, world[k].code.toLowerCase()]) {
        const res = await t.gql(AccessDisputeByCodeDocument, { code }, tokens[viewer]);
        expect(res.errors).toBeUndefined();
        expectView(viewer, k, res.data!.disputeByCode);
      }
    }
  });

  it('disputes: lists and counts only the visible disputes, each masked as by id', async () => {
    const res = ok(await t.gql(AccessDisputeListDocument, {}, tokens[viewer]));
    const listed = res.disputes.edges.map((e) => keyOf(e.node.id));
    expect(listed.sort()).toEqual(sees());
    expect(res.disputes.totalCount).toBe(sees().length);
    expect(res.disputes.pageInfo.hasNextPage).toBe(false);
    for (const e of res.disputes.edges) expectView(viewer, keyOf(e.node.id)!, e.node);

    const count = ok(await t.gql(AccessDisputeCountDocument, {}, tokens[viewer]));
    expect(count.disputes).toEqual({ totalCount: sees().length, edges: [] });
  });

  it('disputes: pages of one never reach an invisible dispute', async () => {
    const seen: Key[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Awaited<ReturnType<typeof listPage>> = await listPage(after);
      expect(page.totalCount).toBe(sees().length);
      seen.push(...page.edges.map((e) => keyOf(e.node.id)!));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(sees());
    async function listPage(cursor: string | null) {
      return ok(await t.gql(AccessDisputePageOfOneDocument, { after: cursor }, tokens[viewer])).disputes;
    }
  });

  it('disputes(filter.search): code, title and party name of every dispute find it only when visible', async () => {
    for (const k of KEYS) {
      for (const search of [world[k].code, world[k].code.toLowerCase(), world[k].title, world[k].personName]) {
        const res = ok(await t.gql(AccessDisputeListDocument, { filter: { search } }, tokens[viewer]));
        const expected = EXPECTED[viewer][k] ? [k] : [];
        expect({ search, found: res.disputes.edges.map((e) => keyOf(e.node.id)), totalCount: res.disputes.totalCount }).toEqual({
          search,
          found: expected,
          totalCount: expected.length,
        });
        for (const e of res.disputes.edges) expectView(viewer, k, e.node);
      }
    }
    // A search that matches every dispute's facts still only returns the visible ones.
    const all = ok(await t.gql(AccessDisputeListDocument, { filter: { search: '访问矩阵' } }, tokens[viewer]));
    expect(all.disputes.edges.map((e) => keyOf(e.node.id)).sort()).toEqual(sees());
    expect(all.disputes.totalCount).toBe(sees().length);
  });

  it('disputes(filter): every filter returns what frontdesk gets, cut down to the visible disputes', async () => {
    const filters = [
      { status: ['REFERRED' as const] },
      { status: ['CLOSED' as const, 'WITHDRAWN' as const] },
      { region: '拱墅区' },
      { channel: 'MEDIATION' as const },
      { organizationId: ids.gongshuOrg },
      { organizationId: ids.fuyangOrg },
      { category: ['NEIGHBORHOOD' as const] },
      { overdue: false },
      { receivedFrom: '2026-03-02', receivedTo: '2026-03-02' },
    ];
    for (const filter of filters) {
      const all = ok(await t.gql(AccessDisputeListDocument, { filter }, tokens.frontdesk)).disputes.edges.map((e) => keyOf(e.node.id)!);
      const mine = ok(await t.gql(AccessDisputeListDocument, { filter }, tokens[viewer])).disputes;
      const expected = all.filter((k) => EXPECTED[viewer][k]).sort();
      expect({ filter, found: mine.edges.map((e) => keyOf(e.node.id)).sort(), totalCount: mine.totalCount }).toEqual({ filter, found: expected, totalCount: expected.length });
    }
  });

  it("referralInbox: referrals to the viewer's organization, their disputes masked as the table says", async () => {
    const res = ok(await t.gql(AccessReferralInboxDocument, {}, tokens[viewer]));
    const got = res.referralInbox.edges.map((e) => [keyOf(e.node.dispute.id), e.node.status]).sort();
    expect(got).toEqual([...INBOX[viewer]].sort());
    expect(res.referralInbox.totalCount).toBe(INBOX[viewer].length);
    for (const e of res.referralInbox.edges) expectView(viewer, keyOf(e.node.dispute.id)!, e.node.dispute);
  });

  it('routeSuggestions(disputeId): suggestions for visible disputes, none for the others', async () => {
    for (const k of KEYS) {
      const mine = ok(await t.gql(AccessRouteSuggestionsDocument, { disputeId: world[k].id }, tokens[viewer])).routeSuggestions;
      if (EXPECTED[viewer][k]) {
        const frontdesk = ok(await t.gql(AccessRouteSuggestionsDocument, { disputeId: world[k].id }, tokens.frontdesk)).routeSuggestions;
        expect(frontdesk.length).toBeGreaterThan(0);
        expect(mine).toEqual(frontdesk);
      } else {
        expect({ k, mine }).toEqual({ k, mine: [] });
      }
    }
  });
});

describe('masked and unmasked side by side in one response', () => {
  it('mediator.fuyang gets A unmasked and C masked in the same list and the same inbox page', async () => {
    const list = ok(await t.gql(AccessDisputeListDocument, {}, tokens['mediator.fuyang'])).disputes.edges;
    const byKey = new Map(list.map((e) => [keyOf(e.node.id), e.node]));
    expect(byKey.get('A')!.parties[0]).toMatchObject({ name: '钱一鸣', phone: '13811110001', idNumber: world.A.parties[0].idNumber, address: '杭州市富阳区A街道一号' });
    expect(byKey.get('C')!.parties[0]).toMatchObject({ name: '周三思', phone: '137****0001', idNumber: maskId(world.C.parties[0].idNumber!), address: null });
  });

  it('reviewer gets D masked, organization parties included (USCC keeps 6 + 4)', async () => {
    const d = ok(await t.gql(AccessDisputeByIdDocument, { id: world.D.id }, tokens.reviewer)).dispute!;
    expect(d.status).toBe('CLOSED');
    expect(d.parties.map((p) => [p.name, p.idNumber, p.phone, p.address])).toEqual([
      ['杭州访问矩阵科技有限公司', maskId(world.D.parties[0].idNumber!), '136****0001', null],
      ['杭州市富阳区某中学', maskId(world.D.parties[1].idNumber!), null, null],
      ['吴四海', maskId(world.D.parties[2].idNumber!), '138****5678', null],
    ]);
  });
});

// The application form holds personal data (contact ID numbers, phones, addresses): viewers who see
// the dispute masked get no application data at all.
describe('applicationData of masked viewers', () => {
  it.each([
    ['mediator.gongshu', 'B'],
    ['mediator.fuyang', 'C'],
    ['reviewer', 'D'],
  ] as const)('%s reading %s does not get the raw ID numbers and phones of the application form', async (viewer, key) => {
    const d = ok(await t.gql(AccessDisputeByIdDocument, { id: world[key].id }, tokens[viewer])).dispute!;
    expect(d.applicationData).toBeNull();
  });

  it('is shown in full to viewers who see the dispute unmasked', async () => {
    const d = ok(await t.gql(AccessDisputeByIdDocument, { id: world.A.id }, tokens['mediator.fuyang'])).dispute!;
    expect(d.applicationData).toMatchObject({ applicantIdNumber: world.A.parties[0].idNumber, applicantPhone: '13811110001' });
  });
});

describe("a handler reaching for another organization's dispute", () => {
  const attacks: [Staff, Key][] = [
    ['mediator.fuyang', 'B'],
    ['mediator2.fuyang', 'B'],
    ['mediator.gongshu', 'A'],
    ['mediator.gongshu', 'C'],
    ['adjudicator.finance', 'A'],
    ['court.liaison', 'A'],
  ];

  it.each(attacks)('%s cannot read %s by id, code, search or route suggestions', async (viewer, key) => {
    const tk = tokens[viewer];
    const w = world[key];
    expect(ok(await t.gql(AccessDisputeByIdDocument, { id: w.id }, tk)).dispute).toBeNull();
    expect(ok(await t.gql(AccessDisputeByCodeDocument, { code: w.code }, tk)).disputeByCode).toBeNull();
    for (const search of [w.code, w.title, w.personName, w.parties[1].name]) {
      const res = ok(await t.gql(AccessDisputeListDocument, { filter: { search } }, tk));
      expect({ search, totalCount: res.disputes.totalCount, edges: res.disputes.edges }).toEqual({ search, totalCount: 0, edges: [] });
    }
    expect(ok(await t.gql(AccessRouteSuggestionsDocument, { disputeId: w.id }, tk)).routeSuggestions).toEqual([]);
  });

  // An idempotency key is the registering user's own: another user's equal key is a different key,
  // which registers that user's own dispute and never reaches B (see idempotency-scope.test.ts).
  it("B's idempotency key replayed by frontdesk, who registered B, gets B again and registers nothing", async () => {
    const res = ok(await t.gql(AccessRegisterDocument, { input: inputs.B }, tokens.frontdesk));
    expect(res.registerDispute).toMatchObject({ __typename: 'Dispute', id: world.B.id, code: world.B.code });
    expect(ok(await t.gql(AccessDisputeCountDocument, {}, tokens.frontdesk)).disputes.totalCount).toBe(5);
  });

  async function snapshot() {
    const fd = tokens.frontdesk;
    const out: Record<string, unknown> = {};
    for (const k of KEYS) {
      const d = ok(await t.gql(AccessDisputeByIdDocument, { id: world[k].id }, fd)).dispute!;
      out[k] = {
        version: d.version,
        status: d.status,
        holder: d.currentOrganization?.name,
        referrals: d.referrals.map((r) => r.status),
        proceedings: d.proceedings.map((p) => [p.status, p.version]),
        events: d.events.edges.length,
      };
    }
    return out;
  }

  /** A business NotFoundError whose text names nothing of the target dispute. */
  function expectNotFound(res: GqlResponse<Record<string, unknown>>, field: string, key: Key) {
    expect(res.errors).toBeUndefined();
    expect(res.data![field]).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
    const text = JSON.stringify(res);
    expect(text).not.toContain(world[key].code);
    for (const p of world[key].parties) {
      expect(text).not.toContain(p.name);
      if (p.phone) expect(text).not.toContain(p.phone);
      if (p.idNumber) expect(text).not.toContain(p.idNumber);
    }
  }

  it("cannot act on B's referral from 富阳 (accept, decline, cancel): NotFoundError, nothing changes", async () => {
    const before = await snapshot();
    const tk = tokens['mediator.fuyang'];
    expectNotFound(await t.gql(AccessAcceptReferralDocument, { id: ids.referralB }, tk), 'acceptReferral', 'B');
    expectNotFound(await t.gql(AccessDeclineReferralDocument, { id: ids.referralB, reason: '不属本会' }, tk), 'declineReferral', 'B');
    expectNotFound(await t.gql(AccessCancelReferralDocument, { id: ids.referralB, reason: '撤回' }, tk), 'cancelReferral', 'B');
    expectNotFound(await t.gql(AccessAcceptReferralDocument, { id: ids.referralB }, tokens['court.liaison']), 'acceptReferral', 'B');
    // Ids that do not exist at all answer the same way as ids of invisible records.
    expect(ok(await t.gql(AccessAcceptReferralDocument, { id: '00000000-0000-4000-8000-000000000000' }, tk)).acceptReferral).toMatchObject({ __typename: 'NotFoundError' });
    expect(ok(await t.gql(AccessAcceptReferralDocument, { id: 'not-a-uuid' }, tk)).acceptReferral).toMatchObject({ __typename: 'NotFoundError' });
    expect(await snapshot()).toEqual(before);
  });

  it("cannot act on A's proceeding from 拱墅 or 财政局: NotFoundError for every proceeding mutation, nothing changes", async () => {
    const before = await snapshot();
    for (const viewer of ['mediator.gongshu', 'adjudicator.finance', 'court.liaison'] as const) {
      const tk = tokens[viewer];
      const id = ids.proceedingA;
      expectNotFound(await t.gql(AccessPauseProceedingDocument, { id, reason: 'HEARING' }, tk), 'pauseProceeding', 'A');
      expectNotFound(await t.gql(AccessResumeProceedingDocument, { id }, tk), 'resumeProceeding', 'A');
      expectNotFound(await t.gql(AccessConcludeProceedingDocument, { input: { proceedingId: id, outcome: 'AGREEMENT', summary: '达成协议' } }, tk), 'concludeProceeding', 'A');
      expectNotFound(await t.gql(AccessExtendProceedingDocument, { id, amount: 10, reason: '延长', basis: 'PARTIES_CONSENT' }, tk), 'extendProceeding', 'A');
      expectNotFound(await t.gql(AccessAdmitProceedingDocument, { id }, tk), 'admitProceeding', 'A');
      expectNotFound(await t.gql(AccessRejectProceedingDocument, { id, reason: '不予受理' }, tk), 'rejectProceeding', 'A');
      expectNotFound(await t.gql(AccessAssignProceedingDocument, { id, userId: '00000000-0000-4000-8000-000000000000' }, tk), 'assignProceeding', 'A');
      expectNotFound(await t.gql(STAFF_DOCS.setHandlers, { p: id, l: '00000000-0000-4000-8000-000000000000' }, tk), 'setProceedingHandlers', 'A');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('cannot close, withdraw or refer A as adjudicator.finance (or B as 富阳): NotFoundError, nothing changes', async () => {
    const before = await snapshot();
    const cases: [Staff, Key][] = [
      ['adjudicator.finance', 'A'],
      ['mediator.gongshu', 'A'],
      ['mediator.fuyang', 'B'],
      ['court.liaison', 'B'],
    ];
    for (const [viewer, key] of cases) {
      const tk = tokens[viewer];
      const w = world[key];
      expectNotFound(await t.gql(AccessCloseDisputeDocument, { id: w.id, note: '办结' }, tk), 'closeDispute', key);
      expectNotFound(await t.gql(AccessWithdrawDisputeDocument, { id: w.id, reason: '撤回' }, tk), 'withdrawDispute', key);
      expectNotFound(
        await t.gql(AccessReferDocument, { input: { disputeId: w.id, toOrganizationId: ids.financeOrg, channel: 'ADJUDICATION', kind: 'TRANSFER', reason: '转办' } }, tk),
        'referDispute',
        key,
      );
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a handler that only declined C (masked) still cannot route, close, withdraw it or cancel its referral: FORBIDDEN', async () => {
    const before = await snapshot();
    const tk = tokens['mediator.fuyang'];
    const runs: [string, () => Promise<GqlResponse<Record<string, unknown>>>][] = [
      ['closeDispute', () => t.gql(AccessCloseDisputeDocument, { id: world.C.id }, tk)],
      ['withdrawDispute', () => t.gql(AccessWithdrawDisputeDocument, { id: world.C.id, reason: '撤回' }, tk)],
      ['referDispute', () => t.gql(AccessReferDocument, { input: { disputeId: world.C.id, toOrganizationId: ids.gongshuOrg, channel: 'MEDIATION', kind: 'TRANSFER', reason: '转办' } }, tk)],
      ['cancelReferral', () => t.gql(AccessCancelReferralDocument, { id: ids.referralC, reason: '撤回' }, tk)],
    ];
    for (const [field, run] of runs) {
      const res = await run();
      expect({ field, code: errorCode(res), data: res.data?.[field] ?? null }).toEqual({ field, code: 'FORBIDDEN', data: null });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('mutations × roles', () => {
  const NIL = '00000000-0000-4000-8000-000000000000';
  /** Every mutation of the schema but login, with inputs that point at real records. */
  const MUTATIONS: [string, (tk: string | null) => Promise<GqlResponse<Record<string, unknown>>>][] = [
    ['registerDispute', (tk) => t.gql(AccessRegisterDocument, { input: mediationInput('A', '富阳区', ['某甲', '某乙'], ['13800000001', '13800000002'], { source: 'COURT' }) }, tk)],
    ['referDispute', (tk) => t.gql(AccessReferDocument, { input: { disputeId: world.C.id, toOrganizationId: ids.gongshuOrg, channel: 'MEDIATION', kind: 'TRANSFER', reason: '转办' } }, tk)],
    ['acceptReferral', (tk) => t.gql(AccessAcceptReferralDocument, { id: ids.referralB }, tk)],
    ['declineReferral', (tk) => t.gql(AccessDeclineReferralDocument, { id: ids.referralB, reason: '不属本会' }, tk)],
    ['cancelReferral', (tk) => t.gql(AccessCancelReferralDocument, { id: ids.referralB, reason: '撤回' }, tk)],
    ['admitProceeding', (tk) => t.gql(AccessAdmitProceedingDocument, { id: ids.proceedingA }, tk)],
    ['rejectProceeding', (tk) => t.gql(AccessRejectProceedingDocument, { id: ids.proceedingA, reason: '不予受理' }, tk)],
    ['assignProceeding', (tk) => t.gql(AccessAssignProceedingDocument, { id: ids.proceedingA, userId: NIL }, tk)],
    ['pauseProceeding', (tk) => t.gql(AccessPauseProceedingDocument, { id: ids.proceedingA, reason: 'HEARING' }, tk)],
    ['resumeProceeding', (tk) => t.gql(AccessResumeProceedingDocument, { id: ids.proceedingA }, tk)],
    ['extendProceeding', (tk) => t.gql(AccessExtendProceedingDocument, { id: ids.proceedingA, amount: 5, reason: '延长', basis: 'PARTIES_CONSENT' }, tk)],
    ['concludeProceeding', (tk) => t.gql(AccessConcludeProceedingDocument, { input: { proceedingId: ids.proceedingA, outcome: 'AGREEMENT', summary: '达成协议' } }, tk)],
    ['closeDispute', (tk) => t.gql(AccessCloseDisputeDocument, { id: world.C.id }, tk)],
    ['withdrawDispute', (tk) => t.gql(AccessWithdrawDisputeDocument, { id: world.A.id, reason: '撤回' }, tk)],
    ['loadHolidayCalendar', (tk) => t.gql(AccessLoadHolidayCalendarDocument, { input: { year: 2030, holidays: ['2030-01-01'], makeUpWorkdays: [], source: 'test' } }, tk)],
    // Judicial confirmation (contract mutations; sent as plain documents so that this file does not depend on their codegen).
    ['requestJudicialConfirmation', (tk) => t.gql(JC.request, { p: ids.proceedingA, c: ids.courtOrg }, tk)],
    ['acceptJudicialConfirmation', (tk) => t.gql(JC.accept, { id: NIL }, tk)],
    ['declineJudicialConfirmation', (tk) => t.gql(JC.decline, { id: NIL }, tk)],
    ['extendJudicialConfirmation', (tk) => t.gql(JC.extend, { id: NIL }, tk)],
    ['decideJudicialConfirmation', (tk) => t.gql(JC.decide, { id: NIL }, tk)],
    // Administration (ADMIN only) and one's own password (any signed-in account).
    ...ADMIN_MUTATIONS.map(([m, doc, vars]) => [m, (tk: string | null) => t.gql(doc, vars, tk)] as [string, (tk: string | null) => Promise<GqlResponse<Record<string, unknown>>>]),
    ['changePassword', (tk) => t.gql('mutation { changePassword(currentPassword: "wrong-password-1", newPassword: "Another-long-2026") { __typename } }', {}, tk)],
    // Any signed-in account may sign itself out (go-live.test.ts); here only anonymous callers reach it.
    ['signOut', (tk) => t.gql('mutation { signOut }', {}, tk)],
    // Case files (#15): plain documents, like judicial confirmation. Records of A and C where an id is needed; the
    // documents of the case-files block at the end are created later (NIL here: the role check comes first).
    ...CASE_FILE_MUTATIONS(() => ({ disputeId: world.C.id, proceedingId: ids.proceedingA, partyId: world.A.parties[1].id, documentId: NIL, organizationId: ids.fuyangOrg })),
    // Typical cases (#16; drafting, approval and withdrawal are typical-cases.test.ts's): the role checks only.
    [
      'draftTypicalCase',
      (tk) =>
        t.gql(
          'mutation($i: DraftTypicalCaseInput!) { draftTypicalCase(input: $i) { __typename } }',
          { i: { disputeId: world.A.id, title: '越权起草的典型案例', sections: { facts: '基本案情', outcome: '处理结果', significance: '典型意义' } } },
          tk,
        ),
    ],
    ['updateTypicalCase', (tk) => t.gql('mutation($id: ID!) { updateTypicalCase(id: $id, input: { title: "越权修改" }) { __typename } }', { id: NIL }, tk)],
    ['submitTypicalCase', (tk) => t.gql('mutation($id: ID!) { submitTypicalCase(id: $id) { __typename } }', { id: NIL }, tk)],
    ['approveTypicalCase', (tk) => t.gql('mutation($id: ID!) { approveTypicalCase(id: $id) { __typename } }', { id: NIL }, tk)],
    ['returnTypicalCase', (tk) => t.gql('mutation($id: ID!) { returnTypicalCase(id: $id, reason: "退回") { __typename } }', { id: NIL }, tk)],
    ['withdrawTypicalCase', (tk) => t.gql('mutation($id: ID!) { withdrawTypicalCase(id: $id, reason: "撤回") { __typename } }', { id: NIL }, tk)],
    // Follow-up visits (#17; follow-ups.test.ts): the role checks here, the organization's below.
    ['recordFollowUp', (tk) => t.gql(FOLLOW_UP_DOCS.record, { id: NIL, i: FOLLOW_UP_VISIT }, tk)],
    ['recordFollowUpAttempt', (tk) => t.gql(FOLLOW_UP_DOCS.attempt, { id: NIL }, tk)],
    ['closeFollowUp', (tk) => t.gql(FOLLOW_UP_DOCS.close, { id: NIL }, tk)],
    // Expert pool (#17; draws, declarations and the other organization's view are experts.test.ts's): the role checks only.
    ...EXPERT_MUTATIONS.map(([m, doc, vars]) => [m, (tk: string | null) => t.gql(doc, vars, tk)] as [string, (tk: string | null) => Promise<GqlResponse<Record<string, unknown>>>]),
    // Staff (#17; staff.test.ts has the rest): the role checks, and A's proceeding from other organizations above.
    ['recordStaff', (tk) => t.gql(STAFF_DOCS.record, { u: NIL }, tk)],
    ['setHandlerRulesEnforcement', (tk) => t.gql(STAFF_DOCS.enforce, { o: ids.fuyangOrg }, tk)],
    ['setProceedingHandlers', (tk) => t.gql(STAFF_DOCS.setHandlers, { p: ids.proceedingA, l: NIL }, tk)],
    // Case-file review (#16): the role checks (the campaigns themselves are case-file-review.test.ts's).
    ...REVIEW_MUTATIONS.map(([m, doc, vars]) => [m, (tk: string | null) => t.gql(doc, vars, tk)] as [string, (tk: string | null) => Promise<GqlResponse<Record<string, unknown>>>]),
  ];
  let present = new Set<string>();
  /** The cases whose mutation the running schema has (judicial confirmation may not be there yet). */
  const live = () => MUTATIONS.filter(([m]) => present.has(m));
  const PROCEEDING_MUTATIONS = () => live().filter(([m]) => m.endsWith('Proceeding'));
  const COURT_MUTATIONS = () => live().filter(([m]) => m.endsWith('JudicialConfirmation') && m !== 'requestJudicialConfirmation');

  beforeAll(async () => {
    const res = ok(await t.gql<{ __type: { fields: { name: string }[] } }, Record<string, never>>('{ __type(name: "Mutation") { fields { name } } }', {}, tokens.admin));
    present = new Set(res.__type.fields.map((f) => f.name));
  });

  it('the cases below cover every mutation of the running schema', () => {
    expect([...present].filter((m) => m !== 'login' && !MUTATIONS.some(([c]) => c === m))).toEqual([]);
    expect(present.has('registerDispute') && present.has('closeDispute')).toBe(true);
  });

  async function versions() {
    const out: Record<string, number> = {};
    for (const k of KEYS) out[k] = ok(await t.gql(AccessDisputeByIdDocument, { id: world[k].id }, tokens.frontdesk)).dispute!.version;
    const count = ok(await t.gql(AccessDisputeCountDocument, {}, tokens.frontdesk)).disputes.totalCount;
    return { ...out, count, caseFiles: await caseFileFootprint() };
  }

  function expectRefused(res: GqlResponse<Record<string, unknown>>, field: string, code: string) {
    expect({ field, code: errorCode(res), data: res.data?.[field] ?? null }).toEqual({ field, code, data: null });
  }

  it('anonymous can call none of them: UNAUTHENTICATED', async () => {
    const before = await versions();
    for (const [field, run] of live()) expectRefused(await run(null), field, 'UNAUTHENTICATED');
    expect(await versions()).toEqual(before);
  });

  it('reviewer can call none of them (but change their own password): FORBIDDEN', async () => {
    const before = await versions();
    // The justice bureau runs and scores case-file reviews (and nothing else): its review mutations have their own case below.
    const reviews = (m: string) => REVIEW_MUTATIONS.some(([r]) => r === m) && m !== 'saveReviewChecklist';
    for (const [field, run] of live().filter(([m]) => m !== 'changePassword' && m !== 'signOut' && !reviews(m))) expectRefused(await run(tokens.reviewer), field, 'FORBIDDEN');
    expect(await versions()).toEqual(before);
  });

  it('only ADMIN administers organizations and accounts: FORBIDDEN for every other role, nothing written', async () => {
    const before = (
      await t.gql<{ users: unknown[]; organizations: unknown[] }, Record<string, never>>('{ users(includeDisabled: true) { id } organizations(includeInactive: true) { id } }', {}, tokens.admin)
    ).data;
    for (const viewer of ['frontdesk', 'court.liaison', ...HANDLERS] as const) {
      for (const [field, run] of live().filter(([m]) => ADMIN_MUTATIONS.some(([a]) => a === m))) expectRefused(await run(tokens[viewer]), field, 'FORBIDDEN');
    }
    const after = (
      await t.gql<{ users: unknown[]; organizations: unknown[] }, Record<string, never>>('{ users(includeDisabled: true) { id } organizations(includeInactive: true) { id } }', {}, tokens.admin)
    ).data;
    expect(after).toEqual(before);
  });

  it('handlers cannot register disputes: FORBIDDEN', async () => {
    const before = await versions();
    for (const viewer of HANDLERS) {
      const res = await MUTATIONS[0][1](tokens[viewer]);
      expect({ viewer, code: errorCode(res), data: res.data?.registerDispute ?? null }).toEqual({ viewer, code: 'FORBIDDEN', data: null });
    }
    expect(await versions()).toEqual(before);
  });

  it("frontdesk cannot act on proceedings or judicial confirmations (handlers' and the court's work): FORBIDDEN", async () => {
    const before = await versions();
    for (const [field, run] of [...PROCEEDING_MUTATIONS(), ...live().filter(([m]) => m.endsWith('JudicialConfirmation'))]) expectRefused(await run(tokens.frontdesk), field, 'FORBIDDEN');
    expect(await versions()).toEqual(before);
  });

  it('only a head of the organization or ADMIN keeps staff records and the enforcement switch: FORBIDDEN for every other role and other heads, nothing written', async () => {
    const before = await versions();
    const staffOnly = live().filter(([m]) => m === 'recordStaff' || m === 'setHandlerRulesEnforcement');
    expect(staffOnly.map(([m]) => m)).toEqual(['recordStaff', 'setHandlerRulesEnforcement']);
    for (const viewer of STAFF.filter((s) => s !== 'admin')) for (const [field, run] of staffOnly) expectRefused(await run(tokens[viewer]), field, 'FORBIDDEN');
    // 拱墅's head switching 富阳's rules.
    expectRefused(await t.gql(STAFF_DOCS.enforce, { o: ids.fuyangOrg }, await t.login('head.mediation-gongshu')), 'setHandlerRulesEnforcement', 'FORBIDDEN');
    const settings = ok(
      await t.gql<{ staffRoster: { settings: { version: number } } }, Record<string, unknown>>(
        'query($o: ID) { staffRoster(organizationId: $o) { settings { version } } }',
        { o: ids.fuyangOrg },
        tokens.admin,
      ),
    );
    expect(settings.staffRoster.settings.version).toBe(0);
    expect(await versions()).toEqual(before);
  });

  it('only the keepers of a pool (MANAGE_EXPERTS: heads, handlers) and handlers drawing (DRAW_EXPERTS) reach the expert pool: FORBIDDEN for the others', async () => {
    const head = await t.login('head.finance');
    const pool = () => t.gql<{ experts: { id: string }[] }, Record<string, never>>('{ experts(includeRemoved: true) { id } }', {}, tokens.admin);
    const before = JSON.stringify((await pool()).data);
    const draws = live().filter(([m]) => EXPERT_MUTATIONS.some(([e]) => e === m) && !['createExpert', 'updateExpert', 'removeExpert', 'restoreExpert'].includes(m));
    expect(draws).toHaveLength(8);
    for (const viewer of ['frontdesk', 'court.liaison'] as const) {
      for (const [field, run] of live().filter(([m]) => EXPERT_MUTATIONS.some(([e]) => e === m))) expectRefused(await run(tokens[viewer]), field, 'FORBIDDEN');
    }
    // A head keeps the pool but draws nothing: the handler draws.
    for (const [field, run] of draws) expectRefused(await run(head), field, 'FORBIDDEN');
    // A handler reaches the draw's refusal of an id that is nobody's: NotFoundError, not FORBIDDEN.
    for (const [field, run] of draws) expect(ok(await run(tokens['adjudicator.finance']))[field]).toMatchObject({ __typename: 'NotFoundError' });
    expect(JSON.stringify((await pool()).data)).toBe(before);
    for (const viewer of ['frontdesk', 'court.liaison', 'reviewer'] as const) {
      const res = await t.gql('{ experts { id phone } }', {}, tokens[viewer]);
      expect({ viewer, code: errorCode(res) }).toEqual({ viewer, code: 'FORBIDDEN' });
    }
  });

  it("handlers cannot take the court's decisions on judicial confirmations: FORBIDDEN", async () => {
    for (const viewer of HANDLERS) for (const [field, run] of COURT_MUTATIONS()) expectRefused(await run(tokens[viewer]), field, 'FORBIDDEN');
  });

  it("a handler of another organization requesting judicial confirmation of A's proceeding: NotFoundError", async () => {
    if (!present.has('requestJudicialConfirmation')) return;
    const before = await versions();
    for (const viewer of ['mediator.gongshu', 'adjudicator.finance'] as const) {
      const res = await t.gql<Record<string, { __typename: string }>, Record<string, unknown>>(JC.request, { p: ids.proceedingA, c: ids.courtOrg }, tokens[viewer]);
      expect(res.errors).toBeUndefined();
      expect(res.data!.requestJudicialConfirmation).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
      expect(JSON.stringify(res)).not.toContain(world.A.code);
    }
    expect(await versions()).toEqual(before);
  });

  it('only ADMIN loads holiday schedules: FORBIDDEN for every other role', async () => {
    const load = MUTATIONS.find(([m]) => m === 'loadHolidayCalendar')![1];
    for (const viewer of STAFF.filter((s) => s !== 'admin')) expectRefused(await load(tokens[viewer]), 'loadHolidayCalendar', 'FORBIDDEN');
  });

  it('only ADMIN edits document templates and number prefixes: FORBIDDEN for every other role (heads included), nothing written', async () => {
    const before = await versions();
    const admins = live().filter(([m]) => m === 'saveDocumentTemplate' || m === 'setDocumentNumberPrefix');
    expect(admins.map(([m]) => m)).toEqual(['saveDocumentTemplate', 'setDocumentNumberPrefix']);
    const heads = [await t.login('head.fuyang-finance'), await t.login('head.mediation-fuyang')];
    for (const tk of [...STAFF.filter((s) => s !== 'admin').map((s) => tokens[s]), ...heads]) for (const [field, run] of admins) expectRefused(await run(tk), field, 'FORBIDDEN');
    expect(await versions()).toEqual(before);
  });

  it('case-file review: only heads and the justice bureau run campaigns, only staff who may be named score, only ADMIN saves the checklist; nothing written', async () => {
    const before = await versions();
    const [[campaigns], [checklists]] = await Promise.all([
      t.hub.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from review_campaign'),
      t.hub.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from review_checklist'),
    ]);
    const review = live().filter(([m]) => REVIEW_MUTATIONS.some(([r]) => r === m));
    expect(review.map(([m]) => m)).toEqual(REVIEW_MUTATIONS.map(([m]) => m));
    const running = review.filter(([m]) => m !== 'scoreReviewFile' && m !== 'saveReviewChecklist');
    const score = review.find(([m]) => m === 'scoreReviewFile')![1];
    const checklist = review.find(([m]) => m === 'saveReviewChecklist')![1];
    // Frontdesk: none of them. Handlers and the court's liaison: no running, no checklist; scoring a file of no campaign of theirs: NotFound.
    for (const [field, run] of review) expectRefused(await run(tokens.frontdesk), field, 'FORBIDDEN');
    for (const viewer of ['court.liaison', ...HANDLERS] as const) {
      for (const [field, run] of running) expectRefused(await run(tokens[viewer]), field, 'FORBIDDEN');
      expectRefused(await checklist(tokens[viewer]), 'saveReviewChecklist', 'FORBIDDEN');
      expect((await score(tokens[viewer])).data?.scoreReviewFile).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
    }
    // The justice bureau and a head reach the commands (nothing to act on here: NotFound / a typed refusal), never the checklist.
    for (const tk of [tokens.reviewer, await t.login('head.fuyang-finance')]) {
      for (const [field, run] of running.filter(([m]) => m !== 'createReviewCampaign')) expect((await run(tk)).data?.[field]).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
      expectRefused(await checklist(tk), 'saveReviewChecklist', 'FORBIDDEN');
    }
    expect((await running[0][1](tokens.reviewer)).data?.createReviewCampaign).toMatchObject({ __typename: 'ValidationError', errorCode: 'VALIDATION_FAILED' });
    // ADMIN passes the role check; the empty checklist is refused by its rules.
    expect((await checklist(tokens.admin)).data?.saveReviewChecklist).toMatchObject({ __typename: 'ValidationError', errorCode: 'VALIDATION_FAILED' });
    const [[campaignsAfter], [checklistsAfter]] = await Promise.all([
      t.hub.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from review_campaign'),
      t.hub.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from review_checklist'),
    ]);
    expect({ campaigns: campaignsAfter.n, checklists: checklistsAfter.n }).toEqual({ campaigns: campaigns.n, checklists: checklists.n });
    expect(await versions()).toEqual(before);
  });

  it("only the receiving organization accepts or declines: frontdesk on B's referral is FORBIDDEN", async () => {
    const before = await versions();
    expectRefused(await t.gql(AccessAcceptReferralDocument, { id: ids.referralB }, tokens.frontdesk), 'acceptReferral', 'FORBIDDEN');
    expectRefused(await t.gql(AccessDeclineReferralDocument, { id: ids.referralB, reason: '退回' }, tokens.frontdesk), 'declineReferral', 'FORBIDDEN');
    expect(await versions()).toEqual(before);
  });

  it("only the sender cancels: mediator.gongshu cancelling B's referral is FORBIDDEN", async () => {
    const before = await versions();
    expectRefused(await t.gql(AccessCancelReferralDocument, { id: ids.referralB, reason: '撤回' }, tokens['mediator.gongshu']), 'cancelReferral', 'FORBIDDEN');
    expect(await versions()).toEqual(before);
    const b = ok(await t.gql(AccessDisputeByIdDocument, { id: world.B.id }, tokens.frontdesk)).dispute!;
    expect(b.referrals.map((r) => r.status)).toEqual(['PENDING']);
  });
});

describe('timeline summaries carry no personal data', () => {
  /** Every personal value of every party (as frontdesk sees them) plus the application forms. */
  function personalValues(): string[] {
    const values = new Set<string>();
    for (const k of KEYS) {
      for (const p of world[k].full.parties) {
        for (const v of [p.idNumber, p.phone, p.address]) if (v) values.add(v);
        if (p.kind === 'PERSON') values.add(p.name);
      }
      const app = (world[k].full.applicationData ?? {}) as Record<string, unknown>;
      for (const [key, v] of Object.entries(app)) if (typeof v === 'string' && /IdNumber|Phone|CreditCode|Address/.test(key)) values.add(v);
    }
    return [...values];
  }

  it.each(['reviewer', 'mediator.fuyang', 'mediator2.fuyang', 'mediator.gongshu', 'court.liaison', 'frontdesk'] as const)(
    'events of every dispute %s can read name no party, ID number, phone or address',
    async (viewer) => {
      const pii = personalValues();
      expect(pii.length).toBeGreaterThan(30);
      const list = ok(await t.gql(AccessDisputeListDocument, {}, tokens[viewer])).disputes.edges;
      expect(list.map((e) => keyOf(e.node.id)).sort()).toEqual(visibleKeys(viewer));
      let events = 0;
      for (const { node } of list) {
        expect(node.events.pageInfo.hasNextPage).toBe(false);
        for (const { node: ev } of node.events.edges) {
          events++;
          const text = `${ev.summary}\n${JSON.stringify(ev.data)}`;
          for (const v of pii) expect({ type: ev.type, text, contains: text.includes(v) ? v : null }).toEqual({ type: ev.type, text, contains: null });
          expect(ev.dispute.id).toBe(node.id);
        }
      }
      expect(events).toBeGreaterThanOrEqual(visibleKeys(viewer).length);
    },
  );

  it('the free text with personal data typed into the setup (extension reason, decline reason, close note) stayed out of the timeline', () => {
    const types = (k: Key) => world[k].full.events.edges.map((e) => e.node.type);
    expect(types('A')).toEqual(['REGISTERED', 'REFERRED', 'REFERRAL_ACCEPTED', 'EXTENDED']);
    expect(types('C')).toEqual(['REGISTERED', 'REFERRED', 'REFERRAL_DECLINED']);
    expect(types('D')).toEqual(['REGISTERED', 'CLOSED']);
    const summaries = KEYS.flatMap((k) => world[k].full.events.edges.map((e) => e.node.summary));
    expect(summaries.join('\n')).not.toMatch(/1[3-9]\d{9}|\d{17}[\dX]/);
  });
});

describe('the sender cancels (last: changes B)', () => {
  it("frontdesk cancels B's referral; 拱墅 keeps reading B, masked, and can no longer accept it", async () => {
    const res = ok(await t.gql(AccessCancelReferralDocument, { id: ids.referralB, reason: '当事人改选其他途径' }, tokens.frontdesk));
    const r = typed(res.cancelReferral, 'Referral');
    expect(r).toMatchObject({ id: ids.referralB, status: 'CANCELLED', dispute: { id: world.B.id, status: 'AWAITING_ROUTING' } });
    expect(r.dispute.version).toBe(world.B.full.version + 1);
    expect(r.dispute.parties).toEqual(world.B.parties);

    const gongshu = tokens['mediator.gongshu'];
    const b = ok(await t.gql(AccessDisputeByIdDocument, { id: world.B.id }, gongshu)).dispute!;
    expect(b.currentOrganization?.name).toBe('杭州市社会矛盾纠纷调处化解中心');
    expect(b.referrals.map((x) => x.status)).toEqual(['CANCELLED']);
    expect(b.parties).toEqual(world.B.parties.map((p) => expectedParty(p, 'masked')));
    expect(b.events.edges.map((e) => e.node.type)).toEqual(['REGISTERED', 'REFERRED', 'REFERRAL_CANCELLED']);

    const late = ok(await t.gql(AccessAcceptReferralDocument, { id: ids.referralB }, gongshu)).acceptReferral;
    expect(late).toMatchObject({ __typename: 'InvalidTransitionError', errorCode: 'INVALID_TRANSITION' });
    // Still invisible to 富阳.
    expect(ok(await t.gql(AccessDisputeByIdDocument, { id: world.B.id }, tokens['mediator.fuyang'])).dispute).toBeNull();
  });
});

describe('a judicial confirmation opens the dispute to its court (last: changes A)', () => {
  it('after 富阳 applies for confirmation of A at 杭州市中级人民法院, court.liaison reads A; other organizations still do not', async () => {
    const schema = ok(await t.gql<{ __type: { fields: { name: string }[] } }, Record<string, never>>('{ __type(name: "Mutation") { fields { name } } }', {}, tokens.admin));
    if (!schema.__type.fields.some((f) => f.name === 'requestJudicialConfirmation')) return; // not in this schema (yet)
    const court = tokens['court.liaison'];
    expect(ok(await t.gql(AccessDisputeByIdDocument, { id: world.A.id }, court)).dispute).toBeNull();

    const fuyang = tokens['mediator.fuyang'];
    const concluded = ok(await t.gql(AccessConcludeProceedingDocument, { input: { proceedingId: ids.proceedingA, outcome: 'AGREEMENT', summary: '双方达成调解协议' } }, fuyang));
    expect(typed(concluded.concludeProceeding, 'Proceeding').status).toBe('CONCLUDED');
    const requested = await t.gql<Record<string, { __typename: string; status?: string }>, Record<string, unknown>>(JC.request, { p: ids.proceedingA, c: ids.courtOrg }, fuyang);
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestJudicialConfirmation).toMatchObject({ __typename: 'JudicialConfirmation', status: 'PENDING' });

    const a = ok(await t.gql(AccessDisputeByIdDocument, { id: world.A.id }, court)).dispute!;
    expect(a.status).toBe('RESOLVED');
    // The court decides on the agreement: it reads the parties unmasked (dispute_access granted unmasked).
    expect(a.parties).toEqual(world.A.parties);
    const list = ok(await t.gql(AccessDisputeListDocument, {}, court)).disputes;
    expect(list.edges.map((e) => keyOf(e.node.id)).sort()).toEqual(['A', 'E']);
    expect(list.totalCount).toBe(2);

    for (const viewer of ['mediator.gongshu', 'adjudicator.finance', 'adjudicator.fuyang-finance'] as const) {
      expect(ok(await t.gql(AccessDisputeByIdDocument, { id: world.A.id }, tokens[viewer])).dispute).toBeNull();
    }
    // 富阳 keeps reading A unmasked.
    expect(ok(await t.gql(AccessDisputeByIdDocument, { id: world.A.id }, fuyang)).dispute!.parties).toEqual(world.A.parties);
  });
});

// ---------------------------------------------------------------- case files (#15)

describe('case files: files, documents and service records follow the dispute (last: registers F and G)', () => {
  // F: a procurement complaint. The center's frontdesk uploads a file and issues the 告知书; F is referred
  //    to 杭州市市场监督管理局, which declines (it keeps reading F, masked), then to 富阳区财政局, which accepts,
  //    admits, uploads evidence, records a material, issues a 答辩通知书 and a 补正通知书, records the
  //    respondent's 送达地址确认书 and serves the 答辩通知书 on the respondent directly.
  // G: a neighbourhood dispute; the frontdesk uploads a file and issues the 告知书, then closes G (the reviewer reads it, masked).
  // P: a file the frontdesk uploaded before registering (pending): its uploader's alone.
  type CaseKey = 'F' | 'G';
  const CASE_SIGHT: Record<Staff, Partial<Record<CaseKey, Sight>>> = {
    frontdesk: { F: 'unmasked', G: 'unmasked' },
    admin: { F: 'unmasked', G: 'unmasked' },
    'mediator.fuyang': {},
    'mediator2.fuyang': {},
    'mediator.gongshu': {},
    'adjudicator.finance': {},
    'adjudicator.fuyang-finance': { F: 'unmasked' },
    'adjudicator.market': { F: 'masked' },
    'adjudicator.land': {},
    'court.liaison': {},
    reviewer: { G: 'masked' },
  };
  const cf = {
    F: '',
    G: '',
    codeF: '',
    codeG: '',
    proceedingF: '',
    parties: [] as { id: string; role: string; name: string }[],
    partyG: '',
    files: {} as Record<'centerF' | 'evidenceF' | 'consentF' | 'receiptF' | 'G' | 'pending', string>,
    docs: {} as Record<'noticeF' | 'answerF' | 'supplementF' | 'noticeG', { id: string; pdf: string; number: string }>,
  };
  const origin = () => t.hub.url.replace(/\/graphql$/, '');
  const party = (role: string) => cf.parties.find((p) => p.role === role)!.id;

  async function upload(disputeId: string | null, name: string, tk: string): Promise<string> {
    const form = new FormData();
    if (disputeId) form.append('disputeId', disputeId);
    form.append('file', new Blob([`%PDF-1.4\n% ${name} ${disputeId ?? 'pending'}\n%%EOF\n`], { type: 'application/pdf' }), name);
    const res = await fetch(`${origin()}/files`, { method: 'POST', headers: { authorization: `Bearer ${tk}` }, body: form });
    const body = (await res.json()) as { id?: string };
    if (res.status !== 201 || !body.id) throw new Error(`upload ${name}: ${res.status} ${JSON.stringify(body)}`);
    return body.id;
  }

  /** A mutation that must succeed; returns its result. */
  async function done(query: string, variables: Record<string, unknown>, tk: string): Promise<Record<string, unknown> & { __typename: string }> {
    const res = ok(await t.gql<Record<string, Record<string, unknown> & { __typename: string }>, Record<string, unknown>>(query, variables, tk));
    const r = Object.values(res)[0];
    if (r.__typename.endsWith('Error')) throw new Error(`world: ${JSON.stringify(r)}`);
    return r;
  }
  const DOC = `${CF_RESULT} ... on ValidationError { fieldErrors { field message } } ... on LegalDocument { id number pdf { id } }`;
  async function issue(input: Record<string, unknown>, tk: string) {
    const d = (await done(`mutation($i: IssueDocumentInput!) { issueDocument(input: $i) { ${DOC} } }`, { i: input }, tk)) as unknown as { id: string; number: string; pdf: { id: string } };
    return { id: d.id, number: d.number, pdf: d.pdf.id };
  }

  beforeAll(async () => {
    const fd = tokens.frontdesk;
    const fin = tokens['adjudicator.fuyang-finance'];
    const orgs = ok(await t.gql(AccessPublicCatalogDocument, {})).organizations;
    const orgId = (name: string) => orgs.find((o) => o.name === name)!.id;

    const f = typed(ok(await t.gql(AccessRegisterDocument, { input: procurementComplaint({ title: '访问矩阵F 档案材料采购项目投诉' }) }, fd)).registerDispute, 'Dispute');
    cf.F = f.id;
    cf.codeF = f.code;
    cf.parties = f.parties.map((p) => ({ id: p.id, role: p.role, name: p.name }));
    cf.files.centerF = await upload(cf.F, 'F-窗口收件.pdf', fd);
    cf.docs.noticeF = await issue({ disputeId: cf.F, kind: 'NOTICE_OF_RIGHTS' }, fd);
    const market = typed(
      ok(await t.gql(AccessReferDocument, { input: { disputeId: cf.F, toOrganizationId: orgId('杭州市市场监督管理局'), channel: 'ADJUDICATION', kind: 'TRANSFER', reason: '属市场监管部门职责' } }, fd))
        .referDispute,
      'Referral',
    ).id;
    typed(ok(await t.gql(AccessDeclineReferralDocument, { id: market, reason: '不属于本机关管辖的事项' }, tokens['adjudicator.market'])).declineReferral, 'Referral');
    const finance = typed(
      ok(
        await t.gql(
          AccessReferDocument,
          {
            input: {
              disputeId: cf.F,
              toOrganizationId: orgId('富阳区财政局'),
              channel: 'ADJUDICATION',
              kind: 'TRANSFER',
              matterCode: 'GOV-PROCUREMENT-COMPLAINT',
              reason: '属财政部门政府采购投诉处理职责',
            },
          },
          fd,
        ),
      ).referDispute,
      'Referral',
    ).id;
    cf.proceedingF = typed(ok(await t.gql(AccessAcceptReferralDocument, { id: finance }, fin)).acceptReferral, 'Referral').proceeding!.id;
    typed(ok(await t.gql(AccessAdmitProceedingDocument, { id: cf.proceedingF }, fin)).admitProceeding, 'Proceeding');
    cf.files.evidenceF = await upload(cf.F, 'F-质疑函.pdf', fin);
    cf.files.consentF = await upload(cf.F, 'F-送达地址确认书.pdf', fin);
    cf.files.receiptF = await upload(cf.F, 'F-送达回证.pdf', fin);
    const RECORD = `mutation($i: RecordMaterialInput!) { recordMaterial(input: $i) { ${CF_RESULT} ... on ValidationError { fieldErrors { field message } } ... on MaterialChecklistItem { name } } }`;
    await done(RECORD, { i: { disputeId: cf.F, name: '投诉书正本及副本', status: 'RECEIVED', receipt: 'FILE', fileIds: [cf.files.evidenceF] } }, fin);
    await done(RECORD, { i: { disputeId: cf.F, name: '质疑函及采购人、采购代理机构的质疑答复', status: 'NOT_APPLICABLE', remark: '联系人张三称质疑答复原件另行邮寄' } }, fin);
    cf.docs.answerF = await issue({ disputeId: cf.F, proceedingId: cf.proceedingF, kind: 'ANSWER_NOTICE' }, fin);
    cf.docs.supplementF = await issue({ disputeId: cf.F, proceedingId: cf.proceedingF, kind: 'SUPPLEMENT_NOTICE', daysAllowed: 5 }, fin);
    await done(
      `mutation($i: RecordServiceAddressInput!) { recordServiceAddress(input: $i) { ${CF_RESULT} ... on ValidationError { fieldErrors { field message } } ... on ServiceAddressConfirmation { id } } }`,
      { i: { partyId: party('RESPONDENT'), electronicConsent: true, electronicAddress: 'school-f@example.cn', postalAddress: '杭州市富阳区F路2号', fileId: cf.files.consentF } },
      fin,
    );
    await done(
      `mutation($i: RecordServiceInput!) { recordService(input: $i) { ${CF_RESULT} ... on ValidationError { fieldErrors { field message } } ... on DocumentService { id } } }`,
      {
        i: {
          documentId: cf.docs.answerF.id,
          partyId: party('RESPONDENT'),
          method: 'DIRECT',
          servedOn: '2026-03-02',
          signer: 'ORGANIZATION_OFFICE',
          signerName: '办公室收发员赵六',
          evidence: [{ kind: 'SIGNED_RECEIPT', fileId: cf.files.receiptF }],
        },
      },
      fin,
    );

    const g = typed(
      ok(await t.gql(AccessRegisterDocument, { input: mediationInput('A', '富阳区', ['冯七', '褚八'], ['13877770001', '13877770002'], { title: '访问矩阵G 相邻通行纠纷' }) }, fd)).registerDispute,
      'Dispute',
    );
    cf.G = g.id;
    cf.codeG = g.code;
    cf.partyG = g.parties[0].id;
    cf.files.G = await upload(cf.G, 'G-现场照片.pdf', fd);
    cf.docs.noticeG = await issue({ disputeId: cf.G, kind: 'NOTICE_OF_RIGHTS' }, fd);
    typed(ok(await t.gql(AccessCloseDisputeDocument, { id: cf.G, note: '当事人自行和解' }, fd)).closeDispute, 'Dispute');
    cf.files.pending = await upload(null, 'P-登记前上传.pdf', fd);
  }, 120_000);

  /** Every case-file field of a dispute, nested as deep as a client can reach it. */
  const CASE_FILE_QUERY = `query($id: ID!) { dispute(id: $id) { id
    files { id origin contentType size sha256 fileName downloadPath }
    materials { name status receipt remark files { id fileName downloadPath } }
    rightsNotice { id number acknowledgedAt text pdf { id fileName downloadPath } }
    documents { id kind number status sha256 text recipients { id name } servedToAll
      pdf { id sha256 fileName downloadPath } docx { id fileName downloadPath }
      services { id method servedOn completedOn signer signerName trackingNumber publishedWhere reason recipient { id name }
        evidence { kind file { id fileName downloadPath } } } }
    parties { id name serviceAddress { electronicConsent electronicAddress postalAddress file { id fileName downloadPath } } }
    proceedings { id documents { id number text } decisionDocument { id number text } }
    events(first: 50) { edges { node { type summary documentService { id method signerName } } } }
  } }`;
  /** The fields that hold content (names, text, addresses, remarks): null for a masked viewer. */
  const CONTENT = new Set(['fileName', 'downloadPath', 'text', 'remark', 'signerName', 'trackingNumber', 'publishedWhere', 'reason', 'electronicAddress', 'postalAddress']);
  function masked(v: unknown): unknown {
    if (Array.isArray(v)) return v.map(masked);
    if (v === null || typeof v !== 'object') return v;
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, CONTENT.has(k) ? null : masked(x)]));
  }
  async function caseView(key: CaseKey, tk: string) {
    const res = await t.gql<{ dispute: Record<string, unknown> | null }, { id: string }>(CASE_FILE_QUERY, { id: cf[key] }, tk);
    expect(res.errors).toBeUndefined();
    return res.data!.dispute;
  }

  it('the world: F and G hold uploads, generated documents, a checklist, a service record and an address confirmation', async () => {
    const f = (await caseView('F', tokens.frontdesk)) as {
      files: { id: string; fileName: string | null }[];
      documents: { number: string; text: string | null; services: { signerName: string | null }[] }[];
      materials: { name: string; status: string; remark: string | null }[];
      parties: { serviceAddress: { electronicAddress: string | null } | null }[];
      rightsNotice: { id: string } | null;
    };
    // 4 uploads and 2 files (PDF, DOCX) of each of 3 documents.
    expect(f.files).toHaveLength(10);
    expect(f.files.every((x) => x.fileName)).toBe(true);
    // Issued within the same (frozen) instant: their order among themselves is not the point here.
    expect(f.documents.map((d) => d.number).sort()).toEqual([cf.docs.noticeF.number, cf.docs.answerF.number, cf.docs.supplementF.number].sort());
    expect(f.documents.every((d) => d.text?.includes(d.number))).toBe(true);
    expect(f.documents.flatMap((d) => d.services.map((s) => s.signerName))).toEqual(['办公室收发员赵六']);
    expect(f.materials.find((m) => m.status === 'NOT_APPLICABLE')?.remark).toBe('联系人张三称质疑答复原件另行邮寄');
    expect(f.parties.map((p) => p.serviceAddress?.electronicAddress ?? null)).toEqual([null, 'school-f@example.cn', null]);
    expect(f.rightsNotice?.id).toBe(cf.docs.noticeF.id);
    const g = (await caseView('G', tokens.frontdesk)) as { files: unknown[]; documents: unknown[] };
    expect([g.files.length, g.documents.length]).toEqual([3, 1]);
  });

  it.each(STAFF)('%s reads the files, documents and service records of F and G exactly as it sees the disputes', async (viewer) => {
    for (const key of ['F', 'G'] as const) {
      const mine = await caseView(key, tokens[viewer]);
      const sight = CASE_SIGHT[viewer][key];
      if (!sight) {
        expect({ viewer, key, dispute: mine }).toEqual({ viewer, key, dispute: null });
        continue;
      }
      const full = await caseView(key, tokens.frontdesk);
      expect({ viewer, key, view: mine }).toEqual({ viewer, key, view: sight === 'unmasked' ? full : masked(full) });
    }
  });

  it('GET /files/:id: the bytes to unmasked viewers, 403 MASKED to masked ones, 404 to everyone else; 401 without a token', async () => {
    const files: [string, CaseKey][] = [
      [cf.files.centerF, 'F'],
      [cf.files.evidenceF, 'F'],
      [cf.docs.answerF.pdf, 'F'],
      [cf.files.G, 'G'],
      [cf.docs.noticeG.pdf, 'G'],
    ];
    for (const viewer of STAFF) {
      for (const [id, key] of files) {
        const res = await fetch(`${origin()}/files/${id}`, { headers: { authorization: `Bearer ${tokens[viewer]}` } });
        const sight = CASE_SIGHT[viewer][key];
        const body = res.status === 200 ? `${(await res.arrayBuffer()).byteLength} bytes` : ((await res.json()) as { error: { code: string } }).error.code;
        const expected = sight === 'unmasked' ? [200, expect.stringMatching(/^\d+ bytes$/)] : sight === 'masked' ? [403, 'MASKED'] : [404, 'NOT_FOUND'];
        expect({ viewer, key, id, got: [res.status, body] }).toEqual({ viewer, key, id, got: expected });
      }
    }
    const anonymous = await fetch(`${origin()}/files/${cf.files.centerF}`);
    expect([anonymous.status, ((await anonymous.json()) as { error: { code: string } }).error.code]).toEqual([401, 'UNAUTHENTICATED']);
  });

  it('a pending upload (before registration) is its uploader’s alone: 404 to every other account, the administrator included', async () => {
    for (const viewer of STAFF) {
      const res = await fetch(`${origin()}/files/${cf.files.pending}`, { headers: { authorization: `Bearer ${tokens[viewer]}` } });
      await res.arrayBuffer();
      expect({ viewer, status: res.status }).toEqual({ viewer, status: viewer === 'frontdesk' ? 200 : 404 });
    }
  });

  /** The case-file mutations aimed at F's real records (and the 告知书 and 补正通知书 for their own mutations). */
  const onF = () =>
    CASE_FILE_MUTATIONS(() => ({
      disputeId: cf.F,
      proceedingId: cf.proceedingF,
      partyId: party('RESPONDENT'),
      documentId: cf.docs.answerF.id,
      noticeId: cf.docs.noticeF.id,
      supplementId: cf.docs.supplementF.id,
      organizationId: cf.F, // not used: the administration mutations are left out
      fileId: cf.files.receiptF,
    })).filter(([m]) => m !== 'saveDocumentTemplate' && m !== 'setDocumentNumberPrefix');

  async function footprint() {
    const rows = await t.hub.orm.em.fork().getConnection().execute<{ id: string; version: number }[]>('select id, version from dispute where id in (?, ?) order by id', [cf.F, cf.G]);
    return { disputes: rows.map((r) => `${r.id}:${r.version}`), tables: await caseFileFootprint() };
  }

  /** A refusal that names nothing of F: no code, no party name. */
  function expectNothingOfF(res: GqlResponse<Record<string, unknown>>) {
    const text = JSON.stringify(res);
    expect(text).not.toContain(cf.codeF);
    for (const p of cf.parties) expect(text).not.toContain(p.name);
  }

  it('anonymous, the reviewer and the organizations’ heads cannot call any of them on F’s records: UNAUTHENTICATED / FORBIDDEN, nothing written', async () => {
    const runs = onF();
    expect(runs.map(([m]) => m)).toEqual([
      'recordMaterial',
      'issueDocument',
      'correctDocument',
      'acknowledgeNotice',
      'recordSupplementReceived',
      'recordServiceAddress',
      'recordService',
      'recordAnswer',
    ]);
    const before = await footprint();
    for (const [field, run] of runs) {
      const res = await run(null);
      expect({ field, code: errorCode(res), data: res.data?.[field] ?? null }).toEqual({ field, code: 'UNAUTHENTICATED', data: null });
    }
    for (const tk of [tokens.reviewer, await t.login('head.fuyang-finance'), await t.login('head.market')]) {
      for (const [field, run] of runs) {
        const res = await run(tk);
        expect({ field, code: errorCode(res), data: res.data?.[field] ?? null }).toEqual({ field, code: 'FORBIDDEN', data: null });
        expectNothingOfF(res);
      }
    }
    expect(await footprint()).toEqual(before);
  });

  it.each(['adjudicator.finance', 'mediator.fuyang', 'mediator.gongshu', 'adjudicator.land', 'court.liaison'] as const)(
    '%s, which does not see F, gets NotFoundError from every one of them, naming nothing of F; nothing written',
    async (viewer) => {
      const before = await footprint();
      for (const [field, run] of onF()) {
        const res = await run(tokens[viewer]);
        expect({ field, errors: res.errors ?? null, result: res.data?.[field] }).toEqual({
          field,
          errors: null,
          result: expect.objectContaining({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' }),
        });
        expectNothingOfF(res);
      }
      expect(await footprint()).toEqual(before);
    },
  );

  it('市场监管局, which sees F masked (it declined the referral), is FORBIDDEN every one of them; nothing written', async () => {
    const before = await footprint();
    for (const [field, run] of onF()) {
      const res = await run(tokens['adjudicator.market']);
      expect({ field, code: errorCode(res), data: res.data?.[field] ?? null }).toEqual({ field, code: 'FORBIDDEN', data: null });
    }
    expect(await footprint()).toEqual(before);
  });

  it('the center’s frontdesk, once F left the center, adds nothing to it and acts on none of 富阳区财政局’s documents: FORBIDDEN; nothing written', async () => {
    const before = await footprint();
    const theirs = onF().filter(([m]) => m !== 'acknowledgeNotice' && m !== 'recordServiceAddress');
    expect(theirs.map(([m]) => m)).toEqual(['recordMaterial', 'issueDocument', 'correctDocument', 'recordSupplementReceived', 'recordService', 'recordAnswer']);
    for (const [field, run] of theirs) {
      const res = await run(tokens.frontdesk);
      expect({ field, code: errorCode(res), data: res.data?.[field] ?? null }).toEqual({ field, code: 'FORBIDDEN', data: null });
    }
    expect(await footprint()).toEqual(before);
  });

  it('the reviewer, who reads G masked, cannot add to G or act on its 告知书: FORBIDDEN; nothing written', async () => {
    const before = await footprint();
    const onG = CASE_FILE_MUTATIONS(() => ({ disputeId: cf.G, proceedingId: cf.proceedingF, partyId: cf.partyG, documentId: cf.docs.noticeG.id, organizationId: cf.G, fileId: cf.files.G }));
    for (const [field, run] of onG) {
      const res = await run(tokens.reviewer);
      expect({ field, code: errorCode(res), data: res.data?.[field] ?? null }).toEqual({ field, code: 'FORBIDDEN', data: null });
    }
    expect(await footprint()).toEqual(before);
  });
});

// ---------------------------------------------------------------- follow-up visits (#17)

const FOLLOW_UP_VISIT = { visitedOn: '2026-03-02', method: 'PHONE', performance: 'PERFORMED', professionalism: 5, ease: 5, timeliness: 5, fairness: 5, comments: '越权登记' };
const FOLLOW_UP_DOCS = {
  record: 'mutation($id: ID!, $i: RecordFollowUpInput!) { recordFollowUp(followUpId: $id, input: $i) { __typename ... on ErrorResult { code } } }',
  attempt: 'mutation($id: ID!) { recordFollowUpAttempt(followUpId: $id, attemptedOn: "2026-03-02", method: PHONE) { __typename ... on ErrorResult { code } } }',
  close: 'mutation($id: ID!) { closeFollowUp(followUpId: $id) { __typename ... on ErrorResult { code } } }',
};

describe('follow-ups: the handling organization only', () => {
  const FOLLOW_UP = 'query($id: ID!) { dispute(id: $id) { id followUp { id status version comments organization { name } } } }';
  type Seen = { dispute: { followUp: { id: string; status: string; version: number; organization: { name: string } } | null } | null };

  it('D, closed by the center from routing, is followed up by the center: its frontdesk and ADMIN see it; nobody else, even who reads D', async () => {
    const own = ok(await t.gql<Seen, { id: string }>(FOLLOW_UP, { id: world.D.id }, tokens.frontdesk)).dispute!.followUp;
    expect(own).toMatchObject({ status: 'OPEN', organization: { name: '杭州市社会矛盾纠纷调处化解中心' } });
    expect(ok(await t.gql<Seen, { id: string }>(FOLLOW_UP, { id: world.D.id }, tokens.admin)).dispute!.followUp?.id).toBe(own!.id);
    for (const viewer of STAFF.filter((u) => u !== 'frontdesk' && u !== 'admin')) {
      const d = ok(await t.gql<Seen, { id: string }>(FOLLOW_UP, { id: world.D.id }, tokens[viewer])).dispute;
      expect({ viewer, followUp: d?.followUp ?? null }).toEqual({ viewer, followUp: null });
    }
    // B is still referred (never resolved nor closed): no follow-up.
    expect(ok(await t.gql<Seen, { id: string }>(FOLLOW_UP, { id: world.B.id }, tokens.admin)).dispute!.followUp).toBeNull();
  });

  it('staff of every other organization: NotFoundError on each follow-up command (the follow-up is not theirs), the reviewer FORBIDDEN; nothing written', async () => {
    const id = ok(await t.gql<Seen, { id: string }>(FOLLOW_UP, { id: world.D.id }, tokens.frontdesk)).dispute!.followUp!.id;
    const before = await followUpFootprint();
    for (const viewer of [...HANDLERS, 'court.liaison'] as const) {
      for (const [name, doc, vars] of [
        ['recordFollowUp', FOLLOW_UP_DOCS.record, { id, i: FOLLOW_UP_VISIT }],
        ['recordFollowUpAttempt', FOLLOW_UP_DOCS.attempt, { id }],
        ['closeFollowUp', FOLLOW_UP_DOCS.close, { id }],
      ] as const) {
        const res = ok(await t.gql<Record<string, { __typename: string }>, Record<string, unknown>>(doc, vars, tokens[viewer]));
        expect({ viewer, name, result: res[name].__typename }).toEqual({ viewer, name, result: 'NotFoundError' });
      }
    }
    const refused = await t.gql(FOLLOW_UP_DOCS.record, { id, i: FOLLOW_UP_VISIT }, tokens.reviewer);
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(await followUpFootprint()).toEqual(before);
  });

  async function followUpFootprint() {
    const [row] = await t.hub.orm.em
      .getConnection()
      .execute<Record<string, string>[]>(
        `select (select string_agg(id::text || ':' || status || ':' || version, ',' order by id) from follow_up) as f, (select count(*)::text from dispute_event) as events, (select count(*)::text from deadline where open) as clocks`,
      );
    return row;
  }
});
