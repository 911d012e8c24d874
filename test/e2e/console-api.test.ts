// Issue #14, server side: what the web console needs from the hub.
// - ErrorResult.errorCode: a document selecting Dispute.code and the error's code together validates;
// - FieldError.code: a stable code next to the Chinese message;
// - enumLabels: every value of every GraphQL enum has its Chinese label (one server-side table);
// - the console at `/` (SPA fallback), the security headers on every answer, the development
//   GraphiQL at GET /graphql for a browser (never in production, never Apollo's CDN landing page).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type RunningHub } from '../../src/server/app';
import { neighbourhoodDispute } from '../support/fixtures';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { startTestHub, testConfig, type TestHub } from '../support/test-hub';

const CONSOLE_INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-1234.js"></script></head><body><div id="root"></div><!-- console fixture --></body></html>';
const GRAPHIQL_INDEX = '<!doctype html><html><head><script type="module" src="/graphql/assets/gq-1234.js"></script></head><body><div id="graphiql-app"></div><!-- graphiql fixture --></body></html>';

function webFixture(withBuilds: boolean): string {
  const web = mkdtempSync(join(tmpdir(), 'hub-web-'));
  if (withBuilds) {
    mkdirSync(join(web, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(web, 'dist', 'index.html'), CONSOLE_INDEX);
    writeFileSync(join(web, 'dist', 'assets', 'app-1234.js'), 'console.log("console");');
    mkdirSync(join(web, 'dist-graphiql', 'assets'), { recursive: true });
    writeFileSync(join(web, 'dist-graphiql', 'index.html'), GRAPHIQL_INDEX);
    writeFileSync(join(web, 'dist-graphiql', 'assets', 'gq-1234.js'), 'console.log("graphiql");');
  }
  return web;
}

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function expectSecurityHeaders(res: Response): void {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
}

let t: TestHub;
const base = () => `http://127.0.0.1:${t.hub.port}`;

beforeAll(async () => {
  t = await startTestHub({}, { webDir: webFixture(true) });
});
afterAll(async () => {
  await t?.stop();
});

describe('ErrorResult.errorCode', () => {
  const REGISTER = `mutation Register($input: RegisterDisputeInput!) {
    registerDispute(input: $input) {
      __typename
      ... on Dispute { id code }
      ... on ErrorResult { errorCode message }
      ... on ValidationError { fieldErrors { field code message } }
    }
  }`;

  it('lets one document select Dispute.code and the error code (validates and answers both ways)', async () => {
    const token = await t.login('frontdesk');
    const ok = await t.gql<{ registerDispute: { __typename: string; code?: string } }, Record<string, unknown>>(REGISTER, { input: neighbourhoodDispute() }, token);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.registerDispute.__typename).toBe('Dispute');
    expect(ok.data!.registerDispute.code).toEqual(expect.any(String));

    const bad = neighbourhoodDispute('上海市', { title: 'x' });
    bad.parties[0].idNumber = '110105194912310021'; // wrong check digit
    const refused = await t.gql<
      { registerDispute: { __typename: string; errorCode: string; message: string; fieldErrors: { field: string; code: string; message: string }[] } },
      Record<string, unknown>
    >(REGISTER, { input: bad }, token);
    expect(refused.errors).toBeUndefined();
    const r = refused.data!.registerDispute;
    expect(r).toMatchObject({ __typename: 'ValidationError', errorCode: 'VALIDATION_FAILED' });
    expect(r.fieldErrors.map((f) => [f.field, f.code])).toEqual([
      ['title', 'TOO_SHORT'],
      ['region', 'UNKNOWN_REGION'],
      ['parties.0.idNumber', 'INVALID_ID_NUMBER'],
    ]);
    for (const f of r.fieldErrors) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    expect(r.message).toBe('3 项输入有误');

    // What a client had to do before: `code` on both sides conflicts (String! against ErrorCode!).
    const old = await t.gql(REGISTER.replace('{ errorCode message }', '{ code message }'), { input: bad }, token);
    expect(old.errors?.[0].message).toMatch(/Fields "code" conflict/);
  });

  it('is on every implementation of ErrorResult (login refusal)', async () => {
    const res = await t.gql<{ login: Record<string, string> }, Record<string, never>>(
      'mutation { login(username: "frontdesk", password: "wrong-password") { __typename ... on ErrorResult { errorCode code } } }',
      {},
    );
    expect(res.data!.login).toEqual({ __typename: 'InvalidCredentialsError', errorCode: 'INVALID_CREDENTIALS', code: 'INVALID_CREDENTIALS' });
    const types = await t.gql<{ __type: { possibleTypes: { name: string; fields: { name: string }[] }[] } }, Record<string, never>>(
      '{ __type(name: "ErrorResult") { possibleTypes { name fields { name } } } }',
      {},
    );
    const possible = types.data!.__type.possibleTypes;
    expect(possible.length).toBeGreaterThanOrEqual(6);
    for (const p of possible) expect(p.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['code', 'errorCode', 'message']));
  });
});

