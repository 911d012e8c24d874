import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import PDFDocument from 'pdfkit';
import { signV4 } from '../../src/modules/material/s3-file-store';
import { procurementComplaint } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';

// HUB_FILE_STORE=s3 against a stand-in bucket: a small HTTP server in this test that keeps objects
// in memory and checks each request's SigV4 signature (recomputed with the hub's own signer, so
// this proves the requests are consistent and complete, not that AWS would accept them: the signer
// itself is checked against AWS's published examples in test/unit/material/sigv4.test.ts). No real
// S3-compatible server runs on this machine, so the store is untested against one.

const BUCKET = 'hub-files';
const CREDS = { accessKeyId: 'AKIATESTHUB', secretAccessKey: 'test-secret-key' };
const objects = new Map<string, { body: Buffer; type: string | undefined }>();
const requests: { method: string; path: string; signed: boolean }[] = [];
let s3: Server;
let t: TestHub;
let base: string;
let token: string;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Whether the request carries a valid signature over host, x-amz-* (and content-type), and its payload hash matches the body. */
function verify(req: IncomingMessage, body: Buffer): boolean {
  const auth = String(req.headers.authorization ?? '');
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(auth);
  if (!m || m[1] !== CREDS.accessKeyId) return false;
  const names = m[4].split(';');
  if (!names.includes('host') || !names.includes('x-amz-date') || !names.includes('x-amz-content-sha256')) return false;
  const payloadHash = String(req.headers['x-amz-content-sha256']);
  if (createHash('sha256').update(body).digest('hex') !== payloadHash) return false;
  const headers = Object.fromEntries(names.map((n) => [n, String(req.headers[n] ?? '')]));
  const expected = signV4({ method: req.method!, url: new URL(`http://${req.headers.host}${req.url}`), headers, payloadHash, region: m[3], service: 's3', credentials: CREDS });
  return expected.signature === m[5];
}

function pdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('s3');
    doc.end();
  });
}

async function upload(bytes: Buffer, disputeId: string) {
  const form = new FormData();
  form.append('disputeId', disputeId);
  form.append('file', new Blob([new Uint8Array(bytes)]), 'a.pdf');
  const res = await fetch(`${base}/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as { id: string; error?: { code: string } } };
}

beforeAll(async () => {
  s3 = createServer(async (req, res) => {
    const body = await readBody(req);
    const signed = verify(req, body);
    requests.push({ method: req.method!, path: req.url!, signed });
    if (!signed) return void res.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
    const prefix = `/${BUCKET}/`;
    if (!req.url!.startsWith(prefix)) return void res.writeHead(404).end('<Error><Code>NoSuchBucket</Code></Error>');
    const key = decodeURIComponent(req.url!.slice(prefix.length));
    if (req.method === 'PUT') {
      objects.set(key, { body, type: req.headers['content-type'] });
      return void res.writeHead(200).end();
    }
    if (req.method === 'GET') {
      const o = objects.get(key);
      return void (o ? res.writeHead(200, { 'content-type': o.type ?? 'application/octet-stream' }).end(o.body) : res.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>'));
    }
    if (req.method === 'DELETE') {
      objects.delete(key);
      return void res.writeHead(204).end();
    }
    res.writeHead(405).end();
  });
  await new Promise<void>((r) => s3.listen(0, '127.0.0.1', () => r()));
  const port = (s3.address() as AddressInfo).port;
  t = await startTestHub({
    HUB_FILE_STORE: 's3',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_BUCKET: BUCKET,
    S3_REGION: 'cn-east-1',
    S3_ACCESS_KEY_ID: CREDS.accessKeyId,
    S3_SECRET_ACCESS_KEY: CREDS.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  });
  base = t.hub.url.replace(/\/graphql$/, '');
  token = await t.login('frontdesk');
});
afterAll(async () => {
  await t?.stop();
  await new Promise((r) => s3?.close(r));
});

async function registered(): Promise<string> {
  const res = await t.gql<{ registerDispute: { __typename: string; id: string } }, Record<string, unknown>>(
    'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id } } }',
    { input: procurementComplaint() },
    token,
  );
  return res.data!.registerDispute.id;
}

it('writes the object with a signed PUT, reads it back with a signed GET, keeps no bytes in PostgreSQL', async () => {
  const disputeId = await registered();
  const bytes = await pdf();
  const r = await upload(bytes, disputeId);
  expect(r.status).toBe(201);
  const key = `disputes/${disputeId}/${r.body.id}`;
  expect(objects.get(key)).toEqual({ body: bytes, type: 'application/pdf' });
  const [row] = await t.hub.orm.em.fork().getConnection().execute<{ storage: string; storage_key: string }[]>('select storage, storage_key from stored_file where id = ?', [r.body.id]);
  expect(row).toEqual({ storage: 's3', storage_key: key });
  const [{ n }] = await t.hub.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from stored_file_content');
  expect(n).toBe(0);

  const res = await fetch(`${base}/files/${r.body.id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  expect(requests.every((q) => q.signed)).toBe(true);
  expect(requests.map((q) => q.method)).toEqual(['PUT', 'GET']);
});

it('deletes the object when the upload’s transaction rolls back after the PUT', async () => {
  const disputeId = await registered();
  requests.length = 0;
  const before = objects.size;
  // The upload runs two transactions named uploadFile: the check before the body (nothing written), then the store.
  let uploads = 0;
  t.hub.services.faults = {
    beforeCommit: (action) => {
      if (action === 'uploadFile' && ++uploads === 2) throw new Error('injected failure before commit');
    },
  };
  try {
    const r = await upload(await pdf(), disputeId);
    expect(r.status).toBe(500);
  } finally {
    t.hub.services.faults = undefined;
  }
  expect(requests.map((q) => q.method)).toEqual(['PUT', 'DELETE']);
  expect(requests[1].path).toBe(requests[0].path);
  expect(objects.size).toBe(before);
  const [{ n }] = await t.hub.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from stored_file where dispute_id = ?', [disputeId]);
  expect(n).toBe(0);
});

it('a bucket that refuses the PUT fails the upload and stores no row', async () => {
  const disputeId = await registered();
  const saved = CREDS.secretAccessKey;
  CREDS.secretAccessKey = 'the bucket no longer knows this key';
  try {
    expect((await upload(await pdf(), disputeId)).status).toBe(500);
  } finally {
    CREDS.secretAccessKey = saved;
  }
  const [{ n }] = await t.hub.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from stored_file where dispute_id = ?', [disputeId]);
  expect(n).toBe(0);
});
