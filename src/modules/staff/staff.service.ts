import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import { runCommand } from '../../core/command';
import { placeholders } from '../../core/db/read-model';
import { FieldErrorCode, OutcomeKind, Role, type QualificationKind } from '../../core/enums';
import { FieldError, HandlerRulesNotMetError, InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError, type BusinessError } from '../../core/errors';
import { badUserInput, forbidden } from '../../core/graphql-errors';
import { QUALIFICATION_KIND_LABELS } from '../../core/labels';
import { isCalendarDate } from '../../core/scalars';
import type { TransactionEnv } from '../../core/unit-of-work';
import { textField } from '../../core/validation/text-field';
import { isUuid } from '../../core/validation/uuid';
import { hasRole, requireViewer } from '../../core/viewer';
import { User } from '../auth';
import { addDays, addMonths, yearOf } from '../clock';
import { actsFor, Dispute, DisputeRepository } from '../dispute';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { OPEN_PROCEEDING_STATUSES, Proceeding } from '../proceeding';
import { Timeline } from '../timeline';
import { ProceedingHandler, StaffRecord, StaffSetting, type StoredQualification, type StoredTraining } from './staff.entity';
import { managesStaffOf, readsStaffOf } from './staff.policy';
import { holdsLegalProfession, StaffReads } from './staff.reads';
import { HandlerCaseCount, HandlingUnitStatistics, StaffMember, StaffRoster, StaffSettings, StaffStatistics, type StaffRecordInput } from './staff.types';

const CERTIFICATE = /^[\p{L}\p{N}\-()（）〔〕]{4,40}$/u;
const MAX_CO_HANDLERS = 10;
const MAX_TRAINING_YEARS = 60;
const FIRST_YEAR = 1990;
const MAX_PERIOD_MONTHS = 60;

interface MemberRow {
  id: string;
  display_name: string;
  organization_id: string | null;
  handling_unit: string | null;
  qualifications: StoredQualification[] | null;
  training: StoredTraining[] | null;
  version: number | null;
  updated_at: Date | null;
}

function memberOf(ctx: HubContext, r: MemberRow): StaffMember {
  const qualifications = r.qualifications ?? [];
  return Object.assign(new StaffMember(), {
    userId: r.id,
    handlingUnit: r.handling_unit,
    qualifications: StaffReads.present(ctx.viewer, r.organization_id, qualifications),
    training: [...(r.training ?? [])].sort((a, b) => b.year - a.year),
    legalProfession: holdsLegalProfession(qualifications),
    version: r.version ?? 0,
    updatedAt: r.updated_at,
  });
}

const MEMBER_SQL = `select u.id, u.display_name, u.organization_id, s.handling_unit, s.qualifications, s.training, s.version, s.updated_at
  from hub_user u left join staff_record s on s.user_id = u.id`;

function settingsOf(organizationId: string, s: StaffSetting | null): StaffSettings {
  return Object.assign(new StaffSettings(), { organizationId, enforceHandlerRules: s?.enforceHandlerRules ?? false, version: s?.version ?? 0 });
}

async function enforces(em: EntityManager, organizationId: string): Promise<boolean> {
  return !!(await em.findOne(StaffSetting, { organizationId }))?.enforceHandlerRules;
}

/**
 * Staff (队伍建设): records per user, handlers per proceeding, the rules of the matters and their
 * enforcement per organization, statistics per handling unit. Every change is one unit of work
 * with its audit entry; timeline events carry ids only.
 */
export class StaffService {
  // ---------------------------------------------------------------- reads

  /** The staff of an organization: its own members, or any for ADMIN. */
  static async roster(ctx: HubContext, organizationId: string | null | undefined): Promise<StaffRoster | null> {
    const viewer = requireViewer(ctx);
    const orgId = organizationId ?? viewer.organizationId;
    if (!orgId) throw badUserInput('请指定单位（organizationId）。', 'organizationId');
    if (!readsStaffOf(viewer, orgId)) throw forbidden('只能查看本单位的人员。');
    if (!isUuid(orgId) || !(await ctx.loaders.organization.load(orgId))) return null;
    const rows = await ctx.em.getConnection().execute<MemberRow[]>(`${MEMBER_SQL} where u.organization_id = ? and not u.disabled order by s.handling_unit nulls last, u.display_name, u.id`, [orgId]);
    const setting = await ctx.em.findOne(StaffSetting, { organizationId: orgId });
    return Object.assign(new StaffRoster(), { organizationId: orgId, settings: settingsOf(orgId, setting), members: rows.map((r) => memberOf(ctx, r)) });
  }

