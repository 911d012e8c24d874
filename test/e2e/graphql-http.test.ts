import type { IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import express from 'express';
import pino from 'pino';
import { CONSOLE_CSP } from '../../src/server/console';
import { isPlainGraphqlPost } from '../../src/server/graphql-http';
import { startTestHub, type TestHub } from '../support/test-hub';

// POST /graphql with a JSON body is served on node:http (src/server/graphql-http.ts), everything
// else by Express. A query string sends a POST the Express way, so the two paths can be asked the
// same thing and must answer alike: status, headers, body and the request's log line.

// Requests Express handled: counted on its application prototype, which every app copies when made.
let viaExpress = 0;
const handle = (express.application as unknown as { handle: (...a: unknown[]) => unknown }).handle;
(express.application as unknown as { handle: (...a: unknown[]) => unknown }).handle = function (this: unknown, ...a: unknown[]) {
  viaExpress++;
  return handle.apply(this, a);
};

interface LogLine {
  msg: string;
  level?: number;
  requestId?: string;
  [field: string]: unknown;
}
const lines: LogLine[] = [];
const logger = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) });

let t: TestHub;
let token: string;
beforeAll(async () => {
  t = await startTestHub({}, { logger });
  token = await t.login('mediator.fuyang');
});
afterAll(() => t?.stop());

const HEADERS = ['content-type', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'x-frame-options', 'cross-origin-opener-policy', 'permissions-policy'];

/** Outside production errors carry their stack, which names the path taken: left out. */
const withoutStacks = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(withoutStacks)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => k !== 'stacktrace')
            .map(([k, x]) => [k, withoutStacks(x)]),
        )
      : v;

async function ask(path: string, body: string, headers: Record<string, string>) {
  const res = await fetch(t.hub.url.replace(/\/graphql$/, path), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  const requestId = res.headers.get('x-request-id');
  const line = lines.find((l) => l.msg === 'request' && l.requestId === requestId);
  const { ms: _ms, requestId: _id, time: _t, pid: _p, hostname: _h, path: loggedPath, ...logged } = line ?? ({} as LogLine);
  return {
    status: res.status,
    headers: Object.fromEntries(HEADERS.map((h) => [h, res.headers.get(h)])),
    body: withoutStacks(JSON.parse(text)),
    requestId,
    loggedPath,
    logged,
  };
}

/** The same request on both paths. */
async function both(body: string, headers: Record<string, string> = {}) {
  const before = viaExpress;
  const plain = await ask('/graphql', body, headers);
  expect(viaExpress).toBe(before);
  const express = await ask('/graphql?via=express', body, headers);
  expect(viaExpress).toBe(before + 1);
  expect(plain.headers['content-security-policy']).toBe(CONSOLE_CSP);
  expect(plain.headers['x-frame-options']).toBe('DENY');
  expect(plain.requestId).toMatch(/^[\w-]+$/);
  expect(plain.loggedPath).toBe('/graphql');
  expect(express.loggedPath).toBe('/graphql');
  return { plain, express };
}

const bearer = () => ({ authorization: `Bearer ${token}` });

describe('POST /graphql answers alike on node:http and on Express', () => {
  it.each([
    ['a query that goes well', () => JSON.stringify({ query: 'query WhoAmI { me { username roles } }' }), bearer],
    ['a query with an error', () => JSON.stringify({ query: '{ dispute(id: "00000000-0000-0000-0000-000000000000") { code } }' }), () => ({})],
    ['a stale token', () => JSON.stringify({ query: '{ me { id } }' }), () => ({ authorization: 'Bearer not-a-token' })],
    ['a document that does not parse', () => JSON.stringify({ query: '{ me { ' }), bearer],
    ['no query', () => JSON.stringify({ variables: {} }), bearer],
    ['an empty body', () => '', bearer],
    ['a body that is not JSON', () => '{"query": ', bearer],
    ['JSON that is not an object', () => '"{ me { id } }"', bearer],
    ['a NUL character in a variable', () => JSON.stringify({ query: 'query($c: String!) { disputeByCode(code: $c) { id } }', variables: { c: 'a\u0000b' } }), bearer],
    ['a document over the size limit', () => JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(40_000)}` }), bearer],
    ['a body over 256 kB', () => JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(300_000) } }), bearer],
  ])('%s', async (_what, body, headers) => {
    const { plain, express } = await both(body(), headers());
    expect(plain.status).toBe(express.status);
    expect(plain.headers).toEqual(express.headers);
    expect(plain.body).toEqual(express.body);
    expect(plain.logged).toEqual(express.logged);
    expect(plain.logged).toHaveProperty('status', plain.status);
  });

  it('a UTF-8 body with a byte order mark, in several chunks', async () => {
    const query = JSON.stringify({ query: 'query WhoAmI { me { username } }' });
    const chunks = [Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(query.slice(0, 10)), Buffer.from(query.slice(10))];
    const res = await fetch(t.hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=UTF-8', ...bearer() },
      body: new ReadableStream({
        start(c) {
          for (const chunk of chunks) c.enqueue(chunk);
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: { username: 'mediator.fuyang' } } });
  });
});

describe('a body that never ends', () => {
  it('is a refusal, not a server error, and the hub serves the next request', async () => {
    const { port } = new URL(t.hub.url);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(`POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\nAuthorization: Bearer ${token}\r\n\r\n{"query": "{ me`);
    await new Promise((r) => setTimeout(r, 100));
    socket.destroy();
    await new Promise((r) => setTimeout(r, 200));
    expect(lines.filter((l) => (l.level ?? 0) >= 50)).toEqual([]);
    const next = await ask('/graphql', JSON.stringify({ query: '{ me { username } }' }), bearer());
    expect(next.body).toEqual({ data: { me: { username: 'mediator.fuyang' } } });
  });
});

describe('which requests node:http serves itself', () => {
  const req = (method: string, url: string, headers: Record<string, string>) => ({ method, url, headers }) as unknown as IncomingMessage;
  const json = { 'content-type': 'application/json', 'content-length': '10' };

  it('POST /graphql with a JSON body in UTF-8, not compressed', () => {
    expect(isPlainGraphqlPost(req('POST', '/graphql', json))).toBe(true);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { 'content-type': 'Application/JSON; charset="utf-8"', 'transfer-encoding': 'chunked' }))).toBe(true);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { ...json, 'content-encoding': 'identity' }))).toBe(true);
  });

  it('anything else goes through Express', () => {
    expect(isPlainGraphqlPost(req('GET', '/graphql', json))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql?x=1', json))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql/', json))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { 'content-type': 'application/json' }))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { ...json, 'content-encoding': 'gzip' }))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { ...json, 'content-type': 'application/json; charset=latin1' }))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { ...json, 'content-type': 'text/plain' }))).toBe(false);
    expect(isPlainGraphqlPost(req('POST', '/graphql', { 'content-length': '10' }))).toBe(false);
  });
});
