// mountConsole (src/server/console.ts): the built console at `/`, its security headers, the SPA fallback,
// and API paths passing through untouched.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { CONSOLE_CSP, mountConsole, setSecurityHeaders } from '../../../src/server/console';

/** As HttpFrame (src/server/http-frame.ts) sets them, before anything answers. */
const securityHeaders: express.RequestHandler = (_req, res, next) => {
  setSecurityHeaders(res);
  next();
};

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'console-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
  const app = express();
  app.use(securityHeaders);
  mountConsole(app, { dir, nodeEnv: 'production' });
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.use('/graphql', (_req, res) => void res.status(405).json({ api: true }));
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

it('serves index.html at / and at client routes, with the security headers and no caching', async () => {
  for (const path of ['/', '/frontdesk/register', '/disputes/123']) {
    const res = await fetch(base + path);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).toContain('connect-src');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  }
});

it('serves hashed assets for a year and answers a missing asset with 404, not the shell', async () => {
  const ok = await fetch(`${base}/assets/index-abc.js`);
  expect(ok.status).toBe(200);
  expect(ok.headers.get('cache-control')).toContain('immutable');
  expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
  expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  expect((await fetch(`${base}/favicon.ico`)).status).toBe(404);
});

it('leaves API paths and non-GET requests to the API', async () => {
  expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
  const g = await fetch(`${base}/graphql`);
  expect(g.status).toBe(405);
  expect(await g.json()).toEqual({ api: true });
  expect((await fetch(`${base}/graphql/anything`)).status).toBe(405);
  expect((await fetch(`${base}/files/1`)).status).toBe(404);
  expect((await fetch(`${base}/frontdesk`, { method: 'POST' })).status).toBe(404);
});

it('explains how to build the console when web/dist is missing', async () => {
  const app = express();
  app.use(securityHeaders);
  mountConsole(app, { dir: join(dir, 'nope'), nodeEnv: 'development' });
  const s = createServer(app);
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const a = s.address();
  const res = await fetch(`http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/`);
  expect(res.status).toBe(503);
  expect(await res.text()).toContain('npm run build:web');
  await new Promise<void>((r) => s.close(() => r()));
});
