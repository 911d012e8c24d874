import { createHash } from 'node:crypto';
import { EMPTY_SHA256, S3ContentStore, amzDateOf, signV4, signingKey } from '../../../src/modules/material/s3-file-store';

// The signer against AWS's own published examples: the key-derivation example ("Examples of how to
// derive a signing key"), the SigV4 test suite's get-vanilla cases, and the S3 examples signed with
// AKIAIOSFODNN7EXAMPLE ("Signature calculations for the Authorization header: transferring payload
// in a single chunk"). There is no S3 server here: the store's requests are checked for shape only.

const SUITE = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const S3_EXAMPLE = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

describe('SigV4 signing key', () => {
  it('derives the documented key (iam, us-east-1, 20120215)', () => {
    expect(signingKey('wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20120215', 'us-east-1', 'iam').toString('hex')).toBe('f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d');
  });
});

describe('SigV4 test suite', () => {
  const sign = (url: string) =>
    signV4({
      method: 'GET',
      url: new URL(url),
      headers: { Host: 'example.amazonaws.com', 'X-Amz-Date': '20150830T123600Z' },
      payloadHash: EMPTY_SHA256,
      region: 'us-east-1',
      service: 'service',
      credentials: SUITE,
    });

  it('get-vanilla', () => {
    const r = sign('https://example.amazonaws.com/');
    expect(r.canonicalRequest).toBe(`GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n${EMPTY_SHA256}`);
    expect(r.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it('get-vanilla-query-order-key-case: the query is sorted', () => {
    expect(sign('https://example.amazonaws.com/?Param2=value2&Param1=value1').signature).toBe('b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500');
  });

  it('a changed secret changes the signature', () => {
    const r = signV4({
      method: 'GET',
      url: new URL('https://example.amazonaws.com/'),
      headers: { host: 'example.amazonaws.com', 'x-amz-date': '20150830T123600Z' },
      payloadHash: EMPTY_SHA256,
      region: 'us-east-1',
      service: 'service',
      credentials: { ...SUITE, secretAccessKey: 'x' },
    });
    expect(r.signature).not.toBe('5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31');
  });
});

describe('SigV4 S3 examples (AKIAIOSFODNN7EXAMPLE, 20130524)', () => {
  const s3 = (method: string, url: string, headers: Record<string, string>, payloadHash: string) =>
    signV4({
      method,
      url: new URL(url),
      headers: { host: 'examplebucket.s3.amazonaws.com', 'x-amz-date': '20130524T000000Z', 'x-amz-content-sha256': payloadHash, ...headers },
      payloadHash,
      region: 'us-east-1',
      service: 's3',
      credentials: S3_EXAMPLE,
    });

  it('GET Object (Range: bytes=0-9)', () => {
    const r = s3('GET', 'https://examplebucket.s3.amazonaws.com/test.txt', { range: 'bytes=0-9' }, EMPTY_SHA256);
    expect(r.stringToSign).toBe('AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972');
    expect(r.signedHeaders).toBe('host;range;x-amz-content-sha256;x-amz-date');
    expect(r.signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
  });

  it('PUT Object (/test$file.text: the path is encoded once)', () => {
    const body = 'Welcome to Amazon S3.';
    expect(sha(body)).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072');
    const r = s3('PUT', 'https://examplebucket.s3.amazonaws.com/test$file.text', { date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' }, sha(body));
    expect(r.canonicalRequest.split('\n')[1]).toBe('/test%24file.text');
    expect(sha(r.canonicalRequest)).toBe('9e0e90d9c76de8fa5b200d8c849cd5b8dc7a3be3951ddb7f6a76b4158342019d');
    expect(r.signature).toBe('98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd');
  });

  it('GET Bucket Lifecycle (a valueless query parameter)', () => {
    expect(s3('GET', 'https://examplebucket.s3.amazonaws.com/?lifecycle', {}, EMPTY_SHA256).signature).toBe('fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543');
  });

  it('GET Bucket (List Objects: query sorted by name)', () => {
    expect(s3('GET', 'https://examplebucket.s3.amazonaws.com/?max-keys=2&prefix=J', {}, EMPTY_SHA256).signature).toBe('34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7');
  });
});

describe('S3ContentStore requests', () => {
  const at = new Date('2013-05-24T00:00:00Z');
  const cfg = { kind: 's3' as const, endpoint: 'https://examplebucket.s3.amazonaws.com', region: 'us-east-1', bucket: 'examplebucket', ...S3_EXAMPLE, forcePathStyle: false };

  it('formats x-amz-date', () => {
    expect(amzDateOf(at)).toBe('20130524T000000Z');
  });

  it('builds path-style and virtual-hosted URLs with each key segment encoded', () => {
    const path = new S3ContentStore({ ...cfg, endpoint: 'http://127.0.0.1:9000', bucket: 'hub-files', forcePathStyle: true });
    expect(path.objectUrl('disputes/abc/x y$.pdf').href).toBe('http://127.0.0.1:9000/hub-files/disputes/abc/x%20y%24.pdf');
    const hosted = new S3ContentStore({ ...cfg, endpoint: 'https://s3.amazonaws.com', bucket: 'examplebucket' });
    expect(hosted.objectUrl('test.txt').href).toBe('https://examplebucket.s3.amazonaws.com/test.txt');
  });

  it('signs a GET of an object exactly as the documented S3 example when given its headers', () => {
    const store = new S3ContentStore({ ...cfg, endpoint: 'https://s3.amazonaws.com' }, () => at);
    const { url, headers } = store.signedRequest('GET', 'test.txt', EMPTY_SHA256, { range: 'bytes=0-9' });
    expect(url.href).toBe('https://examplebucket.s3.amazonaws.com/test.txt');
    expect(headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });
});
