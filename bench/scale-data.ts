/**
 * Synthetic disputes at scale for the load benchmark (bench/seed-scale.ts writes them
 * with COPY). Not a test fixture: a fixed-seed PRNG (mulberry32) shapes the data so
 * that every load of N disputes has the same distribution, but ids are random UUIDs
 * like the hub's own.
 *
 * Each dispute lives the life the domain services give it, in the same rows they
 * would write: registered at the center (REGISTERED event, unmasked access of the
 * center), referred (REFERRED, a 3-working-day REFERRAL_RESPONSE clock, masked access
 * of the receiver), sometimes declined and referred again, accepted (a proceeding,
 * ACCEPTANCE and HANDLING clocks computed by the hub's own clock module, unmasked
 * access), admitted, paused and resumed, extended, concluded (settling or not) and
 * closed, or withdrawn. Timestamps spread over the 3 years before `now`; the status is
 * whatever stage the dispute has reached by `now`. Deadline alert events
 * (DEADLINE_DUE_SOON / DEADLINE_OVERDUE) are written where the sweep would have.
 * About 1.5% of disputes are "busy" (many pauses and alerts: 25-45 events).
 */
import { randomUUID } from 'node:crypto';
import { addDays, chinaDateOf, computeDeadline, startOfChinaDay, type ClockPause, type ClockRule, type IsoDate, type WorkCalendar } from '../src/modules/clock';
import { referralResponseLimit, toClockRule } from '../src/modules/proceeding/clock-rules';
import type { TimeLimit } from '../src/modules/matter/matter.types';
import { makeResidentId, makeUscc, USCC_ALPHABET } from '../src/core/validation';

// ---------------------------------------------------------------- catalog from the seeded database

export interface CatalogOrg {
  id: string;
  key: string;
  name: string;
  kind: string;
  channels: string[];
  region: string;
}
export interface CatalogMatter {
  id: string;
  code: string;
  name: string;
  channel: string;
  categories: string[];
  handlerKeys: string[];
  acceptance: TimeLimit | null;
  handling: TimeLimit;
}
export interface Catalog {
  orgs: Map<string, CatalogOrg>;
  matters: CatalogMatter[];
  users: Map<string, string>; // username -> id
}

// ---------------------------------------------------------------- rows (column order = COPY column lists below)

export const COLUMNS = {
  dispute: [
    'id',
    'code',
    'title',
    'facts',
    'category',
    'matter_id',
    'amount',
    'region',
    'source',
    'occurred_on',
    'application_data',
    'status',
    'version',
    'current_organization_id',
    'registered_by_organization_id',
    'registered_by',
    'received_at',
    'closed_at',
    'created_at',
    'updated_at',
  ],
  party: ['id', 'dispute_id', 'position', 'role', 'kind', 'name', 'id_type', 'id_number', 'phone', 'address'],
  dispute_access: ['dispute_id', 'organization_id', 'unmasked', 'reason', 'granted_at'],
  referral: [
    'id',
    'dispute_id',
    'kind',
    'channel',
    'matter_id',
    'procedure',
    'from_organization_id',
    'to_organization_id',
    'status',
    'reason',
    'note',
    'decline_reason',
    'cancel_reason',
    'created_by',
    'created_at',
    'responded_at',
    'responded_by',
    'proceeding_id',
  ],
  proceeding: [
    'id',
    'dispute_id',
    'referral_id',
    'channel',
    'organization_id',
    'matter_id',
    'case_number',
    'assignee_id',
    'status',
    'procedure',
    'version',
    'received_at',
    'started_at',
    'accepted_at',
    'handling_rule',
    'acceptance_rule',
    'outcome_kind',
    'outcome_settles',
    'outcome_summary',
    'outcome_document_number',
    'outcome_effective_on',
    'outcome_at',
  ],
  proceeding_pause: ['id', 'proceeding_id', 'reason', 'note', 'started_at', 'ended_at', 'started_by'],
  extension: ['id', 'proceeding_id', 'amount', 'unit', 'reason', 'basis', 'approver_name', 'recorded_by', 'at'],
  deadline: [
    'id',
    'kind',
    'dispute_id',
    'referral_id',
    'proceeding_id',
    'organization_id',
    'rule',
    'start_on',
    'pauses',
    'extended',
    'met_on',
    'open',
    'due_on',
    'due_soon_on',
    'paused',
    'provisional',
    'due_soon_alerted_at',
    'overdue_alerted_at',
    'created_at',
    'updated_at',
  ],
  dispute_event: ['seq', 'dispute_id', 'type', 'at', 'actor_user_id', 'organization_id', 'referral_id', 'proceeding_id', 'deadline_id', 'summary', 'data'],
} as const;
export type TableName = keyof typeof COLUMNS;
export const TABLES = Object.keys(COLUMNS) as TableName[];

type Cell = string | number | boolean | null | Date | Json | object;

/** JSON serialized once and reused (the rules, shared by thousands of rows). */
class Json {
  constructor(readonly text: string) {}
}

