import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runCommand } from '../../core/command';
import type { HubContext } from '../../core/context';
import { placeholders } from '../../core/db/read-model';
import { DeadlineKind, FieldErrorCode, ReviewCampaignKind, ReviewCampaignStatus, ReviewCheckCode, ReviewCheckStatus, ReviewGrade, ReviewReportFormat, ReviewRound, Role } from '../../core/enums';
import { FieldError, InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError, type BusinessError } from '../../core/errors';
import { REVIEW_CAMPAIGN_KIND_LABELS } from '../../core/labels';
import type { TransactionEnv } from '../../core/unit-of-work';
import { textField } from '../../core/validation/text-field';
import { isUuid } from '../../core/validation/uuid';
import { hasRole, isAdmin, requireViewer, type Viewer } from '../../core/viewer';
import { User } from '../auth';
import { addDays, addMonths, chinaDateOf, isIsoDate, startOfChinaDay } from '../clock';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { canonicalChecklist, SHIPPED_CHECKLIST, validateChecklist, type ChecklistContent } from './review-checklist.data';
import { computeChecks, loadFacts, loadHandlerFacts } from './review-checks';
import { renderReport } from './review-report';
import { candidateHash, newSeed, sample } from './review-sampler';
import { scoreFile, type CheckDecision, type ManualDeduction } from './review-scoring';
import { ReviewCampaign, ReviewChecklistRecord, ReviewFile, ReviewScore, type ReviewReportText, type ReviewStatisticsData } from './review.entity';
import { assertMayOpen, assertMayScore, assertRuns, REVIEWER_ROLES, seesCampaign, takesPart } from './review.policy';
import { reviewCampaignMachine, reviewRefusal, type ReviewCampaignTransition } from './review.state-machine';
import type { CreateReviewCampaignInput, ReviewChecklistInput, ReviewReportDocument, ReviewReportInput, ScoreReviewFileInput } from './review.types';

/** No case file predates the hub's data by decades: an earlier bound is a typing error (and the calendar starts in 1900). */
const EARLIEST_PERIOD = '2000-01-01';

const MAX_REVIEWERS = 20;
const MAX_SAMPLE = 1000;
const SEED = /^[A-Za-z0-9_-]{8,64}$/;
const REPORT_KEYS: (keyof ReviewReportText)[] = ['method', 'implementation', 'problems', 'causes', 'improvements', 'goodPractice'];
const EMPTY_REPORT: ReviewReportText = { method: '', implementation: '', problems: '', causes: '', improvements: '', goodPractice: '' };
/** Serializes concurrent starts applying the shipped checklist. */
const CHECKLIST_LOCK = 7_438_216;

const CLOCK_OF_CHECK: Partial<Record<ReviewCheckCode, DeadlineKind>> = {
  CLOCK_ACCEPTANCE: DeadlineKind.ACCEPTANCE,
  CLOCK_HANDLING: DeadlineKind.HANDLING,
  CLOCK_ANSWER: DeadlineKind.ANSWER,
  CLOCK_SERVICE: DeadlineKind.SERVICE,
};

/** The scope of a campaign, as the candidate query reads it. */
interface Scope {
  organizationId: string;
  matterCode: string | null;
  channel: string | null;
  periodFrom: string;
  periodTo: string;
}

/** The concluded proceedings in scope, sorted by dispute code then id (the order of an all-files campaign). */
async function candidates(em: EntityManager, s: Scope): Promise<string[]> {
  const params: unknown[] = [s.organizationId, startOfChinaDay(s.periodFrom), startOfChinaDay(addDays(s.periodTo, 1))];
  let sql = `select p.id from proceeding p join dispute d on d.id = p.dispute_id left join matter m on m.id = p.matter_id
              where p.organization_id = ? and p.status = 'CONCLUDED' and p.outcome_at >= ? and p.outcome_at < ?`;
  if (s.matterCode) {
    sql += ' and m.code = ?';
    params.push(s.matterCode);
  }
  if (s.channel) {
    sql += ' and p.channel = ?';
    params.push(s.channel);
  }
  sql += ' order by d.code, p.id';
  const rows = await em.getConnection().execute<{ id: string }[]>(sql, params, 'all', em.getTransactionContext());
  return rows.map((r) => r.id);
}

