import fc from 'fast-check';
import { findPersonalData, makeResidentId } from '../../src/core/validation';
import { neighbourhoodDispute, procurementComplaint } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';

// Issue 13, hole 8: free text copied into the timeline (caseNumber, documentNumber,
// rulingNumber) could carry identity and phone numbers that masked viewers then read.
//
// Property-based: every mutation with a free-text input is driven through lifecycle walks
// whose every free text (titles, facts, reasons, notes, approver names, summaries and the
// document numbers) may carry an identity or phone number written in varied forms (grouped
// with spaces, hyphens, dots, full-width digits, +86, a lowercase x, inside a document
// number or a sentence). For every walk:
//   1. a document number (caseNumber, documentNumber, rulingNumber) carrying one is refused
//      with a ValidationError on that field, in Chinese; the same step with a clean number
//      then succeeds;
//   2. no event, read back through the API (as the frontdesk, unmasked, and as the reviewer,
//      masked) and directly from the dispute_event table, has a summary or data that matches
//      the identity-number or phone detectors, or contains the digits of any injected number.
//
// Reproduce with FUZZ_SEED=<seed>; FUZZ_RUNS changes the number of walks per property.

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
fc.configureGlobal({ seed: SEED, numRuns: RUNS });

const NOW = new Date('2026-03-02T02:00:00Z'); // Monday 10:00 in Beijing
let t: TestHub;
const USERS = ['frontdesk', 'mediator.fuyang', 'adjudicator.fuyang-finance', 'court.liaison', 'reviewer'] as const;
type User = (typeof USERS)[number];
const tokens = {} as Record<User, string>;
const org: Record<string, string> = {};
/** The digits of every number injected so far (full-width digits as ASCII, no separators). */
const injected = new Set<string>();
const disputes = new Set<string>();

// ---------------------------------------------------------------- personal numbers, written in varied forms

const FULL_WIDTH = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

const idNumber = fc
  .tuple(
    fc.constantFrom('330102', '330183', '110101', '440305', '510104'),
    fc.integer({ min: 1940, max: 2008 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([area, y, m, d, seq]) => makeResidentId(`${area}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${String(seq).padStart(3, '0')}`));
const oldIdNumber = fc.tuple(fc.constantFrom('330102', '110101'), fc.integer({ min: 400101, max: 991231 }), fc.integer({ min: 100, max: 999 })).map(([a, b, c]) => `${a}${b}${c}`);
const mobile = fc.tuple(fc.constantFrom('13', '14', '15', '16', '17', '18', '19'), fc.integer({ min: 0, max: 999_999_999 })).map(([p, n]) => `${p}${String(n).padStart(9, '0')}`);
const landline = fc.tuple(fc.constantFrom('0571', '010', '021', '0755'), fc.integer({ min: 2_000_000, max: 89_999_999 })).map(([area, n]) => `${area}-${n}`);

const SEPARATORS = [' ', '-', '.', '\u00a0', '\u3000', '－', '/', '_'];

/** One way of writing the number: [the text, the digits it carries]. */
const written: fc.Arbitrary<[string, string]> = fc
  .tuple(fc.oneof(idNumber, idNumber, oldIdNumber, mobile, mobile, landline), fc.constantFrom('plain', 'grouped', 'fullwidth', 'plus86', 'lowerx', 'spaced'), fc.constantFrom(...SEPARATORS))
  .map(([n, form, sep]) => {
    const digits = n.replace(/-/g, '');
    const isMobile = /^1[3-9]\d{9}$/.test(digits);
    let text: string;
    switch (form) {
      case 'grouped':
        text = isMobile ? `${digits.slice(0, 3)}${sep}${digits.slice(3, 7)}${sep}${digits.slice(7)}` : `${digits.slice(0, 6)}${sep}${digits.slice(6, 14)}${sep}${digits.slice(14)}`;
        break;
      case 'fullwidth':
        text = FULL_WIDTH(n);
        break;
      case 'plus86':
        text = isMobile ? `+86${sep === '/' ? ' ' : sep}${digits}` : n;
        break;
      case 'lowerx':
        text = n.toLowerCase();
        break;
      case 'spaced':
        text = digits.split('').join(sep === '-' ? ' ' : sep);
        break;
      default:
        text = n;
    }
    return [text, digits.replace(/[Xx]$/, '')];
  });

const CARRIERS: ((n: string) => string)[] = [
  (n) => n,
  (n) => `（2026）浙0111民特${n}号`,
  (n) => `杭财采监〔2026〕${n}号`,
  (n) => `HZ${n}`,
  (n) => `HZ2026-${n}`,
  (n) => `联系电话${n}`,
  (n) => `申请人身份证号 ${n}，请核实`,
  (n) => `${n}（当事人）`,
];

/** A free text: clean, or carrying a personal number. [text, digits or null]. */
function freeText(clean: string[]): fc.Arbitrary<[string, string | null]> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...clean).map((s): [string, string | null] => [s, null]) },
    { weight: 3, arbitrary: fc.tuple(written, fc.constantFrom(...CARRIERS)).map(([[n, digits], carrier]): [string, string | null] => [carrier(n), digits]) },
  );
}

