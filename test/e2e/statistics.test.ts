/**
 * Statistics (#16): every figure of `statistics` agrees with a recomputation made here from the
 * timeline (the dispute_event table) and the clocks (handling and acceptance deadlines as the API
 * shows them), with working days counted by the hub's own WorkCalendar, on
 *   - a random history built through the API on a settable clock (seeded PRNG; STAT_SEED=n to
 *     replay another one): registrations, referrals accepted, declined and cancelled, admissions
 *     and rejections, pauses, extensions, conclusions of every kind, withdrawals, court-delegated
 *     mediation and its return to the court, judicial confirmations, over five months that cross a
 *     year and the Spring Festival, Qingming and May Day holidays;
 *   - the demo disputes (HUB_DEMO_DISPUTES=true).
 * Also: the working-day ordinals against WorkCalendar for every day of 2000–2099, a replaced holiday
 * schedule, who may read what, the public view's small cells, bad filters, and a number of SQL
 * statements that does not grow with the disputes.
 */
import { chinaDateOf, toEpochDay, fromEpochDay, type WorkCalendar } from '../../src/modules/clock';
import type { EntityManager } from '@mikro-orm/postgresql';
import { neighbourhoodDispute, procurementComplaint, residentId, creditCode } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';
import type { RegisterDisputeInput } from '../generated/graphql';

// ---------------------------------------------------------------- GraphQL

const STATISTICS = `
  query Stats($f: StatisticsFilter!) {
    statistics(filter: $f) {
      __typename
      ... on Statistics {
        from to channel matterCode region today
        organization { id }
        disputesReceived
        referrals { made received answered accepted declined responseWorkingDaysMedian responseWorkingDaysP90 }
        proceedings {
          received admitted notAccepted acceptanceRate concluded settled withdrawn resolutionRate
          concludedOnTime onTimeRate workingDaysToConcludeMedian workingDaysToConcludeP90 openNow overdueNow
        }
        judicialConfirmation { applications notAccepted decided confirmed confirmationRate }
        courtDelegatedMediation { received concluded settled preFilingResolutionRate }
        followUps {
          visits unreachable performed partlyPerformed notPerformed performanceRate
          professionalismAverage easeAverage timelinessAverage fairnessAverage satisfied satisfactionRate
        }
      }
      ... on ErrorResult { errorCode message }
      ... on ValidationError { fieldErrors { field code } }
    }
  }
`;
const PUBLIC = `query Public($y: Int!) { publicStatistics(year: $y) { year month channel suppressed received concluded resolutionRate onTimeRate followUpVisits satisfactionRate } }`;

interface Filter {
  from: string;
  to: string;
  organizationId?: string | null;
  channel?: string | null;
  matterCode?: string | null;
  region?: string | null;
}
interface Figures {
  disputesReceived: number;
  referrals: { made: number; received: number; answered: number; accepted: number; declined: number; responseWorkingDaysMedian: number | null; responseWorkingDaysP90: number | null };
  proceedings: {
    received: number;
    admitted: number;
    notAccepted: number;
    acceptanceRate: number | null;
    concluded: number;
    settled: number;
    withdrawn: number;
    resolutionRate: number | null;
    concludedOnTime: number;
    onTimeRate: number | null;
    workingDaysToConcludeMedian: number | null;
    workingDaysToConcludeP90: number | null;
    openNow: number;
    overdueNow: number;
  };
  judicialConfirmation: { applications: number; notAccepted: number; decided: number; confirmed: number; confirmationRate: number | null };
  courtDelegatedMediation: { received: number; concluded: number; settled: number; preFilingResolutionRate: number | null };
  followUps: {
    visits: number;
    unreachable: number;
    performed: number;
    partlyPerformed: number;
    notPerformed: number;
    performanceRate: number | null;
    professionalismAverage: number | null;
    easeAverage: number | null;
    timelinessAverage: number | null;
    fairnessAverage: number | null;
    satisfied: number;
    satisfactionRate: number | null;
  };
}
type StatsResult = Figures & { __typename: string; from: string; to: string; today: string; organization: { id: string } | null; errorCode?: string; fieldErrors?: { field: string; code: string }[] };
interface PublicCell {
  year: number;
  month: number;
  channel: string;
  suppressed: boolean;
  received: number | null;
  concluded: number | null;
  resolutionRate: number | null;
  onTimeRate: number | null;
  followUpVisits: number | null;
  satisfactionRate: number | null;
}

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

async function stats(t: TestHub, f: Filter, token: string | null): Promise<StatsResult> {
  return ok(await t.gql<{ statistics: StatsResult }, { f: Filter }>(STATISTICS, { f }, token)).statistics;
}

/** Only the figures, floats rounded (percentile_cont in SQL and here may differ in the last bits). */
function round<T>(o: T): T {
  return (typeof o === 'number' ? Math.round(o * 1e9) / 1e9 : o && typeof o === 'object' ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round(v)])) : o) as T;
}
function figuresOf(s: Figures): Figures {
  const { disputesReceived, referrals, proceedings, judicialConfirmation, courtDelegatedMediation, followUps } = s;
  return round({ disputesReceived, referrals, proceedings, judicialConfirmation, courtDelegatedMediation, followUps }) as Figures;
}

// ---------------------------------------------------------------- the recomputation from the timeline

interface EventRow {
  seq: string;
  dispute_id: string;
  type: string;
  at: Date;
  organization_id: string | null;
  referral_id: string | null;
  proceeding_id: string | null;
  data: Record<string, unknown> | null;
}
interface Attrs {
  channel: string | null;
  matter: string | null;
  region: string;
}
interface RefRec extends Attrs {
  id: string;
  from: string;
  to: string;
  kind: string;
  day: string;
}
interface ProcRec extends Attrs {
  id: string;
  org: string;
  referral: RefRec;
  openedDay: string;
  ended: boolean;
  overdue: boolean;
  onTime: boolean;
}
interface JcRec {
  id: string;
  p: ProcRec;
  mediator: string;
  court: string;
}

/** Everything the figures are counted from, rebuilt from the events and the clocks. */
interface Timeline {
  registrations: (Attrs & { org: string; day: string })[];
  referrals: RefRec[];
  answers: { r: RefRec; day: string; accepted: boolean; wd: number }[];
  proceedings: ProcRec[];
  reviews: { p: ProcRec; day: string; admitted: boolean }[];
  conclusions: { p: ProcRec; day: string; settled: boolean; withdrawn: boolean; wd: number }[];
  jcEvents: { jc: JcRec; type: string; day: string; confirmed: boolean }[];
  /** Follow-up visits (FOLLOW_UP_RECORDED) and follow-ups closed as unreachable, for the handling organization. */
  followUps: (Attrs & { org: string; day: string; visited: boolean; performance: string; scores: number[] })[];
}

