/**
 * Service of documents (送达) over GraphQL, with a fixed business clock:
 * - a 答辩通知书 served electronically with consent (complete on the day it reached the
 *   recipient's system) and by post (complete on the postal receipt's date), each party's
 *   time to answer starting from its completion date;
 * - public notice: 30 days after publication, 60 for a party abroad, a holiday end rolled
 *   to the next working day;
 * - every refusal of the law or of the evidence leaves nothing written;
 * - the SERVICE clock: met once every recipient is served, alerted by the sweep otherwise;
 * - another organization can neither read nor record; a masked viewer sees the method and
 *   the dates, not the signer's name, the addresses or the tracking number.
 *
 * Dates are 2026 dates of the official schedule the hub seeds (chinese-days): 03-02 is a
 * Monday, no holiday in March; 10-01..10-07 is the National Day holiday, 10-08 (Thursday) a
 * working day, 10-10 (Saturday) a make-up working day.
 *
 * Documents are issued through issueDocument / correctDocument and files uploaded over
 * POST /files, as the console does.
 */
import { randomUUID } from 'node:crypto';
import { DocumentKind } from '../../src/core/enums';
import { serviceClockId } from '../../src/modules/service';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';
import { creditCode, residentId } from '../support/fixtures';

/** 10:00 in Beijing on a date. */
function at(date: string): Date {
  return new Date(`${date}T10:00:00+08:00`);
}

let now = at('2026-03-02');
let t: TestHub;
const tok: Record<string, string> = {};
const org: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub({}, { now: () => now });
  for (const u of ['frontdesk', 'adjudicator.finance', 'adjudicator.market', 'adjudicator.land', 'admin']) tok[u] = await t.login(u);
  const orgs = await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, never>>('{ organizations { id name } }', {});
  for (const o of orgs.data!.organizations) org[o.name] = o.id;
});
afterAll(async () => {
  await t?.stop();
});

// ---------------------------------------------------------------- helpers

function field<T>(res: GqlResponse<T>): T[keyof T] {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data as object)[0] as T[keyof T];
}

type Result = { __typename: string; [k: string]: unknown };

function as<T extends Result>(r: T, name: string): T {
  if (r.__typename !== name) throw new Error(`expected ${name}, got ${JSON.stringify(r)}`);
  return r;
}

function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
  return t.hub.orm.em.fork().getConnection().execute(query, params);
}

/** The error members every result union has. */
const BASE_ERR = `... on ErrorResult { code message }`;
const ERR = `${BASE_ERR} ... on ValidationError { fieldErrors { field code message } } ... on InvalidTransitionError { currentStatus }`;
const SERVICE_FIELDS = `id method servedOn completedOn recipientRole signer signerName carrier trackingNumber publishedWhere reason abroad completionBasis
  evidence { kind file { id } } recipient { id role } document { id number }
  answerDeadline { kind dueOn state rule }`;

interface Case {
  disputeId: string;
  proceedingId: string;
  party: { APPLICANT: string; RESPONDENT: string; THIRD_PARTY: string };
}

async function refer(disputeId: string, version: number, to: string, matterCode: string | null): Promise<string> {
  const r = as(
    field(
      await t.gql<{ referDispute: Result }, Record<string, unknown>>(
        `mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } ${BASE_ERR} } }`,
        { input: { disputeId, toOrganizationId: org[to], channel: 'ADJUDICATION', kind: 'ASSIGN', matterCode, reason: '属于政府采购投诉处理事项', expectedVersion: version } },
        tok.frontdesk,
      ),
    ),
    'Referral',
  );
  return r.id as string;
}

async function disputeVersion(id: string): Promise<number> {
  const [row] = await sql<{ version: number }>('select version from dispute where id = ?', [id]);
  return row.version;
}

/**
 * A procurement complaint registered by the frontdesk, assigned to 杭州市财政局, accepted there (an
 * open proceeding). With `declinedFirst`, it went to 杭州市市场监督管理局 first, which declined it:
 * that organization keeps seeing the dispute, masked.
 */