const REASONS = ['依法处理', '当事人申请撤回', '不属本机构受理范围', '经院长批准延长'];
const CASE_NUMBERS = ['富财采投〔2026〕1号', '（2026）浙0111民特123号', 'HZ2026-000123'];
const RULINGS = ['（2026）浙01民特1号', '(2026)浙01民特15号'];
const DOCUMENTS = ['富人调〔2026〕1号', '富财采决〔2026〕1号', '杭财采监〔2026〕12号'];

/** Every free text of one walk. */
const walkTexts = fc.record({
  title: freeText(['相邻通行纠纷', '教学设备采购项目投诉']),
  facts: freeText(['双方因院落通道使用问题发生争执，申请人请求调解。']),
  referReason: freeText(REASONS),
  referNote: freeText(REASONS),
  declineReason: freeText(REASONS),
  cancelReason: freeText(REASONS),
  rejectReason: freeText(REASONS),
  pauseNote: freeText(['专家论证']),
  extendReason: freeText(REASONS),
  approverName: freeText(['王局长', '院长 张某']),
  caseNumber: freeText(CASE_NUMBERS),
  summary: freeText(['双方达成调解协议', '投诉事项不成立，驳回投诉']),
  documentNumber: freeText(DOCUMENTS),
  jcExtendReason: freeText(REASONS),
  jcDeclineReason: freeText(REASONS),
  rulingNumber: freeText(RULINGS),
  decideNote: freeText(REASONS),
  closeNote: freeText(REASONS),
  withdrawReason: freeText(REASONS),
});
type Texts = typeof walkTexts extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------- HTTP

interface Result {
  __typename: string;
  id?: string;
  errorCode?: string;
  message?: string;
  fieldErrors?: { field: string; message: string }[];
  proceeding?: { id: string } | null;
}
const OBJECT: Record<string, string> = {
  Dispute: '... on Dispute { id }',
  Referral: '... on Referral { id proceeding { id } }',
  Proceeding: '... on Proceeding { id }',
  JudicialConfirmation: '... on JudicialConfirmation { id }',
};
const objectOf = (field: string) =>
  /Dispute$/.test(field) && field !== 'referDispute' ? 'Dispute' : /Referral$|^referDispute$/.test(field) ? 'Referral' : /Proceeding$/.test(field) ? 'Proceeding' : 'JudicialConfirmation';
const selection = (field: string) => `{ __typename ... on ErrorResult { errorCode: code message } ... on ValidationError { fieldErrors { field message } } ${OBJECT[objectOf(field)]} }`;

async function mutate(field: string, args: string, variables: Record<string, unknown>, who: User): Promise<Result> {
  const decl = Object.keys(variables).length ? `(${args})` : '';
  const list = Object.keys(variables)
    .map((k) => `${k}: $${k}`)
    .join(', ');
  const res = await t.gql<Record<string, Result>, Record<string, unknown>>(`mutation${decl} { ${field}(${list}) ${selection(field)} }`, variables, tokens[who]);
  if (res.errors) throw new Error(`${field}: ${JSON.stringify(res.errors)}`);
  return res.data![field];
}

function ok(r: Result, typename: string, step: string): string {
  if (r.__typename !== typename) throw new Error(`${step}: expected ${typename}, got ${JSON.stringify(r)}`);
  return r.id!;
}

/**
 * A step whose free texts are sent as generated. If one of the document-number fields carries a
 * personal number the step must be refused on exactly that field (property 1); it is then sent again
 * with the clean number. Other free texts (reasons, notes) are accepted: they never reach an event.
 */
