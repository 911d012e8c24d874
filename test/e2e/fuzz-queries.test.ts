import fc from 'fast-check';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { Channel, DisputeCategory, DisputeStatus, DocumentKind, JudicialConfirmationStatus, ReferralStatus, TypicalCaseStatus } from '../../src/core/enums';
import { DateScalar, DateTimeScalar, DecimalScalar, isCalendarDate } from '../../src/core/scalars';
import { cursorInstant, decodeCursor, encodeCursor } from '../../src/core/pagination';
import { neighbourhoodDispute, procurementComplaint, residentId } from '../support/fixtures';

/** A valid resident ID number for the person search (it need not belong to a party: no match is an answer too). */
const SEARCH_ID = residentId();
import { startTestHub, type TestHub } from '../support/test-hub';

// Property-based fuzzing of EVERY argument-taking query over real HTTP (mutations:
// fuzz-mutations.test.ts), plus the raw HTTP layer and the scalars and cursors themselves.
//
// Each property throws random and malformed arguments at one query — filters,
// page sizes, cursors (real ones, truncated ones, random base64, forged JSON),
// dates, ids, codes, unicode, NUL bytes, huge strings, values of the wrong JSON
// type, invalid enum values — with the token of any role (or none, or a forged one),
// as variables or inlined literals. For every request:
//   1. the response is well-formed JSON with a sane HTTP status;
//   2. no error is INTERNAL_SERVER_ERROR (or has no code);
//   3. reads write nothing to the domain tables (only audit_entry may grow: reads of
//      unmasked personal data are audited);
//   4. the hub still answers a normal query afterwards.
// And: walking a list with the cursors it gives out visits every row exactly once.
//
// Reproduce a failure with FUZZ_SEED=<seed printed in the failure> (FUZZ_RUNS to change the run count).
// FUZZ_STRICT=1 also fails on the known bugs listed in KNOWN_BUGS (tolerated and counted otherwise).

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
fc.configureGlobal({ seed: SEED, numRuns: RUNS });

const NOW = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Beijing
let t: TestHub;

// ---------------------------------------------------------------- HTTP

// Besides the contract's codes: Apollo's own client-error codes for a request it cannot resolve
// (an operationName the document lacks, a persisted-query hash it does not know).
const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const ALLOWED_STATUS = new Set([200, 400, 401, 404, 405, 413, 415, 429]);

interface GqlError {
  message: string;
  extensions?: { code?: string; stacktrace?: string[] } & Record<string, unknown>;
}
interface Raw {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: GqlError[] };
}

const tokens: Record<string, string> = {};
const userIds: Record<string, string> = {};
const USERNAMES = ['frontdesk', 'mediator.fuyang', 'mediator.gongshu', 'adjudicator.fuyang-finance', 'court.liaison', 'reviewer', 'admin', 'head.mediation-fuyang'] as const;
type Username = (typeof USERNAMES)[number];
type Auth = Username | 'ANONYMOUS' | `RAW:${string}`;

function authHeader(auth: Auth): Record<string, string> {
  if (auth === 'ANONYMOUS') return {};
  if (auth.startsWith('RAW:')) return { authorization: auth.slice(4) };
  return { authorization: `Bearer ${tokens[auth]}` };
}

/** Sends any request to the GraphQL endpoint; the body must come back as JSON (property 1). */
async function send(init: { method?: string; body?: string; headers?: Record<string, string>; path?: string }): Promise<Raw> {
  const res = await fetch(t.hub.url + (init.path ?? ''), { method: init.method ?? 'POST', headers: init.headers ?? {}, body: init.body });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`(1) response is not JSON (HTTP ${res.status}, ${res.headers.get('content-type')}): ${text.slice(0, 300)}`);
  }
  return { status: res.status, body: body as Raw['body'] };
}

function post(query: string, variables: Record<string, unknown>, auth: Auth): Promise<Raw> {
  return send({ body: JSON.stringify({ query, variables }), headers: { 'content-type': 'application/json', ...authHeader(auth) } });
}

function describeError(e: GqlError): string {
  const stack = (e.extensions?.stacktrace ?? []).slice(0, 6).join('\n      ');
  return `${e.extensions?.code ?? '(no code)'}: ${e.message}${stack ? `\n      ${stack}` : ''}`;
}

/**
 * Confirmed bugs outside this suite's remit (reported, not fixed here):
 * - a NUL character written as an escape inside a string literal of the document
 *   ("\u0000", "\u{0}") gets past the edge check of app.ts (which scans the raw body
 *   and variables only; the GraphQL parser decodes the escape later), reaches PostgreSQL,
 *   which cannot hold it in text ("invalid byte sequence for encoding UTF8: 0x00";
 *   PGlite: "invalid message format"): INTERNAL_SERVER_ERROR. Each entry names the query
 *   and the failing statement, so that any other internal error still fails the property;
 * - a request body the body parser refuses for its charset or content encoding is
 *   answered 400/415 with extensions.code INTERNAL_SERVER_ERROR (app.ts error handler).
 * - a subscription operation sent over HTTP is executed like a query: its fields'
 *   resolvers get no event and return null for a non-null field, INTERNAL_SERVER_ERROR
 *   (for any caller, signed in or not) instead of a 400 saying subscriptions need WebSocket.
 * Tolerated (and counted) unless FUZZ_STRICT=1; see the it.failing repros below.
 */
const KNOWN_BUGS: { id: string; fields: string[]; error: RegExp }[] = [
  { id: 'nul-disputes-region-search', fields: ['disputes', 'disputeStatusCounts'], error: /from "dispute"/ },
  { id: 'nul-disputeByCode', fields: ['disputeByCode'], error: /from "dispute"/ },
  { id: 'nul-matter-code', fields: ['matter'], error: /from "matter"/ },
  { id: 'nul-organizations-region', fields: ['organizations'], error: /from "organization"/ },
  { id: 'nul-auditLog-action-targetId', fields: ['auditLog'], error: /from "audit_entry"/ },
];
const NUL_FAILURE = /invalid message format|invalid byte sequence for encoding "UTF8": 0x00/;
// The bugs below are fixed (storableLiteralsRule, the subscription guard, body-parser refusals): strict by default.
const STRICT = process.env.FUZZ_STRICT !== '0';

const SENT_NUL_ESCAPE = /\\u0000|\\u\{0+\}/;

/** Properties (1) and (2); returns the known bug the response shows, if any. `oddBody`: the body parser may refuse the request's charset or encoding. */
function assertSane(r: Raw, field = '', sent = '', oddBody = false): string | null {
  if (!ALLOWED_STATUS.has(r.status)) throw new Error(`(1) HTTP ${r.status}: ${JSON.stringify(r.body).slice(0, 500)}`);
  if (r.body === null || typeof r.body !== 'object' || Array.isArray(r.body)) throw new Error(`(1) body is not an object: ${JSON.stringify(r.body).slice(0, 300)}`);
  let known: string | null = null;
  if (r.body.errors !== undefined) {
    if (!Array.isArray(r.body.errors) || r.body.errors.length === 0) throw new Error(`(1) malformed errors: ${JSON.stringify(r.body.errors)}`);
    for (const e of r.body.errors) {
      if (typeof e?.message !== 'string') throw new Error(`(1) error without message: ${JSON.stringify(e)}`);
      const code = e.extensions?.code;
      if (typeof code === 'string' && ALLOWED_CODES.has(code)) continue;
      if (!STRICT && oddBody && code === 'INTERNAL_SERVER_ERROR' && (r.status === 400 || r.status === 415) && e.message === 'Internal server error') {
        known = 'body-parser-refusal-as-internal';
        continue;
      }
      if (!STRICT && code === 'INTERNAL_SERVER_ERROR' && /subscription/i.test(sent) && /^Cannot return null for non-nullable field Subscription\./.test(e.message)) {
        known = 'subscription-over-http';
        continue;
      }
      const bug =
        !STRICT && code === 'INTERNAL_SERVER_ERROR' && SENT_NUL_ESCAPE.test(sent) && NUL_FAILURE.test(e.message)
          ? KNOWN_BUGS.find((k) => k.fields.includes(field) && k.error.test(e.message))
          : undefined;
      if (!bug) throw new Error(`(2) ${describeError(e)}`);
      known = bug.id;
    }
  } else if (r.body.data === null || typeof r.body.data !== 'object') {
    throw new Error(`(1) neither data nor errors: ${JSON.stringify(r.body).slice(0, 300)}`);
  }
  return known;
}

/** Property (4). */
async function assertAlive(): Promise<void> {
  const r = await post('{ organizations(channel: MEDIATION) { id } holidayCalendar(year: 2026) { year } }', {}, 'frontdesk');
  assertSane(r);
  if (r.status !== 200 || r.body.errors || !(r.body.data?.organizations as unknown[])?.length) throw new Error(`(4) the hub no longer answers: ${JSON.stringify(r.body).slice(0, 300)}`);
}

// ---------------------------------------------------------------- database: reads write nothing

const TABLES = [
  'dispute',
  'party',
  'referral',
  'proceeding',
  'deadline',
  'dispute_event',
  'dispute_access',
  'judicial_confirmation',
  'extension',
  'proceeding_pause',
  'holiday_calendar',
  // Case files (#15) and typical cases (#16).
  'stored_file',
  'stored_file_content',
  'material_item',
  'legal_document',
  'document_series',
  'document_template',
  'document_number_prefix',
  'document_service',
  'service_address_confirmation',
  'typical_case',
  // Case-file review (#16): reading a campaign or downloading its report writes nothing but its audit entry.
  'review_checklist',
  'review_campaign',
  'review_file',
  'review_score',
];
const FINGERPRINT_SQL = `select ${TABLES.map((tb) => `(select count(*) from ${tb})::int as ${tb}`).join(', ')},
  (select md5(coalesce(string_agg(id::text || status || version, ',' order by id), '')) from dispute) as dispute_state,
  (select md5(coalesce(string_agg(id::text || open::text || due_on::text, ',' order by id), '')) from deadline) as deadline_state`;