async function readTimeline(t: TestHub, adminToken: string): Promise<{ timeline: Timeline; calendar: WorkCalendar }> {
  const em = t.hub.orm.em.fork() as EntityManager;
  const calendar = await t.hub.services.calendar.build(em);
  const events = await em.getConnection().execute<EventRow[]>('select seq, dispute_id, type, at, organization_id, referral_id, proceeding_id, data from dispute_event order by seq');
  const matters = ok(await t.gql<{ matters: { code: string; channel: string }[] }, Record<string, never>>('{ matters { code channel } }', {})).matters;
  const matterChannel = new Map(matters.map((m) => [m.code, m.channel]));

  // The clocks and the proceedings' matters, as the API shows them to an administrator.
  const clocks = new Map<string, { matter: string | null; handling: string | null; acceptance: string | null }>();
  let after: string | null = null;
  for (;;) {
    const page: {
      disputes: {
        edges: { node: { proceedings: { id: string; matter: { code: string } | null; handlingDeadline: { state: string } | null; acceptanceDeadline: { state: string } | null }[] } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = ok(
      await t.gql(
        'query($after: String) { disputes(first: 100, after: $after) { edges { node { proceedings { id matter { code } handlingDeadline { state } acceptanceDeadline { state } } } } pageInfo { hasNextPage endCursor } } }',
        { after },
        adminToken,
      ),
    );
    for (const e of page.disputes.edges)
      for (const p of e.node.proceedings) clocks.set(p.id, { matter: p.matter?.code ?? null, handling: p.handlingDeadline?.state ?? null, acceptance: p.acceptanceDeadline?.state ?? null });
    if (!page.disputes.pageInfo.hasNextPage) break;
    after = page.disputes.pageInfo.endCursor;
  }

  const wd = (from: string, to: string) => calendar.workingDaysBetween(from, to).days;
  const region = new Map<string, string>();
  const refs = new Map<string, RefRec>();
  const procs = new Map<string, ProcRec>();
  const jcs = new Map<string, JcRec>();
  const tl: Timeline = { registrations: [], referrals: [], answers: [], proceedings: [], reviews: [], conclusions: [], jcEvents: [], followUps: [] };
  /** The matter chosen at registration, for a follow-up of a dispute closed without a proceeding. */
  const registered = new Map<string, { channel: string | null; matter: string | null }>();
  for (const e of events) {
    const day = chinaDateOf(new Date(e.at));
    const data = (e.data ?? {}) as Record<string, string | boolean | null>;
    switch (e.type) {
      case 'REGISTERED': {
        region.set(e.dispute_id, data.region as string);
        const code = (data.matterCode as string | null) ?? null;
        tl.registrations.push({ org: e.organization_id!, day, channel: code ? matterChannel.get(code)! : null, matter: code, region: data.region as string });
        registered.set(e.dispute_id, { channel: code ? matterChannel.get(code)! : null, matter: code });
        break;
      }
      case 'REFERRED': {
        const r: RefRec = {
          id: e.referral_id!,
          from: data.from as string,
          to: data.to as string,
          kind: data.kind as string,
          day,
          channel: data.channel as string,
          matter: (data.matterCode as string | null) ?? null,
          region: region.get(e.dispute_id)!,
        };
        refs.set(r.id, r);
        tl.referrals.push(r);
        break;
      }
      case 'REFERRAL_ACCEPTED':
      case 'REFERRAL_DECLINED': {
        const r = refs.get(e.referral_id!)!;
        tl.answers.push({ r, day, accepted: e.type === 'REFERRAL_ACCEPTED', wd: wd(r.day, day) });
        if (e.type === 'REFERRAL_ACCEPTED') {
          const clock = clocks.get(e.proceeding_id!)!;
          const p: ProcRec = {
            id: e.proceeding_id!,
            org: e.organization_id!,
            referral: r,
            openedDay: day,
            channel: data.channel as string,
            matter: clock.matter,
            region: r.region,
            ended: false,
            overdue: clock.handling === 'OVERDUE' || clock.acceptance === 'OVERDUE',
            onTime: clock.handling !== 'MISSED',
          };
          procs.set(p.id, p);
          tl.proceedings.push(p);
        }
        break;
      }
      case 'PROCEEDING_ADMITTED':
      case 'PROCEEDING_NOT_ACCEPTED': {
        const p = procs.get(e.proceeding_id!)!;
        tl.reviews.push({ p, day, admitted: e.type === 'PROCEEDING_ADMITTED' });
        if (e.type === 'PROCEEDING_NOT_ACCEPTED') p.ended = true;
        break;
      }
      case 'CONCLUDED': {
        const p = procs.get(e.proceeding_id!)!;
        p.ended = true;
        tl.conclusions.push({ p, day, settled: data.settles === true, withdrawn: data.outcome === 'WITHDRAWN', wd: wd(p.referral.day, day) });
        break;
      }
      case 'JUDICIAL_CONFIRMATION_REQUESTED':
      case 'JUDICIAL_CONFIRMATION_NOT_ACCEPTED':
      case 'JUDICIAL_CONFIRMATION_DECIDED': {
        const id = data.judicialConfirmationId as string;
        if (e.type === 'JUDICIAL_CONFIRMATION_REQUESTED') jcs.set(id, { id, p: procs.get(e.proceeding_id!)!, mediator: e.organization_id!, court: data.courtId as string });
        tl.jcEvents.push({ jc: jcs.get(id)!, type: e.type, day, confirmed: data.decision === 'CONFIRM' });
        break;
      }
      case 'FOLLOW_UP_RECORDED':
      case 'FOLLOW_UP_CLOSED': {
        if (e.type === 'FOLLOW_UP_CLOSED' && data.unreachable !== true) break;
        // The concluding proceeding's channel and matter, else those chosen at registration.
        const p = e.proceeding_id ? procs.get(e.proceeding_id)! : null;
        const attrs = p ? { channel: p.channel, matter: p.matter } : registered.get(e.dispute_id)!;
        const visited = e.type === 'FOLLOW_UP_RECORDED';
        const scores = visited ? [data.professionalism, data.ease, data.timeliness, data.fairness].map(Number) : [];
        tl.followUps.push({ ...attrs, region: region.get(e.dispute_id)!, org: e.organization_id!, day, visited, performance: visited ? (data.performance as string) : '', scores });
        break;
      }
    }
  }
  return { timeline: tl, calendar };
}

/** percentile_cont: linear interpolation between the closest ranks. */
function percentile(values: number[], p: number): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const h = p * (v.length - 1);
  const lo = Math.floor(h);
  return lo + 1 < v.length ? v[lo] + (h - lo) * (v[lo + 1] - v[lo]) : v[lo];
}
const rate = (a: number, b: number) => (b ? a / b : null);

function lastDayOf(year: number, month: number): string {
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return fromEpochDay(toEpochDay(next) - 1);
}

/** The figures of a slice, counted here from the rebuilt timeline. */
function expected(tl: Timeline, f: Filter): Figures {
  const org = f.organizationId ?? null;
  const inPeriod = (day: string) => day >= f.from && day <= f.to;
  const fits = (a: Attrs) => (!f.channel || a.channel === f.channel) && (!f.matterCode || a.matter === f.matterCode) && (!f.region || a.region === f.region);

  const answers = tl.answers.filter((a) => inPeriod(a.day) && fits(a.r) && (!org || a.r.to === org));
  const referrals = tl.referrals.filter((r) => inPeriod(r.day) && fits(r));
  const mine = (p: ProcRec) => fits(p) && (!org || p.org === org);
  const opened = tl.proceedings.filter((p) => inPeriod(p.openedDay) && mine(p));
  const reviews = tl.reviews.filter((r) => inPeriod(r.day) && mine(r.p));
  const concluded = tl.conclusions.filter((c) => inPeriod(c.day) && mine(c.p));
  const open = tl.proceedings.filter((p) => !p.ended && mine(p));
  const jc = tl.jcEvents.filter((e) => inPeriod(e.day) && fits(e.jc.p) && (!org || e.jc.mediator === org || e.jc.court === org));
  const decided = jc.filter((e) => e.type === 'JUDICIAL_CONFIRMATION_DECIDED');
  const delegated = concluded.filter((c) => c.p.referral.kind === 'COURT_DELEGATED');
  const admitted = reviews.filter((r) => r.admitted).length;
  const settled = concluded.filter((c) => c.settled).length;
  const onTime = concluded.filter((c) => c.p.onTime).length;
  const confirmed = decided.filter((e) => e.confirmed).length;
  const delegatedSettled = delegated.filter((c) => c.settled).length;
  const followUps = tl.followUps.filter((x) => inPeriod(x.day) && fits(x) && (!org || x.org === org));
  const visits = followUps.filter((x) => x.visited);
  const mean = (i: number) =>
    rate(
      visits.reduce((n, x) => n + x.scores[i], 0),
      visits.length,
    );
  const performed = visits.filter((x) => x.performance === 'PERFORMED').length;
  // Satisfied: the mean of the visit's four scores is at least 4.
  const satisfied = visits.filter((x) => x.scores.reduce((a, b) => a + b, 0) / 4 >= 4).length;
  return figuresOf({
    disputesReceived: tl.registrations.filter((r) => inPeriod(r.day) && fits(r) && (!org || r.org === org)).length,
    referrals: {
      made: referrals.filter((r) => !org || r.from === org).length,
      received: referrals.filter((r) => !org || r.to === org).length,
      answered: answers.length,
      accepted: answers.filter((a) => a.accepted).length,
      declined: answers.filter((a) => !a.accepted).length,
      responseWorkingDaysMedian: percentile(
        answers.map((a) => a.wd),
        0.5,
      ),
      responseWorkingDaysP90: percentile(
        answers.map((a) => a.wd),
        0.9,
      ),
    },
    proceedings: {
      received: opened.length,
      admitted,
      notAccepted: reviews.length - admitted,
      acceptanceRate: rate(admitted, reviews.length),
      concluded: concluded.length,
      settled,
      withdrawn: concluded.filter((c) => c.withdrawn).length,
      resolutionRate: rate(settled, concluded.length),
      concludedOnTime: onTime,
      onTimeRate: rate(onTime, concluded.length),
      workingDaysToConcludeMedian: percentile(
        concluded.map((c) => c.wd),
        0.5,
      ),
      workingDaysToConcludeP90: percentile(
        concluded.map((c) => c.wd),
        0.9,
      ),
      openNow: open.length,
      overdueNow: open.filter((p) => p.overdue).length,
    },
    judicialConfirmation: {
      applications: jc.filter((e) => e.type === 'JUDICIAL_CONFIRMATION_REQUESTED').length,
      notAccepted: jc.filter((e) => e.type === 'JUDICIAL_CONFIRMATION_NOT_ACCEPTED').length,
      decided: decided.length,
      confirmed,
      confirmationRate: rate(confirmed, decided.length),
    },
    courtDelegatedMediation: {
      received: opened.filter((p) => p.referral.kind === 'COURT_DELEGATED').length,
      concluded: delegated.length,
      settled: delegatedSettled,
      preFilingResolutionRate: rate(delegatedSettled, delegated.length),
    },
    followUps: {
      visits: visits.length,
      unreachable: followUps.filter((x) => !x.visited).length,
      performed,
      partlyPerformed: visits.filter((x) => x.performance === 'PARTLY').length,
      notPerformed: visits.filter((x) => x.performance === 'NOT_PERFORMED').length,
      performanceRate: rate(performed, visits.filter((x) => x.performance !== 'NOT_APPLICABLE').length),
      professionalismAverage: mean(0),
      easeAverage: mean(1),
      timelinessAverage: mean(2),
      fairnessAverage: mean(3),
      satisfied,
      satisfactionRate: rate(satisfied, visits.length),
    },
  });
}

/** The slices every comparison walks: the whole city, each organization, each channel, matter and region seen, and periods of every shape. */
function slices(tl: Timeline, periods: [string, string][]): Filter[] {
  const orgs = new Set<string>();
  for (const r of tl.referrals) orgs.add(r.from).add(r.to);
  for (const r of tl.registrations) orgs.add(r.org);
  const channels = new Set(tl.proceedings.map((p) => p.channel!).concat(tl.registrations.map((r) => r.channel).filter((c): c is string => !!c)));
  const matters = new Set(tl.proceedings.map((p) => p.matter).filter((m): m is string => !!m));
  const regions = new Set(tl.registrations.map((r) => r.region));
  const out: Filter[] = [];
  for (const [from, to] of periods) {
    out.push({ from, to });
    for (const organizationId of orgs) out.push({ from, to, organizationId });
    for (const channel of channels) out.push({ from, to, channel });
    for (const matterCode of matters) out.push({ from, to, matterCode });
    for (const region of regions) out.push({ from, to, region });
  }
  // Combined filters on the whole range.
  const [from, to] = periods[0];
  for (const organizationId of orgs) for (const region of regions) out.push({ from, to, organizationId, region });
  for (const channel of channels) for (const region of regions) out.push({ from, to, channel, region });
  return out;
}

async function expectAgreement(t: TestHub, tl: Timeline, filters: Filter[], token: string): Promise<number> {
  let nonEmpty = 0;
  for (const f of filters) {
    const got = await stats(t, f, token);
    expect(got.__typename).toBe('Statistics');
    const want = expected(tl, f);
    expect({ filter: f, figures: figuresOf(got) }).toEqual({ filter: f, figures: want });
    if (want.proceedings.concluded > 0) nonEmpty++;
  }
  return nonEmpty;
}

// ---------------------------------------------------------------- a random history through the API

/** mulberry32 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.STAT_SEED ?? 20261203);
const START = new Date('2025-12-15T09:00:00+08:00');
const HOUR = 3_600_000;
let clock = START;

type Phase = 'routing' | 'referred' | 'review' | 'progress' | 'paused' | 'resolved' | 'jcPending' | 'jcAccepted' | 'done';
interface Case {
  id: string;
  phase: Phase;
  byCourt: boolean;
  procurement: boolean;
  referralId?: string;
  referralFrom?: string;
  referralTo?: string;
  proceedingId?: string;
  channel?: string;
  orgKey?: string;
  courtDelegated?: boolean;
  agreement?: boolean;
  jcId?: string;
}

/** Who acts for each organization (an organization without a demo account is acted for by admin). */
const ACTOR: Record<string, string> = {
  杭州市社会矛盾纠纷调处化解中心: 'frontdesk',
  富阳区人民调解委员会: 'mediator.fuyang',
  拱墅区人民调解委员会: 'mediator.gongshu',
  富阳区财政局: 'adjudicator.fuyang-finance',
  杭州市中级人民法院: 'court.liaison',
  杭州市劳动人事争议仲裁委员会: 'admin',
};
const COURT = '杭州市中级人民法院';
const TARGETS: { org: string; channel: string; matter: string; weight: number }[] = [
  { org: '富阳区人民调解委员会', channel: 'MEDIATION', matter: 'PEOPLES-MEDIATION', weight: 5 },
  { org: '拱墅区人民调解委员会', channel: 'MEDIATION', matter: 'PEOPLES-MEDIATION', weight: 3 },
  { org: '杭州市劳动人事争议仲裁委员会', channel: 'ARBITRATION', matter: 'LABOR-ARBITRATION', weight: 1 },
];
const OUTCOMES: Record<string, [string, number][]> = {
  MEDIATION: [
    ['AGREEMENT', 6],
    ['MEDIATION_FAILED', 3],
    ['WITHDRAWN', 1],
  ],
  ADJUDICATION: [
    ['DECISION', 5],
    ['DISMISSED', 2],
    ['HANDLING_OPINION', 1],
    ['WITHDRAWN', 1],
  ],
  ARBITRATION: [
    ['AWARD', 4],
    ['DISMISSED', 1],
    ['TERMINATED', 1],
  ],
  LITIGATION: [
    ['JUDGMENT', 4],
    ['DISMISSED', 1],
  ],
};
const REGIONS = ['富阳区', '拱墅区', '西湖区', '桐庐县'];

const FOLLOW_UP_METHODS = ['PHONE', 'VISIT', 'SMS', 'ONLINE', 'LETTER', 'IN_PERSON'];
const PERFORMANCES: [string, number][] = [
  ['PERFORMED', 6],
  ['PARTLY', 2],
  ['NOT_PERFORMED', 1],
  ['NOT_APPLICABLE', 1],
];

class History {
  readonly rnd: () => number;
  /** Follow-up visits draw from their own sequence, so that the rest of the history is the same with or without them. */
  readonly fuRnd: () => number;
  followUpActs = 0;
  readonly cases: Case[] = [];
  readonly tok: Record<string, string> = {};
  readonly org: Record<string, string> = {};
  steps = 0;
  refused = 0;

  constructor(
    readonly t: TestHub,
    seed: number,
  ) {
    this.rnd = prng(seed);
    this.fuRnd = prng(seed ^ 0x2f0c4e1d);
  }

  async init() {
    for (const u of new Set([...Object.values(ACTOR), 'reviewer'])) this.tok[u] = await this.t.login(u);
    const orgs = ok(await this.t.gql<{ organizations: { id: string; name: string }[] }, Record<string, never>>('{ organizations { id name } }', {})).organizations;
    for (const o of orgs) this.org[o.name] = o.id;
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rnd() * xs.length)];
  }
  private weighted<T>(pairs: readonly [T, number][]): T {
    let x = this.rnd() * pairs.reduce((n, [, w]) => n + w, 0);
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  }
  private tick() {
    const r = this.rnd();
    clock = new Date(clock.getTime() + (r < 0.7 ? this.rnd() * 4 * HOUR : (12 + this.rnd() * 36) * HOUR));
  }

  /** One mutation; its result union member, or null when the hub refused it with a business error. */
  private async run(who: string, query: string, variables: Record<string, unknown>, expect: string, strict = false): Promise<Record<string, unknown> | null> {
    const res = await this.t.gql<Record<string, Record<string, unknown>>, Record<string, unknown>>(query, variables, this.tok[who]);
    if (res.errors?.length) throw new Error(`${who}: ${query.slice(0, 60)}: ${JSON.stringify(res.errors)}`);
    const out = Object.values(res.data!)[0];
    if (out.__typename !== expect) {
      if (strict) throw new Error(`${who}: ${query.slice(0, 60)} refused: ${JSON.stringify(out)}`);
      this.refused++;
      return null;
    }
    return out;
  }

  async register() {
    const byCourt = this.rnd() < 0.15;
    const procurement = !byCourt && this.rnd() < 0.15;
    const region = procurement ? '富阳区' : this.pick(REGIONS);
    let input: RegisterDisputeInput;
    if (byCourt) {
      input = {
        title: '买卖合同纠纷（诉前调解）',
        facts: '原告起诉要求被告支付货款，立案前经当事人同意委派调解组织进行调解。',
        category: 'CONTRACT',
        region,
        source: 'COURT',
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: '陈某', idNumber: residentId(), phone: '13811112222' },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州某建材有限公司', idNumber: creditCode() },
        ],
      };
    } else if (procurement) {
      const base = procurementComplaint();
      input = { ...base, occurredOn: null, applicationData: { ...(base.applicationData as Record<string, unknown>), questionDate: '2025-12-01' } };
    } else input = neighbourhoodDispute(region, { category: this.pick(['NEIGHBORHOOD', 'FAMILY', 'CONTRACT', 'LABOR'] as const) });
    const d = await this.run(
      byCourt ? 'court.liaison' : 'frontdesk',
      'mutation($i: RegisterDisputeInput!) { registerDispute(input: $i) { __typename ... on Dispute { id } ... on ValidationError { fieldErrors { field message } } } }',
      { i: input },
      'Dispute',
      true,
    );
    this.cases.push({ id: d!.id as string, phase: 'routing', byCourt, procurement });
  }

  private async refer(c: Case, who: string, to: string, channel: string, kind: string, matter: string | null) {
    const r = await this.run(
      who,
      'mutation($i: ReferDisputeInput!) { referDispute(input: $i) { __typename ... on Referral { id } } }',
      { i: { disputeId: c.id, toOrganizationId: this.org[to], channel, kind, matterCode: matter, reason: '依职责转办' } },
      'Referral',
    );
    if (!r) return;
    Object.assign(c, { phase: 'referred', referralId: r.id, referralFrom: who, referralTo: to, channel, courtDelegated: kind === 'COURT_DELEGATED' });
  }

  /** After a court-delegated mediation failed, the hub referred the dispute back to the court by itself. */
  private async followReturn(c: Case) {
    const d: { dispute: { referrals: { id: string; status: string; toOrganization: { name: string } }[] } } = ok(
      await this.t.gql('query($id: ID!) { dispute(id: $id) { referrals { id status toOrganization { name } } } }', { id: c.id }, this.tok.admin),
    );
    const back = d.dispute.referrals.find((r) => r.status === 'PENDING');
    if (back) Object.assign(c, { phase: 'referred', referralId: back.id, referralFrom: 'mediator.fuyang', referralTo: back.toOrganization.name, channel: 'LITIGATION', courtDelegated: false });
    else c.phase = 'routing';
  }

  /**
   * Now and then, the handling organization of an open follow-up (回访) visits the party (scores 1–5,
   * a performance) or does not reach it (an attempt; the third closes it as unreachable).
   */
  private async followUp() {
    if (this.fuRnd() > 0.3) return;
    const open: { followUps: { edges: { node: { id: string; organization: { name: string } } }[] } } = ok(
      await this.t.gql('{ followUps(first: 100) { edges { node { id organization { name } } } } }', {}, this.tok.admin),
    );
    if (!open.followUps.edges.length) return;
    const f = open.followUps.edges[Math.floor(this.fuRnd() * open.followUps.edges.length)].node;
    const who = ACTOR[f.organization.name];
    const on = chinaDateOf(clock);
    const method = FOLLOW_UP_METHODS[Math.floor(this.fuRnd() * FOLLOW_UP_METHODS.length)];
    this.followUpActs++;
    if (this.fuRnd() < 0.3) {
      await this.run(
        who,
        'mutation($id: ID!, $on: Date!, $m: FollowUpMethod!) { recordFollowUpAttempt(followUpId: $id, attemptedOn: $on, method: $m) { __typename } }',
        { id: f.id, on, m: method },
        'FollowUp',
        true,
      );
      return;
    }
    // Mostly content parties: scores lean to 4 and 5.
    const score = () => Math.min(5, 1 + Math.floor(this.fuRnd() * 5) + (this.fuRnd() < 0.5 ? 1 : 0));
    let x = this.fuRnd() * 10;
    const performance = PERFORMANCES.find(([, w]) => (x -= w) < 0)?.[0] ?? 'PERFORMED';
    await this.run(
      who,
      'mutation($id: ID!, $i: RecordFollowUpInput!) { recordFollowUp(followUpId: $id, input: $i) { __typename } }',
      { id: f.id, i: { visitedOn: on, method, performance, professionalism: score(), ease: score(), timeliness: score(), fairness: score(), comments: '当事人反馈情况已记录' } },
      'FollowUp',
      true,
    );
  }

  async step() {
    await this.followUp();
    this.steps++;
    this.tick();
    const live = this.cases.filter((c) => c.phase !== 'done');
    if (this.cases.length < 8 || (this.rnd() < 0.22 && this.cases.length < 90) || !live.length) return this.register();
    const c = this.pick(live);
    const x = this.rnd();
    const holder = c.orgKey ? ACTOR[c.orgKey] : 'frontdesk';
    switch (c.phase) {
      case 'routing': {
        if (x < 0.08) {
          const w = await this.run('frontdesk', 'mutation($id: ID!) { withdrawDispute(id: $id, reason: "申请人撤回") { __typename } }', { id: c.id }, 'Dispute');
          if (w) c.phase = 'done';
          return;
        }
        if (c.byCourt && !c.referralId) return this.refer(c, 'court.liaison', '富阳区人民调解委员会', 'MEDIATION', 'COURT_DELEGATED', null);
        if (c.procurement) return this.refer(c, 'frontdesk', '富阳区财政局', 'ADJUDICATION', 'TRANSFER', 'GOV-PROCUREMENT-COMPLAINT');
        const target = this.weighted(TARGETS.map((tg) => [tg, tg.weight] as [typeof tg, number]));
        return this.refer(c, 'frontdesk', target.org, target.channel, this.rnd() < 0.8 ? 'TRANSFER' : 'ASSIGN', this.rnd() < 0.7 ? target.matter : null);
      }
      case 'referred': {
        if (x < 0.1) {
          const r = await this.run(c.referralFrom!, 'mutation($id: ID!) { cancelReferral(id: $id, reason: "转办有误") { __typename } }', { id: c.referralId }, 'Referral');
          if (r) c.phase = 'routing';
          return;
        }
        const receiver = ACTOR[c.referralTo!];
        if (x < 0.3) {
          const r = await this.run(receiver, 'mutation($id: ID!) { declineReferral(id: $id, reason: "不属于本单位受理范围") { __typename } }', { id: c.referralId }, 'Referral');
          if (r) c.phase = 'routing';
          return;
        }
        const r = await this.run(receiver, 'mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on Referral { proceeding { id status } } } }', { id: c.referralId }, 'Referral');
        if (!r) return;
        const p = r.proceeding as { id: string; status: string };
        Object.assign(c, { proceedingId: p.id, orgKey: c.referralTo, phase: p.status === 'ACCEPTANCE_REVIEW' ? 'review' : 'progress' });
        return;
      }
      case 'review': {
        if (x < 0.25) {
          const r = await this.run(holder, 'mutation($id: ID!) { rejectProceeding(id: $id, reason: "不符合受理条件") { __typename } }', { id: c.proceedingId }, 'Proceeding');
          if (r) c.phase = 'routing';
          return;
        }
        const r = await this.run(holder, 'mutation($id: ID!) { admitProceeding(id: $id) { __typename } }', { id: c.proceedingId }, 'Proceeding');
        if (r) c.phase = 'progress';
        return;
      }
      case 'progress':
      case 'paused': {
        if (c.phase === 'paused' && x < 0.7) {
          const r = await this.run(holder, 'mutation($id: ID!) { resumeProceeding(id: $id) { __typename } }', { id: c.proceedingId }, 'Proceeding');
          if (r) c.phase = 'progress';
          return;
        }
        if (c.phase === 'progress' && x < 0.15 && c.channel === 'ADJUDICATION') {
          const r = await this.run(holder, 'mutation($id: ID!) { pauseProceeding(id: $id, reason: EXPERT_REVIEW, note: "专家论证") { __typename } }', { id: c.proceedingId }, 'Proceeding');
          if (r) c.phase = 'paused';
          return;
        }
        if (x < 0.25 && c.channel === 'MEDIATION') {
          await this.run(
            holder,
            'mutation($id: ID!) { extendProceeding(id: $id, amount: 10, reason: "双方同意延长调解期限", basis: PARTIES_CONSENT) { __typename } }',
            { id: c.proceedingId },
            'Proceeding',
          );
          return;
        }
        if (x < 0.3 && (c.channel === 'MEDIATION' || c.channel === 'ADJUDICATION')) {
          const w = await this.run('frontdesk', 'mutation($id: ID!) { withdrawDispute(id: $id, reason: "申请人撤回") { __typename } }', { id: c.id }, 'Dispute');
          if (w) c.phase = 'done';
          return;
        }
        // Most cases take a while: a quick step concludes only now and then.
        if (x > 0.7 && this.rnd() < 0.5) return;
        const outcome = this.weighted(OUTCOMES[c.channel!] ?? OUTCOMES.ARBITRATION);
        const r = await this.run(
          holder,
          'mutation($i: ConcludeProceedingInput!) { concludeProceeding(input: $i) { __typename ... on Proceeding { outcome { settles } } } }',
          { i: { proceedingId: c.proceedingId, outcome, summary: '案件办结' } },
          'Proceeding',
        );
        if (!r) return;
        const settles = (r.outcome as { settles: boolean }).settles;
        c.agreement = outcome === 'AGREEMENT';
        if (settles) c.phase = 'resolved';
        else if (c.courtDelegated && outcome === 'MEDIATION_FAILED') await this.followReturn(c);
        else c.phase = 'routing';
        return;
      }
      case 'resolved': {
        if (c.agreement && x < 0.55) {
          const r = await this.run(
            holder,
            'mutation($p: ID!, $c: ID!) { requestJudicialConfirmation(proceedingId: $p, courtId: $c) { __typename ... on JudicialConfirmation { id } } }',
            { p: c.proceedingId, c: this.org[COURT] },
            'JudicialConfirmation',
          );
          if (r) Object.assign(c, { phase: 'jcPending', jcId: r.id });
          return;
        }
        const r = await this.run('frontdesk', 'mutation($id: ID!) { closeDispute(id: $id) { __typename } }', { id: c.id }, 'Dispute');
        if (r) c.phase = 'done';
        return;
      }
      case 'jcPending': {
        if (x < 0.25) {
          const r = await this.run('court.liaison', 'mutation($id: ID!) { declineJudicialConfirmation(id: $id, reason: "不符合受理条件") { __typename } }', { id: c.jcId }, 'JudicialConfirmation');
          if (r) c.phase = 'resolved';
          c.agreement = false;
          return;
        }
        const r = await this.run('court.liaison', 'mutation($id: ID!) { acceptJudicialConfirmation(id: $id) { __typename } }', { id: c.jcId }, 'JudicialConfirmation');
        if (r) c.phase = 'jcAccepted';
        return;
      }
      case 'jcAccepted': {
        const confirm = x < 0.7;
        const r = await this.run(
          'court.liaison',
          'mutation($id: ID!, $d: JudicialConfirmationDecision!, $n: String) { decideJudicialConfirmation(id: $id, decision: $d, rulingNumber: $n) { __typename } }',
          { id: c.jcId, d: confirm ? 'CONFIRM' : 'REJECT', n: `（2026）浙01民特${100 + this.steps}号` },
          'JudicialConfirmation',
        );
        if (r) {
          c.agreement = false;
          c.phase = confirm ? 'resolved' : 'routing';
        }
        return;
      }
      default:
        return;
    }
  }
}

