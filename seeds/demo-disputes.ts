/**
 * Demo disputes: a few dozen realistic disputes across every channel and
 * status, so that a new user of a demo database sees a living hub (some
 * clocks overdue, some due soon, some paused, some met).
 *
 * Everything is created THROUGH THE DOMAIN SERVICES (register, refer,
 * accept, admit, pause, conclude, close, withdraw ...) acting as the seeded
 * demo accounts, so that events, deadlines, access rows and audit entries are
 * exactly what real use produces. A business clock replaces services.now():
 * it starts about 120 days ago and moves forward step by step, never past the
 * real "now". Step dates are counted in working days before today, so the
 * state every clock shows today (OVERDUE, DUE_SOON, ON_TRACK, PAUSED, MET,
 * MISSED) does not depend on the weekday or the holidays around the day the
 * seed runs.
 *
 * Organizations without a demo account (e.g. 杭州仲裁委员会) are acted for by
 * the `admin` account, the way an administrator records the acts of an
 * organization that is not yet connected to the hub.
 *
 * Idempotent: a database that holds any dispute is left alone (returns 0).
 * Names of people and companies are invented placeholders (张某明, 杭州某某科技有限公司).
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from '../src/modules/auth/user.entity';
import type { Viewer } from '../src/core/viewer';
import { addDays, chinaDateOf, fromEpochDay, toEpochDay, type IsoDate, type WorkCalendar } from '../src/modules/clock';
import { Dispute } from '../src/modules/dispute/dispute.entity';
import { DisputeService } from '../src/modules/dispute/dispute.service';
import type { RegisterDisputeInput } from '../src/modules/dispute/dispute.types';
import { Organization } from '../src/modules/organization/organization.entity';
import { ProceedingService } from '../src/modules/proceeding/proceeding.service';
import { FollowUp } from '../src/modules/follow-up/follow-up.entity';
import { FollowUpService } from '../src/modules/follow-up/follow-up.service';
import { ReferralService } from '../src/modules/referral/referral.service';
import type { ReferDisputeInput } from '../src/modules/referral/referral.types';
import { buildContext, type HubContext } from '../src/server/context';
import type { HubServices } from '../src/server/services';
import { FollowUpMethod, FollowUpStatus, PerformanceStatus } from '../src/core/enums';
import { Channel, ExtensionBasis, OutcomeKind, PauseReason, ProcedureTrack, ReferralKind, type DisputeCategory, type DisputeSource, type PartyKind, type PartyRole } from '../src/core/enums';
import { isBusinessError, ValidationError, type BusinessError } from '../src/core/errors';
import { makeResidentId, makeUscc, USCC_ALPHABET } from '../src/core/validation';
import { USERS } from './data';
import { seedDemoExperts } from './demo-experts';

// ---------------------------------------------------------------- input shapes

interface DemoParty {
  role: `${PartyRole}`;
  kind: `${PartyKind}`;
  name: string;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
}

interface DemoIntake {
  title: string;
  facts: string;
  category: `${DisputeCategory}`;
  matterCode?: string | null;
  amount?: string | null;
  region: string;
  source: `${DisputeSource}`;
  occurredOn?: IsoDate | null;
  applicationData?: Record<string, unknown> | null;
  parties: DemoParty[];
}

interface ReferOptions {
  channel: Channel;
  kind?: ReferralKind;
  matterCode?: string | null;
  procedure?: ProcedureTrack | null;
  reason: string;
  note?: string | null;
}

// ---------------------------------------------------------------- invented identities

function digest(key: string): Buffer {
  return createHash('sha256').update(`dispute-hub demo:${key}`, 'utf8').digest();
}

/** A valid resident ID number: region code of the birthplace, birth date, sequence (odd: male, even: female). */
function residentId(key: string, region6: string, birth: string, sex: 'M' | 'F'): string {
  const h = digest(key);
  let seq = h.readUInt16BE(0) % 500;
  seq = seq * 2 + (sex === 'M' ? 1 : 0);
  return makeResidentId(`${region6}${birth}${String(seq).padStart(3, '0')}`);
}

/** A valid unified social credit code: authority + kind ('91' company, '92' sole trader, '11' government body, '12' public institution, 'N2' village collective), division, invented org code. */
function creditCode(key: string, prefix: '91' | '92' | '11' | '12' | 'N2', division6: string): string {
  const h = digest(key);
  let org = '';
  for (let i = 0; i < 9; i++) org += USCC_ALPHABET[h[i] % (i === 8 ? 10 : USCC_ALPHABET.length)];
  if (prefix === '91') org = `MA${org.slice(2)}`;
  return makeUscc(`${prefix}${division6}${org}`);
}

const MOBILE_PREFIXES = ['138', '139', '137', '135', '158', '159', '187', '188', '136', '150', '151', '152', '157', '182', '183', '189', '180', '177', '199', '133'];

function mobile(key: string): string {
  const h = digest(`mobile:${key}`);
  const prefix = MOBILE_PREFIXES[h[0] % MOBILE_PREFIXES.length];
  return `${prefix}${String(h.readUInt32BE(1) % 100_000_000).padStart(8, '0')}`;
}

function landline(key: string): string {
  const h = digest(`landline:${key}`);
  return `0571-8${String(h.readUInt32BE(1) % 10_000_000).padStart(7, '0')}`;
}

// ---------------------------------------------------------------- the plan runner

interface Step {
  at: Date;
  seq: number;
  what: string;
  run: () => Promise<void>;
}

function ok<T>(result: T | BusinessError, what: string): T {
  if (isBusinessError(result)) {
    const details = result instanceof ValidationError ? ` [${result.fieldErrors.map((f) => `${f.field}: ${f.message}`).join('; ')}]` : '';
    throw new Error(`Demo seed step failed (a bug in seeds/demo-disputes.ts): ${what}: ${result.code} ${result.message}${details}`);
  }
  return result;
}

class Planner {
  readonly steps: Step[] = [];
  private seq = 0;
  add(at: Date, what: string, run: () => Promise<void>): void {
    this.steps.push({ at, seq: this.seq++, what, run });
  }
}

interface Env {
  planner: Planner;
  /** Runs a service call as a seeded user at the business clock. */
  as: (username: string) => Promise<HubContext>;
  orgId: (key: string) => string;
  userId: (username: string) => string;
  /** The demo account that acts for an organization (admin when it has none). */
  actorFor: (orgKey: string) => string;
  /** Year (China time) of the business clock, for case numbers like 富财采投〔2026〕7号. */
  year: () => string;
}

/** One demo dispute and the steps of its life, scheduled on the business clock. */
class DemoCase {
  disputeId = '';
  code = '';
  private referralId = '';
  private proceedingId = '';
  /** Organization the latest referral went to (and whose proceeding is open). */
  private toKey = '';
  private last = -Infinity;

  constructor(
    private readonly env: Env,
    readonly label: string,
  ) {}

  private step(at: Date, what: string, run: () => Promise<void>): this {
    if (at.getTime() < this.last) throw new Error(`demo case ${this.label}: step "${what}" is scheduled before the step before it`);
    this.last = at.getTime();
    this.env.planner.add(at, `${this.label} ${what}`, run);
    return this;
  }

  private y(s: string): string {
    return s.replace(/\{Y\}/g, this.env.year());
  }

  register(at: Date, by: string, intake: DemoIntake): this {
    return this.step(at, 'register', async () => {
      const ctx = await this.env.as(by);
      const d = ok(await DisputeService.register(ctx, { ...intake, idempotencyKey: `demo-seed:${this.label}` } as unknown as RegisterDisputeInput), `${this.label} register`);
      this.disputeId = d.id;
      this.code = d.code;
    });
  }

  refer(at: Date, by: string, toKey: string, o: ReferOptions): this {
    return this.step(at, `refer to ${toKey}`, async () => {
      const ctx = await this.env.as(by);
      const input = {
        disputeId: this.disputeId,
        toOrganizationId: this.env.orgId(toKey),
        channel: o.channel,
        kind: o.kind ?? ReferralKind.TRANSFER,
        matterCode: o.matterCode ?? null,
        procedure: o.procedure ?? null,
        reason: o.reason,
        note: o.note ?? null,
      } as ReferDisputeInput;
      const r = ok(await ReferralService.refer(ctx, input), `${this.label} refer to ${toKey}`);
      this.referralId = r.id;
      this.toKey = toKey;
      this.proceedingId = '';
    });
  }

  accept(at: Date): this {
    return this.step(at, 'accept referral', async () => {
      const ctx = await this.env.as(this.env.actorFor(this.toKey));
      const r = ok(await ReferralService.accept(ctx, this.referralId, null), `${this.label} accept`);
      if (!r.proceedingId) throw new Error(`Demo seed: ${this.label}: accepting opened no proceeding`);
      this.proceedingId = r.proceedingId;
    });
  }

  decline(at: Date, reason: string): this {
    return this.step(at, 'decline referral', async () => {
      const ctx = await this.env.as(this.env.actorFor(this.toKey));
      ok(await ReferralService.decline(ctx, this.referralId, reason, null), `${this.label} decline`);
    });
  }

  cancel(at: Date, by: string, reason: string): this {
    return this.step(at, 'cancel referral', async () => {
      const ctx = await this.env.as(by);
      ok(await ReferralService.cancel(ctx, this.referralId, reason, null), `${this.label} cancel`);
    });
  }

  admit(at: Date, caseNumber: string, procedure: ProcedureTrack | null = null): this {
    return this.step(at, 'admit', async () => {
      const ctx = await this.env.as(this.env.actorFor(this.toKey));
      ok(await ProceedingService.admit(ctx, this.proceedingId, procedure, this.y(caseNumber), null), `${this.label} admit`);
    });
  }

  assign(at: Date, username: string): this {
    return this.step(at, `assign ${username}`, async () => {
      const ctx = await this.env.as(this.env.actorFor(this.toKey));
      ok(await ProceedingService.assign(ctx, this.proceedingId, this.env.userId(username), null), `${this.label} assign`);
    });
  }

  pause(at: Date, reason: PauseReason, note: string): this {
    return this.step(at, `pause (${reason})`, async () => {
      const ctx = await this.env.as(this.env.actorFor(this.toKey));
      ok(await ProceedingService.pause(ctx, this.proceedingId, reason, note, null), `${this.label} pause`);
    });
  }

  resume(at: Date): this {
    return this.step(at, 'resume', async () => {
      const ctx = await this.env.as(this.env.actorFor(this.toKey));
      ok(await ProceedingService.resume(ctx, this.proceedingId, null), `${this.label} resume`);
    });
  }

  extend(at: Date, amount: number, reason: string, basis: ExtensionBasis, approverName: string): this {
    return this.step(at, 'extend', async () => {
      const ctx = await this.env.as(this.env.actorFor(this.toKey));
      ok(await ProceedingService.extend(ctx, this.proceedingId, amount, reason, basis, approverName, null), `${this.label} extend`);
    });
  }

  conclude(at: Date, outcome: OutcomeKind, summary: string, documentNumber: string | null = null): this {
    return this.step(at, `conclude (${outcome})`, async () => {
      const ctx = await this.env.as(this.env.actorFor(this.toKey));
      ok(
        await ProceedingService.conclude(ctx, {
          proceedingId: this.proceedingId,
          outcome,
          summary,
          documentNumber: documentNumber === null ? null : this.y(documentNumber),
        }),
        `${this.label} conclude`,
      );
    });
  }

  close(at: Date, by: string, note: string): this {
    return this.step(at, 'close', async () => {
      const ctx = await this.env.as(by);
      ok(await DisputeService.close(ctx, this.disputeId, note, null), `${this.label} close`);
    });
  }

