import fc from 'fast-check';
import {
  Channel,
  DisputeCategory,
  DisputeSource,
  DocumentKind,
  ExtensionBasis,
  IdType,
  JudicialConfirmationDecision,
  MaterialReceipt,
  MaterialStatus,
  OutcomeKind,
  PartyKind,
  PartyRole,
  PauseReason,
  ProcedureTrack,
  ReferralKind,
  ServiceEvidenceKind,
  ServiceMethod,
  ServiceSigner,
} from '../../src/core/enums';
import { makeResidentId, makeUscc } from '../../src/core/validation';
import { SHIPPED_CHECKLIST } from '../../src/modules/review';
import { neighbourhoodDispute, procurementComplaint } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';

// Property-based fuzzing of EVERY mutation over real HTTP (see also fuzz-queries.test.ts).
//
// Each property throws random and malformed arguments at one mutation, mostly
// with the token of the role that may call it (sometimes another role's, none,
// or a forged one), mixing ids of a small world built in beforeAll with garbage,
// sometimes as variables and sometimes inlined as literals (the scalars'
// parseLiteral path), sometimes with one argument of the wrong JSON type.
// For every request:
//   1. the response is well-formed JSON with a sane HTTP status;
//   2. no error is INTERNAL_SERVER_ERROR (or has no code);
//   3. a failed mutation (thrown error or typed ErrorResult) leaves no trace in
//      dispute, party, referral, proceeding, deadline, dispute_event, dispute_access
//      (nor audit_entry, extension, proceeding_pause, judicial_confirmation,
//      holiday_calendar, the case files' stored_file(_content), material_item,
//      legal_document, document_series (the numbers taken), document_template,
//      document_number_prefix, document_service, service_address_confirmation, nor
//      typical_case: counts, and the status/version of every row), except the
//      audit entry of a refusal (FORBIDDEN, NOT_FOUND); a successful
//      one changes the counts as that mutation should, and no cross-table
//      invariant that held before is broken;
//   4. the hub still answers a normal query afterwards.
//
// Reproduce a failure with FUZZ_SEED=<seed printed in the failure> (FUZZ_RUNS to change the run count).
// FUZZ_STRICT=1 also fails on the known bugs listed in KNOWN_BUGS (tolerated and counted otherwise).
// FUZZ_DEBUG=1 prints every response's code or result type.

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
fc.configureGlobal({ seed: SEED, numRuns: RUNS });

const NOW = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Beijing
let t: TestHub;

// ---------------------------------------------------------------- HTTP

const ALLOWED_CODES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED']);
const ALLOWED_STATUS = new Set([200, 400, 401, 413, 429]);

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
// The head last: 'HOLDER' stands for the first user of an organization, its handler.
const USERNAMES = [
  'frontdesk',
  'mediator.fuyang',
  'mediator2.fuyang',
  'mediator.gongshu',
  'adjudicator.fuyang-finance',
  'adjudicator.finance',
  'court.liaison',
  'reviewer',
  'admin',
  'head.mediation-fuyang',
] as const;
type Username = (typeof USERNAMES)[number];
/** A token choice: a demo user's token, none, or a raw Authorization header. */
type Auth = Username | 'ANONYMOUS' | 'HOLDER' | `RAW:${string}`;

function authHeader(auth: Auth): Record<string, string> {
  if (auth === 'ANONYMOUS') return {};
  if (auth.startsWith('RAW:')) return { authorization: auth.slice(4) };
  return { authorization: `Bearer ${tokens[auth]}` };
}

async function post(query: string, variables: Record<string, unknown>, auth: Auth): Promise<Raw> {
  const res = await fetch(t.hub.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeader(auth) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`(1) response is not JSON (HTTP ${res.status}): ${text.slice(0, 300)}`);
  }
  return { status: res.status, body: body as Raw['body'] };
}

function describeError(e: GqlError): string {
  const stack = (e.extensions?.stacktrace ?? []).slice(0, 6).join('\n      ');
  return `${e.extensions?.code ?? '(no code)'}: ${e.message}${stack ? `\n      ${stack}` : ''}`;
}

/**
 * Confirmed bugs outside this suite's remit (reported, not fixed here): app.ts refuses a
 * NUL character or an unpaired surrogate anywhere in the raw request (BAD_USER_INPUT),
 * but a NUL written as an escape inside a string literal of the document ("\u0000",
 * "\u{0}") gets past that check — the GraphQL parser decodes it later — and reaches
 * PostgreSQL, which cannot hold it in text ("invalid byte sequence for encoding UTF8:
 * 0x00"; PGlite: "invalid message format") nor in jsonb ("unsupported Unicode escape
 * sequence"): INTERNAL_SERVER_ERROR. Each entry names the operation and the statement
 * that fails, so that any other internal error still fails the property. Tolerated (and
 * counted) unless FUZZ_STRICT=1; see the it.failing repros below.
 */
const SENT_NUL_ESCAPE = /\\u0000|\\u\{0+\}/;
const KNOWN_BUGS: { id: string; fields: string[]; error: RegExp }[] = [
  { id: 'nul-literal-login-throttle', fields: ['login'], error: /from login_attempt|into "login_attempt"/ },
  { id: 'nul-literal-register-matterCode', fields: ['registerDispute'], error: /from "matter"/ },
  { id: 'nul-literal-refer-matterCode', fields: ['referDispute'], error: /from "matter"/ },
  { id: 'nul-literal-holiday-source', fields: ['loadHolidayCalendar'], error: /into "audit_entry"|"holiday_calendar"/ },
];
const DB_ENCODING_FAILURE = /invalid message format|invalid byte sequence for encoding "UTF8": 0x00|unsupported Unicode escape sequence|cannot be converted to text/;
// The bugs below are fixed (storableLiteralsRule, the subscription guard, body-parser refusals): strict by default.
const STRICT = process.env.FUZZ_STRICT !== '0';

function knownBug(field: string, e: GqlError, sent: string): string | null {
  if (STRICT || e.extensions?.code !== 'INTERNAL_SERVER_ERROR' || !DB_ENCODING_FAILURE.test(e.message) || !SENT_NUL_ESCAPE.test(sent)) return null;
  return KNOWN_BUGS.find((k) => k.fields.includes(field) && k.error.test(e.message))?.id ?? null;
}

/** Properties (1) and (2); returns the known bug the response shows, if any. */
function assertSane(r: Raw, field = '', sent = ''): string | null {
  if (!ALLOWED_STATUS.has(r.status)) throw new Error(`(1) HTTP ${r.status}: ${JSON.stringify(r.body).slice(0, 500)}`);
  if (r.body === null || typeof r.body !== 'object' || Array.isArray(r.body)) throw new Error(`(1) body is not an object: ${JSON.stringify(r.body)}`);
  let known: string | null = null;
  if (r.body.errors !== undefined) {
    if (!Array.isArray(r.body.errors) || r.body.errors.length === 0) throw new Error(`(1) malformed errors: ${JSON.stringify(r.body.errors)}`);
    for (const e of r.body.errors) {
      if (typeof e?.message !== 'string') throw new Error(`(1) error without message: ${JSON.stringify(e)}`);
      const code = e.extensions?.code;
      if (typeof code === 'string' && ALLOWED_CODES.has(code)) continue;
      known = knownBug(field, e, sent);
      if (!known) throw new Error(`(2) ${describeError(e)}`);
    }
  } else if (r.body.data === null || typeof r.body.data !== 'object') {
    throw new Error(`(1) neither data nor errors: ${JSON.stringify(r.body)}`);
  }
  return known;
}

/** Property (4). */
async function assertAlive(): Promise<void> {
  const r = await post('{ organizations(channel: MEDIATION) { id } holidayCalendar(year: 2026) { year } }', {}, 'frontdesk');
  assertSane(r);
  if (r.status !== 200 || r.body.errors || !(r.body.data?.organizations as unknown[])?.length) throw new Error(`(4) the hub no longer answers: ${JSON.stringify(r.body).slice(0, 300)}`);
}

// ---------------------------------------------------------------- database snapshots

const TABLES = [
  'dispute',
  'party',
  'referral',
  'proceeding',
  'deadline',
  'dispute_event',
  'dispute_access',
  'audit_entry',
  'judicial_confirmation',
  'extension',
  'proceeding_pause',
  'holiday_calendar',
  'hub_user',
  'organization',
  // Case files (#15).
  'stored_file',
  'stored_file_content',
  'material_item',
  'legal_document',
  'document_series',
  'document_template',
  'document_number_prefix',
  'document_service',
  'service_address_confirmation',
  // Typical cases (#16).
  'typical_case',
  // Staff (#17).
  'staff_record',
  'proceeding_handler',
  'staff_setting',
  // Expert pool (#17).
  'expert',
  'expert_draw',
  'expert_seat',
  'expert_challenge',
  // Case-file review (#16).
  'review_checklist',
  'review_campaign',
  'review_file',
  'review_score',
  // Follow-up visits (#17).
  'follow_up',
] as const;
type Table = (typeof TABLES)[number];
type Snapshot = Record<Table, number> & { state: Record<string, string> };

const STATE_SQL: Record<string, string> = {
  dispute: `select md5(coalesce(string_agg(id::text || status || version || coalesce(current_organization_id::text, '') || coalesce(closed_at::text, ''), ',' order by id), '')) as h from dispute`,
  referral: `select md5(coalesce(string_agg(id::text || status || coalesce(proceeding_id::text, ''), ',' order by id), '')) as h from referral`,
  proceeding: `select md5(coalesce(string_agg(id::text || status || version || procedure || coalesce(case_number, '') || coalesce(assignee_id::text, ''), ',' order by id), '')) as h from proceeding`,
  deadline: `select md5(coalesce(string_agg(id::text || open::text || paused::text || due_on::text || extended, ',' order by id), '')) as h from deadline`,
  judicial_confirmation: `select md5(coalesce(string_agg(id::text || status || version, ',' order by id), '')) as h from judicial_confirmation`,
  dispute_access: `select md5(coalesce(string_agg(dispute_id::text || organization_id::text || unmasked::text, ',' order by dispute_id, organization_id), '')) as h from dispute_access`,
  proceeding_pause: `select md5(coalesce(string_agg(id::text || coalesce(ended_at::text, ''), ',' order by id), '')) as h from proceeding_pause`,
  hub_user: `select md5(coalesce(string_agg(id::text || version || disabled::text || must_change_password::text || token_generation || array_to_string(roles, ' ') || coalesce(organization_id::text, ''), ',' order by id), '')) as h from hub_user`,
  organization: `select md5(coalesce(string_agg(id::text || version || active::text || name || coalesce(parent_id::text, ''), ',' order by id), '')) as h from organization`,
  holiday_calendar: `select md5(coalesce(string_agg(year || source || array_to_string(holidays, ' ') || array_to_string(make_up_workdays, ' '), ',' order by year), '')) as h from holiday_calendar`,
  stored_file: `select md5(coalesce(string_agg(id::text || coalesce(dispute_id::text, ''), ',' order by id), '')) as h from stored_file`,
  material_item: `select md5(coalesce(string_agg(id::text || status || version || coalesce(receipt, '') || array_to_string(file_ids, ' ') || coalesce(remark, ''), ',' order by id), '')) as h from material_item`,
  legal_document: `select md5(coalesce(string_agg(id::text || status || coalesce(superseded_by_id::text, '') || coalesce(acknowledged_at::text, ''), ',' order by id), '')) as h from legal_document`,
  // The numbers taken: a refused issue gives its number back.
  document_series: `select md5(coalesce(string_agg(organization_id::text || kind || year || ':' || last_number, ',' order by organization_id, kind, year), '')) as h from document_series`,
  document_template: `select md5(coalesce(string_agg(id::text || active::text || version, ',' order by id), '')) as h from document_template`,
  document_number_prefix: `select md5(coalesce(string_agg(organization_id::text || kind || prefix, ',' order by organization_id, kind), '')) as h from document_number_prefix`,
  typical_case: `select md5(coalesce(string_agg(id::text || status || version, ',' order by id), '')) as h from typical_case`,
  staff_record: `select md5(coalesce(string_agg(id::text || version || coalesce(handling_unit, '') || qualifications::text || training::text, ',' order by id), '')) as h from staff_record`,
  proceeding_handler: `select md5(coalesce(string_agg(proceeding_id::text || user_id::text || lead::text || position, ',' order by proceeding_id, user_id), '')) as h from proceeding_handler`,
  staff_setting: `select md5(coalesce(string_agg(id::text || version || enforce_handler_rules::text, ',' order by id), '')) as h from staff_setting`,
  expert: `select md5(coalesce(string_agg(id::text || version || removed::text || flagged_for_removal::text, ',' order by id), '')) as h from expert`,
  expert_draw: `select md5(coalesce(string_agg(id::text || status || version || coalesce(opinion_file_id::text, ''), ',' order by id), '')) as h from expert_draw`,
  expert_seat: `select md5(coalesce(string_agg(id::text || status || coalesce(panel_position::text, '') || coalesce(rating::text, ''), ',' order by id), '')) as h from expert_seat`,
  expert_challenge: `select md5(coalesce(string_agg(id::text || status, ',' order by id), '')) as h from expert_challenge`,
  follow_up: `select md5(coalesce(string_agg(id::text || status || version || jsonb_array_length(attempts), ',' order by id), '')) as h from follow_up`,
  deadline_met: `select md5(coalesce(string_agg(id::text || coalesce(met_on::text, ''), ',' order by id), '')) as h from deadline`,
};

async function sql<R>(query: string, params: unknown[] = []): Promise<R[]> {
  return t.hub.orm.em.fork().getConnection().execute<R[]>(query, params);
}

const SNAPSHOT_SQL = `select ${TABLES.map((tb) => `(select count(*) from ${tb})::int as ${tb}`).join(', ')}, ${Object.entries(STATE_SQL)
  .map(([k, q]) => `(${q}) as state_${k}`)
  .join(', ')}`;

async function snapshot(): Promise<Snapshot> {
  const [row] = await sql<Record<string, number | string>>(SNAPSHOT_SQL);
  const out = { state: {} } as Snapshot;
  for (const [k, v] of Object.entries(row)) {
    if (k.startsWith('state_')) out.state[k.slice(6)] = String(v);
    else out[k as Table] = Number(v);
  }
  return out;
}

function countDiff(before: Snapshot, after: Snapshot): Partial<Record<Table, number>> {
  const d: Partial<Record<Table, number>> = {};
  for (const tb of TABLES) if (after[tb] !== before[tb]) d[tb] = after[tb] - before[tb];
  return d;
}

/**
 * Cross-table invariants of the lifecycle, as SQL returning the offending rows.
 * Checked after every mutation: a violation that did not exist before the call is a bug.
 */
const INVARIANTS: Record<string, string> = {
  'a REFERRED dispute has exactly one PENDING referral': `select d.id from dispute d where d.status = 'REFERRED' and (select count(*) from referral r where r.dispute_id = d.id and r.status = 'PENDING') <> 1`,
  'a dispute with a PENDING referral is REFERRED': `select r.id from referral r join dispute d on d.id = r.dispute_id where r.status = 'PENDING' and d.status <> 'REFERRED'`,
  'an IN_PROGRESS dispute has an open proceeding': `select d.id from dispute d where d.status = 'IN_PROGRESS' and not exists (select 1 from proceeding p where p.dispute_id = d.id and p.status in ('ACCEPTANCE_REVIEW', 'IN_PROGRESS', 'PAUSED'))`,
  'a PENDING referral has an open response deadline': `select r.id from referral r where r.status = 'PENDING' and not exists (select 1 from deadline dl where dl.referral_id = r.id and dl.kind = 'REFERRAL_RESPONSE' and dl.open)`,
  'a PAUSED proceeding has an open pause': `select p.id from proceeding p where p.status = 'PAUSED' and not exists (select 1 from proceeding_pause pp where pp.proceeding_id = p.id and pp.ended_at is null)`,
  'a running proceeding has no open pause': `select p.id from proceeding p where p.status <> 'PAUSED' and exists (select 1 from proceeding_pause pp where pp.proceeding_id = p.id and pp.ended_at is null)`,
  'a CONCLUDED proceeding has an outcome': `select p.id from proceeding p where p.status = 'CONCLUDED' and p.outcome_kind is null`,
  // The follow-up visit's clock (回访, #17) starts when a dispute is resolved or closed: it is the one that may run on.
  'a CLOSED or WITHDRAWN dispute has closedAt and no open deadline but its follow-up': `select d.id from dispute d where d.status in ('CLOSED', 'WITHDRAWN') and (d.closed_at is null or exists (select 1 from deadline dl where dl.dispute_id = d.id and dl.open and (dl.kind <> 'FOLLOW_UP' or d.status = 'WITHDRAWN')))`,
  'a follow-up is open exactly while its clock is': `select f.id from follow_up f join deadline dl on dl.id = f.deadline_id where (f.status = 'OPEN') <> dl.open`,
  'a VISITED follow-up has its FOLLOW_UP_RECORDED event, an UNREACHABLE one its FOLLOW_UP_CLOSED': `select f.id from follow_up f where f.status in ('VISITED', 'UNREACHABLE') and not exists (select 1 from dispute_event e where e.dispute_id = f.dispute_id
    and e.type = case f.status when 'VISITED' then 'FOLLOW_UP_RECORDED' else 'FOLLOW_UP_CLOSED' end and e.data->>'followUpId' = f.id::text)`,
  'every dispute has an APPLICANT': `select d.id from dispute d where not exists (select 1 from party p where p.dispute_id = d.id and p.role = 'APPLICANT')`,
  'the holder of a dispute may read it unmasked': `select d.id from dispute d where d.current_organization_id is not null and not exists (select 1 from dispute_access a where a.dispute_id = d.id and a.organization_id = d.current_organization_id and a.unmasked)`,
  'an accepted referral has its proceeding': `select r.id from referral r where r.status = 'ACCEPTED' and (r.proceeding_id is null or not exists (select 1 from proceeding p where p.id = r.proceeding_id))`,
  // Case files (#15).
  'a legal document has its PDF and DOCX, generated files of its dispute': `select ld.id from legal_document ld where
    not exists (select 1 from stored_file f where f.id = ld.pdf_file_id and f.dispute_id = ld.dispute_id and f.origin = 'GENERATED' and f.sha256 = ld.sha256)
    or not exists (select 1 from stored_file f where f.id = ld.docx_file_id and f.dispute_id = ld.dispute_id and f.origin = 'GENERATED')`,
  'a generated file belongs to a legal document': `select f.id from stored_file f where f.origin = 'GENERATED' and not exists (select 1 from legal_document ld where ld.pdf_file_id = f.id or ld.docx_file_id = f.id)`,
  'a file kept in PostgreSQL has its content': `select f.id from stored_file f where f.storage = 'postgres' and not exists (select 1 from stored_file_content c where c.file_id = f.id)`,
  'a number series is gap-free: as many documents as its last number': `select s.organization_id::text || ' ' || s.kind || ' ' || s.year as id from document_series s
    where s.last_number <> (select count(*) from legal_document ld where ld.organization_id = s.organization_id and ld.kind = s.kind and ld.year = s.year)`,
  'a SUPERSEDED document is superseded by its next version, an ISSUED one by none': `select ld.id from legal_document ld where (ld.status = 'SUPERSEDED') <> (ld.superseded_by_id is not null)
    or (ld.superseded_by_id is not null and not exists (select 1 from legal_document n where n.id = ld.superseded_by_id and n.supersedes_id = ld.id and n.version = ld.version + 1 and n.kind = ld.kind and n.dispute_id = ld.dispute_id))`,
  "a document's recipients are parties of its dispute, its proceeding one of its dispute": `select ld.id from legal_document ld where
    exists (select 1 from unnest(ld.recipient_ids) as u(pid) where not exists (select 1 from party p where p.id = u.pid and p.dispute_id = ld.dispute_id))
    or (ld.proceeding_id is not null and not exists (select 1 from proceeding p where p.id = ld.proceeding_id and p.dispute_id = ld.dispute_id))`,
  'only a 告知书 is acknowledged': `select ld.id from legal_document ld where ld.acknowledged_at is not null and ld.kind <> 'NOTICE_OF_RIGHTS'`,
  'a service record is of a recipient of its document, in its dispute, once': `select s.id from document_service s join legal_document ld on ld.id = s.document_id
    where not (s.party_id = any(ld.recipient_ids)) or s.dispute_id <> ld.dispute_id
    or exists (select 1 from document_service o where o.document_id = s.document_id and o.party_id = s.party_id and o.id <> s.id)`,
  'service evidence are files of the dispute': `select s.id from document_service s, jsonb_array_elements(s.evidence) as e(item)
    where not exists (select 1 from stored_file f where f.id::text = e.item ->> 'fileId' and f.dispute_id = s.dispute_id)`,
  'consent to electronic service comes with an address and the signed file of the dispute': `select c.id from service_address_confirmation c where
    (c.electronic_consent and (c.electronic_address is null or c.file_id is null))
    or (c.file_id is not null and not exists (select 1 from stored_file f where f.id = c.file_id and f.dispute_id = c.dispute_id))`,
  'a material item names only files of its dispute': `select m.id from material_item m where exists (select 1 from unnest(m.file_ids) as u(fid)
    where not exists (select 1 from stored_file f where f.id = u.fid and f.dispute_id = m.dispute_id))`,
  'an open SUPPLEMENT clock has an issued 补正通知书 of its dispute': `select dl.id from deadline dl where dl.kind = 'SUPPLEMENT' and dl.open
    and not exists (select 1 from legal_document ld where ld.dispute_id = dl.dispute_id and ld.kind = 'SUPPLEMENT_NOTICE' and ld.status = 'ISSUED')`,
  'one active version per template line': `select min(t.id::text) as id from document_template t where t.active
    group by t.kind, coalesce(t.matter_code, ''), coalesce(t.channel, ''), coalesce(t.organization_id::text, '') having count(*) > 1`,
  // Typical cases (#16).
  'a typical case is drafted by the organization that concluded its proceeding': `select tc.id from typical_case tc where not exists (select 1 from proceeding p
    where p.id = tc.proceeding_id and p.dispute_id = tc.dispute_id and p.organization_id = tc.organization_id and p.status = 'CONCLUDED')`,
  'a PUBLISHED typical case has its approver and date, a WITHDRAWN one its withdrawal': `select tc.id from typical_case tc where
    (tc.status = 'PUBLISHED' and (tc.published_at is null or tc.approved_by is null)) or (tc.status = 'WITHDRAWN' and tc.withdrawn_at is null)`,
  'a submitted or published typical case names no party, ID number, phone or address': `select tc.id from typical_case tc join party p on p.dispute_id = tc.dispute_id
    where tc.status in ('SUBMITTED', 'PUBLISHED') and (
      (char_length(p.name) >= 2 and position(p.name in tc.anonymized::text) > 0)
      or (p.id_number is not null and position(p.id_number in tc.anonymized::text) > 0)
      or (p.phone is not null and position(p.phone in tc.anonymized::text) > 0)
      or (p.address is not null and position(p.address in tc.anonymized::text) > 0))`,
  // Expert pool (#17).
  'one expert draw in force per proceeding': `select proceeding_id as id from expert_draw where status = 'IN_FORCE' group by proceeding_id having count(*) > 1`,
  "a draw's seats are experts of its organization's pool, none of them excluded": `select s.id from expert_seat s join expert_draw d on d.id = s.draw_id join expert e on e.id = s.expert_id
    where e.organization_id <> d.organization_id or d.exclusions @> jsonb_build_array(jsonb_build_object('expertId', s.expert_id::text))`,
  'a panel seat is held by one expert at a time': `select s.draw_id::text || ' ' || s.panel_position as id from expert_seat s where s.status in ('SEATED', 'DECLARED') group by s.draw_id, s.panel_position having count(*) > 1`,
  'a draw has at most panelSize experts on its panel': `select d.id from expert_draw d where (select count(*) from expert_seat s where s.draw_id = d.id and s.status in ('SEATED', 'DECLARED')) > d.panel_size`,
  "an expert opinion is a file of the draw's dispute": `select d.id from expert_draw d where d.opinion_file_id is not null and not exists (select 1 from stored_file f where f.id = d.opinion_file_id and f.dispute_id = d.dispute_id)`,
};

