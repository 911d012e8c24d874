import { createHash, randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import PDFDocument from 'pdfkit';
import { checklistOf } from '../../src/modules/material';
import { neighbourhoodDispute, procurementComplaint } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';

// Case files, materials part (#15): POST /files and GET /files/:id over real HTTP, the pending
// uploads a registration claims, who may read and write, and the materials checklist.

const MAX_BYTES = 256 * 1024;
let clock = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Beijing
let t: TestHub;
let base: string;
const tok: Record<string, string> = {};
const org: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub({ HUB_FILE_MAX_BYTES: String(MAX_BYTES) }, { now: () => clock });
  base = t.hub.url.replace(/\/graphql$/, '');
  for (const u of ['frontdesk', 'adjudicator.finance', 'adjudicator.market', 'court.liaison', 'reviewer', 'admin']) tok[u] = await t.login(u);
  const orgs = await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, never>>('{ organizations { id name } }');
  for (const o of orgs.data!.organizations) org[o.name] = o.id;
});
afterAll(async () => {
  await t?.stop();
});

// ---------------------------------------------------------------- helpers

function pdf(text = 'materials'): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(text);
    doc.end();
  });
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface UploadAnswer {
  status: number;
  body: { id?: string; disputeId?: string | null; fileName?: string; contentType?: string; size?: number; sha256?: string; createdAt?: string; error?: { code: string; message: string } };
}