async function sql<R>(query: string, params: unknown[] = []): Promise<R[]> {
  return t.hub.orm.em.fork().getConnection().execute<R[]>(query, params);
}
async function fingerprint(): Promise<string> {
  return JSON.stringify((await sql<Record<string, unknown>>(FINGERPRINT_SQL))[0]);
}

// ---------------------------------------------------------------- input arbitraries

const NASTY = [
  '',
  ' ',
  '\u3000',
  '\u0000',
  'a\u0000b',
  '\u0007',
  '\u001b[31mred',
  '\u007f',
  '\r\n',
  '\u202Eevil\u202C',
  '\u200B',
  '\uFEFF',
  '\uD800',
  'x\uDFFFy',
  '😀',
  '👨‍👩‍👧‍👦'.repeat(20),
  'e\u0301',
  "' or 1=1 --",
  "'; drop table dispute; --",
  '\\',
  '%',
  '_',
  '%_%',
  '\\%',
  '$1',
  '?',
  ':id',
  '${x}',
  '<script>alert(1)</script>',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e10',
  '１２',
  '__proto__',
  'constructor',
  'HZ2026-000001',
  'hz2026-000001',
  ' HZ2026-000001 ',
  'x'.repeat(101),
  '中'.repeat(60),
];
const HUGE = ['x'.repeat(100_000), '中'.repeat(30_000), '😀'.repeat(20_000), 'a\u0000'.repeat(20_000)];
const POISON = ['\u0000', '\u0000', '\u0000', '\u0000', '\u0000', '\u0001', '\u001f', '\u007f', '\u202E', '\uD800', '\uDFFF', '\uFEFF', '\u2028', '%', '_', '\\', "'"];

const randomText = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary-ascii', maxLength: 30 }));
function poisoned(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(valid, fc.constantFrom(...POISON), fc.nat()).map(([v, c, at]) => {
    const i = at % (v.length + 1);
    return v.slice(0, i) + c + v.slice(i);
  });
}
const garbage: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: randomText },
  { weight: 2, arbitrary: poisoned(randomText) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
);
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
/** Mostly valid, else malformed; sometimes left out or null. `rare`: malformed seldom (for one of many fields). */
function pick(valid: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>, optional = true, rare = false): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: rare ? 10 : 5, arbitrary: valid },
    { weight: rare ? 1 : 3, arbitrary: rare ? fc.oneof({ weight: 4, arbitrary: bad }, { weight: 1, arbitrary: wrongType }) : bad },
    ...(rare ? [] : [{ weight: 1, arbitrary: wrongType }]),
    ...(optional
      ? [
          { weight: rare ? 8 : 2, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constant(null) },
        ]
      : [{ weight: 1, arbitrary: fc.constant(null) }]),
  );
}
function enumish(values: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom(...values).map((v) => v.toLowerCase()) },
    { weight: 1, arbitrary: poisoned(fc.constantFrom(...values)) },
    { weight: 1, arbitrary: garbage },
  );
}
function listOf(values: readonly string[], rare = false): fc.Arbitrary<unknown> {
  return pick(
    fc.uniqueArray(fc.constantFrom(...values), { maxLength: 4 }),
    fc.oneof(fc.array(enumish(values), { maxLength: 4 }), fc.constant(Array.from({ length: 1000 }, () => values[0])), enumish(values)),
    true,
    rare,
  );
}
function idOf(valid: () => string[], rare = false): fc.Arbitrary<unknown> {
  const pool = fc.constant(null).chain(() => {
    const ids = valid();
    return ids.length ? fc.constantFrom(...ids) : fc.uuid();
  });
  return pick(
    pool,
    fc.oneof(
      { weight: 3, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: pool.map((s) => s.toUpperCase()) },
      { weight: 1, arbitrary: pool.map((s) => ` ${s} `) },
      { weight: 1, arbitrary: pool.map((s) => `${s}' or 1=1 --`) },
      { weight: 1, arbitrary: pool.map((s) => s.slice(0, -1)) },
      { weight: 1, arbitrary: pool.map((s) => `{${s}}`) },
      { weight: 2, arbitrary: poisoned(pool) },
      { weight: 1, arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz') },
      { weight: 2, arbitrary: garbage },
      { weight: 1, arbitrary: fc.integer() },
    ),
    true,
    rare,
  );
}
const intish: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 120 }),
  fc.integer(),
  fc.constantFrom(0, -1, 100, 101, 2147483647, -2147483648, 2147483648, -2147483649, 2 ** 53, 1.5, -0, 1e308, '1', '0x10'),
);
const pageSize = pick(fc.integer({ min: 0, max: 25 }), intish);
const pageSizeRare = pick(fc.integer({ min: 0, max: 25 }), intish, true, true);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const validDate = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2999, 11, 31) }).map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));
const BAD_DATES = [
  '2026-02-30',
  '2026-02-29',
  '2025-13-01',
  '2025-00-10',
  '2025-01-00',
  '2025-04-31',
  '99999-01-01',
  '',
  '0000-01-01',
  '1899-12-31',
  '3000-01-01',
  '2026-3-2',
  '20260302',
  '2026/03/02',
  '2026-03-02T00:00:00Z',
  '2026-03-02T00:00:00.000+08:00',
  '2026-02-30T00:00:00Z',
  '2026-03-02 ',
  '２０２６-０３-０２',
  '2026-03-02\u0000',
  '+002026-03-02',
  '-271821-04-20',
  'today',
];
const dateArg = pick(
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('2026-03-02', '2026-03-01', '2026-01-01', '2026-02-28', '2026-10-08', '2024-02-29', '2036-02-29', '2999-12-31', '2999-01-01', '1900-01-01', '1900-12-31') },
    { weight: 1, arbitrary: validDate },
  ),
  fc.oneof(fc.constantFrom(...BAD_DATES), garbage, fc.integer()),
  false,
);

/** Cursors: real ones this list gave out, damaged ones, random base64, forged JSON of every shape. */
function cursorOf(kind: string, real: () => string[], rare = false): fc.Arbitrary<unknown> {
  const pool = fc.constant(null).chain(() => {
    const c = real();
    return c.length ? fc.constantFrom(...c) : fc.constant(encodeCursor(kind, ['x']));
  });
  const forgedParts = fc.oneof(
    fc.tuple(
      fc.constantFrom(
        '2026-03-02T02:00:00.000Z',
        '0001-01-01T00:00:00.000Z',
        '9999-12-31T23:59:59.999Z',
        '1970-01-01T00:00:00.000Z',
        '2026-02-30T00:00:00.000Z',
        '0000-01-01T00:00:00.000Z',
        '+275760-09-13T00:00:00.000Z',
        '2026-03-02T02:00:00Z',
        '2026-03-02',
        'x',
      ),
      fc.oneof(fc.uuid(), garbage),
    ),
    fc.tuple(fc.constantFrom('0', '1', '999999999999999999', '9999999999999999999', '99999999999999999999', '-1', '1e3', '0x10', ' 1', '1\u0000')),
    fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null), fc.double()), { maxLength: 4 }),
  );
  return pick(
    pool,
    fc.oneof(
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom(kind, kind, 'd', 'r', 'ev', 'audit', 'x', ''), forgedParts)
          .map(([k, parts]) => Buffer.from(JSON.stringify([k, ...(parts as unknown[])])).toString('base64url')),
      },
      { weight: 2, arbitrary: fc.tuple(pool, fc.nat()).map(([c, n]) => c.slice(0, n % (c.length + 1))) },
      { weight: 1, arbitrary: fc.tuple(pool, fc.nat(), fc.constantFrom('A', '_', '-', '=', '+', '/', '\u0000')).map(([c, n, ch]) => c.slice(0, n % c.length) + ch + c.slice((n % c.length) + 1)) },
      { weight: 1, arbitrary: pool.map((c) => Buffer.from(c, 'base64url').toString('base64')) },
      { weight: 2, arbitrary: fc.uint8Array({ maxLength: 120 }).map((b) => Buffer.from(b).toString('base64url')) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v) ?? 'null').toString('base64url')) },
      { weight: 1, arbitrary: fc.constantFrom('A'.repeat(201), 'A'.repeat(200), Buffer.from('{"__proto__":1}').toString('base64url'), Buffer.from(`["${kind}"`).toString('base64url')) },
      { weight: 2, arbitrary: garbage },
    ),
    true,
    rare,
  );
}

// ---------------------------------------------------------------- generic query properties