async function step(
  name: string,
  typename: string,
  docField: { name: string; text: [string, string | null]; clean: string } | null,
  send: (doc: string | null) => Promise<Result>,
  texts: [string, string | null][],
): Promise<Result> {
  for (const [, digits] of [...texts, ...(docField ? [docField.text] : [])]) if (digits) injected.add(digits);
  if (docField?.text[1]) {
    const refused = await send(docField.text[0]);
    if (refused.__typename !== 'ValidationError') throw new Error(`(1) ${name}: ${docField.name} ${JSON.stringify(docField.text[0])} was not refused: ${JSON.stringify(refused)}`);
    expect(refused.fieldErrors!.map((f) => f.field)).toEqual([docField.name]);
    expect(refused.fieldErrors![0].message).toMatch(/^文书编号不得包含(身份证号码|手机或电话号码)$/);
    const r = await send(docField.clean);
    ok(r, typename, name);
    return r;
  }
  const r = await send(docField ? docField.text[0] : null);
  ok(r, typename, name);
  return r;
}

// ---------------------------------------------------------------- the walks

async function register(kind: 'neighbourhood' | 'procurement', x: Texts): Promise<string> {
  const base = kind === 'neighbourhood' ? neighbourhoodDispute() : procurementComplaint();
  const input = { ...base, title: x.title[0], facts: x.facts[0] };
  const r = await step('registerDispute', 'Dispute', null, () => mutate('registerDispute', '$input: RegisterDisputeInput!', { input }, 'frontdesk'), [x.title, x.facts]);
  disputes.add(r.id!);
  return r.id!;
}

async function refer(disputeId: string, to: 'mediation' | 'finance', x: Texts): Promise<string> {
  const input =
    to === 'mediation'
      ? { disputeId, toOrganizationId: org['富阳区人民调解委员会'], channel: 'MEDIATION', kind: 'TRANSFER', reason: x.referReason[0], note: x.referNote[0] }
      : { disputeId, toOrganizationId: org['富阳区财政局'], channel: 'ADJUDICATION', kind: 'TRANSFER', matterCode: 'GOV-PROCUREMENT-COMPLAINT', reason: x.referReason[0], note: x.referNote[0] };
  return (await step('referDispute', 'Referral', null, () => mutate('referDispute', '$input: ReferDisputeInput!', { input }, 'frontdesk'), [x.referReason, x.referNote])).id!;
}

async function accept(referralId: string, who: User): Promise<string> {
  const r = await mutate('acceptReferral', '$id: ID!', { id: referralId }, who);
  ok(r, 'Referral', 'acceptReferral');
  return r.proceeding!.id;
}

