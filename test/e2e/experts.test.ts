/**
 * The expert pool (专家库, #17) over real HTTP on the demo data: 杭州市财政局's pool (seeds/demo-experts.ts)
 * and the demo procurement complaint C04 it handles. A recorded, conflict-free draw (the planted
 * conflicts excluded with their reasons, the panel re-computable from seed and candidates), the
 * refusals that record nothing, the redraw with its reason, declarations, a withdrawal and an upheld
 * challenge moving alternates up, the opinion resuming the clock, ratings flagging an expert, and
 * what other organizations cannot see.
 */
import { seedDemoDisputes } from '../../seeds/demo-disputes';
import { DEMO_CONFLICT_EMPLOYER, DEMO_EXPERT_FIELD } from '../../seeds/demo-experts';
import { candidateListHash, sampleExperts } from '../../src/modules/expert/sampler';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

let t: TestHub;
let base: string;
const tok: Record<string, string> = {};
type Vars = Record<string, unknown>;

const C04 = '市某局河道保洁服务采购项目投诉';
const C05 = '市某中心政务云安全服务采购项目采购文件投诉';

function data<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

async function sql<T>(query: string, params: unknown[] = []): Promise<T[]> {
  return t.hub.orm.em.fork().getConnection().execute<T[]>(query, params, 'all');
}

const DRAW_FIELDS = `
  id status version field panelSize alternateCount seed candidateHash candidateIds drawnOrder pausedClock previousDrawId redrawReason opinionRecordedAt
  exclusions { expertId reasons expert { name } }
  seats { expertId drawnPosition panelPosition status replacedId rating expert { name phone } }
  challenges { id expertId partyRole reasons status }
  opinionFile { id }
`;
interface Seat {
  expertId: string;
  drawnPosition: number;
  panelPosition: number | null;
  status: string;
  replacedId: string | null;
  rating: number | null;
  expert: { name: string; phone: string | null };
}
interface Draw {
  __typename: 'ExpertDraw';
  id: string;
  status: string;
  version: number;
  field: string;
  panelSize: number;
  alternateCount: number;
  seed: string;
  candidateHash: string;
  candidateIds: string[];
  drawnOrder: string[];
  pausedClock: boolean;
  previousDrawId: string | null;
  redrawReason: string | null;
  exclusions: { expertId: string; reasons: string[]; expert: { name: string } }[];
  seats: Seat[];
  challenges: { id: string; expertId: string; partyRole: string; reasons: string; status: string }[];
  opinionFile: { id: string } | null;
}
type Result = { __typename: string; message?: string; code?: string; needed?: number; available?: number; fieldErrors?: { field: string }[] } & Partial<Draw>;

const DRAW = `mutation($i: DrawExpertsInput!) { drawExperts(input: $i) { __typename ... on ExpertDraw { ${DRAW_FIELDS} } ... on ErrorResult { code message } ... on InsufficientExpertsError { needed available } ... on ValidationError { fieldErrors { field } } } }`;
const REDRAW = `mutation($d: ID!, $r: String!, $v: Int) { redrawExperts(drawId: $d, reason: $r, expectedVersion: $v) { __typename ... on ExpertDraw { ${DRAW_FIELDS} } ... on ErrorResult { code message } ... on ValidationError { fieldErrors { field } } } }`;
const DECLARE = `mutation($d: ID!, $e: ID!, $v: Int) { declareExpertNoConflict(drawId: $d, expertId: $e, expectedVersion: $v) { __typename ... on ExpertDraw { ${DRAW_FIELDS} } ... on ErrorResult { code message } } }`;
const WITHDRAW = `mutation($d: ID!, $e: ID!, $v: Int) { withdrawExpert(drawId: $d, expertId: $e, reason: "与本案有其他利害关系，主动回避", expectedVersion: $v) { __typename ... on ExpertDraw { ${DRAW_FIELDS} } ... on ErrorResult { code message } } }`;
const CHALLENGE = `mutation($d: ID!, $e: ID!, $p: ID!, $r: String!) { challengeExpert(drawId: $d, expertId: $e, partyId: $p, reasons: $r) { __typename ... on ExpertChallenge { id status partyRole } ... on ErrorResult { code message } } }`;
const DECIDE = `mutation($c: ID!, $u: Boolean!) { decideExpertChallenge(challengeId: $c, upheld: $u, reason: "申请理由成立，该专家应当回避") { __typename ... on ExpertChallenge { id status } ... on ErrorResult { code message } } }`;
const OPINION = `mutation($d: ID!, $f: ID!) { recordExpertOpinion(drawId: $d, fileId: $f) { __typename ... on ExpertDraw { ${DRAW_FIELDS} } ... on ErrorResult { code message } } }`;
const RATE = `mutation($d: ID!, $e: ID!, $r: Int!) { rateExpert(drawId: $d, expertId: $e, rating: $r, comment: "评审意见论证充分") { __typename ... on ErrorResult { code message } } }`;
const PROCEEDING = `query($id: ID!) { dispute(id: $id) { id version parties { id role name } proceedings { id status version organization { name } pauses { reason endedAt } expertFields { code name } expertDraws { ${DRAW_FIELDS} } } events(first: 100) { edges { node { type summary data } } } } }`;
const POOL = `query($org: ID, $flagged: Boolean) { experts(organizationId: $org, flaggedOnly: $flagged) { id name version phone employer fields available removed flaggedForRemoval } }`;
const ADMIT = `mutation($id: ID!) { admitProceeding(id: $id) { __typename ... on ErrorResult { message } } }`;