const ENUM_TYPES = new Set([
  'Channel',
  'DisputeCategory',
  'DisputeStatus',
  'ReferralStatus',
  'JudicialConfirmationStatus',
  'DocumentKind',
  'TypicalCaseStatus',
  'FollowUpStatus',
  'ReviewCampaignStatus',
  'ReviewReportFormat',
]);
const INPUT_FIELDS: Record<string, Record<string, string>> = {
  DisputeFilter: {
    status: '[DisputeStatus!]',
    category: '[DisputeCategory!]',
    channel: 'Channel',
    judicialConfirmationStatus: '[JudicialConfirmationStatus!]',
    overdue: 'Boolean',
    receivedFrom: 'Date',
    receivedTo: 'Date',
  },
  StatisticsFilter: { channel: 'Channel', from: 'Date!', to: 'Date!' },
};
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
function literal(v: unknown, type: string): string {
  if (v === null || v === undefined) return 'null';
  const named = type.replace(/[[\]!]/g, '');
  if (Array.isArray(v)) return `[${v.map((x) => literal(x, type.replace(/!$/, '').replace(/^\[(.*)\]$/, '$1'))).join(', ')}]`;
  if (typeof v === 'string') return ENUM_TYPES.has(named) && NAME.test(v) && !['true', 'false', 'null'].includes(v) ? v : JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  const fields = INPUT_FIELDS[named] ?? {};
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  return `{${entries.map(([k, x]) => `${NAME.test(k) ? k : JSON.stringify(k)}: ${literal(x, fields[k] ?? 'String')}`).join(', ')}}`;
}

interface QueryArg {
  name: string;
  type: string;
  arb: fc.Arbitrary<unknown>;
}
interface QuerySpec {
  field: string;
  args: QueryArg[];
  selection: string;
  auth: fc.Arbitrary<Auth>;
  /** Extra variables (for nested fields), declared with their types. */
  nested?: QueryArg[];
  /** Related valid argument values, mixed in with the independently drawn ones. */
  together?: fc.Arbitrary<unknown[]>;
}

const outcomes: Record<string, Record<string, number>> = {};
function tally(op: string, what: string) {
  outcomes[op] ??= {};
  outcomes[op][what] = (outcomes[op][what] ?? 0) + 1;
}

async function runQuery(spec: QuerySpec, values: unknown[], nestedValues: unknown[], inline: boolean, auth: Auth): Promise<void> {
  const present = spec.args.map((a, i) => [a, values[i]] as const).filter(([, v]) => v !== undefined);
  const nested = (spec.nested ?? []).map((a, i) => [a, nestedValues[i]] as const);
  let query: string;
  let variables: Record<string, unknown> = {};
  if (inline) {
    const list = present.length ? `(${present.map(([a, v]) => `${a.name}: ${literal(v, a.type)}`).join(', ')})` : '';
    let selection = spec.selection;
    for (const [a, v] of nested) selection = selection.replace(`$${a.name}`, literal(v ?? null, a.type));
    query = `query { ${spec.field}${list} ${selection} }`;
  } else {
    const all = [...present, ...nested];
    const decl = all.length ? `(${all.map(([a]) => `$${a.name}: ${a.type}`).join(', ')})` : '';
    const list = present.length ? `(${present.map(([a]) => `${a.name}: $${a.name}`).join(', ')})` : '';
    query = `query Fuzz${decl} { ${spec.field}${list} ${spec.selection} }`;
    variables = Object.fromEntries(all.filter(([, v]) => v !== undefined).map(([a, v]) => [a.name, v]));
  }
  const before = await fingerprint();
  const r = await post(query, variables, auth);
  const known = assertSane(r, spec.field, JSON.stringify({ query, variables }));
  tally(spec.field, known ? `KNOWN_BUG:${known}` : (r.body.errors?.[0]?.extensions?.code ?? (r.body.data?.[spec.field] === null ? 'null' : 'data')));
  const after = await fingerprint();
  if (after !== before) throw new Error(`(3) the query ${spec.field} wrote to the database: ${before} -> ${after}`);
  await assertAlive();
}

async function fuzz(spec: QuerySpec, runs = RUNS): Promise<void> {
  const independent = fc.tuple(...spec.args.map((a) => a.arb));
  const arb = fc.record({
    values: spec.together ? fc.oneof(independent, spec.together) : independent,
    nested: fc.tuple(...(spec.nested ?? []).map((a) => a.arb)),
    inline: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
    auth: spec.auth,
  });
  try {
    await fc.assert(
      fc.asyncProperty(arb, (s) => runQuery(spec, s.values, s.nested, s.inline, s.auth)),
      { numRuns: runs },
    );
  } catch (e) {
    const err = e as Error;
    err.message = `fuzz seed ${SEED} (rerun: FUZZ_SEED=${SEED} npm test -- test/e2e/fuzz-queries.test.ts)\n${err.message}`;
    throw err;
  }
}

// ---------------------------------------------------------------- the world

const W = {
  disputes: [] as string[],
  codes: [] as string[],
  orgIds: [] as string[],
  matterCodes: [] as string[],
  disputeCursors: [] as string[],
  referralCursors: [] as string[],
  eventCursors: [] as string[],
  auditCursors: [] as string[],
  auditActions: [] as string[],
  typicalCases: [] as string[],
  typicalCaseCursors: [] as string[],
  followUpCursors: [] as string[],
  publishedCursors: [] as string[],
  reviewCampaigns: [] as string[],
  reviewFiles: [] as string[],
};

async function call<T>(query: string, variables: Record<string, unknown>, who: Username): Promise<T> {
  const r = await post(query, variables, who);
  if (r.body.errors || !r.body.data) throw new Error(`world: ${JSON.stringify(r.body.errors ?? r.body)}`);
  const v = Object.values(r.body.data)[0] as T & { __typename?: string };
  if (v && typeof v === 'object' && v.__typename?.endsWith('Error')) throw new Error(`world: ${JSON.stringify(v)}`);
  return v;
}