/** Mediation: refer, decline, refer again, cancel, refer, accept, extend, conclude with an agreement, judicial confirmation to the ruling. */
async function mediationWalk(x: Texts): Promise<void> {
  const mediator: User = 'mediator.fuyang';
  const d = await register('neighbourhood', x);
  const r1 = await refer(d, 'mediation', x);
  await step('declineReferral', 'Referral', null, () => mutate('declineReferral', '$id: ID!, $reason: String!', { id: r1, reason: x.declineReason[0] }, mediator), [x.declineReason]);
  const r2 = await refer(d, 'mediation', x);
  await step('cancelReferral', 'Referral', null, () => mutate('cancelReferral', '$id: ID!, $reason: String!', { id: r2, reason: x.cancelReason[0] }, 'frontdesk'), [x.cancelReason]);
  const p = await accept(await refer(d, 'mediation', x), mediator);
  await step(
    'extendProceeding',
    'Proceeding',
    null,
    () =>
      mutate(
        'extendProceeding',
        '$id: ID!, $amount: Int!, $reason: String!, $basis: ExtensionBasis!, $approverName: String',
        { id: p, amount: 10, reason: x.extendReason[0], basis: 'PARTIES_CONSENT', approverName: x.approverName[0] },
        mediator,
      ),
    [x.extendReason, x.approverName],
  );
  await step(
    'concludeProceeding',
    'Proceeding',
    { name: 'documentNumber', text: x.documentNumber, clean: DOCUMENTS[0] },
    (doc) => mutate('concludeProceeding', '$input: ConcludeProceedingInput!', { input: { proceedingId: p, outcome: 'AGREEMENT', summary: x.summary[0], documentNumber: doc } }, mediator),
    [x.summary],
  );
  const jc = (
    await step(
      'requestJudicialConfirmation',
      'JudicialConfirmation',
      null,
      () => mutate('requestJudicialConfirmation', '$proceedingId: ID!, $courtId: ID!', { proceedingId: p, courtId: org['杭州市中级人民法院'] }, mediator),
      [],
    )
  ).id!;
  await step('acceptJudicialConfirmation', 'JudicialConfirmation', null, () => mutate('acceptJudicialConfirmation', '$id: ID!', { id: jc }, 'court.liaison'), []);
  await step(
    'extendJudicialConfirmation',
    'JudicialConfirmation',
    null,
    () => mutate('extendJudicialConfirmation', '$id: ID!, $reason: String!, $approverName: String', { id: jc, reason: x.jcExtendReason[0], approverName: x.approverName[0] }, 'court.liaison'),
    [x.jcExtendReason, x.approverName],
  );
  await step(
    'decideJudicialConfirmation',
    'JudicialConfirmation',
    { name: 'rulingNumber', text: x.rulingNumber, clean: RULINGS[0] },
    (doc) =>
      mutate(
        'decideJudicialConfirmation',
        '$id: ID!, $decision: JudicialConfirmationDecision!, $rulingNumber: String, $note: String',
        { id: jc, decision: 'CONFIRM', rulingNumber: doc, note: x.decideNote[0] },
        'court.liaison',
      ),
    [x.decideNote],
  );
  await step('closeDispute', 'Dispute', null, () => mutate('closeDispute', '$id: ID!, $note: String', { id: d, note: x.closeNote[0] }, 'frontdesk'), [x.closeNote]);
}

/** Adjudication: admitted with a case number, paused, resumed, concluded with a decision; a second one rejected; a third withdrawn. */
async function adjudicationWalk(x: Texts): Promise<void> {
  const adjudicator: User = 'adjudicator.fuyang-finance';
  const d = await register('procurement', x);
  const p = await accept(await refer(d, 'finance', x), adjudicator);
  await step(
    'admitProceeding',
    'Proceeding',
    { name: 'caseNumber', text: x.caseNumber, clean: CASE_NUMBERS[0] },
    (doc) => mutate('admitProceeding', '$id: ID!, $caseNumber: String', { id: p, caseNumber: doc }, adjudicator),
    [],
  );
  await step(
    'pauseProceeding',
    'Proceeding',
    null,
    () => mutate('pauseProceeding', '$id: ID!, $reason: PauseReason!, $note: String', { id: p, reason: 'EXPERT_REVIEW', note: x.pauseNote[0] }, adjudicator),
    [x.pauseNote],
  );
  await step('resumeProceeding', 'Proceeding', null, () => mutate('resumeProceeding', '$id: ID!', { id: p }, adjudicator), []);
  await step(
    'concludeProceeding',
    'Proceeding',
    { name: 'documentNumber', text: x.documentNumber, clean: DOCUMENTS[1] },
    (doc) => mutate('concludeProceeding', '$input: ConcludeProceedingInput!', { input: { proceedingId: p, outcome: 'DECISION', summary: x.summary[0], documentNumber: doc } }, adjudicator),
    [x.summary],
  );

  const d2 = await register('procurement', x);
  const p2 = await accept(await refer(d2, 'finance', x), adjudicator);
  await step('rejectProceeding', 'Proceeding', null, () => mutate('rejectProceeding', '$id: ID!, $reason: String!', { id: p2, reason: x.rejectReason[0] }, adjudicator), [x.rejectReason]);

  const d3 = await register('neighbourhood', x);
  await accept(await refer(d3, 'mediation', x), 'mediator.fuyang');
  await step('withdrawDispute', 'Dispute', null, () => mutate('withdrawDispute', '$id: ID!, $reason: String!', { id: d3, reason: x.withdrawReason[0] }, 'frontdesk'), [x.withdrawReason]);
}