// ---------------------------------------------------------------- the random history

describe('a random history through the API', () => {
  let t: TestHub;
  let h: History;
  let tl: Timeline;
  const admin = () => h.tok.admin;

  beforeAll(async () => {
    t = await startTestHub({}, { now: () => clock });
    h = new History(t, SEED);
    await h.init();
    while (clock < new Date('2026-05-20T18:00:00+08:00')) await h.step();
    tl = (await readTimeline(t, admin())).timeline;
    // About 450 mutations: a few minutes on PGlite on a busy machine.
  }, 1_200_000);
  afterAll(async () => {
    await t?.stop();
  });

  it('is rich enough to test anything (every kind of fact occurs)', () => {
    // Most generated actions are valid; a few are refused by the hub's rules (e.g. a clock that ran out), which is fine.
    expect(h.refused).toBeLessThan(h.steps / 5);
    expect(h.steps).toBeGreaterThan(300);
    expect(tl.registrations.length).toBeGreaterThan(60);
    expect(tl.answers.filter((a) => !a.accepted).length).toBeGreaterThan(3);
    expect(tl.reviews.filter((r) => r.admitted).length).toBeGreaterThan(2);
    expect(tl.reviews.filter((r) => !r.admitted).length).toBeGreaterThan(0);
    expect(tl.conclusions.length).toBeGreaterThan(25);
    expect(tl.conclusions.filter((c) => c.withdrawn).length).toBeGreaterThan(0);
    expect(tl.conclusions.filter((c) => !c.p.onTime).length).toBeGreaterThan(0);
    expect(tl.conclusions.filter((c) => c.p.referral.kind === 'COURT_DELEGATED').length).toBeGreaterThan(0);
    expect(tl.jcEvents.filter((e) => e.type === 'JUDICIAL_CONFIRMATION_DECIDED').length).toBeGreaterThan(0);
    expect(tl.proceedings.filter((p) => !p.ended).length).toBeGreaterThan(0);
    expect(tl.proceedings.filter((p) => !p.ended && p.overdue).length).toBeGreaterThan(0);
    expect(tl.followUps.filter((f) => f.visited).length).toBeGreaterThan(10);
    expect(tl.followUps.filter((f) => !f.visited).length).toBeGreaterThan(0);
    expect(new Set(tl.followUps.filter((f) => f.visited).map((f) => f.scores.reduce((a, b) => a + b, 0) >= 16)).size).toBe(2);
  });

  it('agrees with the recomputation for the whole city, every organization, channel, matter and region, and periods of every shape', async () => {
    const periods: [string, string][] = [
      ['2025-12-01', '2026-05-31'], // whole months only
      ['2025-12-15', '2026-05-20'], // edges on both sides
      ['2026-02-10', '2026-04-17'], // edges around the Spring Festival and Qingming
      ['2026-03-01', '2026-03-31'], // one month
      ['2026-01-20', '2026-02-25'], // no whole month
      ['2026-04-01', '2026-04-30'],
    ];
    const nonEmpty = await expectAgreement(t, tl, slices(tl, periods), admin());
    expect(nonEmpty).toBeGreaterThan(30);
    // Every single day of one month (the edge path only).
    for (let d = toEpochDay('2026-03-01'); d <= toEpochDay('2026-03-31'); d++) await expectAgreement(t, tl, [{ from: fromEpochDay(d), to: fromEpochDay(d) }], admin());
  }, 600_000);

  it('an organization’s own accounts read their figures without naming it, and REVIEWER reads any organization', async () => {
    const f = { from: '2025-12-01', to: '2026-05-31' };
    for (const [name, user] of [
      ['富阳区人民调解委员会', 'mediator.fuyang'],
      ['杭州市中级人民法院', 'court.liaison'],
      ['杭州市社会矛盾纠纷调处化解中心', 'frontdesk'],
      ['富阳区财政局', 'adjudicator.fuyang-finance'],
    ]) {
      const own = await stats(t, f, h.tok[user]);
      expect(own.organization).toEqual({ id: h.org[name] });
      expect(figuresOf(own)).toEqual(expected(tl, { ...f, organizationId: h.org[name] }));
      const named = await stats(t, { ...f, organizationId: h.org[name] }, h.tok[user]);
      expect(figuresOf(named)).toEqual(figuresOf(own));
      const byReviewer = await stats(t, { ...f, organizationId: h.org[name] }, h.tok.reviewer);
      expect(figuresOf(byReviewer)).toEqual(figuresOf(own));
    }
    const city = await stats(t, f, h.tok.reviewer);
    expect(city.organization).toBeNull();
    expect(figuresOf(city)).toEqual(expected(tl, f));
  });

  it('another organization’s figures are FORBIDDEN to a handler, a court liaison and the frontdesk; anonymous is UNAUTHENTICATED', async () => {
    const f = { from: '2026-01-01', to: '2026-05-31', organizationId: h.org['拱墅区人民调解委员会'] };
    for (const user of ['mediator.fuyang', 'court.liaison', 'frontdesk', 'adjudicator.fuyang-finance']) {
      const res = await t.gql<{ statistics: StatsResult }, { f: Filter }>(STATISTICS, { f }, h.tok[user]);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(res.data?.statistics ?? null).toBeNull();
    }
    // An id that names no organization is FORBIDDEN too (no probing of ids).
    const probe = await t.gql(STATISTICS, { f: { ...f, organizationId: '00000000-0000-4000-8000-000000000000' } }, h.tok['mediator.fuyang']);
    expect(probe.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const anonymous = await t.gql(STATISTICS, { f }, null);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('a bad filter is a typed error, never an internal one', async () => {
    const cases: [Filter, string, string[]][] = [
      [{ from: '2026-03-02', to: '2026-03-01' }, 'ValidationError', ['to']],
      [{ from: '2021-01-01', to: '2026-01-01' }, 'ValidationError', ['to']],
      [{ from: '1999-12-31', to: '2000-01-31' }, 'ValidationError', ['from']],
      [{ from: '2026-01-01', to: '2026-12-31', matterCode: 'NO-SUCH-MATTER' }, 'ValidationError', ['matterCode']],
      [{ from: '2026-01-01', to: '2026-12-31', matterCode: 'PEOPLES-MEDIATION', channel: 'ADJUDICATION' }, 'ValidationError', ['matterCode']],
      [{ from: '2026-01-01', to: '2026-12-31', region: '火星区' }, 'ValidationError', ['region']],
      [{ from: '2026-01-01', to: '2026-12-31', organizationId: '00000000-0000-4000-8000-000000000000' }, 'NotFoundError', []],
      [{ from: '2026-01-01', to: '2026-12-31', organizationId: 'not-an-id' }, 'NotFoundError', []],
    ];
    for (const [f, typename, fieldNames] of cases) {
      const got = await stats(t, f, admin());
      expect({ f, typename: got.__typename, fields: (got.fieldErrors ?? []).map((e) => e.field) }).toEqual({ f, typename, fields: fieldNames });
    }
    // Exactly five years is allowed.
    expect((await stats(t, { from: '2021-06-01', to: '2026-05-31' }, admin())).__typename).toBe('Statistics');
    for (const bad of [
      { from: '2026-02-30', to: '2026-03-01' },
      { from: '2026/01/01', to: '2026-03-01' },
      { from: 20260101, to: '2026-03-01' },
    ]) {
      const res = await t.gql(STATISTICS, { f: bad }, admin());
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    for (const year of [1999, 2100, -1]) {
      const res = await t.gql(PUBLIC, { y: year }, null);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('the public view is anonymous, per channel and month, and publishes no count below 5', async () => {
    for (const year of [2025, 2026]) {
      const cells = ok(await t.gql<{ publicStatistics: PublicCell[] }, { y: number }>(PUBLIC, { y: year }, null)).publicStatistics;
      expect(cells).toHaveLength(12 * 8);
      for (const cell of cells) {
        const month = String(cell.month).padStart(2, '0');
        const last = lastDayOf(year, cell.month);
        const want = expected(tl, { from: `${year}-${month}-01`, to: last, channel: cell.channel });
        const small = want.proceedings.received < 5 || want.proceedings.concluded < 5;
        const visitsShown = !small && want.followUps.visits >= 5;
        expect(round({ cell: `${year}-${month} ${cell.channel}`, ...cell })).toEqual({
          cell: `${year}-${month} ${cell.channel}`,
          year,
          month: cell.month,
          channel: cell.channel,
          suppressed: small,
          received: small ? null : want.proceedings.received,
          concluded: small ? null : want.proceedings.concluded,
          resolutionRate: small ? null : want.proceedings.resolutionRate,
          onTimeRate: small ? null : want.proceedings.onTimeRate,
          followUpVisits: visitsShown ? want.followUps.visits : null,
          satisfactionRate: visitsShown ? want.followUps.satisfactionRate : null,
        });
      }
      if (year === 2026) {
        expect(cells.some((c) => !c.suppressed)).toBe(true);
        // Cells with some cases, but fewer than 5, exist and are suppressed.
        expect(
          cells.some((c) => {
            const w = expected(tl, { from: `${year}-${String(c.month).padStart(2, '0')}-01`, to: lastDayOf(year, c.month), channel: c.channel });
            return c.suppressed && w.proceedings.received + w.proceedings.concluded > 0;
          }),
        ).toBe(true);
      }
    }
  });

  it('the working-day ordinals are WorkCalendar’s, day by day from 2000 to 2099', async () => {
    const em = t.hub.orm.em.fork() as EntityManager;
    const calendar = await t.hub.services.calendar.build(em);
    const rows = await em.getConnection().execute<{ day: string; ordinal: number }[]>(`select to_char(day, 'YYYY-MM-DD') as day, ordinal from stat_work_day order by day`);
    expect(rows).toHaveLength(toEpochDay('2099-12-31') - toEpochDay('2000-01-01') + 1);
    const mismatches: string[] = [];
    let prev = 0;
    for (const r of rows) {
      const working = calendar.isWorkingDay(r.day) ? 1 : 0;
      if (r.ordinal - prev !== working) mismatches.push(r.day);
      prev = r.ordinal;
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('a replaced holiday schedule changes the working days already counted, in the same transaction', async () => {
    const em = t.hub.orm.em.fork() as EntityManager;
    const before = (await t.hub.services.calendar.build(em)).scheduleFor(2026);
    // An administrator corrects 2026: Friday 2026-03-13 becomes a holiday.
    const res = await t.gql(
      'mutation($i: HolidayScheduleInput!) { loadHolidayCalendar(input: $i) { __typename } }',
      { i: { year: 2026, holidays: [...before.holidays, '2026-03-13'], makeUpWorkdays: before.makeUpWorkdays, source: '国务院办公厅通知（测试更正）' } },
      admin(),
    );
    expect(res.errors).toBeUndefined();
    const after = await readTimeline(t, admin());
    expect(after.calendar.isWorkingDay('2026-03-13')).toBe(false);
    const f = { from: '2026-02-01', to: '2026-04-30' };
    expect(figuresOf(await stats(t, f, admin()))).toEqual(expected(after.timeline, f));
    const spanning = after.timeline.conclusions.filter((c) => c.p.referral.day < '2026-03-13' && c.day >= '2026-03-13');
    expect(spanning.length).toBeGreaterThan(0);
    tl = after.timeline;
  });

  it('the backfill of a database with history (the migration’s, bench/seed-scale.ts’s) gives what the trigger kept', async () => {
    const em = t.hub.orm.em.fork() as EntityManager;
    const conn = em.getConnection();
    const snapshot = async () => ({
      facts: await conn.execute(`select * from stat_fact order by kind, ref_id, side`),
      months: await conn.execute(
        `select * from stat_month order by organization_id, month, kind, side, channel, matter_code, region, settled, on_time, withdrawn, court_delegated, accepted, confirmed`,
      ),
      histogram: await conn.execute(`select * from stat_month_wd order by organization_id, month, kind, channel, matter_code, region, wd`),
      open: await conn.execute(`select * from stat_open order by proceeding_id`),
      followUpFacts: await conn.execute(`select * from stat_follow_up order by kind, follow_up_id`),
      followUpMonths: await conn.execute(`select * from stat_follow_up_month order by organization_id, month, kind, channel, matter_code, region, performance`),
    });
    const kept = await snapshot();
    expect(kept.facts.length).toBeGreaterThan(300);
    expect(kept.open.length).toBeGreaterThan(0);
    expect(kept.followUpFacts.length).toBeGreaterThan(10);
    await conn.execute('select hub_stat_rebuild()');
    expect(await snapshot()).toEqual(kept);
  });

  it('runs a fixed number of SQL statements, however many disputes there are', async () => {
    const f = { from: '2025-12-01', to: '2026-06-30', organizationId: h.org['富阳区人民调解委员会'] };
    const count = async () => {
      const res = await t.gql(STATISTICS, { f }, admin());
      const city = await t.gql(STATISTICS, { f: { ...f, organizationId: null } }, admin());
      const pub = await t.gql(PUBLIC, { y: 2026 }, null);
      return [res.sqlStatements, city.sqlStatements, pub.sqlStatements];
    };
    // The first round may (re)load a directory cache (organizations, matters: a minute each): measure the second.
    await count();
    const before = await count();
    expect(before.every((n) => typeof n === 'number' && n > 0)).toBe(true);
    const disputes = h.cases.length;
    for (let i = 0; i < 80; i++) await h.step();
    expect(h.cases.length).toBeGreaterThan(disputes);
    await count();
    expect(await count()).toEqual(before);
  });
});

// ---------------------------------------------------------------- the demo data

describe('the demo disputes', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ HUB_DEMO_DISPUTES: 'true' });
  }, 300_000);
  afterAll(async () => {
    await t?.stop();
  });

  it('agree with the recomputation from their timeline', async () => {
    const admin = await t.login('admin');
    const { timeline } = await readTimeline(t, admin);
    expect(timeline.conclusions.length).toBeGreaterThan(5);
    const today = chinaDateOf(new Date());
    const yearAgo = fromEpochDay(toEpochDay(today) - 364);
    const periods: [string, string][] = [
      [yearAgo, today],
      [fromEpochDay(toEpochDay(today) - 60), today],
      [fromEpochDay(toEpochDay(today) - 100), fromEpochDay(toEpochDay(today) - 30)],
    ];
    const nonEmpty = await expectAgreement(t, timeline, slices(timeline, periods), admin);
    expect(nonEmpty).toBeGreaterThan(5);
    // Resolved demo disputes were followed up (回访): satisfaction shows, some visits satisfied and some not, one party unreachable.
    expect(timeline.followUps.filter((f) => f.visited).length).toBeGreaterThanOrEqual(5);
    const year = (await stats(t, { from: yearAgo, to: today }, admin)).followUps;
    expect(year.unreachable).toBeGreaterThanOrEqual(1);
    expect(year.satisfactionRate).toBeGreaterThan(0);
    expect(year.satisfactionRate).toBeLessThan(1);
  }, 300_000);
});