/** One COPY text-format line (tab separated, \N for null). */
function line(cells: Cell[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (i) out += '\t';
    if (c === null || c === undefined) out += '\\N';
    else if (typeof c === 'string') out += esc(c);
    else if (typeof c === 'number') out += String(c);
    else if (typeof c === 'boolean') out += c ? 't' : 'f';
    else if (c instanceof Date) out += c.toISOString();
    else if (c instanceof Json) out += c.text;
    else out += esc(JSON.stringify(c));
  }
  return out + '\n';
}
const NEEDS_ESCAPE = /[\\\t\n\r]/;
function esc(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : s;
}

// ---------------------------------------------------------------- PRNG and pickers

/** mulberry32 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const HOUR = 3_600_000;

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split(
    '',
  );
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌浩宇晨欣怡子涵梓轩雨萱佳琪思远嘉豪俊杰晓东海燕雪梅春生秋菊'.split('');
const COMPANY_WORDS = ['恒信', '华越', '钱江', '之江', '西溪', '富春', '临安', '天目', '东方', '新安', '运河', '湖滨', '云栖', '滨盛', '众诚', '博远', '锦程', '瑞丰', '嘉禾', '弘毅'];
const COMPANY_KINDS = [
  '科技有限公司',
  '建设工程有限公司',
  '物业服务有限公司',
  '贸易有限公司',
  '房地产开发有限公司',
  '餐饮管理有限公司',
  '劳务派遣有限公司',
  '汽车销售服务有限公司',
  '医疗器械有限公司',
  '文化传媒有限公司',
];
const STREETS = ['文三路', '莫干山路', '解放路', '延安路', '江南大道', '市心中路', '富春街道桂花路', '金城路', '天目山路', '庆春路', '滨盛路', '迎宾路', '学院路', '秋涛北路'];
const MOBILE_PREFIXES = ['138', '139', '137', '135', '158', '159', '187', '188', '136', '150', '151', '152', '157', '182', '183', '189', '180', '177', '199', '133'];

const REGION_OF_CODE: [string, string][] = [
  ['330100', '杭州市'],
  ['330102', '上城区'],
  ['330105', '拱墅区'],
  ['330106', '西湖区'],
  ['330108', '滨江区'],
  ['330109', '萧山区'],
  ['330110', '余杭区'],
  ['330111', '富阳区'],
  ['330112', '临安区'],
  ['330113', '临平区'],
  ['330114', '钱塘区'],
  ['330122', '桐庐县'],
  ['330127', '淳安县'],
  ['330182', '建德市'],
];
/** Weights of the regions disputes come from (busier urban districts first). */
const REGION_WEIGHTS = [6, 10, 12, 12, 7, 12, 10, 11, 5, 5, 5, 4, 2, 2];