async function buildWorld(): Promise<void> {
  for (const u of USERNAMES) {
    tokens[u] = await t.login(u);
    userIds[u] = (await call<{ id: string }>('{ me { id } }', {}, u)).id;
  }
  const orgs = await call<{ id: string; name: string }[]>('{ organizations { id name } }', {}, 'frontdesk');
  const org = Object.fromEntries(orgs.map((o) => [o.name, o.id]));
  W.orgIds = orgs.map((o) => o.id);
  W.matterCodes = (await call<{ code: string }[]>('{ matters { code } }', {}, 'frontdesk')).map((m) => m.code);
  const REGISTER = 'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on ErrorResult { message } ... on Dispute { id code } } }';
  const REFER = 'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on ErrorResult { message } ... on Referral { id } } }';
  for (let i = 0; i < 10; i++) {
    const input = i % 3 === 0 ? procurementComplaint() : neighbourhoodDispute(i % 2 ? '富阳区' : '西湖区');
    const d = await call<{ id: string; code: string }>(REGISTER, { input }, 'frontdesk');
    W.disputes.push(d.id);
    W.codes.push(d.code);
    if (i % 3 === 1) {
      const r = await call<{ id: string }>(
        REFER,
        { input: { disputeId: d.id, toOrganizationId: org['富阳区人民调解委员会'], channel: 'MEDIATION', kind: 'TRANSFER', reason: '属人民调解范围' } },
        'frontdesk',
      );
      if (i === 4) {
        const p = await call<{ proceeding: { id: string } }>('mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on Referral { proceeding { id } } } }', { id: r.id }, 'mediator.fuyang');
        await call(
          'mutation($input: ConcludeProceedingInput!) { concludeProceeding(input: $input) { __typename } }',
          { input: { proceedingId: p.proceeding.id, outcome: 'AGREEMENT', summary: '达成协议' } },
          'mediator.fuyang',
        );
        await call('mutation($p: ID!, $c: ID!) { requestJudicialConfirmation(proceedingId: $p, courtId: $c) { __typename } }', { p: p.proceeding.id, c: org['杭州市中级人民法院'] }, 'mediator.fuyang');
      }
    }
  }
  // Case files (#15): an upload, a checklist item, the 告知书 and a 送达地址确认书 of the complaint the center holds (i = 0),
  // so that the dispute's new fields have something to show (or to mask).
  const complaint = W.disputes[0];
  const form = new FormData();
  form.append('disputeId', complaint);
  form.append('file', new Blob(['%PDF-1.4\n% fuzz-queries\n%%EOF\n'], { type: 'application/pdf' }), '投诉书.pdf');
  const uploaded = await fetch(new URL('/files', t.hub.url), { method: 'POST', headers: authHeader('frontdesk'), body: form });
  const file = ((await uploaded.json()) as { id: string }).id;
  const ERR = '__typename ... on ErrorResult { message }';
  await call(
    `mutation($i: RecordMaterialInput!) { recordMaterial(input: $i) { ${ERR} } }`,
    { i: { disputeId: complaint, name: '投诉书正本及副本', status: 'RECEIVED', receipt: 'FILE', fileIds: [file] } },
    'frontdesk',
  );
  await call(`mutation($i: IssueDocumentInput!) { issueDocument(input: $i) { ${ERR} } }`, { i: { disputeId: complaint, kind: 'NOTICE_OF_RIGHTS' } }, 'frontdesk');
  const applicant = (await call<{ parties: { id: string }[] }>('query($id: ID!) { dispute(id: $id) { parties { id } } }', { id: complaint }, 'frontdesk')).parties[0].id;
  await call(
    `mutation($i: RecordServiceAddressInput!) { recordServiceAddress(input: $i) { ${ERR} } }`,
    { i: { partyId: applicant, electronicConsent: true, electronicAddress: 'complainant@example.cn', fileId: file } },
    'frontdesk',
  );
  // Typical cases (#16): the mediation concluded above (i = 4) drafted by 富阳区人民调解委员会, submitted and published by its head.
  const drafted = await call<{ id: string; version: number }>(
    `mutation($i: DraftTypicalCaseInput!) { draftTypicalCase(input: $i) { ${ERR} ... on TypicalCase { id version } } }`,
    {
      i: {
        disputeId: W.disputes[4],
        title: '相邻通行纠纷调解案',
        sections: { facts: '双方系邻居，因院落通道使用发生争执。', outcome: '经调解，双方达成协议，通道恢复通行。', significance: '本案体现了人民调解就地化解矛盾的作用。' },
      },
    },
    'mediator.fuyang',
  );
  await call(`mutation($id: ID!) { submitTypicalCase(id: $id) { ${ERR} } }`, { id: drafted.id }, 'mediator.fuyang');
  await call(`mutation($id: ID!) { approveTypicalCase(id: $id) { ${ERR} } }`, { id: drafted.id }, 'head.mediation-fuyang');
  W.typicalCases.push(drafted.id);
  W.typicalCaseCursors = (await call<{ edges: { cursor: string }[] }>('{ typicalCases(first: 5) { edges { cursor } } }', {}, 'mediator.fuyang')).edges.map((e) => e.cursor);
  // Follow-ups (#17): the agreement above (i = 4) is followed up by 富阳区人民调解委员会.
  W.followUpCursors = (await call<{ edges: { cursor: string }[] }>('{ followUps(first: 5, status: [OPEN, VISITED, UNREACHABLE, CANCELLED]) { edges { cursor } } }', {}, 'mediator.fuyang')).edges.map(
    (e) => e.cursor,
  );
  W.publishedCursors = (await call<{ edges: { cursor: string }[] }>('{ publishedTypicalCases(first: 5) { edges { cursor } } }', {}, 'frontdesk')).edges.map((e) => e.cursor);
  // Case-file review (#16): 富阳区人民调解委员会's head inspects its concluded mediations (started: files with their checks).
  const fuyangMediation = (await call<{ id: string; name: string }[]>('{ organizations { id name } }', {}, 'frontdesk')).find((o) => o.name === '富阳区人民调解委员会')!.id;
  const head = await call<{ id: string }>('{ me { id } }', {}, 'head.mediation-fuyang');
  const campaign = await call<{ id: string }>(
    `mutation($i: CreateReviewCampaignInput!) { createReviewCampaign(input: $i) { ${ERR} ... on ReviewCampaign { id } } }`,
    { i: { kind: 'SELF_INSPECTION', organizationId: fuyangMediation, reviewerIds: [head.id] } },
    'head.mediation-fuyang',
  );
  const started = await call<{ id: string; files: { id: string }[] }>(
    `mutation($id: ID!) { startReviewCampaign(id: $id) { ${ERR} ... on ReviewCampaign { id files { id } } } }`,
    { id: campaign.id },
    'head.mediation-fuyang',
  );
  W.reviewCampaigns.push(started.id);
  W.reviewFiles.push(...started.files.map((f) => f.id));

  // Real cursors of every list, from small pages.
  let after: string | null = null;
  do {
    const page: { edges: { cursor: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = await call(
      'query($after: String) { disputes(first: 3, after: $after) { edges { cursor } pageInfo { endCursor hasNextPage } } }',
      { after },
      'frontdesk',
    );
    W.disputeCursors.push(...page.edges.map((e) => e.cursor));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  const inbox = await call<{ edges: { cursor: string }[] }>('{ referralInbox(first: 10) { edges { cursor } } }', {}, 'mediator.fuyang');
  W.referralCursors = inbox.edges.map((e) => e.cursor);
  const d = await call<{ events: { edges: { cursor: string }[] } }>('query($id: ID!) { dispute(id: $id) { events(first: 10) { edges { cursor } } } }', { id: W.disputes[4] }, 'frontdesk');
  W.eventCursors = d.events.edges.map((e) => e.cursor);
  const audit = await call<{ nodes: { action: string }[]; pageInfo: { startCursor: string; endCursor: string } }>(
    '{ auditLog(first: 30) { nodes { action } pageInfo { startCursor endCursor } } }',
    {},
    'admin',
  );
  W.auditCursors = [audit.pageInfo.startCursor, audit.pageInfo.endCursor];
  W.auditActions = [...new Set(audit.nodes.map((n) => n.action))];
}

beforeAll(async () => {
  const started = Date.now();
  t = await startTestHub({}, { now: () => NOW });
  const hubReady = Date.now();
  await buildWorld();
  // eslint-disable-next-line no-console
  console.log(`fuzz-queries: hub up in ${hubReady - started} ms, world built in ${Date.now() - hubReady} ms`);
}, 180_000);

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(
    `fuzz-queries: seed ${SEED}, ${RUNS} runs per property; outcomes per query:\n${Object.entries(outcomes)
      .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
      .join('\n')}`,
  );
  await t?.stop();
});

function anyAuth(): fc.Arbitrary<Auth> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom<Auth>(...USERNAMES) },
    { weight: 1, arbitrary: fc.constantFrom<Auth>('ANONYMOUS', 'RAW:Bearer garbage', 'RAW:Bearer ', 'RAW:Basic YWRtaW46ZGVtby1wYXNzd29yZA==', `RAW:Bearer ${'a'.repeat(5000)}`) },
    {
      weight: 1,
      arbitrary: fc
        .constant(null)
        .map(
          (): Auth =>
            `RAW:Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: userIds.admin, iss: 'dispute-hub', aud: 'dispute-hub-api', iat: 1, exp: 4102444800 })).toString('base64url')}.`,
        ),
    },
  );
}

// Each field mostly valid or left out, sometimes malformed: most filters get past validation.
const FILTER = fc.record(
  {
    status: listOf(Object.values(DisputeStatus), true),
    category: listOf(Object.values(DisputeCategory), true),
    channel: pick(fc.constantFrom(...Object.values(Channel)), enumish(Object.values(Channel)), true, true),
    organizationId: idOf(() => W.orgIds, true),
    region: pick(fc.constantFrom('富阳区', '西湖区', '杭州市', ' 富阳区'), garbage, true, true),
    overdue: pick(fc.boolean(), fc.constantFrom('true', 1, 0), true, true),
    search: pick(
      fc.oneof(
        fc.constantFrom('纠纷', '相邻', 'HZ2026', '李四', '某', '%', '_', '\\', "'"),
        fc.constant(null).chain(() => fc.constantFrom(...W.codes)),
      ),
      fc.oneof(garbage, poisoned(fc.constantFrom('纠纷', '李四')), fc.constant('x'.repeat(101)), fc.constant(` ${'x'.repeat(100)} `)),
      true,
      true,
    ),
    receivedFrom: pick(dateArg, dateArg, true, true),
    receivedTo: pick(dateArg, dateArg, true, true),
    referredByOrganizationId: idOf(() => W.orgIds, true),
    judicialConfirmationStatus: listOf(Object.values(JudicialConfirmationStatus), true),
  },
  { requiredKeys: [] },
);

const DISPUTE_FIELDS = `id code status version amount occurredOn region receivedAt closedAt applicationData
  parties { role name idType idNumber phone address } currentOrganization { name } matter { code }
  referrals { status responseDeadline { dueOn state } } proceedings { status handlingDeadline { dueOn state } judicialConfirmation { status } }
  nextDeadline { kind dueOn state remaining provisional } deadlines { kind dueOn state }`;
/** The case file of a dispute (#15): files, checklist, documents, service records (content masked as the dispute is). */
const CASE_FILE_FIELDS = `files { id origin contentType size sha256 fileName downloadPath } materials { name status receipt remark version files { id fileName } }
  rightsNotice { number acknowledgedAt text } documents { kind number status version text servedToAll pdf { size fileName downloadPath } recipients { name }
    services { method completedOn signerName trackingNumber evidence { kind } } serviceDeadline { dueOn state } }
  parties { serviceAddress { electronicConsent electronicAddress postalAddress file { id } } } proceedings { documents { number } decisionDocument { number } }
  proceedings { handlers { userId lead legalProfession user { username } qualifications { kind certificateNumber issuedOn } } complianceIssues { code message } }
  proceedings { expertFields { code name } expertDraws { id status seed candidateIds exclusions { expertId reasons expert { name phone } } seats { status expert { name phone } } challenges { reasons } opinionFile { id } } }`;
const EVENTS = `events(first: $eventsFirst, after: $eventsAfter) { edges { cursor node { type summary at data actor { username } deadline { dueOn } } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }`;
const EVENT_ARGS = (): QueryArg[] => [
  { name: 'eventsFirst', type: 'Int', arb: pageSizeRare },
  { name: 'eventsAfter', type: 'String', arb: cursorOf('ev', () => W.eventCursors, true) },
];

