import { randomUUID } from 'node:crypto';
import { QueryOrder } from '@mikro-orm/core';
import type { HubContext } from '../../core/context';
import { runCommand } from '../../core/command';
import { pageInfoOf, withLazyTotal } from '../../core/db/keyset';
import { placeholders, readModels } from '../../core/db/read-model';
import { DeadlineKind, DisputeStatus, FieldErrorCode, FollowUpStatus, ProceedingStatus, type FollowUpMethod } from '../../core/enums';
import { FieldError, InvalidTransitionError, ValidationError, type BusinessError } from '../../core/errors';
import { FOLLOW_UP_STATUS_LABELS } from '../../core/labels';
import { decodeCursor, encodeCursor } from '../../core/pagination';
import { touch, type TransactionEnv } from '../../core/unit-of-work';
import { textField } from '../../core/validation/text-field';
import { isUuid } from '../../core/validation/uuid';
import { requireViewer } from '../../core/viewer';
import { badUserInput } from '../../core/graphql-errors';
import { chinaDateOf, compareDates, isIsoDate, maxDate, type ClockRule, type IsoDate } from '../clock';
import { DeadlineService } from '../deadline';
import { DisputeRepository, type Dispute } from '../dispute';
import { Proceeding } from '../proceeding';
import { Timeline } from '../timeline';
import { FollowUp } from './follow-up.entity';
import { assertMayRecordFollowUp, followUpScope } from './follow-up.policy';
import { FollowUpConnection, type RecordFollowUpInput } from './follow-up.types';

/** The FOLLOW_UP clock's rule: the center's own rule (HUB_FOLLOW_UP_DUE_WORKING_DAYS), from the day the dispute was resolved or closed. */
export function followUpClockRule(workingDays: number): ClockRule {
  return {
    amount: workingDays,
    unit: 'WORKING_DAYS',
    startsFrom: 'DISPUTE_CONCLUDED',
    extensible: false,
    maxExtension: null,
    legalBasis: '本中心回访工作规则：纠纷化解或办结后应当及时回访当事人，了解履行情况和满意度',
    action: '回访当事人',
  };
}

const SCORES = ['professionalism', 'ease', 'timeliness', 'fairness'] as const;

/** What the queue shows. */
export interface FollowUpQueueFilter {
  status?: readonly FollowUpStatus[] | null;
  /** Open follow-ups whose clock is due soon (not yet overdue). */
  dueSoon?: boolean | null;
  /** Open follow-ups whose clock ran out. */
  overdue?: boolean | null;
}

/** The date of an act of the follow-up: a real date, not before the conclusion, not after today. */
function checkDate(field: string, value: string, f: FollowUp, today: IsoDate, errors: FieldError[]): void {
  if (!isIsoDate(value)) errors.push(new FieldError(field, '日期无效', FieldErrorCode.INVALID_FORMAT));
  else if (compareDates(value, f.concludedOn) < 0) errors.push(new FieldError(field, `回访日期不能早于纠纷化解或办结之日（${f.concludedOn}）`, FieldErrorCode.INVALID));
  else if (compareDates(value, today) > 0) errors.push(new FieldError(field, `回访日期不能晚于今天（${today}）`, FieldErrorCode.INVALID));
}

function notOpen(f: FollowUp): InvalidTransitionError | null {
  if (f.status === FollowUpStatus.OPEN) return null;
  return new InvalidTransitionError(f.status, `该回访已${FOLLOW_UP_STATUS_LABELS[f.status]}，不能再登记。`);
}

/**
 * Follow-up visits (回访): created when a dispute is resolved or closed (listeners), recorded,
 * retried and closed by the handling organization. Every command is one unit of work that
 * locks the dispute, so it runs one after the other with the dispute's own changes.
 */
export class FollowUpService {
  // ---------------------------------------------------------------- listeners