const VIOLATIONS_SQL = Object.values(INVARIANTS)
  .map((q, i) => `select ${i} as i, x.id::text as id from (${q}) x`)
  .join(' union all ');

async function violations(): Promise<Set<string>> {
  const names = Object.keys(INVARIANTS);
  return new Set((await sql<{ i: number; id: string }>(VIOLATIONS_SQL)).map((r) => `${names[Number(r.i)]}: ${r.id}`));
}

/** The database as the previous run left it (nothing else writes between runs); null: read it again. */
let last: { snapshot: Snapshot; violations: Set<string> } | null = null;

// ---------------------------------------------------------------- generic operations

const ENUM_TYPES = new Set([
  'Channel',
  'DisputeCategory',
  'DisputeSource',
  'PartyRole',
  'PartyKind',
  'IdType',
  'ReferralKind',
  'ProcedureTrack',
  'PauseReason',
  'ExtensionBasis',
  'OutcomeKind',
  'JudicialConfirmationDecision',
  'DisputeStatus',
  'ReferralStatus',
  'JudicialConfirmationStatus',
  'DocumentKind',
  'MaterialStatus',
  'MaterialReceipt',
  'ServiceMethod',
  'ServiceSigner',
  'ServiceEvidenceKind',
  'QualificationKind',
  'ExpertRelationshipKind',
  'FollowUpMethod',
  'PerformanceStatus',
]);
/** Field types of input objects, for inlining literals (enums are bare names there). */
const INPUT_FIELDS: Record<string, Record<string, string>> = {
  RegisterDisputeInput: { category: 'DisputeCategory!', source: 'DisputeSource!', parties: '[PartyInput!]!', amount: 'Decimal', occurredOn: 'Date', applicationData: 'JSON' },
  PartyInput: { role: 'PartyRole!', kind: 'PartyKind!', idType: 'IdType' },
  ReferDisputeInput: { channel: 'Channel!', kind: 'ReferralKind!', procedure: 'ProcedureTrack', expectedVersion: 'Int' },
  ConcludeProceedingInput: { outcome: 'OutcomeKind!', effectiveOn: 'Date', expectedVersion: 'Int' },
  HolidayScheduleInput: { year: 'Int!', holidays: '[Date!]!', makeUpWorkdays: '[Date!]!' },
  RecordMaterialInput: { status: 'MaterialStatus!', receipt: 'MaterialReceipt', fileIds: '[ID!]', expectedVersion: 'Int' },
  IssueDocumentInput: { kind: 'DocumentKind!', recipientPartyIds: '[ID!]', daysAllowed: 'Int', parts: 'DocumentPartsInput' },
  CorrectDocumentInput: { recipientPartyIds: '[ID!]', daysAllowed: 'Int', parts: 'DocumentPartsInput' },
  SaveDocumentTemplateInput: { kind: 'DocumentKind!', channel: 'Channel', sections: '[DocumentSectionInput!]!', expectedVersion: 'Int' },
  SetDocumentNumberPrefixInput: { kind: 'DocumentKind' },
  RecordServiceInput: { method: 'ServiceMethod!', servedOn: 'Date!', signer: 'ServiceSigner', abroad: 'Boolean', evidence: '[ServiceEvidenceInput!]!' },
  ServiceEvidenceInput: { kind: 'ServiceEvidenceKind!' },
  RecordServiceAddressInput: { electronicConsent: 'Boolean!' },
  RecordFollowUpInput: { visitedOn: 'Date!', method: 'FollowUpMethod!', performance: 'PerformanceStatus!', professionalism: 'Int!', ease: 'Int!', timeliness: 'Int!', fairness: 'Int!' },
  StaffRecordInput: { qualifications: '[QualificationInput!]!', training: '[TrainingHoursInput!]!' },
  QualificationInput: { kind: 'QualificationKind!', issuedOn: 'Date!' },
  TrainingHoursInput: { year: 'Int!', hours: 'Float!' },
  ExpertInput: { fields: '[String!]!', unavailableUntil: 'Date', relationships: '[ExpertRelationshipInput!]' },
  CreateExpertInput: { fields: '[String!]!', unavailableUntil: 'Date', relationships: '[ExpertRelationshipInput!]' },
  ExpertRelationshipInput: { kind: 'ExpertRelationshipKind!', endedOn: 'Date' },
  DrawExpertsInput: { panelSize: 'Int!', alternates: 'Int!', pauseClock: 'Boolean', expectedVersion: 'Int' },
};
const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function namedType(type: string): string {
  return type.replace(/[[\]!]/g, '');
}
function innerType(type: string): string {
  return type.replace(/!$/, '').replace(/^\[(.*)\]$/, '$1');
}

/** A value as a GraphQL literal of the given type (what a client writing the document inline would send). */
function literal(v: unknown, type: string, depth = 0): string {
  if (v === null || v === undefined) return 'null';
  // Deeper than any document the hub accepts (3,000 tokens); keeps this recursion shallow.
  if (depth > 400) return '"(too deep)"';
  const named = namedType(type);
  if (Array.isArray(v)) return `[${v.map((x) => literal(x, innerType(type), depth + 1)).join(', ')}]`;
  if (typeof v === 'string') return ENUM_TYPES.has(named) && NAME.test(v) && !['true', 'false', 'null'].includes(v) ? v : JSON.stringify(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'object') {
    const fields = INPUT_FIELDS[named] ?? {};
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{${entries.map(([k, x]) => `${NAME.test(k) ? k : JSON.stringify(k)}: ${literal(x, fields[k] ?? (named === 'JSON' ? 'JSON' : 'String'), depth + 1)}`).join(', ')}}`;
  }
  return JSON.stringify(String(v));
}

interface ArgSpec {
  name: string;
  type: string;
  /** Values that should pass (undefined: the argument is left out). */
  valid: fc.Arbitrary<unknown>;
  /** Malformed values of the same kind. */
  bad: fc.Arbitrary<unknown>;
}

interface Expectation {
  /** Allowed [min, max] change of each table on success; every other table must not change. */
  deltas: Partial<Record<Table, [number, number]>>;
  /** Extra checks of a success. */
  check?: (vars: Record<string, unknown>, before: Snapshot, after: Snapshot, result: Record<string, unknown>) => void;
}

/** Where the organization that may act on a record is stored. */
const HOLDER_SQL = {
  dispute: 'select current_organization_id as org from dispute where id::text = ?',
  referralReceiver: 'select to_organization_id as org from referral where id::text = ?',
  referralSender: 'select from_organization_id as org from referral where id::text = ?',
  proceeding: 'select organization_id as org from proceeding where id::text = ?',
  confirmation: 'select court_id as org from judicial_confirmation where id::text = ?',
  document: 'select organization_id as org from legal_document where id::text = ?',
  typicalCase: 'select organization_id as org from typical_case where id::text = ?',
  followUp: 'select organization_id as org from follow_up where id::text = ?',
  expert: 'select organization_id as org from expert where id::text = ?',
  expertDraw: 'select organization_id as org from expert_draw where id::text = ?',
  expertChallenge: 'select d.organization_id as org from expert_challenge c join expert_draw d on d.id = c.draw_id where c.id::text = ?',
  party: 'select d.current_organization_id as org from party p join dispute d on d.id = p.dispute_id where p.id::text = ?',
};
/** A demo user of each organization. */
const userOfOrg = new Map<string, Username>();

interface OpSpec {
  field: string;
  /** The argument (path) holding the id whose holder's token 'HOLDER' stands for. */
  holder?: { kind: keyof typeof HOLDER_SQL; path: string };
  args: ArgSpec[];
  selection: string;
  auth: fc.Arbitrary<Auth>;
  /** The token 'HOLDER' falls back to. */
  fallback: Username;
  /** Union members that are successes (anything else named *Error is a typed failure). */
  success: string[];
  expect: Expectation;
}

interface Sample {
  values: unknown[];
  garbage: unknown[];
  /** Which arguments take their malformed value (each about one in three). */
  mask: boolean[];
  inline: boolean;
  confuse: { index: number; value: unknown } | null;
  auth: Auth;
}

function sampleOf(op: OpSpec): fc.Arbitrary<Sample> {
  return fc.record({
    values: fc.tuple(...op.args.map((a) => a.valid)),
    garbage: fc.tuple(...op.args.map((a) => a.bad)),
    mask: fc.tuple(...op.args.map(() => fc.integer({ min: 0, max: 2 }).map((n) => n === 0))),
    inline: fc.integer({ min: 0, max: 3 }).map((n) => n === 0), // 1 in 4 inlined as literals
    // About one run in ten passes one argument as a JSON value of the wrong type.
    confuse: fc.oneof({ weight: 9, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.record({ index: fc.nat({ max: Math.max(0, op.args.length - 1) }), value: wrongType }) }),
    auth: op.auth,
  });
}

function documentOf(op: OpSpec, s: Sample): { query: string; variables: Record<string, unknown>; args: Record<string, unknown> } {
  const values = s.values.map((v, i) => (s.mask[i] ? s.garbage[i] : v));
  if (s.confuse && op.args.length) values[s.confuse.index] = s.confuse.value;
  const present = op.args.map((a, i) => [a, values[i]] as const).filter(([, v]) => v !== undefined);
  const args = Object.fromEntries(present.map(([a, v]) => [a.name, v]));
  if (s.inline) {
    const list = present.length ? `(${present.map(([a, v]) => `${a.name}: ${literal(v, a.type)}`).join(', ')})` : '';
    return { query: `mutation { ${op.field}${list} ${op.selection} }`, variables: {}, args };
  }
  const decl = present.length ? `(${present.map(([a]) => `$${a.name}: ${a.type}`).join(', ')})` : '';
  const list = present.length ? `(${present.map(([a]) => `${a.name}: $${a.name}`).join(', ')})` : '';
  return { query: `mutation Fuzz${decl} { ${op.field}${list} ${op.selection} }`, variables: args, args };
}

const outcomes: Record<string, Record<string, number>> = {};
const examples: string[] = [];
function tally(op: string, what: string, example: unknown) {
  outcomes[op] ??= {};
  outcomes[op][what] = (outcomes[op][what] ?? 0) + 1;
  if (process.env.FUZZ_DEBUG) examples.push(`${op} ${what}: ${JSON.stringify(example).slice(0, 300)}`);
}

/** 'HOLDER': a user of the organization that holds the record the operation names (else the op's first right role). */
async function resolveAuth(op: OpSpec, auth: Auth, args: Record<string, unknown>): Promise<Auth> {
  if (auth !== 'HOLDER') return auth;
  let id: unknown = args;
  for (const k of op.holder?.path.split('.') ?? []) id = id !== null && typeof id === 'object' ? (id as Record<string, unknown>)[k] : undefined;
  if (op.holder && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) {
    const [row] = await sql<{ org: string | null }>(HOLDER_SQL[op.holder.kind], [id]);
    const user = row?.org ? userOfOrg.get(row.org) : undefined;
    if (user) return user;
  }
  return op.fallback;
}

async function runOnce(op: OpSpec, s: Sample): Promise<void> {
  const { query, variables, args } = documentOf(op, s);
  const previous = last ?? { snapshot: await snapshot(), violations: await violations() };
  last = null;
  const before = previous.snapshot;
  const broken = previous.violations;
  const r = await post(query, variables, await resolveAuth(op, s.auth, args));
  const known = assertSane(r, op.field, JSON.stringify({ query, variables }));
  const after = await snapshot();
  const result = r.body.data?.[op.field] as Record<string, unknown> | null | undefined;
  const typename = typeof result?.__typename === 'string' ? (result.__typename as string) : null;
  const succeeded = !r.body.errors && typename !== null && op.success.includes(typename);
  tally(op.field, known ? `KNOWN_BUG:${known}` : r.body.errors ? (r.body.errors[0].extensions?.code as string) : (typename ?? 'null'), r.body.errors?.[0]?.message ?? result);
  if (!succeeded) {
    // (3) nothing written, nothing updated; a refusal (FORBIDDEN, NOT_FOUND) only leaves its audit entry
    // (written after the rollback, at most one, none beyond the viewer's budget of the minute).
    const diff = countDiff(before, after);
    const refused = typename === 'NotFoundError' || r.body.errors?.[0]?.extensions?.code === 'FORBIDDEN';
    if (refused && diff.audit_entry === 1) delete diff.audit_entry;
    if (Object.keys(diff).length || JSON.stringify(before.state) !== JSON.stringify(after.state)) {
      throw new Error(
        `(3) partial write by a failed ${op.field} (${typename ?? r.body.errors?.[0]?.extensions?.code}): counts ${JSON.stringify(diff)}, state ${JSON.stringify(
          Object.keys(before.state).filter((k) => before.state[k] !== after.state[k]),
        )}; result ${JSON.stringify(result ?? r.body.errors).slice(0, 400)}`,
      );
    }
    if (typename && !typename.endsWith('Error')) throw new Error(`unexpected result type ${typename} of ${op.field}`);
  } else {
    // (3) a success changes what it should, and only that.
    for (const tb of TABLES) {
      const [min, max] = op.expect.deltas[tb] ?? [0, 0];
      const d = after[tb] - before[tb];
      if (d < min || d > max) throw new Error(`(3) ${op.field} succeeded but ${tb} changed by ${d} (expected ${min}..${max}); all changes ${JSON.stringify(countDiff(before, after))}`);
    }
    op.expect.check?.(args, before, after, result!);
  }
  const now = await violations();
  const fresh = [...now].filter((v) => !broken.has(v));
  if (fresh.length) throw new Error(`(3) ${op.field} (${typename}) broke invariants: ${fresh.join('; ')}`);
  await assertAlive();
  last = { snapshot: after, violations: now };
}

async function fuzz(op: OpSpec, runs = RUNS): Promise<void> {
  last = null;
  try {
    await fc.assert(
      fc.asyncProperty(sampleOf(op), (s) => runOnce(op, s)),
      { numRuns: runs },
    );
  } catch (e) {
    const err = e as Error;
    err.message = `fuzz seed ${SEED} (rerun: FUZZ_SEED=${SEED} npm test -- test/e2e/fuzz-mutations.test.ts)\n${err.message}`;
    throw err;
  }
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
  '\u0085',
  '\r\n',
  '\t',
  '\u202Eevil\u202C',
  '\u2066x\u2069',
  '\u200B',
  '\uFEFF',
  '\uD800',
  'x\uDFFFy',
  '\uDBFF\uDBFF',
  '😀',
  '👨‍👩‍👧‍👦'.repeat(20),
  'e\u0301',
  "' or 1=1 --",
  "'; drop table dispute; --",
  '" or ""="',
  '\\',
  '%',
  '_',
  '%_%',
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
  '../../etc/passwd',
  'HZ2026-000001',
  'x'.repeat(101),
  'x'.repeat(2001),
];
const HUGE = ['x'.repeat(100_000), '中'.repeat(30_000), '😀'.repeat(20_000), 'a\u0000'.repeat(20_000), ' '.repeat(100_000)];

const randomText = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary-ascii', maxLength: 30 }));
/** Characters that break naive handling: NUL (PostgreSQL text cannot hold it), C0/C1 controls, bidi overrides, lone surrogates, BOM, line separators. */
const POISON = [
  '\u0000',
  '\u0000',
  '\u0000',
  '\u0000',
  '\u0000',
  '\u0000',
  '\u0000',
  '\u0000',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u202E',
  '\u2066',
  '\uD800',
  '\uDFFF',
  '\uFEFF',
  '\u2028',
  '\r',
  '\n',
];
/** A value with one poison character inserted somewhere (start, middle or end). */
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
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NASTY), randomText).map(([a, b]) => a + b) },
);
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

/** Mostly a valid value, else garbage of the same kind; undefined (left out) or null sometimes when optional. */
/** Valid values, and malformed ones of the same kind. */
interface Pair {
  valid: fc.Arbitrary<unknown>;
  bad: fc.Arbitrary<unknown>;
}

/** Left out or null, besides the valid values, for an optional argument. */
function opt(p: Pair): Pair {
  return { valid: fc.oneof({ weight: 3, arbitrary: p.valid }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(null) }), bad: p.bad };
}

/** For a field of an input object: mostly valid, sometimes malformed. */
function mix(p: Pair): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 6, arbitrary: p.valid }, { weight: 1, arbitrary: p.bad });
}

function enumish(values: readonly string[]): Pair {
  return {
    valid: fc.constantFrom(...values),
    bad: fc.oneof(
      fc.constantFrom(...values).map((v) => v.toLowerCase()),
      poisoned(fc.constantFrom(...values)),
      garbage,
      fc.constantFrom('VALUE', 'ALL', '', null),
    ),
  };
}

function idOf(valid: string[]): Pair {
  const pool: fc.Arbitrary<string> = valid.length ? fc.constantFrom(...valid) : fc.uuid();
  return {
    valid: pool,
    bad: fc.oneof(
      { weight: 3, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: pool.map((s) => s.toUpperCase()) },
      { weight: 1, arbitrary: pool.map((s) => ` ${s} `) },
      { weight: 1, arbitrary: pool.map((s) => `${s}' or 1=1 --`) },
      { weight: 1, arbitrary: pool.map((s) => s.slice(0, -1)) },
      { weight: 1, arbitrary: pool.map((s) => `{${s}}`) },
      { weight: 1, arbitrary: pool.map((s) => s.replace(/-/g, '')) },
      { weight: 2, arbitrary: poisoned(pool) },
      { weight: 1, arbitrary: fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz') },
      { weight: 3, arbitrary: garbage },
      { weight: 1, arbitrary: fc.integer() },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
  };
}

const intish: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.integer(),
  fc.constantFrom(0, -1, 2147483647, -2147483648, 2147483648, -2147483649, 2 ** 53, 1.5, -0, 1e308, '1', '0x10'),
);
/** expectedVersion: usually left out (so that actions can succeed), else any integer, or not an integer. */
const version: Pair = { valid: fc.constantFrom(undefined, undefined, null), bad: intish };

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
  '2026-03-02 ',
  ' 2026-03-02',
  '２０２６-０３-０２',
  '2026-03-02\u0000',
  '+002026-03-02',
  '-271821-04-20',
  'today',
];
const dateish: Pair = {
  valid: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('2026-03-02', '2026-03-01', '2026-02-27', '2026-01-15', '2024-02-29', '2999-12-31', '1900-01-01', '1950-01-01') },
    { weight: 2, arbitrary: validDate },
  ),
  bad: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...BAD_DATES) }, { weight: 1, arbitrary: garbage }, { weight: 1, arbitrary: fc.integer() }),
};

const DECIMALS = [
  '1e10',
  '-0',
  '１２',
  '0.001',
  'NaN',
  'Infinity',
  '-1',
  '+1',
  '1,000',
  '1_000',
  ' 1',
  '1 ',
  '0x1F',
  '1e-2',
  '12.345',
  '1.2.3',
  '5.',
  '9'.repeat(16),
  '9'.repeat(64),
  '9'.repeat(65),
  '0'.repeat(60) + '1',
  '',
  '\u0000',
  '12\u0000',
  '１２.５',
];
const decimalish: Pair = {
  valid: fc.oneof(
    fc.constantFrom('0', '0.00', '.5', '00012.30', '9'.repeat(15) + '.99', '1280000.50'),
    fc.tuple(fc.nat(), fc.nat({ max: 99 })).map(([a, b]) => `${a}.${pad(b, 2)}`),
  ),
  bad: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...DECIMALS) },
    { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: garbage },
  ),
};

const validResidentId = fc
  .tuple(fc.integer({ min: 1930, max: 2010 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 999 }))
  .map(([y, m, d, s]) => makeResidentId(`330102${y}${pad(m, 2)}${pad(d, 2)}${pad(s, 3)}`));
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const validUscc = fc.array(fc.constantFrom(...USCC_CHARS), { minLength: 9, maxLength: 9 }).map((cs) => makeUscc(`91330183${cs.join('')}`));
const idNumberish: Pair = {
  valid: fc.oneof(validResidentId, validUscc),
  bad: fc.oneof(
    { weight: 1, arbitrary: validResidentId.map((s) => s.slice(0, 17) + (s[17] === '0' ? '1' : '0')) },
    { weight: 1, arbitrary: validResidentId.map((s) => s.toLowerCase()) },
    { weight: 1, arbitrary: validResidentId.map((s) => s.replace(/\d/g, (c) => String.fromCharCode(0xff10 + Number(c)))) },
    { weight: 1, arbitrary: validUscc.map((s) => s.toLowerCase()) },
    { weight: 1, arbitrary: validUscc.map((s) => `${s.slice(0, 17)}I`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '330102800101123',
        makeResidentId('33010220990101123'),
        makeResidentId('99999919800101123'),
        makeResidentId('33010219800230123'),
        makeResidentId('33010218000101123'),
        'E12345678',
        'AB-12345',
        '12345',
        '91330183MA2KXXXXXX',
      ),
    },
    { weight: 2, arbitrary: garbage },
  ),
};
const phoneish: Pair = {
  valid: fc.oneof(
    fc.constantFrom('13812345678', '0571-63312345', '057163312345', '+86 138 1234 5678', '+8613812345678', '400-800-8888', '(0571) 6331 2345'),
    fc.integer({ min: 0, max: 99999999 }).map((n) => `138${pad(n, 8)}`),
  ),
  bad: fc.oneof(fc.constantFrom('12345', '1381234567x', '1'.repeat(200), '１３８１２３４５６７８', '138 1234 5678\u0000', '+1 555 0100', '00000000000', '11111111111'), garbage),
};

function deep(depth: number, leaf: unknown, asArray: boolean): unknown {
  let v: unknown = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { k: v };
  return v;
}
const jsonish: Pair = {
  valid: fc.oneof(
    fc.dictionary(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
    fc.tuple(fc.constantFrom(5, 19), fc.boolean()).map(([d, a]) => ({ note: deep(d, 'leaf', a) })),
    fc.constant(null).map(() => procurementComplaint().applicationData),
  ),
  bad: fc.oneof(
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 2, arbitrary: fc.dictionary(fc.string({ unit: 'binary', maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(20, 21, 25, 65, 100, 1500), fc.boolean()).map(([d, a]) => ({ note: deep(d, 'leaf', a) })) },
    { weight: 1, arbitrary: fc.constantFrom(1500).map((d) => deep(d, 1, false)) },
    // Deeper than the edge's NUL scan (64 levels): the validators must still refuse it.
    { weight: 1, arbitrary: fc.constant(null).map(() => ({ note: deep(70, 'a\u0000b', false) })) },
    {
      weight: 3,
      arbitrary: fc.constantFrom<unknown>(
        JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}'),
        { '': 1 },
        { '\u0000': 'x' },
        { key: '\u0000' },
        { key: 'a\u0000b' },
        { key: '\uD800' },
        { key: '\u202Eevil' },
        { key: 'x'.repeat(20_000) },
        { ['k'.repeat(200)]: 1 },
        Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i])),
        Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, 'v'.repeat(300)])),
        { list: Array.from({ length: 5000 }, (_, i) => i) },
        { n: 1e308, m: -0, s: 'Infinity' },
        [],
        'string',
        42,
        true,
      ),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom('contactIdNumber', 'contactPhone', 'questionDate', 'procurementMethod', 'complainantCreditCode', 'unknownKey', 'complaintLetter', 'projectName'),
          fc.oneof(garbage, idNumberish.bad, phoneish.bad, dateish.bad, decimalish.bad, wrongType),
        )
        .map(([k, v]) => ({ ...(procurementComplaint().applicationData as object), [k]: v })),
    },
  ),
};