interface Case {
  disputeId: string;
  proceedingId: string;
  parties: { id: string; role: string; name: string }[];
}
interface Pooled {
  id: string;
  name: string;
  version: number;
  phone: string | null;
  employer: string | null;
  fields: string[];
  available: boolean;
  removed: boolean;
  flaggedForRemoval: boolean;
}

async function view(c: Case, who = 'adjudicator.finance') {
  const d = data(
    await t.gql<
      {
        dispute: {
          version: number;
          parties: Case['parties'];
          proceedings: { id: string; status: string; version: number; pauses: { reason: string; endedAt: string | null }[]; expertFields: { code: string }[]; expertDraws: Draw[] }[];
          events: { edges: { node: { type: string; summary: string; data: unknown } }[] };
        } | null;
      },
      Vars
    >(PROCEEDING, { id: c.disputeId }, tok[who]),
  ).dispute;
  return d;
}

async function caseOf(title: string): Promise<Case> {
  const [row] = await sql<{ id: string; pid: string }>(
    `select d.id, p.id as pid from dispute d join proceeding p on p.dispute_id = d.id join organization o on o.id = p.organization_id where d.title = ? and o.name = '杭州市财政局'`,
    [title],
  );
  const parties = (await sql<{ id: string; role: string; name: string }>(`select id, role, name from party where dispute_id = ? order by position`, [row.id])).map((p) => p);
  return { disputeId: row.id, proceedingId: row.pid, parties };
}

async function footprint(disputeId: string) {
  const [r] = await sql<{ draws: number; seats: number; challenges: number; events: number; audits: number; pauses: number }>(
    `select (select count(*) from expert_draw)::int as draws, (select count(*) from expert_seat)::int as seats, (select count(*) from expert_challenge)::int as challenges,
       (select count(*) from dispute_event where dispute_id = ?)::int as events, (select count(*) from audit_entry)::int as audits, (select count(*) from proceeding_pause)::int as pauses`,
    [disputeId],
  );
  return r;
}