async function caseAtFinance(options: { declinedFirst?: boolean } = {}): Promise<Case> {
  const uscc = creditCode();
  const reg = as(
    field(
      await t.gql<{ registerDispute: Result }, Record<string, unknown>>(
        `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id version parties { id role } } ${BASE_ERR} } }`,
        {
          input: {
            title: '某学校教学设备采购项目投诉',
            facts: '投诉人认为采购文件设置了排他性技术参数，经质疑后采购人答复不予支持，现向财政部门投诉。',
            category: 'GOVERNMENT_PROCUREMENT',
            region: '富阳区',
            source: 'WALK_IN',
            parties: [
              { role: 'APPLICANT', kind: 'ORGANIZATION', name: '杭州某某科技有限公司', idNumber: uscc, phone: '0571-63312345', address: '杭州市富阳区银湖街道某路1号' },
              { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市富阳区某中学', idNumber: creditCode() },
              { role: 'THIRD_PARTY', kind: 'PERSON', name: '张三', idNumber: residentId(), phone: '13812345678' },
            ],
          },
        },
        tok.frontdesk,
      ),
    ),
    'Dispute',
  ) as unknown as { id: string; version: number; parties: { id: string; role: keyof Case['party'] }[] };
  if (options.declinedFirst) {
    const first = await refer(reg.id, reg.version, '杭州市市场监督管理局', null);
    as(
      field(
        await t.gql<{ declineReferral: Result }, Record<string, unknown>>(
          `mutation($id: ID!) { declineReferral(id: $id, reason: "不属于本机关管辖的事项") { __typename ${BASE_ERR} } }`,
          { id: first },
          tok['adjudicator.market'],
        ),
      ),
      'Referral',
    );
  }
  const referral = await refer(reg.id, await disputeVersion(reg.id), '杭州市财政局', 'GOV-PROCUREMENT-COMPLAINT');
  const accepted = as(
    field(
      await t.gql<{ acceptReferral: Result }, Record<string, unknown>>(
        `mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on Referral { proceeding { id } } ${BASE_ERR} } }`,
        { id: referral },
        tok['adjudicator.finance'],
      ),
    ),
    'Referral',
  ) as unknown as { proceeding: { id: string } };
  // Accepted (受理): documents of the case (答辩通知书, decision) are issued in an admitted proceeding.
  as(
    field(
      await t.gql<{ admitProceeding: Result }, Record<string, unknown>>(
        `mutation($id: ID!) { admitProceeding(id: $id) { __typename ... on Proceeding { status } ${BASE_ERR} } }`,
        { id: accepted.proceeding.id },
        tok['adjudicator.finance'],
      ),
    ),
    'Proceeding',
  );
  const party = Object.fromEntries(reg.parties.map((p) => [p.role, p.id])) as Case['party'];
  return { disputeId: reg.id, proceedingId: accepted.proceeding.id, party };
}

/** What the tests read of an issued document. */
interface IssuedDocument {
  id: string;
  number: string;
  title: string;
  recipientIds: string[];
}

/** The parts a decision must state (the document module refuses a decision without them). */
const DECISION_PARTS = {
  claims: '请求认定采购文件中的排他性技术参数违法',
  factsAndEvidence: '经审查采购文件、质疑函及答复，采购文件第三章设置的技术参数指向特定品牌',
  legalBasis: '《中华人民共和国政府采购法》第二十二条第二款、《政府采购质疑和投诉办法》第三十一条',
  outcome: '投诉事项成立，责令采购人修改采购文件后重新开展采购活动',
  performance: '采购人自收到本决定书之日起十五日内修改采购文件',
  reconsiderationBody: '杭州市人民政府',
  court: '杭州市西湖区人民法院',
};

/**
 * Issues a document of the case through issueDocument (or, with `supersedes`, a corrected
 * version through correctDocument) as 杭州市财政局's handler: numbered, rendered, stored, and
 * 'document.issued' emitted, on which the service module starts the SERVICE clock.
 */
async function issue(c: Case, kind: DocumentKind, recipients: string[], options: { supersedes?: string; daysAllowed?: number } = {}): Promise<IssuedDocument> {
  const select = `__typename ... on LegalDocument { id number title status } ${BASE_ERR} ... on ValidationError { fieldErrors { field message } }`;
  const res: GqlResponse<Record<string, Result>> = options.supersedes
    ? await t.gql<{ correctDocument: Result }, Record<string, unknown>>(
        `mutation($input: CorrectDocumentInput!) { correctDocument(input: $input) { ${select} } }`,
        { input: { documentId: options.supersedes, recipientPartyIds: recipients } },
        tok['adjudicator.finance'],
      )
    : await t.gql<{ issueDocument: Result }, Record<string, unknown>>(
        `mutation($input: IssueDocumentInput!) { issueDocument(input: $input) { ${select} } }`,
        {
          input: {
            disputeId: c.disputeId,
            proceedingId: c.proceedingId,
            kind,
            recipientPartyIds: recipients,
            ...(options.daysAllowed ? { daysAllowed: options.daysAllowed } : {}),
            ...(kind === DocumentKind.DECISION ? { parts: DECISION_PARTS } : {}),
            ...(kind === DocumentKind.MEDIATION_AGREEMENT ? { content: '双方同意由采购人修改采购文件后重新组织采购', parts: { performance: '自本调解书送达之日起十日内履行' } } : {}),
          },
        },
        tok['adjudicator.finance'],
      );
  const doc = as(field(res), 'LegalDocument') as unknown as IssuedDocument;
  return { ...doc, recipientIds: recipients };
}

/** A file uploaded to the dispute over POST /files (evidence of service, a signed 送达地址确认书). */
async function upload(disputeId: string, name = 'evidence.pdf', token = tok['adjudicator.finance']): Promise<string> {
  const form = new FormData();
  form.append('disputeId', disputeId);
  form.append('file', new Blob([`%PDF-1.4\n% ${name} ${randomUUID()}\n%%EOF\n`], { type: 'application/pdf' }), name);
  const res = await fetch(new URL('/files', t.hub.url), { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

async function recordService(input: Record<string, unknown>, token = tok['adjudicator.finance']): Promise<Result> {
  return field(
    await t.gql<{ recordService: Result }, Record<string, unknown>>(
      `mutation($input: RecordServiceInput!) { recordService(input: $input) { __typename ... on DocumentService { ${SERVICE_FIELDS} } ${ERR} } }`,
      { input },
      token,
    ),
  );
}

async function recordAddress(input: Record<string, unknown>, token = tok['adjudicator.finance']): Promise<Result> {
  return field(
    await t.gql<{ recordServiceAddress: Result }, Record<string, unknown>>(
      `mutation($input: RecordServiceAddressInput!) { recordServiceAddress(input: $input) { __typename ... on ServiceAddressConfirmation { id partyId electronicConsent electronicAddress postalAddress file { id } } ${BASE_ERR} ... on ValidationError { fieldErrors { field code message } } } }`,
      { input },
      token,
    ),
  );
}

function fieldsOf(r: Result): string[] {
  return ((r.fieldErrors as { field: string }[] | undefined) ?? []).map((f) => f.field);
}

/** Everything a refused recordService could have written, for one dispute. */
async function footprint(disputeId: string) {
  const [[services], [events], [clocks], [dispute], [audits]] = await Promise.all([
    sql<{ n: number }>('select count(*)::int as n from document_service where dispute_id = ?', [disputeId]),
    sql<{ n: number }>('select count(*)::int as n from dispute_event where dispute_id = ?', [disputeId]),
    sql<{ n: string }>(`select string_agg(id || ':' || open || ':' || coalesce(met_on::text, '-'), ',' order by id) as n from deadline where dispute_id = ?`, [disputeId]),
    sql<{ version: number }>('select version from dispute where id = ?', [disputeId]),
    sql<{ n: number }>(`select count(*)::int as n from audit_entry where action in ('recordService', 'recordServiceAddress') and ? = any(target_ids)`, [disputeId]),
  ]);
  return { services: services.n, events: events.n, clocks: clocks.n, version: dispute.version, audits: audits.n };
}

interface DeadlineRow {
  kind: string;
  start_on: string;
  due_on: string;
  open: boolean;
  met_on: string | null;
  organization_id: string;
  rule: { action: string; amount: number; unit: string };
}

function clocksOf(disputeId: string, kind: string): Promise<DeadlineRow[]> {
  return sql<DeadlineRow>(
    `select kind, start_on::text as start_on, due_on::text as due_on, open, met_on::text as met_on, organization_id, rule from deadline where dispute_id = ? and kind = ? order by start_on, id`,
    [disputeId, kind],
  );
}

// ---------------------------------------------------------------- 1. electronic with consent, and by post

describe('a 答辩通知书 served electronically with consent and by post', () => {
  let c: Case;
  let doc: IssuedDocument;
  let consentFile: string;

  beforeAll(async () => {
    now = at('2026-03-02');
    c = await caseAtFinance();
    // The respondent and the related supplier (third party) both answer a procurement complaint.
    doc = await issue(c, DocumentKind.ANSWER_NOTICE, [c.party.RESPONDENT, c.party.THIRD_PARTY]);
    consentFile = await upload(c.disputeId, '送达地址确认书.pdf');
  });

  it('starts the SERVICE clock when the document is issued: 5 working days from the issue date, for the issuing organization', async () => {
    const [clock] = await clocksOf(c.disputeId, 'SERVICE');
    // 2026-03-02 (Mon) + 5 working days = 03-03, 04, 05, 06, 09 → 2026-03-09.
    expect(clock).toMatchObject({ start_on: '2026-03-02', due_on: '2026-03-09', open: true, organization_id: org['杭州市财政局'], rule: { action: '送达文书', amount: 5, unit: 'WORKING_DAYS' } });
  });

  it('refuses electronic service before the party consented, and writes nothing', async () => {
    now = at('2026-03-04');
    const delivery = await upload(c.disputeId, 'delivery.pdf');
    const before = await footprint(c.disputeId);
    const r = await recordService({ documentId: doc.id, partyId: c.party.RESPONDENT, method: 'ELECTRONIC', servedOn: '2026-03-03', evidence: [{ kind: 'DELIVERY_RECORD', fileId: delivery }] });
    expect(as(r, 'ValidationError').fieldErrors).toEqual([{ field: 'method', code: 'INVALID', message: expect.stringContaining('未在送达地址确认书中同意电子送达') }]);
    expect(await footprint(c.disputeId)).toEqual(before);
  });

  it('records the 送达地址确认书 with consent (the signed file required)', async () => {
    const missing = as(await recordAddress({ partyId: c.party.RESPONDENT, electronicConsent: true, electronicAddress: 'school@example.cn' }), 'ValidationError');
    expect(fieldsOf(missing)).toEqual(['fileId']);
    const r = as(
      await recordAddress({ partyId: c.party.RESPONDENT, electronicConsent: true, electronicAddress: 'school@example.cn', postalAddress: '杭州市富阳区某路2号', fileId: consentFile }),
      'ServiceAddressConfirmation',
    );
    expect(r).toMatchObject({ partyId: c.party.RESPONDENT, electronicConsent: true, electronicAddress: 'school@example.cn', postalAddress: '杭州市富阳区某路2号', file: { id: consentFile } });
    const [audit] = await sql<{ n: number }>(`select count(*)::int as n from audit_entry where action = 'recordServiceAddress' and ? = any(target_ids)`, [r.id]);
    expect(audit.n).toBe(1);
  });

  it('serves the respondent electronically: complete on the day it reached the system, the time to answer from then', async () => {
    const delivery = await upload(c.disputeId, 'delivery.pdf');
    const r = as(
      await recordService({
        documentId: doc.id,
        partyId: c.party.RESPONDENT,
        method: 'ELECTRONIC',
        servedOn: '2026-03-03',
        evidence: [
          { kind: 'DELIVERY_RECORD', fileId: delivery },
          { kind: 'ADDRESS_CONFIRMATION', fileId: consentFile },
        ],
      }),
      'DocumentService',
    );
    expect(r).toMatchObject({
      method: 'ELECTRONIC',
      servedOn: '2026-03-03',
      completedOn: '2026-03-03',
      recipientRole: 'RESPONDENT',
      signer: null,
      evidence: [
        { kind: 'DELIVERY_RECORD', file: { id: delivery } },
        { kind: 'ADDRESS_CONFIRMATION', file: { id: consentFile } },
      ],
      recipient: { id: c.party.RESPONDENT, role: 'RESPONDENT' },
      document: { id: doc.id, number: doc.number },
      completionBasis: expect.stringContaining('第九十条'),
      // 财政部令第94号: 5 working days from 2026-03-03 → 03-04, 05, 06, 09, 10.
      answerDeadline: { kind: 'ANSWER', dueOn: '2026-03-10', state: 'ON_TRACK', rule: expect.stringMatching(/^自文书送达之日起 5 个工作日内以书面形式作出说明/) },
    });
    // Still one recipient to serve: the SERVICE clock runs on.
    expect((await clocksOf(c.disputeId, 'SERVICE'))[0]).toMatchObject({ open: true, met_on: null });
  });

  it('serves the third party by post: complete on the postal receipt’s date; the SERVICE clock is met on the last act of service', async () => {
    now = at('2026-03-06');
    const receipt = await upload(c.disputeId, 'postal-receipt.jpg');
    const r = as(
      await recordService({
        documentId: doc.id,
        partyId: c.party.THIRD_PARTY,
        method: 'POSTAL',
        servedOn: '2026-03-05',
        carrier: '中国邮政EMS',
        trackingNumber: 'EA123456789CN',
        signer: 'RECIPIENT',
        signerName: '张三',
        evidence: [{ kind: 'POSTAL_RECEIPT', fileId: receipt }],
      }),
      'DocumentService',
    );
    expect(r).toMatchObject({
      method: 'POSTAL',
      servedOn: '2026-03-05',
      completedOn: '2026-03-05',
      carrier: '中国邮政EMS',
      trackingNumber: 'EA123456789CN',
      signerName: '张三',
      completionBasis: expect.stringContaining('第九十一条'),
      // 5 working days from 03-05 → 03-06, 09, 10, 11, 12.
      answerDeadline: { kind: 'ANSWER', dueOn: '2026-03-12' },
    });
    const [service] = await clocksOf(c.disputeId, 'SERVICE');
    expect(service).toMatchObject({ open: false, met_on: '2026-03-05', due_on: '2026-03-09' });
    const answers = await clocksOf(c.disputeId, 'ANSWER');
    expect(answers.map((a) => [a.start_on, a.due_on, a.open, a.organization_id])).toEqual([
      ['2026-03-03', '2026-03-10', true, org['杭州市财政局']],
      ['2026-03-05', '2026-03-12', true, org['杭州市财政局']],
    ]);
  });

  it('puts one DOCUMENT_SERVED event per recipient on the timeline, naming the recipient by role only', async () => {
    const res = await t.gql<
      {
        dispute: {
          deadlines: { kind: string; state: string }[];
          events: { edges: { node: { type: string; summary: string; data: Record<string, unknown>; documentService: { id: string } | null } }[] };
        };
      },
      { id: string }
    >(
      `query($id: ID!) { dispute(id: $id) { deadlines { kind state } events(first: 100) { edges { node { type summary data documentService { id } } } } } }`,
      { id: c.disputeId },
      tok['adjudicator.finance'],
    );
    const served = res.data!.dispute.events.edges.map((e) => e.node).filter((n) => n.type === 'DOCUMENT_SERVED');
    expect(doc.title).toContain('答复通知书');
    expect(served.map((n) => n.summary)).toEqual([`${doc.title}（${doc.number}）已向被申请人电子送达，2026-03-03 送达`, `${doc.title}（${doc.number}）已向第三人邮寄送达，2026-03-05 送达`]);
    for (const n of served) {
      expect(JSON.stringify(n)).not.toMatch(/张三|某中学|example\.cn|EA123456789CN/);
      expect(n.documentService?.id).toBe(n.data.serviceId);
    }
    expect(res.data!.dispute.deadlines.filter((d) => d.kind === 'SERVICE' || d.kind === 'ANSWER').map((d) => `${d.kind}:${d.state}`)).toEqual(
      expect.arrayContaining(['SERVICE:MET', 'ANSWER:ON_TRACK']),
    );
  });

  it('refuses to record a recipient twice (InvalidTransitionError) and writes nothing', async () => {
    const receipt = await upload(c.disputeId, 'again.pdf');
    const before = await footprint(c.disputeId);
    const r = await recordService({
      documentId: doc.id,
      partyId: c.party.THIRD_PARTY,
      method: 'DIRECT',
      servedOn: '2026-03-06',
      signer: 'RECIPIENT',
      signerName: '张三',
      evidence: [{ kind: 'SIGNED_RECEIPT', fileId: receipt }],
    });
    expect(as(r, 'InvalidTransitionError')).toMatchObject({ code: 'INVALID_TRANSITION', currentStatus: 'SERVED', message: expect.stringContaining('不能重复登记') });
    expect(await footprint(c.disputeId)).toEqual(before);
  });
});

describe('the answer (答辩状) to the served 答辩通知书', () => {
  let c: Case;
  let doc: IssuedDocument;
  const ANSWER_FIELDS = 'id answerReceivedOn answerFiles { id } answerDeadline { kind state dueOn }';

  async function recordAnswer(input: Record<string, unknown>, token = tok['adjudicator.finance']): Promise<Result> {
    return field(
      await t.gql<{ recordAnswer: Result }, Record<string, unknown>>(
        `mutation($input: RecordAnswerInput!) { recordAnswer(input: $input) { __typename ... on DocumentService { ${ANSWER_FIELDS} } ${ERR} } }`,
        { input },
        token,
      ),
    );
  }
  async function answerFootprint() {
    const [[row]] = await Promise.all([
      sql<{ n: string }>(`select coalesce(string_agg(coalesce(answer_received_on::text, '-'), ',' order by id), '') as n from document_service where dispute_id = ?`, [c.disputeId]),
    ]);
    return { answers: row.n, ...(await footprint(c.disputeId)) };
  }

  beforeAll(async () => {
    now = at('2026-03-02');
    c = await caseAtFinance();
    doc = await issue(c, DocumentKind.ANSWER_NOTICE, [c.party.RESPONDENT, c.party.THIRD_PARTY]);
    now = at('2026-03-03');
    const receipt = await upload(c.disputeId, 'signed-receipt.pdf');
    as(
      await recordService({
        documentId: doc.id,
        partyId: c.party.RESPONDENT,
        method: 'DIRECT',
        servedOn: '2026-03-03',
        signer: 'RECIPIENT',
        signerName: '李四',
        evidence: [{ kind: 'SIGNED_RECEIPT', fileId: receipt }],
      }),
      'DocumentService',
    );
  });

  it('refuses an answer before service is recorded, before the service date, in the future, or with a file of no dispute of this case; writes nothing', async () => {
    now = at('2026-03-06');
    const before = await answerFootprint();
    expect(fieldsOf(as(await recordAnswer({ documentId: doc.id, partyId: c.party.THIRD_PARTY, receivedOn: '2026-03-05' }), 'ValidationError'))).toEqual(['partyId']);
    expect(fieldsOf(as(await recordAnswer({ documentId: doc.id, partyId: c.party.RESPONDENT, receivedOn: '2026-03-02' }), 'ValidationError'))).toEqual(['receivedOn']);
    expect(fieldsOf(as(await recordAnswer({ documentId: doc.id, partyId: c.party.RESPONDENT, receivedOn: '2026-03-09' }), 'ValidationError'))).toEqual(['receivedOn']);
    const other = await caseAtFinance();
    const foreign = await upload(other.disputeId, 'not-this-case.pdf');
    expect(fieldsOf(as(await recordAnswer({ documentId: doc.id, partyId: c.party.RESPONDENT, receivedOn: '2026-03-05', fileIds: [foreign] }), 'ValidationError'))).toEqual(['fileIds.0']);
    expect(await answerFootprint()).toEqual(before);
  });

  it('records the answer in time: the ANSWER clock is MET on the day received, the timeline names the role only; a second record is refused', async () => {
    now = at('2026-03-06');
    const file = await upload(c.disputeId, '答辩状.pdf');
    const r = as(await recordAnswer({ documentId: doc.id, partyId: c.party.RESPONDENT, receivedOn: '2026-03-05', fileIds: [file] }), 'DocumentService');
    // Served 03-03, 5 working days → due 03-10; received 03-05.
    expect(r).toMatchObject({ answerReceivedOn: '2026-03-05', answerFiles: [{ id: file }], answerDeadline: { kind: 'ANSWER', state: 'MET', dueOn: '2026-03-10' } });
    const [clock] = await clocksOf(c.disputeId, 'ANSWER');
    expect(clock).toMatchObject({ open: false, met_on: '2026-03-05' });
    const [event] = await sql<{ data: Record<string, unknown>; summary: string }>(`select data, summary from dispute_event where dispute_id = ? and type = 'ANSWER_RECEIVED'`, [c.disputeId]);
    expect(event.data).toMatchObject({ documentId: doc.id, recipientRole: 'RESPONDENT', receivedOn: '2026-03-05', late: false });
    expect(event.summary).toBe(`被申请人就答辩通知书（${doc.number}）提交答辩状，2026-03-05 收到`);
    expect(JSON.stringify(event)).not.toMatch(/李四/);

    const before = await answerFootprint();
    expect(as(await recordAnswer({ documentId: doc.id, partyId: c.party.RESPONDENT, receivedOn: '2026-03-06' }), 'InvalidTransitionError')).toMatchObject({ currentStatus: 'ANSWERED' });
    expect(await answerFootprint()).toEqual(before);
  });

  it('only the issuing organization records it (another organization: NOT_FOUND); a document that is not an answer notice is refused', async () => {
    const before = await answerFootprint();
    expect(as(await recordAnswer({ documentId: doc.id, partyId: c.party.RESPONDENT, receivedOn: '2026-03-05' }, tok['adjudicator.market']), 'NotFoundError')).toMatchObject({ code: 'NOT_FOUND' });
    const decision = await issue(c, DocumentKind.DECISION, [c.party.APPLICANT]);
    expect(fieldsOf(as(await recordAnswer({ documentId: decision.id, partyId: c.party.APPLICANT, receivedOn: '2026-03-05' }), 'ValidationError'))).toEqual(['documentId']);
    expect((await answerFootprint()).answers).toEqual(before.answers);
  });
});

// ---------------------------------------------------------------- 2. public notice

describe('public notice: 30 days after publication, 60 abroad, a holiday end moved to the next working day', () => {
  let c: Case;
  let decision: IssuedDocument;
  let answer: IssuedDocument;

  beforeAll(async () => {
    now = at('2026-08-03');
    c = await caseAtFinance();
    decision = await issue(c, DocumentKind.DECISION, [c.party.APPLICANT]);
  });

  it('a party abroad: published 2026-08-03, +60 days = 2026-10-02 (National Day) → complete 2026-10-08', async () => {
    const notice = await upload(c.disputeId, 'notice.jpg');
    const r = as(
      await recordService({
        documentId: decision.id,
        partyId: c.party.APPLICANT,
        method: 'PUBLIC_NOTICE',
        servedOn: '2026-08-03',
        abroad: true,
        publishedWhere: '人民法院公告网及本局公告栏',
        reason: '受送达人在境外，经直接送达、邮寄送达均无法送达',
        evidence: [{ kind: 'PUBLIC_NOTICE', fileId: notice }],
      }),
      'DocumentService',
    );
    expect(r).toMatchObject({ servedOn: '2026-08-03', completedOn: '2026-10-08', abroad: true, completionBasis: expect.stringContaining('经过 60 日'), answerDeadline: null });
  });

  it('published 2026-09-07, +30 days = 2026-10-07 (National Day) → complete 2026-10-08; the time to answer starts then', async () => {
    now = at('2026-09-07');
    // The notice gives 7 working days (more than the rule's 5): the party has what the notice told it.
    answer = await issue(c, DocumentKind.ANSWER_NOTICE, [c.party.RESPONDENT], { daysAllowed: 7 });
    const notice = await upload(c.disputeId, 'notice2.jpg');
    const r = as(
      await recordService({
        documentId: answer.id,
        partyId: c.party.RESPONDENT,
        method: 'PUBLIC_NOTICE',
        servedOn: '2026-09-07',
        publishedWhere: '本局门户网站',
        reason: '受送达人下落不明',
        evidence: [{ kind: 'PUBLIC_NOTICE', fileId: notice }],
      }),
      'DocumentService',
    );
    // The answer's 7 working days count from 10-08: 10-09, 10-10 (make-up Saturday), 10-12, 10-13, 10-14, 10-15, 10-16.
    expect(r).toMatchObject({
      completedOn: '2026-10-08',
      abroad: false,
      answerDeadline: { kind: 'ANSWER', dueOn: '2026-10-16', state: 'ON_TRACK', rule: expect.stringMatching(/^自文书送达之日起 7 个工作日内.*答辩通知书（/) },
    });
  });

  it('published 2026-09-08, +30 days = 2026-10-08, a working day: no roll', async () => {
    now = at('2026-09-08');
    const doc = await issue(c, DocumentKind.DECISION, [c.party.THIRD_PARTY]);
    const notice = await upload(c.disputeId, 'notice3.jpg');
    const r = as(
      await recordService({
        documentId: doc.id,
        partyId: c.party.THIRD_PARTY,
        method: 'PUBLIC_NOTICE',
        servedOn: '2026-09-08',
        publishedWhere: '本局门户网站',
        reason: '受送达人下落不明',
        evidence: [{ kind: 'PUBLIC_NOTICE', fileId: notice }],
      }),
      'DocumentService',
    );
    expect(r).toMatchObject({ completedOn: '2026-10-08' });
  });
});

// ---------------------------------------------------------------- 3. refusals

describe('refusals leave nothing written', () => {
  let c: Case;
  let other: Case;
  let doc: IssuedDocument;
  let agreement: IssuedDocument;
  let files: Record<string, string>;

  beforeAll(async () => {
    now = at('2026-03-10');
    c = await caseAtFinance();
    other = await caseAtFinance();
    doc = await issue(c, DocumentKind.DECISION, [c.party.RESPONDENT]);
    agreement = await issue(c, DocumentKind.MEDIATION_AGREEMENT, [c.party.APPLICANT]);
    files = {};
    for (const k of ['receipt', 'photo', 'witness', 'postal', 'delivery', 'notice']) files[k] = await upload(c.disputeId, `${k}.pdf`);
    files.foreign = await upload(other.disputeId, 'foreign.pdf');
    now = at('2026-03-12');
  });

  const direct = () => ({
    documentId: doc.id,
    partyId: c.party.RESPONDENT,
    method: 'DIRECT',
    servedOn: '2026-03-11',
    signer: 'ORGANIZATION_OFFICE',
    signerName: '李收发',
    evidence: [{ kind: 'SIGNED_RECEIPT', fileId: files.receipt }],
  });

  it.each<[string, () => Record<string, unknown>, string[], RegExp]>([
    [
      '留置 of a 调解书 (解释 art. 133)',
      () => ({
        documentId: agreement.id,
        partyId: c.party.APPLICANT,
        method: 'LEFT_AT_RESIDENCE',
        servedOn: '2026-03-11',
        signerName: '见证人',
        evidence: [{ kind: 'PHOTO_OR_VIDEO', fileId: files.photo }],
      }),
      ['method'],
      /调解书.*不适用留置送达/,
    ],
    [
      'electronic without consent (解释 art. 136)',
      () => ({ ...direct(), method: 'ELECTRONIC', signer: null, signerName: null, evidence: [{ kind: 'DELIVERY_RECORD', fileId: files.delivery }] }),
      ['method'],
      /同意电子送达/,
    ],
    ['DIRECT without a signed 送达回证', () => ({ ...direct(), evidence: [{ kind: 'PHOTO_OR_VIDEO', fileId: files.photo }] }), ['evidence.0.kind', 'evidence'], /送达凭证|应当附签收的送达回证/],
    ['DIRECT without who signed', () => ({ ...direct(), signer: null, signerName: null }), ['signer', 'signerName'], /签收人|必填/],
    ['LEFT_AT_RESIDENCE without photo, video or a witness’s signature', () => ({ ...direct(), method: 'LEFT_AT_RESIDENCE', signer: null }), ['evidence'], /照片或录像或见证人签名/],
    [
      'POSTAL without carrier, tracking number and postal receipt',
      () => ({ ...direct(), method: 'POSTAL', signer: null, evidence: [{ kind: 'SIGNED_RECEIPT', fileId: files.receipt }] }),
      ['carrier', 'trackingNumber', 'evidence'],
      /必填|邮寄回执/,
    ],
    [
      'PUBLIC_NOTICE without where, why and the notice',
      () => ({ ...direct(), method: 'PUBLIC_NOTICE', signer: null, signerName: null, evidence: [{ kind: 'OTHER', fileId: files.photo }] }),
      ['publishedWhere', 'reason', 'evidence'],
      /必填|公告及张贴照片/,
    ],
    ['a file of another dispute as evidence', () => ({ ...direct(), evidence: [{ kind: 'SIGNED_RECEIPT', fileId: files.foreign }] }), ['evidence.0.fileId', 'evidence'], /不属于本纠纷|送达回证/],
    ['a date before the document was issued', () => ({ ...direct(), servedOn: '2026-03-09' }), ['servedOn'], /不能早于文书制发日期（2026-03-10）/],
    ['a date in the future', () => ({ ...direct(), servedOn: '2026-03-13' }), ['servedOn'], /不能晚于今天（2026-03-12）/],
    ['a party who is not a recipient', () => ({ ...direct(), partyId: c.party.APPLICANT }), ['partyId'], /不是本文书的受送达人/],
    ['postal facts on a direct service', () => ({ ...direct(), carrier: 'EMS' }), ['carrier'], /仅邮寄送达/],
  ])('%s', async (_name, input, expectedFields, message) => {
    const before = await footprint(c.disputeId);
    const r = as(await recordService(input()), 'ValidationError');
    expect(fieldsOf(r).sort()).toEqual([...expectedFields].sort());
    expect((r.fieldErrors as { message: string }[]).map((f) => f.message).join(' ')).toMatch(message);
    expect((r.fieldErrors as { code: string }[]).map((f) => f.code)).toEqual(expect.arrayContaining([expect.stringMatching(/^(INVALID|REQUIRED)$/)]));
    expect(await footprint(c.disputeId)).toEqual(before);
  });

  it('the law’s refusals are INVALID, not REQUIRED', async () => {
    const r = as(
      await recordService({ documentId: agreement.id, partyId: c.party.APPLICANT, method: 'LEFT_AT_RESIDENCE', servedOn: '2026-03-11', evidence: [{ kind: 'PHOTO_OR_VIDEO', fileId: files.photo }] }),
      'ValidationError',
    );
    expect(r.fieldErrors).toEqual([{ field: 'method', code: 'INVALID', message: expect.any(String) }]);
  });

  it('consent withdrawn on the newest 送达地址确认书 refuses electronic service again', async () => {
    const confirmation = await upload(c.disputeId, 'confirm.pdf');
    as(await recordAddress({ partyId: c.party.RESPONDENT, electronicConsent: true, electronicAddress: 'a@example.cn', fileId: confirmation }), 'ServiceAddressConfirmation');
    // Recorded in the same instant of the business clock: the later record is still the one in force.
    as(await recordAddress({ partyId: c.party.RESPONDENT, electronicConsent: false, postalAddress: '杭州市富阳区某路3号' }), 'ServiceAddressConfirmation');
    const before = await footprint(c.disputeId);
    const r = as(
      await recordService({ documentId: doc.id, partyId: c.party.RESPONDENT, method: 'ELECTRONIC', servedOn: '2026-03-11', evidence: [{ kind: 'DELIVERY_RECORD', fileId: files.delivery }] }),
      'ValidationError',
    );
    expect(fieldsOf(r)).toEqual(['method']);
    expect(await footprint(c.disputeId)).toEqual(before);
  });

  it('a superseded document is not served; its SERVICE clock ended with the correction', async () => {
    const corrected = await issue(c, DocumentKind.DECISION, [c.party.RESPONDENT], { supersedes: doc.id });
    const clocks = await sql<{ id: string; open: boolean }>('select id, open from deadline where id in (?, ?)', [serviceClockId(doc.id), serviceClockId(corrected.id)]);
    expect(Object.fromEntries(clocks.map((r) => [r.id, r.open]))).toEqual({ [serviceClockId(doc.id)]: false, [serviceClockId(corrected.id)]: true });
    const before = await footprint(c.disputeId);
    const r = as(await recordService(direct()), 'ValidationError');
    expect(r.fieldErrors).toEqual([{ field: 'documentId', code: 'INVALID', message: expect.stringContaining('已被更正版本取代') }]);
    expect(await footprint(c.disputeId)).toEqual(before);
    // The corrected version (issued today) is served.
    as(await recordService({ ...direct(), documentId: corrected.id, servedOn: '2026-03-12' }), 'DocumentService');
  });
});

// ---------------------------------------------------------------- 4. the SERVICE clock and the sweep

describe('the SERVICE clock: overdue alert by the sweep while a recipient is unserved', () => {
  it('raises DUE_SOON then OVERDUE with the action 送达文书, and no alert once every recipient is served', async () => {
    now = at('2026-03-16'); // Monday
    const c = await caseAtFinance();
    const late = await issue(c, DocumentKind.DECISION, [c.party.APPLICANT, c.party.RESPONDENT]);
    const onTime = await issue(c, DocumentKind.DECISION, [c.party.APPLICANT]);
    // Due 5 working days after 03-16: 03-17, 18, 19, 20, 23 → 2026-03-23.
    const receipt = await upload(c.disputeId, 'receipt.pdf');
    now = at('2026-03-17');
    as(
      await recordService({
        documentId: late.id,
        partyId: c.party.APPLICANT,
        method: 'DIRECT',
        servedOn: '2026-03-17',
        signer: 'RECIPIENT',
        signerName: '王经理',
        evidence: [{ kind: 'SIGNED_RECEIPT', fileId: receipt }],
      }),
      'DocumentService',
    );
    as(
      await recordService({
        documentId: onTime.id,
        partyId: c.party.APPLICANT,
        method: 'DIRECT',
        servedOn: '2026-03-17',
        signer: 'RECIPIENT',
        signerName: '王经理',
        evidence: [{ kind: 'SIGNED_RECEIPT', fileId: receipt }],
      }),
      'DocumentService',
    );

    const alerts = () =>
      sql<{ type: string; deadline_id: string; organization_id: string; summary: string }>(
        `select type, deadline_id, organization_id, summary from dispute_event where dispute_id = ? and type in ('DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE') order by seq`,
        [c.disputeId],
      );
    now = at('2026-03-20'); // 1 working day left (03-23): due soon
    await t.hub.sweep.runOnce();
    now = at('2026-03-24'); // past the due date
    await t.hub.sweep.runOnce();
    await t.hub.sweep.runOnce(); // once only
    const rows = (await alerts()).filter((a) => a.deadline_id === serviceClockId(late.id) || a.deadline_id === serviceClockId(onTime.id));
    expect(rows).toEqual([
      { type: 'DEADLINE_DUE_SOON', deadline_id: serviceClockId(late.id), organization_id: org['杭州市财政局'], summary: expect.stringContaining('文书送达期限即将届满（送达文书，期限 2026-03-23') },
      { type: 'DEADLINE_OVERDUE', deadline_id: serviceClockId(late.id), organization_id: org['杭州市财政局'], summary: '文书送达期限已届满未完成（送达文书，期限 2026-03-23）' },
    ]);
  });
});

// ---------------------------------------------------------------- 5. who may read and record

describe('access', () => {
  let c: Case;
  let doc: IssuedDocument;
  let receipt: string;

  beforeAll(async () => {
    now = at('2026-04-01');
    c = await caseAtFinance({ declinedFirst: true });
    doc = await issue(c, DocumentKind.DECISION, [c.party.APPLICANT, c.party.RESPONDENT]);
    receipt = await upload(c.disputeId, 'receipt.pdf');
  });

  const direct = (partyId: string) => ({
    documentId: doc.id,
    partyId,
    method: 'DIRECT',
    servedOn: '2026-04-01',
    signer: 'AGENT',
    signerName: '赵代理',
    evidence: [{ kind: 'SIGNED_RECEIPT', fileId: receipt }],
  });

  it('another organization can neither record (NOT_FOUND) nor read', async () => {
    const before = await footprint(c.disputeId);
    expect(as(await recordService(direct(c.party.APPLICANT), tok['adjudicator.land']), 'NotFoundError')).toMatchObject({ code: 'NOT_FOUND' });
    expect(as(await recordAddress({ partyId: c.party.APPLICANT, electronicConsent: false, postalAddress: '某地' }, tok['adjudicator.land']), 'NotFoundError')).toMatchObject({ code: 'NOT_FOUND' });
    expect(await footprint(c.disputeId)).toEqual(before);
    const read = await t.gql<{ dispute: unknown }, { id: string }>(`query($id: ID!) { dispute(id: $id) { id parties { serviceAddress { id } } } }`, { id: c.disputeId }, tok['adjudicator.land']);
    expect(read.data?.dispute).toBeNull();
    // The refusals are audited as probes.
    const [refusals] = await sql<{ n: number }>(
      `select count(*)::int as n from audit_entry where action in ('recordService', 'recordServiceAddress') and details->>'outcome' = 'NOT_FOUND' and ? = any(target_ids)`,
      [doc.id],
    );
    expect(refusals.n).toBeGreaterThanOrEqual(1);
  });

  it('an organization that did not issue the document may not record its service (FORBIDDEN)', async () => {
    const res = await t.gql<{ recordService: Result }, Record<string, unknown>>(
      `mutation($input: RecordServiceInput!) { recordService(input: $input) { __typename } }`,
      { input: direct(c.party.APPLICANT) },
      tok.frontdesk,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await footprint(c.disputeId)).services).toBe(0);
  });

  it('a masked viewer sees the method and the dates, not the signer, the addresses or the tracking number', async () => {
    as(await recordService(direct(c.party.APPLICANT)), 'DocumentService');
    const postal = await upload(c.disputeId, 'postal.pdf');
    as(
      await recordService({
        documentId: doc.id,
        partyId: c.party.RESPONDENT,
        method: 'POSTAL',
        servedOn: '2026-04-01',
        carrier: 'EMS',
        trackingNumber: 'EB000111222CN',
        evidence: [{ kind: 'POSTAL_RECEIPT', fileId: postal }],
      }),
      'DocumentService',
    );
    as(await recordAddress({ partyId: c.party.RESPONDENT, electronicConsent: false, postalAddress: '杭州市富阳区某路2号' }), 'ServiceAddressConfirmation');

    const q = `query($id: ID!) { dispute(id: $id) { parties { role serviceAddress { electronicConsent electronicAddress postalAddress } }
      events(first: 100) { edges { node { type documentService { method servedOn completedOn signer signerName carrier trackingNumber evidence { kind file { id } } } } } } } }`;
    const unmasked = await t.gql<
      {
        dispute: {
          parties: { role: string; serviceAddress: { postalAddress: string | null } | null }[];
          events: { edges: { node: { type: string; documentService: Record<string, unknown> | null } }[] };
        };
      },
      { id: string }
    >(q, { id: c.disputeId }, tok['adjudicator.finance']);
    const servedFor = (res: typeof unmasked) =>
      res
        .data!.dispute.events.edges.map((e) => e.node)
        .filter((n) => n.type === 'DOCUMENT_SERVED')
        .map((n) => n.documentService);
    expect(servedFor(unmasked)).toEqual([
      expect.objectContaining({ method: 'DIRECT', signer: 'AGENT', signerName: '赵代理' }),
      expect.objectContaining({ method: 'POSTAL', carrier: 'EMS', trackingNumber: 'EB000111222CN' }),
    ]);
    expect(unmasked.data!.dispute.parties.find((p) => p.role === 'RESPONDENT')!.serviceAddress).toMatchObject({ postalAddress: '杭州市富阳区某路2号' });

    // 杭州市市场监督管理局 received a referral of the dispute and declined it: it still sees the dispute, masked.
    const masked = await t.gql<NonNullable<typeof unmasked.data>, { id: string }>(q, { id: c.disputeId }, tok['adjudicator.market']);
    expect(masked.errors).toBeUndefined();
    expect(servedFor(masked as typeof unmasked)).toEqual([
      {
        method: 'DIRECT',
        servedOn: '2026-04-01',
        completedOn: '2026-04-01',
        signer: 'AGENT',
        signerName: null,
        carrier: null,
        trackingNumber: null,
        evidence: [{ kind: 'SIGNED_RECEIPT', file: { id: receipt } }],
      },
      {
        method: 'POSTAL',
        servedOn: '2026-04-01',
        completedOn: '2026-04-01',
        signer: null,
        signerName: null,
        carrier: 'EMS',
        trackingNumber: null,
        evidence: [{ kind: 'POSTAL_RECEIPT', file: { id: postal } }],
      },
    ]);
    expect((masked as typeof unmasked).data!.dispute.parties.find((p) => p.role === 'RESPONDENT')!.serviceAddress).toEqual({ electronicConsent: false, electronicAddress: null, postalAddress: null });
  });
});

// ---------------------------------------------------------------- 6. loaders

describe('reads are batched', () => {
  const Q = `query($id: ID!) { dispute(id: $id) {
    parties { id serviceAddress { electronicConsent electronicAddress postalAddress file { id fileName } } }
    events(first: 100) { edges { node { type documentService {
      method servedOn completedOn signerName trackingNumber completionBasis
      evidence { kind file { id } } document { id number } recipient { id role } answerDeadline { dueOn state }
    } } } } } }`;

  /** A case whose 答辩通知书 is served on `served` of its parties, each with a 送达地址确认书, and the statements its page costs. */
  async function statementsFor(served: (keyof Case['party'])[]): Promise<number> {
    now = at('2026-05-11');
    const c = await caseAtFinance();
    const doc = await issue(
      c,
      DocumentKind.ANSWER_NOTICE,
      served.map((r) => c.party[r]),
    );
    for (const role of served) {
      const file = await upload(c.disputeId, `${role}.pdf`);
      const receipt = await upload(c.disputeId, `${role}-receipt.pdf`);
      as(await recordAddress({ partyId: c.party[role], electronicConsent: true, electronicAddress: `${role.toLowerCase()}@example.cn`, fileId: file }), 'ServiceAddressConfirmation');
      as(
        await recordService({
          documentId: doc.id,
          partyId: c.party[role],
          method: 'DIRECT',
          servedOn: '2026-05-11',
          signer: 'RECIPIENT',
          signerName: '某某',
          evidence: [
            { kind: 'SIGNED_RECEIPT', fileId: receipt },
            { kind: 'ADDRESS_CONFIRMATION', fileId: file },
          ],
        }),
        'DocumentService',
      );
    }
    const res = await t.gql(Q, { id: c.disputeId }, tok['adjudicator.finance']);
    expect(res.errors).toBeUndefined();
    const events = (res.data as { dispute: { events: { edges: { node: { documentService: unknown } }[] } } }).dispute.events.edges.filter((e) => e.node.documentService);
    expect(events).toHaveLength(served.length);
    expect(res.sqlStatements).not.toBeNull();
    return res.sqlStatements!;
  }

  it('one service record or three: the same number of SQL statements', async () => {
    const one = await statementsFor(['RESPONDENT']);
    const three = await statementsFor(['APPLICANT', 'RESPONDENT', 'THIRD_PARTY']);
    expect(three).toBe(one);
  });
});