  withdraw(at: Date, by: string, reason: string): this {
    return this.step(at, 'withdraw', async () => {
      const ctx = await this.env.as(by);
      ok(await DisputeService.withdraw(ctx, this.disputeId, reason, null), `${this.label} withdraw`);
    });
  }

  /** The follow-up visit (回访) by the handling organization (the concluding proceeding's), on the day of `at`. */
  followUp(at: Date, visit: { method: FollowUpMethod; performance: PerformanceStatus; scores: [number, number, number, number]; comments: string }): this {
    return this.step(at, 'follow-up visit', async () => {
      const ctx = await this.env.as(this.env.actorFor(this.toKey));
      const f = await ctx.em.findOneOrFail(FollowUp, { disputeId: this.disputeId });
      const [professionalism, ease, timeliness, fairness] = visit.scores;
      const input = { visitedOn: chinaDateOf(at), method: visit.method, performance: visit.performance, professionalism, ease, timeliness, fairness, comments: visit.comments };
      ok(await FollowUpService.record(ctx, f.id, input, null), `${this.label} follow-up`);
    });
  }

  /** A follow-up call that did not reach the party; `close`: the handler then closes it as unreachable (unless the attempts already did). */
  followUpAttempt(at: Date, method: FollowUpMethod, close = false): this {
    return this.step(at, close ? 'follow-up attempt, closed' : 'follow-up attempt', async () => {
      const ctx = await this.env.as(this.env.actorFor(this.toKey));
      const f = await ctx.em.findOneOrFail(FollowUp, { disputeId: this.disputeId });
      const tried = ok(await FollowUpService.attempt(ctx, f.id, chinaDateOf(at), method, null), `${this.label} follow-up attempt`);
      if (close && tried.status === FollowUpStatus.OPEN) ok(await FollowUpService.close(ctx, f.id, null), `${this.label} follow-up closed`);
    });
  }
}

// ---------------------------------------------------------------- entry point

const FAR_FUTURE = new Date('2999-12-31T00:00:00Z');

/**
 * Creates the demo disputes through the domain services, unless the database
 * already holds a dispute. Returns how many disputes it created (0 when it did
 * nothing). Throws when a service refuses a step: that is a bug in this file.
 *
 * Call it after seedDatabase (demo accounts must exist) and outside any open
 * transaction: on PGlite every service call needs the single connection.
 */
export async function seedDemoDisputes(services: HubServices): Promise<number> {
  const em = services.orm.em.fork() as EntityManager;
  if ((await em.count(Dispute, {})) > 0) return 0;

  const now = services.now();
  let clock = now;
  const demoServices: HubServices = { ...services, now: () => clock };

  const users = await em.find(User, { username: { $in: USERS.map((u) => u.username) }, disabled: false });
  const viewers = new Map<string, Viewer>(
    users.map((u) => [u.username, { userId: u.id, username: u.username, roles: [...u.roles], organizationId: u.organization?.id ?? null, tokenExpiresAt: FAR_FUTURE }]),
  );
  const orgs = new Map((await em.find(Organization, {})).map((o) => [o.key, o.id]));
  const calendar = await services.calendar.get(em);

  const handlerOf = new Map<string, string>();
  for (const u of USERS) {
    if (!u.organizationKey || handlerOf.has(u.organizationKey)) continue;
    if (u.roles.includes('HANDLER') || u.roles.includes('COURT_LIAISON')) handlerOf.set(u.organizationKey, u.username);
  }

  const env: Env = {
    planner: new Planner(),
    as: async (username) => {
      const viewer = viewers.get(username);
      if (!viewer) throw new Error(`Demo seed: the demo account ${username} does not exist (seed the demo accounts first)`);
      return buildContext(demoServices, { viewer });
    },
    orgId: (key) => {
      const id = orgs.get(key);
      if (!id) throw new Error(`Demo seed: no organization ${key}`);
      return id;
    },
    userId: (username) => {
      const v = viewers.get(username);
      if (!v) throw new Error(`Demo seed: the demo account ${username} does not exist`);
      return v.userId;
    },
    actorFor: (orgKey) => handlerOf.get(orgKey) ?? 'admin',
    year: () => chinaDateOf(clock).slice(0, 4),
  };

  const cases = planDemoCases(env, calendar, chinaDateOf(now));
  const steps = [...env.planner.steps].sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq);
  for (const step of steps) {
    clock = new Date(Math.min(step.at.getTime(), now.getTime()));
    await step.run();
  }
  // The expert pool the demo procurement complaint draws from (today's clock: experts are not history).
  await seedDemoExperts(services);
  services.logger.info({ disputes: cases.length, steps: steps.length }, 'demo disputes seeded');
  return cases.length;
}

// ---------------------------------------------------------------- the demo cases

/**
 * The demo disputes and their histories. W(n, 'HH:MM') is n working days
 * before today (W(0): today, or the last working day when today is not one),
 * at that time in Beijing. The comment of each case says what it shows today.
 */