async function upload(token: string | null, bytes: Buffer, o: { disputeId?: string; fileName?: string; contentType?: string } = {}): Promise<UploadAnswer> {
  const form = new FormData();
  if (o.disputeId) form.append('disputeId', o.disputeId);
  form.append('file', new Blob([new Uint8Array(bytes)], { type: o.contentType ?? 'application/pdf' }), o.fileName ?? '投诉书.pdf');
  const res = await fetch(`${base}/files`, { method: 'POST', headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

async function uploaded(token: string, bytes: Buffer, o: { disputeId?: string; fileName?: string } = {}): Promise<string> {
  const r = await upload(token, bytes, o);
  if (r.status !== 201) throw new Error(`upload: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.id!;
}

async function download(token: string | null, fileId: string) {
  const res = await fetch(`${base}/files/${fileId}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, json: () => JSON.parse(bytes.toString('utf8')) as { error: { code: string; message: string } } };
}

async function sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return t.hub.orm.em.fork().getConnection().execute<T[]>(query, params, 'all');
}

/** What an upload may write: rows of files and contents, timeline events, audit entries of uploads (not of refusals). */
async function counts() {
  const [r] = await sql<{ files: number; contents: number; events: number; audits: number }>(
    `select (select count(*) from stored_file)::int as files, (select count(*) from stored_file_content)::int as contents,
            (select count(*) from dispute_event)::int as events, (select count(*) from audit_entry where action = 'uploadFile' and details->>'outcome' is null)::int as audits`,
  );
  return r;
}

type Result = { __typename: string; [k: string]: unknown };

async function register(input: Record<string, unknown>, token = tok.frontdesk): Promise<Result> {
  const res = await t.gql<{ registerDispute: Result }, { input: Record<string, unknown> }>(
    `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id code version }
       ... on ValidationError { fieldErrors { field code message } } ... on ErrorResult { errorCode: code message } } }`,
    { input },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.registerDispute;
}

async function registered(input: Record<string, unknown>, token = tok.frontdesk): Promise<string> {
  const r = await register(input, token);
  if (r.__typename !== 'Dispute') throw new Error(`register: ${JSON.stringify(r)}`);
  return r.id as string;
}

const CASE_FILE = `query($id: ID!) { dispute(id: $id) { id
  files { id disputeId origin fileName downloadPath contentType size sha256 createdAt }
  materials { disputeId name required note status receipt remark version recordedAt recordedBy { username } files { id } }
  events(first: 100) { edges { node { type summary data } } } } }`;

interface CaseFile {
  id: string;
  files: { id: string; disputeId: string; origin: string; fileName: string | null; downloadPath: string | null; contentType: string; size: number; sha256: string }[];
  materials: {
    name: string;
    required: boolean;
    note: string | null;
    status: string;
    receipt: string | null;
    remark: string | null;
    version: number;
    recordedAt: string | null;
    recordedBy: { username: string } | null;
    files: { id: string }[];
  }[];
  events: { edges: { node: { type: string; summary: string; data: unknown } }[] };
}

async function caseFile(disputeId: string, token = tok.frontdesk): Promise<CaseFile | null> {
  const res = await t.gql<{ dispute: CaseFile | null }, { id: string }>(CASE_FILE, { id: disputeId }, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.dispute;
}

async function recordMaterial(input: Record<string, unknown>, token = tok.frontdesk): Promise<Result> {
  const res = await t.gql<{ recordMaterial: Result }, { input: Record<string, unknown> }>(
    `mutation($input: RecordMaterialInput!) { recordMaterial(input: $input) { __typename
       ... on MaterialChecklistItem { name status receipt remark version files { id } recordedBy { username } }
       ... on ValidationError { fieldErrors { field code message } }
       ... on VersionConflictError { currentVersion }
       ... on ErrorResult { errorCode: code message } } }`,
    { input },
    token,
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.recordMaterial;
}

async function gqlField<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const res = await t.gql<Record<string, T>, Record<string, unknown>>(query, variables, token);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.values(res.data!)[0];
}

/** Refers the dispute to the city finance bureau (adjudication); the receiver sees it masked until it accepts. */
async function referToFinance(disputeId: string): Promise<string> {
  const r = await gqlField<Result>(
    `mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } ... on ErrorResult { message } } }`,
    { input: { disputeId, toOrganizationId: org['杭州市财政局'], channel: 'ADJUDICATION', kind: 'TRANSFER', matterCode: 'GOV-PROCUREMENT-COMPLAINT', reason: '依职责转办' } },
    tok.frontdesk,
  );
  if (r.__typename !== 'Referral') throw new Error(JSON.stringify(r));
  return r.id as string;
}

async function accept(referralId: string, token: string) {
  const r = await gqlField<Result>(`mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on ErrorResult { message } } }`, { id: referralId }, token);
  if (r.__typename !== 'Referral') throw new Error(JSON.stringify(r));
}

/** A multipart body written by hand, for requests fetch cannot make (cut off, chunked). */
function multipart(bytes: Buffer, disputeId?: string) {
  const boundary = `----hub${randomUUID()}`;
  const field = disputeId ? `--${boundary}\r\nContent-Disposition: form-data; name="disputeId"\r\n\r\n${disputeId}\r\n` : '';
  const head = Buffer.from(`${field}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { boundary, head, tail };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- upload

describe('POST /files', () => {
  let disputeId: string;
  let pdfBytes: Buffer;
  beforeAll(async () => {
    disputeId = await registered(procurementComplaint());
    pdfBytes = await pdf('投诉书正本');
  });

  it('stores a PDF of a dispute with its sniffed type, size and SHA-256, a FILE_UPLOADED event and an audit entry', async () => {
    const before = await counts();
    const r = await upload(tok.frontdesk, pdfBytes, { disputeId, fileName: 'C:\\扫描\\投诉书（盖章）.pdf', contentType: 'text/html' });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({
      id: expect.any(String),
      disputeId,
      fileName: '投诉书（盖章）.pdf',
      contentType: 'application/pdf',
      size: pdfBytes.length,
      sha256: sha256(pdfBytes),
      createdAt: clock.toISOString(),
    });
    expect(await counts()).toEqual({ files: before.files + 1, contents: before.contents + 1, events: before.events + 1, audits: before.audits + 1 });
    const [audit] = await sql<{ actor_user_id: string; target_ids: string[]; details: Record<string, unknown> }>(
      `select actor_user_id, target_ids, details from audit_entry where action = 'uploadFile' order by id desc limit 1`,
    );
    expect(audit.target_ids).toEqual([r.body.id, disputeId]);
    expect(audit.details).toEqual({ contentType: 'application/pdf', size: pdfBytes.length, sha256: sha256(pdfBytes), pending: false });

    const d = (await caseFile(disputeId))!;
    expect(d.files).toEqual([expect.objectContaining({ id: r.body.id, disputeId, origin: 'UPLOAD', fileName: '投诉书（盖章）.pdf', downloadPath: `/files/${r.body.id}`, size: pdfBytes.length })]);
    const uploadedEvent = d.events.edges.map((e) => e.node).find((e) => e.type === 'FILE_UPLOADED')!;
    expect(uploadedEvent.data).toEqual({ fileId: r.body.id });
    expect(uploadedEvent.summary).toBe('杭州市社会矛盾纠纷调处化解中心 上传材料');
  });

  it('refuses HTML claimed as a PDF (415) and stores nothing', async () => {
    const before = await counts();
    const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>'.repeat(5));
    const r = await upload(tok.frontdesk, html, { disputeId, fileName: 'evil.pdf', contentType: 'application/pdf' });
    expect(r.status).toBe(415);
    expect(r.body.error).toEqual({ code: 'FILE_TYPE_NOT_ALLOWED', message: expect.stringMatching(/PDF/) });
    expect(await counts()).toEqual(before);
  });

  it('refuses a ZIP that is no Office or OFD document (415), decided after the whole body', async () => {
    const before = await counts();
    // "PK\3\4" passes the first bytes; the central directory decides.
    const zipLike = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 1)]);
    expect((await upload(tok.frontdesk, zipLike, { disputeId, fileName: 'a.docx' })).status).toBe(415);
    expect(await counts()).toEqual(before);
  });

  it('refuses a file over HUB_FILE_MAX_BYTES (413) and stores nothing, whether the length is declared or not', async () => {
    const before = await counts();
    const big = Buffer.concat([pdfBytes, Buffer.alloc(MAX_BYTES + 1 - pdfBytes.length, 0x20)]);
    const declared = await upload(tok.frontdesk, big, { disputeId });
    expect(declared.status).toBe(413);
    expect(declared.body.error!.code).toBe('FILE_TOO_LARGE');

    // Chunked (no Content-Length): the bytes are counted as they arrive; the client, still sending
    // half as much again after the limit, gets the answer rather than a reset connection.
    const bigger = Buffer.concat([big, Buffer.alloc(MAX_BYTES / 2, 0x20)]);
    const { boundary, head, tail } = multipart(bigger, disputeId);
    const chunked = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: t.hub.port,
          path: '/files',
          method: 'POST',
          headers: { authorization: `Bearer ${tok.frontdesk}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, body }));
        },
      );
      req.on('error', reject);
      req.write(head);
      for (let i = 0; i < bigger.length; i += 16 * 1024) req.write(bigger.subarray(i, i + 16 * 1024));
      req.end(tail);
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).error.code).toBe('FILE_TOO_LARGE');
    expect(await counts()).toEqual(before);

    // Exactly at the limit is fine.
    const atLimit = Buffer.concat([pdfBytes, Buffer.alloc(MAX_BYTES - pdfBytes.length, 0x20)]);
    expect((await upload(tok.frontdesk, atLimit, { disputeId })).status).toBe(201);
  });

  it.each([
    ['in the middle of the file', (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))],
    // The file part is complete (its boundary arrived), the form is not: still nothing.
    ['after the file part, before the closing boundary', (bytes: Buffer) => bytes],
  ])('stores nothing when the client goes away %s', async (_when, part) => {
    const before = await counts();
    const { boundary, head, tail } = multipart(pdfBytes, disputeId);
    const sent = part(pdfBytes);
    const rest = sent === pdfBytes ? Buffer.from(tail.toString().replace(/--\r\n$/, '')) : Buffer.alloc(0);
    const req = httpRequest({
      host: '127.0.0.1',
      port: t.hub.port,
      path: '/files',
      method: 'POST',
      headers: { authorization: `Bearer ${tok.frontdesk}`, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + pdfBytes.length + tail.length) },
    });
    const closed = new Promise<void>((resolve) => req.on('close', () => resolve()));
    req.on('error', () => {});
    req.write(head);
    req.write(sent);
    if (rest.length) req.write(rest);
    await sleep(300); // the server has read what was sent (and checked the dispute)
    req.destroy();
    await closed;
    await sleep(300);
    expect(await counts()).toEqual(before);
    // The hub goes on serving uploads.
    expect((await upload(tok.frontdesk, pdfBytes, { disputeId })).status).toBe(201);
  });

  it('answers 401 without a valid token, 400 for a body that is not multipart, 404 for an unknown dispute, 403 to roles that may not upload', async () => {
    const before = await counts();
    expect((await upload(null, pdfBytes, { disputeId })).status).toBe(401);
    expect((await upload('not-a-token', pdfBytes, { disputeId })).body.error!.code).toBe('UNAUTHENTICATED');
    const json = await fetch(`${base}/files`, { method: 'POST', headers: { authorization: `Bearer ${tok.frontdesk}`, 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(400);
    expect(((await json.json()) as UploadAnswer['body']).error!.code).toBe('BAD_REQUEST');
    const unknown = await upload(tok.frontdesk, pdfBytes, { disputeId: randomUUID() });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error!.code).toBe('NOT_FOUND');
    expect((await upload(tok.frontdesk, pdfBytes, { disputeId: 'HZ2026-000001' })).status).toBe(404);
    expect(await counts()).toEqual(before);
    // The probe of an unknown dispute is audited as a refusal, before the body is read.
    const [refusal] = await sql<{ target_ids: string[]; details: Record<string, unknown> }>(`select target_ids, details from audit_entry where action = 'uploadFile' order by id desc limit 1`);
    expect(refusal).toEqual({ target_ids: ['HZ2026-000001'], details: expect.objectContaining({ outcome: 'NOT_FOUND' }) });
    // A reviewer uploads nothing; a handler has no registration to upload for before the dispute exists.
    expect((await upload(tok.reviewer, pdfBytes)).body.error!.code).toBe('FORBIDDEN');
    expect((await upload(tok['adjudicator.market'], pdfBytes)).status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

// ---------------------------------------------------------------- pending uploads and registration

describe('pending uploads claimed by the registration', () => {
  it('claims the FILE fields’ pending uploads for the new dispute, each with a FILE_UPLOADED event after REGISTERED', async () => {
    const letter = await pdf('投诉书');
    const q1 = await pdf('质疑函');
    const q2 = await pdf('质疑答复');
    const r = await upload(tok.frontdesk, letter, { fileName: '投诉书.pdf' });
    expect(r.status).toBe(201);
    expect(r.body.disputeId).toBeNull();
    const [q1Id, q2Id] = [await uploaded(tok.frontdesk, q1), await uploaded(tok.frontdesk, q2)];

    // Only its uploader may download a pending file.
    expect((await download(tok.frontdesk, r.body.id!)).bytes.equals(letter)).toBe(true);
    expect((await download(tok.admin, r.body.id!)).status).toBe(404);

    const input = procurementComplaint();
    const disputeId = await registered({
      ...input,
      applicationData: { ...(input.applicationData as Record<string, unknown>), complaintLetter: r.body.id, questionDocuments: [q1Id, q2Id.toUpperCase()] },
    });
    const d = (await caseFile(disputeId))!;
    expect(d.files.map((f) => f.id).sort()).toEqual([r.body.id, q1Id, q2Id].sort());
    const types = d.events.edges.map((e) => e.node.type);
    expect(types.slice(0, 4)).toEqual(['REGISTERED', 'FILE_UPLOADED', 'FILE_UPLOADED', 'FILE_UPLOADED']);
    const rows = await sql<{ dispute_id: string }>(`select dispute_id from stored_file where id in (?, ?, ?)`, [r.body.id, q1Id, q2Id]);
    expect(rows.every((x) => x.dispute_id === disputeId)).toBe(true);

    // Claimed once: another registration naming the same file is refused.
    const again = await register({ ...input, applicationData: { ...(input.applicationData as Record<string, unknown>), complaintLetter: r.body.id } });
    expect(again).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'applicationData.complaintLetter', code: 'NOT_FOUND' }] });
  });

  it('refuses a FILE field naming another user’s pending file or no file at all, and registers nothing', async () => {
    const foreign = await uploaded(tok['court.liaison'], await pdf('法院的文件'));
    const [{ n: disputesBefore }] = await sql<{ n: number }>('select count(*)::int as n from dispute');
    const eventsBefore = (await counts()).events;
    const input = procurementComplaint();
    const refused = await register({ ...input, applicationData: { ...(input.applicationData as Record<string, unknown>), complaintLetter: foreign, evidence: [randomUUID()] } });
    expect(refused.__typename).toBe('ValidationError');
    const errors = refused.fieldErrors as { field: string; code: string; message: string }[];
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['applicationData.complaintLetter', 'NOT_FOUND'],
      ['applicationData.evidence', 'NOT_FOUND'],
    ]);
    expect(errors[0].message).toMatch(/[\u4e00-\u9fff]/);
    const [{ n: disputesAfter }] = await sql<{ n: number }>('select count(*)::int as n from dispute');
    expect(disputesAfter).toBe(disputesBefore);
    expect((await counts()).events).toBe(eventsBefore);
    const [row] = await sql<{ dispute_id: string | null }>('select dispute_id from stored_file where id = ?', [foreign]);
    expect(row.dispute_id).toBeNull();
  });

  it('refuses a file of another dispute and a free-text FILE value', async () => {
    const other = await registered(procurementComplaint());
    const fileOfOther = await uploaded(tok.frontdesk, await pdf(), { disputeId: other });
    const input = procurementComplaint();
    expect(await register({ ...input, applicationData: { ...(input.applicationData as Record<string, unknown>), complaintLetter: fileOfOther } })).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'applicationData.complaintLetter', code: 'NOT_FOUND' }],
    });
    expect(await register({ ...input, applicationData: { ...(input.applicationData as Record<string, unknown>), complaintLetter: '已收纸质原件' } })).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ field: 'applicationData.complaintLetter', code: 'INVALID_FORMAT' }],
    });
  });

  it('registers with required FILE fields left empty: the checklist shows the materials missing', async () => {
    const disputeId = await registered(procurementComplaint());
    const d = (await caseFile(disputeId))!;
    expect(d.materials.map((m) => [m.name, m.required, m.status, m.version])).toEqual([
      ['投诉书正本及副本', true, 'MISSING', 0],
      ['质疑函及采购人、采购代理机构的质疑答复', true, 'MISSING', 0],
      ['与投诉事项相关的证明材料', true, 'MISSING', 0],
      ['投诉人营业执照或者其他主体资格证明', true, 'MISSING', 0],
      ['法定代表人身份证明书', true, 'MISSING', 0],
      ['授权委托书及受托人身份证件复印件', false, 'MISSING', 0],
    ]);
    // A dispute without a matter has no checklist.
    expect((await caseFile(await registered(neighbourhoodDispute())))!.materials).toEqual([]);
  });

  it('removes pending uploads nobody claimed within 24 hours (on a later upload), and refuses to claim them', async () => {
    const stale = await uploaded(tok.frontdesk, await pdf('将过期'));
    const saved = clock;
    clock = new Date(clock.getTime() + 25 * 3600 * 1000);
    try {
      const input = procurementComplaint();
      expect(await register({ ...input, applicationData: { ...(input.applicationData as Record<string, unknown>), complaintLetter: stale } })).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ field: 'applicationData.complaintLetter', code: 'NOT_FOUND' }],
      });
      await uploaded(tok.frontdesk, await pdf('新的'));
      expect(await sql('select id from stored_file where id = ?', [stale])).toEqual([]);
      expect(await sql('select file_id from stored_file_content where file_id = ?', [stale])).toEqual([]);
    } finally {
      clock = saved;
    }
  });
});