function textish(valid: string[]): Pair {
  return {
    valid: fc.constantFrom(...valid),
    bad: fc.oneof({ weight: 1, arbitrary: garbage }, { weight: 1, arbitrary: poisoned(fc.constantFrom(...valid)) }),
  };
}

/** An argument of a mutation. */
function arg(name: string, type: string, p: Pair): ArgSpec {
  return { name, type, valid: p.valid, bad: p.bad };
}

/** One of the values `pool()` holds when the run is generated (the pools of case files grow and shrink as properties succeed). */
function dyn<T>(pool: () => T[], fallback: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.constant(null).chain(() => {
    const values = pool();
    return values.length ? fc.constantFrom(...values) : fallback;
  });
}

type Patch = [string, unknown];

/** Replaces the value at a dotted path (undefined removes it); a path whose parent is missing is left alone. */
function setPath(input: Record<string, unknown>, path: string, f: (old: unknown) => unknown): void {
  const keys = path.split('.');
  let target: unknown = input;
  for (const k of keys.slice(0, -1)) target = target !== null && typeof target === 'object' ? (target as Record<string, unknown>)[k] : undefined;
  if (target === null || typeof target !== 'object') return;
  const last = keys[keys.length - 1];
  const value = f((target as Record<string, unknown>)[last]);
  if (value === undefined) delete (target as Record<string, unknown>)[last];
  else (target as Record<string, unknown>)[last] = value;
}

/** Valid input objects, and malformed ones: a valid one with one to three fields replaced and perhaps one string poisoned, or not an object at all. */
function patched(valid: fc.Arbitrary<unknown>, patches: fc.Arbitrary<Patch>[], stringPaths: string[]): Pair {
  const poison = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...stringPaths), fc.constantFrom(...POISON), fc.nat()) });
  const bad = fc.tuple(valid, fc.array(fc.oneof(...patches), { minLength: 1, maxLength: 3 }), poison).map(([v, ps, poisonAt]) => {
    const input = JSON.parse(JSON.stringify(v ?? {})) as Record<string, unknown>;
    for (const [path, value] of ps) setPath(input, path, () => value);
    if (poisonAt) {
      const [path, c, at] = poisonAt;
      setPath(input, path, (old) => (typeof old === 'string' ? old.slice(0, at % (old.length + 1)) + c + old.slice(at % (old.length + 1)) : old));
    }
    return input;
  });
  return { valid, bad: fc.oneof({ weight: 6, arbitrary: bad }, { weight: 1, arbitrary: wrongType }) };
}

// ---------------------------------------------------------------- the world

interface World {
  org: Record<string, string>;
  orgIds: string[];
  matterCodes: string[];
  disputes: Record<string, string[]>;
  referrals: Record<string, string[]>;
  proceedings: Record<string, string[]>;
  confirmations: Record<string, string[]>;
  /** Accounts and organizations made for the administration mutations (the demo ones stay as the other properties need them). */
  accounts: string[];
  fuzzOrgs: string[];
}
const W: World = { org: {}, orgIds: [], matterCodes: [], disputes: {}, referrals: {}, proceedings: {}, confirmations: {}, accounts: [], fuzzOrgs: [] };
const allOf = (r: Record<string, string[]>) => Object.values(r).flat();
const push = (r: Record<string, string[]>, k: string, id: string) => (r[k] ??= []).push(id);

async function call<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, who: Username): Promise<T> {
  const r = await post(query, variables, who);
  if (r.body.errors || !r.body.data) throw new Error(`world: ${JSON.stringify(r.body.errors ?? r.body)}`);
  const v = Object.values(r.body.data)[0] as T & { __typename?: string };
  if (v && typeof v === 'object' && v.__typename?.endsWith('Error')) throw new Error(`world: ${JSON.stringify(v)}`);
  return v;
}

const REGISTER = 'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on ErrorResult { message } ... on Dispute { id } } }';
const REFER = 'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on ErrorResult { message } ... on Referral { id } } }';
const ACCEPT = 'mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on ErrorResult { message } ... on Referral { id proceeding { id } } } }';

async function registered(kind: 'neighbourhood' | 'procurement', who: Username = 'frontdesk'): Promise<string> {
  const input = kind === 'neighbourhood' ? neighbourhoodDispute() : procurementComplaint();
  return (await call<{ id: string }>(REGISTER, { input }, who)).id;
}

async function referred(disputeId: string, to: 'mediation' | 'finance'): Promise<string> {
  const input =
    to === 'mediation'
      ? { disputeId, toOrganizationId: W.org['富阳区人民调解委员会'], channel: 'MEDIATION', kind: 'TRANSFER', reason: '属人民调解范围' }
      : { disputeId, toOrganizationId: W.org['富阳区财政局'], channel: 'ADJUDICATION', kind: 'TRANSFER', matterCode: 'GOV-PROCUREMENT-COMPLAINT', reason: '属财政部门职责' };
  return (await call<{ id: string }>(REFER, { input }, 'frontdesk')).id;
}

async function accepted(referralId: string, who: Username): Promise<string> {
  return (await call<{ proceeding: { id: string } }>(ACCEPT, { id: referralId }, who)).proceeding.id;
}

const CONCLUDE = 'mutation($input: ConcludeProceedingInput!) { concludeProceeding(input: $input) { __typename ... on ErrorResult { message } ... on Proceeding { id } } }';
const REQUEST = 'mutation($p: ID!, $c: ID!) { requestJudicialConfirmation(proceedingId: $p, courtId: $c) { __typename ... on ErrorResult { message } ... on JudicialConfirmation { id } } }';

/** An adjudication (procurement complaint) admitted by 富阳区财政局, optionally paused. */
async function admittedProceeding(pause: boolean): Promise<string> {
  const adjudicator: Username = 'adjudicator.fuyang-finance';
  const d = await registered('procurement');
  const p = await accepted(await referred(d, 'finance'), adjudicator);
  push(W.disputes, 'inProgress', d);
  await call('mutation($id: ID!) { admitProceeding(id: $id, caseNumber: "富财采投〔2026〕9号") { __typename ... on ErrorResult { message } } }', { id: p }, adjudicator);
  if (pause) await call('mutation($id: ID!) { pauseProceeding(id: $id, reason: EXPERT_REVIEW, note: "专家论证") { __typename ... on ErrorResult { message } } }', { id: p }, adjudicator);
  return p;
}

/** A mediation agreement of 富阳区人民调解委员会, optionally with a judicial confirmation applied for (and accepted). */
async function agreement(confirmation: 'none' | 'pending' | 'accepted'): Promise<string> {
  const mediator: Username = 'mediator.fuyang';
  const d = await registered('neighbourhood');
  const p = await accepted(await referred(d, 'mediation'), mediator);
  await call(CONCLUDE, { input: { proceedingId: p, outcome: 'AGREEMENT', summary: '双方达成调解协议', documentNumber: '富人调〔2026〕1号', effectiveOn: '2026-03-02' } }, mediator);
  push(W.disputes, 'resolved', d);
  if (confirmation === 'none') {
    push(W.proceedings, 'agreement', p);
    return p;
  }
  push(W.proceedings, 'agreementConfirming', p);
  const jc = (await call<{ id: string }>(REQUEST, { p, c: W.org['杭州市中级人民法院'] }, mediator)).id;
  if (confirmation === 'accepted') await call('mutation($id: ID!) { acceptJudicialConfirmation(id: $id) { __typename ... on ErrorResult { message } } }', { id: jc }, 'court.liaison');
  push(W.confirmations, confirmation, jc);
  return jc;
}

// ---------------------------------------------------------------- the world of case files (#15)

/** A dispute documents may be issued on, by the organization that holds it, and the kinds that fit its state. */
interface IssueCase {
  disputeId: string;
  proceedingId: string | null;
  kinds: DocumentKind[];
}
/** A document of the world (issued by buildWorld, replenish, or a fuzzed success). */
interface WorldDocument {
  id: string;
  disputeId: string;
  kind: DocumentKind;
  recipients: string[];
}
const CF = {
  /** Files uploaded to each dispute (a service's evidence, a material's files, a signed address confirmation). */
  files: {} as Record<string, string[]>,
  /** Parties of each dispute with a case file. */
  parties: {} as Record<string, string[]>,
  /** The materials checklist of each dispute (item names). */
  materials: {} as Record<string, string[]>,
  cases: [] as IssueCase[],
  docs: [] as WorldDocument[],
  superseded: new Set<string>(),
  acknowledged: new Set<string>(),
  supplemented: new Set<string>(),
  /** Parties whose newest 送达地址确认书 consents to electronic service. */
  consented: new Set<string>(),
  /** "documentId partyId" already served. */
  served: new Set<string>(),
  /** "documentId partyId" whose answer is recorded. */
  answered: new Set<string>(),
  /** Templates (hub defaults), to save edited copies of. */
  templates: [] as { kind: DocumentKind; matterCode: string | null; channel: string | null; title: string; sections: { heading: string | null; text: string }[] }[],
};
const K = DocumentKind;
/** What each kind of case may issue (the holder's documents; a kind outside its state is refused). */
const KINDS = {
  center: [K.NOTICE_OF_RIGHTS, K.MATERIALS_RECEIPT, K.SUPPLEMENT_NOTICE],
  referred: [K.REFERRAL_LETTER, K.NOTICE_OF_RIGHTS],
  adjudication: [K.ACCEPTANCE_NOTICE, K.ANSWER_NOTICE, K.SUSPENSION_NOTICE, K.RESUMPTION_NOTICE, K.EXTENSION_NOTICE, K.DECISION, K.SUPPLEMENT_NOTICE, K.MATERIALS_RECEIPT, K.SERVICE_RECEIPT],
  mediation: [K.MEDIATION_AGREEMENT, K.SUSPENSION_NOTICE, K.RESUMPTION_NOTICE, K.EXTENSION_NOTICE],
  review: [K.NON_ACCEPTANCE_DECISION],
};
/** The parts a decision must state (a decision without any of them is refused). */
const DECISION_PARTS = {
  claims: '请求认定采购文件中的排他性技术参数违法',
  factsAndEvidence: '经审查采购文件、质疑函及答复，采购文件第三章设置的技术参数指向特定品牌',
  legalBasis: '《中华人民共和国政府采购法》第二十二条第二款、《政府采购质疑和投诉办法》第三十一条',
  outcome: '投诉事项成立，责令采购人修改采购文件后重新开展采购活动',
  performance: '采购人自收到本决定书之日起十五日内修改采购文件',
  reconsiderationBody: '杭州市富阳区人民政府',
  court: '杭州市富阳区人民法院',
};
/** The business date of NOW in Beijing: the issue date of every document, the only valid date of service. */
const TODAY = '2026-03-02';

async function upload(disputeId: string, who: Username, name = 'evidence.pdf'): Promise<string> {
  const form = new FormData();
  form.append('disputeId', disputeId);
  form.append('file', new Blob([`%PDF-1.4\n% ${name} ${disputeId} ${Math.random()}\n%%EOF\n`], { type: 'application/pdf' }), name);
  const res = await fetch(new URL('/files', t.hub.url), { method: 'POST', headers: authHeader(who), body: form });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id) throw new Error(`world: upload ${res.status} ${JSON.stringify(body)}`);
  (CF.files[disputeId] ??= []).push(body.id);
  return body.id;
}

/** A case documents can be issued on: its parties and checklist read, two files uploaded by its holder. */
async function caseFile(disputeId: string, proceedingId: string | null, holder: Username, kinds: DocumentKind[]): Promise<IssueCase> {
  const d = await call<{ parties: { id: string }[]; materials: { name: string }[] }>('query($id: ID!) { dispute(id: $id) { parties { id } materials { name } } }', { id: disputeId }, 'frontdesk');
  CF.parties[disputeId] = d.parties.map((p) => p.id);
  CF.materials[disputeId] = d.materials.map((m) => m.name);
  await upload(disputeId, holder, '送达回证.pdf');
  await upload(disputeId, holder, '送达地址确认书.pdf');
  const c = { disputeId, proceedingId, kinds };
  CF.cases.push(c);
  return c;
}

const DOCUMENT_RESULT = '__typename ... on ErrorResult { message } ... on LegalDocument { id kind disputeId recipients { id } }';
/** Records a document the world (or a fuzzed success) issued. */
function keepDocument(doc: { id: string; kind: DocumentKind; disputeId: string; recipients: { id: string }[]; supersedesId?: string | null }): void {
  CF.docs.push({ id: doc.id, kind: doc.kind, disputeId: doc.disputeId, recipients: doc.recipients.map((r) => r.id) });
  if (doc.supersedesId) CF.superseded.add(doc.supersedesId);
}
async function issued(c: IssueCase, kind: DocumentKind, who: Username, extra: Record<string, unknown> = {}): Promise<WorldDocument> {
  const doc = await call<{ id: string; kind: DocumentKind; disputeId: string; recipients: { id: string }[] }>(
    `mutation($i: IssueDocumentInput!) { issueDocument(input: $i) { ${DOCUMENT_RESULT} } }`,
    { i: { disputeId: c.disputeId, ...(c.proceedingId ? { proceedingId: c.proceedingId } : {}), kind, ...extra } },
    who,
  );
  keepDocument(doc);
  return CF.docs[CF.docs.length - 1];
}

const disputeOf = async (proceedingId: string) => (await sql<{ dispute_id: string }>('select dispute_id from proceeding where id = ?', [proceedingId]))[0].dispute_id;

/** A procurement complaint at the center (the frontdesk holds it). */
async function centerCase(): Promise<IssueCase> {
  const d = await registered('procurement');
  push(W.disputes, 'awaitingProcurement', d);
  return caseFile(d, null, 'frontdesk', KINDS.center);
}
/** An adjudication admitted by 富阳区财政局. */
async function adjudicationCase(): Promise<IssueCase> {
  const p = await admittedProceeding(false);
  push(W.proceedings, 'adjudication', p);
  return caseFile(await disputeOf(p), p, 'adjudicator.fuyang-finance', KINDS.adjudication);
}
/** A mediation in progress at 富阳区人民调解委员会 (a matter of its own, so that it has a checklist). */
async function mediationCase(): Promise<IssueCase> {
  const input = neighbourhoodDispute();
  const [applicant, respondent] = input.parties;
  const applicationData = {
    applicantName: applicant.name,
    applicantIdNumber: applicant.idNumber,
    applicantPhone: applicant.phone,
    respondentName: respondent.name,
    respondentPhone: respondent.phone,
    disputeType: '邻里纠纷',
    facts: '院落通道被堵',
    requests: '请求恢复通行',
  };
  const d = (await call<{ id: string }>(REGISTER, { input: { ...input, matterCode: 'PEOPLES-MEDIATION', applicationData } }, 'frontdesk')).id;
  push(W.disputes, 'inProgress', d);
  const p = await accepted(await referred(d, 'mediation'), 'mediator.fuyang');
  push(W.proceedings, 'mediation', p);
  return caseFile(d, p, 'mediator.fuyang', KINDS.mediation);
}
/** A complaint under acceptance review at 富阳区财政局 (a decision not to accept). */
async function reviewCase(): Promise<IssueCase> {
  const d = await registered('procurement');
  push(W.disputes, 'inProgress', d);
  const p = await accepted(await referred(d, 'finance'), 'adjudicator.fuyang-finance');
  push(W.proceedings, 'review', p);
  return caseFile(d, p, 'adjudicator.fuyang-finance', KINDS.review);
}
/** A complaint the center referred (pending): it still holds it and may write the 转办函. */
async function referredCase(): Promise<IssueCase> {
  const d = await registered('procurement');
  push(W.disputes, 'referred', d);
  push(W.referrals, 'pendingFinance', await referred(d, 'finance'));
  return caseFile(d, null, 'frontdesk', KINDS.referred);
}

async function consent(partyId: string, disputeId: string, who: Username): Promise<void> {
  await call(
    `mutation($i: RecordServiceAddressInput!) { recordServiceAddress(input: $i) { __typename ... on ErrorResult { message } } }`,
    { i: { partyId, electronicConsent: true, electronicAddress: 'party@example.cn', fileId: CF.files[disputeId][1] } },
    who,
  );
  CF.consented.add(partyId);
}

/** Documents with recipients to serve: a 答辩通知书 and a decision of an adjudication, a 告知书 at the center, a 调解协议书. */
async function documentsToServe(): Promise<void> {
  const adj = await adjudicationCase();
  await issued(adj, K.ANSWER_NOTICE, 'adjudicator.fuyang-finance');
  await issued(adj, K.DECISION, 'adjudicator.fuyang-finance', { parts: DECISION_PARTS });
  await consent(CF.parties[adj.disputeId][1], adj.disputeId, 'adjudicator.fuyang-finance');
  await issued(await centerCase(), K.NOTICE_OF_RIGHTS, 'frontdesk');
  const med = await mediationCase();
  await issued(med, K.MEDIATION_AGREEMENT, 'mediator.fuyang', { content: '双方同意恢复院落通道通行', parts: { performance: '自本协议签订之日起三日内履行' } });
}

// ---------------------------------------------------------------- the world of typical cases (#16)

/** Open follow-ups (回访) of 富阳区人民调解委员会: fresh mediation agreements; `tried`: those with a failed attempt (closeFollowUp may succeed). */
const FOLLOW_UPS: { open: string[]; tried: string[] } = { open: [], tried: [] };

async function followUp(tried: boolean): Promise<string> {
  await agreement('none');
  const disputeId = W.disputes.resolved[W.disputes.resolved.length - 1];
  const [{ id }] = await sql<{ id: string }>('select id from follow_up where dispute_id = ?', [disputeId]);
  if (tried) {
    await call(
      'mutation($id: ID!) { recordFollowUpAttempt(followUpId: $id, attemptedOn: "2026-03-02", method: PHONE) { __typename ... on ErrorResult { message } ... on FollowUp { id } } }',
      { id },
      'mediator.fuyang',
    );
  }
  FOLLOW_UPS[tried ? 'tried' : 'open'].push(id);
  return id;
}

/** Typical cases of 富阳区人民调解委员会 the world made (and fuzzed drafts), by id. */
const TYPICAL: string[] = [];
/** The parties of every neighbourhood dispute the world registers (fixtures.ts): a draft names them, the pass must not publish them. */
const TYPICAL_TEXT = {
  title: '李四与王五相邻通行纠纷调解案',
  sections: {
    facts: '申请人李四（电话13900001111）与被申请人王五系邻居，王五在通道上堆放杂物，李四无法通行。',
    outcome: '经调解，王五于三日内清理通道，李四不再主张赔偿。',
    significance: '本案是基层人民调解组织就地化解相邻纠纷的典型案例。',
  },
};
const TYPICAL_RESULT = '__typename ... on ErrorResult { message } ... on ValidationError { fieldErrors { field message } } ... on TypicalCase { id }';

/** A typical case drafted by 富阳区人民调解委员会 from a fresh mediation agreement, submitted and published as asked. */
async function typicalCase(stage: 'draft' | 'submitted' | 'published'): Promise<string> {
  await agreement('none');
  const disputeId = W.disputes.resolved[W.disputes.resolved.length - 1];
  const id = (await call<{ id: string }>(`mutation($i: DraftTypicalCaseInput!) { draftTypicalCase(input: $i) { ${TYPICAL_RESULT} } }`, { i: { disputeId, ...TYPICAL_TEXT } }, 'mediator.fuyang')).id;
  TYPICAL.push(id);
  if (stage !== 'draft') await call(`mutation($id: ID!) { submitTypicalCase(id: $id) { ${TYPICAL_RESULT} } }`, { id }, 'mediator.fuyang');
  if (stage === 'published') await call(`mutation($id: ID!) { approveTypicalCase(id: $id) { ${TYPICAL_RESULT} } }`, { id }, 'head.mediation-fuyang');
  return id;
}

// ---------------------------------------------------------------- case-file review (#16)

/** Campaigns of 富阳区人民调解委员会's head over its concluded mediations, by status; their files; the newest checklist version. */
const REVIEW = { draft: [] as string[], running: [] as string[], files: [] as string[], checklist: 1 };
const CAMPAIGN_RESULT = '__typename ... on ErrorResult { message } ... on ReviewCampaign { id status files { id } }';

/** A self-inspection by 富阳区人民调解委员会's head (over a fresh mediation agreement), started when asked. */
async function reviewCampaign(started: boolean): Promise<string> {
  await agreement('none');
  const c = await call<{ id: string }>(
    `mutation($i: CreateReviewCampaignInput!) { createReviewCampaign(input: $i) { ${CAMPAIGN_RESULT} } }`,
    { i: { kind: 'SELF_INSPECTION', organizationId: W.org['富阳区人民调解委员会'], reviewerIds: [userIds['head.mediation-fuyang'], userIds['mediator.fuyang']] } },
    'head.mediation-fuyang',
  );
  if (!started) {
    REVIEW.draft.push(c.id);
    return c.id;
  }
  const s = await call<{ id: string; files: { id: string }[] }>(`mutation($id: ID!) { startReviewCampaign(id: $id) { ${CAMPAIGN_RESULT} } }`, { id: c.id }, 'head.mediation-fuyang');
  REVIEW.running.push(s.id);
  REVIEW.files.push(...s.files.map((f) => f.id));
  return s.id;
}

/**
 * Before each property: a fresh record or two in the state its mutation acts on, so that
 * earlier properties (whose successes move the world along) do not leave it only records
 * it can refuse.
 */
// ---------------------------------------------------------------- the expert pool (#17)

const EXPERT_FIELD = 'PROC-GOODS-IT';
/** 富阳区财政局's pool, proceedings to draw for, draws in force, their drawn experts, parties, challenges, files. */
const EXPERTS = { pool: [] as string[], proceedings: [] as string[], draws: [] as string[], drawn: [] as string[], parties: [] as string[], challenges: [] as string[], files: [] as string[] };
const EXPERT_DRAW_RESULT = '__typename ... on ErrorResult { message } ... on ExpertDraw { id drawnOrder seats { expertId status } }';

async function expertPool(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const e = await call<{ id: string }>(
      'mutation($i: CreateExpertInput!) { createExpert(input: $i) { __typename ... on ErrorResult { message } ... on Expert { id } } }',
      { i: { name: `专家${EXPERTS.pool.length + 1}号`, fields: [EXPERT_FIELD], employer: '某某大学', phone: '13957100001' } },
      'adjudicator.fuyang-finance',
    );
    EXPERTS.pool.push(e.id);
  }
}