describe('enumLabels', () => {
  it('has a Chinese label for every value of every GraphQL enum, for anonymous clients too', async () => {
    const schema = await t.gql<{ __schema: { types: { kind: string; name: string; enumValues: { name: string }[] | null }[] } }, Record<string, never>>(
      '{ __schema { types { kind name enumValues { name } } } }',
      {},
    );
    const enums = schema.data!.__schema.types.filter((x) => x.kind === 'ENUM' && !x.name.startsWith('__'));
    expect(enums.map((e) => e.name)).toEqual(expect.arrayContaining(['DisputeStatus', 'Channel', 'ErrorCode', 'FieldErrorCode']));

    const res = await t.gql<{ enumLabels: { enum: string; value: string; label: string }[] }, Record<string, never>>('{ enumLabels { enum value label } }', {});
    expect(res.errors).toBeUndefined();
    const labels = new Map(res.data!.enumLabels.map((l) => [`${l.enum}.${l.value}`, l.label]));
    const missing = enums.flatMap((e) => e.enumValues!.map((v) => `${e.name}.${v.name}`)).filter((k) => !labels.get(k));
    expect(missing).toEqual([]);
    for (const label of labels.values()) expect(label).toMatch(/[\u4e00-\u9fff]/);
    expect(labels.get('DisputeStatus.AWAITING_ROUTING')).toBe('待分流');
  });

  it('filters by enum name', async () => {
    const res = await t.gql<{ enumLabels: { enum: string; value: string; label: string }[] }, Record<string, never>>('{ enumLabels(enums: ["Channel", "NoSuchEnum"]) { enum value label } }', {});
    expect(new Set(res.data!.enumLabels.map((l) => l.enum))).toEqual(new Set(['Channel']));
    expect(res.data!.enumLabels).toContainEqual({ enum: 'Channel', value: 'MEDIATION', label: '调解' });
  });
});

describe('the console and GraphiQL over HTTP (development)', () => {
  it('serves the console at / with the security headers', async () => {
    const res = await fetch(`${base()}/`, { headers: BROWSER });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expectSecurityHeaders(res);
    expect(await res.text()).toContain('console fixture');
    const asset = await fetch(`${base()}/assets/app-1234.js`);
    expect(asset.status).toBe(200);
    expectSecurityHeaders(asset);
  });

  it('answers a client-side route with index.html, a missing asset with 404', async () => {
    const res = await fetch(`${base()}/disputes/123`, { headers: BROWSER });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('console fixture');
    expectSecurityHeaders(res);
    expect((await fetch(`${base()}/assets/nope-1.js`)).status).toBe(404);
  });

  it('still answers GraphQL POSTs on /graphql, with the security headers', async () => {
    const res = await fetch(`${base()}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    expectSecurityHeaders(res);
  });

  it('serves GraphiQL (not Apollo Sandbox) to a browser at GET /graphql', async () => {
    const res = await fetch(`${base()}/graphql`, { headers: BROWSER });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expectSecurityHeaders(res);
    const html = await res.text();
    expect(html).toContain('graphiql fixture');
    expect(html).not.toMatch(/apollo|embeddable-sandbox|cdn\./i);
    const asset = await fetch(`${base()}/graphql/assets/gq-1234.js`);
    expect(asset.status).toBe(200);
    expect(await asset.text()).toContain('graphiql');
    // A GraphQL GET (a query parameter) and a non-browser client are not the page.
    const get = await fetch(`${base()}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { ...BROWSER, 'apollo-require-preflight': 'true' } });
    expect(await get.text()).not.toContain('graphiql fixture');
    const curl = await fetch(`${base()}/graphql`, { headers: { accept: '*/*' } });
    expect(await curl.text()).not.toContain('graphiql fixture');
  });
});

describe('without builds', () => {
  let bare: TestHub;
  beforeAll(async () => {
    bare = await startTestHub({}, { webDir: webFixture(false) });
  });
  afterAll(async () => {
    await bare?.stop();
  });

  it('explains how to build the console instead of failing', async () => {
    const res = await fetch(`http://127.0.0.1:${bare.hub.port}/`, { headers: BROWSER });
    expect(res.headers.get('content-type')).toMatch(/text\/plain/);
    expect(await res.text()).toContain('npm run build:web');
    expectSecurityHeaders(res);
    const gq = await fetch(`http://127.0.0.1:${bare.hub.port}/graphql`, { headers: BROWSER });
    expect(await gq.text()).toContain('npm run build:graphiql');
  });
});

describe('production', () => {
  let db: TestDatabase;
  let prod: RunningHub;
  beforeAll(async () => {
    db = await createTestDatabase();
    prod = await startHub(
      testConfig({ NODE_ENV: 'production', HUB_SEED_ON_START: 'false', HUB_DEMO_DISPUTES: 'false', ...(db.kind === 'postgres' ? { DATABASE_URL: db.url, DB_POOL_MAX: '2' } : {}) }),
      { embedded: db.embedded ?? undefined, webDir: webFixture(true) },
    );
  });
  afterAll(async () => {
    await prod?.stop();
    await db?.drop();
  });

  it('serves no IDE at GET /graphql, but the console at /', async () => {
    const res = await fetch(`http://127.0.0.1:${prod.port}/graphql`, { headers: BROWSER });
    const body = await res.text();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(body).not.toContain('graphiql fixture');
    expect(body).not.toMatch(/<html|sandbox|graphiql/i);
    expectSecurityHeaders(res);
    expect((await fetch(`http://127.0.0.1:${prod.port}/graphql/assets/gq-1234.js`)).status).not.toBe(200);
    const page = await fetch(`http://127.0.0.1:${prod.port}/disputes/123`, { headers: BROWSER });
    expect(await page.text()).toContain('console fixture');
  });
});