// ---------------------------------------------------------------- download and visibility

describe('GET /files/:id', () => {
  let disputeId: string;
  let fileId: string;
  let bytes: Buffer;
  let referralId: string;
  beforeAll(async () => {
    disputeId = await registered(procurementComplaint());
    bytes = await pdf('质疑函及答复');
    fileId = await uploaded(tok.frontdesk, bytes, { disputeId, fileName: '质疑函 "及" 答复.pdf' });
    referralId = await referToFinance(disputeId);
  });

  it('gives the holding organization the bytes with their type, SHA-256 and name, and audits the download first', async () => {
    const r = await download(tok.frontdesk, fileId);
    expect(r.status).toBe(200);
    expect(r.bytes.equals(bytes)).toBe(true);
    expect(r.headers.get('content-type')).toBe('application/pdf');
    expect(r.headers.get('content-length')).toBe(String(bytes.length));
    expect(r.headers.get('x-content-sha256')).toBe(sha256(bytes));
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="___ ___ __.pdf"; filename*=UTF-8''${encodeURIComponent('质疑函 "及" 答复.pdf')}`);
    const [audit] = await sql<{ actor_user_id: string; target_ids: string[]; details: Record<string, unknown> }>(
      `select actor_user_id, target_ids, details from audit_entry where action = 'downloadFile' order by id desc limit 1`,
    );
    expect(audit.target_ids).toEqual([fileId, disputeId]);
    expect(audit.details).toMatchObject({ sha256: sha256(bytes), size: bytes.length });
    // Every download is audited.
    await download(tok.frontdesk, fileId);
    const [{ n }] = await sql<{ n: number }>(`select count(*)::int as n from audit_entry where action = 'downloadFile' and target_ids[1] = ?`, [fileId]);
    expect(n).toBe(2);
  });

  it('answers 404 to another organization, as for a file that does not exist (and audits the probe)', async () => {
    const other = await download(tok['adjudicator.market'], fileId);
    expect(other.status).toBe(404);
    expect(other.json().error.code).toBe('NOT_FOUND');
    expect((await download(tok['adjudicator.market'], randomUUID())).status).toBe(404);
    expect((await download(tok.frontdesk, 'not-an-id')).status).toBe(404);
    expect((await download(null, fileId)).status).toBe(401);
    const refusals = await sql<{ details: Record<string, unknown> }>(`select details from audit_entry where action = 'downloadFile' and target_ids[1] = ? and details->>'outcome' = 'NOT_FOUND'`, [
      fileId,
    ]);
    expect(refusals).toHaveLength(1);
    expect(await caseFile(disputeId, tok['adjudicator.market'])).toBeNull();
  });

  it('shows a masked viewer (a referral receiver before it accepts) that the file exists, not its name or content', async () => {
    const d = (await caseFile(disputeId, tok['adjudicator.finance']))!;
    expect(d.files).toEqual([expect.objectContaining({ id: fileId, fileName: null, downloadPath: null, size: bytes.length, sha256: sha256(bytes), contentType: 'application/pdf' })]);
    const r = await download(tok['adjudicator.finance'], fileId);
    expect(r.status).toBe(403);
    expect(r.json().error.code).toBe('MASKED');
    // Nor may it add to the case file.
    const before = await counts();
    const up = await upload(tok['adjudicator.finance'], bytes, { disputeId });
    expect(up.status).toBe(403);
    expect(up.body.error!.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('after acceptance the receiver holds the case: it reads and adds files; the center’s frontdesk no longer adds', async () => {
    await accept(referralId, tok['adjudicator.finance']);
    expect((await download(tok['adjudicator.finance'], fileId)).bytes.equals(bytes)).toBe(true);
    expect((await upload(tok['adjudicator.finance'], await pdf('补充材料'), { disputeId })).status).toBe(201);
    const byFrontdesk = await upload(tok.frontdesk, bytes, { disputeId });
    expect(byFrontdesk.status).toBe(403);
    // The frontdesk still reads them (it sees every dispute unmasked).
    expect((await download(tok.frontdesk, fileId)).status).toBe(200);
  });

  it('an organization whose proceeding has ended still files to the case (proof of serving its decision); its former holder role gives nothing more', async () => {
    const d = await gqlField<{ proceedings: { id: string; organization: { id: string } }[] }>(
      '{ dispute(id: "' + disputeId + '") { proceedings { id organization { id } } } }',
      {},
      tok['adjudicator.finance'],
    );
    const p = d.proceedings.find((x) => x.organization.id === org['杭州市财政局'])!;
    const rejected = await gqlField<Result>(
      'mutation($id: ID!) { rejectProceeding(id: $id, reason: "不属于本机关管辖") { __typename ... on ErrorResult { message } } }',
      { id: p.id },
      tok['adjudicator.finance'],
    );
    expect(rejected.__typename).toBe('Proceeding');
    // The 不予受理决定书 it issued must still be served, and the proof filed after the proceeding ended.
    expect((await upload(tok['adjudicator.finance'], await pdf('送达回证'), { disputeId })).status).toBe(201);
    // An organization that never handled the dispute still may not.
    expect([403, 404]).toContain((await upload(tok['adjudicator.market'], await pdf('x'), { disputeId })).status);
  });

  it('a reviewer sees a closed dispute’s files masked', async () => {
    const closedId = await registered(neighbourhoodDispute());
    const f = await uploaded(tok.frontdesk, bytes, { disputeId: closedId });
    const closed = await gqlField<Result>(`mutation($id: ID!) { closeDispute(id: $id) { __typename ... on ErrorResult { message } } }`, { id: closedId }, tok.frontdesk);
    expect(closed.__typename).toBe('Dispute');
    expect((await caseFile(closedId, tok.reviewer))!.files).toEqual([expect.objectContaining({ id: f, fileName: null, downloadPath: null })]);
    expect((await download(tok.reviewer, f)).json().error.code).toBe('MASKED');
  });
});

// ---------------------------------------------------------------- the checklist

describe('materials checklist', () => {
  let disputeId: string;
  let fileId: string;
  beforeAll(async () => {
    disputeId = await registered(procurementComplaint());
    fileId = await uploaded(tok.frontdesk, await pdf('投诉书'), { disputeId });
  });
  const LETTER = '投诉书正本及副本';
  const LICENCE = '投诉人营业执照或者其他主体资格证明';
  const PROXY = '授权委托书及受托人身份证件复印件';

  it('records a material received as a file, with who and when, and a MATERIAL_RECORDED event naming the catalog item', async () => {
    const r = await recordMaterial({ disputeId, name: LETTER, status: 'RECEIVED', receipt: 'FILE', fileIds: [fileId], expectedVersion: 0 });
    expect(r).toMatchObject({ __typename: 'MaterialChecklistItem', name: LETTER, status: 'RECEIVED', receipt: 'FILE', version: 1, files: [{ id: fileId }], recordedBy: { username: 'frontdesk' } });
    const d = (await caseFile(disputeId))!;
    expect(d.materials.find((m) => m.name === LETTER)).toMatchObject({ status: 'RECEIVED', receipt: 'FILE', version: 1, recordedAt: clock.toISOString(), files: [{ id: fileId }] });
    const ev = d.events.edges.map((e) => e.node).filter((e) => e.type === 'MATERIAL_RECORDED');
    expect(ev.at(-1)).toMatchObject({ summary: `材料“${LETTER}”：已收取（电子文件）`, data: expect.objectContaining({ item: LETTER, status: 'RECEIVED', receipt: 'FILE' }) });
  });

  it('checks versions: a stale expectedVersion is a VersionConflictError and changes nothing', async () => {
    const conflict = await recordMaterial({ disputeId, name: LETTER, status: 'MISSING', expectedVersion: 0 });
    expect(conflict).toMatchObject({ __typename: 'VersionConflictError', currentVersion: 1 });
    const ok = await recordMaterial({ disputeId, name: LETTER, status: 'RECEIVED', receipt: 'PAPER_ORIGINAL', expectedVersion: 1 });
    expect(ok).toMatchObject({ status: 'RECEIVED', receipt: 'PAPER_ORIGINAL', version: 2, files: [] });
  });

  it('NOT_APPLICABLE needs a remark, which only unmasked viewers read and the timeline never holds', async () => {
    expect(await recordMaterial({ disputeId, name: PROXY, status: 'NOT_APPLICABLE' })).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'remark', code: 'REQUIRED' }] });
    const remark = '投诉人法定代表人张三（13812345678）本人到场办理，无委托代理人';
    expect(await recordMaterial({ disputeId, name: PROXY, status: 'NOT_APPLICABLE', remark })).toMatchObject({ status: 'NOT_APPLICABLE', remark, version: 1 });
    const events = JSON.stringify((await caseFile(disputeId))!.events);
    expect(events).not.toContain('13812345678');
    expect(events).not.toContain('张三');
    expect(events).toContain(PROXY);
    // A masked viewer (referral receiver before acceptance) sees the item, not the remark.
    await referToFinance(disputeId);
    const masked = (await caseFile(disputeId, tok['adjudicator.finance']))!;
    expect(masked.materials.find((m) => m.name === PROXY)).toMatchObject({ status: 'NOT_APPLICABLE', remark: null });
    // ... and may not record.
    const refused = await t.gql(
      `mutation($input: RecordMaterialInput!) { recordMaterial(input: $input) { __typename } }`,
      { input: { disputeId, name: LICENCE, status: 'MISSING' } },
      tok['adjudicator.finance'],
    );
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses what the checklist does not allow', async () => {
    const other = await registered(procurementComplaint());
    const fileOfOther = await uploaded(tok.frontdesk, await pdf(), { disputeId: other });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '不存在的材料', status: 'MISSING' }, 'name', 'NOT_FOUND'],
      [{ name: LICENCE, status: 'RECEIVED' }, 'receipt', 'REQUIRED'],
      [{ name: LICENCE, status: 'RECEIVED', receipt: 'FILE' }, 'fileIds', 'REQUIRED'],
      // A file of another dispute.
      [{ name: LICENCE, status: 'RECEIVED', receipt: 'FILE', fileIds: [fileOfOther, fileId] }, 'fileIds', 'NOT_FOUND'],
      [{ name: LICENCE, status: 'MISSING', receipt: 'PAPER_ORIGINAL' }, 'receipt', 'INVALID'],
      [{ name: LICENCE, status: 'RECEIVED', receipt: 'FILE', fileIds: ['x'] }, 'fileIds', 'INVALID_FORMAT'],
    ];
    for (const [input, field, code] of cases) {
      expect(await recordMaterial({ disputeId: other, ...input })).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field, code }] });
    }
    expect(await recordMaterial({ disputeId: randomUUID(), name: LICENCE, status: 'MISSING' })).toMatchObject({ __typename: 'NotFoundError' });
    // Another organization cannot tell the dispute exists.
    expect(await recordMaterial({ disputeId: other, name: LICENCE, status: 'MISSING' }, tok['adjudicator.market'])).toMatchObject({ __typename: 'NotFoundError' });
  });

  it('checklistOf (for the 补正通知书) lists every item with its status', async () => {
    const list = await checklistOf(t.hub.orm.em.fork() as never, disputeId);
    expect(list.map((l) => [l.name, l.status, l.receipt])).toEqual([
      [LETTER, 'RECEIVED', 'PAPER_ORIGINAL'],
      ['质疑函及采购人、采购代理机构的质疑答复', 'MISSING', null],
      ['与投诉事项相关的证明材料', 'MISSING', null],
      [LICENCE, 'MISSING', null],
      ['法定代表人身份证明书', 'MISSING', null],
      [PROXY, 'NOT_APPLICABLE', null],
    ]);
    expect(list.filter((l) => l.required && l.status === 'MISSING')).toHaveLength(4);
  });
});

// ---------------------------------------------------------------- batched reads

describe('lists', () => {
  it('files, checklist items and their files of a page of disputes: statements do not grow with the page', async () => {
    const q = `query($n: Int) { disputes(first: $n) { edges { node { id files { id fileName downloadPath } materials { name status remark files { id } recordedBy { username } } } } } }`;
    // The personal-data audit is one insert per batch of its loader, and fileName and remark reach it
    // after different reads (files, checklist items): one insert or two, as those reads' answers
    // happen to arrive. That depends on the query's shape, never on the page's length, so the audit
    // inserts (found by request id) are bounded and the other statements compared exactly.
    const run = async (n: number) => {
      const res = await t.gql<{ disputes: { edges: { node: { files: unknown[] } }[] } }, { n: number }>(q, { n }, tok.frontdesk);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      expect(res.data!.disputes.edges).toHaveLength(n);
      const [{ audits }] = await t.hub.orm.em
        .fork()
        .getConnection()
        .execute<{ audits: number }[]>(`select count(*)::int as audits from audit_entry where action = 'readPersonalData' and details->>'requestId' = ?`, [res.headers.get('x-request-id')]);
      expect(audits).toBeGreaterThanOrEqual(1);
      expect(audits).toBeLessThanOrEqual(2);
      return res.sqlStatements! - audits;
    };
    // At least 12 disputes with files and recorded items (the other tests add more), with a remark so
    // that both disclosing fields run on every page.
    for (let i = 0; i < 12; i++) {
      const id = await registered(procurementComplaint());
      const f = await uploaded(tok.frontdesk, await pdf(`第 ${i} 件`), { disputeId: id });
      await recordMaterial({ disputeId: id, name: '投诉书正本及副本', status: 'RECEIVED', receipt: 'FILE', fileIds: [f] });
      await recordMaterial({ disputeId: id, name: '授权委托书及受托人身份证件复印件', status: 'NOT_APPLICABLE', remark: '本人到场办理' });
    }
    await run(2); // warms the per-process directories (users, matters)
    const few = await run(2);
    const many = await run(12);
    expect(many).toBe(few);
  });
});