/** A draw in force (a panel of two, two alternates) for a fresh procurement complaint of 富阳区财政局; with its opinion recorded, if asked. */
async function expertDraw(opinion: boolean): Promise<string> {
  if (EXPERTS.pool.length < 8) await expertPool(8 - EXPERTS.pool.length);
  const p = await admittedProceeding(false);
  const d = await call<{ id: string; drawnOrder: string[]; seats: { expertId: string; status: string }[] }>(
    `mutation($i: DrawExpertsInput!) { drawExperts(input: $i) { ${EXPERT_DRAW_RESULT} } }`,
    { i: { proceedingId: p, field: EXPERT_FIELD, panelSize: 2, alternates: 2, pauseClock: true } },
    'adjudicator.fuyang-finance',
  );
  const disputeId = await disputeOf(p);
  // The experts, parties and file of the newest draw only, so that a run's ids often belong together.
  EXPERTS.draws.push(d.id);
  EXPERTS.drawn = [...d.drawnOrder];
  EXPERTS.parties = (await sql<{ id: string }>('select id from party where dispute_id = ?', [disputeId])).map((r) => r.id);
  EXPERTS.files = [await upload(disputeId, 'adjudicator.fuyang-finance', '专家评审意见.pdf')];
  if (opinion) {
    for (const s of d.seats.filter((x) => x.status === 'SEATED')) {
      await call(`mutation($d: ID!, $e: ID!) { declareExpertNoConflict(drawId: $d, expertId: $e) { ${EXPERT_DRAW_RESULT} } }`, { d: d.id, e: s.expertId }, 'adjudicator.fuyang-finance');
    }
    await call(
      `mutation($d: ID!, $f: ID!) { recordExpertOpinion(drawId: $d, fileId: $f) { ${EXPERT_DRAW_RESULT} } }`,
      { d: d.id, f: EXPERTS.files[EXPERTS.files.length - 1] },
      'adjudicator.fuyang-finance',
    );
  }
  return d.id;
}

async function expertChallenge(): Promise<void> {
  const drawId = await expertDraw(false);
  const [seat] = await sql<{ expert_id: string; dispute_id: string }>(
    `select s.expert_id, d.dispute_id from expert_seat s join expert_draw d on d.id = s.draw_id where s.draw_id = ? and s.status = 'SEATED' order by s.drawn_position limit 1`,
    [drawId],
  );
  const [party] = await sql<{ id: string }>('select id from party where dispute_id = ? order by position limit 1', [seat.dispute_id]);
  const c = await call<{ id: string }>(
    'mutation($d: ID!, $e: ID!, $p: ID!) { challengeExpert(drawId: $d, expertId: $e, partyId: $p, reasons: "该专家与对方当事人有业务往来") { __typename ... on ErrorResult { message } ... on ExpertChallenge { id } } }',
    { d: drawId, e: seat.expert_id, p: party.id },
    'adjudicator.fuyang-finance',
  );
  EXPERTS.challenges.push(c.id);
}

async function replenish(name: string): Promise<void> {
  const fresh = async (n: number, make: () => Promise<unknown>) => {
    for (let i = 0; i < n; i++) await make();
  };
  switch (name) {
    case 'referDispute':
    case 'closeDispute':
    case 'withdrawDispute':
      return fresh(2, async () => push(W.disputes, 'awaiting', await registered('neighbourhood')));
    case 'acceptReferral':
    case 'declineReferral':
    case 'cancelReferral':
      return fresh(2, async () => {
        const d = await registered('neighbourhood');
        push(W.disputes, 'referred', d);
        push(W.referrals, 'pending', await referred(d, 'mediation'));
      });
    case 'admitProceeding':
    case 'rejectProceeding':
      return fresh(2, async () => {
        const d = await registered('procurement');
        push(W.disputes, 'inProgress', d);
        push(W.proceedings, 'review', await accepted(await referred(d, 'finance'), 'adjudicator.fuyang-finance'));
      });
    case 'assignProceeding':
    case 'setProceedingHandlers':
    case 'pauseProceeding':
    case 'extendProceeding':
    case 'concludeProceeding':
      // An adjudication (pausable, not extensible) and a mediation (extensible, not pausable).
      push(W.proceedings, 'adjudication', await admittedProceeding(false));
      return fresh(1, async () => {
        const d = await registered('neighbourhood');
        push(W.disputes, 'inProgress', d);
        push(W.proceedings, 'mediation', await accepted(await referred(d, 'mediation'), 'mediator.fuyang'));
      });
    case 'resumeProceeding':
      return fresh(2, async () => push(W.proceedings, 'paused', await admittedProceeding(true)));
    case 'requestJudicialConfirmation':
      return fresh(2, () => agreement('none'));
    case 'acceptJudicialConfirmation':
    case 'declineJudicialConfirmation':
      return fresh(2, () => agreement('pending'));
    case 'extendJudicialConfirmation':
    case 'decideJudicialConfirmation':
      return fresh(2, () => agreement('accepted'));
    // Case files: fresh cases and documents (earlier properties closed, withdrew or concluded some).
    case 'recordMaterial':
    case 'recordServiceAddress':
      await centerCase();
      await adjudicationCase();
      return;
    case 'issueDocument':
      await centerCase();
      await adjudicationCase();
      await mediationCase();
      await reviewCase();
      await referredCase();
      return;
    case 'correctDocument': {
      const adj = await adjudicationCase();
      await issued(adj, K.ANSWER_NOTICE, 'adjudicator.fuyang-finance');
      await issued(adj, K.SUPPLEMENT_NOTICE, 'adjudicator.fuyang-finance', { daysAllowed: 5 });
      await issued(await centerCase(), K.NOTICE_OF_RIGHTS, 'frontdesk');
      return;
    }
    case 'acknowledgeNotice':
      return fresh(2, async () => issued(await centerCase(), K.NOTICE_OF_RIGHTS, 'frontdesk'));
    case 'recordSupplementReceived':
      await issued(await adjudicationCase(), K.SUPPLEMENT_NOTICE, 'adjudicator.fuyang-finance', { daysAllowed: 10 });
      await issued(await centerCase(), K.SUPPLEMENT_NOTICE, 'frontdesk', { daysAllowed: 3 });
      return;
    case 'recordService':
      return documentsToServe();
    // Follow-ups: open ones of fresh agreements, some with a failed attempt.
    case 'recordFollowUp':
    case 'recordFollowUpAttempt':
      return fresh(2, () => followUp(false));
    case 'closeFollowUp':
      return fresh(2, () => followUp(true));
    // Typical cases: concluded mediations to draft from, and cases in each status.
    case 'draftTypicalCase':
      return fresh(2, () => agreement('none'));
    case 'updateTypicalCase':
    case 'submitTypicalCase':
      return fresh(2, () => typicalCase('draft'));
    case 'returnTypicalCase':
    case 'approveTypicalCase':
      return fresh(2, () => typicalCase('submitted'));
    case 'withdrawTypicalCase':
      await typicalCase('draft');
      await typicalCase('published');
      return;
    // Case-file review: campaigns to start or cancel, running ones to write, score and submit.
    case 'createReviewCampaign':
      return fresh(1, () => agreement('none'));
    case 'startReviewCampaign':
      return fresh(2, () => reviewCampaign(false));
    case 'cancelReviewCampaign':
      await reviewCampaign(false);
      await reviewCampaign(true);
      return;
    case 'saveReviewReport':
    case 'submitReviewReport':
    case 'scoreReviewFile':
      return fresh(2, () => reviewCampaign(true));
    // The expert pool: experts to change, proceedings to draw for, draws, challenges, draws with their opinion.
    case 'createExpert':
    case 'updateExpert':
    case 'removeExpert':
    case 'restoreExpert':
      return expertPool(2);
    case 'drawExperts':
      if (EXPERTS.pool.length < 8) await expertPool(8 - EXPERTS.pool.length);
      return fresh(2, async () => EXPERTS.proceedings.push(await admittedProceeding(false)));
    case 'redrawExperts':
    case 'declareExpertNoConflict':
    case 'withdrawExpert':
    case 'challengeExpert':
    case 'recordExpertOpinion':
      return fresh(2, () => expertDraw(false));
    case 'decideExpertChallenge':
      return fresh(2, () => expertChallenge());
    case 'rateExpert':
      return fresh(1, () => expertDraw(true));
  }
}

async function buildWorld(): Promise<void> {
  for (const u of USERNAMES) {
    tokens[u] = await t.login(u);
    const me = await call<{ id: string; organization: { id: string } | null }>('{ me { id organization { id } } }', {}, u);
    userIds[u] = me.id;
    if (me.organization && !userOfOrg.has(me.organization.id)) userOfOrg.set(me.organization.id, u);
  }
  const orgs = await call<{ id: string; name: string }[]>('{ organizations { id name } }', {}, 'frontdesk');
  for (const o of orgs) W.org[o.name] = o.id;
  W.orgIds = orgs.map((o) => o.id);
  W.matterCodes = (await call<{ code: string }[]>('{ matters { code } }', {}, 'frontdesk')).map((m) => m.code);
  for (let i = 0; i < 3; i++) {
    const created = await call<{ user: { id: string } }>(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { __typename ... on UserCredentials { user { id } } } }',
      { i: { username: `fuzz.account${i}`, displayName: `模糊测试账号${i}`, roles: ['HANDLER'], organizationId: W.org['富阳区人民调解委员会'] } },
      'admin',
    );
    W.accounts.push(created.user.id);
    const org = await call<{ id: string }>(
      'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { __typename ... on Organization { id } } }',
      { i: { name: `模糊测试调解委员会${i}`, kind: 'PEOPLES_MEDIATION_COMMITTEE', channels: ['MEDIATION'], region: '富阳区' } },
      'admin',
    );
    W.fuzzOrgs.push(org.id);
  }

  // One or two records in every state a mutation acts on; replenish() adds fresh ones per property.
  for (let i = 0; i < 2; i++) push(W.disputes, 'awaiting', await registered('neighbourhood'));
  push(W.disputes, 'awaitingProcurement', await registered('procurement'));
  await replenish('acceptReferral'); // pending referrals to 富阳区人民调解委员会
  {
    const d = await registered('procurement');
    push(W.disputes, 'referred', d);
    push(W.referrals, 'pendingFinance', await referred(d, 'finance'));
  }
  {
    const d = await registered('neighbourhood');
    const r = await referred(d, 'mediation');
    push(W.disputes, 'inProgress', d);
    push(W.referrals, 'accepted', r);
    push(W.proceedings, 'mediation', await accepted(r, 'mediator.fuyang'));
  }
  await replenish('admitProceeding'); // proceedings under acceptance review
  push(W.proceedings, 'adjudication', await admittedProceeding(false));
  push(W.proceedings, 'paused', await admittedProceeding(true));
  await agreement('none');
  await agreement('pending');
  await agreement('accepted');
  {
    const d = await registered('neighbourhood');
    const r = await referred(d, 'mediation');
    await call('mutation($id: ID!) { declineReferral(id: $id, reason: "不属本会受理范围") { __typename ... on ErrorResult { message } } }', { id: r }, 'mediator.fuyang');
    push(W.disputes, 'declined', d);
    push(W.referrals, 'declined', r);
    const closed = await registered('neighbourhood');
    await call('mutation($id: ID!) { closeDispute(id: $id, note: "无需处理") { __typename ... on ErrorResult { message } } }', { id: closed }, 'frontdesk');
    push(W.disputes, 'closed', closed);
  }
  push(W.disputes, 'court', (await call<{ id: string }>(REGISTER, { input: { ...neighbourhoodDispute(), source: 'COURT' } }, 'court.liaison')).id);

  // Case files: cases with files, and documents of each kind of holder (the disputes are in the pools above too,
  // so the earlier properties also close, withdraw and conclude disputes with documents and open service clocks).
  await documentsToServe();
  const adj = await adjudicationCase();
  await issued(adj, K.SUPPLEMENT_NOTICE, 'adjudicator.fuyang-finance', { daysAllowed: 5 });
  await referredCase();
  await reviewCase();
  CF.templates = (
    await call<{ kind: DocumentKind; matterCode: string | null; channel: string | null; organizationId: string | null; title: string; sections: { heading: string | null; text: string }[] }[]>(
      '{ documentTemplates { kind matterCode channel organizationId title sections { heading text } } }',
      {},
      'admin',
    )
  ).filter((tp) => tp.organizationId === null);
}

beforeAll(async () => {
  const started = Date.now();
  t = await startTestHub({ LOGIN_MAX_FAILURES_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_USER: '1000' }, { now: () => NOW });
  const hubReady = Date.now();
  await buildWorld();
  // eslint-disable-next-line no-console
  console.log(`fuzz-mutations: hub up in ${hubReady - started} ms, world built in ${Date.now() - hubReady} ms`);
}, 180_000);

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(
    `fuzz-mutations: seed ${SEED}, ${RUNS} runs per property; outcomes per mutation:\n${Object.entries(outcomes)
      .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
      .join('\n')}`,
  );
  if (examples.length) console.log(examples.join('\n')); // eslint-disable-line no-console
  await t?.stop();
});

// ---------------------------------------------------------------- tokens