async function uploadTo(disputeId: string, token: string): Promise<string> {
  const form = new FormData();
  form.append('disputeId', disputeId);
  form.append('file', new Blob([new Uint8Array(Buffer.from('%PDF-1.4\n% 专家评审意见\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'))], { type: 'application/pdf' }), '专家评审意见.pdf');
  const res = await fetch(`${base}/files`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const body = (await res.json()) as { id?: string };
  if (res.status !== 201 || !body.id) throw new Error(`upload ${res.status} ${JSON.stringify(body)}`);
  return body.id;
}

const panelOf = (d: Draw) => d.seats.filter((s) => s.status === 'SEATED' || s.status === 'DECLARED').sort((a, b) => a.panelPosition! - b.panelPosition!);
const alternatesOf = (d: Draw) => d.seats.filter((s) => s.status === 'ALTERNATE').sort((a, b) => a.drawnPosition - b.drawnPosition);

let c04: Case;
let pool: Pooled[];

beforeAll(async () => {
  // Two poor ratings flag an expert here (the default is three), so that two cases show it.
  t = await startTestHub({ HUB_EXPERT_RATING_MIN_CASES: '2' });
  base = t.hub.url.replace(/\/graphql$/, '');
  expect(await seedDemoDisputes(t.hub.services)).toBeGreaterThan(20);
  for (const u of ['adjudicator.finance', 'head.finance', 'adjudicator.fuyang-finance', 'head.fuyang-finance', 'adjudicator.market', 'frontdesk', 'admin', 'reviewer']) tok[u] = await t.login(u);
  c04 = await caseOf(C04);
  pool = data(await t.gql<{ experts: Pooled[] }, Vars>(POOL, {}, tok['head.finance'])).experts;
}, 180_000);

afterAll(async () => {
  await t?.stop();
});

describe('the demo pool', () => {
  it('has eight experts of the complaint’s field, phones unmasked for the pool’s keepers', () => {
    expect(pool).toHaveLength(8);
    for (const e of pool) {
      expect(e.fields).toContain(DEMO_EXPERT_FIELD);
      expect(e.phone).toMatch(/^139571001\d\d$/);
      expect(e.available).toBe(true);
    }
    expect(pool.filter((e) => e.employer === DEMO_CONFLICT_EMPLOYER)).toHaveLength(1);
  });

  it('other organizations cannot read it: their own (empty) pool, nothing with organizationId, FORBIDDEN without MANAGE_EXPERTS', async () => {
    const orgId = (await sql<{ organization_id: string }>('select organization_id from expert limit 1'))[0].organization_id;
    for (const who of ['head.fuyang-finance', 'adjudicator.fuyang-finance', 'adjudicator.market']) {
      expect(data(await t.gql<{ experts: Pooled[] }, Vars>(POOL, {}, tok[who])).experts).toEqual([]);
      expect(data(await t.gql<{ experts: Pooled[] }, Vars>(POOL, { org: orgId }, tok[who])).experts).toEqual([]);
    }
    for (const who of ['frontdesk', 'reviewer']) {
      const res = await t.gql<{ experts: Pooled[] }, Vars>(POOL, {}, tok[who]);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res)).not.toContain('139571001');
    }
    // ADMIN reads any pool, unmasked.
    const admin = data(await t.gql<{ experts: Pooled[] }, Vars>(POOL, { org: orgId }, tok.admin)).experts;
    expect(admin.map((e) => e.phone).sort()).toEqual(pool.map((e) => e.phone).sort());
  });

  it('another organization cannot change an expert of this pool: NotFoundError, nothing written', async () => {
    const e = pool[0];
    const res = data(
      await t.gql<{ removeExpert: { __typename: string } }, Vars>(
        'mutation($id: ID!, $v: Int) { removeExpert(id: $id, expectedVersion: $v) { __typename } }',
        { id: e.id, v: e.version },
        tok['head.fuyang-finance'],
      ),
    );
    expect(res.removeExpert.__typename).toBe('NotFoundError');
    const upd = data(
      await t.gql<{ updateExpert: { __typename: string } }, Vars>(
        'mutation($id: ID!, $i: ExpertInput!) { updateExpert(id: $id, input: $i) { __typename } }',
        { id: e.id, i: { name: '越权修改', fields: [DEMO_EXPERT_FIELD] } },
        tok['adjudicator.market'],
      ),
    );
    expect(upd.updateExpert.__typename).toBe('NotFoundError');
    const again = data(await t.gql<{ experts: Pooled[] }, Vars>(POOL, {}, tok['head.finance'])).experts.find((x) => x.id === e.id)!;
    expect(again).toEqual(e);
  });

  it('validates input and checks versions', async () => {
    const bad = data(
      await t.gql<{ createExpert: { __typename: string; fieldErrors: { field: string }[] } }, Vars>(
        'mutation($i: CreateExpertInput!) { createExpert(input: $i) { __typename ... on ValidationError { fieldErrors { field } } } }',
        { i: { name: '某', fields: ['NO-SUCH-FIELD'], phone: '12345', employerCreditCode: '91330106MA2XXXXX0Z', relationships: [{ kind: 'ORGANIZATION' }] } },
        tok['head.finance'],
      ),
    ).createExpert;
    expect(bad.__typename).toBe('ValidationError');
    expect(bad.fieldErrors.map((f) => f.field).sort()).toEqual(['employerCreditCode', 'fields.0', 'name', 'phone', 'relationships.0.name']);
    const stale = data(
      await t.gql<{ updateExpert: { __typename: string } }, Vars>(
        'mutation($id: ID!, $i: ExpertInput!) { updateExpert(id: $id, input: $i, expectedVersion: 99) { __typename } }',
        { id: pool[0].id, i: { name: pool[0].name, fields: pool[0].fields } },
        tok['head.finance'],
      ),
    ).updateExpert;
    expect(stale.__typename).toBe('VersionConflictError');
  });
});