/** Judicial confirmation declined by the court. */
async function declinedConfirmationWalk(x: Texts): Promise<void> {
  const mediator: User = 'mediator.fuyang';
  const d = await register('neighbourhood', x);
  const p = await accept(await refer(d, 'mediation', x), mediator);
  await step(
    'concludeProceeding',
    'Proceeding',
    { name: 'documentNumber', text: x.documentNumber, clean: DOCUMENTS[0] },
    (doc) => mutate('concludeProceeding', '$input: ConcludeProceedingInput!', { input: { proceedingId: p, outcome: 'AGREEMENT', summary: x.summary[0], documentNumber: doc } }, mediator),
    [x.summary],
  );
  const jc = (
    await step(
      'requestJudicialConfirmation',
      'JudicialConfirmation',
      null,
      () => mutate('requestJudicialConfirmation', '$proceedingId: ID!, $courtId: ID!', { proceedingId: p, courtId: org['杭州市中级人民法院'] }, mediator),
      [],
    )
  ).id!;
  await step(
    'declineJudicialConfirmation',
    'JudicialConfirmation',
    null,
    () => mutate('declineJudicialConfirmation', '$id: ID!, $reason: String!', { id: jc, reason: x.jcDeclineReason[0] }, 'court.liaison'),
    [x.jcDeclineReason],
  );
}

// ---------------------------------------------------------------- property 2: the events

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const digitsOf = (s: string) => s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30)).replace(/\D/g, '');

/** Every string of an event's data (ids excepted), for the detectors. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return UUID.test(value) ? [] : [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

function assertClean(where: string, ev: { type: string; summary: string; data: unknown }): void {
  for (const text of [ev.summary, ...strings(ev.data)]) {
    const found = findPersonalData(text);
    if (found) throw new Error(`(2) ${where}: ${ev.type} carries a ${found}: ${JSON.stringify(text)}`);
    const digits = digitsOf(text);
    for (const n of injected) if (digits.includes(n)) throw new Error(`(2) ${where}: ${ev.type} carries the injected number ${n}: ${JSON.stringify(text)}`);
  }
}

/** Checks the events of the given disputes (default: all) through the API, and every row of the table; returns the number of rows. */
async function assertEventsClean(ids: Iterable<string> = disputes): Promise<number> {
  const rows = await t.hub.orm.em.fork().getConnection().execute<{ type: string; summary: string; data: unknown }[]>('select type, summary, data from dispute_event');
  for (const row of rows) assertClean('dispute_event table', row);
  for (const who of ['frontdesk', 'reviewer'] as const) {
    for (const id of ids) {
      const res = await t.gql<{ dispute: { events: { edges: { node: { type: string; summary: string; data: unknown } }[] } } | null }, { id: string }>(
        'query($id: ID!) { dispute(id: $id) { events(first: 100) { edges { node { type summary data } } } } }',
        { id },
        tokens[who],
      );
      expect(res.errors).toBeUndefined();
      for (const { node } of res.data!.dispute?.events.edges ?? []) assertClean(`API as ${who}`, node);
    }
  }
  return rows.length;
}

// ---------------------------------------------------------------- setup and properties

beforeAll(async () => {
  t = await startTestHub({}, { now: () => NOW });
  for (const u of USERS) tokens[u] = await t.login(u);
  const res = await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, never>>('{ organizations { id name } }', {}, tokens.frontdesk);
  for (const o of res.data!.organizations) org[o.name] = o.id;
}, 60_000);

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(`fuzz-event-personal-data: seed ${SEED}, ${RUNS} walks per property, ${injected.size} numbers injected into ${disputes.size} disputes`);
  await t?.stop();
});

describe('no identity or phone number ever reaches the timeline (every free-text input of every mutation)', () => {
  it.each([
    ['mediation: refer, decline, cancel, accept, extend, conclude, judicial confirmation to the ruling, close', mediationWalk],
    ['adjudication: admit with a case number, pause, resume, decide; reject; withdraw', adjudicationWalk],
    ['judicial confirmation declined', declinedConfirmationWalk],
  ] as [string, (x: Texts) => Promise<void>][])(
    '%s',
    async (_name, walk) => {
      await fc.assert(
        fc.asyncProperty(walkTexts, async (x) => {
          const before = new Set(disputes);
          await walk(x as Texts);
          await assertEventsClean([...disputes].filter((id) => !before.has(id)));
        }),
      );
    },
    240_000,
  );

  it('the walks injected numbers and wrote events, and all of them were read back clean', async () => {
    expect(injected.size).toBeGreaterThan(RUNS);
    expect(await assertEventsClean()).toBeGreaterThan(RUNS * 10);
  });
});