  /** One user's staff record: members of the user's organization and ADMIN; null for anyone else. */
  static async member(ctx: HubContext, userId: string): Promise<StaffMember | null> {
    const viewer = requireViewer(ctx);
    if (!isUuid(userId)) return null;
    const [row] = await ctx.em.getConnection().execute<MemberRow[]>(`${MEMBER_SQL} where u.id = ?`, [userId]);
    if (!row?.organization_id || !readsStaffOf(viewer, row.organization_id)) return null;
    return memberOf(ctx, row);
  }

  // ---------------------------------------------------------------- staff records

  static recordStaff(ctx: HubContext, userId: string, input: StaffRecordInput, expectedVersion: number | null | undefined) {
    let organizationId: string | null = null;
    return runCommand<StaffRecord, StaffRecord, never, never, StaffMember>(ctx, {
      action: 'recordStaff',
      notFound: `账号 ${userId} 不存在。`,
      target: userId,
      auditIds: () => [userId],
      lock: async (env, viewer) => {
        if (!isUuid(userId)) return null;
        const user = await env.em.findOne(User, { id: userId, disabled: false });
        organizationId = user?.organization?.id ?? null;
        // Another organization's accounts are not found (no probing who works where).
        if (!organizationId || !readsStaffOf(viewer, organizationId)) return null;
        const record =
          (await env.em.findOne(StaffRecord, { userId }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ??
          env.em.create(StaffRecord, { id: randomUUID(), userId, qualifications: [], training: [], version: 0, updatedAt: env.now });
        return { record, root: record };
      },
      authorize: (viewer) => {
        if (!managesStaffOf(viewer, organizationId)) throw forbidden('只有本单位负责人或系统管理员可以维护人员信息。');
      },
      expectedVersion,
      apply: async (env, record) => {
        const errors: FieldError[] = [];
        const checked = StaffService.checkRecord(input, env.today, errors);
        if (errors.length) return new ValidationError(errors);
        record.handlingUnit = checked.handlingUnit;
        record.qualifications = checked.qualifications;
        record.training = checked.training;
        record.updatedAt = env.now;
        record.updatedBy = env.viewer!.userId;
        // Kinds and counts only: certificate numbers stay out of the audit log.
        env.auditDetails = { userId, version: record.version, qualifications: checked.qualifications.map((q) => q.kind), trainingYears: checked.training.length };
        return memberOf(ctx, {
          id: userId,
          display_name: '',
          organization_id: organizationId,
          handling_unit: record.handlingUnit,
          qualifications: record.qualifications,
          training: record.training,
          version: record.version,
          updated_at: record.updatedAt,
        });
      },
      // Two first records of one user racing: one wins, the other sees a newer version.
      options: { onUniqueViolation: async () => new VersionConflictError(1, expectedVersion ?? 0) },
    });
  }

  private static checkRecord(input: StaffRecordInput, today: string, errors: FieldError[]): { handlingUnit: string | null; qualifications: StoredQualification[]; training: StoredTraining[] } {
    const handlingUnit = textField('handlingUnit', input.handlingUnit, 0, 50, errors);
    const kinds = new Set<QualificationKind>();
    const qualifications: StoredQualification[] = [];
    (input.qualifications ?? []).forEach((q, i) => {
      const at = `qualifications.${i}`;
      if (kinds.has(q.kind)) errors.push(new FieldError(`${at}.kind`, `${QUALIFICATION_KIND_LABELS[q.kind]}已填写`, FieldErrorCode.TAKEN));
      kinds.add(q.kind);
      const number = (q.certificateNumber ?? '').trim();
      if (!number) errors.push(new FieldError(`${at}.certificateNumber`, '必填', FieldErrorCode.REQUIRED));
      else if (!CERTIFICATE.test(number)) errors.push(new FieldError(`${at}.certificateNumber`, '证书编号应为 4–40 位字母、数字、“-”或括号', FieldErrorCode.INVALID_FORMAT));
      if (!isCalendarDate(q.issuedOn)) errors.push(new FieldError(`${at}.issuedOn`, '应为日期 YYYY-MM-DD', FieldErrorCode.INVALID_FORMAT));
      else if (q.issuedOn > today) errors.push(new FieldError(`${at}.issuedOn`, '不能晚于今天', FieldErrorCode.INVALID));
      else if (q.issuedOn < '1950-01-01') errors.push(new FieldError(`${at}.issuedOn`, '不能早于 1950 年', FieldErrorCode.INVALID));
      qualifications.push({ kind: q.kind, number, issuedOn: q.issuedOn });
    });
    const years = new Set<number>();
    const training: StoredTraining[] = [];
    const inputTraining = input.training ?? [];
    if (inputTraining.length > MAX_TRAINING_YEARS) errors.push(new FieldError('training', `最多 ${MAX_TRAINING_YEARS} 个年度`, FieldErrorCode.TOO_LONG));
    const thisYear = yearOf(today);
    inputTraining.forEach((t, i) => {
      const at = `training.${i}`;
      if (!Number.isInteger(t.year) || t.year < FIRST_YEAR || t.year > thisYear) errors.push(new FieldError(`${at}.year`, `应为 ${FIRST_YEAR} 至 ${thisYear} 年`, FieldErrorCode.INVALID));
      else if (years.has(t.year)) errors.push(new FieldError(`${at}.year`, `${t.year} 年已填写`, FieldErrorCode.TAKEN));
      years.add(t.year);
      if (!Number.isFinite(t.hours) || t.hours < 0 || t.hours > 2000 || Math.round(t.hours * 10) !== t.hours * 10) {
        errors.push(new FieldError(`${at}.hours`, '应为 0 至 2000 之间、最多一位小数的学时数', FieldErrorCode.INVALID));
      }
      training.push({ year: t.year, hours: t.hours });
    });
    training.sort((a, b) => b.year - a.year);
    return { handlingUnit, qualifications, training };
  }

  // ---------------------------------------------------------------- enforcement switch

  static setEnforcement(ctx: HubContext, organizationId: string, enforce: boolean, expectedVersion: number | null | undefined) {
    return runCommand<StaffSetting, StaffSetting, never, never, StaffSettings>(ctx, {
      action: 'setHandlerRulesEnforcement',
      notFound: `单位 ${organizationId} 不存在。`,
      target: organizationId,
      auditIds: () => [organizationId],
      lock: async (env) => {
        if (!isUuid(organizationId) || !(await env.em.findOne(Organization, { id: organizationId }))) return null;
        const record =
          (await env.em.findOne(StaffSetting, { organizationId }, { lockMode: LockMode.PESSIMISTIC_WRITE })) ??
          env.em.create(StaffSetting, { id: randomUUID(), organizationId, enforceHandlerRules: false, version: 0, updatedAt: env.now });
        return { record, root: record };
      },
      authorize: (viewer) => {
        if (!managesStaffOf(viewer, organizationId)) throw forbidden('只有本单位负责人或系统管理员可以更改承办人员配备规则的执行方式。');
      },
      expectedVersion,
      apply: async (env, s) => {
        s.enforceHandlerRules = enforce;
        s.updatedAt = env.now;
        s.updatedBy = env.viewer!.userId;
        env.auditDetails = { organizationId, enforceHandlerRules: enforce, version: s.version };
        return settingsOf(organizationId, s);
      },
      options: { onUniqueViolation: async () => new VersionConflictError(1, expectedVersion ?? 0) },
    });
  }

  // ---------------------------------------------------------------- handlers of proceedings

  static setHandlers(ctx: HubContext, proceedingId: string, leadId: string, coHandlerIds: readonly string[], expectedVersion: number | null | undefined) {
    return runCommand<Proceeding, Dispute, never, never, Proceeding>(ctx, {
      action: 'setProceedingHandlers',
      notFound: `案件 ${proceedingId} 不存在。`,
      target: proceedingId,
      lock: async (env, viewer) => {
        const locked = await DisputeRepository.lockThrough(env.em, viewer, Proceeding, proceedingId, (x) => x.dispute.id);
        return locked && { record: locked.record, root: locked.dispute };
      },
      authorize: (viewer, { record }) => {
        if (!actsFor(viewer, record.organization.id)) throw forbidden('只有办理该案件的单位可以确定承办人。');
      },
      expectedVersion,
      apply: async (env, p, dispute) => {
        if (!OPEN_PROCEEDING_STATUSES.includes(p.status)) return new InvalidTransitionError(p.status, '案件已办结或不予受理，不能再更改承办人。');
        const org = await env.em.findOneOrFail(Organization, { id: p.organization.id });
        const errors: FieldError[] = [];
        const co = [...coHandlerIds];
        if (co.length > MAX_CO_HANDLERS) errors.push(new FieldError('coHandlerIds', `协办人最多 ${MAX_CO_HANDLERS} 名`, FieldErrorCode.TOO_LONG));
        const all = [leadId, ...co];
        const ids = all.filter(isUuid);
        const users = ids.length ? await env.em.find(User, { id: { $in: ids }, disabled: false }) : [];
        const byId = new Map(users.map((u) => [u.id, u]));
        const seen = new Set<string>();
        all.forEach((id, i) => {
          const field = i === 0 ? 'leadId' : `coHandlerIds.${i - 1}`;
          const u = isUuid(id) ? byId.get(id) : undefined;
          if (!u) errors.push(new FieldError(field, '账号不存在或已停用', FieldErrorCode.NOT_FOUND));
          else if (u.organization?.id !== org.id) errors.push(new FieldError(field, `${u.displayName}不是${org.name}的工作人员`, FieldErrorCode.INVALID));
          else if (seen.has(id)) errors.push(new FieldError(field, i === 1 || seen.size === 1 ? '与主办人或其他协办人重复' : '重复', FieldErrorCode.TAKEN));
          seen.add(id);
        });
        if (errors.length) return new ValidationError(errors);
        // Replaced as a whole: deleted now (inside the transaction), inserted at the flush, so the one-lead index never sees two.
        await env.em.nativeDelete(ProceedingHandler, { proceedingId: p.id });
        all.forEach((userId, position) =>
          env.em.create(ProceedingHandler, { id: randomUUID(), proceedingId: p.id, userId, lead: position === 0, position, namedAt: env.now, namedBy: env.viewer!.userId }),
        );
        Timeline.append(env, 'HANDLERS_CHANGED', { disputeId: dispute.id, organizationId: org.id, proceedingId: p.id }, { proceedingId: p.id, leadId, coHandlerIds: co }, { organization: org.name });
        env.auditDetails = { leadId, coHandlerIds: co };
        return p;
      },
    });
  }

  /**
   * Listener of 'proceeding.admitted': the admitting user becomes the lead unless handlers were
   * named before (HANDLERS_CHANGED records only handlers named explicitly); where the organization enforces the rules, an admission that breaks them is refused.
   */
  static async onAdmitted(env: TransactionEnv, p: Proceeding, _dispute: Dispute): Promise<BusinessError | null> {
    const recorded = await StaffReads.handlersOf(env.em, [p.id]);
    let handlers = recorded.get(p.id) ?? [];
    const viewer = env.viewer;
    if (!handlers.length && viewer && viewer.organizationId === p.organization.id) {
      env.em.create(ProceedingHandler, { id: randomUUID(), proceedingId: p.id, userId: viewer.userId, lead: true, position: 0, namedAt: env.now, namedBy: viewer.userId });
      const record = await env.em.findOne(StaffRecord, { userId: viewer.userId });
      handlers = [{ userId: viewer.userId, lead: true, qualifications: (record?.qualifications ?? []).map((q) => q.kind), legalProfession: holdsLegalProfession(record?.qualifications) }];
      // No timeline event of its own: PROCEEDING_ADMITTED already names who admitted (its actor).
    }
    return StaffService.refusal(env, p, handlers, '受理');
  }

  /** Listener of 'proceeding.concluding': refused where the organization enforces the rules and they are not met (an applicant's withdrawal never is). */
  static async onConcluding(env: TransactionEnv, p: Proceeding, outcome: OutcomeKind): Promise<BusinessError | null> {
    if (outcome === OutcomeKind.WITHDRAWN) return null;
    const handlers = (await StaffReads.handlersOf(env.em, [p.id])).get(p.id) ?? [];
    return StaffService.refusal(env, p, handlers, '办结');
  }

  private static async refusal(env: TransactionEnv, p: Proceeding, handlers: readonly { lead: boolean; legalProfession: boolean }[], doing: string): Promise<BusinessError | null> {
    if (!(await enforces(env.em, p.organization.id))) return null;
    const matter = p.matter ? await env.em.findOne(Matter, { id: p.matter.id }) : null;
    const issues = StaffReads.issuesOf(p.channel, matter?.code ?? null, p.status, p.outcomeKind, handlers);
    return issues.length ? new HandlerRulesNotMetError(issues, doing) : null;
  }

  // ---------------------------------------------------------------- statistics

  static async statistics(ctx: HubContext, organizationId: string | null | undefined, from: string, to: string): Promise<StaffStatistics | ValidationError | NotFoundError> {
    const viewer = requireViewer(ctx);
    const overseer = hasRole(viewer, Role.ADMIN, Role.REVIEWER);
    if (!overseer && organizationId && organizationId !== viewer.organizationId) throw forbidden('只能查看本单位的统计数据。');
    const orgId = organizationId ?? viewer.organizationId;
    const errors: FieldError[] = [];
    if (!orgId) errors.push(new FieldError('organizationId', '必填', FieldErrorCode.REQUIRED));
    if (!isCalendarDate(from) || from < `${FIRST_YEAR}-01-01` || from > '2099-12-31') errors.push(new FieldError('from', `应为 ${FIRST_YEAR}–2099 年的日期`, FieldErrorCode.INVALID));
    if (!isCalendarDate(to) || to < `${FIRST_YEAR}-01-01` || to > '2099-12-31') errors.push(new FieldError('to', `应为 ${FIRST_YEAR}–2099 年的日期`, FieldErrorCode.INVALID));
    else if (!errors.some((e) => e.field === 'from')) {
      if (to < from) errors.push(new FieldError('to', '结束日期不能早于开始日期', FieldErrorCode.INVALID));
      else if (to > addDays(addMonths(from, MAX_PERIOD_MONTHS), -1)) errors.push(new FieldError('to', '统计期间最长 5 年', FieldErrorCode.TOO_LONG));
    }
    if (errors.length) return new ValidationError(errors);
    if (!isUuid(orgId!) || !(await ctx.loaders.organization.load(orgId!))) return new NotFoundError(`单位 ${orgId} 不存在。`);

    const conn = ctx.em.getConnection();
    const members = await conn.execute<MemberRow[]>(`${MEMBER_SQL} where u.organization_id = ? and not u.disabled order by u.display_name, u.id`, [orgId]);
    // Admitted (受理) in the period, in China Standard Time.
    const start = new Date(`${from}T00:00:00+08:00`);
    const end = new Date(`${addDays(to, 1)}T00:00:00+08:00`);
    const ids = members.map((m) => m.id);
    const counts = ids.length
      ? await conn.execute<{ user_id: string; cases: string; lead_cases: string }[]>(
          `select h.user_id, count(*) as cases, count(*) filter (where h.lead) as lead_cases
             from proceeding_handler h join proceeding p on p.id = h.proceeding_id
            where p.organization_id = ? and p.accepted_at >= ? and p.accepted_at < ? and h.user_id in (${placeholders(ids.length)})
            group by h.user_id`,
          [orgId, start, end, ...ids],
        )
      : [];
    const byUser = new Map(counts.map((c) => [c.user_id, c]));
    const [fromYear, toYear] = [yearOf(from), yearOf(to)];
    const units = new Map<string | null, HandlingUnitStatistics>();
    for (const m of members) {
      const u =
        units.get(m.handling_unit) ??
        units.set(m.handling_unit, Object.assign(new HandlingUnitStatistics(), { handlingUnit: m.handling_unit, staff: 0, qualifiedStaff: 0, trainingHours: 0, handlers: [] })).get(m.handling_unit)!;
      u.staff++;
      if (holdsLegalProfession(m.qualifications)) u.qualifiedStaff++;
      u.trainingHours += (m.training ?? []).filter((t) => t.year >= fromYear && t.year <= toYear).reduce((sum, t) => sum + t.hours, 0);
      const c = byUser.get(m.id);
      u.handlers.push(Object.assign(new HandlerCaseCount(), { userId: m.id, cases: Number(c?.cases ?? 0), leadCases: Number(c?.lead_cases ?? 0) }));
    }
    for (const u of units.values()) {
      u.trainingHours = Math.round(u.trainingHours * 10) / 10;
      u.handlers.sort((a, b) => b.cases - a.cases || b.leadCases - a.leadCases);
    }
    const sorted = [...units.values()].sort((a, b) => (a.handlingUnit === null ? 1 : b.handlingUnit === null ? -1 : a.handlingUnit.localeCompare(b.handlingUnit, 'zh-Hans-CN')));
    return Object.assign(new StaffStatistics(), { organizationId: orgId, from, to, units: sorted });
  }
}