const CATEGORY_WEIGHTS: [string, number][] = [
  ['NEIGHBORHOOD', 18],
  ['FAMILY', 10],
  ['PROPERTY_MANAGEMENT', 12],
  ['CONSUMER', 12],
  ['CONTRACT', 16],
  ['LABOR', 12],
  ['CONSTRUCTION', 6],
  ['TRAFFIC', 5],
  ['MEDICAL', 3],
  ['GOVERNMENT_PROCUREMENT', 1.5],
  ['PATENT_INFRINGEMENT', 1.5],
  ['LAND_OWNERSHIP', 1.5],
  ['OTHER', 3.5],
];
const TITLES: Record<string, string[]> = {
  NEIGHBORHOOD: ['相邻通行纠纷', '楼上漏水致楼下受损纠纷', '宅基地界址纠纷', '噪音扰民纠纷'],
  FAMILY: ['赡养费纠纷', '离婚后财产分割纠纷', '抚养费纠纷', '继承纠纷'],
  PROPERTY_MANAGEMENT: ['物业费纠纷', '停车位管理纠纷', '电梯维修费用分摊纠纷'],
  CONSUMER: ['预付卡退费纠纷', '网购商品质量纠纷', '装修合同消费纠纷', '二手车买卖纠纷'],
  CONTRACT: ['买卖合同货款纠纷', '房屋租赁合同纠纷', '借款合同纠纷', '服务合同纠纷'],
  LABOR: ['拖欠工资纠纷', '工伤待遇纠纷', '解除劳动合同经济补偿纠纷', '加班费纠纷'],
  CONSTRUCTION: ['工程款结算纠纷', '农民工工资纠纷', '建设工程质量纠纷'],
  TRAFFIC: ['机动车交通事故责任纠纷', '非机动车碰撞赔偿纠纷'],
  MEDICAL: ['医疗损害责任纠纷', '医疗费用纠纷'],
  GOVERNMENT_PROCUREMENT: ['政府采购项目投诉', '采购文件质疑答复投诉'],
  PATENT_INFRINGEMENT: ['外观设计专利侵权纠纷', '实用新型专利侵权纠纷'],
  LAND_OWNERSHIP: ['集体土地所有权争议', '林地使用权争议'],
  OTHER: ['其他民事纠纷'],
};
const SOURCE_WEIGHTS: [string, number][] = [
  ['WALK_IN', 40],
  ['ONLINE', 25],
  ['HOTLINE', 15],
  ['PETITION', 6],
  ['COURT', 4],
  ['GRID_INSPECTION', 8],
  ['OTHER', 2],
];
const PAUSE_REASONS = ['MATERIALS_SUPPLEMENT', 'EXPERT_REVIEW', 'INSPECTION_OR_APPRAISAL', 'HEARING', 'VERIFICATION'];
const SETTLING: Record<string, string> = {
  MEDIATION: 'AGREEMENT',
  ADJUDICATION: 'DECISION',
  ARBITRATION: 'AWARD',
  NOTARIZATION: 'CERTIFICATE',
  JUDICIAL_APPRAISAL: 'APPRAISAL_OPINION',
  PETITION: 'REPLY',
  RECONSIDERATION: 'DECISION',
  LITIGATION: 'JUDGMENT',
};
const NOT_SETTLING: Record<string, string> = {
  MEDIATION: 'MEDIATION_FAILED',
  ADJUDICATION: 'DISMISSED',
  ARBITRATION: 'TERMINATED',
  NOTARIZATION: 'TERMINATED',
  JUDICIAL_APPRAISAL: 'TERMINATED',
  PETITION: 'HANDLING_OPINION',
  RECONSIDERATION: 'DISMISSED',
  LITIGATION: 'DISMISSED',
};
/** Mediation committee by region; elsewhere the lawyer mediation studio. */
const MEDIATION_BY_REGION: Record<string, string> = {
  富阳区: 'mediation-fuyang',
  拱墅区: 'mediation-gongshu',
  西湖区: 'mediation-xihu',
  萧山区: 'mediation-xiaoshan',
  桐庐县: 'mediation-tonglu',
  上城区: 'mediation-xihu',
  滨江区: 'mediation-xiaoshan',
  余杭区: 'mediation-gongshu',
  临平区: 'mediation-gongshu',
  钱塘区: 'mediation-xiaoshan',
  临安区: 'mediation-fuyang',
  淳安县: 'mediation-tonglu',
  建德市: 'mediation-tonglu',
  杭州市: 'mediation-lawyer',
};

// ---------------------------------------------------------------- the generator

export interface Chunk {
  lines: Record<TableName, string[]>;
  counts: Record<TableName, number>;
}

interface Ev {
  at: number;
  type: string;
  actor: string | null;
  org: string | null;
  referral: string | null;
  proceeding: string | null;
  deadline: string | null;
  summary: string;
  data: Record<string, unknown> | null;
}

export class ScaleGenerator {
  private readonly rnd: () => number;
  private readonly now: number;
  private readonly today: IsoDate;
  private readonly start: number;
  private nextSeq = 1;
  private readonly center: CatalogOrg;
  private readonly frontdesk: string;
  private readonly admin: string;
  private readonly mattersByCategory = new Map<string, CatalogMatter[]>();
  private readonly orgsByChannel = new Map<string, CatalogOrg[]>();
  private readonly actorsByOrg = new Map<string, string[]>();
  private readonly responseRule: { rule: ClockRule; json: Json };
  private readonly regionCum: number[];

  constructor(
    private readonly catalog: Catalog,
    private readonly calendar: WorkCalendar,
    private readonly total: number,
    opts: { seed?: number; now?: Date; years?: number } = {},
  ) {
    this.rnd = prng(opts.seed ?? 20261126);
    this.now = (opts.now ?? new Date()).getTime();
    this.today = chinaDateOf(new Date(this.now));
    this.start = this.now - (opts.years ?? 3) * 365 * DAY;
    this.center = [...catalog.orgs.values()].find((o) => o.kind === 'DISPUTE_CENTER')!;
    this.frontdesk = catalog.users.get('frontdesk')!;
    this.admin = catalog.users.get('admin')!;
    for (const m of catalog.matters) for (const c of m.categories) this.mattersByCategory.set(c, [...(this.mattersByCategory.get(c) ?? []), m]);
    for (const o of catalog.orgs.values()) for (const ch of o.channels) this.orgsByChannel.set(ch, [...(this.orgsByChannel.get(ch) ?? []), o]);
    const acting: [string, string][] = [
      ['mediator.fuyang', 'mediation-fuyang'],
      ['mediator2.fuyang', 'mediation-fuyang'],
      ['mediator.gongshu', 'mediation-gongshu'],
      ['adjudicator.finance', 'finance-city'],
      ['adjudicator.market', 'market-city'],
      ['adjudicator.land', 'land-city'],
      ['adjudicator.fuyang-finance', 'finance-fuyang'],
      ['court.liaison', 'court-intermediate'],
    ];
    for (const [u, k] of acting) {
      const org = catalog.orgs.get(k);
      const uid = catalog.users.get(u);
      if (org && uid) this.actorsByOrg.set(org.id, [...(this.actorsByOrg.get(org.id) ?? []), uid]);
    }
    this.responseRule = this.rule(referralResponseLimit(3));
    let acc = 0;
    this.regionCum = REGION_WEIGHTS.map((w) => (acc += w));
  }