  /** 'proceeding.concluded': a settling outcome resolved the dispute; its organization owes the visit. */
  static async onConcluded(env: TransactionEnv, proceeding: Proceeding, dispute: Dispute): Promise<null> {
    if (!proceeding.outcomeSettles || dispute.status !== DisputeStatus.RESOLVED) return null;
    await FollowUpService.open(env, dispute, proceeding.organization.id, proceeding.id, proceeding.outcomeEffectiveOn ?? env.today);
    return null;
  }

  /**
   * 'dispute.closing': a dispute resolved earlier has its follow-up already; one closed from
   * routing is followed up by the organization of its last concluded proceeding, else by
   * the organization that registered it.
   */
  static async onClosing(env: TransactionEnv, dispute: Dispute): Promise<null> {
    if (await env.em.findOne(FollowUp, { disputeId: dispute.id }, { fields: ['id'] })) return null;
    const last = await env.em.findOne(Proceeding, { dispute: dispute.id, status: ProceedingStatus.CONCLUDED }, { orderBy: { outcomeAt: QueryOrder.DESC_NULLS_LAST, startedAt: 'desc', id: 'desc' } });
    await FollowUpService.open(env, dispute, last?.organization.id ?? dispute.registeredByOrganization.id, last?.id ?? null, env.today);
    return null;
  }

  /** 'dispute.withdrawing': a withdrawn dispute is not followed up; an open follow-up ends (the withdrawal stops its clock). */
  static async onWithdrawing(env: TransactionEnv, dispute: Dispute): Promise<null> {
    const f = await env.em.findOne(FollowUp, { disputeId: dispute.id, status: FollowUpStatus.OPEN });
    if (!f) return null;
    f.status = FollowUpStatus.CANCELLED;
    f.closedAt = env.now;
    touch(env, f);
    Timeline.append(env, 'FOLLOW_UP_CLOSED', { disputeId: dispute.id, organizationId: f.organizationId, proceedingId: f.proceedingId }, { followUpId: f.id, unreachable: false }, {});
    return null;
  }

  /** One follow-up per dispute, with its FOLLOW_UP clock from today (the day the hub learns of the conclusion). */
  private static async open(env: TransactionEnv, dispute: Dispute, organizationId: string, proceedingId: string | null, concludedOn: IsoDate): Promise<void> {
    const { em } = env;
    if (await em.findOne(FollowUp, { disputeId: dispute.id }, { fields: ['id'] })) return;
    const clock = DeadlineService.create(em, env.calendar, env.today, {
      kind: DeadlineKind.FOLLOW_UP,
      rule: followUpClockRule(env.settings.followUpDueWorkingDays),
      start: env.today,
      disputeId: dispute.id,
      organizationId,
    });
    em.create(FollowUp, {
      id: randomUUID(),
      disputeId: dispute.id,
      organizationId,
      proceedingId,
      deadlineId: clock.id,
      status: FollowUpStatus.OPEN,
      concludedOn,
      visitedOn: null,
      method: null,
      performance: null,
      professionalism: null,
      ease: null,
      timeliness: null,
      fairness: null,
      comments: null,
      recordedBy: null,
      closedAt: null,
      createdAt: env.now,
    });
  }

  // ---------------------------------------------------------------- commands

  /** recordFollowUp: the visit, its performance and the four scores; the clock is met on the day of the visit. */
  static record(ctx: HubContext, id: string, input: RecordFollowUpInput, expectedVersion: number | null | undefined) {
    return FollowUpService.onFollowUp(ctx, 'recordFollowUp', id, expectedVersion, async (env, f) => {
      const refused = notOpen(f);
      if (refused) return refused;
      const errors: FieldError[] = [];
      checkDate('visitedOn', input.visitedOn, f, env.today, errors);
      for (const k of SCORES) {
        const v = input[k];
        if (!Number.isInteger(v) || v < 1 || v > 5) errors.push(new FieldError(k, '满意度评分应为 1 至 5 分的整数', FieldErrorCode.INVALID));
      }
      const comments = textField('comments', input.comments, 0, 2000, errors);
      if (errors.length) return new ValidationError(errors);
      Object.assign(f, {
        status: FollowUpStatus.VISITED,
        visitedOn: input.visitedOn,
        method: input.method,
        performance: input.performance,
        professionalism: input.professionalism,
        ease: input.ease,
        timeliness: input.timeliness,
        fairness: input.fairness,
        comments,
        recordedBy: env.viewer!.userId,
        closedAt: env.now,
      });
      await FollowUpService.stopClock(env, f, input.visitedOn);
      env.auditDetails = { method: input.method, performance: input.performance, visitedOn: input.visitedOn };
      Timeline.append(
        env,
        'FOLLOW_UP_RECORDED',
        { disputeId: f.disputeId, organizationId: f.organizationId, proceedingId: f.proceedingId },
        {
          followUpId: f.id,
          method: input.method,
          performance: input.performance,
          professionalism: input.professionalism,
          ease: input.ease,
          timeliness: input.timeliness,
          fairness: input.fairness,
        },
        {},
      );
      return f;
    });
  }