describe('an expert review of the demo procurement complaint (C04)', () => {
  let draw: Draw;

  it('is admitted, and its proceeding offers the fields of procurement', async () => {
    expect(data(await t.gql<{ admitProceeding: { __typename: string } }, Vars>(ADMIT, { id: c04.proceedingId }, tok['adjudicator.finance'])).admitProceeding.__typename).toBe('Proceeding');
    const p = (await view(c04))!.proceedings[0];
    expect(p.status).toBe('IN_PROGRESS');
    expect(p.expertFields.map((f) => f.code)).toContain(DEMO_EXPERT_FIELD);
    expect(p.expertDraws).toEqual([]);
  });

  it('too few conflict-free experts: a typed error naming the shortfall, and nothing recorded', async () => {
    const before = await footprint(c04.disputeId);
    const r = data(
      await t.gql<{ drawExperts: Result }, Vars>(DRAW, { i: { proceedingId: c04.proceedingId, field: DEMO_EXPERT_FIELD, panelSize: 5, alternates: 2 } }, tok['adjudicator.finance']),
    ).drawExperts;
    expect(r).toMatchObject({ __typename: 'InsufficientExpertsError', code: 'INSUFFICIENT_EXPERTS', needed: 7, available: 6 });
    expect(r.message).toContain('需要 7 名，仅有 6 名无利害关系的专家');
    expect(await footprint(c04.disputeId)).toEqual(before);
  });

  it('bad sizes and a field of another matter are validation errors', async () => {
    const r = data(
      await t.gql<{ drawExperts: Result }, Vars>(DRAW, { i: { proceedingId: c04.proceedingId, field: 'PAT-MECHANICAL', panelSize: 0, alternates: 1 } }, tok['adjudicator.finance']),
    ).drawExperts;
    expect(r.__typename).toBe('ValidationError');
    expect(r.fieldErrors!.map((f) => f.field).sort()).toEqual(['alternates', 'field', 'panelSize']);
  });

  it('draws a conflict-free panel: the planted conflicts are excluded with their reasons, naming only the party’s role', async () => {
    const before = await footprint(c04.disputeId);
    const r = data(
      await t.gql<{ drawExperts: Result }, Vars>(DRAW, { i: { proceedingId: c04.proceedingId, field: DEMO_EXPERT_FIELD, panelSize: 3, alternates: 2, pauseClock: true } }, tok['adjudicator.finance']),
    ).drawExperts as Draw;
    expect(r.__typename).toBe('ExpertDraw');
    draw = r;
    const planted = pool.find((e) => e.employer === DEMO_CONFLICT_EMPLOYER)!;
    const exclusions = Object.fromEntries(r.exclusions.map((x) => [x.expert.name, x.reasons]));
    expect(exclusions).toEqual({ [planted.name]: ['现任职单位即本案申请人（名称一致）'], 钱某玲: ['申报的近三年任职单位即本案被申请人（名称一致）'] });
    expect(JSON.stringify(r.exclusions)).not.toContain(DEMO_CONFLICT_EMPLOYER);
    // Reproducible: the sorted candidates hash to the recorded hash, and seed + candidates give the recorded order.
    expect(r.candidateIds).toEqual([...r.candidateIds].sort());
    expect(r.candidateIds).toHaveLength(6);
    expect(r.candidateIds).not.toContain(planted.id);
    expect(r.candidateHash).toBe(candidateListHash(r.candidateIds));
    expect(r.drawnOrder).toEqual(sampleExperts(r.seed, r.candidateIds, 5));
    expect(panelOf(r).map((s) => s.expertId)).toEqual(r.drawnOrder.slice(0, 3));
    expect(alternatesOf(r).map((s) => s.expertId)).toEqual(r.drawnOrder.slice(3));
    // The handler keeps the pool: phones unmasked on the draw too.
    for (const s of r.seats) expect(s.expert.phone).toMatch(/^139571001\d\d$/);
    // The clock paused for expert review with the draw.
    expect(r.pausedClock).toBe(true);
    const d = (await view(c04))!;
    expect(d.proceedings[0].status).toBe('PAUSED');
    expect(d.proceedings[0].pauses.filter((p) => !p.endedAt).map((p) => p.reason)).toEqual(['EXPERT_REVIEW']);
    const after = await footprint(c04.disputeId);
    expect(after).toMatchObject({ draws: before.draws + 1, seats: before.seats + 5, pauses: before.pauses + 1 });
    // The timeline names ids only.
    const drawn = d.events.edges.map((e) => e.node).filter((e) => e.type === 'EXPERTS_DRAWN');
    expect(drawn).toHaveLength(1);
    expect(drawn[0].data).toEqual({ drawId: r.id, proceedingId: c04.proceedingId, field: DEMO_EXPERT_FIELD, panelSize: 3, alternates: 2 });
    const text = JSON.stringify(d.events);
    for (const e of pool) expect(text).not.toContain(e.name);
    // The audit entry keeps the seed and the exclusions.
    const [audit] = await sql<{ details: Record<string, unknown> }>(`select details from audit_entry where action = 'drawExperts' order by at desc limit 1`);
    expect(audit.details).toMatchObject({ drawId: r.id, seed: r.seed, candidateHash: r.candidateHash, drawnOrder: r.drawnOrder });
  });

  it('cannot be re-run to shop for another panel: a second draw is refused; a redraw needs a reason', async () => {
    const before = await footprint(c04.disputeId);
    const again = data(
      await t.gql<{ drawExperts: Result }, Vars>(DRAW, { i: { proceedingId: c04.proceedingId, field: DEMO_EXPERT_FIELD, panelSize: 3, alternates: 2 } }, tok['adjudicator.finance']),
    ).drawExperts;
    expect(again).toMatchObject({ __typename: 'InvalidTransitionError' });
    const noReason = data(await t.gql<{ redrawExperts: Result }, Vars>(REDRAW, { d: draw.id, r: ' ' }, tok['adjudicator.finance'])).redrawExperts;
    expect(noReason.__typename).toBe('ValidationError');
    expect(await footprint(c04.disputeId)).toEqual(before);

    const r = data(await t.gql<{ redrawExperts: Result }, Vars>(REDRAW, { d: draw.id, r: '原抽取时专家库信息有误，经负责人批准重新抽取', v: draw.version }, tok['adjudicator.finance']))
      .redrawExperts as Draw;
    expect(r.__typename).toBe('ExpertDraw');
    expect(r).toMatchObject({ status: 'IN_FORCE', previousDrawId: draw.id, redrawReason: '原抽取时专家库信息有误，经负责人批准重新抽取', pausedClock: true });
    expect(r.drawnOrder).toEqual(sampleExperts(r.seed, r.candidateIds, 5));
    const d = (await view(c04))!;
    const draws = d.proceedings[0].expertDraws;
    expect(draws.map((x) => [x.id, x.status])).toEqual([
      [r.id, 'IN_FORCE'],
      [draw.id, 'SUPERSEDED'],
    ]);
    const redrawn = d.events.edges.map((e) => e.node).filter((e) => e.type === 'EXPERTS_REDRAWN');
    expect(redrawn.map((e) => e.data)).toEqual([{ drawId: r.id, previousDrawId: draw.id, proceedingId: c04.proceedingId }]);
    expect(JSON.stringify(d.events)).not.toContain('专家库信息有误');
    // The old draw is no longer acted on.
    const old = data(await t.gql<{ declareExpertNoConflict: Result }, Vars>(DECLARE, { d: draw.id, e: draw.drawnOrder[0] }, tok['adjudicator.finance'])).declareExpertNoConflict;
    expect(old.__typename).toBe('InvalidTransitionError');
    draw = r;
  });

  it('experts declare; one withdraws and the first alternate takes the seat', async () => {
    const [first, second, third] = panelOf(draw);
    let r = data(await t.gql<{ declareExpertNoConflict: Result }, Vars>(DECLARE, { d: draw.id, e: first.expertId, v: draw.version }, tok['adjudicator.finance'])).declareExpertNoConflict as Draw;
    expect(r.seats.find((s) => s.expertId === first.expertId)!.status).toBe('DECLARED');
    const stale = data(await t.gql<{ declareExpertNoConflict: Result }, Vars>(DECLARE, { d: draw.id, e: second.expertId, v: draw.version }, tok['adjudicator.finance'])).declareExpertNoConflict;
    expect(stale.__typename).toBe('VersionConflictError');
    const twice = data(await t.gql<{ declareExpertNoConflict: Result }, Vars>(DECLARE, { d: draw.id, e: first.expertId }, tok['adjudicator.finance'])).declareExpertNoConflict;
    expect(twice.__typename).toBe('InvalidTransitionError');

    const [alt1, alt2] = alternatesOf(draw);
    r = data(await t.gql<{ withdrawExpert: Result }, Vars>(WITHDRAW, { d: draw.id, e: second.expertId, v: r.version }, tok['adjudicator.finance'])).withdrawExpert as Draw;
    expect(r.__typename).toBe('ExpertDraw');
    expect(r.seats.find((s) => s.expertId === second.expertId)).toMatchObject({ status: 'WITHDRAWN', panelPosition: null });
    expect(r.seats.find((s) => s.expertId === alt1.expertId)).toMatchObject({ status: 'SEATED', panelPosition: second.panelPosition, replacedId: second.expertId });
    expect(alternatesOf(r).map((s) => s.expertId)).toEqual([alt2.expertId]);
    expect(panelOf(r).map((s) => s.expertId)).toEqual([first.expertId, alt1.expertId, third.expertId]);
    draw = r;
  });

  it('a party’s challenge, upheld by the handler, recuses the expert and the next alternate moves up; then none is left', async () => {
    const third = panelOf(draw)[2];
    const [alt2] = alternatesOf(draw);
    const respondent = c04.parties.find((p) => p.role === 'RESPONDENT')!;
    const ch = data(
      await t.gql<{ challengeExpert: { __typename: string; id: string; status: string; partyRole: string } }, Vars>(
        CHALLENGE,
        { d: draw.id, e: third.expertId, p: respondent.id, r: '该专家曾为投诉人项目提供咨询服务，可能影响公正评审' },
        tok['adjudicator.finance'],
      ),
    ).challengeExpert;
    expect(ch).toMatchObject({ __typename: 'ExpertChallenge', status: 'PENDING', partyRole: 'RESPONDENT' });
    const decided = data(await t.gql<{ decideExpertChallenge: { __typename: string; status: string } }, Vars>(DECIDE, { c: ch.id, u: true }, tok['adjudicator.finance'])).decideExpertChallenge;
    expect(decided).toMatchObject({ __typename: 'ExpertChallenge', status: 'UPHELD' });
    draw = (await view(c04))!.proceedings[0].expertDraws[0];
    expect(draw.seats.find((s) => s.expertId === third.expertId)!.status).toBe('RECUSED');
    expect(draw.seats.find((s) => s.expertId === alt2.expertId)).toMatchObject({ status: 'SEATED', panelPosition: third.panelPosition, replacedId: third.expertId });
    expect(alternatesOf(draw)).toEqual([]);
    const events = (await view(c04))!.events.edges.map((e) => e.node);
    expect(events.filter((e) => e.type === 'EXPERT_CHALLENGE_DECIDED').map((e) => e.data)).toEqual([
      { drawId: draw.id, expertId: third.expertId, challengeId: ch.id, upheld: true, replacedById: alt2.expertId },
    ]);
    expect(JSON.stringify(events)).not.toContain('咨询服务');

    // Alternates exhausted: a withdrawal is a typed error and changes nothing.
    const before = await footprint(c04.disputeId);
    const r = data(await t.gql<{ withdrawExpert: Result }, Vars>(WITHDRAW, { d: draw.id, e: alt2.expertId }, tok['adjudicator.finance'])).withdrawExpert;
    expect(r).toMatchObject({ __typename: 'ExpertAlternatesExhaustedError', code: 'INSUFFICIENT_EXPERTS' });
    expect(await footprint(c04.disputeId)).toEqual(before);
    expect((await view(c04))!.proceedings[0].expertDraws[0].seats).toEqual(draw.seats);
  });

  it('the opinion needs every panel expert declared; recording it resumes the clock', async () => {
    const fileId = await uploadTo(c04.disputeId, tok['adjudicator.finance']);
    const early = data(await t.gql<{ recordExpertOpinion: Result }, Vars>(OPINION, { d: draw.id, f: fileId }, tok['adjudicator.finance'])).recordExpertOpinion;
    expect(early.__typename).toBe('InvalidTransitionError');
    for (const s of panelOf(draw).filter((x) => x.status === 'SEATED')) {
      expect(data(await t.gql<{ declareExpertNoConflict: Result }, Vars>(DECLARE, { d: draw.id, e: s.expertId }, tok['adjudicator.finance'])).declareExpertNoConflict.__typename).toBe('ExpertDraw');
    }
    const r = data(await t.gql<{ recordExpertOpinion: Result }, Vars>(OPINION, { d: draw.id, f: fileId }, tok['adjudicator.finance'])).recordExpertOpinion as Draw;
    expect(r.__typename).toBe('ExpertDraw');
    expect(r.opinionFile).toEqual({ id: fileId });
    const p = (await view(c04))!.proceedings[0];
    expect(p.status).toBe('IN_PROGRESS');
    expect(p.pauses.every((x) => x.endedAt)).toBe(true);
    draw = r;
  });

  it('other organizations see neither the draw nor can act on it; frontdesk sees the case but not the draw', async () => {
    // 富阳 finance and market handlers cannot see C04 at all.
    for (const who of ['adjudicator.fuyang-finance', 'adjudicator.market']) {
      expect((await view(c04, who)) ?? null).toBeNull();
      const r = data(await t.gql<{ declareExpertNoConflict: Result }, Vars>(DECLARE, { d: draw.id, e: draw.drawnOrder[0] }, tok[who])).declareExpertNoConflict;
      expect(r.__typename).toBe('NotFoundError');
      const dr = data(await t.gql<{ drawExperts: Result }, Vars>(DRAW, { i: { proceedingId: c04.proceedingId, field: DEMO_EXPERT_FIELD, panelSize: 1, alternates: 2 } }, tok[who])).drawExperts;
      expect(dr.__typename).toBe('NotFoundError');
    }
    const fd = await view(c04, 'frontdesk');
    expect(fd!.proceedings[0].expertDraws).toEqual([]);
    const res = await t.gql<{ declareExpertNoConflict: Result }, Vars>(DECLARE, { d: draw.id, e: draw.drawnOrder[0] }, tok.frontdesk);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(fd)).not.toContain('139571001');
    // The reviewer (masked reader of closed disputes) gets nothing of the pool either.
    const rv = await t.gql<Record<string, unknown>, Vars>('query($id: ID!) { dispute(id: $id) { proceedings { expertDraws { id } } } }', { id: c04.disputeId }, tok.reviewer);
    expect(JSON.stringify(rv.data ?? {})).not.toContain(draw.id);
  });

  it('a colleague who does not keep the pool (a frontdesk account of the bureau) sees the draw with phones masked, and cannot act', async () => {
    const orgId = (await sql<{ organization_id: string }>('select organization_id from expert limit 1'))[0].organization_id;
    const made = data(
      await t.gql<{ createUser: { __typename: string; oneTimePassword: string } }, Vars>(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { __typename ... on UserCredentials { oneTimePassword } } }',
        { i: { username: 'clerk.finance', displayName: '市财政局窗口 某某', roles: ['FRONTDESK'], organizationId: orgId } },
        tok.admin,
      ),
    ).createUser;
    expect(made.__typename).toBe('UserCredentials');
    const first = await t.login('clerk.finance', made.oneTimePassword);
    const changed = data(
      await t.gql<{ changePassword: { __typename: string } }, Vars>(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename } }',
        { c: made.oneTimePassword, n: 'Clerk-finance-2026' },
        first,
      ),
    ).changePassword;
    expect(changed.__typename).not.toMatch(/Error$/);
    tok.clerk = await t.login('clerk.finance', 'Clerk-finance-2026');
    const seen = (await view(c04, 'clerk'))!.proceedings[0].expertDraws;
    expect(seen.map((d) => d.id)).toContain(draw.id);
    const phones = seen.flatMap((d) => d.seats.map((s) => s.expert.phone));
    expect(phones.length).toBeGreaterThan(0);
    for (const p of phones) expect(p).toMatch(/^139\*{4}\d{4}$/);
    expect(JSON.stringify(seen)).not.toMatch(/139571001\d\d/);
    const pool = await t.gql<{ experts: Pooled[] }, Vars>(POOL, {}, tok.clerk);
    expect(pool.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const act = await t.gql<{ declareExpertNoConflict: Result }, Vars>(DECLARE, { d: draw.id, e: draw.drawnOrder[0] }, tok.clerk);
    expect(act.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the handler rates the panel; a first poor rating does not flag yet', async () => {
    const panel = panelOf(draw);
    const ratings = [2, 4, 5];
    for (const [i, s] of panel.entries()) {
      expect(data(await t.gql<{ rateExpert: Result }, Vars>(RATE, { d: draw.id, e: s.expertId, r: ratings[i] }, tok['adjudicator.finance'])).rateExpert.__typename).toBe('ExpertDraw');
    }
    const twice = data(await t.gql<{ rateExpert: Result }, Vars>(RATE, { d: draw.id, e: panel[0].expertId, r: 1 }, tok['adjudicator.finance'])).rateExpert;
    expect(twice.__typename).toBe('InvalidTransitionError');
    const withdrawn = draw.seats.find((s) => s.status === 'WITHDRAWN')!;
    expect(data(await t.gql<{ rateExpert: Result }, Vars>(RATE, { d: draw.id, e: withdrawn.expertId, r: 3 }, tok['adjudicator.finance'])).rateExpert.__typename).toBe('InvalidTransitionError');
    expect(data(await t.gql<{ rateExpert: Result }, Vars>(RATE, { d: draw.id, e: panel[1].expertId, r: 6 }, tok['adjudicator.finance'])).rateExpert.__typename).toBe('ValidationError');
    expect(data(await t.gql<{ experts: Pooled[] }, Vars>(POOL, { flagged: true }, tok['head.finance'])).experts).toEqual([]);
  });

  it('a second poor rating in another case flags the expert for the keepers (HUB_EXPERT_RATING_MIN_CASES=2)', async () => {
    const poor = panelOf(draw)[0].expertId;
    const c05 = await caseOf(C05);
    expect(data(await t.gql<{ admitProceeding: { __typename: string } }, Vars>(ADMIT, { id: c05.proceedingId }, tok['adjudicator.finance'])).admitProceeding.__typename).toBe('Proceeding');
    // Leave three available experts (the poor one among them): a panel of one and two alternates takes them all.
    const others = pool.filter((e) => e.id !== poor).slice(0, 5);
    for (const e of others) {
      const now = data(await t.gql<{ experts: Pooled[] }, Vars>(POOL, {}, tok['head.finance'])).experts.find((x) => x.id === e.id)!;
      const u = data(
        await t.gql<{ updateExpert: { __typename: string } }, Vars>(
          'mutation($id: ID!, $i: ExpertInput!, $v: Int) { updateExpert(id: $id, input: $i, expectedVersion: $v) { __typename } }',
          { id: e.id, v: now.version, i: { name: e.name, fields: e.fields, employer: e.employer, phone: e.phone, unavailableUntil: '2099-12-31' } },
          tok['head.finance'],
        ),
      ).updateExpert;
      expect(u.__typename).toBe('Expert');
    }
    let d = data(await t.gql<{ drawExperts: Result }, Vars>(DRAW, { i: { proceedingId: c05.proceedingId, field: DEMO_EXPERT_FIELD, panelSize: 1, alternates: 2 } }, tok['adjudicator.finance']))
      .drawExperts as Draw;
    expect(d.__typename).toBe('ExpertDraw');
    expect(d.exclusions.filter((x) => x.reasons.some((r) => r.startsWith('暂不能参加评审')))).toHaveLength(5);
    expect(d.drawnOrder).toContain(poor);
    while (panelOf(d)[0].expertId !== poor) {
      d = data(await t.gql<{ withdrawExpert: Result }, Vars>(WITHDRAW, { d: d.id, e: panelOf(d)[0].expertId }, tok['adjudicator.finance'])).withdrawExpert as Draw;
      expect(d.__typename).toBe('ExpertDraw');
    }
    expect(data(await t.gql<{ declareExpertNoConflict: Result }, Vars>(DECLARE, { d: d.id, e: poor }, tok['adjudicator.finance'])).declareExpertNoConflict.__typename).toBe('ExpertDraw');
    const fileId = await uploadTo(c05.disputeId, tok['adjudicator.finance']);
    expect(data(await t.gql<{ recordExpertOpinion: Result }, Vars>(OPINION, { d: d.id, f: fileId }, tok['adjudicator.finance'])).recordExpertOpinion.__typename).toBe('ExpertDraw');
    expect(data(await t.gql<{ rateExpert: Result }, Vars>(RATE, { d: d.id, e: poor, r: 1 }, tok['adjudicator.finance'])).rateExpert.__typename).toBe('ExpertDraw');
    const flagged = data(await t.gql<{ experts: Pooled[] }, Vars>(POOL, { flagged: true }, tok['head.finance'])).experts;
    expect(flagged.map((e) => e.id)).toEqual([poor]);
    // The keepers decide: removal clears the flag and the expert is no longer drawn.
    const e = flagged[0];
    const removed = data(
      await t.gql<{ removeExpert: { __typename: string; removed: boolean; flaggedForRemoval: boolean } }, Vars>(
        'mutation($id: ID!, $v: Int) { removeExpert(id: $id, expectedVersion: $v) { __typename ... on Expert { removed flaggedForRemoval } } }',
        { id: e.id, v: e.version },
        tok['head.finance'],
      ),
    ).removeExpert;
    expect(removed).toEqual({ __typename: 'Expert', removed: true, flaggedForRemoval: false });
    expect(data(await t.gql<{ experts: Pooled[] }, Vars>(POOL, {}, tok['head.finance'])).experts.map((x) => x.id)).not.toContain(e.id);
  });
});