function specs(): Record<string, QuerySpec> {
  return {
    disputes: {
      field: 'disputes',
      args: [
        { name: 'filter', type: 'DisputeFilter', arb: pick(FILTER, wrongType, true, true) },
        { name: 'first', type: 'Int', arb: pageSizeRare },
        { name: 'after', type: 'String', arb: cursorOf('d', () => W.disputeCursors) },
      ],
      selection: `{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${DISPUTE_FIELDS} ${EVENTS} } } }`,
      nested: EVENT_ARGS(),
      auth: anyAuth(),
    },
    disputeStatusCounts: {
      field: 'disputeStatusCounts',
      args: [{ name: 'filter', type: 'DisputeFilter', arb: pick(FILTER, wrongType) }],
      selection: '{ status count }',
      auth: anyAuth(),
    },
    referralInbox: {
      field: 'referralInbox',
      args: [
        { name: 'status', type: '[ReferralStatus!]', arb: listOf(Object.values(ReferralStatus)) },
        { name: 'first', type: 'Int', arb: pageSize },
        { name: 'after', type: 'String', arb: cursorOf('r', () => W.referralCursors) },
      ],
      selection:
        '{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status kind dispute { code } responseDeadline { dueOn state } proceeding { status } fromOrganization { name } } } }',
      auth: anyAuth(),
    },
    dispute: {
      field: 'dispute',
      args: [{ name: 'id', type: 'ID!', arb: idOf(() => W.disputes) }],
      selection: `{ ${DISPUTE_FIELDS} ${CASE_FILE_FIELDS} ${EVENTS} }`,
      nested: EVENT_ARGS(),
      auth: anyAuth(),
    },
    disputeByCode: {
      field: 'disputeByCode',
      args: [
        {
          name: 'code',
          type: 'String!',
          arb: pick(
            fc.constant(null).chain(() => fc.constantFrom(...W.codes)),
            fc.oneof(
              garbage,
              poisoned(fc.constant(null).chain(() => fc.constantFrom(...W.codes))),
              fc.constant(null).chain(() => fc.constantFrom(...W.codes).map((c) => ` ${c.toLowerCase()} `)),
            ),
            false,
          ),
        },
      ],
      selection: '{ id code status parties { name idNumber } }',
      auth: anyAuth(),
    },
    routeSuggestions: {
      field: 'routeSuggestions',
      args: [{ name: 'disputeId', type: 'ID!', arb: idOf(() => W.disputes) }],
      selection: '{ organization { id name } channel matter { code } reason score }',
      auth: anyAuth(),
    },
    addWorkingDays: {
      field: 'addWorkingDays',
      args: [
        { name: 'from', type: 'Date!', arb: dateArg },
        { name: 'days', type: 'Int!', arb: pick(fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 3650 }), fc.constantFrom(3650, 3651)), intish, false) },
      ],
      selection: '',
      auth: anyAuth(),
    },
    workingDaysBetween: {
      field: 'workingDaysBetween',
      args: [
        { name: 'from', type: 'Date!', arb: dateArg },
        { name: 'to', type: 'Date!', arb: dateArg },
      ],
      // A span of 0..3,651 days inside 1900..2999 (3,650 is the most allowed).
      together: fc
        .tuple(fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2999, 11, 31) / 86_400_000 }), fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3651 })))
        .map(([day, span]) => {
          const to = Math.min(day + span, Date.UTC(2999, 11, 31) / 86_400_000);
          return [new Date(day * 86_400_000).toISOString().slice(0, 10), new Date(to * 86_400_000).toISOString().slice(0, 10)];
        }),
      selection: '',
      auth: anyAuth(),
    },
    holidayCalendar: {
      field: 'holidayCalendar',
      args: [{ name: 'year', type: 'Int!', arb: pick(fc.oneof(fc.integer({ min: 1900, max: 2999 }), fc.constantFrom(1899, 1900, 2026, 2027, 2999, 3000)), intish, false) }],
      selection: '{ year official source holidays makeUpWorkdays }',
      auth: anyAuth(),
    },
    matter: {
      field: 'matter',
      args: [
        {
          name: 'code',
          type: 'String!',
          arb: pick(
            fc.constant(null).chain(() => fc.constantFrom(...W.matterCodes)),
            fc.oneof(garbage, poisoned(fc.constant(null).chain(() => fc.constantFrom(...W.matterCodes)))),
            false,
          ),
        },
      ],
      selection: '{ code name channel authority { name } authorities(region: $region) { name region } handlingTimeLimit { amount unit } applicationForm { fields { key type required options } } }',
      nested: [{ name: 'region', type: 'String', arb: pick(fc.constantFrom('富阳区', '杭州市', '桐庐县'), garbage) }],
      auth: anyAuth(),
    },
    matters: {
      field: 'matters',
      args: [{ name: 'channel', type: 'Channel', arb: pick(fc.constantFrom(...Object.values(Channel)), enumish(Object.values(Channel))) }],
      selection: '{ code authorities { name } }',
      auth: anyAuth(),
    },
    organizations: {
      field: 'organizations',
      args: [
        { name: 'channel', type: 'Channel', arb: pick(fc.constantFrom(...Object.values(Channel)), enumish(Object.values(Channel))) },
        { name: 'region', type: 'String', arb: pick(fc.constantFrom('富阳区', '杭州市', '桐庐县', '拱墅区'), fc.oneof(garbage, poisoned(fc.constantFrom('富阳区')))) },
      ],
      selection: '{ id name kind channels region }',
      auth: anyAuth(),
    },
    auditLog: {
      field: 'auditLog',
      args: [
        { name: 'first', type: 'Int', arb: pageSize },
        { name: 'after', type: 'String', arb: cursorOf('audit', () => W.auditCursors) },
        {
          name: 'action',
          type: 'String',
          arb: pick(
            fc.constant(null).chain(() => fc.constantFrom(...W.auditActions)),
            fc.oneof(garbage, poisoned(fc.constantFrom('registerDispute'))),
            true,
            true,
          ),
        },
        { name: 'actorUserId', type: 'ID', arb: idOf(() => Object.values(userIds), true) },
        {
          name: 'targetId',
          type: 'String',
          arb: pick(
            fc.constant(null).chain(() => fc.constantFrom(...W.disputes)),
            fc.oneof(garbage, poisoned(fc.constant(null).chain(() => fc.constantFrom(...W.disputes)))),
            true,
            true,
          ),
        },
      ],
      selection: '{ nodes { id at actorUserId organizationId action targetIds details } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }',
      auth: fc.oneof({ weight: 6, arbitrary: fc.constant<Auth>('admin') }, { weight: 1, arbitrary: anyAuth() }),
    },
    disputesByPerson: {
      field: 'disputesByPerson',
      args: [
        { name: 'idNumber', type: 'String', arb: pick(fc.constantFrom(SEARCH_ID, SEARCH_ID.toLowerCase(), ` ${SEARCH_ID} `), fc.oneof(garbage, poisoned(fc.constant(SEARCH_ID)))) },
        { name: 'phone', type: 'String', arb: pick(fc.constantFrom('13900001111', '139-0000-1111', '+86 139 0000 1111'), fc.oneof(garbage, poisoned(fc.constant('13900001111'))), true, true) },
        { name: 'first', type: 'Int', arb: pageSize },
        { name: 'after', type: 'String', arb: cursorOf('d', () => W.disputeCursors, true) },
      ],
      selection:
        '{ __typename ... on DisputeConnection { edges { cursor node { id code parties { name idNumber phone } } } pageInfo { hasNextPage endCursor } } ... on ValidationError { fieldErrors { field message } } }',
      auth: anyAuth(),
    },
    organizationMembers: {
      field: 'organizationMembers',
      args: [{ name: 'organizationId', type: 'ID', arb: idOf(() => W.orgIds, true) }],
      selection: '{ id username displayName roles disabled organization { name } }',
      auth: anyAuth(),
    },
    users: {
      field: 'users',
      args: [
        { name: 'organizationId', type: 'ID', arb: idOf(() => W.orgIds, true) },
        { name: 'includeDisabled', type: 'Boolean', arb: pick(fc.boolean(), wrongType) },
      ],
      selection: '{ id username roles disabled mustChangePassword version organization { id } }',
      auth: fc.oneof({ weight: 4, arbitrary: fc.constant<Auth>('admin') }, { weight: 1, arbitrary: anyAuth() }),
    },
    enumLabels: {
      field: 'enumLabels',
      args: [
        {
          name: 'enums',
          type: '[String!]',
          arb: pick(fc.uniqueArray(fc.constantFrom('DisputeStatus', 'Channel', 'Role', 'ErrorCode', 'NoSuchEnum'), { maxLength: 3 }), fc.oneof(fc.array(garbage, { maxLength: 3 }), wrongType)),
        },
      ],
      selection: '{ enum value label }',
      auth: anyAuth(),
    },
    me: {
      field: 'me',
      args: [],
      selection: '{ id username roles organization { name } }',
      auth: anyAuth(),
    },
    documentTemplates: {
      field: 'documentTemplates',
      args: [
        { name: 'kind', type: 'DocumentKind', arb: pick(fc.constantFrom(...Object.values(DocumentKind)), enumish(Object.values(DocumentKind))) },
        {
          name: 'matterCode',
          type: 'String',
          arb: pick(
            fc.constant(null).chain(() => fc.constantFrom(...W.matterCodes)),
            fc.oneof(garbage, poisoned(fc.constant(null).chain(() => fc.constantFrom(...W.matterCodes))), fc.constant('NO-SUCH-MATTER')),
          ),
        },
      ],
      selection: '{ id kind matterCode channel organizationId version active title sections { heading text } availablePlaceholders { key label required } }',
      auth: anyAuth(),
    },
    statistics: {
      field: 'statistics',
      args: [
        {
          name: 'filter',
          type: 'StatisticsFilter!',
          arb: pick(
            fc.record(
              {
                from: dateArg,
                to: dateArg,
                organizationId: idOf(() => W.orgIds, true),
                channel: pick(fc.constantFrom(...Object.values(Channel)), enumish(Object.values(Channel)), true, true),
                matterCode: pick(
                  fc.constant(null).chain(() => fc.constantFrom(...W.matterCodes)),
                  fc.oneof(garbage, poisoned(fc.constant('GOV-PROCUREMENT-COMPLAINT'))),
                  true,
                  true,
                ),
                region: pick(fc.constantFrom('富阳区', '西湖区', '杭州市'), fc.oneof(garbage, poisoned(fc.constant('富阳区'))), true, true),
              },
              { requiredKeys: ['from', 'to'] },
            ),
            wrongType,
            false,
          ),
        },
      ],
      // A period of 0..2,000 days (at most 5 years is allowed) ending in 1990..2030, mixed with the independent draws.
      together: fc
        .tuple(fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2030, 11, 31) / 86_400_000 }), fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 2000 })))
        .map(([end, span]) => [{ from: new Date((end - span) * 86_400_000).toISOString().slice(0, 10), to: new Date(end * 86_400_000).toISOString().slice(0, 10) }]),
      selection:
        '{ __typename ... on Statistics { from to today disputesReceived organization { name } referrals { made received } proceedings { acceptanceRate } } ... on ErrorResult { code message } ... on ValidationError { fieldErrors { field message } } }',
      auth: anyAuth(),
    },
    publicStatistics: {
      field: 'publicStatistics',
      args: [{ name: 'year', type: 'Int!', arb: pick(fc.oneof(fc.integer({ min: 2000, max: 2099 }), fc.constantFrom(1999, 2000, 2026, 2099, 2100)), intish, false) }],
      selection: '{ channel month concluded onTimeRate }',
      auth: anyAuth(),
    },
    followUps: {
      field: 'followUps',
      args: [
        { name: 'status', type: '[FollowUpStatus!]', arb: listOf(['OPEN', 'VISITED', 'UNREACHABLE', 'CANCELLED']) },
        { name: 'dueSoon', type: 'Boolean', arb: pick(fc.boolean(), wrongType) },
        { name: 'overdue', type: 'Boolean', arb: pick(fc.boolean(), wrongType) },
        { name: 'first', type: 'Int', arb: pageSize },
        { name: 'after', type: 'String', arb: cursorOf('fu', () => W.followUpCursors) },
      ],
      selection:
        '{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status version comments averageScore attempts { attemptedOn } deadline { state dueOn } dispute { code followUp { id } } organization { name } } } }',
      auth: anyAuth(),
    },
    typicalCases: {
      field: 'typicalCases',
      args: [
        { name: 'status', type: '[TypicalCaseStatus!]', arb: listOf(Object.values(TypicalCaseStatus)) },
        { name: 'first', type: 'Int', arb: pageSize },
        { name: 'after', type: 'String', arb: cursorOf('tc', () => W.typicalCaseCursors) },
      ],
      selection:
        '{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status version anonymized { title } draft { facts } replacements { original } organization { name } dispute { code } } } }',
      auth: anyAuth(),
    },
    typicalCase: {
      field: 'typicalCase',
      args: [{ name: 'id', type: 'ID!', arb: idOf(() => W.typicalCases) }],
      selection: '{ id status version anonymized { title facts } draft { facts } history { action from to } }',
      auth: anyAuth(),
    },
    publishedTypicalCases: {
      field: 'publishedTypicalCases',
      args: [
        {
          name: 'matterCode',
          type: 'String',
          arb: pick(
            fc.constant(null).chain(() => fc.constantFrom(...W.matterCodes)),
            fc.oneof(garbage, poisoned(fc.constant('PEOPLES-MEDIATION'))),
          ),
        },
        { name: 'channel', type: 'Channel', arb: pick(fc.constantFrom(...Object.values(Channel)), enumish(Object.values(Channel))) },
        { name: 'year', type: 'Int', arb: pick(fc.integer({ min: 1990, max: 2100 }), intish) },
        { name: 'first', type: 'Int', arb: pageSize },
        { name: 'after', type: 'String', arb: cursorOf('ptc', () => W.publishedCursors) },
      ],
      selection: '{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title facts matterCode channel year publishedAt organization { name } } } }',
      auth: anyAuth(),
    },
    publishedTypicalCase: {
      field: 'publishedTypicalCase',
      args: [{ name: 'id', type: 'ID!', arb: idOf(() => W.typicalCases) }],
      selection: '{ id title facts outcome significance channel year }',
      auth: anyAuth(),
    },
    // Case-file review (#16).
    reviewCampaigns: {
      field: 'reviewCampaigns',
      args: [
        { name: 'status', type: '[ReviewCampaignStatus!]', arb: listOf(['DRAFT', 'IN_PROGRESS', 'REPORTED', 'CANCELLED']) },
        { name: 'first', type: 'Int', arb: pageSize },
      ],
      selection: '{ id kind status organization { name } reviewers { username } files { id disputeCode } report { problems } statistics { files } }',
      auth: anyAuth(),
    },
    reviewCampaign: {
      field: 'reviewCampaign',
      args: [{ name: 'id', type: 'ID!', arb: idOf(() => W.reviewCampaigns) }],
      selection: '{ id status candidateHash checklist { version } files { id disputeCode checks { code status evidence { summary } } rounds { score } } }',
      auth: anyAuth(),
    },
    reviewFile: {
      field: 'reviewFile',
      args: [{ name: 'id', type: 'ID!', arb: idOf(() => W.reviewFiles) }],
      selection: '{ id disputeCode documents { number } services { method } clocks { kind dueOn } checks { code status } finalScore }',
      auth: anyAuth(),
    },
    reviewChecklist: {
      field: 'reviewChecklist',
      args: [{ name: 'version', type: 'Int', arb: pick(fc.integer({ min: 0, max: 3 }), intish) }],
      selection: '{ version shipped items { code maxDeduction } grades { grade minScore } }',
      auth: anyAuth(),
    },
    reviewReportDocument: {
      field: 'reviewReportDocument',
      args: [
        { name: 'campaignId', type: 'ID!', arb: idOf(() => W.reviewCampaigns) },
        { name: 'format', type: 'ReviewReportFormat', arb: pick(fc.constantFrom('PDF', 'DOCX'), enumish(['PDF', 'DOCX'])) },
      ],
      selection: '{ fileName contentType sha256 }',
      auth: anyAuth(),
    },
    // Staff (#17).
    staffRoster: {
      field: 'staffRoster',
      args: [{ name: 'organizationId', type: 'ID', arb: idOf(() => W.orgIds, true) }],
      selection:
        '{ organizationId organization { name } settings { enforceHandlerRules version } members { userId handlingUnit legalProfession version user { username } qualifications { kind certificateNumber issuedOn } training { year hours } } }',
      auth: anyAuth(),
    },
    // Expert pool (#17).
    experts: {
      field: 'experts',
      args: [
        { name: 'organizationId', type: 'ID', arb: idOf(() => W.orgIds, true) },
        { name: 'field', type: 'String', arb: pick(fc.constantFrom('PROC-GOODS-IT', 'PAT-MECHANICAL', 'LAND-BOUNDARY'), fc.oneof(garbage, poisoned(fc.constant('PROC-GOODS-IT')))) },
        { name: 'includeRemoved', type: 'Boolean', arb: pick(fc.boolean(), wrongType) },
        { name: 'flaggedOnly', type: 'Boolean', arb: pick(fc.boolean(), wrongType) },
      ],
      selection: '{ id name phone fields available removed flaggedForRemoval version relationships { kind name creditCode endedOn } fieldList { code name } }',
      auth: anyAuth(),
    },
    expertTaxonomy: {
      field: 'expertTaxonomy',
      args: [],
      selection: '{ matterCode name groups { name fields { code name } } }',
      auth: anyAuth(),
    },
    staffMember: {
      field: 'staffMember',
      args: [{ name: 'userId', type: 'ID!', arb: idOf(() => Object.values(userIds)) }],
      selection: '{ userId handlingUnit version qualifications { kind certificateNumber } training { year hours } }',
      auth: anyAuth(),
    },
    staffStatistics: {
      field: 'staffStatistics',
      args: [
        { name: 'from', type: 'Date!', arb: dateArg },
        { name: 'to', type: 'Date!', arb: dateArg },
        { name: 'organizationId', type: 'ID', arb: idOf(() => W.orgIds, true) },
      ],
      selection:
        '{ __typename ... on StaffStatistics { organizationId from to units { handlingUnit staff qualifiedStaff trainingHours handlers { userId cases leadCases user { username } } } } ... on ErrorResult { code message } ... on ValidationError { fieldErrors { field message } } }',
      auth: anyAuth(),
    },
  };
}