  /** recordFollowUpAttempt: the party was not reached; after HUB_FOLLOW_UP_MAX_ATTEMPTS attempts the follow-up closes as unreachable. */
  static attempt(ctx: HubContext, id: string, attemptedOn: string, method: FollowUpMethod, expectedVersion: number | null | undefined) {
    return FollowUpService.onFollowUp(ctx, 'recordFollowUpAttempt', id, expectedVersion, async (env, f) => {
      const refused = notOpen(f);
      if (refused) return refused;
      const errors: FieldError[] = [];
      checkDate('attemptedOn', attemptedOn, f, env.today, errors);
      if (errors.length) return new ValidationError(errors);
      f.attempts = [...f.attempts, { on: attemptedOn, method, at: env.now.toISOString(), by: env.viewer!.userId }];
      const attempt = f.attempts.length;
      env.auditDetails = { attempt, method, attemptedOn };
      const refs = { disputeId: f.disputeId, organizationId: f.organizationId, proceedingId: f.proceedingId };
      Timeline.append(env, 'FOLLOW_UP_ATTEMPTED', refs, { followUpId: f.id, attempt, method }, {});
      if (attempt >= env.settings.followUpMaxAttempts) await FollowUpService.closeUnreachable(env, f, attemptedOn);
      return f;
    });
  }

  /** closeFollowUp: the handler gives up before the last attempt (at least one attempt must be recorded). */
  static close(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return FollowUpService.onFollowUp(ctx, 'closeFollowUp', id, expectedVersion, async (env, f) => {
      const refused = notOpen(f);
      if (refused) return refused;
      if (!f.attempts.length) return new InvalidTransitionError(f.status, '尚未登记未联系上的回访尝试，不能以“未联系上”终结回访。');
      env.auditDetails = { attempts: f.attempts.length };
      await FollowUpService.closeUnreachable(env, f, env.today);
      return f;
    });
  }

  private static async closeUnreachable(env: TransactionEnv, f: FollowUp, on: IsoDate): Promise<void> {
    f.status = FollowUpStatus.UNREACHABLE;
    f.closedAt = env.now;
    f.recordedBy = env.viewer!.userId;
    await FollowUpService.stopClock(env, f, on);
    Timeline.append(env, 'FOLLOW_UP_CLOSED', { disputeId: f.disputeId, organizationId: f.organizationId, proceedingId: f.proceedingId }, { followUpId: f.id, unreachable: true }, {});
  }

  private static async stopClock(env: TransactionEnv, f: FollowUp, on: IsoDate): Promise<void> {
    // A visit may be dated before the clock started (an outcome that took effect before it was recorded): met on its first day then.
    for (const d of await DeadlineService.forUpdate(env.em, { id: f.deadlineId, open: true })) DeadlineService.meet(d, env.calendar, maxDate(on, d.startOn));
  }