function authOf(right: Username[]): fc.Arbitrary<Auth> {
  const forged = (payload: object): Auth =>
    `RAW:Bearer ${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;
  return fc.oneof(
    { weight: 20, arbitrary: fc.constant<Auth>('HOLDER') },
    { weight: 10, arbitrary: fc.constantFrom<Auth>(...right) },
    { weight: 2, arbitrary: fc.constantFrom<Auth>(...USERNAMES) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Auth>('ANONYMOUS', 'RAW:Bearer garbage', 'RAW:Basic YWRtaW46ZGVtby1wYXNzd29yZA==', 'RAW:Bearer ', 'RAW:bearer', `RAW:Bearer ${'a'.repeat(5000)}`, 'RAW:Bearer \u00e9'),
    },
    { weight: 1, arbitrary: fc.constant(null).map((): Auth => forged({ sub: userIds.admin, iss: 'dispute-hub', aud: 'dispute-hub-api', iat: 1, exp: 4102444800 })) },
    { weight: 1, arbitrary: fc.constant(null).map((): Auth => `RAW:Bearer ${tokens.admin.slice(0, -2)}xx`) },
  );
}

// ---------------------------------------------------------------- selections

/** Error fragments of the members of a result union (spreading a non-member is a validation error). */
function errorsOf(...members: ('ValidationError' | 'NotFoundError' | 'InvalidTransitionError' | 'VersionConflictError' | 'ExtensionNotAllowedError' | 'InvalidCredentialsError')[]): string {
  const extra: Record<string, string> = {
    ValidationError: '... on ValidationError { fieldErrors { field message } }',
    InvalidTransitionError: '... on InvalidTransitionError { currentStatus }',
    VersionConflictError: '... on VersionConflictError { currentVersion }',
    ExtensionNotAllowedError: '... on ExtensionNotAllowedError { maxExtension alreadyExtended }',
  };
  return `... on ErrorResult { errorCode: code message } ${members.map((m) => extra[m] ?? '').join(' ')}`;
}
const ACTION_ERRORS = errorsOf('ValidationError', 'NotFoundError', 'InvalidTransitionError', 'VersionConflictError');
const DISPUTE_SEL = `{ __typename ${ACTION_ERRORS} ... on Dispute { id code status version amount occurredOn nextDeadline { dueOn state } } }`;
const REGISTER_SEL = `{ __typename ${errorsOf('ValidationError')} ... on Dispute { id code status version amount occurredOn nextDeadline { dueOn state } } }`;
const REFERRAL_SEL = `{ __typename ${ACTION_ERRORS} ... on Referral { id status kind channel responseDeadline { dueOn state remaining } proceeding { id status } } }`;
const PROCEEDING_SEL = `{ __typename ${ACTION_ERRORS} ${errorsOf('ExtensionNotAllowedError')} ... on Proceeding { id status version procedure caseNumber acceptanceDeadline { dueOn state } handlingDeadline { dueOn state remaining } pauses { reason endedAt } extensions { amount unit } outcome { kind effectiveOn } judicialConfirmationApplicationDeadline { dueOn } } }`;
const JC_SEL = `{ __typename ${ACTION_ERRORS} ${errorsOf('ExtensionNotAllowedError')} ... on JudicialConfirmation { id status version acceptanceDeadline { dueOn state } decisionDeadline { dueOn state } extensions { amount } } }`;

const EVENTS_AND_AUDIT: Partial<Record<Table, [number, number]>> = { dispute_event: [1, 1], audit_entry: [1, 1] };

// ---------------------------------------------------------------- the operations

const HANDLERS: Username[] = ['mediator.fuyang', 'adjudicator.fuyang-finance'];
const REASONS = ['依法处理', '当事人申请撤回', '不属本机构受理范围', '经院长批准延长', '双方同意延长调解期限'];

function partyish(): fc.Arbitrary<unknown> {
  return fc.record(
    {
      role: mix(enumish(Object.values(PartyRole))),
      kind: mix(enumish(Object.values(PartyKind))),
      name: mix(textish(['张三', '杭州某某有限公司', 'A'])),
      idType: mix(opt(enumish(Object.values(IdType)))),
      idNumber: mix(opt(idNumberish)),
      phone: mix(opt(phoneish)),
      address: mix(opt(textish(['杭州市富阳区某路1号']))),
    },
    { requiredKeys: ['role', 'kind', 'name'] },
  );
}

/** A valid registration (neighbourhood or procurement) with a few fields replaced by random or malformed values. */
function registerInput(): Pair {
  type Patch = [string, unknown];
  const patch: fc.Arbitrary<Patch> = fc.oneof(
    fc.tuple(fc.constantFrom('title', 'facts'), mix(textish(['相邻通行纠纷', '双方因院落通道使用问题发生争执，申请人请求调解。']))),
    fc.tuple(fc.constant('region'), fc.oneof(fc.constantFrom('富阳区', '杭州市', '西湖区', ' 富阳区 ', 'fuyang', '北京市'), garbage)),
    fc.tuple(fc.constant('idempotencyKey'), fc.oneof(fc.uuid(), fc.constantFrom('key-12345678', 'k'.repeat(128), 'k'.repeat(129), 'short', 'a b c d e f g h', undefined, null), garbage)),
    fc.tuple(fc.constant('matterCode'), mix(opt({ valid: fc.constantFrom(...W.matterCodes), bad: fc.oneof(garbage, poisoned(fc.constantFrom(...W.matterCodes))) }))),
    fc.tuple(fc.constant('amount'), mix(opt(decimalish))),
    fc.tuple(fc.constant('occurredOn'), mix(opt(dateish))),
    fc.tuple(fc.constant('category'), mix(enumish(Object.values(DisputeCategory)))),
    fc.tuple(fc.constant('source'), mix(enumish(Object.values(DisputeSource)))),
    fc.tuple(fc.constant('applicationData'), fc.oneof(jsonish.valid, jsonish.bad, fc.constant(undefined), fc.constant(null))),
    fc.tuple(
      fc.constant('parties'),
      fc.oneof(
        { weight: 5, arbitrary: fc.array(partyish(), { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.constant(Array.from({ length: 51 }, () => ({ role: 'APPLICANT', kind: 'PERSON', name: '甲' }))) },
        { weight: 1, arbitrary: fc.constant(Array.from({ length: 50 }, (_, i) => ({ role: 'APPLICANT', kind: 'PERSON', name: `甲${i}` }))) },
        { weight: 1, arbitrary: wrongType },
      ),
    ),
    fc.tuple(fc.constantFrom('parties.0.idNumber', 'parties.1.idNumber'), fc.oneof(idNumberish.valid, idNumberish.bad)),
    fc.tuple(fc.constantFrom('parties.0.phone', 'parties.1.phone'), fc.oneof(phoneish.valid, phoneish.bad)),
    fc.tuple(fc.constantFrom('parties.0.name', 'parties.0.address'), garbage),
    fc.tuple(
      fc.constantFrom('parties.0.role', 'parties.0.kind', 'parties.0.idType', 'parties.1.idType'),
      enumish([...Object.values(PartyRole), ...Object.values(PartyKind), ...Object.values(IdType)]).bad,
    ),
    fc.tuple(fc.constantFrom('parties.0.idType', 'parties.1.idType'), fc.constantFrom(...Object.values(IdType))),
    fc.tuple(fc.constant('parties.2'), partyish()),
  );
  // Every string of the input, for poisoning one of them.
  const STRING_PATHS = [
    'title',
    'facts',
    'matterCode',
    'amount',
    'region',
    'occurredOn',
    'idempotencyKey',
    'parties.0.name',
    'parties.0.idNumber',
    'parties.0.phone',
    'parties.0.address',
    'parties.1.name',
    'applicationData.contactName',
    'applicationData.contactPhone',
    'applicationData.questionDate',
    'applicationData.procurementMethod',
    'applicationData.complainantCreditCode',
  ];
  const poison = fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...STRING_PATHS), fc.constantFrom(...POISON), fc.nat()) });
  const build = (maxPatches: number, withPoison: boolean) =>
    fc.tuple(fc.constantFrom('neighbourhood', 'procurement'), fc.array(patch, { maxLength: maxPatches }), withPoison ? poison : fc.constant(null)).map(([base, patches, poisonAt]) => {
      const input = JSON.parse(JSON.stringify(base === 'neighbourhood' ? neighbourhoodDispute() : procurementComplaint())) as Record<string, unknown>;
      const ops: [string, (old: unknown) => unknown][] = patches.map(([path, value]) => [path, () => value]);
      if (poisonAt) {
        const [path, c, at] = poisonAt;
        ops.push([path, (old) => (typeof old === 'string' ? old.slice(0, at % (old.length + 1)) + c + old.slice(at % (old.length + 1)) : `GOV${c}`)]);
      }
      for (const [path, f] of ops) {
        const keys = path.split('.');
        let target: unknown = input;
        for (const k of keys.slice(0, -1)) target = target !== null && typeof target === 'object' ? (target as Record<string, unknown>)[k] : undefined;
        if (target === null || typeof target !== 'object') continue;
        const last = keys[keys.length - 1];
        const value = f((target as Record<string, unknown>)[last]);
        if (value === undefined) delete (target as Record<string, unknown>)[last];
        else (target as Record<string, unknown>)[last] = value;
      }
      return input;
    });
  return { valid: build(2, false), bad: fc.oneof({ weight: 6, arbitrary: build(4, true) }, { weight: 1, arbitrary: wrongType }) };
}

function operations(): Record<string, OpSpec> {
  const reason = textish(REASONS);
  const proceedingIds = idOf(allOf(W.proceedings));
  const disputeIds = idOf(allOf(W.disputes));
  const referralIds = idOf(allOf(W.referrals));
  const confirmationIds = idOf(allOf(W.confirmations));
  const orgIds = idOf(W.orgIds);
  const courts = idOf([W.org['杭州市中级人民法院'], W.org['富阳区人民法院'], W.org['富阳区人民法院'], W.org['杭州市中级人民法院'], W.org['富阳区财政局']]);
  const matterCode: Pair = {
    valid: fc.constantFrom(...W.matterCodes),
    bad: fc.oneof(
      garbage,
      poisoned(fc.constantFrom(...W.matterCodes)),
      fc.constantFrom(...W.matterCodes).map((c) => c.toLowerCase()),
    ),
  };
  /** An input object whose fields are each mostly valid; or not an object at all. */
  const inputOf = (fields: Record<string, Pair>, required: string[]): Pair => ({
    valid: fc.record(Object.fromEntries(Object.entries(fields).map(([k, p]) => [k, p.valid])), { requiredKeys: required }),
    bad: fc.oneof({ weight: 6, arbitrary: fc.record(Object.fromEntries(Object.entries(fields).map(([k, p]) => [k, mix(p)])), { requiredKeys: [] }) }, { weight: 1, arbitrary: wrongType }),
  });
  return {
    login: {
      field: 'login',
      args: [
        arg('username', 'String!', {
          valid: fc.constantFrom(...USERNAMES, ' admin '),
          bad: fc.oneof(garbage, poisoned(fc.constantFrom(...USERNAMES)), fc.constantFrom('ADMIN', `admin${' '.repeat(99)}`)),
        }),
        arg('password', 'String!', { valid: fc.constant('demo-password'), bad: fc.oneof(garbage, poisoned(fc.constant('demo-password')), fc.constantFrom('p'.repeat(201), 'demo-password ', '')) }),
      ],
      selection: `{ __typename ${errorsOf('InvalidCredentialsError')} ... on Session { token expiresAt user { id username roles } } }`,
      auth: fc.constantFrom<Auth>('ANONYMOUS', 'ANONYMOUS', 'frontdesk', 'RAW:Bearer garbage'),
      fallback: 'frontdesk',
      success: ['Session'],
      expect: { deltas: {} },
    },
    registerDispute: {
      field: 'registerDispute',
      args: [arg('input', 'RegisterDisputeInput!', registerInput())],
      selection: REGISTER_SEL,
      auth: authOf(['frontdesk', 'frontdesk', 'court.liaison']),
      fallback: 'frontdesk',
      success: ['Dispute'],
      expect: {
        deltas: { dispute: [0, 1], party: [0, 50], dispute_event: [0, 1], dispute_access: [0, 1], audit_entry: [0, 1] },
        check(vars, before, after) {
          const input = vars.input as { parties: unknown[]; idempotencyKey?: string | null };
          const d = countDiff(before, after);
          // An idempotent replay writes nothing; a registration writes the dispute, its parties, one event, one grant, one audit entry.
          if (!Object.keys(d).length && input.idempotencyKey) return;
          expect(d).toEqual({ dispute: 1, party: input.parties.length, dispute_event: 1, dispute_access: 1, audit_entry: 1 });
        },
      },
    },
    referDispute: {
      field: 'referDispute',
      args: [
        arg(
          'input',
          'ReferDisputeInput!',
          inputOf(
            {
              disputeId: disputeIds,
              toOrganizationId: orgIds,
              channel: enumish(Object.values(Channel)),
              kind: enumish(Object.values(ReferralKind)),
              matterCode: opt(matterCode),
              procedure: opt(enumish(Object.values(ProcedureTrack))),
              reason,
              note: opt(reason),
              expectedVersion: version,
            },
            ['disputeId', 'toOrganizationId', 'channel', 'kind', 'reason'],
          ),
        ),
      ],
      selection: REFERRAL_SEL,
      auth: authOf(['frontdesk', 'frontdesk', 'mediator.fuyang', 'court.liaison']),
      fallback: 'frontdesk',
      holder: { kind: 'dispute', path: 'input.disputeId' },
      success: ['Referral'],
      expect: { deltas: { referral: [1, 1], deadline: [1, 1], dispute_event: [1, 1], dispute_access: [0, 1], audit_entry: [1, 1] } },
    },
    acceptReferral: {
      field: 'acceptReferral',
      args: [arg('id', 'ID!', referralIds), arg('expectedVersion', 'Int', version)],
      selection: REFERRAL_SEL,
      auth: authOf(HANDLERS),
      fallback: HANDLERS[0],
      holder: { kind: 'referralReceiver', path: 'id' },
      success: ['Referral'],
      expect: { deltas: { proceeding: [1, 1], deadline: [0, 2], dispute_event: [1, 1], dispute_access: [0, 1], audit_entry: [1, 1] } },
    },
    declineReferral: {
      field: 'declineReferral',
      args: [arg('id', 'ID!', referralIds), arg('reason', 'String!', reason), arg('expectedVersion', 'Int', version)],
      selection: REFERRAL_SEL,
      auth: authOf(HANDLERS),
      fallback: HANDLERS[0],
      holder: { kind: 'referralReceiver', path: 'id' },
      success: ['Referral'],
      expect: { deltas: EVENTS_AND_AUDIT },
    },
    cancelReferral: {
      field: 'cancelReferral',
      args: [arg('id', 'ID!', referralIds), arg('reason', 'String!', reason), arg('expectedVersion', 'Int', version)],
      selection: REFERRAL_SEL,
      auth: authOf(['frontdesk']),
      fallback: 'frontdesk',
      holder: { kind: 'referralSender', path: 'id' },
      success: ['Referral'],
      expect: { deltas: EVENTS_AND_AUDIT },
    },
    admitProceeding: {
      field: 'admitProceeding',
      args: [
        arg('id', 'ID!', proceedingIds),
        arg('procedure', 'ProcedureTrack', opt(enumish(Object.values(ProcedureTrack)))),
        arg('caseNumber', 'String', opt(textish(['富财采投〔2026〕1号', 'A-1']))),
        arg('expectedVersion', 'Int', version),
      ],
      selection: PROCEEDING_SEL,
      auth: authOf(HANDLERS),
      fallback: HANDLERS[0],
      holder: { kind: 'proceeding', path: 'id' },
      success: ['Proceeding'],
      // The admitting user becomes the lead handler (staff, #17): a proceeding_handler row, no event of its own.
      expect: { deltas: { deadline: [0, 1], dispute_event: [1, 1], audit_entry: [1, 1], proceeding_handler: [0, 1] } },
    },
    rejectProceeding: {
      field: 'rejectProceeding',
      args: [
        arg('id', 'ID!', proceedingIds),
        arg('reason', 'String!', reason),
        arg('suggestedChannel', 'Channel', opt(enumish(Object.values(Channel)))),
        arg('suggestedOrganizationId', 'ID', opt(orgIds)),
        arg('expectedVersion', 'Int', version),
      ],
      selection: PROCEEDING_SEL,
      auth: authOf(HANDLERS),
      fallback: HANDLERS[0],
      holder: { kind: 'proceeding', path: 'id' },
      success: ['Proceeding'],
      expect: { deltas: EVENTS_AND_AUDIT },
    },
    assignProceeding: {
      field: 'assignProceeding',
      args: [arg('id', 'ID!', proceedingIds), arg('userId', 'ID!', idOf(Object.values(userIds))), arg('expectedVersion', 'Int', version)],
      selection: PROCEEDING_SEL,
      auth: authOf(HANDLERS),
      fallback: HANDLERS[0],
      holder: { kind: 'proceeding', path: 'id' },
      success: ['Proceeding'],
      expect: { deltas: EVENTS_AND_AUDIT },
    },
    pauseProceeding: {
      field: 'pauseProceeding',
      args: [arg('id', 'ID!', proceedingIds), arg('reason', 'PauseReason!', enumish(Object.values(PauseReason))), arg('note', 'String', opt(reason)), arg('expectedVersion', 'Int', version)],
      selection: PROCEEDING_SEL,
      auth: authOf(HANDLERS),
      fallback: HANDLERS[0],
      holder: { kind: 'proceeding', path: 'id' },
      success: ['Proceeding'],
      expect: { deltas: { proceeding_pause: [1, 1], dispute_event: [1, 1], audit_entry: [1, 1] } },
    },
    resumeProceeding: {
      field: 'resumeProceeding',
      args: [arg('id', 'ID!', proceedingIds), arg('expectedVersion', 'Int', version)],
      selection: PROCEEDING_SEL,
      auth: authOf(HANDLERS),
      fallback: HANDLERS[0],
      holder: { kind: 'proceeding', path: 'id' },
      success: ['Proceeding'],
      expect: { deltas: EVENTS_AND_AUDIT },
    },
    extendProceeding: {
      field: 'extendProceeding',
      args: [
        arg('id', 'ID!', proceedingIds),
        arg('amount', 'Int!', { valid: fc.integer({ min: 1, max: 40 }), bad: intish }),
        arg('reason', 'String!', reason),
        arg('basis', 'ExtensionBasis!', enumish(Object.values(ExtensionBasis))),
        arg('approverName', 'String', opt(textish(['王局长']))),
        arg('expectedVersion', 'Int', version),
      ],
      selection: PROCEEDING_SEL,
      auth: authOf(HANDLERS),
      fallback: HANDLERS[0],
      holder: { kind: 'proceeding', path: 'id' },
      success: ['Proceeding'],
      expect: { deltas: { extension: [1, 1], dispute_event: [1, 1], audit_entry: [1, 1] } },
    },
    concludeProceeding: {
      field: 'concludeProceeding',
      args: [
        arg(
          'input',
          'ConcludeProceedingInput!',
          inputOf(
            {
              proceedingId: proceedingIds,
              outcome: enumish(Object.values(OutcomeKind)),
              summary: textish(['双方达成调解协议', '投诉事项不成立，驳回投诉']),
              documentNumber: opt(textish(['富财采决〔2026〕1号'])),
              effectiveOn: opt({ valid: fc.constantFrom('2026-03-02', '2026-03-01'), bad: fc.oneof(dateish.valid, dateish.bad) }),
              expectedVersion: version,
            },
            ['proceedingId', 'outcome', 'summary'],
          ),
        ),
      ],
      selection: PROCEEDING_SEL,
      auth: authOf(HANDLERS),
      fallback: HANDLERS[0],
      holder: { kind: 'proceeding', path: 'input.proceedingId' },
      success: ['Proceeding'],
      // A settling outcome resolves the dispute: its follow-up (回访) and the FOLLOW_UP clock.
      expect: { deltas: { referral: [0, 1], deadline: [0, 2], dispute_event: [1, 2], dispute_access: [0, 1], audit_entry: [1, 1], follow_up: [0, 1] } },
    },
    requestJudicialConfirmation: {
      field: 'requestJudicialConfirmation',
      args: [arg('proceedingId', 'ID!', proceedingIds), arg('courtId', 'ID!', courts)],
      selection: JC_SEL,
      auth: authOf(['mediator.fuyang']),
      fallback: 'mediator.fuyang',
      holder: { kind: 'proceeding', path: 'proceedingId' },
      success: ['JudicialConfirmation'],
      expect: { deltas: { judicial_confirmation: [1, 1], deadline: [1, 1], dispute_event: [1, 1], dispute_access: [0, 1], audit_entry: [1, 1] } },
    },
    acceptJudicialConfirmation: {
      field: 'acceptJudicialConfirmation',
      args: [arg('id', 'ID!', confirmationIds), arg('expectedVersion', 'Int', version)],
      selection: JC_SEL,
      auth: authOf(['court.liaison']),
      fallback: 'court.liaison',
      holder: { kind: 'confirmation', path: 'id' },
      success: ['JudicialConfirmation'],
      expect: { deltas: { deadline: [1, 1], dispute_event: [1, 1], audit_entry: [1, 1] } },
    },
    declineJudicialConfirmation: {
      field: 'declineJudicialConfirmation',
      args: [arg('id', 'ID!', confirmationIds), arg('reason', 'String!', reason), arg('expectedVersion', 'Int', version)],
      selection: JC_SEL,
      auth: authOf(['court.liaison']),
      fallback: 'court.liaison',
      holder: { kind: 'confirmation', path: 'id' },
      success: ['JudicialConfirmation'],
      expect: { deltas: EVENTS_AND_AUDIT },
    },
    extendJudicialConfirmation: {
      field: 'extendJudicialConfirmation',
      args: [arg('id', 'ID!', confirmationIds), arg('reason', 'String!', reason), arg('approverName', 'String', opt(textish(['院长']))), arg('expectedVersion', 'Int', version)],
      selection: JC_SEL,
      auth: authOf(['court.liaison']),
      fallback: 'court.liaison',
      holder: { kind: 'confirmation', path: 'id' },
      success: ['JudicialConfirmation'],
      expect: { deltas: { extension: [1, 1], dispute_event: [1, 1], audit_entry: [1, 1] } },
    },
    decideJudicialConfirmation: {
      field: 'decideJudicialConfirmation',
      args: [
        arg('id', 'ID!', confirmationIds),
        arg('decision', 'JudicialConfirmationDecision!', enumish(Object.values(JudicialConfirmationDecision))),
        arg('rulingNumber', 'String', opt(textish(['（2026）浙01民特1号']))),
        arg('note', 'String', opt(reason)),
        arg('expectedVersion', 'Int', version),
      ],
      selection: JC_SEL,
      auth: authOf(['court.liaison']),
      fallback: 'court.liaison',
      holder: { kind: 'confirmation', path: 'id' },
      success: ['JudicialConfirmation'],
      expect: { deltas: EVENTS_AND_AUDIT },
    },
    closeDispute: {
      field: 'closeDispute',
      args: [arg('id', 'ID!', disputeIds), arg('note', 'String', opt(reason)), arg('expectedVersion', 'Int', version)],
      selection: DISPUTE_SEL,
      auth: authOf(['frontdesk', 'frontdesk', 'mediator.fuyang']),
      fallback: 'frontdesk',
      holder: { kind: 'dispute', path: 'id' },
      success: ['Dispute'],
      // Closed without an earlier resolution: its follow-up (回访) and the FOLLOW_UP clock.
      expect: { deltas: { ...EVENTS_AND_AUDIT, deadline: [0, 1], follow_up: [0, 1] } },
    },
    withdrawDispute: {
      field: 'withdrawDispute',
      args: [arg('id', 'ID!', disputeIds), arg('reason', 'String!', reason), arg('expectedVersion', 'Int', version)],
      selection: DISPUTE_SEL,
      auth: authOf(['frontdesk', 'frontdesk', 'mediator.fuyang']),
      fallback: 'frontdesk',
      holder: { kind: 'dispute', path: 'id' },
      success: ['Dispute'],
      expect: { deltas: { dispute_event: [1, 20], audit_entry: [1, 1] } },
    },
    loadHolidayCalendar: {
      field: 'loadHolidayCalendar',
      args: [
        arg('input', 'HolidayScheduleInput!', {
          valid: fc
            .tuple(fc.integer({ min: 2027, max: 2999 }), fc.uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 12 }), fc.constantFrom('国务院办公厅关于部分节假日安排的通知', 'test schedule'))
            .map(([year, days, source]) => ({
              year,
              holidays: days.map((d) => new Date(Date.UTC(year, 0, 1 + d)).toISOString().slice(0, 10)),
              makeUpWorkdays: [],
              source,
            })),
          bad: fc.record(
            {
              year: mix({ valid: fc.integer({ min: 2027, max: 2999 }), bad: intish }),
              holidays: fc.oneof(fc.array(fc.oneof(dateish.valid, dateish.bad), { maxLength: 6 }), fc.array(validDate, { maxLength: 400 }), wrongType),
              makeUpWorkdays: fc.oneof(fc.array(fc.oneof(dateish.valid, dateish.bad), { maxLength: 3 }), wrongType),
              source: fc.oneof(textish(['国务院办公厅关于部分节假日安排的通知']).valid, textish(['国务院办公厅关于部分节假日安排的通知']).bad),
            },
            { requiredKeys: [] },
          ),
        }),
      ],
      selection: `{ __typename ${errorsOf('ValidationError')} ... on HolidayCalendar { year official source holidays makeUpWorkdays } }`,
      auth: authOf(['admin']),
      fallback: 'admin',
      success: ['HolidayCalendar'],
      expect: { deltas: { holiday_calendar: [0, 1], audit_entry: [1, 1] } },
    },
    ...administration(),
    ...caseFiles(),
    ...typicalCases(),
    ...staff(),
    ...experts(),
    ...reviews(),
    ...followUps(),
  };

  /** Follow-up visits (回访, #17): of 富阳区人民调解委员会's resolved disputes, by its mediators. */
  function followUps(): Record<string, OpSpec> {
    const all = () => [...FOLLOW_UPS.open, ...FOLLOW_UPS.tried];
    const ids = (pool: () => string[]): Pair => ({ valid: dyn(pool, fc.uuid()), bad: fc.oneof(idOf(all()).bad, fc.constantFrom(...(all().length ? all() : ['x']))) });
    const score: Pair = { valid: fc.integer({ min: 1, max: 5 }), bad: fc.oneof(intish, fc.constantFrom(0, 6, -1, 2.5)) };
    // The agreements take effect on 2026-03-02 (the world's today): any other day is before the conclusion or in the future.
    const day: Pair = { valid: fc.constant('2026-03-02'), bad: fc.oneof(dateish.valid, dateish.bad, fc.constantFrom('2026-03-01', '2026-03-03', '2025-12-31')) };
    const methods = enumish(['PHONE', 'VISIT', 'SMS', 'ONLINE', 'LETTER', 'IN_PERSON']);
    const SEL = `{ __typename ${errorsOf('ValidationError', 'NotFoundError', 'InvalidTransitionError', 'VersionConflictError')} ... on FollowUp {
      id status version visitedOn method performance professionalism ease timeliness fairness averageScore satisfied comments attempts { attemptedOn method } deadline { state } } }`;
    const on = (field: string, pool: () => string[], extra: ArgSpec[], events: [number, number]): OpSpec => ({
      field,
      args: [arg('followUpId', 'ID!', ids(pool)), ...extra, arg('expectedVersion', 'Int', version)],
      selection: SEL,
      auth: authOf(['mediator.fuyang', 'mediator2.fuyang']),
      fallback: 'mediator.fuyang',
      holder: { kind: 'followUp', path: 'followUpId' },
      success: ['FollowUp'],
      // The comments are personal data: their read is audited besides the change.
      expect: { deltas: { dispute_event: events, audit_entry: [1, 2] } },
    });
    return {
      recordFollowUp: on(
        'recordFollowUp',
        () => FOLLOW_UPS.open,
        [
          arg(
            'input',
            'RecordFollowUpInput!',
            inputOf(
              {
                visitedOn: day,
                method: methods,
                performance: enumish(['PERFORMED', 'PARTLY', 'NOT_PERFORMED', 'NOT_APPLICABLE']),
                professionalism: score,
                ease: score,
                timeliness: score,
                fairness: score,
                comments: opt(textish(['当事人表示已履行', '对调解结果满意。'])),
              },
              ['visitedOn', 'method', 'performance', 'professionalism', 'ease', 'timeliness', 'fairness'],
            ),
          ),
        ],
        [1, 1],
      ),
      recordFollowUpAttempt: on('recordFollowUpAttempt', () => FOLLOW_UPS.open, [arg('attemptedOn', 'Date!', day), arg('method', 'FollowUpMethod!', methods)], [1, 2]),
      closeFollowUp: on('closeFollowUp', () => FOLLOW_UPS.tried, [], [1, 1]),
    };
  }

  /** Case-file review (#16): 富阳区人民调解委员会's head inspects its own files, the justice bureau spot-checks, ADMIN keeps the checklist. */
  function reviews(): Record<string, OpSpec> {
    const runners: Username[] = ['head.mediation-fuyang', 'reviewer'];
    const campaignIds = (pool: () => string[]): Pair => ({ valid: dyn(pool, fc.uuid()), bad: idOf([]).bad });
    const SEL = `{ __typename ${ACTION_ERRORS} ... on ReviewCampaign { id kind status version sampleSize sampleSeed candidateCount candidateHash checklistVersion
      report { problems } statistics { files scored averageScore } files { id disputeCode checks { code status evidence { summary } } } } }`;
    const reviewers: Pair = {
      valid: fc.constant(null).chain(() => fc.subarray([userIds['head.mediation-fuyang'], userIds['mediator.fuyang'], userIds.reviewer, userIds['adjudicator.finance']], { minLength: 1 })),
      bad: fc.oneof(
        fc.array(idOf([]).bad, { maxLength: 3 }),
        fc.constant([]),
        fc.constant(null).map(() => [userIds.frontdesk]),
        wrongType,
      ),
    };
    const onCampaign = (field: string, pool: () => string[], extra: ArgSpec[], deltas: Partial<Record<Table, [number, number]>>, check?: Expectation['check']): OpSpec => ({
      field,
      args: [arg('id', 'ID!', campaignIds(pool)), ...extra, arg('expectedVersion', 'Int', version)],
      selection: SEL,
      auth: authOf(runners),
      fallback: 'head.mediation-fuyang',
      success: ['ReviewCampaign'],
      expect: { deltas: { audit_entry: [1, 1], ...deltas }, check },
    });
    const drop = (list: string[], id: string) => list.splice(0, list.length, ...list.filter((x) => x !== id));
    const reportText = opt(textish(['司法局组成评查组逐卷评查。', '个别案卷超期办结。', '建立期限预警。']));
    const itemCodes = SHIPPED_CHECKLIST.items.map((i) => i.code);
    const checkCodes = SHIPPED_CHECKLIST.checks.map((c) => c.check);
    const vetoCodes = SHIPPED_CHECKLIST.vetoItems.map((v) => v.code);
    const decision = fc.record(
      {
        code: fc.constantFrom(...checkCodes),
        confirmed: fc.boolean(),
        status: fc.constantFrom('PASS', 'FAIL', 'NOT_APPLICABLE', 'NOT_RECORDED'),
        deduction: fc.integer({ min: 0, max: 10 }),
        reason: fc.constantFrom('纸质卷宗中有记录', '经核实'),
      },
      { requiredKeys: ['code', 'confirmed'] },
    );
    const deduction = fc.record(
      { itemCode: fc.constantFrom(...itemCodes), points: fc.integer({ min: 1, max: 5 }), note: fc.constantFrom('表述简略', '顺序有误') },
      { requiredKeys: ['itemCode', 'points'] },
    );
    const checklistInput: Pair = {
      valid: fc.constantFrom(
        SHIPPED_CHECKLIST,
        { ...SHIPPED_CHECKLIST, grades: SHIPPED_CHECKLIST.grades.filter((g) => g.grade !== 'GOOD') },
        {
          ...SHIPPED_CHECKLIST,
          grades: [
            { grade: 'EXCELLENT', minScore: 85 },
            { grade: 'QUALIFIED', minScore: 60 },
          ],
        },
      ),
      bad: fc.oneof(
        fc.constant({
          ...SHIPPED_CHECKLIST,
          groups: [
            { group: 'FORM', max: 30 },
            { group: 'SUBSTANCE', max: 80 },
          ],
        }),
        fc.constant({ ...SHIPPED_CHECKLIST, items: [] }),
        fc.record({
          vetoItems: fc.array(fc.record({ code: garbage, title: garbage }), { maxLength: 2 }),
          groups: wrongType,
          items: fc.constant([]),
          grades: fc.constant([]),
          checks: fc.constant([]),
          requiredDocuments: fc.constant([]),
        }),
        wrongType,
      ),
    };
    return {
      createReviewCampaign: {
        field: 'createReviewCampaign',
        args: [
          arg(
            'input',
            'CreateReviewCampaignInput!',
            inputOf(
              {
                kind: enumish(['SELF_INSPECTION', 'SELF_INSPECTION', 'SPOT_CHECK', 'CROSS_REVIEW']),
                organizationId: { valid: fc.constant(null).chain(() => fc.constantFrom(W.org['富阳区人民调解委员会'], W.org['富阳区人民调解委员会'], W.org['富阳区财政局'])), bad: orgIds.bad },
                title: opt(textish(['2026年度案卷自查', '人民调解案卷抽查'])),
                matterCode: opt({ valid: fc.constantFrom('PEOPLES-MEDIATION', ...W.matterCodes), bad: matterCode.bad }),
                channel: opt(enumish(['MEDIATION', 'ADJUDICATION'])),
                periodFrom: opt(dateish),
                periodTo: opt(dateish),
                sampleSize: opt({ valid: fc.integer({ min: 1, max: 3 }), bad: intish }),
                sampleSeed: opt(textish(['seed-2026-fuyang', 'abcdefgh12345678'])),
                reviewerIds: reviewers,
              },
              ['kind', 'organizationId', 'reviewerIds'],
            ),
          ),
        ],
        selection: SEL,
        auth: authOf(runners),
        fallback: 'head.mediation-fuyang',
        success: ['ReviewCampaign'],
        expect: {
          deltas: { review_campaign: [1, 1], audit_entry: [1, 1] },
          check: (_v, _b, _a, result) => {
            expect(result.status).toBe('DRAFT');
            REVIEW.draft.push(result.id as string);
          },
        },
      },
      startReviewCampaign: onCampaign(
        'startReviewCampaign',
        () => REVIEW.draft,
        [],
        { review_file: [1, 500] },
        (_v, _b, _a, result) => {
          drop(REVIEW.draft, result.id as string);
          REVIEW.running.push(result.id as string);
          REVIEW.files.push(...(result.files as { id: string }[]).map((f) => f.id));
        },
      ),
      cancelReviewCampaign: onCampaign(
        'cancelReviewCampaign',
        () => [...REVIEW.draft, ...REVIEW.running],
        [],
        {},
        (_v, _b, _a, result) => {
          drop(REVIEW.draft, result.id as string);
          drop(REVIEW.running, result.id as string);
        },
      ),
      saveReviewReport: onCampaign(
        'saveReviewReport',
        () => REVIEW.running,
        [
          arg(
            'input',
            'ReviewReportInput!',
            inputOf({ method: reportText, implementation: reportText, problems: reportText, causes: reportText, improvements: reportText, goodPractice: reportText }, []),
          ),
        ],
        {},
      ),
      submitReviewReport: onCampaign(
        'submitReviewReport',
        () => REVIEW.running,
        [],
        {},
        (_v, _b, _a, result) => {
          expect(result.status).toBe('REPORTED');
          drop(REVIEW.running, result.id as string);
        },
      ),
      scoreReviewFile: {
        field: 'scoreReviewFile',
        args: [
          arg(
            'input',
            'ScoreReviewFileInput!',
            inputOf(
              {
                fileId: { valid: dyn(() => REVIEW.files, fc.uuid()), bad: idOf([]).bad },
                round: enumish(['FIRST', 'FIRST', 'EXPERT']),
                decisions: opt({ valid: fc.array(decision, { maxLength: 3 }), bad: fc.oneof(fc.array(fc.record({ code: garbage, confirmed: wrongType }), { maxLength: 2 }), wrongType) }),
                deductions: opt({ valid: fc.array(deduction, { maxLength: 3 }), bad: fc.oneof(fc.array(fc.record({ itemCode: garbage, points: intish }), { maxLength: 2 }), wrongType) }),
                vetoes: opt({ valid: fc.subarray(vetoCodes, { maxLength: 1 }), bad: fc.oneof(fc.array(garbage, { maxLength: 2 }), wrongType) }),
                comment: opt(textish(['程序规范', '事实清楚'])),
                expectedVersion: version,
              },
              ['fileId', 'round'],
            ),
          ),
        ],
        selection: `{ __typename ${ACTION_ERRORS} ... on ReviewFile { id version finalScore finalGrade rounds { round score grade appliedVetoes } } }`,
        auth: authOf(['head.mediation-fuyang', 'mediator.fuyang']),
        fallback: 'head.mediation-fuyang',
        success: ['ReviewFile'],
        expect: {
          deltas: { review_score: [0, 1], audit_entry: [1, 1] },
          check: (_v, _b, _a, result) => {
            for (const r of result.rounds as { score: number; grade: string; appliedVetoes: string[] }[]) {
              expect(r.score).toBeGreaterThanOrEqual(0);
              expect(r.score).toBeLessThanOrEqual(100);
              if (r.appliedVetoes.length) expect([r.score, r.grade]).toEqual([0, 'UNQUALIFIED']);
            }
          },
        },
      },
      saveReviewChecklist: {
        field: 'saveReviewChecklist',
        args: [arg('input', 'ReviewChecklistInput!', checklistInput), arg('expectedVersion', 'Int!', { valid: fc.constant(null).map(() => REVIEW.checklist), bad: intish })],
        selection: `{ __typename ${errorsOf('ValidationError', 'VersionConflictError')} ... on ReviewChecklist { version shipped } }`,
        auth: authOf(['admin']),
        fallback: 'admin',
        success: ['ReviewChecklist'],
        expect: {
          deltas: { review_checklist: [1, 1], audit_entry: [1, 1] },
          check: (_v, _b, _a, result) => {
            expect(result.version).toBe(REVIEW.checklist + 1);
            REVIEW.checklist = result.version as number;
          },
        },
      },
    };
  }

  /** Staff (#17): records kept by the head, the enforcement switch, the handlers of a proceeding. */
  function staff(): Record<string, OpSpec> {
    const fuyang = ['mediator.fuyang', 'mediator2.fuyang', 'head.mediation-fuyang'] as const;
    const members = () => fuyang.map((u) => userIds[u]);
    const memberIds: Pair = { valid: dyn(members, fc.uuid()), bad: idOf([]).bad };
    const handlerIds: Pair = { valid: dyn(() => [...members(), userIds['adjudicator.fuyang-finance']], fc.uuid()), bad: idOf([]).bad };
    const qualification = fc.record({
      kind: fc.constantFrom('LEGAL_PROFESSION', 'LAW_ENFORCEMENT', 'LEGAL_ADVISER', 'PUBLIC_LAWYER'),
      certificateNumber: fc.constantFrom('A20163301060123', '浙330100123456', 'FLGW2016-0231'),
      issuedOn: fc.constantFrom('2017-03-15', '2020-01-01', '2026-03-02'),
    });
    const input = inputOf(
      {
        handlingUnit: opt(textish(['人民调解科', '行政裁决科'])),
        qualifications: {
          valid: fc.array(qualification, { maxLength: 3 }),
          bad: fc.oneof(
            fc.array(fc.record({ kind: enumish(['LEGAL_PROFESSION', 'LAW_ENFORCEMENT']).bad, certificateNumber: garbage, issuedOn: dateish.bad }), { maxLength: 2 }),
            fc.constant([{ kind: 'LEGAL_PROFESSION', certificateNumber: '1 2', issuedOn: '2099-01-01' }]),
            wrongType,
          ),
        },
        training: {
          valid: fc.uniqueArray(fc.record({ year: fc.integer({ min: 2020, max: 2026 }), hours: fc.constantFrom(0, 8.5, 40, 2000) }), { maxLength: 3, selector: (t) => t.year }),
          bad: fc.oneof(fc.array(fc.record({ year: fc.oneof(intish, fc.constantFrom(1989, 2027)), hours: fc.constantFrom(-1, 2000.5, 1.25, 1e9) }), { maxLength: 2 }), wrongType),
        },
      },
      ['qualifications', 'training'],
    );
    const boolish: Pair = { valid: fc.boolean(), bad: fc.oneof(fc.constantFrom('true', 1, 0, 'yes'), wrongType) };
    return {
      recordStaff: {
        field: 'recordStaff',
        args: [arg('userId', 'ID!', memberIds), arg('input', 'StaffRecordInput!', input), arg('expectedVersion', 'Int', version)],
        selection: `{ __typename ${errorsOf('ValidationError', 'NotFoundError', 'VersionConflictError')} ... on StaffMember { userId version handlingUnit legalProfession qualifications { kind certificateNumber issuedOn } training { year hours } } }`,
        auth: authOf(['head.mediation-fuyang', 'admin']),
        fallback: 'head.mediation-fuyang',
        success: ['StaffMember'],
        expect: { deltas: { staff_record: [0, 1], audit_entry: [1, 1] } },
      },
      // 富阳区人民调解委员会 only: its matters have no handler rules, so the switch changes nothing for the other properties.
      setHandlerRulesEnforcement: {
        field: 'setHandlerRulesEnforcement',
        args: [arg('organizationId', 'ID!', idOf([W.org['富阳区人民调解委员会']])), arg('enforce', 'Boolean!', boolish), arg('expectedVersion', 'Int', version)],
        selection: `{ __typename ${errorsOf('NotFoundError', 'VersionConflictError')} ... on StaffSettings { organizationId enforceHandlerRules version } }`,
        auth: authOf(['head.mediation-fuyang', 'admin']),
        fallback: 'head.mediation-fuyang',
        success: ['StaffSettings'],
        expect: { deltas: { staff_setting: [0, 1], audit_entry: [1, 1] } },
      },
      setProceedingHandlers: {
        field: 'setProceedingHandlers',
        args: [
          arg('proceedingId', 'ID!', proceedingIds),
          arg('leadId', 'ID!', handlerIds),
          arg('coHandlerIds', '[ID!]!', {
            // Mostly none, so that a lead of the holding organization alone succeeds often enough.
            valid: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: fc.uniqueArray(handlerIds.valid, { maxLength: 3 }) }),
            bad: fc.oneof(fc.array(handlerIds.bad, { maxLength: 3 }), fc.constant(Array.from({ length: 11 }, () => userIds['mediator.fuyang'])), wrongType),
          }),
          arg('expectedVersion', 'Int', version),
        ],
        selection: `{ __typename ${ACTION_ERRORS} ... on Proceeding { id status version handlers { userId lead legalProfession } complianceIssues { code message } } }`,
        auth: authOf(HANDLERS),
        fallback: HANDLERS[0],
        holder: { kind: 'proceeding', path: 'proceedingId' },
        success: ['Proceeding'],
        expect: { deltas: { proceeding_handler: [-4, 4], dispute_event: [1, 1], audit_entry: [1, 1] } },
      },
    };
  }

  /** Case files (#15): materials, legal documents, templates and number prefixes, service. */
  function caseFiles(): Record<string, OpSpec> {
    const allFiles = () => Object.values(CF.files).flat();
    const allParties = () => Object.values(CF.parties).flat();
    const fileIds = { valid: dyn(allFiles, fc.uuid()), bad: idOf(Object.values(CF.files).flat()).bad };
    const partyIds = { valid: dyn(allParties, fc.uuid()), bad: idOf(Object.values(CF.parties).flat()).bad };
    const documentIds = { valid: dyn(() => CF.docs.map((d) => d.id), fc.uuid()), bad: idOf(CF.docs.map((d) => d.id)).bad };
    const kinds = enumish(Object.values(DocumentKind));
    // The mutation's audit entry, and the audited read of the personal data its selection names (text, remark, addresses, signer).
    const AUDITED: [number, number] = [1, 2];
    const CASE_FILE_AUTH = authOf(['frontdesk', 'adjudicator.fuyang-finance', 'mediator.fuyang']);
    const DOCUMENT_ERRORS = errorsOf('ValidationError', 'NotFoundError', 'InvalidTransitionError');
    const DOCUMENT_SEL = `{ __typename ${DOCUMENT_ERRORS} ... on LegalDocument { id disputeId kind number status version supersedesId sha256 recipients { id }
      pdf { id size sha256 contentType } docx { id size contentType } servedToAll serviceDeadline { dueOn } text } }`;
    const REASON_KINDS: readonly string[] = [K.NON_ACCEPTANCE_DECISION, K.SUSPENSION_NOTICE, K.RESUMPTION_NOTICE, K.EXTENSION_NOTICE, K.REFERRAL_LETTER];
    const NOT_SERVED: readonly string[] = [K.REFERRAL_LETTER, K.SERVICE_RECEIPT];
    const subsetOf = (ids: string[]) => (ids.length ? fc.subarray(ids, { minLength: 1 }) : fc.constant([] as string[]));
    /** The inputs one kind needs, as the issuing officer types them. */
    const kindInputs = (kind: DocumentKind, x: { days: number; reason: string; served: string }): Record<string, unknown> => {
      switch (kind) {
        case K.SUPPLEMENT_NOTICE:
          return { daysAllowed: x.days };
        case K.ANSWER_NOTICE:
          return x.days % 2 ? { daysAllowed: x.days } : {};
        case K.NON_ACCEPTANCE_DECISION:
          return { reason: x.reason, parts: { reconsiderationBody: DECISION_PARTS.reconsiderationBody, court: DECISION_PARTS.court } };
        case K.DECISION:
          return { parts: DECISION_PARTS };
        case K.MEDIATION_AGREEMENT:
          return { content: '双方同意恢复院落通道通行，互不追究', parts: { performance: '自本协议签订之日起三日内履行' } };
        case K.SERVICE_RECEIPT:
          return { servedDocumentId: x.served };
        default:
          return REASON_KINDS.includes(kind) ? { reason: x.reason } : {};
      }
    };
    const validIssue = dyn(() => CF.cases, fc.constant(null as unknown as IssueCase)).chain((c) =>
      fc
        .record({
          kind: fc.constantFrom(...c.kinds),
          days: fc.integer({ min: 1, max: 30 }),
          reason: fc.constantFrom(...REASONS),
          recipients: fc.option(subsetOf(CF.parties[c.disputeId] ?? []), { nil: undefined }),
          served: dyn(() => CF.docs.filter((d) => d.disputeId === c.disputeId).map((d) => d.id), fc.uuid()),
        })
        .map(({ kind, days, reason: r, recipients, served }) => ({
          disputeId: c.disputeId,
          ...(c.proceedingId ? { proceedingId: c.proceedingId } : {}),
          kind,
          ...(recipients?.length && !NOT_SERVED.includes(kind) ? { recipientPartyIds: recipients } : {}),
          ...kindInputs(kind, { days, reason: r, served }),
        })),
    );
    /** Malformed or mismatched values of what an issue or a correction takes. */
    const documentPatches: fc.Arbitrary<Patch>[] = [
      fc.tuple(fc.constant('daysAllowed'), intish),
      fc.tuple(fc.constant('reason'), fc.oneof(garbage, fc.constantFrom('', ' ', '。', '理', 'x'.repeat(2001)))),
      fc.tuple(fc.constant('content'), fc.oneof(garbage, fc.constantFrom('', '好', 'x'.repeat(10_001)))),
      fc.tuple(
        fc.constant('recipientPartyIds'),
        fc.oneof(
          fc.constant([]),
          fc.array(fc.oneof(partyIds.valid, partyIds.bad), { maxLength: 4 }),
          fc.constant(null).map(() => Array.from({ length: 300 }, () => allParties()[0])),
          wrongType,
        ),
      ),
      fc.tuple(fc.constant('parts'), fc.oneof(wrongType, fc.constant({}), fc.record({ claims: garbage, outcome: garbage, legalBasis: garbage }, { requiredKeys: [] }))),
      fc.tuple(fc.constant('parts.legalBasis'), fc.oneof(garbage, fc.constantFrom('依照有关规定', '第', '第X条', 'x'.repeat(5001)))),
      fc.tuple(fc.constant('parts.performance'), fc.oneof(garbage, fc.constantFrom('尽快履行', '', '好'))),
      fc.tuple(fc.constant('parts.court'), fc.oneof(garbage, fc.constantFrom('某法院', '人民法院', '杭州市富阳区人民法院院', 'x'.repeat(61)))),
      fc.tuple(fc.constant('parts.reconsiderationBody'), fc.oneof(garbage, fc.constantFrom('政府', 'x', '局'))),
      fc.tuple(fc.constant('servedDocumentId'), fc.oneof(documentIds.bad, documentIds.valid)),
    ];
    const DOCUMENT_STRINGS = ['reason', 'content', 'parts.claims', 'parts.legalBasis', 'parts.performance', 'parts.court', 'parts.reconsiderationBody'];
    const issuedDeltas = (extra: Partial<Record<Table, [number, number]>>): Expectation['deltas'] => ({
      legal_document: [1, 1],
      stored_file: [2, 2],
      stored_file_content: [2, 2],
      document_series: [0, 1],
      audit_entry: AUDITED,
      ...extra,
    });
    /** A document issued: numbered in 2026, its PDF's hash the document's, kept for the later properties. */
    const checkIssued = (result: Record<string, unknown>) => {
      const doc = result as unknown as WorldDocument & {
        number: string;
        sha256: string;
        status: string;
        supersedesId: string | null;
        pdf: { sha256: string; contentType: string; size: number };
        recipients: { id: string }[];
      };
      expect([doc.status, /〔2026〕\d+号$/.test(doc.number), doc.pdf.sha256 === doc.sha256, doc.pdf.contentType, doc.pdf.size > 0]).toEqual(['ISSUED', true, true, 'application/pdf', true]);
      keepDocument(doc as never);
    };

    const liveDocs = (kind?: DocumentKind, done?: Set<string>) => () => CF.docs.filter((d) => !CF.superseded.has(d.id) && (!kind || d.kind === kind) && !done?.has(d.id)).map((d) => d.id);
    const onDocument = (field: string, kind: DocumentKind, done: Set<string>): OpSpec => ({
      field,
      args: [
        arg('input', `${field === 'acknowledgeNotice' ? 'AcknowledgeNoticeInput' : 'RecordSupplementReceivedInput'}!`, {
          // Ids of other kinds of documents, and of superseded or already recorded ones, are refused.
          valid: fc.record({ documentId: fc.oneof({ weight: 4, arbitrary: dyn(liveDocs(kind, done), fc.uuid()) }, { weight: 1, arbitrary: documentIds.valid }) }),
          bad: fc.oneof(fc.record({ documentId: documentIds.bad }), wrongType),
        }),
      ],
      selection: DOCUMENT_SEL,
      auth: CASE_FILE_AUTH,
      fallback: 'frontdesk',
      holder: { kind: 'document', path: 'input.documentId' },
      success: ['LegalDocument'],
      expect: {
        deltas: { dispute_event: field === 'acknowledgeNotice' ? [1, 1] : [0, 1], audit_entry: AUDITED },
        check: (_vars, _before, _after, result) => {
          done.add(result.id as string);
        },
      },
    });

    const SERVICE_METHODS = Object.values(ServiceMethod);
    const answerable = () =>
      CF.docs
        .filter((d) => d.kind === K.ANSWER_NOTICE && !CF.superseded.has(d.id))
        .flatMap((d) => d.recipients.filter((p) => CF.served.has(`${d.id} ${p}`) && !CF.answered.has(`${d.id} ${p}`)).map((p) => ({ doc: d, party: p })));
    const servable = () =>
      CF.docs
        .filter((d) => !CF.superseded.has(d.id) && d.recipients.length && CF.files[d.disputeId]?.length)
        .flatMap((d) => d.recipients.filter((p) => !CF.served.has(`${d.id} ${p}`)).map((p) => ({ doc: d, party: p })));
    /** What each method of service needs (民事诉讼法 arts 87–95), with the evidence file of the document's dispute. */
    const serviceInput = (doc: WorldDocument, party: string, x: { method: ServiceMethod; signer: ServiceSigner; abroad: boolean; file: string }) => {
      const evidence = (kind: ServiceEvidenceKind) => [{ kind, fileId: x.file }];
      const base = { documentId: doc.id, partyId: party, method: x.method, servedOn: TODAY };
      switch (x.method) {
        case ServiceMethod.DIRECT:
        case ServiceMethod.ENTRUSTED:
          return { ...base, signer: x.signer, signerName: '李四', evidence: evidence(ServiceEvidenceKind.SIGNED_RECEIPT) };
        case ServiceMethod.LEFT_AT_RESIDENCE:
          return { ...base, signerName: '见证人王五', evidence: evidence(ServiceEvidenceKind.PHOTO_OR_VIDEO) };
        case ServiceMethod.ELECTRONIC:
          return { ...base, evidence: evidence(ServiceEvidenceKind.DELIVERY_RECORD) };
        case ServiceMethod.POSTAL:
          return { ...base, carrier: '中国邮政EMS', trackingNumber: 'EA123456789CN', evidence: evidence(ServiceEvidenceKind.POSTAL_RECEIPT) };
        case ServiceMethod.PUBLIC_NOTICE:
          return {
            ...base,
            publishedWhere: '《富阳日报》及受送达人住所地公告栏',
            reason: '受送达人下落不明，以其他方式无法送达',
            abroad: x.abroad,
            evidence: evidence(ServiceEvidenceKind.PUBLIC_NOTICE),
          };
      }
    };
    const validService = dyn(servable, fc.constant(null as unknown as { doc: WorldDocument; party: string })).chain(({ doc, party }) =>
      fc
        .record({
          // The law refuses 留置 of a 调解书 and electronic service without consent: valid inputs avoid both.
          method: fc.constantFrom(
            ...SERVICE_METHODS.filter((m) => !(m === ServiceMethod.LEFT_AT_RESIDENCE && doc.kind === K.MEDIATION_AGREEMENT) && !(m === ServiceMethod.ELECTRONIC && !CF.consented.has(party))),
          ),
          signer: fc.constantFrom(...Object.values(ServiceSigner)),
          abroad: fc.boolean(),
          file: fc.constantFrom(...CF.files[doc.disputeId]),
        })
        .map((x) => serviceInput(doc, party, x)),
    );

    const validAddress = dyn(
      () => Object.keys(CF.parties).flatMap((d) => (CF.files[d]?.length ? CF.parties[d].map((p) => ({ d, p })) : [])),
      fc.constant(null as unknown as { d: string; p: string }),
    ).chain(({ d, p }) =>
      fc
        .record({ consent: fc.boolean(), file: fc.constantFrom(...CF.files[d]), postal: fc.constantFrom(undefined, '杭州市富阳区某路1号'), withFile: fc.boolean() })
        .map((x) =>
          x.consent
            ? { partyId: p, electronicConsent: true, electronicAddress: 'party@example.cn', fileId: x.file, postalAddress: x.postal }
            : { partyId: p, electronicConsent: false, postalAddress: x.postal ?? '杭州市富阳区某路2号', ...(x.withFile ? { fileId: x.file } : {}) },
        ),
    );

    const validMaterial = dyn(() => Object.keys(CF.materials).filter((d) => CF.materials[d].length), fc.constant('')).chain((d) =>
      fc
        .record({
          name: fc.constantFrom(...(CF.materials[d] ?? ['投诉书正本及副本'])),
          form: fc.nat(3),
          fileIds: subsetOf(CF.files[d] ?? []),
          remark: fc.constantFrom('当事人称原件另行邮寄', '委托代理人未参与，不适用'),
          expectedVersion: version.valid,
        })
        .map(({ name, form, fileIds: files, remark, expectedVersion }) => {
          const base = { disputeId: d, name, ...(expectedVersion === undefined ? {} : { expectedVersion }) };
          if (form === 0 && files.length) return { ...base, status: MaterialStatus.RECEIVED, receipt: MaterialReceipt.FILE, fileIds: files };
          if (form <= 1) return { ...base, status: MaterialStatus.RECEIVED, receipt: MaterialReceipt.PAPER_ORIGINAL };
          if (form === 2) return { ...base, status: MaterialStatus.MISSING };
          return { ...base, status: MaterialStatus.NOT_APPLICABLE, remark };
        }),
    );
    const manyIds = Array.from({ length: 21 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

    const validTemplate = dyn(() => CF.templates, fc.constant(null as unknown as (typeof CF.templates)[number])).chain((tp) =>
      fc
        .record({
          // Mostly the fuzz organizations' own lines; sometimes the hub's default line (a valid copy of it).
          organizationId: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...W.fuzzOrgs) }, { weight: 1, arbitrary: fc.constant(null) }),
          title: fc.constantFrom(tp.title, `${tp.title}（修订）`),
          expectedVersion: fc.constantFrom(undefined, undefined, null),
        })
        .map((x) => ({
          kind: tp.kind,
          matterCode: tp.matterCode,
          channel: tp.channel,
          ...x,
          sections: tp.sections.map((sec) => ({ heading: sec.heading, text: sec.text })),
        })),
    );

    return {
      recordMaterial: {
        field: 'recordMaterial',
        args: [
          arg(
            'input',
            'RecordMaterialInput!',
            patched(
              validMaterial,
              [
                fc.tuple(fc.constant('disputeId'), fc.oneof(disputeIds.bad, disputeIds.valid)),
                fc.tuple(fc.constant('name'), fc.oneof(garbage, fc.constantFrom('不存在的材料', '投诉书正本及副本 ', '身份证明', 'x'.repeat(201)))),
                fc.tuple(fc.constant('status'), fc.oneof(enumish(Object.values(MaterialStatus)).bad, fc.constantFrom(...Object.values(MaterialStatus)))),
                fc.tuple(fc.constant('receipt'), fc.oneof(enumish(Object.values(MaterialReceipt)).bad, fc.constantFrom(...Object.values(MaterialReceipt), null))),
                fc.tuple(fc.constant('fileIds'), fc.oneof(fc.array(fc.oneof(fileIds.bad, fileIds.valid), { maxLength: 3 }), fc.constant(manyIds), fc.constant([]), wrongType)),
                fc.tuple(fc.constant('remark'), fc.oneof(garbage, fc.constantFrom('', 'x'.repeat(501)))),
                fc.tuple(fc.constant('expectedVersion'), intish),
              ],
              ['name', 'remark', 'disputeId'],
            ),
          ),
        ],
        selection: `{ __typename ${errorsOf('ValidationError', 'NotFoundError', 'VersionConflictError')} ... on MaterialChecklistItem { disputeId name status receipt version remark recordedAt files { id } } }`,
        auth: CASE_FILE_AUTH,
        fallback: 'frontdesk',
        holder: { kind: 'dispute', path: 'input.disputeId' },
        success: ['MaterialChecklistItem'],
        expect: { deltas: { material_item: [0, 1], dispute_event: [1, 1], audit_entry: AUDITED } },
      },
      issueDocument: {
        field: 'issueDocument',
        args: [
          arg(
            'input',
            'IssueDocumentInput!',
            patched(
              validIssue,
              [
                fc.tuple(fc.constant('disputeId'), fc.oneof(disputeIds.bad, disputeIds.valid)),
                fc.tuple(fc.constant('proceedingId'), fc.oneof(proceedingIds.bad, proceedingIds.valid, fc.constant(null), fc.constant(undefined))),
                fc.tuple(fc.constant('kind'), fc.oneof(kinds.bad, kinds.valid)),
                ...documentPatches,
              ],
              [...DOCUMENT_STRINGS, 'disputeId', 'proceedingId'],
            ),
          ),
        ],
        selection: DOCUMENT_SEL,
        auth: CASE_FILE_AUTH,
        fallback: 'frontdesk',
        holder: { kind: 'dispute', path: 'input.disputeId' },
        success: ['LegalDocument'],
        // The SERVICE clock (recipients), a 补正通知书's SUPPLEMENT clock and its pause (PAUSED event) of the proceeding.
        expect: { deltas: issuedDeltas({ deadline: [0, 2], proceeding_pause: [0, 1], dispute_event: [1, 2] }), check: (_v, _b, _a, result) => checkIssued(result) },
      },
      correctDocument: {
        field: 'correctDocument',
        args: [
          arg(
            'input',
            'CorrectDocumentInput!',
            patched(
              dyn(liveDocs(), fc.uuid()).chain((id) => {
                const doc = CF.docs.find((d) => d.id === id);
                return fc
                  .record({
                    change: fc.nat(3),
                    days: fc.integer({ min: 1, max: 30 }),
                    reason: fc.constantFrom(...REASONS),
                    recipients: subsetOf(doc ? (CF.parties[doc.disputeId] ?? []) : []),
                  })
                  .map(({ change, days, reason: r, recipients }) => {
                    const input: Record<string, unknown> = { documentId: id };
                    if (!doc || change === 0) return input;
                    if (change === 1 && REASON_KINDS.includes(doc.kind)) input.reason = r;
                    if (change === 2 && !NOT_SERVED.includes(doc.kind) && recipients.length) input.recipientPartyIds = recipients;
                    if (change === 3 && doc.kind === K.SUPPLEMENT_NOTICE) input.daysAllowed = days;
                    return input;
                  });
              }),
              [fc.tuple(fc.constant('documentId'), fc.oneof(documentIds.bad, documentIds.valid)), ...documentPatches],
              [...DOCUMENT_STRINGS, 'documentId'],
            ),
          ),
        ],
        selection: DOCUMENT_SEL,
        auth: CASE_FILE_AUTH,
        fallback: 'frontdesk',
        holder: { kind: 'document', path: 'input.documentId' },
        success: ['LegalDocument'],
        // The new version's SERVICE clock (the superseded version's clocks are cancelled, not removed).
        expect: {
          deltas: issuedDeltas({ deadline: [0, 1], dispute_event: [1, 1] }),
          check: (vars, _b, _a, result) => {
            expect([result.supersedesId, (result.version as number) >= 2]).toEqual([(vars.input as { documentId: string }).documentId, true]);
            checkIssued(result);
          },
        },
      },
      acknowledgeNotice: onDocument('acknowledgeNotice', K.NOTICE_OF_RIGHTS, CF.acknowledged),
      recordSupplementReceived: onDocument('recordSupplementReceived', K.SUPPLEMENT_NOTICE, CF.supplemented),
      saveDocumentTemplate: {
        field: 'saveDocumentTemplate',
        args: [
          arg(
            'input',
            'SaveDocumentTemplateInput!',
            patched(
              validTemplate,
              [
                fc.tuple(fc.constant('kind'), fc.oneof(kinds.bad, kinds.valid)),
                fc.tuple(fc.constant('matterCode'), fc.oneof(garbage, fc.constantFrom(...W.matterCodes, 'NO-SUCH-MATTER', ''))),
                fc.tuple(fc.constant('channel'), fc.oneof(enumish(Object.values(Channel)).bad, fc.constantFrom(...Object.values(Channel)))),
                fc.tuple(fc.constant('organizationId'), fc.oneof(idOf(W.orgIds).bad, fc.uuid())),
                fc.tuple(fc.constant('title'), fc.oneof(garbage, fc.constantFrom('', 'x', '{{title}}', '通知书{', 'x'.repeat(61)))),
                fc.tuple(
                  fc.constant('sections'),
                  fc.oneof(
                    fc.constant([]),
                    wrongType,
                    fc.constant(Array.from({ length: 61 }, () => ({ text: '{{number}}' }))),
                    fc.constantFrom(
                      [{ text: '{{noSuchPlaceholder}}' }],
                      [{ text: '{{waysOpen}} {' }],
                      [{ text: '{{ number }}}' }],
                      [{ heading: 'x'.repeat(101), text: '{{number}}' }],
                      [{ text: '   ' }],
                    ),
                  ),
                ),
                fc.tuple(fc.constantFrom('sections.0.text', 'sections.0.heading'), fc.oneof(garbage, fc.constant('x'.repeat(10_001)))),
                fc.tuple(fc.constant('expectedVersion'), intish),
              ],
              ['title', 'sections.0.text', 'sections.0.heading', 'matterCode'],
            ),
          ),
        ],
        selection: `{ __typename ${errorsOf('ValidationError', 'NotFoundError', 'VersionConflictError')} ... on DocumentTemplate { id kind matterCode channel organizationId version active title sections { heading text } availablePlaceholders { key required } } }`,
        auth: authOf(['admin']),
        fallback: 'admin',
        success: ['DocumentTemplate'],
        expect: { deltas: { document_template: [1, 1], audit_entry: [1, 1] } },
      },
      setDocumentNumberPrefix: {
        field: 'setDocumentNumberPrefix',
        args: [
          arg(
            'input',
            'SetDocumentNumberPrefixInput!',
            inputOf(
              {
                organizationId: orgIds,
                kind: opt(kinds),
                prefix: {
                  valid: fc.constantFrom('杭财采监', '富财采', 'FYCZ', '测试前缀2026'),
                  bad: fc.oneof(garbage, fc.constantFrom('杭财〔2026〕', '号', 'x'.repeat(21), '杭 财', '', '杭财-采')),
                },
              },
              ['organizationId', 'prefix'],
            ),
          ),
        ],
        selection: `{ __typename ${errorsOf('ValidationError', 'NotFoundError')} ... on DocumentNumberPrefix { organizationId kind prefix example } }`,
        auth: authOf(['admin']),
        fallback: 'admin',
        success: ['DocumentNumberPrefix'],
        expect: { deltas: { document_number_prefix: [0, 1], audit_entry: [1, 1] } },
      },
      recordServiceAddress: {
        field: 'recordServiceAddress',
        args: [
          arg(
            'input',
            'RecordServiceAddressInput!',
            patched(
              validAddress,
              [
                fc.tuple(fc.constant('partyId'), fc.oneof(partyIds.bad, partyIds.valid)),
                fc.tuple(fc.constant('electronicConsent'), fc.oneof(wrongType, fc.boolean())),
                fc.tuple(fc.constant('electronicAddress'), fc.oneof(garbage, fc.constantFrom('ab', '', 'x'.repeat(201)))),
                fc.tuple(fc.constant('postalAddress'), fc.oneof(garbage, fc.constantFrom('', 'x'.repeat(301)))),
                fc.tuple(fc.constant('fileId'), fc.oneof(fileIds.bad, fileIds.valid, fc.constantFrom(' ', null))),
              ],
              ['electronicAddress', 'postalAddress', 'fileId', 'partyId'],
            ),
          ),
        ],
        selection: `{ __typename ${errorsOf('ValidationError', 'NotFoundError')} ... on ServiceAddressConfirmation { id partyId electronicConsent electronicAddress postalAddress file { id } } }`,
        auth: CASE_FILE_AUTH,
        fallback: 'frontdesk',
        holder: { kind: 'party', path: 'input.partyId' },
        success: ['ServiceAddressConfirmation'],
        expect: {
          deltas: { service_address_confirmation: [1, 1], audit_entry: AUDITED },
          check: (_v, _b, _a, result) => {
            // The newest confirmation of a party is the one in force.
            if (result.electronicConsent) CF.consented.add(result.partyId as string);
            else CF.consented.delete(result.partyId as string);
          },
        },
      },
      recordService: {
        field: 'recordService',
        args: [
          arg(
            'input',
            'RecordServiceInput!',
            patched(
              validService,
              [
                fc.tuple(fc.constant('documentId'), fc.oneof(documentIds.bad, documentIds.valid)),
                fc.tuple(fc.constant('partyId'), fc.oneof(partyIds.bad, partyIds.valid)),
                fc.tuple(fc.constant('method'), fc.oneof(enumish(SERVICE_METHODS).bad, fc.constantFrom(...SERVICE_METHODS))),
                fc.tuple(fc.constant('servedOn'), fc.oneof(dateish.bad, dateish.valid, fc.constantFrom('2026-03-03', '2026-03-01', '2026-02-27'))),
                fc.tuple(fc.constant('signer'), fc.oneof(enumish(Object.values(ServiceSigner)).bad, fc.constantFrom(...Object.values(ServiceSigner), null))),
                fc.tuple(fc.constant('signerName'), fc.oneof(garbage, fc.constantFrom('', 'x'.repeat(101)))),
                fc.tuple(fc.constant('carrier'), fc.oneof(garbage, fc.constant('x'.repeat(51)))),
                fc.tuple(fc.constant('trackingNumber'), fc.oneof(garbage, fc.constantFrom('12', 'ABC 123', 'x'.repeat(41), 'EA1234😀'))),
                fc.tuple(fc.constantFrom('publishedWhere', 'reason'), fc.oneof(garbage, fc.constantFrom('', '栏', 'x'.repeat(2001)))),
                fc.tuple(fc.constant('abroad'), fc.oneof(wrongType, fc.boolean())),
                fc.tuple(
                  fc.constant('evidence'),
                  fc.oneof(
                    fc.constant([]),
                    wrongType,
                    fc.array(
                      fc.record({
                        kind: fc.oneof(enumish(Object.values(ServiceEvidenceKind)).bad, fc.constantFrom(...Object.values(ServiceEvidenceKind))),
                        fileId: fc.oneof(fileIds.bad, fileIds.valid),
                      }),
                      {
                        maxLength: 3,
                      },
                    ),
                    fc.constant(null).map(() => Array.from({ length: 21 }, () => ({ kind: 'OTHER', fileId: allFiles()[0] }))),
                  ),
                ),
                fc.tuple(fc.constant('evidence.0.fileId'), fc.oneof(fileIds.bad, fileIds.valid)),
                fc.tuple(fc.constant('evidence.0.kind'), fc.oneof(enumish(Object.values(ServiceEvidenceKind)).bad, fc.constantFrom(...Object.values(ServiceEvidenceKind)))),
              ],
              ['signerName', 'carrier', 'trackingNumber', 'publishedWhere', 'reason', 'servedOn', 'documentId', 'partyId', 'evidence.0.fileId'],
            ),
          ),
        ],
        selection: `{ __typename ${DOCUMENT_ERRORS} ... on DocumentService { id documentId partyId method servedOn completedOn completionBasis signerName evidence { kind file { id } } answerDeadline { dueOn } document { id servedToAll } } }`,
        auth: CASE_FILE_AUTH,
        fallback: 'adjudicator.fuyang-finance',
        holder: { kind: 'document', path: 'input.documentId' },
        success: ['DocumentService'],
        // The recipient's ANSWER clock (a 答辩通知书); the dispute's version rises.
        expect: {
          deltas: { document_service: [1, 1], deadline: [0, 1], dispute_event: [1, 1], audit_entry: AUDITED },
          check: (vars, _b, _a, result) => {
            const input = vars.input as { documentId: string; partyId: string; servedOn: string };
            expect([result.documentId, result.partyId, result.servedOn]).toEqual([input.documentId, input.partyId, input.servedOn]);
            CF.served.add(`${input.documentId} ${input.partyId}`);
          },
        },
      },
      // The answer (答辩状) of a served recipient of a 答辩通知书: once per recipient, received between service and today.
      recordAnswer: {
        field: 'recordAnswer',
        args: [
          arg(
            'input',
            'RecordAnswerInput!',
            patched(
              // Before any answer notice is served (or once all are answered): a valid-looking input of a served document of another kind.
              dyn(answerable, fc.constant(null)).chain((x) =>
                x
                  ? fc.record({
                      documentId: fc.constant(x.doc.id),
                      partyId: fc.constant(x.party),
                      receivedOn: fc.constant(TODAY),
                      fileIds: fc.subarray(CF.files[x.doc.disputeId] ?? [], { maxLength: 2 }),
                    })
                  : fc.record({ documentId: documentIds.valid, partyId: partyIds.valid, receivedOn: fc.constant(TODAY) }),
              ),
              [
                fc.tuple(fc.constant('documentId'), fc.oneof(documentIds.bad, documentIds.valid)),
                fc.tuple(fc.constant('partyId'), fc.oneof(partyIds.bad, partyIds.valid)),
                fc.tuple(fc.constant('receivedOn'), fc.oneof(dateish.bad, dateish.valid, fc.constantFrom('2026-03-01', '2099-01-01'))),
                fc.tuple(
                  fc.constant('fileIds'),
                  fc.oneof(
                    wrongType,
                    fc.array(fc.oneof(fileIds.bad, fileIds.valid), { maxLength: 3 }),
                    fc.constant(null).map(() => Array.from({ length: 21 }, () => allFiles()[0])),
                  ),
                ),
              ],
              ['documentId', 'partyId', 'receivedOn'],
            ),
          ),
        ],
        selection: `{ __typename ${DOCUMENT_ERRORS} ... on DocumentService { id documentId partyId answerReceivedOn answerFiles { id } answerDeadline { state } } }`,
        auth: CASE_FILE_AUTH,
        fallback: 'adjudicator.fuyang-finance',
        holder: { kind: 'document', path: 'input.documentId' },
        success: ['DocumentService'],
        // An update of the service record (the ANSWER clock stops); the dispute's version rises.
        expect: {
          deltas: { dispute_event: [1, 1], audit_entry: AUDITED },
          check: (vars, _b, _a, result) => {
            const input = vars.input as { documentId: string; partyId: string; receivedOn: string };
            expect([result.documentId, result.partyId, result.answerReceivedOn]).toEqual([input.documentId, input.partyId, input.receivedOn]);
            CF.answered.add(`${input.documentId} ${input.partyId}`);
          },
        },
      },
    };
  }

  /** Typical cases (#16): 富阳区人民调解委员会 drafts, edits and submits; its head approves, returns, withdraws. */
  function typicalCases(): Record<string, OpSpec> {
    const caseIds = { valid: dyn(() => TYPICAL, fc.uuid()), bad: idOf(TYPICAL).bad };
    const text = (valid: string[], max: number): Pair => ({
      valid: fc.constantFrom(...valid),
      bad: fc.oneof(garbage, poisoned(fc.constantFrom(...valid)), fc.constantFrom('', ' ', 'x'.repeat(max + 1))),
    });
    const sections = inputOf(
      {
        facts: text([TYPICAL_TEXT.sections.facts, '双方系邻居，因通道使用发生争执。', '李四的身份证号码为330102198001010011，住富阳区某路1号。'], 5000),
        outcome: text([TYPICAL_TEXT.sections.outcome, '双方达成调解协议。'], 5000),
        significance: text([TYPICAL_TEXT.sections.significance, '体现了调解的作用。'], 5000),
      },
      ['facts', 'outcome', 'significance'],
    );
    const title = text([TYPICAL_TEXT.title, '相邻通行纠纷调解案'], 100);
    const why = textish(['材料不全，请补充典型意义', '当事人信息未完全处理', '案例已过时']);
    // The draft text and the replacement list are personal data: their read is audited besides the change.
    const SEL = `{ __typename ${errorsOf('ValidationError', 'NotFoundError', 'InvalidTransitionError', 'VersionConflictError')} ... on TypicalCase {
      id status version year channel anonymized { title facts outcome significance } draft { facts } replacements { original replacement reason } keep publicationCheck { field code } history { action from to } } }`;
    const changed: Expectation = { deltas: { audit_entry: [1, 2] } };
    const onCase = (field: string, extra: ArgSpec[], right: Username[], holder: boolean): OpSpec => ({
      field,
      args: [arg('id', 'ID!', caseIds), ...extra, arg('expectedVersion', 'Int', version)],
      selection: SEL,
      auth: authOf(right),
      fallback: right[0],
      // The head is not the organization's first user: without a holder, 'HOLDER' is the head.
      ...(holder ? { holder: { kind: 'typicalCase' as const, path: 'id' } } : {}),
      success: ['TypicalCase'],
      expect: changed,
    });
    return {
      draftTypicalCase: {
        field: 'draftTypicalCase',
        args: [
          arg(
            'input',
            'DraftTypicalCaseInput!',
            inputOf({ disputeId: { valid: dyn(() => W.disputes.resolved ?? [], fc.uuid()), bad: disputeIds.bad }, title, sections }, ['disputeId', 'title', 'sections']),
          ),
        ],
        selection: SEL,
        auth: authOf(['mediator.fuyang', 'mediator2.fuyang']),
        fallback: 'mediator.fuyang',
        holder: { kind: 'dispute', path: 'input.disputeId' },
        success: ['TypicalCase'],
        expect: {
          deltas: { typical_case: [1, 1], audit_entry: [1, 2] },
          check: (_v, _b, _a, result) => {
            TYPICAL.push(result.id as string);
          },
        },
      },
      updateTypicalCase: onCase(
        'updateTypicalCase',
        [
          arg(
            'input',
            'UpdateTypicalCaseInput!',
            inputOf(
              {
                title: opt(title),
                sections: opt(sections),
                keep: opt({
                  valid: fc.constantFrom([], ['富阳'], ['李四']),
                  bad: fc.oneof(fc.array(garbage, { maxLength: 3 }), fc.constant(Array.from({ length: 101 }, (_, i) => `保留${i}`)), wrongType),
                }),
              },
              [],
            ),
          ),
        ],
        ['mediator.fuyang', 'mediator2.fuyang'],
        true,
      ),
      submitTypicalCase: onCase('submitTypicalCase', [], ['mediator.fuyang', 'mediator2.fuyang'], true),
      returnTypicalCase: onCase('returnTypicalCase', [arg('reason', 'String!', why)], ['head.mediation-fuyang'], false),
      approveTypicalCase: onCase('approveTypicalCase', [], ['head.mediation-fuyang'], false),
      withdrawTypicalCase: onCase('withdrawTypicalCase', [arg('reason', 'String!', why)], ['head.mediation-fuyang', 'admin'], false),
    };
  }

  /** The expert pool (#17): 富阳区财政局 keeps its pool and draws for its procurement complaints. */
  function experts(): Record<string, OpSpec> {
    const who: Username[] = ['adjudicator.fuyang-finance'];
    const expertIds: Pair = { valid: dyn(() => EXPERTS.pool, fc.uuid()), bad: idOf([]).bad };
    const drawIds: Pair = { valid: dyn(() => EXPERTS.draws.slice(-1), fc.uuid()), bad: idOf([]).bad };
    const drawnIds: Pair = { valid: dyn(() => EXPERTS.drawn, fc.uuid()), bad: idOf([]).bad };
    const fieldCodes: Pair = { valid: fc.constantFrom(EXPERT_FIELD, 'PROC-SERVICE-IT'), bad: fc.oneof(garbage, fc.constantFrom('PAT-MECHANICAL', 'proc-goods-it', '')) };
    const relationship = fc.record({
      kind: fc.constantFrom('FORMER_EMPLOYER', 'ORGANIZATION', 'RELATIVE_ORGANIZATION', 'OTHER'),
      name: fc.constantFrom('杭州某某科技有限公司', '某某大学'),
      endedOn: fc.constantFrom(undefined, null, '2024-01-31'),
    });
    const input = (withOrg: boolean) =>
      inputOf(
        {
          name: textish(['某某专家', '王某某']),
          fields: {
            valid: fc.uniqueArray(fc.constantFrom(EXPERT_FIELD, 'PROC-SERVICE-IT', 'PROC-WORKS-WATER'), { minLength: 1, maxLength: 3 }),
            bad: fc.oneof(fc.constant([]), fc.array(garbage, { maxLength: 2 }), wrongType),
          },
          title: opt(textish(['高级工程师'])),
          employer: opt(textish(['某某大学', '杭州某某科技有限公司'])),
          employerCreditCode: opt({ valid: validUscc, bad: idNumberish.bad }),
          phone: opt(phoneish),
          unavailableUntil: opt(dateish),
          relationships: opt({
            valid: fc.array(relationship, { maxLength: 2 }),
            bad: fc.oneof(fc.array(fc.record({ kind: enumish(['OTHER']).bad, name: garbage, endedOn: dateish.bad }), { maxLength: 2 }), fc.constant([{ kind: 'OTHER' }]), wrongType),
          }),
          ...(withOrg ? { organizationId: opt(idOf([W.org['富阳区财政局']])) } : {}),
        },
        ['name', 'fields'],
      );
    const EXPERT_SEL = `{ __typename ${errorsOf('ValidationError', 'NotFoundError', 'VersionConflictError')} ... on Expert { id version name phone fields removed flaggedForRemoval available relationships { kind name endedOn } } }`;
    const DRAW_SEL = `{ __typename ${ACTION_ERRORS} ... on InsufficientExpertsError { needed available } ... on ExpertDraw { id status version seed candidateHash drawnOrder exclusions { expertId reasons } seats { expertId status panelPosition rating } } }`;
    const CHALLENGE_SEL = `{ __typename ${ACTION_ERRORS} ... on ExpertChallenge { id status partyRole } }`;
    const pooled = (field: string, extra: ArgSpec[] = []): OpSpec => ({
      field,
      args: [arg('id', 'ID!', expertIds), ...extra, arg('expectedVersion', 'Int', version)],
      selection: EXPERT_SEL,
      auth: authOf(['adjudicator.fuyang-finance', 'admin']),
      fallback: 'adjudicator.fuyang-finance',
      holder: { kind: 'expert', path: 'id' },
      success: ['Expert'],
      expect: { deltas: { audit_entry: [1, 1] } },
    });
    const onDraw = (field: string, extra: ArgSpec[], deltas: Partial<Record<Table, [number, number]>>, success = ['ExpertDraw']): OpSpec => ({
      field,
      args: [arg('drawId', 'ID!', drawIds), ...extra, arg('expectedVersion', 'Int', version)],
      selection: success.includes('ExpertChallenge') ? CHALLENGE_SEL : DRAW_SEL,
      auth: authOf(who),
      fallback: 'adjudicator.fuyang-finance',
      holder: { kind: 'expertDraw', path: 'drawId' },
      success,
      expect: { deltas: { audit_entry: [1, 1], ...deltas } },
    });
    const why = textish(['专家主动申请回避', '抽取时专家库信息有误，经批准重新抽取']);
    return {
      createExpert: {
        field: 'createExpert',
        args: [arg('input', 'CreateExpertInput!', input(true))],
        selection: EXPERT_SEL,
        auth: authOf(['adjudicator.fuyang-finance', 'admin']),
        fallback: 'adjudicator.fuyang-finance',
        success: ['Expert'],
        expect: { deltas: { expert: [1, 1], audit_entry: [1, 1] } },
      },
      updateExpert: pooled('updateExpert', [arg('input', 'ExpertInput!', input(false))]),
      removeExpert: pooled('removeExpert'),
      restoreExpert: pooled('restoreExpert'),
      drawExperts: {
        field: 'drawExperts',
        args: [
          arg(
            'input',
            'DrawExpertsInput!',
            inputOf(
              {
                proceedingId: { valid: dyn(() => EXPERTS.proceedings, fc.uuid()), bad: idOf([]).bad },
                field: fieldCodes,
                panelSize: { valid: fc.integer({ min: 1, max: 3 }), bad: fc.oneof(intish, fc.constantFrom(0, 16, 40)) },
                alternates: { valid: fc.integer({ min: 2, max: 3 }), bad: fc.oneof(intish, fc.constantFrom(0, 1, 16)) },
                pauseClock: opt({ valid: fc.boolean(), bad: fc.oneof(fc.constantFrom('true', 1), wrongType) }),
                expectedVersion: version,
              },
              ['proceedingId', 'field', 'panelSize', 'alternates'],
            ),
          ),
        ],
        selection: DRAW_SEL,
        auth: authOf(who),
        fallback: 'adjudicator.fuyang-finance',
        holder: { kind: 'proceeding', path: 'input.proceedingId' },
        success: ['ExpertDraw'],
        expect: {
          deltas: { expert_draw: [1, 1], expert_seat: [3, 6], dispute_event: [1, 2], proceeding_pause: [0, 1], audit_entry: [1, 1] },
          check: (_v, _b, _a, result) => {
            EXPERTS.draws.push(result.id as string);
          },
        },
      },
      redrawExperts: onDraw('redrawExperts', [arg('reason', 'String!', why)], { expert_draw: [1, 1], expert_seat: [3, 6], dispute_event: [1, 1] }),
      declareExpertNoConflict: onDraw('declareExpertNoConflict', [arg('expertId', 'ID!', drawnIds)], { dispute_event: [1, 1] }),
      withdrawExpert: onDraw('withdrawExpert', [arg('expertId', 'ID!', drawnIds), arg('reason', 'String', opt(why))], { dispute_event: [1, 1] }),
      challengeExpert: onDraw(
        'challengeExpert',
        [
          arg('expertId', 'ID!', drawnIds),
          arg('partyId', 'ID!', { valid: dyn(() => EXPERTS.parties, fc.uuid()), bad: idOf([]).bad }),
          arg('reasons', 'String!', textish(['该专家曾为对方当事人提供咨询服务'])),
        ],
        { expert_challenge: [1, 1], dispute_event: [1, 1] },
        ['ExpertChallenge'],
      ),
      decideExpertChallenge: {
        field: 'decideExpertChallenge',
        args: [
          arg('challengeId', 'ID!', { valid: dyn(() => EXPERTS.challenges, fc.uuid()), bad: idOf([]).bad }),
          arg('upheld', 'Boolean!', { valid: fc.boolean(), bad: fc.oneof(fc.constantFrom('true', 1), wrongType) }),
          arg('reason', 'String!', textish(['申请理由成立', '申请理由不成立，予以驳回'])),
          arg('expectedVersion', 'Int', version),
        ],
        selection: CHALLENGE_SEL,
        auth: authOf(who),
        fallback: 'adjudicator.fuyang-finance',
        holder: { kind: 'expertChallenge', path: 'challengeId' },
        success: ['ExpertChallenge'],
        expect: { deltas: { dispute_event: [1, 1], audit_entry: [1, 1] } },
      },
      recordExpertOpinion: onDraw('recordExpertOpinion', [arg('fileId', 'ID!', { valid: dyn(() => EXPERTS.files, fc.uuid()), bad: idOf([]).bad })], { dispute_event: [0, 1] }),
      rateExpert: onDraw(
        'rateExpert',
        [
          arg('expertId', 'ID!', drawnIds),
          arg('rating', 'Int!', { valid: fc.integer({ min: 1, max: 5 }), bad: fc.oneof(intish, fc.constantFrom(0, 6, -1)) }),
          arg('comment', 'String', opt(textish(['评审意见论证充分', '未按时提交评审意见']))),
        ],
        { dispute_event: [1, 1] },
      ),
    };
  }

  /** Accounts and organizations: only those the world made for them are valid targets (the demo ones carry the other properties). */
  function administration(): Record<string, OpSpec> {
    const accountIds = idOf(W.accounts);
    const fuzzOrgIds = idOf(W.fuzzOrgs);
    const anyVersion: Pair = { valid: fc.integer({ min: 1, max: 3 }), bad: intish };
    const roles: Pair = {
      valid: fc.uniqueArray(fc.constantFrom('FRONTDESK', 'HANDLER', 'COURT_LIAISON', 'REVIEWER', 'ADMIN'), { minLength: 1, maxLength: 3 }),
      bad: fc.oneof(fc.constant([]), fc.array(garbage, { maxLength: 3 }), wrongType),
    };
    const region: Pair = { valid: fc.constantFrom('富阳区', '杭州市', '拱墅区', '桐庐县'), bad: fc.oneof(garbage, fc.constantFrom('火星区', '')) };
    const kind: Pair = { valid: fc.constantFrom('PEOPLES_MEDIATION_COMMITTEE', 'ADJUDICATION_AUTHORITY', 'DISPUTE_CENTER'), bad: fc.oneof(garbage, wrongType) };
    const channels: Pair = { valid: fc.uniqueArray(fc.constantFrom('MEDIATION', 'ADJUDICATION', 'ARBITRATION'), { maxLength: 3 }), bad: fc.oneof(fc.array(garbage, { maxLength: 2 }), wrongType) };
    const orgName = textish(['富阳区某街道人民调解委员会', '某行业调解中心', '测试单位']);
    const displayName = textish(['调解员 某甲', '承办人 某乙']);
    const username: Pair = {
      valid: fc.stringMatching(/^[a-z][a-z0-9._-]{2,20}$/).map((u) => `fz.${u}`),
      bad: fc.oneof(garbage, fc.constantFrom('a', 'ADMIN', 'has space', 'x'.repeat(41), 'frontdesk')),
    };
    const USER_SEL = `{ __typename ${errorsOf('ValidationError', 'NotFoundError', 'VersionConflictError')} ... on User { id version roles disabled mustChangePassword organization { id } } }`;
    const ORG_SEL = `{ __typename ${errorsOf('ValidationError', 'NotFoundError', 'VersionConflictError')} ... on Organization { id name kind channels region active version parent { id } } }`;
    const userChange = (field: string, extra: ArgSpec[] = []): OpSpec => ({
      field,
      args: [arg('id', 'ID!', accountIds), ...extra, arg('expectedVersion', 'Int!', anyVersion)],
      selection: USER_SEL,
      auth: authOf(['admin']),
      fallback: 'admin',
      success: ['User'],
      expect: { deltas: { audit_entry: [1, 1] } },
    });
    const orgChange = (field: string, extra: ArgSpec[] = []): OpSpec => ({
      field,
      args: [arg('id', 'ID!', fuzzOrgIds), ...extra, arg('expectedVersion', 'Int!', anyVersion)],
      selection: ORG_SEL,
      auth: authOf(['admin']),
      fallback: 'admin',
      success: ['Organization'],
      expect: { deltas: { audit_entry: [1, 1] } },
    });
    return {
      createOrganization: {
        field: 'createOrganization',
        args: [arg('input', 'CreateOrganizationInput!', inputOf({ name: orgName, kind, channels, region, parentId: opt(orgIds) }, ['name', 'kind', 'channels', 'region']))],
        selection: ORG_SEL,
        auth: authOf(['admin']),
        fallback: 'admin',
        success: ['Organization'],
        expect: { deltas: { organization: [1, 1], audit_entry: [1, 1] } },
      },
      updateOrganization: orgChange('updateOrganization', [
        arg('input', 'UpdateOrganizationInput!', inputOf({ name: opt(orgName), kind: opt(kind), channels: opt(channels), region: opt(region), parentId: opt(orgIds) }, [])),
      ]),
      deactivateOrganization: orgChange('deactivateOrganization'),
      reactivateOrganization: orgChange('reactivateOrganization'),
      createUser: {
        field: 'createUser',
        args: [arg('input', 'CreateUserInput!', inputOf({ username, displayName, roles, organizationId: opt(orgIds) }, ['username', 'displayName', 'roles']))],
        selection: `{ __typename ${errorsOf('ValidationError')} ... on UserCredentials { oneTimePassword user { id username roles mustChangePassword } } }`,
        auth: authOf(['admin']),
        fallback: 'admin',
        success: ['UserCredentials'],
        expect: { deltas: { hub_user: [1, 1], audit_entry: [1, 1] } },
      },
      updateUser: userChange('updateUser', [arg('input', 'UpdateUserInput!', inputOf({ displayName: opt(displayName), roles: opt(roles), organizationId: opt(orgIds) }, []))]),
      disableUser: userChange('disableUser'),
      enableUser: userChange('enableUser'),
      resetPassword: {
        ...userChange('resetPassword'),
        selection: `{ __typename ${errorsOf('ValidationError', 'NotFoundError', 'VersionConflictError')} ... on UserCredentials { oneTimePassword user { id version } } }`,
        success: ['UserCredentials'],
      },
      // Never with the right current password (that would end the signed-in account's session the other properties use): its success is go-live.test.ts's.
      changePassword: {
        field: 'changePassword',
        args: [
          arg('currentPassword', 'String!', { valid: fc.constant('not-the-current-password'), bad: fc.oneof(garbage, fc.constant('p'.repeat(201))) }),
          arg('newPassword', 'String!', { valid: fc.constantFrom('Harbor-lights-2031', 'Quiet-orchard-77'), bad: fc.oneof(garbage, fc.constantFrom('short', 'password123', 'reviewer-reviewer')) }),
        ],
        selection: `{ __typename ${errorsOf('ValidationError', 'InvalidCredentialsError')} ... on Session { token } }`,
        auth: authOf(['reviewer', 'mediator.gongshu']),
        fallback: 'reviewer',
        success: ['Session'],
        expect: { deltas: { hub_user: [0, 0], audit_entry: [1, 1] } },
      },
      // Without a valid token only: a signed-in call ends every session of the account the other properties use.
      // Its success (the old token refused, everywhere) is go-live.test.ts's.
      signOut: {
        field: 'signOut',
        args: [],
        selection: '',
        auth: fc.constantFrom<Auth>('ANONYMOUS', 'RAW:Bearer not-a-token', 'RAW:Basic cmV2aWV3ZXI6ZGVtbw=='),
        fallback: 'reviewer',
        success: [],
        expect: { deltas: {} },
      },
    };
  }
}

// ---------------------------------------------------------------- the properties

const ORDER = [
  'login',
  'registerDispute',
  'referDispute',
  'declineReferral',
  'cancelReferral',
  'acceptReferral',
  'admitProceeding',
  'assignProceeding',
  'pauseProceeding',
  'resumeProceeding',
  'extendProceeding',
  'rejectProceeding',
  'requestJudicialConfirmation',
  'acceptJudicialConfirmation',
  'extendJudicialConfirmation',
  'declineJudicialConfirmation',
  'decideJudicialConfirmation',
  'concludeProceeding',
  'closeDispute',
  'withdrawDispute',
  'loadHolidayCalendar',
  'createOrganization',
  'updateOrganization',
  'deactivateOrganization',
  'reactivateOrganization',
  'createUser',
  'updateUser',
  'disableUser',
  'enableUser',
  'resetPassword',
  'changePassword',
  'signOut',
  // Case files (#15): templates and prefixes first (issues then use what they saved), then the case files.
  'saveDocumentTemplate',
  'setDocumentNumberPrefix',
  'recordMaterial',
  'recordServiceAddress',
  'issueDocument',
  'correctDocument',
  'acknowledgeNotice',
  'recordSupplementReceived',
  'recordService',
  'recordAnswer',
  // Typical cases (#16).
  'draftTypicalCase',
  'updateTypicalCase',
  'submitTypicalCase',
  'returnTypicalCase',
  'approveTypicalCase',
  'withdrawTypicalCase',
  // Staff (#17).
  'recordStaff',
  'setHandlerRulesEnforcement',
  'setProceedingHandlers',
  // Expert pool (#17).
  'createExpert',
  'updateExpert',
  'removeExpert',
  'restoreExpert',
  'drawExperts',
  'declareExpertNoConflict',
  'challengeExpert',
  'decideExpertChallenge',
  'withdrawExpert',
  'recordExpertOpinion',
  'rateExpert',
  'redrawExperts',
  // Case-file review (#16).
  'saveReviewChecklist',
  'createReviewCampaign',
  'startReviewCampaign',
  'saveReviewReport',
  'scoreReviewFile',
  'submitReviewReport',
  'cancelReviewCampaign',
  // Follow-up visits (#17).
  'recordFollowUpAttempt',
  'closeFollowUp',
  'recordFollowUp',
] as const;

/** Run counts relative to FUZZ_RUNS: issueDocument and correctDocument render a PDF and a DOCX on each success. */
const RUN_SHARE: Partial<Record<(typeof ORDER)[number], number>> = { registerDispute: 1.5, issueDocument: 0.25, correctDocument: 0.25 };

// Minimal reproductions of the bugs the fuzzing found outside this suite's files.
// They are marked failing while the bugs exist: once one is fixed, jest reports the
// test as unexpectedly passing; then drop `.failing` (and the entry in KNOWN_BUGS).
describe('bugs the fuzzing found (fixed; kept as regressions)', () => {
  it('has the records the reproductions need, in the right states', async () => {
    const [p] = await sql<{ status: string }>('select status from proceeding where id = ?', [W.proceedings.review[0]]);
    const [jc] = await sql<{ status: string }>('select status from judicial_confirmation where id = ?', [W.confirmations.accepted[0]]);
    const [d] = await sql<{ status: string }>('select status from dispute where id = ?', [W.disputes.awaiting[0]]);
    expect([p?.status, jc?.status, d?.status]).toEqual(['ACCEPTANCE_REVIEW', 'ACCEPTED', 'AWAITING_ROUTING']);
  });

  // Fixed at the edge (app.ts refuses NUL and unpaired surrogates in variables): kept as regressions.
  it.each([
    ['login: NUL in the username', 'mutation($u: String!) { login(username: $u, password: "x") { __typename } }', () => ({ u: 'admin\u0000' }), 'ANONYMOUS'],
    [
      'registerDispute: NUL in matterCode',
      'mutation($i: RegisterDisputeInput!) { registerDispute(input: $i) { __typename } }',
      () => ({ i: { ...neighbourhoodDispute(), matterCode: 'PEOPLES-MEDIATION\u0000' } }),
      'frontdesk',
    ],
    [
      'loadHolidayCalendar: lone surrogate in source (audit details jsonb)',
      'mutation($i: HolidayScheduleInput!) { loadHolidayCalendar(input: $i) { __typename } }',
      () => ({ i: { year: 2031, holidays: ['2031-01-01'], makeUpWorkdays: [], source: '国务院办公厅通知\uD800' } }),
      'admin',
    ],
    [
      'admitProceeding: lone surrogate in caseNumber (event data jsonb)',
      'mutation($id: ID!, $n: String) { admitProceeding(id: $id, caseNumber: $n) { __typename } }',
      () => ({ id: W.proceedings.review[0], n: '富财采投〔2026〕\uDFFF号' }),
      'adjudicator.fuyang-finance',
    ],
    [
      'decideJudicialConfirmation: lone surrogate in rulingNumber (event data jsonb)',
      'mutation($id: ID!, $n: String) { decideJudicialConfirmation(id: $id, decision: CONFIRM, rulingNumber: $n) { __typename } }',
      () => ({ id: W.confirmations.accepted[0], n: '（2026）浙01民特\uD800号' }),
      'court.liaison',
    ],
  ] as [string, string, () => Record<string, unknown>, Auth][])('%s in variables is refused with BAD_USER_INPUT, nothing written', async (_name, query, vars, auth) => {
    const before = await snapshot();
    const r = await post(query, vars(), auth);
    expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(countDiff(before, await snapshot())).toEqual({});
  });

  // Case files (fuzz seed 12345, correctDocument): a document issued or corrected on a CLOSED or WITHDRAWN dispute
  // started an open SERVICE (or SUPPLEMENT) clock that nothing ends; a 答辩通知书 served after the dispute was withdrawn
  // started the recipient's ANSWER clock. Fixed in document.service.ts and service.service.ts.
  it('issueDocument and correctDocument on a CLOSED dispute are refused with InvalidTransitionError, nothing written', async () => {
    const c = await centerCase();
    const notice = await issued(c, K.NOTICE_OF_RIGHTS, 'frontdesk');
    await call('mutation($id: ID!) { closeDispute(id: $id) { __typename ... on ErrorResult { message } } }', { id: c.disputeId }, 'frontdesk');
    const before = await snapshot();
    const ISSUE = `mutation($i: IssueDocumentInput!) { issueDocument(input: $i) { __typename ... on InvalidTransitionError { currentStatus } } }`;
    const CORRECT = `mutation($i: CorrectDocumentInput!) { correctDocument(input: $i) { __typename ... on InvalidTransitionError { currentStatus } } }`;
    for (const [query, input] of [
      [ISSUE, { disputeId: c.disputeId, kind: K.MATERIALS_RECEIPT }],
      [ISSUE, { disputeId: c.disputeId, kind: K.SUPPLEMENT_NOTICE, daysAllowed: 5 }],
      [CORRECT, { documentId: notice.id }],
    ] as const) {
      const r = await post(query, { i: input }, 'frontdesk');
      expect(Object.values(r.body.data ?? {})[0]).toEqual({ __typename: 'InvalidTransitionError', currentStatus: 'CLOSED' });
    }
    expect(countDiff(before, await snapshot())).toEqual({});
    // Only the follow-up visit's clock (回访) runs on after a dispute is closed.
    expect(await sql("select id from deadline where dispute_id = ? and open and kind <> 'FOLLOW_UP'", [c.disputeId])).toEqual([]);
  });

  it('a 答辩通知书 served after its dispute was withdrawn is recorded, but starts no ANSWER clock', async () => {
    const c = await adjudicationCase();
    const doc = await issued(c, K.ANSWER_NOTICE, 'adjudicator.fuyang-finance');
    await call('mutation($id: ID!) { withdrawDispute(id: $id, reason: "申请人撤回申请") { __typename ... on ErrorResult { message } } }', { id: c.disputeId }, 'frontdesk');
    const served = await call<{ __typename: string }>(
      'mutation($i: RecordServiceInput!) { recordService(input: $i) { __typename ... on ErrorResult { message } } }',
      {
        i: {
          documentId: doc.id,
          partyId: doc.recipients[0],
          method: 'DIRECT',
          servedOn: TODAY,
          signer: 'RECIPIENT',
          signerName: '李四',
          evidence: [{ kind: 'SIGNED_RECEIPT', fileId: CF.files[c.disputeId][0] }],
        },
      },
      'adjudicator.fuyang-finance',
    );
    expect(served.__typename).toBe('DocumentService');
    CF.served.add(`${doc.id} ${doc.recipients[0]}`);
    expect(await sql('select kind from deadline where dispute_id = ? and open', [c.disputeId])).toEqual([]);
  });

  // The same characters written as escapes in the document's string literals (the parser decodes them):
  // refused by the storableLiteralsRule validation rule (HTTP 400), nothing written.
  it.each([
    ['login: "\\u0000" in an inline username', () => 'mutation { login(username: "admin\\u0000", password: "x") { __typename } }', 'ANONYMOUS'],
    [
      'registerDispute: "\\u0000" in an inline matterCode',
      () => `mutation { registerDispute(input: ${literal({ ...neighbourhoodDispute(), matterCode: 'PEOPLES-MEDIATION\u0000' }, 'RegisterDisputeInput!')}) { __typename } }`,
      'frontdesk',
    ],
    [
      'referDispute: "\\u0000" in an inline matterCode',
      () =>
        `mutation { referDispute(input: ${literal({ disputeId: W.disputes.awaiting[0], toOrganizationId: W.org['富阳区人民调解委员会'], channel: 'MEDIATION', kind: 'TRANSFER', matterCode: 'PEOPLES-MEDIATION\u0000', reason: '属人民调解范围' }, 'ReferDisputeInput!')}) { __typename } }`,
      'frontdesk',
    ],
    [
      'loadHolidayCalendar: "\\u{0}" in an inline source',
      () => 'mutation { loadHolidayCalendar(input: { year: 2031, holidays: ["2031-01-01"], makeUpWorkdays: [], source: "国务院办公厅通知\\u{0}" }) { __typename } }',
      'admin',
    ],
  ] as [string, () => string, Auth][])('%s is refused in validation, nothing written', async (_name, query, auth) => {
    const before = await snapshot();
    const r = await post(query(), {}, auth);
    // Apollo reports every validation-rule error as GRAPHQL_VALIDATION_FAILED (HTTP 400).
    expect(r.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors?.[0]?.message).toMatch(/NUL character or an unpaired surrogate/);
    expect(countDiff(before, await snapshot())).toEqual({});
  });
});

describe('fuzzing every mutation over HTTP', () => {
  it('covers every mutation of the schema', async () => {
    const r = await post('{ __schema { mutationType { fields { name } } } }', {}, 'ANONYMOUS');
    const names = ((r.body.data as { __schema: { mutationType: { fields: { name: string }[] } } }).__schema.mutationType.fields ?? []).map((f) => f.name).sort();
    expect(names).toEqual([...ORDER].sort());
  });

  for (const name of ORDER) {
    it(`${name}: JSON, no internal error, no partial write, still alive`, async () => {
      await replenish(name);
      await fuzz(operations()[name], Math.max(1, Math.round(RUNS * (RUN_SHARE[name] ?? 1))));
    }, 300_000);
  }
});