function planDemoCases(env: Env, cal: WorkCalendar, today: IsoDate): DemoCase[] {
  const t = toEpochDay(today);
  const dayOf = (n: number): IsoDate => fromEpochDay(cal.subtractWorkingEpochDays(t, n));
  const W = (n: number, hm: string): Date => new Date(`${dayOf(n)}T${hm}:00+08:00`);
  /** A calendar date `days` before working day n (for dates the parties give: 质疑日期, 入职日期 ...). */
  const D = (n: number, days = 0): IsoDate => addDays(dayOf(n), -days);
  const all: DemoCase[] = [];
  const c = (label: string) => {
    const k = new DemoCase(env, label);
    all.push(k);
    return k;
  };

  const FD = 'frontdesk';
  const CL = 'court.liaison';
  // FILE fields stay empty: files come over POST /files, and the checklist shows the materials missing.

  // ============================================================ 行政裁决：政府采购投诉

  // C01 富阳区 procurement complaint: expert review paused and resumed, DECISION, closed (every clock MET).
  {
    const k = 'C01';
    const co = '杭州富春某安防科技有限公司';
    const coId = creditCode(`${k}:${co}`, '91', '330111');
    const contactId = residentId(`${k}:何某军`, '330183', '19850314', 'M');
    const contactPhone = mobile(`${k}:何某军`);
    c(k)
      .register(W(80, '09:20'), FD, {
        title: '富阳区某街道智慧安防设备采购项目投诉',
        facts:
          '投诉人参与富阳区某街道办事处智慧安防设备采购项目公开招标，认为招标文件将"须具备本地化服务网点"设为资格条件并对摄像机参数设置指向特定品牌的技术指标，构成以不合理条件对供应商实行差别待遇。投诉人已于法定期限内提出质疑，采购代理机构答复维持原招标文件，投诉人不服，向财政部门提起投诉。',
        category: 'GOVERNMENT_PROCUREMENT',
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        amount: '3860000.00',
        region: '富阳区',
        source: 'WALK_IN',
        occurredOn: D(80, 21),
        applicationData: {
          complainantName: co,
          complainantCreditCode: coId,
          complainantAddress: '杭州市富阳区银湖街道富闲路某号',
          contactName: '何某军',
          contactIdNumber: contactId,
          contactPhone,
          respondentName: '杭州市富阳区某街道办事处',
          projectName: '某街道智慧安防设备采购项目',
          projectNumber: 'FYCG-GK-0731',
          procurementMethod: '公开招标',
          budgetAmount: '3860000.00',
          questionDate: D(80, 19),
          replyDate: D(80, 12),
          complaintMatters: '请求认定招标文件第三章资格条件及第五章技术参数违法，责令修改招标文件后重新招标。',
          factsAndGrounds: '《中华人民共和国政府采购法》第二十二条第二款；《中华人民共和国政府采购法实施条例》第二十条第（二）项、第（八）项。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: co, idNumber: coId, phone: landline(`${k}:${co}`), address: '杭州市富阳区银湖街道富闲路某号' },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市富阳区某街道办事处', idNumber: creditCode(`${k}:街道`, '11', '330111') },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '浙江某某招标代理有限公司', idNumber: creditCode(`${k}:代理`, '91', '330100') },
          { role: 'THIRD_PARTY', kind: 'PERSON', name: '何某军', idNumber: contactId, phone: contactPhone },
        ],
      })
      .refer(W(80, '10:40'), FD, 'finance-fuyang', {
        channel: Channel.ADJUDICATION,
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        reason: '采购人为富阳区预算单位，依《政府采购质疑和投诉办法》第六条由富阳区财政局处理投诉',
      })
      .accept(W(79, '09:05'))
      .admit(W(78, '14:10'), '富财采投〔{Y}〕7号')
      .pause(W(70, '10:00'), PauseReason.EXPERT_REVIEW, '组织专家对摄像机技术参数是否具有排他性进行论证')
      .resume(W(64, '16:30'))
      .conclude(W(58, '15:00'), OutcomeKind.DECISION, '投诉事项部分成立：责令采购人修改招标文件中的本地化服务网点资格条件后重新开展采购活动', '富财采决〔{Y}〕7号')
      .close(W(52, '10:20'), FD, '投诉处理决定已送达并在政府采购信息发布媒体公告，采购人已重新招标，归档。')
      .followUp(W(50, '10:00'), {
        method: FollowUpMethod.PHONE,
        performance: PerformanceStatus.PERFORMED,
        scores: [5, 4, 4, 4],
        comments: '投诉人表示采购人已修改招标文件并重新招标，对处理结果认可。',
      });
  }

  // C02 富阳区 procurement complaint: IN_PROGRESS, 30-working-day handling clock DUE_SOON (25 of 30 days used).
  {
    const k = 'C02';
    const co = '杭州某某教育装备有限公司';
    const coId = creditCode(`${k}:${co}`, '91', '330111');
    const contactId = residentId(`${k}:孙某萍`, '330111', '19900822', 'F');
    const contactPhone = mobile(`${k}:孙某萍`);
    c(k)
      .register(W(26, '14:30'), FD, {
        title: '富阳区某中学录播教室设备采购项目中标结果投诉',
        facts:
          '投诉人参加某中学录播教室及配套设备采购项目竞争性磋商，认为成交供应商提交的检测报告并非所投产品型号，评审小组未予核查即推荐其为成交供应商。投诉人质疑后，采购人答复称评审程序合法，投诉人不服，提起投诉。',
        category: 'GOVERNMENT_PROCUREMENT',
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        amount: '1275000.00',
        region: '富阳区',
        source: 'ONLINE',
        occurredOn: D(26, 18),
        applicationData: {
          complainantName: co,
          complainantCreditCode: coId,
          complainantAddress: '杭州市富阳区东洲街道某路某号',
          contactName: '孙某萍',
          contactIdNumber: contactId,
          contactPhone,
          respondentName: '杭州市富阳区某中学',
          projectName: '录播教室及配套设备采购项目',
          projectNumber: 'FYCG-CS-1102',
          procurementMethod: '竞争性磋商',
          budgetAmount: '1275000.00',
          questionDate: D(26, 15),
          replyDate: D(26, 8),
          complaintMatters: '请求认定成交供应商响应文件虚假，成交结果无效，责令重新开展采购活动。',
          factsAndGrounds: '成交供应商提供的检测报告型号与所投产品型号不一致；《政府采购法》第七十七条第一款第（一）项。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: co, idNumber: coId, phone: landline(`${k}:${co}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市富阳区某中学', idNumber: creditCode(`${k}:中学`, '12', '330111') },
          { role: 'THIRD_PARTY', kind: 'ORGANIZATION', name: '浙江某某信息技术有限公司', idNumber: creditCode(`${k}:成交供应商`, '91', '330100') },
          { role: 'THIRD_PARTY', kind: 'PERSON', name: '孙某萍', idNumber: contactId, phone: contactPhone },
        ],
      })
      .refer(W(25, '09:30'), FD, 'finance-fuyang', {
        channel: Channel.ADJUDICATION,
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        reason: '采购人为富阳区预算单位，由富阳区财政局处理投诉',
      })
      .accept(W(25, '15:40'))
      .admit(W(23, '10:00'), '富财采投〔{Y}〕12号')
      .assign(W(23, '10:05'), 'adjudicator.fuyang-finance');
  }

  // C03 拱墅区 procurement complaint: PAUSED for expert review.
  {
    const k = 'C03';
    const co = '杭州某某物业服务有限公司';
    const coId = creditCode(`${k}:${co}`, '91', '330105');
    const contactId = residentId(`${k}:冯某强`, '330105', '19821105', 'M');
    const contactPhone = mobile(`${k}:冯某强`);
    c(k)
      .register(W(32, '10:10'), FD, {
        title: '拱墅区某机关办公区物业管理服务采购项目投诉',
        facts:
          '投诉人参与拱墅区某机关办公区物业管理服务项目公开招标，因"类似项目业绩"未被评审委员会认可而被认定为无效投标。投诉人认为其提交的业绩合同符合招标文件要求，评审委员会对业绩条件的认定错误，质疑未获支持后提起投诉。',
        category: 'GOVERNMENT_PROCUREMENT',
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        amount: '2480000.00',
        region: '拱墅区',
        source: 'WALK_IN',
        occurredOn: D(32, 20),
        applicationData: {
          complainantName: co,
          complainantCreditCode: coId,
          complainantAddress: '杭州市拱墅区湖墅街道某路某号',
          contactName: '冯某强',
          contactIdNumber: contactId,
          contactPhone,
          respondentName: '杭州市拱墅区某机关事务服务中心',
          projectName: '办公区物业管理服务项目（三年期）',
          projectNumber: 'GSCG-GK-0419',
          procurementMethod: '公开招标',
          budgetAmount: '2480000.00',
          questionDate: D(32, 16),
          replyDate: D(32, 9),
          complaintMatters: '请求认定评审委员会对投诉人业绩条件的认定错误，责令重新评审。',
          factsAndGrounds: '投诉人提交的三份业绩合同均为建筑面积两万平方米以上的办公楼物业服务合同，符合招标文件第二章第5条；《政府采购货物和服务招标投标管理办法》第六十四条。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: co, idNumber: coId, phone: landline(`${k}:${co}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市拱墅区某机关事务服务中心', idNumber: creditCode(`${k}:采购人`, '12', '330105') },
          { role: 'THIRD_PARTY', kind: 'PERSON', name: '冯某强', idNumber: contactId, phone: contactPhone },
        ],
      })
      .refer(W(32, '11:00'), FD, 'finance-gongshu', {
        channel: Channel.ADJUDICATION,
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        reason: '采购人为拱墅区预算单位，由拱墅区财政局处理投诉',
      })
      .accept(W(31, '09:30'))
      .admit(W(29, '15:00'), '拱财采投〔{Y}〕5号')
      .pause(W(12, '09:40'), PauseReason.EXPERT_REVIEW, '对"类似项目业绩"的认定组织原评审委员会复核，并另行邀请专家论证');
  }

  // C04 市本级 procurement complaint: accepted by 杭州市财政局 but still in acceptance review, the 5-working-day review OVERDUE.
  {
    const k = 'C04';
    const co = '杭州某某环境工程有限公司';
    const coId = creditCode(`${k}:${co}`, '91', '330106');
    const contactId = residentId(`${k}:曹某丽`, '330106', '19870609', 'F');
    const contactPhone = mobile(`${k}:曹某丽`);
    c(k)
      .register(W(10, '09:50'), FD, {
        title: '市某局河道保洁服务采购项目投诉',
        facts: '投诉人参与市某局河道保洁及水面垃圾打捞服务项目公开招标，认为中标供应商的报价明显低于成本，可能影响服务质量，评标委员会未要求其作出说明。质疑答复未予支持，投诉人向市财政局投诉。',
        category: 'GOVERNMENT_PROCUREMENT',
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        amount: '8960000.00',
        region: '杭州市',
        source: 'ONLINE',
        occurredOn: D(10, 17),
        applicationData: {
          complainantName: co,
          complainantCreditCode: coId,
          complainantAddress: '杭州市西湖区文三路某号',
          contactName: '曹某丽',
          contactIdNumber: contactId,
          contactPhone,
          respondentName: '杭州市某局',
          projectName: '市区河道保洁及水面垃圾打捞服务项目',
          projectNumber: 'HZCG-GK-2291',
          procurementMethod: '公开招标',
          budgetAmount: '8960000.00',
          questionDate: D(10, 14),
          replyDate: D(10, 6),
          complaintMatters: '请求认定中标供应商报价低于成本，中标结果无效。',
          factsAndGrounds: '中标价低于预算的百分之六十且低于其他有效投标平均价的百分之五十，评标委员会未依《政府采购货物和服务招标投标管理办法》第六十条要求其说明。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: co, idNumber: coId, phone: landline(`${k}:${co}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市某局', idNumber: creditCode(`${k}:采购人`, '11', '330100') },
          { role: 'THIRD_PARTY', kind: 'PERSON', name: '曹某丽', idNumber: contactId, phone: contactPhone },
        ],
      })
      .refer(W(9, '10:30'), FD, 'finance-city', {
        channel: Channel.ADJUDICATION,
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        reason: '采购人为市本级预算单位，由杭州市财政局处理投诉',
      })
      .accept(W(8, '16:20'));
  }

  // C05 市本级 procurement complaint: just accepted, in acceptance review, clock ON_TRACK.
  {
    const k = 'C05';
    const co = '杭州某某信息科技有限公司';
    const coId = creditCode(`${k}:${co}`, '91', '330108');
    const contactId = residentId(`${k}:钟某涛`, '330108', '19930217', 'M');
    const contactPhone = mobile(`${k}:钟某涛`);
    c(k)
      .register(W(1, '10:00'), FD, {
        title: '市某中心政务云安全服务采购项目采购文件投诉',
        facts: '投诉人作为潜在供应商，认为采购文件要求"具有本市同类项目三个以上业绩"属于以特定行政区域业绩作为加分条件，已提出质疑，采购人逾期未答复。',
        category: 'GOVERNMENT_PROCUREMENT',
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        amount: '645000.00',
        region: '杭州市',
        source: 'WALK_IN',
        occurredOn: D(1, 16),
        applicationData: {
          complainantName: co,
          complainantCreditCode: coId,
          complainantAddress: '杭州市滨江区长河街道某路某号',
          contactName: '钟某涛',
          contactIdNumber: contactId,
          contactPhone,
          respondentName: '杭州市某数据服务中心',
          projectName: '政务云安全服务采购项目',
          projectNumber: 'HZCG-CS-3307',
          procurementMethod: '竞争性磋商',
          budgetAmount: '645000.00',
          questionDate: D(1, 14),
          complaintMatters: '请求责令修改采购文件中以本市业绩作为评审因素的条款。',
          factsAndGrounds: '《中华人民共和国政府采购法实施条例》第二十条第（四）项：以特定行政区域或者特定行业的业绩作为加分条件属于以不合理条件对供应商实行差别待遇。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: co, idNumber: coId, phone: landline(`${k}:${co}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市某数据服务中心', idNumber: creditCode(`${k}:采购人`, '12', '330100') },
          { role: 'THIRD_PARTY', kind: 'PERSON', name: '钟某涛', idNumber: contactId, phone: contactPhone },
        ],
      })
      .refer(W(1, '11:15'), FD, 'finance-city', {
        channel: Channel.ADJUDICATION,
        matterCode: 'GOV-PROCUREMENT-COMPLAINT',
        reason: '采购人为市本级预算单位，由杭州市财政局处理投诉',
      })
      .accept(W(0, '09:10'));
  }

  // ============================================================ 行政裁决：专利侵权纠纷

  // C06 桐庐县 patent dispute: PAUSED for a technical comparison appraisal.
  {
    const k = 'C06';
    const co = '桐庐某某制笔有限公司';
    const coId = creditCode(`${k}:${co}`, '91', '330122');
    const phone = landline(`${k}:${co}`);
    c(k)
      .register(W(62, '09:30'), FD, {
        title: '自动出芯笔实用新型专利侵权纠纷行政裁决请求',
        facts: '请求人系"一种自动出芯的按动笔"实用新型专利权人，发现被请求人在桐庐县生产、销售的某型号按动笔落入其专利权保护范围，经公证购买取得样品，请求管理专利工作的部门责令被请求人停止侵权。',
        category: 'PATENT_INFRINGEMENT',
        matterCode: 'PATENT-INFRINGEMENT',
        amount: '350000.00',
        region: '桐庐县',
        source: 'WALK_IN',
        occurredOn: D(62, 45),
        applicationData: {
          requesterName: co,
          requesterRole: '专利权人',
          requesterCreditCode: coId,
          contactPhone: phone,
          respondentName: '桐庐某某文具厂',
          respondentAddress: '杭州市桐庐县分水镇某村',
          patentNumber: 'ZL202320145678.1',
          patentName: '一种自动出芯的按动笔',
          patentType: '实用新型',
          grantAnnouncementDate: D(62, 500),
          infringingObject: '某型号按动中性笔',
          filedInCourt: '否',
          requestedCompensation: '350000.00',
          requests: '1. 责令被请求人立即停止制造、销售侵权产品；2. 就赔偿数额进行调解。',
          factsAndReasons: '被控侵权产品的技术特征与涉案专利权利要求1的全部技术特征相同，落入专利权保护范围。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: co, idNumber: coId, phone },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '桐庐某某文具厂', idNumber: creditCode(`${k}:被请求人`, '92', '330122'), address: '杭州市桐庐县分水镇某村' },
        ],
      })
      .refer(W(62, '10:20'), FD, 'market-tonglu', {
        channel: Channel.ADJUDICATION,
        matterCode: 'PATENT-INFRINGEMENT',
        reason: '侵权行为地在桐庐县，由桐庐县市场监督管理局（专利行政裁决示范点）就近处理',
      })
      .accept(W(61, '09:00'))
      .admit(W(59, '14:00'), '桐市监专裁字〔{Y}〕3号')
      .pause(W(30, '10:30'), PauseReason.INSPECTION_OR_APPRAISAL, '委托鉴定机构对被控侵权产品与涉案专利权利要求进行技术特征比对鉴定');
  }

  // C07 市本级 patent dispute: IN_PROGRESS, handling limit extended by one month (head approval).
  {
    const k = 'C07';
    const co = '杭州某某智能家居有限公司';
    const coId = creditCode(`${k}:${co}`, '91', '330108');
    const phone = landline(`${k}:${co}`);
    c(k)
      .register(W(72, '10:00'), FD, {
        title: '扫地机器人避障结构发明专利侵权纠纷行政裁决请求',
        facts: '请求人系一项扫地机器人避障结构发明专利的专利权人，认为被请求人在电商平台销售的两款扫地机器人使用了与其专利相同的避障结构，经多次函告未停止销售，请求市市场监督管理局处理。',
        category: 'PATENT_INFRINGEMENT',
        matterCode: 'PATENT-INFRINGEMENT',
        amount: '1200000.00',
        region: '滨江区',
        source: 'WALK_IN',
        occurredOn: D(72, 60),
        applicationData: {
          requesterName: co,
          requesterRole: '专利权人',
          requesterCreditCode: coId,
          contactPhone: phone,
          respondentName: '杭州某某电器科技有限公司',
          respondentAddress: '杭州市余杭区仓前街道某路某号',
          patentNumber: 'ZL202110398765.4',
          patentName: '一种扫地机器人的避障结构及扫地机器人',
          patentType: '发明',
          grantAnnouncementDate: D(72, 720),
          infringingObject: '某品牌X3、X5型扫地机器人',
          filedInCourt: '否',
          requestedCompensation: '1200000.00',
          requests: '1. 责令被请求人停止销售侵权产品并下架相关商品链接；2. 就赔偿数额组织调解。',
          factsAndReasons: '经技术比对，被控侵权产品的避障结构包含权利要求1、3、5的全部技术特征。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: co, idNumber: coId, phone },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州某某电器科技有限公司', idNumber: creditCode(`${k}:被请求人`, '91', '330110'), address: '杭州市余杭区仓前街道某路某号' },
        ],
      })
      .refer(W(72, '11:00'), FD, 'market-city', {
        channel: Channel.ADJUDICATION,
        matterCode: 'PATENT-INFRINGEMENT',
        reason: '滨江区无本级专利行政裁决机关，由杭州市市场监督管理局处理',
      })
      .accept(W(71, '09:20'))
      .admit(W(69, '15:30'), '杭市监专裁字〔{Y}〕21号')
      .extend(W(15, '16:00'), 1, '案情复杂，涉及多项权利要求比对及两次口头审理，经本局负责人批准延长办案期限一个月', ExtensionBasis.HEAD_APPROVAL, '分管副局长');
  }

  // ============================================================ 土地权属争议：调解先行

  // C08 富阳区 land ownership: people's mediation first (MEDIATION_FAILED), then referred onward by the mediator to the land branch; IN_PROGRESS ON_TRACK.
  {
    const k = 'C08';
    const applicant = '富阳区某镇上溪村股份经济合作社';
    const applicantId = creditCode(`${k}:${applicant}`, 'N2', '330111');
    const respondent = '富阳区某镇下溪村股份经济合作社';
    const phone = mobile(`${k}:村联系人`);
    c(k)
      .register(W(72, '14:20'), FD, {
        title: '上溪村与下溪村山林所有权争议',
        facts: '两村交界处一片约四十亩的山林，上溪村持1982年林业"三定"时期山林权属图主张所有权，下溪村以长期经营管理并种植毛竹为由主张所有权。双方因该片山林毛竹采伐发生冲突，经镇政府协调未果。',
        category: 'LAND_OWNERSHIP',
        matterCode: 'LAND-OWNERSHIP',
        region: '富阳区',
        source: 'WALK_IN',
        occurredOn: D(72, 40),
        applicationData: {
          applicantName: applicant,
          applicantType: '农村集体经济组织',
          applicantCreditCode: applicantId,
          contactPhone: phone,
          respondentName: respondent,
          landLocation: '富阳区某镇上溪村与下溪村交界处"大坞岗"',
          landArea: 26680,
          disputeType: '土地所有权争议',
          currentLandUse: '林地',
          disputeStartDate: D(72, 40),
          requests: '请求确认"大坞岗"约四十亩山林的土地所有权归申请人所有。',
          factsAndReasons: '申请人持有1982年山林权属登记图及1984年自留山、责任山划分清册，争议地块均在申请人一侧。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: applicant, idNumber: applicantId, phone },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: respondent, idNumber: creditCode(`${k}:${respondent}`, 'N2', '330111') },
        ],
      })
      .refer(W(72, '15:00'), FD, 'mediation-fuyang', {
        channel: Channel.MEDIATION,
        matterCode: 'PEOPLES-MEDIATION',
        reason: '依《土地权属争议调查处理办法》第二十三条，土地权属争议调解先行，先由富阳区人民调解委员会就近调解',
      })
      .accept(W(71, '10:00'))
      .conclude(W(52, '16:00'), OutcomeKind.MEDIATION_FAILED, '经三次现场踏勘和调解，双方对争议山林四至界址各执一词，未能达成调解协议，告知申请人可申请土地权属争议调查处理', '富人调终〔{Y}〕11号')
      .refer(W(51, '09:30'), 'mediator.fuyang', 'land-fuyang', {
        channel: Channel.ADJUDICATION,
        matterCode: 'LAND-OWNERSHIP',
        reason: '调解不成，移送杭州市规划和自然资源局富阳分局依法调查处理',
        note: '附调解笔录三份及现场踏勘照片',
      })
      .accept(W(50, '14:00'))
      .admit(W(46, '10:00'), '富自然资权〔{Y}〕2号');
  }

  // C09 跨区 land ownership at the city bureau: IN_PROGRESS ON_TRACK (6 months).
  {
    const k = 'C09';
    const applicant = '桐庐县某镇某村股份经济合作社';
    const applicantId = creditCode(`${k}:${applicant}`, 'N2', '330122');
    const respondent = '杭州市富阳区某镇某村股份经济合作社';
    const phone = mobile(`${k}:村联系人`);
    c(k)
      .register(W(6, '09:40'), FD, {
        title: '富阳区与桐庐县交界处集体土地使用权争议',
        facts: '争议地块位于富阳区与桐庐县交界处，原为两村共用的机耕路及两侧园地，申请人称该地块一直由其村民种植茶叶，被申请人近期在该地块上修建蓄水池，双方发生争执。',
        category: 'LAND_OWNERSHIP',
        matterCode: 'LAND-OWNERSHIP',
        region: '杭州市',
        source: 'WALK_IN',
        occurredOn: D(6, 30),
        applicationData: {
          applicantName: applicant,
          applicantType: '农村集体经济组织',
          applicantCreditCode: applicantId,
          contactPhone: phone,
          respondentName: respondent,
          landLocation: '富阳区某镇与桐庐县某镇交界处"茶坞"',
          landArea: 5340.5,
          disputeType: '土地使用权争议',
          currentLandUse: '园地',
          disputeStartDate: D(6, 30),
          requests: '请求确认"茶坞"约八亩园地的使用权归申请人。',
          factsAndReasons: '争议地块跨县级行政区域，依《土地权属争议调查处理办法》第五条由市级主管部门调查处理；申请人持有1999年土地承包经营台账。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: applicant, idNumber: applicantId, phone },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: respondent, idNumber: creditCode(`${k}:${respondent}`, 'N2', '330111') },
        ],
      })
      .refer(W(6, '10:30'), FD, 'land-city', {
        channel: Channel.ADJUDICATION,
        matterCode: 'LAND-OWNERSHIP',
        reason: '争议土地跨富阳区、桐庐县两个县级行政区域，由杭州市规划和自然资源局调查处理',
      })
      .accept(W(5, '09:15'))
      .admit(W(2, '15:00'), '杭自然资权〔{Y}〕4号');
  }

  // ============================================================ 人民调解

  // C10 富阳区 neighbourhood dispute: AGREEMENT, RESOLVED; judicial-confirmation window open.
  {
    const k = 'C10';
    const a = '陈某华';
    const b = '俞某根';
    c(k)
      .register(W(18, '09:15'), FD, {
        title: '相邻房屋滴水及排水沟纠纷',
        facts: '申请人与被申请人系前后邻居，被申请人翻建房屋时将屋檐外扩并抬高院落地面，雨天积水流入申请人院内，墙基受潮开裂。网格员巡查发现后上报。',
        category: 'NEIGHBORHOOD',
        matterCode: 'PEOPLES-MEDIATION',
        amount: '8000.00',
        region: '富阳区',
        source: 'GRID_INSPECTION',
        occurredOn: D(18, 25),
        applicationData: {
          applicantName: a,
          applicantIdNumber: residentId(`${k}:${a}`, '330111', '19620418', 'M'),
          applicantPhone: mobile(`${k}:${a}`),
          respondentName: b,
          respondentPhone: mobile(`${k}:${b}`),
          disputeType: '邻里纠纷',
          disputeAmount: '8000.00',
          occurredOn: D(18, 25),
          facts: '被申请人翻建房屋后屋檐滴水及院落排水流入申请人院内，致墙基受损。',
          requests: '请求被申请人改造排水沟、恢复原有排水走向，并赔偿墙基修缮费用8000元。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330111', '19620418', 'M'), phone: mobile(`${k}:${a}`), address: '杭州市富阳区某街道某村某组' },
          { role: 'RESPONDENT', kind: 'PERSON', name: b, idNumber: residentId(`${k}:${b}`, '330111', '19680925', 'M'), phone: mobile(`${k}:${b}`), address: '杭州市富阳区某街道某村某组' },
        ],
      })
      .refer(W(18, '10:00'), FD, 'mediation-fuyang', {
        channel: Channel.MEDIATION,
        matterCode: 'PEOPLES-MEDIATION',
        reason: '邻里纠纷，纠纷发生地在富阳区，由富阳区人民调解委员会就近调解',
      })
      .accept(W(17, '09:00'))
      .assign(W(17, '09:10'), 'mediator2.fuyang')
      .conclude(W(6, '15:30'), OutcomeKind.AGREEMENT, '双方达成调解协议：被申请人于一个月内自费改造排水沟并加装檐沟，一次性补偿申请人墙基修缮费用5000元', '富人调〔{Y}〕56号');
  }

  // C11 富阳区 inheritance dispute: IN_PROGRESS with the 30-day mediation limit OVERDUE.
  {
    const k = 'C11';
    const a = '王某芬';
    const b = '王某林';
    const t3 = '王某英';
    c(k)
      .register(W(44, '10:30'), FD, {
        title: '兄妹之间房屋继承纠纷',
        facts: '被继承人生前留有农村住房一幢，未留遗嘱。申请人为长女，认为应由三兄妹平均继承；被申请人长期与父母共同生活并尽主要赡养义务，主张多分。双方因房屋拆迁补偿款分配发生争执。',
        category: 'FAMILY',
        matterCode: 'PEOPLES-MEDIATION',
        amount: '420000.00',
        region: '富阳区',
        source: 'WALK_IN',
        occurredOn: D(44, 60),
        applicationData: {
          applicantName: a,
          applicantIdNumber: residentId(`${k}:${a}`, '330111', '19700203', 'F'),
          applicantPhone: mobile(`${k}:${a}`),
          respondentName: b,
          respondentPhone: mobile(`${k}:${b}`),
          disputeType: '婚姻家庭纠纷',
          disputeAmount: '420000.00',
          facts: '父母去世后遗留农村住房一幢，现列入征迁范围，三兄妹对补偿款分配意见不一。',
          requests: '请求依法分割征迁补偿款。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330111', '19700203', 'F'), phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'PERSON', name: b, idNumber: residentId(`${k}:${b}`, '330111', '19730811', 'M'), phone: mobile(`${k}:${b}`) },
          { role: 'THIRD_PARTY', kind: 'PERSON', name: t3, idNumber: residentId(`${k}:${t3}`, '330111', '19760514', 'F'), phone: mobile(`${k}:${t3}`) },
        ],
      })
      .refer(W(44, '11:10'), FD, 'mediation-fuyang', {
        channel: Channel.MEDIATION,
        matterCode: 'PEOPLES-MEDIATION',
        reason: '家庭纠纷适宜调解，当事人均居住在富阳区',
      })
      .accept(W(43, '09:30'))
      .assign(W(43, '09:40'), 'mediator2.fuyang');
  }

  // C12 拱墅区 property-management fee dispute: IN_PROGRESS, just started (ON_TRACK).
  {
    const k = 'C12';
    const a = '杭州某某物业管理有限公司';
    const aId = creditCode(`${k}:${a}`, '91', '330105');
    const b = '赵某伟';
    c(k)
      .register(W(5, '14:00'), FD, {
        title: '小区业主拖欠物业服务费纠纷',
        facts: '被申请人以小区地下车库渗水、物业维修不及时为由，连续两年未缴纳物业服务费。物业公司多次催缴未果，申请调解。',
        category: 'PROPERTY_MANAGEMENT',
        matterCode: 'PEOPLES-MEDIATION',
        amount: '12680.00',
        region: '拱墅区',
        source: 'WALK_IN',
        applicationData: {
          applicantName: a,
          applicantPhone: landline(`${k}:${a}`),
          respondentName: b,
          respondentPhone: mobile(`${k}:${b}`),
          disputeType: '物业纠纷',
          disputeAmount: '12680.00',
          facts: '被申请人拖欠两年物业服务费共计12680元，认为物业公司对车库渗水问题处理不力。',
          requests: '请求被申请人补缴物业服务费，物业公司同时承诺车库渗水整改期限。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: a, idNumber: aId, phone: landline(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'PERSON', name: b, idNumber: residentId(`${k}:${b}`, '330105', '19790723', 'M'), phone: mobile(`${k}:${b}`) },
        ],
      })
      .refer(W(5, '14:40'), FD, 'mediation-gongshu', {
        channel: Channel.MEDIATION,
        matterCode: 'PEOPLES-MEDIATION',
        reason: '物业纠纷，小区位于拱墅区，由拱墅区人民调解委员会就近调解',
      })
      .accept(W(4, '09:30'));
  }

  // C13 拱墅区 wage dispute: mediation DECLINED (the employer refuses mediation), re-routed to labour arbitration; IN_PROGRESS.
  {
    const k = 'C13';
    const a = '刘某平';
    const aId = residentId(`${k}:${a}`, '412722', '19880306', 'M');
    const b = '杭州某某餐饮管理有限公司';
    c(k)
      .register(W(22, '10:00'), FD, {
        title: '餐饮企业拖欠厨师工资纠纷',
        facts: '申请人在被申请人经营的餐厅担任厨师，被申请人自今年起以经营困难为由拖欠申请人四个月工资，申请人离职后多次讨要未果。',
        category: 'LABOR',
        matterCode: 'PEOPLES-MEDIATION',
        amount: '46800.00',
        region: '拱墅区',
        source: 'HOTLINE',
        occurredOn: D(22, 30),
        applicationData: {
          applicantName: a,
          applicantIdNumber: aId,
          applicantPhone: mobile(`${k}:${a}`),
          respondentName: b,
          disputeType: '劳动纠纷',
          disputeAmount: '46800.00',
          facts: '被申请人拖欠申请人四个月工资共计46800元。',
          requests: '请求被申请人支付拖欠工资46800元。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: aId, phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '91', '330105'), address: '杭州市拱墅区某路某号' },
        ],
      })
      .refer(W(22, '10:45'), FD, 'mediation-gongshu', {
        channel: Channel.MEDIATION,
        matterCode: 'PEOPLES-MEDIATION',
        reason: '申请人希望先行调解，用人单位位于拱墅区',
      })
      .decline(W(21, '15:20'), '经电话联系，被申请人明确拒绝调解。依《人民调解法》第十七条，一方明确拒绝调解的不得调解，请引导申请人申请劳动仲裁。')
      .refer(W(20, '09:30'), FD, 'labor-arbitration', {
        channel: Channel.ARBITRATION,
        matterCode: 'LABOR-ARBITRATION',
        reason: '用人单位拒绝调解，劳动争议实行仲裁前置，转杭州市劳动人事争议仲裁委员会',
      })
      .accept(W(20, '16:00'))
      .admit(W(19, '14:30'), '杭劳人仲案字〔{Y}〕第318号');
  }

  // C14 西湖区 renovation contract dispute: AGREEMENT reached after the 30-day limit (handling MISSED), then closed.
  {
    const k = 'C14';
    const a = '林某娟';
    const b = '杭州某某装饰工程有限公司';
    c(k)
      .register(W(55, '10:20'), FD, {
        title: '住宅装修工程质量及工期纠纷',
        facts: '申请人与被申请人签订住宅全包装修合同，约定工期九十天。工程逾期四十余天仍未完工，已完工部分存在墙面空鼓、地砖起拱等质量问题，申请人要求返工并承担违约金，被申请人要求支付剩余工程款。',
        category: 'CONTRACT',
        matterCode: 'PEOPLES-MEDIATION',
        amount: '38500.00',
        region: '西湖区',
        source: 'ONLINE',
        occurredOn: D(55, 30),
        applicationData: {
          applicantName: a,
          applicantIdNumber: residentId(`${k}:${a}`, '330106', '19860912', 'F'),
          applicantPhone: mobile(`${k}:${a}`),
          respondentName: b,
          disputeType: '合同纠纷',
          disputeAmount: '38500.00',
          facts: '装修工程逾期且存在质量问题，双方就返工、违约金和剩余工程款发生争议。',
          requests: '请求被申请人返工修复质量问题并支付逾期违约金。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330106', '19860912', 'F'), phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '91', '330106') },
        ],
      })
      .refer(W(55, '11:00'), FD, 'mediation-xihu', {
        channel: Channel.MEDIATION,
        matterCode: 'PEOPLES-MEDIATION',
        reason: '装修合同纠纷，房屋位于西湖区，由西湖区人民调解委员会调解',
      })
      .accept(W(54, '09:40'))
      .conclude(W(24, '16:10'), OutcomeKind.AGREEMENT, '双方达成调解协议：被申请人二十日内完成返工，逾期违约金与剩余工程款相抵后申请人再支付12000元', '西人调〔{Y}〕203号')
      .close(W(20, '11:00'), FD, '返工已完成并经申请人验收，款项已结清，当事人不申请司法确认，归档。')
      .followUp(W(18, '14:30'), { method: FollowUpMethod.VISIT, performance: PerformanceStatus.PERFORMED, scores: [5, 5, 4, 5], comments: '上门回访，返工质量良好，双方关系缓和。' });
  }

  // C15 萧山区 traffic accident: disability appraisal first (APPRAISAL_OPINION), then mediation AGREEMENT, closed.
  {
    const k = 'C15';
    const a = '徐某龙';
    const aId = residentId(`${k}:${a}`, '330109', '19750102', 'M');
    const b = '蒋某';
    const ins = '某财产保险股份有限公司杭州市萧山支公司';
    c(k)
      .register(W(68, '09:00'), FD, {
        title: '电动自行车与小型轿车交通事故损害赔偿纠纷',
        facts:
          '申请人驾驶电动自行车与被申请人驾驶的小型轿车在萧山区某路口相撞，交警认定被申请人负主要责任。申请人左胫腓骨骨折住院治疗，双方对伤残等级及误工期存在争议，共同委托司法鉴定后再行调解赔偿。',
        category: 'TRAFFIC',
        matterCode: 'JUDICIAL-APPRAISAL',
        amount: '186430.50',
        region: '萧山区',
        source: 'WALK_IN',
        occurredOn: D(68, 150),
        applicationData: {
          entrustingParty: `${a}、${b}（共同委托）`,
          contactPhone: mobile(`${k}:${a}`),
          appraisalCategory: '法医类鉴定',
          appraisalMatter: '对被鉴定人因交通事故所受损伤的伤残等级及误工期、护理期、营养期进行鉴定。',
          purpose: '交通事故损害赔偿纠纷调解',
          subjectIdNumber: aId,
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: aId, phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'PERSON', name: b, idNumber: residentId(`${k}:${b}`, '330109', '19911127', 'M'), phone: mobile(`${k}:${b}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: ins, idNumber: creditCode(`${k}:${ins}`, '91', '330109') },
        ],
      })
      .refer(W(68, '09:45'), FD, 'appraisal-qianjiang', {
        channel: Channel.JUDICIAL_APPRAISAL,
        matterCode: 'JUDICIAL-APPRAISAL',
        reason: '双方对伤残等级存在争议，经共同委托先行司法鉴定',
      })
      .accept(W(67, '10:00'))
      .admit(W(65, '14:00'), '钱江司鉴〔{Y}〕临鉴字第112号')
      .conclude(W(45, '15:00'), OutcomeKind.APPRAISAL_OPINION, '鉴定意见：被鉴定人左胫腓骨骨折，评定为十级伤残；误工期120日、护理期60日、营养期60日', '钱江司鉴〔{Y}〕临鉴字第112号')
      .refer(W(44, '10:00'), FD, 'mediation-xiaoshan', {
        channel: Channel.MEDIATION,
        matterCode: 'PEOPLES-MEDIATION',
        reason: '鉴定意见已出具，双方同意由萧山区人民调解委员会（交通事故调解工作室）调解赔偿事宜',
      })
      .accept(W(43, '09:20'))
      .conclude(W(36, '16:00'), OutcomeKind.AGREEMENT, '保险公司在交强险及商业三者险限额内赔付147600元，被申请人另行支付8000元，十五日内付清', '萧人调〔{Y}〕388号')
      .close(W(30, '10:00'), FD, '赔偿款已按协议履行完毕，当事人未申请司法确认，归档。')
      .followUp(W(28, '16:00'), { method: FollowUpMethod.PHONE, performance: PerformanceStatus.PERFORMED, scores: [4, 4, 3, 4], comments: '赔偿款已到账；申请人认为伤残鉴定等待时间较长。' });
  }

  // C16 桐庐县 homestead boundary dispute: mediation started, the applicant WITHDREW after reconciling.
  {
    const k = 'C16';
    const a = '申屠某明';
    const b = '方某水';
    c(k)
      .register(W(30, '14:10'), FD, {
        title: '宅基地院墙界址纠纷',
        facts: '申请人与被申请人宅基地相邻，被申请人砌筑院墙时越过原有界址约四十厘米，申请人要求拆除，双方多次争吵。',
        category: 'NEIGHBORHOOD',
        matterCode: 'PEOPLES-MEDIATION',
        region: '桐庐县',
        source: 'GRID_INSPECTION',
        occurredOn: D(30, 14),
        applicationData: {
          applicantName: a,
          applicantIdNumber: residentId(`${k}:${a}`, '330122', '19580830', 'M'),
          applicantPhone: mobile(`${k}:${a}`),
          respondentName: b,
          disputeType: '邻里纠纷',
          facts: '被申请人新砌院墙越界约四十厘米。',
          requests: '请求被申请人拆除越界部分院墙，恢复原界址。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330122', '19580830', 'M'), phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'PERSON', name: b, idNumber: residentId(`${k}:${b}`, '330122', '19640316', 'M'), phone: mobile(`${k}:${b}`) },
        ],
      })
      .refer(W(30, '15:00'), FD, 'mediation-tonglu', {
        channel: Channel.MEDIATION,
        matterCode: 'PEOPLES-MEDIATION',
        reason: '邻里纠纷，由桐庐县人民调解委员会就近调解',
      })
      .accept(W(29, '09:30'))
      .withdraw(W(24, '11:00'), FD, '经村委会协调双方已自行和解，被申请人已拆除越界院墙，申请人书面申请撤回调解申请。');
  }

  // C17 余杭区 construction payment dispute at the industry mediation center: IN_PROGRESS, mediation limit OVERDUE.
  {
    const k = 'C17';
    const a = '浙江某某建设有限公司';
    const b = '杭州某某置业有限公司';
    c(k)
      .register(W(48, '10:00'), FD, {
        title: '商业综合体工程进度款结算纠纷',
        facts: '申请人承建被申请人开发的商业综合体项目主体工程，主体结构封顶后双方对签证变更部分工程量及进度款支付比例发生争议，被申请人暂停支付进度款，申请人停工。',
        category: 'CONSTRUCTION',
        matterCode: 'INDUSTRY-MEDIATION',
        amount: '2376500.00',
        region: '余杭区',
        source: 'WALK_IN',
        occurredOn: D(48, 35),
        applicationData: {
          applicantName: a,
          contactPhone: landline(`${k}:${a}`),
          respondentName: b,
          projectName: '余杭区某商业综合体项目主体工程',
          disputeType: '工程价款结算',
          disputeAmount: '2376500.00',
          facts: '双方对十二份工程签证对应工程量及第五期进度款支付比例存在争议。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: a, idNumber: creditCode(`${k}:${a}`, '91', '330110'), phone: landline(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '91', '330110') },
        ],
      })
      .refer(W(48, '11:00'), FD, 'mediation-construction', {
        channel: Channel.MEDIATION,
        matterCode: 'INDUSTRY-MEDIATION',
        reason: '建设工程价款纠纷专业性强，由杭州市建设工程纠纷调解中心调解',
      })
      .accept(W(47, '09:00'));
  }

  // C18 上城区 private loan at the lawyer mediation studio: MEDIATION_FAILED, back AWAITING_ROUTING.
  {
    const k = 'C18';
    const a = '郑某斌';
    const b = '黄某东';
    c(k)
      .register(W(25, '15:00'), FD, {
        title: '朋友之间民间借贷纠纷',
        facts: '被申请人以资金周转为由向申请人借款15万元，约定一年内归还，出具借条一张。借款到期后被申请人仅归还利息，本金至今未还。',
        category: 'CONTRACT',
        matterCode: 'LAWYER-MEDIATION',
        amount: '150000.00',
        region: '上城区',
        source: 'WALK_IN',
        occurredOn: D(25, 90),
        applicationData: {
          applicantName: a,
          applicantIdNumber: residentId(`${k}:${a}`, '330102', '19810605', 'M'),
          contactPhone: mobile(`${k}:${a}`),
          respondentName: b,
          disputeAmount: '150000.00',
          facts: '被申请人借款15万元到期未还。',
          requests: '请求被申请人归还借款本金15万元及逾期利息。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330102', '19810605', 'M'), phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'PERSON', name: b, idNumber: residentId(`${k}:${b}`, '330102', '19830419', 'M'), phone: mobile(`${k}:${b}`) },
        ],
      })
      .refer(W(25, '15:30'), FD, 'mediation-lawyer', {
        channel: Channel.MEDIATION,
        matterCode: 'LAWYER-MEDIATION',
        reason: '双方同意由律师调解工作室调解',
      })
      .accept(W(24, '10:00'))
      .conclude(W(9, '16:30'), OutcomeKind.MEDIATION_FAILED, '被申请人对借款金额无异议，但双方对分期还款方案未能达成一致，调解终结，告知申请人可依法起诉', '杭律调终〔{Y}〕37号');
  }

  // C19 滨江区 design-patent dispute at the IP mediation committee: AGREEMENT, RESOLVED; confirmation window open.
  {
    const k = 'C19';
    const a = '杭州某某文化创意有限公司';
    const b = '义乌某某工艺品有限公司';
    c(k)
      .register(W(15, '10:30'), FD, {
        title: '文创台灯外观设计专利侵权纠纷',
        facts: '申请人系一款文创台灯外观设计专利权人，发现被申请人在电商平台销售外观近似的台灯，销量逾三千件，申请调解。',
        category: 'PATENT_INFRINGEMENT',
        matterCode: 'IP-DISPUTE-MEDIATION',
        amount: '80000.00',
        region: '滨江区',
        source: 'ONLINE',
        occurredOn: D(15, 40),
        applicationData: {
          applicantName: a,
          contactPhone: landline(`${k}:${a}`),
          respondentName: b,
          rightType: '外观设计专利',
          rightNumber: 'ZL202430512345.6',
          claimedAmount: '80000.00',
          facts: '被申请人销售的台灯与申请人外观设计专利整体视觉效果无实质性差异。',
          requests: '请求被申请人停止销售、下架链接并赔偿经济损失8万元。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: a, idNumber: creditCode(`${k}:${a}`, '91', '330108'), phone: landline(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '91', '330782') },
        ],
      })
      .refer(W(15, '11:00'), FD, 'mediation-ip', {
        channel: Channel.MEDIATION,
        matterCode: 'IP-DISPUTE-MEDIATION',
        reason: '专利侵权纠纷，双方同意先由杭州市知识产权纠纷人民调解委员会调解',
      })
      .accept(W(14, '09:30'))
      .conclude(W(3, '14:00'), OutcomeKind.AGREEMENT, '被申请人立即下架侵权商品链接、销毁库存，并于十日内支付申请人经济损失及合理开支共计50000元', '杭知调〔{Y}〕29号');
  }

  // C20 西湖区 invention-patent dispute: IP mediation failed, the committee referred it to the intermediate court (LITIGATION) which court.liaison accepted and admitted.
  {
    const k = 'C20';
    const a = '杭州某某生物技术有限公司';
    const b = '浙江某某医疗器械有限公司';
    c(k)
      .register(W(58, '09:30'), FD, {
        title: '一次性采血针发明专利侵权纠纷',
        facts: '申请人系"一种防针刺的一次性采血针"发明专利权人，认为被申请人生产的同类采血针使用了其专利技术方案，双方曾有合作洽谈未果。',
        category: 'PATENT_INFRINGEMENT',
        matterCode: 'IP-DISPUTE-MEDIATION',
        amount: '1500000.00',
        region: '西湖区',
        source: 'WALK_IN',
        occurredOn: D(58, 90),
        applicationData: {
          applicantName: a,
          contactPhone: landline(`${k}:${a}`),
          respondentName: b,
          rightType: '发明专利',
          rightNumber: 'ZL201910876543.2',
          claimedAmount: '1500000.00',
          facts: '被申请人生产销售的采血针落入申请人发明专利权利要求1至4的保护范围。',
          requests: '请求被申请人停止侵权，支付许可使用费或赔偿损失150万元。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: a, idNumber: creditCode(`${k}:${a}`, '91', '330106'), phone: landline(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '91', '330182') },
        ],
      })
      .refer(W(58, '10:10'), FD, 'mediation-ip', {
        channel: Channel.MEDIATION,
        matterCode: 'IP-DISPUTE-MEDIATION',
        reason: '双方同意先行调解，由杭州市知识产权纠纷人民调解委员会组织技术专家参与调解',
      })
      .accept(W(57, '09:00'))
      .conclude(W(40, '17:00'), OutcomeKind.MEDIATION_FAILED, '双方对专利有效性及赔偿数额分歧较大，被申请人拟提起无效宣告请求，调解不成，告知申请人可以起诉', '杭知调终〔{Y}〕8号')
      .refer(W(39, '10:00'), 'admin', 'court-intermediate', {
        channel: Channel.LITIGATION,
        matterCode: 'CIVIL-LITIGATION',
        reason: '调解不成，申请人选择诉讼；专利纠纷第一审案件由杭州市中级人民法院管辖',
        note: '移送调解材料及技术专家意见',
      })
      .accept(W(39, '15:30'))
      .admit(W(38, '15:00'), '（{Y}）浙01民初1876号');
  }

  // ============================================================ 法院委派的诉前调解（court.liaison 登记并委派）

  const courtDelegated = (label: string, title: string, facts: string, amount: string, applicant: DemoParty, respondent: DemoParty, caseNo: string, when: number) =>
    c(label)
      .register(W(when, '09:00'), CL, {
        title,
        facts,
        category: 'CONTRACT',
        amount,
        region: '富阳区',
        source: 'COURT',
        applicationData: { courtPreFilingNumber: caseNo, suggestedMediationOrg: '富阳区人民调解委员会' },
        parties: [applicant, respondent],
      })
      .refer(W(when, '09:40'), CL, 'mediation-fuyang', {
        channel: Channel.MEDIATION,
        kind: ReferralKind.COURT_DELEGATED,
        reason: '当事人住所地均在富阳区，经当事人同意委派富阳区人民调解委员会诉前调解',
        note: `诉前调解案号 ${caseNo}`,
      });

  // C21 court-delegated: accepted, mediation IN_PROGRESS.
  {
    const k = 'C21';
    courtDelegated(
      k,
      '建材买卖合同货款纠纷（诉前委派调解）',
      '原告向被告供应钢材、水泥等建材，双方对账确认欠款后被告未按期付款。原告向法院起诉，法院经当事人同意在立案前委派调解。',
      '265300.00',
      { role: 'APPLICANT', kind: 'ORGANIZATION', name: '杭州富阳某某建材有限公司', idNumber: creditCode(`${k}:原告`, '91', '330111'), phone: landline(`${k}:原告`) },
      { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州某某建筑劳务有限公司', idNumber: creditCode(`${k}:被告`, '91', '330111') },
      `（${dayOf(9).slice(0, 4)}）浙01民诉前调215号`,
      9,
    )
      .accept(W(8, '10:30'))
      .assign(W(8, '10:40'), 'mediator.fuyang');
  }

  // C22 court-delegated: referral PENDING, response DUE_SOON.
  {
    const k = 'C22';
    const a = '周某芳';
    const b = '吴某';
    courtDelegated(
      k,
      '民间借贷纠纷（诉前委派调解）',
      '原告称被告向其借款20万元用于经营，约定半年归还，到期后经催讨未还。法院经当事人同意委派诉前调解。',
      '200000.00',
      { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330111', '19840129', 'F'), phone: mobile(`${k}:${a}`) },
      { role: 'RESPONDENT', kind: 'PERSON', name: b, idNumber: residentId(`${k}:${b}`, '330111', '19820703', 'M'), phone: mobile(`${k}:${b}`) },
      `（${dayOf(1).slice(0, 4)}）浙01民诉前调233号`,
      1,
    );
  }

  // C23 court-delegated: AGREEMENT, RESOLVED; the delegating court may confirm it (window open).
  {
    const k = 'C23';
    const a = '杭州某某物业服务有限公司富阳分公司';
    const b = '俞某某';
    courtDelegated(
      k,
      '物业服务合同纠纷（诉前委派调解）',
      '原告为某小区物业服务企业，被告为业主，拖欠物业服务费及公摊水电费三年。原告起诉后，法院委派诉前调解。',
      '9360.00',
      { role: 'APPLICANT', kind: 'ORGANIZATION', name: a, idNumber: creditCode(`${k}:原告`, '91', '330111'), phone: landline(`${k}:原告`) },
      { role: 'RESPONDENT', kind: 'PERSON', name: b, idNumber: residentId(`${k}:${b}`, '330111', '19660918', 'M'), phone: mobile(`${k}:${b}`) },
      `（${dayOf(28).slice(0, 4)}）浙01民诉前调177号`,
      28,
    )
      .accept(W(27, '09:30'))
      .conclude(W(10, '15:00'), OutcomeKind.AGREEMENT, '被告分三期补缴物业服务费及公摊费用共计8600元，原告免除滞纳金并于一个月内完成小区监控维修', '富人调〔{Y}〕委字第42号')
      .followUp(W(7, '10:30'), { method: FollowUpMethod.SMS, performance: PerformanceStatus.PARTLY, scores: [5, 5, 5, 5], comments: '第一期费用已补缴，其余按约定分期履行。' });
  }

  // ============================================================ 仲裁

  // C24 钱塘区 labour dispute at the labour arbitration commission: IN_PROGRESS, 45-day limit OVERDUE.
  {
    const k = 'C24';
    const a = '罗某兵';
    const aId = residentId(`${k}:${a}`, '513030', '19920415', 'M');
    const b = '杭州某某电子科技有限公司';
    c(k)
      .register(W(50, '09:20'), FD, {
        title: '电子厂解除劳动合同经济补偿纠纷',
        facts: '申请人在被申请人处从事设备维修工作五年，被申请人以生产线搬迁为由单方解除劳动合同，未支付经济补偿，亦未结清最后一个月工资及未休年休假工资。',
        category: 'LABOR',
        matterCode: 'LABOR-ARBITRATION',
        amount: '73250.00',
        region: '钱塘区',
        source: 'WALK_IN',
        occurredOn: D(50, 20),
        applicationData: {
          applicantName: a,
          applicantIdNumber: aId,
          applicantPhone: mobile(`${k}:${a}`),
          respondentName: b,
          respondentAddress: '杭州市钱塘区下沙街道某路某号',
          employmentStartDate: D(50, 1850),
          employmentEndDate: D(50, 20),
          claimType: '经济补偿或者赔偿金',
          claimAmount: '73250.00',
          requests: '1. 支付解除劳动合同经济补偿金55000元；2. 支付拖欠工资11000元；3. 支付未休年休假工资7250元。',
          factsAndReasons: '被申请人因生产线搬迁单方解除劳动合同，依《劳动合同法》第四十条、第四十六条应支付经济补偿。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: aId, phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '91', '330114'), address: '杭州市钱塘区下沙街道某路某号' },
        ],
      })
      .refer(W(50, '10:00'), FD, 'labor-arbitration', {
        channel: Channel.ARBITRATION,
        matterCode: 'LABOR-ARBITRATION',
        reason: '劳动争议实行仲裁前置，由杭州市劳动人事争议仲裁委员会受理',
      })
      .accept(W(50, '15:00'))
      .admit(W(49, '10:00'), '杭劳人仲案字〔{Y}〕第266号');
  }

  // C25 萧山区 sales contract at 杭州仲裁委员会: IN_PROGRESS ON_TRACK (4 months).
  {
    const k = 'C25';
    const a = '杭州萧山某某纺织有限公司';
    const b = '绍兴某某印染有限公司';
    c(k)
      .register(W(40, '10:00'), FD, {
        title: '坯布买卖合同货款及质量纠纷',
        facts: '申请人向被申请人供应坯布，被申请人以部分批次色牢度不达标为由拒付剩余货款。双方合同约定争议提交杭州仲裁委员会仲裁。',
        category: 'CONTRACT',
        matterCode: 'COMMERCIAL-ARBITRATION',
        amount: '1680000.00',
        region: '萧山区',
        source: 'WALK_IN',
        occurredOn: D(40, 75),
        applicationData: {
          applicantName: a,
          applicantCreditCode: creditCode(`${k}:${a}`, '91', '330109'),
          contactPhone: landline(`${k}:${a}`),
          respondentName: b,
          agreementForm: '合同中的仲裁条款',
          contractName: '坯布购销合同',
          claimAmount: '1680000.00',
          requests: '1. 被申请人支付货款1680000元及逾期付款违约金；2. 仲裁费由被申请人承担。',
          factsAndReasons: '申请人已按约交付全部货物，被申请人验收后未在约定期限内提出质量异议。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: a, idNumber: creditCode(`${k}:${a}`, '91', '330109'), phone: landline(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '91', '330602') },
        ],
      })
      .refer(W(40, '11:00'), FD, 'arbitration-commission', {
        channel: Channel.ARBITRATION,
        matterCode: 'COMMERCIAL-ARBITRATION',
        reason: '合同约定由杭州仲裁委员会仲裁',
      })
      .accept(W(40, '16:00'))
      .admit(W(39, '10:00'), '杭仲〔{Y}〕字第0871号');
  }

  // C26 拱墅区 lease dispute at 杭州仲裁委员会: the tribunal allowed withdrawal (WITHDRAWN outcome), then the dispute was WITHDRAWN.
  {
    const k = 'C26';
    const a = '杭州某某餐饮有限公司';
    const b = '杭州某某商业管理有限公司';
    c(k)
      .register(W(60, '14:00'), FD, {
        title: '商铺租赁合同提前解约押金返还纠纷',
        facts: '申请人承租被申请人商铺经营餐饮，因商场改造导致客流骤减，申请人提前解约并要求返还押金及装修残值补偿，被申请人以违约为由拒绝。租赁合同约定由杭州仲裁委员会仲裁。',
        category: 'CONTRACT',
        matterCode: 'COMMERCIAL-ARBITRATION',
        amount: '96000.00',
        region: '拱墅区',
        source: 'WALK_IN',
        occurredOn: D(60, 45),
        applicationData: {
          applicantName: a,
          applicantCreditCode: creditCode(`${k}:${a}`, '91', '330105'),
          contactPhone: landline(`${k}:${a}`),
          respondentName: b,
          agreementForm: '合同中的仲裁条款',
          contractName: '商铺租赁合同',
          claimAmount: '96000.00',
          requests: '被申请人返还租赁押金60000元并补偿装修残值36000元。',
          factsAndReasons: '商场改造封闭主要通道，构成出租人未保障租赁物正常使用，申请人有权解除合同。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: a, idNumber: creditCode(`${k}:${a}`, '91', '330105'), phone: landline(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '91', '330105') },
        ],
      })
      .refer(W(60, '14:40'), FD, 'arbitration-commission', {
        channel: Channel.ARBITRATION,
        matterCode: 'COMMERCIAL-ARBITRATION',
        reason: '租赁合同约定由杭州仲裁委员会仲裁',
      })
      .accept(W(59, '10:00'))
      .admit(W(58, '10:00'), '杭仲〔{Y}〕字第0655号')
      .conclude(W(35, '15:00'), OutcomeKind.WITHDRAWN, '双方自行和解，申请人申请撤回仲裁申请，仲裁庭决定准许撤回', '杭仲〔{Y}〕字第0655号撤案决定书')
      .withdraw(W(34, '09:30'), FD, '双方已自行和解并履行完毕，申请人撤回纠纷调处申请。');
  }

  // ============================================================ 公证、司法鉴定

  // C27 上城区 notarization of a repayment agreement (强制执行效力): IN_PROGRESS, 15-working-day limit DUE_SOON.
  {
    const k = 'C27';
    const a = '何某静';
    const aId = residentId(`${k}:${a}`, '330102', '19890511', 'F');
    const b = '杭州某某商贸有限公司';
    c(k)
      .register(W(13, '10:00'), FD, {
        title: '货款分期还款协议赋予强制执行效力公证',
        facts: '申请人与被申请人就拖欠货款达成分期还款协议，双方共同申请对该协议办理赋予债权文书强制执行效力公证，以便逾期不履行时直接申请执行。',
        category: 'CONTRACT',
        matterCode: 'NOTARIZATION',
        amount: '500000.00',
        region: '上城区',
        source: 'WALK_IN',
        applicationData: {
          applicantName: `${a}、${b}`,
          applicantIdNumber: aId,
          applicantPhone: mobile(`${k}:${a}`),
          notarizationType: '赋予债权文书强制执行效力公证',
          amount: '500000.00',
          purpose: '对分期还款协议赋予强制执行效力，被申请人逾期不履行的，申请人可直接向人民法院申请执行。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: aId, phone: mobile(`${k}:${a}`) },
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '91', '330102') },
        ],
      })
      .refer(W(13, '10:40'), FD, 'notary-qiantang', {
        channel: Channel.NOTARIZATION,
        matterCode: 'NOTARIZATION',
        reason: '双方共同申请赋予强制执行效力公证',
      })
      .accept(W(12, '09:30'));
  }

  // C28 临平区 medical-damage appraisal: PAUSED while the hospital supplements the records.
  {
    const k = 'C28';
    const a = '朱某云';
    const aId = residentId(`${k}:${a}`, '330113', '19570708', 'F');
    const b = '杭州某某医院';
    c(k)
      .register(W(21, '09:40'), FD, {
        title: '术后感染医疗损害责任纠纷（医疗过错鉴定）',
        facts: '申请人在被申请人处行膝关节置换术后发生感染，二次手术后遗留活动受限。双方对医院是否存在过错及因果关系存在争议，在调解过程中共同委托医疗过错司法鉴定。',
        category: 'MEDICAL',
        matterCode: 'JUDICIAL-APPRAISAL',
        region: '临平区',
        source: 'WALK_IN',
        occurredOn: D(21, 200),
        applicationData: {
          entrustingParty: `${a}、${b}（共同委托）`,
          contactPhone: mobile(`${k}:${a}`),
          appraisalCategory: '法医类鉴定',
          appraisalMatter: '对被申请人的诊疗行为是否存在过错、过错与损害后果之间的因果关系及原因力大小进行鉴定。',
          purpose: '医疗纠纷调解',
          subjectIdNumber: aId,
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: aId, phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '12', '330113') },
        ],
      })
      .refer(W(21, '10:30'), FD, 'appraisal-qianjiang', {
        channel: Channel.JUDICIAL_APPRAISAL,
        matterCode: 'JUDICIAL-APPRAISAL',
        reason: '医患双方共同委托医疗过错司法鉴定，鉴定意见作为调解依据',
      })
      .accept(W(20, '09:00'))
      .admit(W(17, '14:00'), '钱江司鉴〔{Y}〕医鉴字第041号')
      .pause(W(6, '10:00'), PauseReason.SAMPLE_COLLECTION, '通知医院补充提交完整病历（含护理记录及影像资料原片），补充材料期间不计入鉴定时限');
  }

  // ============================================================ 信访、行政复议

  // C29 临安区 petition forwarded to 杭州市信访局: referral PENDING with its response deadline OVERDUE.
  {
    const k = 'C29';
    const a = '潘某';
    c(k)
      .register(W(9, '14:00'), FD, {
        title: '老旧小区加装电梯意见分歧信访事项',
        facts: '信访人反映所在老旧小区加装电梯项目中，低层住户意见未被充分听取，街道审批程序不公开，要求暂停施工并重新征求意见。',
        category: 'PROPERTY_MANAGEMENT',
        matterCode: 'PETITION',
        region: '临安区',
        source: 'PETITION',
        applicationData: {
          petitionerName: a,
          petitionerIdNumber: residentId(`${k}:${a}`, '330124', '19550220', 'M'),
          petitionerPhone: mobile(`${k}:${a}`),
          petitionForm: '来访',
          concernedAgency: '临安区某街道办事处',
          requests: '暂停加装电梯施工，重新组织全体业主协商并公开审批材料。',
          factsAndReasons: '加装电梯影响低层住户采光和通行，协议签署比例存在争议。',
        },
        parties: [{ role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330124', '19550220', 'M'), phone: mobile(`${k}:${a}`) }],
      })
      .refer(W(8, '09:30'), FD, 'petition-bureau', {
        channel: Channel.PETITION,
        matterCode: 'PETITION',
        reason: '反映对行政机关审批行为的意见，转送杭州市信访局依《信访工作条例》办理',
      });
  }

  // C30 西湖区 petition: accepted, answered with a REPLY (RESOLVED).
  {
    const k = 'C30';
    const a = '沈某英';
    c(k)
      .register(W(45, '09:30'), FD, {
        title: '小区周边夜间施工噪声扰民信访事项',
        facts: '信访人反映小区旁地铁配套工程长期夜间施工，噪声严重影响休息，多次向施工单位反映未果。',
        category: 'NEIGHBORHOOD',
        matterCode: 'PETITION',
        region: '西湖区',
        source: 'HOTLINE',
        applicationData: {
          petitionerName: a,
          petitionerPhone: mobile(`${k}:${a}`),
          petitionForm: '电话',
          concernedAgency: '西湖区某街道办事处',
          requests: '要求严格执行夜间施工审批，减少夜间高噪声作业。',
          factsAndReasons: '近两个月几乎每晚施工至凌晨，影响周边三个小区居民休息。',
        },
        parties: [{ role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330106', '19630305', 'F'), phone: mobile(`${k}:${a}`) }],
      })
      .refer(W(45, '10:10'), FD, 'petition-bureau', {
        channel: Channel.PETITION,
        matterCode: 'PETITION',
        reason: '涉及多部门职责的群众诉求，转杭州市信访局协调办理',
      })
      .accept(W(44, '09:00'))
      .admit(W(40, '10:00'), '杭信受〔{Y}〕1207号')
      .conclude(W(12, '16:00'), OutcomeKind.REPLY, '经协调住建、城管部门，责令施工单位调整作业时间，夜间22时后禁止高噪声作业并设置隔声屏障，出具信访处理意见书', '杭信复〔{Y}〕1207号')
      .followUpAttempt(W(6, '10:00'), FollowUpMethod.PHONE)
      .followUpAttempt(W(5, '15:00'), FollowUpMethod.PHONE, true);
  }

  // C31 富阳区 reconsideration of a procurement-complaint decision: DECISION (RESOLVED).
  {
    const k = 'C31';
    const a = '浙江某某招标代理有限公司';
    c(k)
      .register(W(56, '10:00'), FD, {
        title: '不服富阳区财政局政府采购投诉处理决定申请行政复议',
        facts: '申请人作为某采购项目的采购代理机构，不服富阳区财政局作出的投诉处理决定中关于招标文件资格条件违法的认定，申请行政复议。',
        category: 'GOVERNMENT_PROCUREMENT',
        matterCode: 'ADMINISTRATIVE-RECONSIDERATION',
        amount: '645000.00',
        region: '富阳区',
        source: 'WALK_IN',
        applicationData: {
          applicantName: a,
          applicantPhone: landline(`${k}:${a}`),
          respondentAgency: '杭州市富阳区财政局',
          actionName: '政府采购投诉处理决定书',
          actionType: '行政裁决或处理决定',
          actionKnownDate: D(56, 14),
          requests: '请求撤销被申请人作出的政府采购投诉处理决定。',
          factsAndReasons: '申请人认为招标文件设置的本地化服务要求系履约需要，不构成差别待遇，被申请人认定事实错误。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: a, idNumber: creditCode(`${k}:${a}`, '91', '330100'), phone: landline(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市富阳区财政局', idNumber: creditCode(`${k}:财政局`, '11', '330111') },
        ],
      })
      .refer(W(56, '10:40'), FD, 'reconsideration-office', {
        channel: Channel.RECONSIDERATION,
        matterCode: 'ADMINISTRATIVE-RECONSIDERATION',
        reason: '对区级行政机关的行政行为不服，由杭州市人民政府行政复议办公室受理',
      })
      .accept(W(55, '09:30'))
      .admit(W(52, '10:00'), '杭政复〔{Y}〕188号')
      .conclude(W(18, '15:00'), OutcomeKind.DECISION, '被申请人作出的投诉处理决定认定事实清楚、适用依据正确、程序合法，决定维持', '杭政复〔{Y}〕188号')
      .followUp(W(14, '11:00'), { method: FollowUpMethod.PHONE, performance: PerformanceStatus.NOT_APPLICABLE, scores: [3, 3, 4, 3], comments: '申请人对维持决定有保留意见，认为程序说明不够清楚。' });
  }

  // C32 西湖区 reconsideration under the simplified procedure: IN_PROGRESS ON_TRACK (30 days).
  {
    const k = 'C32';
    const a = '叶某清';
    c(k)
      .register(W(8, '14:00'), FD, {
        title: '不服政府信息公开答复申请行政复议',
        facts: '申请人向区某部门申请公开其房屋所在地块的征收补偿方案，该部门答复信息不存在，申请人认为答复不实，申请行政复议。',
        category: 'OTHER',
        matterCode: 'ADMINISTRATIVE-RECONSIDERATION',
        region: '西湖区',
        source: 'ONLINE',
        applicationData: {
          applicantName: a,
          applicantIdNumber: residentId(`${k}:${a}`, '330106', '19710817', 'M'),
          applicantPhone: mobile(`${k}:${a}`),
          respondentAgency: '杭州市西湖区某局',
          actionName: '政府信息公开申请答复书',
          actionType: '政府信息公开',
          actionKnownDate: D(8, 20),
          requests: '请求撤销政府信息公开答复，责令重新答复。',
          factsAndReasons: '该地块征收补偿方案已在征收公告中提及，答复"信息不存在"与事实不符。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330106', '19710817', 'M'), phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市西湖区某局', idNumber: creditCode(`${k}:被申请人`, '11', '330106') },
        ],
      })
      .refer(W(8, '15:00'), FD, 'reconsideration-office', {
        channel: Channel.RECONSIDERATION,
        matterCode: 'ADMINISTRATIVE-RECONSIDERATION',
        reason: '对政府信息公开答复不服，由杭州市人民政府行政复议办公室受理',
      })
      .accept(W(7, '09:30'))
      .admit(W(5, '10:00'), '杭政复〔{Y}〕402号', ProcedureTrack.SIMPLIFIED);
  }

  // ============================================================ 新登记、待分流、待签收

  // C33 西湖区 property dispute registered online today: AWAITING_ROUTING (new).
  {
    const k = 'C33';
    const a = '许某婷';
    const b = '杭州某某物业服务有限公司西湖分公司';
    c(k).register(W(0, '09:30'), FD, {
      title: '楼上漏水致室内吊顶损坏纠纷',
      facts: '申请人家中卫生间吊顶因楼上住户管道渗漏多次受损，物业公司以"属业主之间纠纷"为由未予协调，申请人要求楼上住户及物业公司共同维修赔偿。',
      category: 'PROPERTY_MANAGEMENT',
      matterCode: 'PEOPLES-MEDIATION',
      amount: '5200.00',
      region: '西湖区',
      source: 'ONLINE',
      occurredOn: D(0, 12),
      applicationData: {
        applicantName: a,
        applicantIdNumber: residentId(`${k}:${a}`, '330106', '19950627', 'F'),
        applicantPhone: mobile(`${k}:${a}`),
        respondentName: `${b}、楼上住户高某`,
        disputeType: '物业纠纷',
        disputeAmount: '5200.00',
        occurredOn: D(0, 12),
        facts: '楼上管道渗漏致申请人卫生间吊顶损坏。',
        requests: '请求维修渗漏管道并赔偿吊顶修复费用5200元。',
      },
      parties: [
        { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330106', '19950627', 'F'), phone: mobile(`${k}:${a}`) },
        { role: 'RESPONDENT', kind: 'PERSON', name: '高某', phone: mobile(`${k}:高某`) },
        { role: 'RESPONDENT', kind: 'ORGANIZATION', name: b, idNumber: creditCode(`${k}:${b}`, '91', '330106') },
      ],
    });
  }

  // C34 上城区 prepaid-card consumer dispute from the 12345 hotline, no matter chosen yet: AWAITING_ROUTING (new).
  {
    const k = 'C34';
    const a = '邵某';
    c(k).register(W(0, '10:15'), FD, {
      title: '健身房闭店预付卡退费纠纷',
      facts: '申请人在某健身房办理两年期会员卡并预付费用6980元，使用四个月后健身房以"装修升级"为由闭店，至今未重新营业，也未退还剩余费用。12345热线转来。',
      category: 'CONSUMER',
      amount: '6980.00',
      region: '上城区',
      source: 'HOTLINE',
      occurredOn: D(0, 20),
      applicationData: { hotlineTicket: '12345-工单-某某号', sameComplaintCount: 37 },
      parties: [
        { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330102', '19970913', 'M'), phone: mobile(`${k}:${a}`) },
        { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州某某健身管理有限公司', idNumber: creditCode(`${k}:健身房`, '91', '330102') },
      ],
    });
  }

  // C35 临平区 family dispute: referral to the wrong district's committee cancelled the same day; AWAITING_ROUTING.
  {
    const k = 'C35';
    const a = '姚某红';
    const b = '姚某建';
    c(k)
      .register(W(3, '09:20'), FD, {
        title: '赡养老人费用分担纠纷',
        facts: '申请人与其兄对母亲的赡养费用及轮流照料安排发生争执，母亲现随申请人居住，申请人要求其兄按月分担赡养费。',
        category: 'FAMILY',
        matterCode: 'PEOPLES-MEDIATION',
        amount: '36000.00',
        region: '临平区',
        source: 'WALK_IN',
        applicationData: {
          applicantName: a,
          applicantIdNumber: residentId(`${k}:${a}`, '330125', '19720408', 'F'),
          applicantPhone: mobile(`${k}:${a}`),
          respondentName: b,
          respondentPhone: mobile(`${k}:${b}`),
          disputeType: '婚姻家庭纠纷',
          disputeAmount: '36000.00',
          facts: '兄妹对母亲赡养费用分担和照料安排意见不一。',
          requests: '请求被申请人每月分担赡养费1500元，并按月轮流照料。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330125', '19720408', 'F'), phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'PERSON', name: b, idNumber: residentId(`${k}:${b}`, '330125', '19690121', 'M'), phone: mobile(`${k}:${b}`) },
        ],
      })
      .refer(W(3, '10:00'), FD, 'mediation-xiaoshan', {
        channel: Channel.MEDIATION,
        matterCode: 'PEOPLES-MEDIATION',
        reason: '家庭纠纷适宜调解',
      })
      .cancel(W(3, '10:25'), FD, '误选接收单位：当事人住所地在临平区，撤回转办，另行确定调解组织');
  }

  // C36 富阳区 traffic accident sent to 富阳区人民调解委员会 today: referral PENDING, response ON_TRACK.
  {
    const k = 'C36';
    const a = '骆某强';
    const b = '章某';
    c(k)
      .register(W(0, '11:00'), FD, {
        title: '两轮电动车相撞人身损害赔偿纠纷',
        facts: '申请人骑行电动自行车与被申请人骑行的电动自行车在富阳区某路口相撞，交警认定双方同等责任，申请人锁骨骨折，双方对医疗费、误工费分担协商不成。',
        category: 'TRAFFIC',
        matterCode: 'PEOPLES-MEDIATION',
        amount: '42000.00',
        region: '富阳区',
        source: 'WALK_IN',
        occurredOn: D(0, 45),
        applicationData: {
          applicantName: a,
          applicantIdNumber: residentId(`${k}:${a}`, '330111', '19780512', 'M'),
          applicantPhone: mobile(`${k}:${a}`),
          respondentName: b,
          respondentPhone: mobile(`${k}:${b}`),
          disputeType: '交通事故纠纷',
          disputeAmount: '42000.00',
          occurredOn: D(0, 45),
          facts: '双方电动自行车相撞，同等责任，申请人锁骨骨折。',
          requests: '请求被申请人按责任比例赔偿医疗费、误工费等共计42000元的百分之五十。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: a, idNumber: residentId(`${k}:${a}`, '330111', '19780512', 'M'), phone: mobile(`${k}:${a}`) },
          { role: 'RESPONDENT', kind: 'PERSON', name: b, idNumber: residentId(`${k}:${b}`, '330111', '20010309', 'M'), phone: mobile(`${k}:${b}`) },
        ],
      })
      .refer(W(0, '11:20'), FD, 'mediation-fuyang', {
        channel: Channel.MEDIATION,
        matterCode: 'PEOPLES-MEDIATION',
        reason: '交通事故损害赔偿纠纷，事故发生地在富阳区，由富阳区人民调解委员会（交通事故调解工作室）调解',
      });
  }

  return all;
}
