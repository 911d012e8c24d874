import { createHash, createHmac } from 'node:crypto';
import type { HubSettings } from '../../core/context';
import { registerContentStore, type FileContentStore } from './file-store';

/**
 * File contents in an S3-compatible bucket (AWS S3, MinIO, Ceph RGW, OSS/COS in S3 mode):
 * PUT, GET and DELETE of one object per file, signed with AWS Signature Version 4 by hand
 * (node's fetch, no SDK). Selected with HUB_FILE_STORE=s3.
 *
 * A file's object is written after the transaction's rows are flushed and before it commits;
 * if the transaction then rolls back, the object is deleted (env.onRollback), so an object
 * without a row can only remain when that DELETE itself fails (logged).
 */

export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

export interface SigV4Input {
  method: string;
  url: URL;
  /** Headers to sign; must include host and x-amz-date. Names in any case. */
  headers: Record<string, string>;
  /** Hex SHA-256 of the payload (or UNSIGNED-PAYLOAD). */
  payloadHash: string;
  region: string;
  service: string;
  credentials: SigV4Credentials;
}

export interface SigV4Result {
  authorization: string;
  signature: string;
  signedHeaders: string;
  canonicalRequest: string;
  stringToSign: string;
}

const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** URI-encodes per RFC 3986 as SigV4 requires: everything but A–Z a–z 0–9 - _ . ~ (and '/' when asked). */
export function uriEncode(s: string, keepSlash = false): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c) || (keepSlash && c === '/')) out += c;
    else out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
export function signingKey(secretAccessKey: string, dateStamp: string, region: string, service: string): Buffer {
  const kDate = hmac(`AWS4${secretAccessKey}`, dateStamp);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  return hmac(kService, 'aws4_request');
}

/** The canonical URI: each segment encoded once for S3, twice for other services (SigV4's rule). */
function canonicalUri(url: URL, service: string): string {
  const segments = url.pathname.split('/').map((seg) => {
    const once = uriEncode(decodeURIComponent(seg));
    return service === 's3' ? once : uriEncode(once);
  });
  const path = segments.join('/');
  return path.startsWith('/') ? path : `/${path}`;
}

function canonicalQuery(url: URL): string {
  const pairs = [...url.searchParams.entries()].map(([k, v]) => [uriEncode(k), uriEncode(v)] as const);
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** Signs a request (AWS Signature Version 4, header form); the caller adds the Authorization header. */
export function signV4(input: SigV4Input): SigV4Result {
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(input.headers)) headers.set(name.toLowerCase(), value.trim().replace(/\s+/g, ' '));
  const amzDate = headers.get('x-amz-date');
  if (!amzDate || !/^\d{8}T\d{6}Z$/.test(amzDate)) throw new Error('SigV4: x-amz-date (YYYYMMDDTHHMMSSZ) is required');
  if (!headers.has('host')) throw new Error('SigV4: host is required');
  const names = [...headers.keys()].sort();
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    input.method.toUpperCase(),
    canonicalUri(input.url, input.service),
    canonicalQuery(input.url),
    names.map((n) => `${n}:${headers.get(n)}\n`).join(''),
    signedHeaders,
    input.payloadHash,
  ].join('\n');
  const dateStamp = amzDate.slice(0, 8);
  const scope = `${dateStamp}/${input.region}/${input.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signature = createHmac('sha256', signingKey(input.credentials.secretAccessKey, dateStamp, input.region, input.service))
    .update(stringToSign, 'utf8')
    .digest('hex');
  return {
    authorization: `AWS4-HMAC-SHA256 Credential=${input.credentials.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    signature,
    signedHeaders,
    canonicalRequest,
    stringToSign,
  };
}

/** 20130524T000000Z */
export function amzDateOf(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export type S3Config = Extract<HubSettings['fileStore'], { kind: 's3' }>;

/** Time one object request may take before it fails (and its transaction with it). */
const S3_TIMEOUT_MS = 60_000;

export class S3ContentStore implements FileContentStore {
  readonly kind = 's3' as const;

  constructor(
    private readonly cfg: S3Config,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The object's URL: path style (https://host/bucket/key, MinIO's default) or virtual-hosted (https://bucket.host/key). */
  objectUrl(key: string): URL {
    const base = new URL(this.cfg.endpoint);
    const path = key
      .split('/')
      .map((s) => uriEncode(s))
      .join('/');
    if (this.cfg.forcePathStyle) return new URL(`${base.protocol}//${base.host}${base.pathname.replace(/\/+$/, '')}/${uriEncode(this.cfg.bucket)}/${path}`);
    return new URL(`${base.protocol}//${this.cfg.bucket}.${base.host}${base.pathname.replace(/\/+$/, '')}/${path}`);
  }

  /** A signed request for one object; the payload hash is the content's SHA-256 (already known for a stored file). */
  signedRequest(method: 'PUT' | 'GET' | 'DELETE', key: string, payloadHash: string, extra: Record<string, string> = {}): { url: URL; headers: Record<string, string> } {
    const url = this.objectUrl(key);
    const headers: Record<string, string> = { host: url.host, 'x-amz-content-sha256': payloadHash, 'x-amz-date': amzDateOf(this.now()), ...extra };
    const { authorization } = signV4({ method, url, headers, payloadHash, region: this.cfg.region, service: 's3', credentials: this.cfg });
    return { url, headers: { ...headers, authorization } };
  }

  write: FileContentStore['write'] = (env, file, bytes) => {
    env.afterFlush(async () => {
      // Registered before the PUT: a PUT that reached the bucket but failed on the way back is deleted too.
      env.onRollback(() => this.remove(file.storageKey));
      const { url, headers } = this.signedRequest('PUT', file.storageKey, file.sha256, { 'content-type': file.contentType });
      const res = await fetch(url, { method: 'PUT', headers, body: bytes as Uint8Array<ArrayBuffer>, signal: AbortSignal.timeout(S3_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`S3 PUT ${file.storageKey}: ${res.status} ${await errorCodeOf(res)}`);
    });
  };

  read: FileContentStore['read'] = async (_em, file) => {
    const { url, headers } = this.signedRequest('GET', file.storageKey, EMPTY_SHA256);
    const res = await fetch(url, { method: 'GET', headers, signal: AbortSignal.timeout(S3_TIMEOUT_MS) });
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`S3 GET ${file.storageKey}: ${res.status} ${await errorCodeOf(res)}`);
    return Buffer.from(await res.arrayBuffer());
  };

  remove: FileContentStore['remove'] = async (storageKey) => {
    const { url, headers } = this.signedRequest('DELETE', storageKey, EMPTY_SHA256);
    const res = await fetch(url, { method: 'DELETE', headers, signal: AbortSignal.timeout(S3_TIMEOUT_MS) });
    // 204 (deleted or never there) or 404 from some implementations: either way the object is gone.
    if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE ${storageKey}: ${res.status} ${await errorCodeOf(res)}`);
  };
}

export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** S3's error code from its XML body (<Code>NoSuchBucket</Code>), for the log; never the body itself. */
async function errorCodeOf(res: Response): Promise<string> {
  try {
    const text = await res.text();
    return /<Code>([A-Za-z0-9.]{1,64})<\/Code>/.exec(text)?.[1] ?? '';
  } catch {
    return '';
  }
}

registerContentStore('s3', (settings) => new S3ContentStore(settings.fileStore as S3Config));