  /** Frame of every command: the follow-up of a dispute the viewer reads, of the viewer's organization (else NOT_FOUND), the dispute locked. */
  private static onFollowUp(
    ctx: HubContext,
    action: string,
    id: string,
    expectedVersion: number | null | undefined,
    apply: (env: TransactionEnv, f: FollowUp) => Promise<FollowUp | BusinessError>,
  ): Promise<FollowUp | BusinessError> {
    return runCommand<FollowUp, Dispute, never, never, FollowUp>(ctx, {
      action,
      notFound: `回访 ${id} 不存在。`,
      target: id,
      lock: async (env, viewer) => {
        const scope = followUpScope(viewer);
        if (scope === undefined || !isUuid(id)) return null;
        const locked = await DisputeRepository.lockThrough(env.em, viewer, FollowUp, id, (f) => f.disputeId);
        if (!locked || (scope !== null && locked.record.organizationId !== scope)) return null;
        return { record: locked.record, root: locked.dispute };
      },
      authorize: (viewer, { record }) => assertMayRecordFollowUp(viewer, record),
      expectedVersion,
      apply: (env, f) => apply(env, f),
    });
  }

  // ---------------------------------------------------------------- reads

  /** The queue: the viewer's organization's follow-ups (ADMIN: all), earliest due first, in keyset pages. */
  static async queue(ctx: HubContext, filter: FollowUpQueueFilter, limit: number, after: string | null | undefined): Promise<FollowUpConnection> {
    const viewer = requireViewer(ctx);
    const scope = followUpScope(viewer);
    const empty = () =>
      Object.setPrototypeOf(
        withLazyTotal({ edges: [], pageInfo: pageInfoOf([], false, after) }, async () => 0),
        FollowUpConnection.prototype,
      ) as FollowUpConnection;
    let cursor: [string, string] | null = null;
    if (after) {
      const [due, id] = decodeCursor(after, 'fu', ['string', 'string']) as [string, string];
      if (!isIsoDate(due) || !isUuid(id)) throw badUserInput('after is not a cursor this list gave out', 'after');
      cursor = [due, id];
    }
    if (scope === undefined) return empty();
    const today = chinaDateOf(ctx.services.now());
    const statuses = filter.status?.length ? [...new Set(filter.status)] : [FollowUpStatus.OPEN];
    const where: string[] = [`f.status in (${placeholders(statuses.length)})`];
    const params: unknown[] = [...statuses];
    if (scope !== null) {
      where.push('f.organization_id = ?');
      params.push(scope);
    }
    if (filter.overdue === true) {
      where.push('dl.open and not dl.paused and dl.due_on < ?');
      params.push(today);
    } else if (filter.overdue === false) {
      where.push('not (dl.open and not dl.paused and dl.due_on < ?)');
      params.push(today);
    }
    if (filter.dueSoon === true) {
      where.push('dl.open and not dl.paused and dl.due_soon_on <= ? and dl.due_on >= ?');
      params.push(today, today);
    } else if (filter.dueSoon === false) {
      where.push('not (dl.open and not dl.paused and coalesce(dl.due_soon_on <= ? and dl.due_on >= ?, false))');
      params.push(today, today);
    }
    const from = `from follow_up f join deadline dl on dl.id = f.deadline_id where ${where.join(' and ')}`;
    const conn = ctx.em.getConnection();
    const pageSql = `select f.*, dl.due_on::text as queue_due_on ${from}${cursor ? ' and (dl.due_on, f.id) > (?::date, ?::uuid)' : ''} order by dl.due_on, f.id limit ${limit + 1}`;
    const rows = await conn.execute<Record<string, unknown>[]>(pageSql, cursor ? [...params, ...cursor] : params, 'all', ctx.em.getTransactionContext());
    const nodes = readModels(ctx.em, FollowUp, rows.slice(0, limit));
    const edges = nodes.map((node, i) => ({ cursor: encodeCursor('fu', [String(rows[i].queue_due_on), node.id]), node }));
    const connection = withLazyTotal({ edges, pageInfo: pageInfoOf(edges, rows.length > limit, after) }, async () => {
      const [{ n }] = await conn.execute<{ n: string }[]>(`select count(*)::text as n ${from}`, params, 'all', ctx.em.getTransactionContext());
      return Number(n);
    });
    return Object.setPrototypeOf(connection, FollowUpConnection.prototype) as FollowUpConnection;
  }
}