  private int(n: number): number {
    return Math.floor(this.rnd() * n);
  }
  private pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  private weighted(pairs: [string, number][]): string {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let x = this.rnd() * total;
    for (const [v, w] of pairs) if ((x -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  }
  private region(): [string, string] {
    const x = this.rnd() * this.regionCum[this.regionCum.length - 1];
    const i = this.regionCum.findIndex((c) => x < c);
    return REGION_OF_CODE[i];
  }
  private person(): string {
    return this.pick(SURNAMES) + '某' + this.pick(GIVEN);
  }
  private mobile(): string {
    return `${this.pick(MOBILE_PREFIXES)}${String(this.int(100_000_000)).padStart(8, '0')}`;
  }
  private residentId(code6: string): string {
    const year = 1950 + this.int(55);
    const birth = `${year}${String(1 + this.int(12)).padStart(2, '0')}${String(1 + this.int(28)).padStart(2, '0')}`;
    return makeResidentId(`${code6}${birth}${String(this.int(1000)).padStart(3, '0')}`);
  }
  private uscc(code6: string): string {
    let org = 'MA';
    for (let i = 0; i < 7; i++) org += USCC_ALPHABET[this.int(i === 6 ? 10 : USCC_ALPHABET.length)];
    return makeUscc(`91${code6}${org}`);
  }
  private actorFor(orgId: string): string {
    const list = this.actorsByOrg.get(orgId);
    return list ? this.pick(list) : this.admin;
  }
  private readonly ruleJson = new Map<object, { rule: ClockRule; json: Json }>();
  /** The clock rule of a time limit, and its JSON, made once per limit. */
  private rule(limit: TimeLimit): { rule: ClockRule; json: Json } {
    let r = this.ruleJson.get(limit);
    if (!r) {
      const rule = toClockRule(limit);
      this.ruleJson.set(limit, (r = { rule, json: new Json(esc(JSON.stringify(rule))) }));
    }
    return r;
  }
  private readonly limitJsonCache = new Map<object, Json>();
  private limitJson(limit: TimeLimit | null): Json | null {
    if (!limit) return null;
    // A map of its own: sharing ruleJson left `rule: null` behind for a limit seen here first.
    let json = this.limitJsonCache.get(limit);
    if (!json) this.limitJsonCache.set(limit, (json = new Json(esc(JSON.stringify(limit)))));
    return json;
  }

  /** A working-hours instant on the China day of `t` (or later), not after `now`. */
  private officeTime(t: number): number {
    const day = Math.floor((t + 8 * HOUR) / DAY) * DAY - 8 * HOUR;
    const at = Math.max(t, day + 9 * HOUR + this.int(8 * 60) * 60_000);
    return Math.min(at, this.now - 60_000);
  }

  private deadlineRow(
    out: Chunk,
    events: Ev[],
    a: {
      kind: string;
      disputeId: string;
      referralId?: string | null;
      proceedingId?: string | null;
      orgId: string;
      rule: { rule: ClockRule; json: Json };
      start: IsoDate;
      pauses?: ClockPause[];
      extended?: number;
      metOn?: IsoDate | null;
      createdAt: number;
    },
  ): string {
    const id = randomUUID();
    const pauses = a.pauses ?? [];
    const extended = a.extended ?? 0;
    const metOn = a.metOn && a.metOn <= this.today ? a.metOn : null;
    const v = computeDeadline(this.calendar, { rule: a.rule.rule, start: a.start, pauses, extended, metOn }, this.today);
    // Alerts the sweep would have written while the clock ran (dates of the clock without its end).
    const end = metOn ?? this.today;
    const running = computeDeadline(this.calendar, { rule: a.rule.rule, start: a.start, pauses, extended, metOn: null }, end);
    let dueSoonAlerted: Date | null = null;
    let overdueAlerted: Date | null = null;
    const alert = (type: string, on: IsoDate) => {
      const at = this.officeTime(startOfChinaDay(on).getTime());
      events.push({
        at,
        type,
        actor: null,
        org: a.orgId,
        referral: a.referralId ?? null,
        proceeding: a.proceedingId ?? null,
        deadline: id,
        summary: type === 'DEADLINE_DUE_SOON' ? `期限即将届满：${a.rule.rule.action}（${running.dueOn}）` : `期限已超过：${a.rule.rule.action}（${running.dueOn}）`,
        data: { kind: a.kind, dueOn: running.dueOn, alertGeneration: 0 },
      });
      return new Date(at);
    };
    if (running.dueSoonOn && running.dueSoonOn < end) dueSoonAlerted = alert('DEADLINE_DUE_SOON', running.dueSoonOn);
    if (running.dueOn < end) overdueAlerted = alert('DEADLINE_OVERDUE', addDays(running.dueOn, 1));
    const created = new Date(a.createdAt);
    out.lines.deadline.push(
      line([
        id,
        a.kind,
        a.disputeId,
        a.referralId ?? null,
        a.proceedingId ?? null,
        a.orgId,
        a.rule.json,
        a.start,
        pauses,
        extended,
        metOn,
        metOn === null,
        v.dueOn,
        v.dueSoonOn,
        pauses.some((p) => p.to === null),
        v.provisional,
        metOn ? null : dueSoonAlerted,
        metOn ? null : overdueAlerted,
        created,
        created,
      ]),
    );
    out.counts.deadline++;
    return id;
  }

  /** Disputes [from, to) of the total, in order of receipt. */
  chunk(from: number, to: number): Chunk {
    const out: Chunk = { lines: {} as Chunk['lines'], counts: {} as Chunk['counts'] };
    for (const t of TABLES) {
      out.lines[t] = [];
      out.counts[t] = 0;
    }
    const events: (Ev & { dispute: string })[] = [];
    for (let i = from; i < to; i++) this.dispute(i, out, events);
    // The timeline's seq follows time, as commits do: events of one dispute are spread over the table.
    events.sort((x, y) => x.at - y.at);
    for (const e of events) {
      out.lines.dispute_event.push(line([this.nextSeq++, e.dispute, e.type, new Date(e.at), e.actor, e.org, e.referral, e.proceeding, e.deadline, e.summary, e.data]));
    }
    out.counts.dispute_event += events.length;
    return out;
  }

  private dispute(i: number, out: Chunk, allEvents: (Ev & { dispute: string })[]): void {
    const id = randomUUID();
    const span = this.now - this.start - HOUR;
    const received = this.officeTime(this.start + Math.floor(((i + this.rnd()) / this.total) * span));
    const [regionCode, region] = this.region();
    const category = this.weighted(CATEGORY_WEIGHTS);
    const candidates = (this.mattersByCategory.get(category) ?? []).filter((m) => m.channel !== 'LITIGATION');
    const matter = candidates.length && this.rnd() < 0.7 ? this.pick(candidates) : null;
    const source = this.weighted(SOURCE_WEIGHTS);
    const code = `HZ${chinaDateOf(new Date(received)).slice(0, 4)}-${String(i + 1).padStart(7, '0')}`;
    const title = `${this.person().slice(0, 1)}某与${this.rnd() < 0.5 ? this.person() : this.pick(COMPANY_WORDS) + '公司'}${this.pick(TITLES[category] ?? TITLES.OTHER)}`;
    const amount = this.rnd() < 0.6 ? (this.int(50_000_000) / 100).toFixed(2) : null;
    const events: Ev[] = [];
    const ev = (e: Partial<Ev> & { at: number; type: string; summary: string }) => events.push({ actor: null, org: null, referral: null, proceeding: null, deadline: null, data: null, ...e });

    // parties
    const nParties = this.rnd() < 0.15 ? 3 : 2;
    for (let p = 0; p < nParties; p++) {
      const role = p === 0 ? 'APPLICANT' : p === 1 ? 'RESPONDENT' : 'THIRD_PARTY';
      const company = p > 0 && this.rnd() < 0.35;
      const street = `${region}${this.pick(STREETS)}${1 + this.int(999)}号`;
      out.lines.party.push(
        line([
          randomUUID(),
          id,
          p,
          role,
          company ? 'ORGANIZATION' : 'PERSON',
          company ? `杭州${this.pick(COMPANY_WORDS)}${this.pick(COMPANY_KINDS)}` : this.person(),
          company ? 'USCC' : 'RESIDENT_ID',
          company ? this.uscc(regionCode) : this.residentId(regionCode),
          this.rnd() < 0.9 ? this.mobile() : null,
          this.rnd() < 0.8 ? street : null,
        ]),
      );
      out.counts.party++;
    }
    const access = new Map<string, { unmasked: boolean; reason: string; at: number }>();
    const grant = (orgId: string, unmasked: boolean, reason: string, at: number) => {
      const cur = access.get(orgId);
      if (!cur) access.set(orgId, { unmasked, reason, at });
      else cur.unmasked = cur.unmasked || unmasked;
    };
    grant(this.center.id, true, 'REGISTERED', received);
    ev({
      at: received,
      type: 'REGISTERED',
      actor: this.frontdesk,
      org: this.center.id,
      summary: `${this.center.name} 登记纠纷 ${code}${matter ? `（${matter.name}）` : ''}`,
      data: { code, category, matterCode: matter?.code ?? null, region, source },
    });

    let status = 'AWAITING_ROUTING';
    let current = this.center.id;
    let closedAt: number | null = null;
    let version = 1;

    // routing: where the dispute goes
    const channel = matter ? matter.channel : 'MEDIATION';
    const targetFor = (exclude: string | null): CatalogOrg => {
      if (matter) {
        const handlers = matter.handlerKeys.map((k) => this.catalog.orgs.get(k)!).filter((o) => o.id !== exclude);
        const local = handlers.filter((o) => o.region === region);
        if (local.length) return local[0];
        if (handlers.length) return handlers[0];
      }
      const key = MEDIATION_BY_REGION[region] ?? 'mediation-lawyer';
      const org = this.catalog.orgs.get(key)!;
      if (org.id !== exclude) return org;
      return this.catalog.orgs.get('mediation-lawyer')!;
    };
    const stuckRouting = this.rnd() < 0.01;
    let t = received + Math.floor(this.rnd() * 2 * DAY) + 10 * 60_000;
    let to = targetFor(null);
    const declineFirst = this.rnd() < 0.08;
    const referralIds: string[] = [];
    let lastReferral: { id: string; to: CatalogOrg; createdAt: number; deadlineStart: IsoDate } | null = null;

    const refer = (toOrg: CatalogOrg, at: number) => {
      const rid = randomUUID();
      referralIds.push(rid);
      status = 'REFERRED';
      version++;
      grant(toOrg.id, false, 'REFERRAL', at);
      ev({
        at,
        type: 'REFERRED',
        actor: this.frontdesk,
        org: this.center.id,
        referral: rid,
        summary: `转办至 ${toOrg.name}`,
        data: { kind: 'TRANSFER', channel, matterCode: matter?.code ?? null, from: this.center.id, to: toOrg.id },
      });
      lastReferral = { id: rid, to: toOrg, createdAt: at, deadlineStart: chinaDateOf(new Date(at)) };
      return rid;
    };
    const referralRow = (
      r: { id: string; to: CatalogOrg; createdAt: number },
      st: string,
      respondedAt: number | null,
      respondedBy: string | null,
      proceedingId: string | null,
      declineReason: string | null,
    ) => {
      out.lines.referral.push(
        line([
          r.id,
          id,
          'TRANSFER',
          channel,
          matter?.id ?? null,
          'ORDINARY',
          this.center.id,
          r.to.id,
          st,
          '根据纠纷性质和属地原则转办',
          null,
          declineReason,
          null,
          this.frontdesk,
          new Date(r.createdAt),
          respondedAt === null ? null : new Date(respondedAt),
          respondedBy,
          proceedingId,
        ]),
      );
      out.counts.referral++;
    };
    const responseDeadline = (r: { id: string; to: CatalogOrg; createdAt: number; deadlineStart: IsoDate }, metAt: number | null) =>
      this.deadlineRow(out, events, {
        kind: 'REFERRAL_RESPONSE',
        disputeId: id,
        referralId: r.id,
        orgId: r.to.id,
        rule: this.responseRule,
        start: r.deadlineStart,
        metOn: metAt === null ? null : chinaDateOf(new Date(metAt)),
        createdAt: r.createdAt,
      });

    if (!stuckRouting && t < this.now) {
      if (declineFirst) {
        const first = to;
        refer(first, t);
        const r = lastReferral!;
        const declinedAt = this.officeTime(t + DAY + this.int(3) * DAY);
        if (declinedAt < this.now - HOUR) {
          const by = this.actorFor(first.id);
          responseDeadline(r, declinedAt);
          referralRow(r, 'DECLINED', declinedAt, by, null, '不属于本机构受理范围');
          status = 'AWAITING_ROUTING';
          version++;
          ev({ at: declinedAt, type: 'REFERRAL_DECLINED', actor: by, org: first.id, referral: r.id, summary: `${first.name} 退回转办，纠纷回到 ${this.center.name}` });
          to = targetFor(first.id);
          t = declinedAt + HOUR + this.int(2 * DAY);
          lastReferral = null;
        } else {
          t = Infinity; // still pending at the first receiver
        }
      }
      if (t < this.now && lastReferral === null) refer(to, t);
    }

    let proceedingId: string | null = null;
    const r = lastReferral as { id: string; to: CatalogOrg; createdAt: number; deadlineStart: IsoDate } | null;
    if (r) {
      const acceptAt = this.officeTime(r.createdAt + HOUR + this.int(3 * DAY));
      const stuckPending = this.rnd() < 0.01;
      if (acceptAt >= this.now - HOUR || stuckPending) {
        responseDeadline(r, null);
        referralRow(r, 'PENDING', null, null, null, null);
      } else {
        // accepted: a proceeding
        const org = r.to;
        const handler = this.actorFor(org.id);
        proceedingId = randomUUID();
        responseDeadline(r, acceptAt);
        status = 'IN_PROGRESS';
        version++;
        current = org.id;
        grant(org.id, true, 'PROCEEDING', acceptAt);
        const pm =
          matter ??
          this.catalog.matters.find(
            (m) =>
              m.code ===
              (org.key.startsWith('mediation-ip')
                ? 'IP-DISPUTE-MEDIATION'
                : org.key === 'mediation-construction'
                  ? 'INDUSTRY-MEDIATION'
                  : org.key === 'mediation-lawyer'
                    ? 'LAWYER-MEDIATION'
                    : 'PEOPLES-MEDIATION'),
          )!;
        const acceptanceRule = pm.acceptance;
        const handlingRule = pm.handling;
        const receivedOn = chinaDateOf(new Date(r.createdAt));
        ev({
          at: acceptAt,
          type: 'REFERRAL_ACCEPTED',
          actor: handler,
          org: org.id,
          referral: r.id,
          proceeding: proceedingId,
          summary: `${org.name} 接收转办${acceptanceRule ? '，进入受理审查' : '，开始办理'}`,
          data: { proceedingStatus: acceptanceRule ? 'ACCEPTANCE_REVIEW' : 'IN_PROGRESS', channel },
        });
        let pStatus = acceptanceRule ? 'ACCEPTANCE_REVIEW' : 'IN_PROGRESS';
        let admittedAt: number | null = acceptanceRule ? null : acceptAt;
        const caseNumber = `杭${org.region.slice(0, 2)}调〔${receivedOn.slice(0, 4)}〕${1 + this.int(9999)}号`;
        if (acceptanceRule) {
          const at = this.officeTime(acceptAt + DAY + this.int(4 * DAY));
          const acceptanceStart = receivedOn;
          if (at < this.now - HOUR && this.rnd() > 0.01) {
            admittedAt = at;
            pStatus = 'IN_PROGRESS';
            this.deadlineRow(out, events, {
              kind: 'ACCEPTANCE',
              disputeId: id,
              proceedingId,
              orgId: org.id,
              rule: this.rule(acceptanceRule),
              start: acceptanceStart,
              metOn: chinaDateOf(new Date(at)),
              createdAt: acceptAt,
            });
            ev({ at, type: 'PROCEEDING_ADMITTED', actor: handler, org: org.id, proceeding: proceedingId, summary: `${org.name} 受理，案号 ${caseNumber}`, data: { caseNumber } });
          } else {
            this.deadlineRow(out, events, { kind: 'ACCEPTANCE', disputeId: id, proceedingId, orgId: org.id, rule: this.rule(acceptanceRule), start: acceptanceStart, createdAt: acceptAt });
          }
        }
        let outcome: { kind: string; settles: boolean; at: number } | null = null;
        if (admittedAt !== null) {
          const hStart = handlingRule.startsFrom === 'RECEIPT' ? receivedOn : chinaDateOf(new Date(admittedAt));
          const busy = this.rnd() < 0.015;
          const nPauses = busy ? 5 + this.int(8) : this.rnd() < 0.2 ? 1 + this.int(2) : 0;
          const pauses: ClockPause[] = [];
          let cursor = admittedAt;
          const stuck = this.rnd() < 0.03;
          const duration = (5 + this.int(busy ? 150 : 70)) * DAY;
          const concludeAt = stuck ? Infinity : this.officeTime(admittedAt + duration);
          for (let k = 0; k < nPauses; k++) {
            const from = this.officeTime(cursor + (1 + this.int(10)) * DAY);
            if (from >= Math.min(this.now, concludeAt) - DAY) break;
            const until = this.officeTime(from + (1 + this.int(12)) * DAY);
            const open = until >= Math.min(this.now, concludeAt);
            const reason = this.pick(PAUSE_REASONS);
            out.lines.proceeding_pause.push(line([randomUUID(), proceedingId, reason, '等待补充材料或鉴定结果', new Date(from), open ? null : new Date(until), handler]));
            out.counts.proceeding_pause++;
            pauses.push({ from: chinaDateOf(new Date(from)), to: open ? null : chinaDateOf(new Date(until)) });
            ev({ at: from, type: 'PAUSED', actor: handler, org: org.id, proceeding: proceedingId, summary: `${org.name} 中止办理期限（${reason}）`, data: { reason } });
            if (open) {
              pStatus = 'PAUSED';
              break;
            }
            ev({ at: until, type: 'RESUMED', actor: handler, org: org.id, proceeding: proceedingId, summary: `${org.name} 恢复办理期限` });
            cursor = until;
          }
          let extended = 0;
          if (handlingRule.extensible && this.rnd() < 0.05) {
            const at = this.officeTime(admittedAt + (5 + this.int(20)) * DAY);
            if (at < Math.min(this.now, concludeAt)) {
              extended = handlingRule.maxExtension ? Math.min(handlingRule.maxExtension, 1 + this.int(handlingRule.maxExtension)) : 15;
              out.lines.extension.push(line([randomUUID(), proceedingId, extended, handlingRule.unit, '案情复杂，需要延长期限', 'HEAD_APPROVAL', '机构负责人', handler, new Date(at)]));
              out.counts.extension++;
              ev({ at, type: 'EXTENDED', actor: handler, org: org.id, proceeding: proceedingId, summary: `${org.name} 延长办理期限 ${extended}`, data: { amount: extended, unit: handlingRule.unit } });
            }
          }
          const withdraw = this.rnd() < 0.05;
          if (concludeAt < this.now - HOUR && pStatus !== 'PAUSED') {
            const settles = !withdraw && this.rnd() < 0.72;
            outcome = { kind: withdraw ? 'WITHDRAWN' : settles ? (SETTLING[channel] ?? 'AGREEMENT') : (NOT_SETTLING[channel] ?? 'TERMINATED'), settles, at: concludeAt };
            pStatus = 'CONCLUDED';
          }
          this.deadlineRow(out, events, {
            kind: 'HANDLING',
            disputeId: id,
            proceedingId,
            orgId: org.id,
            rule: this.rule(handlingRule),
            start: hStart,
            pauses,
            extended,
            metOn: outcome ? chinaDateOf(new Date(outcome.at)) : null,
            createdAt: admittedAt,
          });
        }
        const hasOutcome = outcome as { kind: string; settles: boolean; at: number } | null;
        out.lines.proceeding.push(
          line([
            proceedingId,
            id,
            r.id,
            channel,
            org.id,
            pm.id,
            admittedAt !== null ? caseNumber : null,
            this.rnd() < 0.6 ? handler : null,
            pStatus,
            'ORDINARY',
            1 + (admittedAt !== null ? 1 : 0) + (hasOutcome ? 1 : 0),
            new Date(r.createdAt),
            new Date(acceptAt),
            admittedAt === null ? null : new Date(admittedAt),
            this.limitJson(handlingRule),
            this.limitJson(acceptanceRule),
            hasOutcome?.kind ?? null,
            hasOutcome ? hasOutcome.settles : null,
            hasOutcome ? (hasOutcome.kind === 'WITHDRAWN' ? '申请人撤回申请' : hasOutcome.settles ? '双方达成协议' : '未能达成一致') : null,
            hasOutcome && hasOutcome.settles ? `${caseNumber}-结` : null,
            hasOutcome ? chinaDateOf(new Date(hasOutcome.at)) : null,
            hasOutcome ? new Date(hasOutcome.at) : null,
          ]),
        );
        out.counts.proceeding++;
        referralRow(r, hasOutcome ? 'COMPLETED' : 'ACCEPTED', acceptAt, handler, proceedingId, null);
        if (hasOutcome) {
          ev({
            at: hasOutcome.at,
            type: 'CONCLUDED',
            actor: handler,
            org: org.id,
            proceeding: proceedingId,
            summary: `${org.name} 办结：${hasOutcome.kind === 'WITHDRAWN' ? '申请人撤回' : hasOutcome.settles ? '达成协议' : '未能化解'}`,
            data: { outcome: hasOutcome.kind, settles: hasOutcome.settles },
          });
          version++;
          if (hasOutcome.kind === 'WITHDRAWN') {
            status = 'WITHDRAWN';
            closedAt = hasOutcome.at;
            ev({ at: hasOutcome.at + 60_000, type: 'WITHDRAWN', actor: this.frontdesk, org: this.center.id, summary: '申请人撤回纠纷调处申请' });
          } else {
            status = hasOutcome.settles ? 'RESOLVED' : 'AWAITING_ROUTING';
            const closeAt = this.officeTime(hasOutcome.at + (1 + this.int(10)) * DAY);
            if (closeAt < this.now - HOUR && this.rnd() < 0.95) {
              status = 'CLOSED';
              closedAt = closeAt;
              version++;
              ev({ at: closeAt, type: 'CLOSED', actor: handler, org: org.id, summary: '纠纷办结归档', data: { hasNote: false } });
            }
          }
        }
      }
    }
    if (status === 'REFERRED') current = this.center.id;

    const receivedAt = new Date(received);
    out.lines.dispute.push(
      line([
        id,
        code,
        title,
        `${title}。申请人称双方因${title.replace(/^.*?(纠纷|投诉|争议)$/, '$1')}协商未果，请求中心调处。`,
        category,
        matter?.id ?? null,
        amount,
        region,
        source,
        chinaDateOf(new Date(received - this.int(60) * DAY)),
        null,
        status,
        version,
        current,
        this.center.id,
        this.frontdesk,
        receivedAt,
        closedAt === null ? null : new Date(closedAt),
        receivedAt,
        new Date(Math.max(received, ...events.map((e) => e.at))),
      ]),
    );
    out.counts.dispute++;
    for (const [orgId, a] of access) {
      out.lines.dispute_access.push(line([id, orgId, a.unmasked, a.reason, new Date(a.at)]));
      out.counts.dispute_access++;
    }
    for (const e of events) {
      (e as Ev & { dispute: string }).dispute = id;
      allEvents.push(e as Ev & { dispute: string });
    }
  }

  /** The last seq handed out (for setval). */
  lastSeq(): number {
    return this.nextSeq - 1;
  }
}