// ---------------------------------------------------------------- known bugs

/** One query, strict about internal errors. */
async function strictly(query: string, variables: Record<string, unknown>, auth: Auth): Promise<Raw> {
  const r = await post(query, variables, auth);
  for (const e of r.body.errors ?? []) if (!ALLOWED_CODES.has(e.extensions?.code ?? '')) throw new Error(`(2) ${describeError(e)}`);
  return r;
}

// Minimal reproductions of the bugs found outside this suite's files, marked failing
// while they exist: once fixed, jest reports the test as unexpectedly passing; then
// drop `.failing` and the entry in KNOWN_BUGS.
describe('bugs the fuzzing found (fixed; kept as regressions)', () => {
  // The edge check of app.ts refuses a NUL in variables (BAD_USER_INPUT) ...
  it('a NUL in variables is refused at the edge with BAD_USER_INPUT', async () => {
    const r = await strictly('query($r: String) { organizations(region: $r) { id } }', { r: '富阳区\u0000' }, 'ANONYMOUS');
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
  // ... but not one written as an escape in a string literal of the document, which the parser decodes.
  it('disputes: "\\u0000" in an inline filter.region is refused (it was an internal error: dispute-query.service.ts applyFilter)', async () => {
    await strictly('{ disputes(filter: { region: "富阳区\\u0000" }) { totalCount } }', {}, 'frontdesk');
  });
  it('disputes: "\\u{0}" in an inline filter.search is refused (it was an internal error: ilike)', async () => {
    await strictly('{ disputes(filter: { search: "李四\\u{0}" }) { totalCount } }', {}, 'frontdesk');
  });
  it('disputeStatusCounts: "\\u0000" in an inline filter.region is refused (it was an internal error)', async () => {
    await strictly('{ disputeStatusCounts(filter: { region: "\\u0000" }) { count } }', {}, 'frontdesk');
  });
  it('disputeByCode: "\\u0000" in an inline code is refused (it was an internal error: dispute.repository.ts findVisibleByCode)', async () => {
    await strictly('{ disputeByCode(code: "HZ2026-000001\\u0000") { id } }', {}, 'frontdesk');
  });
  it('matter: "\\u0000" in an inline code is refused (it was an internal error: matter.loaders.ts matterByCodeLoader)', async () => {
    await strictly('{ matter(code: "PEOPLES-MEDIATION\\u0000") { code } }', {}, 'ANONYMOUS');
  });
  it('organizations: "\\u0000" in an inline region is refused (it was an internal error: organization.service.ts list)', async () => {
    await strictly('{ organizations(region: "富阳区\\u0000") { id } }', {}, 'ANONYMOUS');
  });
  it('organizations: the same through GET ?query=', async () => {
    const r = await send({ method: 'GET', path: `?query=${encodeURIComponent('{ organizations(region: "\\u0000") { id } }')}`, headers: { 'apollo-require-preflight': 'true' } });
    for (const e of r.body.errors ?? []) if (!ALLOWED_CODES.has(e.extensions?.code ?? '')) throw new Error(`(2) ${describeError(e)}`);
  });
  it('auditLog: "\\u0000" in an inline action is refused (it was an internal error: audit.resolver.ts)', async () => {
    await strictly('{ auditLog(action: "registerDispute\\u0000") { nodes { id } } }', {}, 'admin');
  });
  it('a subscription sent over HTTP is refused, signed in or not (it was an internal error)', async () => {
    for (const auth of ['ANONYMOUS', 'frontdesk'] as Auth[]) {
      for (const doc of ['subscription { disputeEvents(disputeId: "x") { cursor } }', 'subscription { referralUpdates { cursor } }', 'subscription { deadlineAlerts { cursor } }']) {
        await strictly(doc, {}, auth);
      }
    }
  });
  // A Boolean argument with a default (`Boolean! = false`, from @Arg({ defaultValue }) without nullable: true) took a
  // nullable variable (the spec allows it because of the default), and a null sent in it failed in execution with no
  // code: INTERNAL_SERVER_ERROR (found by fuzz-queries, seed 7). Both arguments are now nullable: null means the default.
  it('users: includeDisabled: null in a variable means the default (enabled accounts only), no error', async () => {
    const r = await strictly('query($d: Boolean) { users(includeDisabled: $d) { id disabled } }', { d: null }, 'admin');
    expect(r.body.errors).toBeUndefined();
    const users = (r.body.data as { users: { disabled: boolean }[] }).users;
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => !u.disabled)).toBe(true);
  });
  it('organizations: includeInactive: null in a variable means the default (active only), no error', async () => {
    const r = await strictly('query($i: Boolean) { organizations(includeInactive: $i) { id active } }', { i: null }, 'admin');
    expect(r.body.errors).toBeUndefined();
    const orgs = (r.body.data as { organizations: { active: boolean }[] }).organizations;
    expect(orgs.length).toBeGreaterThan(0);
    expect(orgs.every((o) => o.active)).toBe(true);
  });
  it('a body in an unsupported charset or content encoding is refused with BAD_REQUEST (it was an INTERNAL_SERVER_ERROR)', async () => {
    const variants: Record<string, string>[] = [
      { 'content-type': 'application/json; charset=latin1' },
      { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      { 'content-type': 'application/json', 'content-encoding': 'bogus' },
    ];
    for (const headers of variants) {
      const r = await send({ body: JSON.stringify({ query: '{ me { id } }' }), headers });
      expect([400, 415]).toContain(r.status);
      for (const e of r.body.errors ?? []) if (!ALLOWED_CODES.has(e.extensions?.code ?? '')) throw new Error(`(2) ${describeError(e)}`);
    }
  });
});

// ---------------------------------------------------------------- the properties

describe('fuzzing every argument-taking query over HTTP', () => {
  it('covers every query of the schema', async () => {
    const r = await post('{ __schema { queryType { fields { name } } } }', {}, 'ANONYMOUS');
    const names = (r.body.data as { __schema: { queryType: { fields: { name: string }[] } } }).__schema.queryType.fields.map((f) => f.name).sort();
    expect(names).toEqual(Object.keys(specs()).sort());
  });

  for (const name of [
    'disputes',
    'disputeStatusCounts',
    'referralInbox',
    'dispute',
    'disputeByCode',
    'routeSuggestions',
    'addWorkingDays',
    'workingDaysBetween',
    'holidayCalendar',
    'matter',
    'matters',
    'organizations',
    'auditLog',
    'me',
    // Specs that had no property of their own.
    'users',
    'disputesByPerson',
    'organizationMembers',
    'enumLabels',
    // Case files (#15), statistics, typical cases (#16).
    'documentTemplates',
    'statistics',
    'publicStatistics',
    'followUps',
    'typicalCases',
    'typicalCase',
    'publishedTypicalCases',
    'publishedTypicalCase',
    // Case-file review (#16).
    'reviewCampaigns',
    'reviewCampaign',
    'reviewFile',
    'reviewChecklist',
    'reviewReportDocument',
    // Staff (#17).
    'staffRoster',
    'staffMember',
    'staffStatistics',
    // Expert pool (#17).
    'experts',
    'expertTaxonomy',
  ]) {
    it(`${name}: JSON, no internal error, no write, still alive`, async () => {
      await fuzz(specs()[name], name === 'disputes' ? RUNS * 2 : name === 'me' || name === 'matters' ? Math.ceil(RUNS / 3) : RUNS);
    }, 300_000);
  }

  it('walking disputes and the referral inbox with their own cursors visits every row once, in order', async () => {
    const validFilter = fc.record(
      {
        status: fc.uniqueArray(fc.constantFrom(...Object.values(DisputeStatus)), { minLength: 1, maxLength: 3 }),
        category: fc.uniqueArray(fc.constantFrom('NEIGHBORHOOD', 'GOVERNMENT_PROCUREMENT', 'CONTRACT'), { minLength: 1, maxLength: 2 }),
        region: fc.constantFrom('富阳区', '西湖区'),
        search: fc.constantFrom('纠纷', '李四', '某', '%', '_'),
        receivedFrom: fc.constantFrom('2026-03-01', '2026-03-02', '2026-03-03'),
        overdue: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(validFilter, fc.integer({ min: 1, max: 7 }), fc.constantFrom<Username>('frontdesk', 'mediator.fuyang', 'court.liaison', 'reviewer', 'admin'), async (filter, first, who) => {
        const seen: string[] = [];
        const times: string[] = [];
        let after: string | null = null;
        let total = -1;
        for (let guard = 0; guard < 100; guard++) {
          const r = await post(
            'query($f: DisputeFilter, $first: Int, $after: String) { disputes(filter: $f, first: $first, after: $after) { totalCount edges { cursor node { id receivedAt } } pageInfo { hasNextPage endCursor } } }',
            { f: filter, first, after },
            who,
          );
          assertSane(r);
          const page = r.body.data!.disputes as { totalCount: number; edges: { node: { id: string; receivedAt: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
          if (total >= 0) expect(page.totalCount).toBe(total);
          total = page.totalCount;
          seen.push(...page.edges.map((e) => e.node.id));
          times.push(...page.edges.map((e) => e.node.receivedAt));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen.length).toBe(total);
        expect([...times].sort().reverse()).toEqual(times);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
    const inbox: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r = await post('query($after: String) { referralInbox(first: 1, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }', { after }, 'mediator.fuyang');
      assertSane(r);
      const page = r.body.data!.referralInbox as { totalCount: number; edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      inbox.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) {
        expect(new Set(inbox).size).toBe(page.totalCount);
        break;
      }
      after = page.pageInfo.endCursor;
    }
  }, 300_000);
});

// ---------------------------------------------------------------- the HTTP layer itself

/** Percent-encoding that keeps lone surrogates (as their 3-byte WTF-8 form) instead of throwing like encodeURIComponent. */
function encodeWtf8(s: string): string {
  let out = '';
  for (const ch of s) {
    try {
      out += encodeURIComponent(ch);
    } catch {
      const c = ch.charCodeAt(0);
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    }
  }
  return out;
}

describe('fuzzing the HTTP layer', () => {
  const DOCS = [
    '{ me { id } }',
    '{ organizations { id } }',
    'query($id: ID!) { dispute(id: $id) { id } }',
    'mutation { login(username: "admin", password: "x") { __typename } }',
    'subscription { disputeEvents(disputeId: "x") { cursor } }',
    '{ __typename }',
    '{ __schema { types { name } } }',
  ];
  const deepDoc = (n: number) => `{ ${'me { organization { '.repeat(n)}id${' } }'.repeat(n)} }`;
  const aliasDoc = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
  const costDoc = `{ disputes(first: 100) { edges { node { events(first: 100) { edges { node { dispute { parties { name } referrals { id } } } } } } } } }`;
  const directiveDoc = (n: number) => `{ me ${'@include(if: true) '.repeat(n)}{ id } }`;
  const document = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...DOCS) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        deepDoc(6),
        deepDoc(20),
        aliasDoc(31),
        aliasDoc(300),
        costDoc,
        directiveDoc(25),
        '{'.repeat(5000),
        `{ me { id } }${' '.repeat(20_001)}`,
        `{ ${'me { id } '.repeat(2000)} }`,
        '# only a comment',
        '',
        'query A { me { id } } query B { me { id } }',
        'fragment F on User { ...F } { me { ...F } }',
      ),
    },
    { weight: 2, arbitrary: garbage },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...DOCS), fc.nat(), fc.constantFrom(...POISON)).map(([d, n, c]) => d.slice(0, n % d.length) + c + d.slice(n % d.length)) },
  );
  const body = fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .record(
          {
            query: document,
            variables: fc.oneof(fc.constant(undefined), fc.constant(null), fc.jsonValue({ maxDepth: 3 }), fc.constant({ id: 'x' })),
            operationName: fc.oneof(fc.constant(undefined), fc.constantFrom('A', 'B', 'X', ''), fc.integer()),
          },
          { requiredKeys: ['query'] },
        )
        .map((b) => JSON.stringify(b)),
    },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.array(fc.record({ query: fc.constantFrom(...DOCS) }), { maxLength: 3 }).map((b) => JSON.stringify(b)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '',
        '{',
        '{"query":',
        'null',
        '[]',
        '"x"',
        '{"query": "{ me { id } }"',
        '\u0000',
        '{"query": "{ me { id } }", "variables": "{}"}',
        '{"query": {"a": 1}}',
        JSON.stringify({ query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
      ),
    },
    { weight: 1, arbitrary: fc.constant(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(300_000) } })) },
    { weight: 1, arbitrary: fc.constant(`{"query": "{ me { id } }", "variables": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')) },
  );
  const contentType = fc.constantFrom(
    'application/json',
    'application/json',
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/graphql',
    'application/graphql-response+json',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json; charset=latin1',
    'application/json; charset=utf-16',
    '',
  );
  const contentEncoding = fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'bogus', 'gzip, gzip') });

  it('any request gets a JSON answer with a sane status, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          method: fc.constantFrom('POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE'),
          body,
          contentType,
          auth: anyAuth(),
          apolloPreflight: fc.boolean(),
          query: fc.option(fc.oneof(document, garbage), { nil: undefined }),
          encoding: contentEncoding,
        }),
        async (req) => {
          const headers: Record<string, string> = {
            ...authHeader(req.auth),
            ...(req.contentType ? { 'content-type': req.contentType } : {}),
            ...(req.apolloPreflight ? { 'apollo-require-preflight': 'true' } : {}),
            ...(req.encoding ? { 'content-encoding': req.encoding } : {}),
          };
          const path = req.method === 'GET' && req.query !== undefined ? `?query=${encodeWtf8(req.query)}` : '';
          let r: Raw;
          try {
            r = await send({ method: req.method, body: req.method === 'GET' ? undefined : req.body, headers, path });
          } catch (e) {
            // Node's HTTP parser answers a request line over its header limit (16 KB) itself, with an
            // empty 431, before the hub sees it: a transport-level refusal, not the hub's answer.
            if (path.length > 16_000 && /response is not JSON \(HTTP 431/.test((e as Error).message)) return;
            throw e;
          }
          const oddBody = !!req.encoding || /charset=(?!utf-8)/.test(req.contentType);
          const known = assertSane(r, '', req.body + (req.query ?? ''), oddBody);
          tally('(http)', known ? `KNOWN_BUG:${known}` : `${r.status} ${r.body.errors?.[0]?.extensions?.code ?? 'data'}`);
          await assertAlive();
        },
      ),
      { numRuns: RUNS * 2 },
    );
  }, 300_000);
});

// ---------------------------------------------------------------- the scalars and cursors themselves

describe('scalars and cursors (pure properties)', () => {
  const anyString = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(...BAD_DATES),
    validDate,
    validDate.map((d) => `${d}T00:00:00Z`),
    fc
      .tuple(validDate, fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.constantFrom('Z', '+08:00', '-00:00', '+23:59', '+24:00', '+99:99', ''))
      .map(([d, h, m, z]) => `${d}T${pad(h, 2)}:${pad(m, 2)}:00${z}`),
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
    fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T12:00:00Z`),
  );
  const anyValue = fc.oneof(anyString, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));

  /** Either a value, or a GraphQLError with BAD_USER_INPUT — never another exception. */
  function parseOrReject<T>(f: () => T): { ok: true; value: T } | { ok: false } {
    try {
      return { ok: true, value: f() };
    } catch (e) {
      expect(e).toBeInstanceOf(GraphQLError);
      expect((e as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      return { ok: false };
    }
  }
  const stringLiteral = (value: string): ValueNode => ({ kind: Kind.STRING, value });

  it('Date accepts exactly the real calendar dates 1900..2999, as variables and literals alike', () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        const parsed = parseOrReject(() => DateScalar.parseValue(v));
        expect(parsed.ok).toBe(isCalendarDate(v));
        if (typeof v === 'string') expect(parseOrReject(() => DateScalar.parseLiteral(stringLiteral(v), {})).ok).toBe(parsed.ok);
        if (parsed.ok) {
          const [y, m, d] = (v as string).split('-').map(Number);
          const back = new Date(Date.UTC(y, m - 1, d));
          expect([back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()]).toEqual([y, m, d]);
          expect(DateScalar.serialize(v)).toBe(v);
        }
      }),
      { numRuns: RUNS * 25 },
    );
  });

  it('DateTime accepts only real instants with an offset, and keeps their meaning (no 02-30 rolled into March, no year 0)', () => {
    fc.assert(
      fc.property(anyValue, (v) => {
        const parsed = parseOrReject(() => DateTimeScalar.parseValue(v));
        if (typeof v === 'string') expect(parseOrReject(() => DateTimeScalar.parseLiteral(stringLiteral(v), {})).ok).toBe(parsed.ok);
        if (!parsed.ok) return;
        const s = v as string;
        const d = parsed.value;
        expect(Number.isNaN(d.getTime())).toBe(false);
        // The calendar date and the time of day it names exist as written.
        const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(s)!;
        const [y, mo, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const back = new Date(Date.UTC(2000, mo - 1, day));
        back.setUTCFullYear(y);
        expect(y).toBeGreaterThanOrEqual(1);
        expect([back.getUTCFullYear(), back.getUTCMonth() + 1, back.getUTCDate()]).toEqual([y, mo, day]);
        expect(Number(m[4])).toBeLessThan(24);
        expect(Number(m[5])).toBeLessThan(60);
        expect(Number(m[6] ?? 0)).toBeLessThan(60);
        expect(DateTimeScalar.serialize(d)).toBe(d.toISOString());
        expect(DateTimeScalar.parseValue(d.toISOString()).getTime()).toBe(d.getTime());
      }),
      { numRuns: RUNS * 25 },
    );
  });

  it('Decimal takes any string up to 64 characters and nothing else, and never throws anything but BAD_USER_INPUT', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, fc.string({ minLength: 60, maxLength: 70 }), fc.bigInt().map(String)), (v) => {
        const parsed = parseOrReject(() => DecimalScalar.parseValue(v));
        expect(parsed.ok).toBe(typeof v === 'string' && v.length <= 64);
        if (typeof v === 'string') expect(parseOrReject(() => DecimalScalar.parseLiteral(stringLiteral(v), {})).ok).toBe(parsed.ok);
      }),
      { numRuns: RUNS * 25 },
    );
  });

  it('decodeCursor gives back exactly what encodeCursor put in, and rejects everything else with BAD_USER_INPUT', () => {
    const part = fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), fc.integer());
    fc.assert(
      fc.property(fc.constantFrom('d', 'r', 'ev', 'audit'), fc.array(part, { maxLength: 3 }), (kind, parts) => {
        const shape = parts.map((p) => (typeof p === 'number' ? 'number' : 'string')) as ('string' | 'number')[];
        const cursor = encodeCursor(kind, parts);
        const decoded = parseOrReject(() => decodeCursor(cursor, kind, shape));
        // Too long for a cursor (over 200 characters) is the only reason to refuse one of ours.
        if (cursor.length <= 200) expect(decoded).toEqual({ ok: true, value: parts });
        else expect(decoded.ok).toBe(false);
        if (parts.length) expect(parseOrReject(() => decodeCursor(cursor, kind, shape.slice(1))).ok).toBe(false);
        expect(parseOrReject(() => decodeCursor(cursor, `${kind}x`, shape)).ok).toBe(false);
      }),
      { numRuns: RUNS * 25 },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 250 }),
          fc.uint8Array({ maxLength: 150 }).map((b) => Buffer.from(b).toString('base64url')),
        ),
        (s) => {
          parseOrReject(() => decodeCursor(s, 'd', ['string', 'string']));
        },
      ),
      { numRuns: RUNS * 25 },
    );
  });

  it('cursorInstant accepts exactly what Date#toISOString gives out for years 1..9999', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }).map((d) => d.toISOString()),
          anyString,
        ),
        (s) => {
          const parsed = parseOrReject(() => cursorInstant(s));
          const d = new Date(s);
          const expected = !Number.isNaN(d.getTime()) && d.toISOString() === s && d.getUTCFullYear() >= 1 && d.getUTCFullYear() <= 9999;
          expect(parsed.ok).toBe(expected);
        },
      ),
      { numRuns: RUNS * 25 },
    );
  });
});