const emptyScope = () => ValidationError.of('scope', '范围内没有已办结的案件', FieldErrorCode.INVALID);
const tooLarge = (n: number, m: number) => ValidationError.of('sampleSize', `抽取数量（${n}）超过范围内已办结的案件数（${m}）`, FieldErrorCode.INVALID);

/** A checklist row as its content (rows written by SQL may come back as text). */
export function contentOf(row: ReviewChecklistRecord): ChecklistContent {
  return typeof row.content === 'string' ? (JSON.parse(row.content) as ChecklistContent) : row.content;
}

/**
 * Applies the shipped checklist, in the caller's transaction; idempotent. No row: version 1. A
 * newest version the hub wrote whose content the hub has since changed: the next version. A
 * newest version an administrator saved is left alone.
 */
export async function applyReviewReferenceData(em: EntityManager, shipped: ChecklistContent = SHIPPED_CHECKLIST): Promise<{ checklistAdded: boolean }> {
  const conn = em.getConnection();
  const trx = em.getTransactionContext();
  await conn.execute('select pg_advisory_xact_lock(?)', [CHECKLIST_LOCK], 'run', trx);
  const [newest] = await conn.execute<{ version: number; content: ChecklistContent | string; created_by: string | null }[]>(
    'select version, content, created_by from review_checklist order by version desc limit 1',
    [],
    'all',
    trx,
  );
  if (newest) {
    if (newest.created_by !== null) return { checklistAdded: false };
    const content = typeof newest.content === 'string' ? (JSON.parse(newest.content) as ChecklistContent) : newest.content;
    if (canonicalChecklist(content) === canonicalChecklist(shipped)) return { checklistAdded: false };
  }
  await conn.execute('insert into review_checklist (id, version, content, created_by) values (?, ?, ?::jsonb, null)', [randomUUID(), (newest?.version ?? 0) + 1, JSON.stringify(shipped)], 'run', trx);
  return { checklistAdded: true };
}

/** The final round of each file: the expert's where there is one, else the first. */
function finalRounds(scores: readonly ReviewScore[]): Map<string, ReviewScore> {
  const out = new Map<string, ReviewScore>();
  for (const s of scores) {
    const had = out.get(s.fileId);
    if (!had || (had.round === ReviewRound.FIRST && s.round === ReviewRound.EXPERT)) out.set(s.fileId, s);
  }
  return out;
}

/** The campaign's statistics from its files and rounds. Pure. */
export function statisticsOf(checklist: ChecklistContent, files: readonly ReviewFile[], scores: readonly ReviewScore[]): ReviewStatisticsData {
  const final = finalRounds(scores);
  const scored = files.map((f) => final.get(f.id)).filter((s): s is ReviewScore => !!s);
  const grades = [ReviewGrade.EXCELLENT, ReviewGrade.GOOD, ReviewGrade.QUALIFIED, ReviewGrade.UNQUALIFIED].filter((g) => g === ReviewGrade.UNQUALIFIED || checklist.grades.some((c) => c.grade === g));
  const deductions = new Map<string, { files: number; points: number }>();
  for (const s of scored) {
    for (const item of s.result.items) {
      const d = deductions.get(item.itemCode) ?? { files: 0, points: 0 };
      d.files++;
      d.points += item.points;
      deductions.set(item.itemCode, d);
    }
  }
  const missed = new Map<DeadlineKind, number>();
  for (const f of files) {
    const s = final.get(f.id);
    for (const check of f.checks) {
      const kind = CLOCK_OF_CHECK[check.code];
      if (!kind) continue;
      const d = s?.decisions.find((x) => x.code === check.code);
      const status = d && !d.confirmed && d.status ? d.status : check.status;
      if (status === ReviewCheckStatus.FAIL) missed.set(kind, (missed.get(kind) ?? 0) + 1);
    }
  }
  return {
    files: files.length,
    scored: scored.length,
    gradeCounts: grades.map((grade) => ({ grade, count: scored.filter((s) => s.grade === grade).length })),
    averageScore: scored.length ? Math.round((scored.reduce((a, s) => a + s.score, 0) / scored.length) * 10) / 10 : null,
    vetoed: scored.filter((s) => s.result.vetoes.length > 0).length,
    topDeductions: [...deductions.entries()]
      .map(([itemCode, d]) => ({ itemCode, title: checklist.items.find((i) => i.code === itemCode)?.title ?? itemCode, ...d }))
      .sort((a, b) => b.files - a.files || b.points - a.points || a.itemCode.localeCompare(b.itemCode))
      .slice(0, 10),
    clocksMissed: [...missed.entries()].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
  };
}

/**
 * Case-file review (案卷评查): campaigns, their files and automatic checks, the reviewers' rounds,
 * the report to the justice bureau and the checklist versions. Every change is one unit of work
 * with its audit entry; nothing of a campaign enters a dispute's timeline.
 */
export class ReviewService {
  // ---------------------------------------------------------------- checklist

  static async checklist(em: EntityManager, version?: number | null): Promise<ReviewChecklistRecord | null> {
    if (version !== null && version !== undefined) return em.findOne(ReviewChecklistRecord, { version });
    const [newest] = await em.find(ReviewChecklistRecord, {}, { orderBy: { version: 'desc' }, limit: 1 });
    return newest ?? null;
  }

  static checklists(em: EntityManager): Promise<ReviewChecklistRecord[]> {
    return em.find(ReviewChecklistRecord, {}, { orderBy: { version: 'desc' } });
  }

  static saveChecklist(ctx: HubContext, input: ReviewChecklistInput, expectedVersion: number): Promise<ReviewChecklistRecord | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<ReviewChecklistRecord>({ services: ctx.services, em: ctx.em, viewer }, 'saveReviewChecklist', async (env) => {
      const [newest] = await env.em.find(ReviewChecklistRecord, {}, { orderBy: { version: 'desc' }, limit: 1, lockMode: LockMode.PESSIMISTIC_WRITE });
      const current = newest?.version ?? 0;
      if (current !== expectedVersion) return new VersionConflictError(current, expectedVersion);
      const content: ChecklistContent = {
        vetoItems: input.vetoItems.map((v) => ({ code: v.code, title: v.title })),
        groups: input.groups.map((g) => ({ group: g.group, max: g.max })),
        items: input.items.map((i) => ({ code: i.code, group: i.group, title: i.title, maxDeduction: i.maxDeduction })),
        grades: input.grades.map((g) => ({ grade: g.grade, minScore: g.minScore })),
        checks: input.checks.map((c) => ({ check: c.check, itemCode: c.itemCode ?? null, vetoCode: c.vetoCode ?? null, deduction: c.deduction })),
        requiredDocuments: input.requiredDocuments.map((r) => ({ channel: r.channel, outcome: r.outcome ?? null, kinds: [...r.kinds] })),
      };
      const errors = validateChecklist(content);
      if (errors.length) return new ValidationError(errors);
      const row = env.em.create(ReviewChecklistRecord, { id: randomUUID(), version: current + 1, content, createdBy: env.viewer!.userId, createdAt: env.now });
      env.targets.push(row.id);
      env.auditDetails = { version: row.version };
      return row;
    });
  }

  // ---------------------------------------------------------------- campaigns

  static create(ctx: HubContext, input: CreateReviewCampaignInput): Promise<ReviewCampaign | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<ReviewCampaign>({ services: ctx.services, em: ctx.em, viewer }, 'createReviewCampaign', async (env) => {
      const errors: FieldError[] = [];
      const org = isUuid(input.organizationId) ? await env.em.findOne(Organization, { id: input.organizationId }) : null;
      if (!org) return ValidationError.of('organizationId', '没有该单位', FieldErrorCode.NOT_FOUND);
      env.targets.push(org.id);
      assertMayOpen(viewer, input.kind, org.id);
      const periodTo = input.periodTo ?? env.today;
      const toErrors = errors.length;
      if (!isIsoDate(periodTo)) errors.push(new FieldError('periodTo', '日期格式应为 YYYY-MM-DD', FieldErrorCode.INVALID_FORMAT));
      else if (periodTo > env.today) errors.push(new FieldError('periodTo', '截止日期不能晚于今天', FieldErrorCode.INVALID));
      else if (periodTo < EARLIEST_PERIOD) errors.push(new FieldError('periodTo', `截止日期不能早于 ${EARLIEST_PERIOD}`, FieldErrorCode.INVALID));
      const toValid = errors.length === toErrors;
      // The default (the last three years) only from a valid end: the calendar cannot count back from any date.
      const periodFrom = input.periodFrom ?? (toValid ? addDays(addMonths(periodTo, -36), 1) : env.today);
      if (input.periodFrom != null || toValid) {
        if (!isIsoDate(periodFrom)) errors.push(new FieldError('periodFrom', '日期格式应为 YYYY-MM-DD', FieldErrorCode.INVALID_FORMAT));
        else if (periodFrom < EARLIEST_PERIOD) errors.push(new FieldError('periodFrom', `起始日期不能早于 ${EARLIEST_PERIOD}`, FieldErrorCode.INVALID));
        else if (toValid && periodFrom > periodTo) errors.push(new FieldError('periodFrom', '起始日期不能晚于截止日期', FieldErrorCode.INVALID));
      }
      const title = textField('title', input.title ?? `${org.name}${REVIEW_CAMPAIGN_KIND_LABELS[input.kind]}（${periodFrom}至${periodTo}）`, 2, 200, errors);
      let matterCode: string | null = null;
      if (input.matterCode !== null && input.matterCode !== undefined) {
        matterCode = input.matterCode.trim().toUpperCase();
        if (!matterCode || !(await env.em.findOne(Matter, { code: matterCode }))) errors.push(new FieldError('matterCode', '没有该事项', FieldErrorCode.NOT_FOUND));
      }
      const sampleSize = input.sampleSize ?? null;
      if (sampleSize !== null && (!Number.isInteger(sampleSize) || sampleSize < 1 || sampleSize > MAX_SAMPLE))
        errors.push(new FieldError('sampleSize', `抽取数量应为 1–${MAX_SAMPLE} 的整数`, FieldErrorCode.INVALID));
      if (input.sampleSeed !== null && input.sampleSeed !== undefined) {
        if (sampleSize === null) errors.push(new FieldError('sampleSeed', '只有随机抽取时才需要种子', FieldErrorCode.INVALID));
        else if (!SEED.test(input.sampleSeed)) errors.push(new FieldError('sampleSeed', '种子应为 8–64 位字母、数字、- 或 _', FieldErrorCode.INVALID_FORMAT));
      }
      const reviewerIds = [...new Set(input.reviewerIds)];
      if (!reviewerIds.length) errors.push(new FieldError('reviewerIds', '请指定评查人员', FieldErrorCode.REQUIRED));
      if (reviewerIds.length > MAX_REVIEWERS) errors.push(new FieldError('reviewerIds', `评查人员最多 ${MAX_REVIEWERS} 名`, FieldErrorCode.TOO_LONG));
      const valid = reviewerIds.filter(isUuid);
      const users = valid.length && reviewerIds.length <= MAX_REVIEWERS ? await env.em.find(User, { id: { $in: valid } }) : [];
      reviewerIds.forEach((id, i) => {
        if (reviewerIds.length > MAX_REVIEWERS) return;
        const u = users.find((x) => x.id === id);
        if (!u || u.disabled) errors.push(new FieldError(`reviewerIds.${i}`, '没有该评查人员', FieldErrorCode.NOT_FOUND));
        else if (!u.roles.some((r) => REVIEWER_ROLES.includes(r))) errors.push(new FieldError(`reviewerIds.${i}`, '评查人员应为承办人、法院联络员、单位负责人或司法局审查员', FieldErrorCode.INVALID));
        else if (input.kind === ReviewCampaignKind.CROSS_REVIEW && u.organization?.id === org.id)
          errors.push(new FieldError(`reviewerIds.${i}`, '交叉评查的评查人员应来自其他单位', FieldErrorCode.INVALID));
      });
      if (errors.length) return new ValidationError(errors);
      const scope: Scope = { organizationId: org.id, matterCode, channel: input.channel ?? null, periodFrom, periodTo };
      const found = await candidates(env.em, scope);
      if (!found.length) return emptyScope();
      if (sampleSize !== null && sampleSize > found.length) return tooLarge(sampleSize, found.length);
      const c = env.em.create(ReviewCampaign, {
        id: randomUUID(),
        kind: input.kind,
        status: ReviewCampaignStatus.DRAFT,
        title: title!,
        organizationId: org.id,
        runnerOrganizationId: viewer.organizationId,
        matterCode,
        channel: input.channel ?? null,
        periodFrom,
        periodTo,
        sampleSize,
        sampleSeed: sampleSize === null ? null : (input.sampleSeed ?? newSeed()),
        reviewerIds,
        createdBy: viewer.userId,
        createdAt: env.now,
      });
      env.targets.push(c.id);
      env.auditDetails = { kind: c.kind, candidates: found.length, sampleSize };
      return c;
    });
  }

  /** Fixes the files (all, or the sample drawn from the seed), pins the newest checklist and computes every file's automatic checks. */
  static start(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return ReviewService.onCampaign(ctx, 'startReviewCampaign', 'start', id, expectedVersion, assertRuns, async (env, c) => {
      const checklist = await ReviewService.checklist(env.em);
      if (!checklist) return new InvalidTransitionError(c.status, '尚未设置评查标准。');
      const found = await candidates(env.em, c);
      if (!found.length) return emptyScope();
      if (c.sampleSize !== null && c.sampleSize > found.length) return tooLarge(c.sampleSize, found.length);
      const chosen = c.sampleSize === null ? found : sample(c.sampleSeed!, found, c.sampleSize);
      const content = contentOf(checklist);
      const facts = await loadFacts(env.em, chosen);
      const handlers = await loadHandlerFacts(env.em, facts);
      chosen.forEach((proceedingId, i) => {
        const f = facts.get(proceedingId)!;
        env.em.create(ReviewFile, {
          id: randomUUID(),
          campaignId: c.id,
          position: i + 1,
          proceedingId,
          disputeId: f.disputeId,
          checks: computeChecks(f, content, env.calendar, env.today, handlers.get(proceedingId) ?? null),
        });
      });
      c.checklistVersion = checklist.version;
      c.candidateCount = found.length;
      c.candidateHash = candidateHash([...found].sort());
      c.startedAt = env.now;
      env.auditDetails = { files: chosen.length, candidates: found.length, checklistVersion: checklist.version };
      return c;
    });
  }

  static cancel(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return ReviewService.onCampaign(ctx, 'cancelReviewCampaign', 'cancel', id, expectedVersion, assertRuns, async (env, c) => {
      c.cancelledAt = env.now;
      return c;
    });
  }

  static saveReport(ctx: HubContext, id: string, input: ReviewReportInput, expectedVersion: number | null | undefined) {
    return ReviewService.onCampaign(ctx, 'saveReviewReport', 'writeReport', id, expectedVersion, assertRuns, async (_env, c) => {
      const errors: FieldError[] = [];
      const report: ReviewReportText = { ...(c.report ?? EMPTY_REPORT) };
      for (const key of REPORT_KEYS) {
        const v = input[key];
        if (v === undefined || v === null) continue;
        report[key] = textField(key, v, 0, 5000, errors) ?? '';
      }
      if (errors.length) return new ValidationError(errors);
      c.report = report;
      return c;
    });
  }

  /** Submits the report to the justice bureau: every file scored, every section written; the statistics are frozen. */
  static submit(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return ReviewService.onCampaign(ctx, 'submitReviewReport', 'submit', id, expectedVersion, assertRuns, async (env, c) => {
      const errors: FieldError[] = [];
      for (const key of REPORT_KEYS) if ((c.report?.[key] ?? '').trim().length < 2) errors.push(new FieldError(`report.${key}`, '报告的该部分尚未撰写', FieldErrorCode.REQUIRED));
      const files = await env.em.find(ReviewFile, { campaignId: c.id }, { orderBy: { position: 'asc' } });
      const scores = await env.em.find(ReviewScore, { campaignId: c.id });
      const unscored = files.filter((f) => !scores.some((s) => s.fileId === f.id)).length;
      if (unscored) errors.push(new FieldError('files', `尚有 ${unscored} 份案卷未评分`, FieldErrorCode.INVALID));
      if (errors.length) return new ValidationError(errors, errors.length === 1 ? errors[0].message : `尚不能报送：${errors.map((e) => e.message).join('；')}`);
      const checklist = (await ReviewService.checklist(env.em, c.checklistVersion))!;
      c.statistics = statisticsOf(contentOf(checklist), files, scores);
      c.reportedAt = env.now;
      env.auditDetails = { files: files.length };
      return c;
    });
  }

  /** A reviewer's round on a file (FIRST, or EXPERT beside it), scored on the campaign's pinned checklist. */
  static score(ctx: HubContext, input: ScoreReviewFileInput): Promise<ReviewFile | BusinessError> {
    let campaign: ReviewCampaign | null = null;
    return runCommand<ReviewFile, ReviewFile, never, never, ReviewFile>(ctx, {
      action: 'scoreReviewFile',
      notFound: '案卷不存在，或不在您参与的评查中。',
      target: input.fileId,
      lock: async (env, viewer) => {
        if (!isUuid(input.fileId)) return null;
        const file = await env.em.findOne(ReviewFile, { id: input.fileId });
        if (!file) return null;
        // Shared lock: a submission waits for the rounds being scored (and they for it).
        campaign = await env.em.findOne(ReviewCampaign, { id: file.campaignId }, { lockMode: LockMode.PESSIMISTIC_READ });
        if (!campaign || !takesPart(viewer, campaign)) return null;
        await env.em.findOne(ReviewFile, { id: file.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        return { record: file, root: file };
      },
      auditIds: () => [campaign!.id],
      authorize: (viewer) => assertMayScore(viewer, campaign!),
      expectedVersion: input.expectedVersion,
      apply: async (env, file) => {
        const c = campaign!;
        if (!reviewCampaignMachine.allows(c.status, 'score')) return new InvalidTransitionError(c.status, reviewRefusal('score', c.status));
        const checklist = contentOf((await ReviewService.checklist(env.em, c.checklistVersion))!);
        const rounds = await env.em.find(ReviewScore, { fileId: file.id });
        if (input.round === ReviewRound.EXPERT && !rounds.some((r) => r.round === ReviewRound.FIRST)) return new InvalidTransitionError(c.status, '该案卷尚未初评，专家复评应在初评之后。');
        const errors: FieldError[] = [];
        const decisions: CheckDecision[] = [];
        (input.decisions ?? []).forEach((d, i) => {
          const check = file.checks.find((x) => x.code === d.code);
          if (!check) return errors.push(new FieldError(`decisions.${i}.code`, '该案卷没有这项自动检查', FieldErrorCode.NOT_FOUND));
          if (decisions.some((x) => x.code === d.code)) return errors.push(new FieldError(`decisions.${i}.code`, '同一项检查只能确认或更正一次', FieldErrorCode.TAKEN));
          let reason: string | null = null;
          if (!d.confirmed) {
            if (!d.status) errors.push(new FieldError(`decisions.${i}.status`, '更正检查结果应写明更正后的结果', FieldErrorCode.REQUIRED));
            const local: FieldError[] = [];
            reason = textField(`decisions.${i}.reason`, d.reason, 2, 1000, local);
            if (local.length)
              errors.push(new FieldError(`decisions.${i}.reason`, '更正检查结果应说明理由', local[0].code === FieldErrorCode.TOO_LONG ? FieldErrorCode.TOO_LONG : FieldErrorCode.REQUIRED));
          }
          const item = check.itemCode ? checklist.items.find((x) => x.code === check.itemCode) : undefined;
          const deduction = d.confirmed ? null : (d.deduction ?? null);
          if (deduction !== null && (!item || !Number.isInteger(deduction) || deduction < 0 || deduction > item.maxDeduction))
            errors.push(new FieldError(`decisions.${i}.deduction`, item ? `扣分应为 0–${item.maxDeduction} 的整数` : '该项检查不扣分', FieldErrorCode.INVALID));
          decisions.push({ code: d.code, confirmed: d.confirmed, status: d.confirmed ? null : (d.status ?? null), deduction, reason });
        });
        const deductions: ManualDeduction[] = [];
        (input.deductions ?? []).forEach((d, i) => {
          const item = checklist.items.find((x) => x.code === d.itemCode);
          if (!item) return errors.push(new FieldError(`deductions.${i}.itemCode`, '评查标准中没有该评分项', FieldErrorCode.NOT_FOUND));
          if (deductions.some((x) => x.itemCode === d.itemCode)) return errors.push(new FieldError(`deductions.${i}.itemCode`, '同一评分项只能扣分一次', FieldErrorCode.TAKEN));
          if (!Number.isInteger(d.points) || d.points < 1 || d.points > item.maxDeduction)
            errors.push(new FieldError(`deductions.${i}.points`, `扣分应为 1–${item.maxDeduction} 的整数`, FieldErrorCode.INVALID));
          const note = textField(`deductions.${i}.note`, d.note, 0, 500, errors);
          deductions.push({ itemCode: item.code, points: d.points, note: note || null });
        });
        const vetoes = [...new Set(input.vetoes ?? [])];
        vetoes.forEach((v, i) => {
          if (!checklist.vetoItems.some((x) => x.code === v)) errors.push(new FieldError(`vetoes.${i}`, '评查标准中没有该否决项', FieldErrorCode.NOT_FOUND));
        });
        const comment = textField('comment', input.comment, 0, 2000, errors);
        if (errors.length) return new ValidationError(errors);
        const result = scoreFile(checklist, file.checks, decisions, deductions, vetoes);
        const existing = rounds.find((r) => r.round === input.round);
        const row =
          existing ??
          env.em.create(ReviewScore, {
            id: randomUUID(),
            fileId: file.id,
            campaignId: c.id,
            round: input.round,
            reviewerId: env.viewer!.userId,
            decisions,
            deductions,
            vetoes,
            comment: comment || null,
            score: result.score,
            grade: result.grade,
            result,
            scoredAt: env.now,
          });
        Object.assign(row, { reviewerId: env.viewer!.userId, decisions, deductions, vetoes, comment: comment || null, score: result.score, grade: result.grade, result, scoredAt: env.now });
        env.auditDetails = { round: input.round, score: result.score, grade: result.grade };
        return file;
      },
    });
  }

  /** Frame of every change of a campaign: locked, found only by its participants (else NOT_FOUND), authorized, version and transition checked. */
  private static onCampaign(
    ctx: HubContext,
    action: string,
    transition: ReviewCampaignTransition,
    id: string,
    expectedVersion: number | null | undefined,
    authorize: (viewer: Viewer, c: ReviewCampaign) => void,
    apply: (env: TransactionEnv, c: ReviewCampaign) => Promise<ReviewCampaign | BusinessError>,
  ) {
    return runCommand<ReviewCampaign, ReviewCampaign, ReviewCampaignStatus, ReviewCampaignTransition, ReviewCampaign>(ctx, {
      action,
      notFound: `评查 ${id} 不存在。`,
      target: id,
      lock: async (env, viewer) => {
        if (!isUuid(id)) return null;
        const c = await env.em.findOne(ReviewCampaign, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        return c && seesCampaign(viewer, c) ? { record: c, root: c } : null;
      },
      authorize: (viewer, { record }) => authorize(viewer, record),
      expectedVersion,
      transition: { machine: reviewCampaignMachine, action: transition, refusal: (status) => reviewRefusal(transition, status) },
      apply: (env, c) => apply(env, c),
    });
  }

  // ---------------------------------------------------------------- reads

  /** Campaigns the viewer sees (seesCampaign), newest first. */
  static async list(ctx: HubContext, status: readonly ReviewCampaignStatus[] | null | undefined, limit: number): Promise<ReviewCampaign[]> {
    const viewer = requireViewer(ctx);
    const params: unknown[] = [];
    let where = 'true';
    if (!isAdmin(viewer)) {
      where = `(c.created_by = ? or c.reviewer_ids @> jsonb_build_array(?::text) or (c.status = 'REPORTED' and (? or c.organization_id = ?)))`;
      params.push(viewer.userId, viewer.userId, hasRole(viewer, Role.REVIEWER), viewer.organizationId);
    }
    if (status?.length) {
      where += ` and c.status in (${placeholders(status.length)})`;
      params.push(...status);
    }
    params.push(limit);
    const rows = await ctx.em.getConnection().execute<{ id: string }[]>(`select c.id from review_campaign c where ${where} order by c.created_at desc, c.id desc limit ?`, params);
    if (!rows.length) return [];
    const found = await ctx.em.find(ReviewCampaign, { id: { $in: rows.map((r) => r.id) } });
    return rows.map((r) => found.find((c) => c.id === r.id)!).filter(Boolean);
  }

  static async one(ctx: HubContext, id: string): Promise<ReviewCampaign | null> {
    if (!isUuid(id)) return null;
    const c = await ctx.em.findOne(ReviewCampaign, { id });
    return c && seesCampaign(requireViewer(ctx), c) ? c : null;
  }

  /** A file, for the campaign's participants only. */
  static async file(ctx: HubContext, id: string): Promise<ReviewFile | null> {
    if (!isUuid(id)) return null;
    const f = await ctx.em.findOne(ReviewFile, { id });
    if (!f) return null;
    const c = await ctx.em.findOne(ReviewCampaign, { id: f.campaignId });
    return c && takesPart(ctx.viewer, c) ? f : null;
  }

  static async files(ctx: HubContext, c: ReviewCampaign): Promise<ReviewFile[] | null> {
    if (!takesPart(ctx.viewer, c)) return null;
    return ctx.em.find(ReviewFile, { campaignId: c.id }, { orderBy: { position: 'asc' } });
  }

  static async liveStatistics(ctx: HubContext, c: ReviewCampaign): Promise<ReviewStatisticsData | null> {
    if (c.statistics) return c.statistics;
    if (!takesPart(ctx.viewer, c) || c.checklistVersion === null) return null;
    const checklist = await ReviewService.checklist(ctx.em, c.checklistVersion);
    const files = await ctx.em.find(ReviewFile, { campaignId: c.id }, { orderBy: { position: 'asc' } });
    const scores = await ctx.em.find(ReviewScore, { campaignId: c.id });
    return statisticsOf(contentOf(checklist!), files, scores);
  }

  /**
   * The report as PDF or DOCX, audited in its own transaction before it is returned. The
   * participants may preview it while the campaign runs; the justice bureau and the reviewed
   * organization read it once submitted; anyone else: null (the refusal audited).
   */
  static async reportDocument(ctx: HubContext, id: string, format: ReviewReportFormat): Promise<ReviewReportDocument | null> {
    const viewer = requireViewer(ctx);
    const out = await ctx.services.uow.run<ReviewReportDocument>({ services: ctx.services, em: ctx.em, viewer }, 'downloadReviewReport', async (env) => {
      env.targets.push(id);
      const missing = new NotFoundError(`评查 ${id} 不存在。`);
      const c = isUuid(id) ? await env.em.findOne(ReviewCampaign, { id }) : null;
      if (!c || !seesCampaign(viewer, c)) return missing;
      if (c.status !== ReviewCampaignStatus.REPORTED && c.status !== ReviewCampaignStatus.IN_PROGRESS) return new InvalidTransitionError(c.status, '评查开始后才能生成报告。');
      const checklist = contentOf((await ReviewService.checklist(env.em, c.checklistVersion))!);
      const files = await env.em.find(ReviewFile, { campaignId: c.id });
      const scores = await env.em.find(ReviewScore, { campaignId: c.id });
      const statistics = c.statistics ?? statisticsOf(checklist, files, scores);
      const [org, runner] = await Promise.all([env.em.findOne(Organization, { id: c.organizationId }), c.runnerOrganizationId ? env.em.findOne(Organization, { id: c.runnerOrganizationId }) : null]);
      const doc = await renderReport(c, statistics, { organizationName: org?.name ?? '', runnerName: runner?.name ?? org?.name ?? '', asOf: c.reportedAt ?? env.now }, format);
      env.auditDetails = { format, sha256: doc.sha256, status: c.status };
      return doc;
    });
    return out instanceof NotFoundError || out instanceof InvalidTransitionError ? null : (out as ReviewReportDocument);
  }

  /** The reviewers' rounds of files (one statement). */
  static roundsOf(em: EntityManager, fileIds: readonly string[]): Promise<ReviewScore[]> {
    return fileIds.length ? em.find(ReviewScore, { fileId: { $in: [...fileIds] } }, { orderBy: { round: 'asc' } }) : Promise.resolve([]);
  }

  /** The business date of an instant (for views). */
  static dateOf(at: Date): string {
    return chinaDateOf(at);
  }
}
