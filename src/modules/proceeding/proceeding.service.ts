import { randomUUID } from 'node:crypto';
import type { HubContext } from '../../core/context';
import { Channel, ClockStart, DeadlineKind, ExtensionBasis, FieldErrorCode, OutcomeKind, PauseReason, ProcedureTrack, ProceedingStatus, ReferralKind } from '../../core/enums';
import { CHANNEL_LABELS, OUTCOME_KIND_LABELS, PAUSE_REASON_LABELS } from '../../core/labels';
import { FieldError, InvalidTransitionError, NotFoundError, ValidationError, type BusinessError } from '../../core/errors';
import { runCommand } from '../../core/command';
import { touch, type TransactionEnv } from '../../core/unit-of-work';
import { isCalendarDate } from '../../core/scalars';
import { isUuid } from '../../core/validation/uuid';
import { textField } from '../../core/validation/text-field';
import { documentNumberField } from '../../core/validation/document-number';
import { User } from '../auth';
import { chinaDateOf, compareDates } from '../clock';
import { Deadline, DeadlineService, extendClock } from '../deadline';
import { Dispute, DisputeRepository, orgNameMap, transitionDispute } from '../dispute';
import { Matter, type TimeLimit } from '../matter';
import { Organization } from '../organization';
import { Timeline, unitLabel } from '../timeline';
import { courtReferralLimit, judicialConfirmationLimits, toClockRule } from './clock-rules';
import { OUTCOME_RULES, outcomeFits } from './outcomes';
import { ProceedingPause } from './proceeding-pause.entity';
import { Proceeding } from './proceeding.entity';
import { assertHoldsProceeding } from './proceeding.policy';
import { OPEN_PROCEEDING_STATUSES, proceedingMachine, type ProceedingAction } from './proceeding.state-machine';

/** Channels whose body must permit a withdrawal (recorded by concluding the proceeding as WITHDRAWN). */
const PERMISSION_TO_WITHDRAW: readonly Channel[] = [Channel.RECONSIDERATION, Channel.ARBITRATION, Channel.LITIGATION];
import type { ConcludeProceedingInput } from './proceeding.types';

/** What a proceeding is opened from: the accepted referral (the referral module owns it). */
export interface ProceedingSource {
  referralId: string;
  kind: ReferralKind;
  channel: Channel;
  procedure: ProcedureTrack;
  matterId: string | null;
  toOrganizationId: string;
  receivedAt: Date;
}

declare module '../../core/unit-of-work' {
  interface DomainEvents {
    /** A proceeding ended (concluded, withdrawn or not accepted); the dispute has moved on already. */
    'proceeding.concluded': { proceeding: Proceeding; dispute: Dispute };
    /** A proceeding was admitted (受理) in this transaction, its event appended: a module may record its part (the lead handler) or refuse. */
    'proceeding.admitted': { proceeding: Proceeding; dispute: Dispute };
    /** A proceeding is about to be concluded through concludeProceeding (not yet written): a module may refuse. */
    'proceeding.concluding': { proceeding: Proceeding; dispute: Dispute; outcome: OutcomeKind };
  }
}

export class ProceedingService {
  /** The applicant withdrew the dispute: its open proceedings end as WITHDRAWN, unless one needs its body's permission. */
  static async endForWithdrawal(env: TransactionEnv, dispute: Dispute): Promise<BusinessError | null> {
    const { em } = env;
    const open = await em.find(Proceeding, { dispute: dispute.id, status: { $in: OPEN_PROCEEDING_STATUSES } }, { orderBy: { startedAt: 'asc', id: 'asc' } });
    const needsPermission = open.find((p) => PERMISSION_TO_WITHDRAW.includes(p.channel));
    if (needsPermission) {
      return new InvalidTransitionError(dispute.status, `${CHANNEL_LABELS[needsPermission.channel]}程序尚在进行：撤回须经该机构准许，由其以“撤回”办结该案件。`);
    }
    const names = await orgNameMap(
      em,
      open.map((p) => p.organization.id),
    );
    for (const p of open) {
      const refused = proceedingMachine.apply(p, 'withdraw');
      if (refused) return refused;
      touch(env, p);
      p.outcomeKind = OutcomeKind.WITHDRAWN;
      p.outcomeSettles = false;
      p.outcomeSummary = '申请人撤回申请';
      p.outcomeEffectiveOn = env.today;
      p.outcomeAt = env.now;
      for (const pause of await em.find(ProceedingPause, { proceedingId: p.id, endedAt: null })) pause.endedAt = env.now;
      Timeline.append(
        env,
        'CONCLUDED',
        { disputeId: dispute.id, organizationId: p.organization.id, proceedingId: p.id },
        { outcome: OutcomeKind.WITHDRAWN, settles: false },
        { organization: names.get(p.organization.id)!, documentNumber: null, withdrawnByApplicant: true },
      );
      const listenerRefused = await env.emit('proceeding.concluded', { proceeding: p, dispute });
      if (listenerRefused) return listenerRefused;
    }
    return null;
  }

  /**
   * Opens the receiver's proceeding when a referral is accepted. The handling
   * limit comes from the court's kind of referral when a court sent it, else
   * from the matter (its simplified limit under the simplified procedure).
   */
  static async openForReferral(env: TransactionEnv, referral: ProceedingSource, dispute: Dispute): Promise<Proceeding> {
    const { em } = env;
    const matter = referral.matterId ? await em.findOneOrFail(Matter, { id: referral.matterId }) : await defaultMatter(env, referral.toOrganizationId, referral.channel);
    const court = courtReferralLimit(referral.kind, referral.procedure);
    const simplified = referral.procedure === ProcedureTrack.SIMPLIFIED ? matter?.simplifiedHandlingTimeLimit : null;
    const handlingRule: TimeLimit = court ?? simplified ?? matter?.handlingTimeLimit ?? fallbackLimit(referral.channel);
    const acceptanceRule = court ? null : (matter?.acceptanceTimeLimit ?? null);
    const proceeding = em.create(Proceeding, {
      id: randomUUID(),
      dispute,
      referralId: referral.referralId,
      channel: referral.channel,
      organization: em.getReference(Organization, referral.toOrganizationId),
      matter,
      status: acceptanceRule ? ProceedingStatus.ACCEPTANCE_REVIEW : ProceedingStatus.IN_PROGRESS,
      procedure: referral.procedure,
      receivedAt: referral.receivedAt,
      startedAt: env.now,
      acceptedAt: acceptanceRule ? null : env.now,
      handlingRule,
      acceptanceRule,
    });
    const receivedOn = chinaDateOf(referral.receivedAt);
    if (acceptanceRule) {
      DeadlineService.create(em, env.calendar, env.today, {
        kind: DeadlineKind.ACCEPTANCE,
        rule: toClockRule(acceptanceRule),
        start: receivedOn,
        disputeId: dispute.id,
        proceedingId: proceeding.id,
        organizationId: referral.toOrganizationId,
      });
    }
    // A RECEIPT clock runs from the referral's arrival, so a late acceptance costs the receiver its own time.
    if (handlingRule.startsFrom === ClockStart.RECEIPT || !acceptanceRule) {
      createHandlingDeadline(env, proceeding, dispute.id, handlingRule.startsFrom === ClockStart.RECEIPT ? receivedOn : env.today);
    }
    return proceeding;
  }

  static admit(ctx: HubContext, id: string, procedure: ProcedureTrack | null | undefined, caseNumber: string | null | undefined, expectedVersion: number | null | undefined) {
    return ProceedingService.onProceeding(ctx, 'admitProceeding', 'admit', id, expectedVersion, async (env, p, dispute, org) => {
      const errors: FieldError[] = [];
      const number = documentNumberField('caseNumber', caseNumber, false, errors);
      if (errors.length) return new ValidationError(errors);
      if (number) p.caseNumber = number;
      if (procedure && procedure !== p.procedure) {
        p.procedure = procedure;
        const matter = p.matter ? await env.em.findOne(Matter, { id: p.matter.id }) : null;
        if (procedure === ProcedureTrack.SIMPLIFIED && matter?.simplifiedHandlingTimeLimit) p.handlingRule = matter.simplifiedHandlingTimeLimit;
        else if (procedure === ProcedureTrack.ORDINARY && matter && !courtReferralLimit(await referralKind(env, p), ProcedureTrack.ORDINARY)) p.handlingRule = matter.handlingTimeLimit;
      }
      p.acceptedAt = env.now;
      for (const d of await DeadlineService.forUpdate(env.em, { proceedingId: p.id, kind: DeadlineKind.ACCEPTANCE, open: true })) DeadlineService.meet(d, env.calendar, env.today);
      const handling = (await DeadlineService.forUpdate(env.em, { proceedingId: p.id, kind: DeadlineKind.HANDLING, open: true }))[0] ?? null;
      if (!handling) createHandlingDeadline(env, p, dispute.id, env.today);
      else if (handling.rule.amount !== p.handlingRule.amount || handling.rule.unit !== p.handlingRule.unit) {
        handling.rule = toClockRule(p.handlingRule);
        DeadlineService.materialize(handling, env.calendar, env.today);
      }
      Timeline.append(
        env,
        'PROCEEDING_ADMITTED',
        { disputeId: dispute.id, organizationId: org.id, proceedingId: p.id },
        { procedure: p.procedure, caseNumber: p.caseNumber },
        { organization: org.name },
      );
      return (await env.emit('proceeding.admitted', { proceeding: p, dispute })) ?? p;
    });
  }

  static reject(
    ctx: HubContext,
    id: string,
    reason: string,
    suggestedChannel: Channel | null | undefined,
    suggestedOrganizationId: string | null | undefined,
    expectedVersion: number | null | undefined,
  ) {
    return ProceedingService.onProceeding(ctx, 'rejectProceeding', 'reject', id, expectedVersion, async (env, p, dispute, org) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 2, 2000, errors);
      let suggested: Organization | null = null;
      if (suggestedOrganizationId) {
        suggested = isUuid(suggestedOrganizationId) ? await env.em.findOne(Organization, { id: suggestedOrganizationId }) : null;
        if (!suggested) errors.push(new FieldError('suggestedOrganizationId', '单位不存在', FieldErrorCode.NOT_FOUND));
        else if (suggestedChannel && !suggested.channels.includes(suggestedChannel))
          errors.push(new FieldError('suggestedChannel', `${suggested.name}不办理${CHANNEL_LABELS[suggestedChannel]}`, FieldErrorCode.INVALID));
      }
      if (errors.length) return new ValidationError(errors);
      p.rejectReason = why;
      p.outcomeAt = env.now;
      for (const d of await DeadlineService.forUpdate(env.em, { proceedingId: p.id, open: true })) DeadlineService.meet(d, env.calendar, env.today);
      const err = transitionDispute(env, dispute, 'concludeNotSettling');
      if (err) return err;
      Timeline.append(
        env,
        'PROCEEDING_NOT_ACCEPTED',
        { disputeId: dispute.id, organizationId: org.id, proceedingId: p.id, referralId: p.referralId },
        { suggestedChannel: suggestedChannel ?? null, suggestedOrganizationId: suggested?.id ?? null },
        { organization: org.name, suggested: suggested?.name ?? null },
      );
      return (await env.emit('proceeding.concluded', { proceeding: p, dispute })) ?? p;
    });
  }

  static assign(ctx: HubContext, id: string, userId: string, expectedVersion: number | null | undefined) {
    return ProceedingService.onProceeding(ctx, 'assignProceeding', 'assign', id, expectedVersion, async (env, p, dispute, org) => {
      const user = isUuid(userId) ? await env.em.findOne(User, { id: userId, disabled: false }) : null;
      if (!user) return new NotFoundError(`账号 ${userId} 不存在。`);
      if (user.organization?.id !== org.id) return ValidationError.of('userId', `${user.displayName}不是${org.name}的工作人员`);
      p.assignee = env.em.getReference(User, user.id) as never;
      Timeline.append(env, 'PROCEEDING_ASSIGNED', { disputeId: dispute.id, organizationId: org.id, proceedingId: p.id }, { assigneeId: user.id }, { organization: org.name });
      return p;
    });
  }

  static pause(ctx: HubContext, id: string, reason: PauseReason, note: string | null | undefined, expectedVersion: number | null | undefined) {
    return ProceedingService.onProceeding(ctx, 'pauseProceeding', 'pause', id, expectedVersion, async (env, p, dispute, org) => {
      const errors: FieldError[] = [];
      const cleanNote = textField('note', note, 0, 2000, errors);
      const refused = pauseReasonError(p, reason);
      if (refused) errors.push(refused);
      if (errors.length) return new ValidationError(errors);
      return ProceedingService.recordPause(env, p, dispute, org, reason, cleanNote);
    });
  }

  static resume(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return ProceedingService.onProceeding(ctx, 'resumeProceeding', 'resume', id, expectedVersion, (env, p, dispute, org) => ProceedingService.recordResume(env, p, dispute, org));
  }

  /**
   * Pauses a proceeding inside another module's transaction (a 补正通知书 pauses the clock
   * for MATERIALS_SUPPLEMENT): the checks and records of pauseProceeding. The caller has
   * locked the dispute and authorized the viewer.
   */
  static async pauseWithin(env: TransactionEnv, p: Proceeding, reason: PauseReason, note: string | null): Promise<Proceeding | BusinessError> {
    const invalid = pauseReasonError(p, reason);
    if (invalid) return new ValidationError([invalid]);
    const refused = proceedingMachine.apply(p, 'pause');
    if (refused) return refused;
    const { dispute, org } = await ProceedingService.touchWithin(env, p);
    return ProceedingService.recordPause(env, p, dispute, org, reason, note);
  }

  /** Resumes a paused proceeding inside another module's transaction (recording the supplement of a 补正通知书). */
  static async resumeWithin(env: TransactionEnv, p: Proceeding): Promise<Proceeding | BusinessError> {
    const refused = proceedingMachine.apply(p, 'resume');
    if (refused) return refused;
    const { dispute, org } = await ProceedingService.touchWithin(env, p);
    return ProceedingService.recordResume(env, p, dispute, org);
  }

  /** What runCommand does for pauseProceeding: the proceeding's and its dispute's versions are raised once. */
  private static async touchWithin(env: TransactionEnv, p: Proceeding): Promise<{ dispute: Dispute; org: Organization }> {
    const dispute = await env.em.findOneOrFail(Dispute, { id: p.dispute.id });
    touch(env, p);
    touch(env, dispute);
    return { dispute, org: await env.em.findOneOrFail(Organization, { id: p.organization.id }) };
  }

  private static async recordPause(env: TransactionEnv, p: Proceeding, dispute: Dispute, org: Organization, reason: PauseReason, note: string | null): Promise<Proceeding> {
    env.em.create(ProceedingPause, { id: randomUUID(), proceedingId: p.id, reason, note, startedAt: env.now, startedBy: env.viewer!.userId });
    for (const d of await DeadlineService.forUpdate(env.em, { proceedingId: p.id, kind: DeadlineKind.HANDLING, open: true })) DeadlineService.pause(d, env.calendar, env.today);
    Timeline.append(env, 'PAUSED', { disputeId: dispute.id, organizationId: org.id, proceedingId: p.id }, { reason }, { organization: org.name });
    return p;
  }

  private static async recordResume(env: TransactionEnv, p: Proceeding, dispute: Dispute, org: Organization): Promise<Proceeding> {
    for (const pause of await env.em.find(ProceedingPause, { proceedingId: p.id, endedAt: null })) pause.endedAt = env.now;
    const deadlines = await DeadlineService.forUpdate(env.em, { proceedingId: p.id, kind: DeadlineKind.HANDLING, open: true });
    for (const d of deadlines) DeadlineService.resume(d, env.calendar, env.today);
    Timeline.append(env, 'RESUMED', { disputeId: dispute.id, organizationId: org.id, proceedingId: p.id }, { dueOn: deadlines[0]?.dueOn ?? null }, { organization: org.name });
    return p;
  }

  static extend(ctx: HubContext, id: string, amount: number, reason: string, basis: ExtensionBasis, approverName: string | null | undefined, expectedVersion: number | null | undefined) {
    return ProceedingService.onProceeding(ctx, 'extendProceeding', 'extend', id, expectedVersion, async (env, p, dispute, org) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 2, 2000, errors);
      const approver = textField('approverName', approverName, 0, 100, errors);
      if (!Number.isInteger(amount) || amount < 1 || amount > 3650) errors.push(new FieldError('amount', '应为 1 至 3650 之间的整数', FieldErrorCode.INVALID));
      if (errors.length) return new ValidationError(errors);
      const deadline = await extendClock(env, {
        clock: { proceedingId: p.id, kind: DeadlineKind.HANDLING },
        noClock: { status: p.status, message: '该案件没有正在计时的办理期限，无法延长。' },
        rule: toClockRule(p.handlingRule),
        amount,
        owner: { proceedingId: p.id, judicialConfirmationId: null },
        reason: why!,
        basis,
        approverName: approver,
        refusal: (check) =>
          check.reason === 'NOT_EXTENSIBLE'
            ? `该案件的办理期限不得延长（${p.handlingRule.legalBasis}）。`
            : `依规则最多可延长 ${unitLabel(p.handlingRule.unit, check.maxExtension ?? 0)}，已延长 ${unitLabel(p.handlingRule.unit, check.alreadyExtended)}。`,
      });
      if (!(deadline instanceof Deadline)) return deadline;
      Timeline.append(
        env,
        'EXTENDED',
        { disputeId: dispute.id, organizationId: org.id, proceedingId: p.id },
        { amount, unit: p.handlingRule.unit, basis, dueOn: deadline.dueOn },
        { organization: org.name, unit: p.handlingRule.unit },
      );
      return p;
    });
  }

  static conclude(ctx: HubContext, input: ConcludeProceedingInput) {
    // A withdrawal may be recorded while the case is still under acceptance review (the machine's 'withdraw').
    const action: ProceedingAction = input.outcome === OutcomeKind.WITHDRAWN ? 'withdraw' : 'conclude';
    return ProceedingService.onProceeding(ctx, 'concludeProceeding', action, input.proceedingId, input.expectedVersion, async (env, p, dispute, org) => {
      const errors: FieldError[] = [];
      const summary = textField('summary', input.summary, 2, 5000, errors);
      const documentNumber = documentNumberField('documentNumber', input.documentNumber, false, errors);
      if (!outcomeFits(input.outcome, p.channel)) errors.push(new FieldError('outcome', `${OUTCOME_KIND_LABELS[input.outcome]}不是${CHANNEL_LABELS[p.channel]}程序的结果`, FieldErrorCode.INVALID));
      const effectiveOn = input.effectiveOn ?? env.today;
      if (!isCalendarDate(effectiveOn)) errors.push(new FieldError('effectiveOn', '应为日期 YYYY-MM-DD', FieldErrorCode.INVALID_FORMAT));
      else if (compareDates(effectiveOn, env.today) > 0) errors.push(new FieldError('effectiveOn', '不能晚于今天', FieldErrorCode.INVALID));
      else if (compareDates(effectiveOn, chinaDateOf(p.receivedAt)) < 0) errors.push(new FieldError('effectiveOn', '不能早于收案日期', FieldErrorCode.INVALID));
      if (errors.length) return new ValidationError(errors);
      const refusedBefore = await env.emit('proceeding.concluding', { proceeding: p, dispute, outcome: input.outcome });
      if (refusedBefore) return refusedBefore;
      const settles = OUTCOME_RULES[input.outcome].settles;
      p.outcomeKind = input.outcome;
      p.outcomeSettles = settles;
      p.outcomeSummary = summary;
      p.outcomeDocumentNumber = documentNumber;
      p.outcomeEffectiveOn = effectiveOn;
      p.outcomeAt = env.now;
      for (const pause of await env.em.find(ProceedingPause, { proceedingId: p.id, endedAt: null })) pause.endedAt = env.now;
      for (const d of await DeadlineService.forUpdate(env.em, { proceedingId: p.id, open: true })) DeadlineService.meet(d, env.calendar, env.today);
      const err = transitionDispute(env, dispute, settles ? 'concludeSettling' : 'concludeNotSettling');
      if (err) return err;
      if (input.outcome === OutcomeKind.AGREEMENT) {
        // The parties may apply for judicial confirmation within 30 days of the agreement taking effect.
        DeadlineService.create(env.em, env.calendar, env.today, {
          kind: DeadlineKind.JUDICIAL_CONFIRMATION_APPLICATION,
          rule: toClockRule(judicialConfirmationLimits.application()),
          start: effectiveOn,
          disputeId: dispute.id,
          proceedingId: p.id,
          organizationId: org.id,
        });
      }
      Timeline.append(
        env,
        'CONCLUDED',
        { disputeId: dispute.id, organizationId: org.id, proceedingId: p.id, referralId: p.referralId },
        { outcome: input.outcome, settles, effectiveOn },
        { organization: org.name, documentNumber, withdrawnByApplicant: false },
      );
      const refused = await env.emit('proceeding.concluded', { proceeding: p, dispute });
      return refused ?? p;
    });
  }

  /** Frame of proceeding actions: visible, dispute locked, the holding organization's own, version and transition checked. */
  private static onProceeding(
    ctx: HubContext,
    auditAction: string,
    action: ProceedingAction,
    id: string,
    expectedVersion: number | null | undefined,
    fn: (env: TransactionEnv, p: Proceeding, dispute: Dispute, org: Organization) => Promise<Proceeding | BusinessError>,
  ) {
    return runCommand<Proceeding, Dispute, ProceedingStatus, ProceedingAction, Proceeding>(ctx, {
      action: auditAction,
      notFound: `案件 ${id} 不存在。`,
      target: id,
      lock: async (env, viewer) => {
        const locked = await DisputeRepository.lockThrough(env.em, viewer, Proceeding, id, (x) => x.dispute.id);
        return locked && { record: locked.record, root: locked.dispute };
      },
      authorize: (viewer, { record }) => assertHoldsProceeding(viewer, record),
      expectedVersion,
      transition: { machine: proceedingMachine, action },
      apply: async (env, p, dispute) => fn(env, p, dispute, await env.em.findOneOrFail(Organization, { id: p.organization.id })),
    });
  }
}

/** The handling rule must allow the pause reason (e.g. 补正材料 stops the clock of a procurement complaint, not of a patent case). */
function pauseReasonError(p: Proceeding, reason: PauseReason): FieldError | null {
  if (p.handlingRule.pauseReasons.includes(reason)) return null;
  return new FieldError(
    'reason',
    p.handlingRule.pauseReasons.length ? `该期限只能因以下事由中止：${p.handlingRule.pauseReasons.map((r) => PAUSE_REASON_LABELS[r]).join('、')}` : '按其规则该期限不得中止',
    FieldErrorCode.INVALID,
  );
}

function createHandlingDeadline(env: TransactionEnv, p: Proceeding, disputeId: string, start: string): Deadline {
  return DeadlineService.create(env.em, env.calendar, env.today, {
    kind: DeadlineKind.HANDLING,
    rule: toClockRule(p.handlingRule),
    start,
    disputeId,
    proceedingId: p.id,
    organizationId: p.organization.id,
  });
}

/** How the proceeding's case arrived (the court's kind of referral sets its limits). */
async function referralKind(env: TransactionEnv, p: Proceeding): Promise<ReferralKind> {
  if (!p.referralId) return ReferralKind.TRANSFER;
  // Read by SQL: the referral module sits above this one (it opens proceedings).
  const [row] = await env.em.getConnection().execute<{ kind: ReferralKind }[]>('select kind from referral where id = ?', [p.referralId], 'all', env.em.getTransactionContext());
  return row.kind;
}

/** A channel's matter handled by the organization (or any of the channel), for the default limits. */
async function defaultMatter(env: TransactionEnv, organizationId: string, channel: Channel): Promise<Matter | null> {
  const handled = await env.em.find(Matter, { channel, handlers: { id: organizationId } }, { orderBy: { code: 'asc' }, limit: 1 });
  return handled[0] ?? (await env.em.findOne(Matter, { channel }, { orderBy: { code: 'asc' } }));
}

/** Only reached for a channel without any catalog matter: a conservative 30 calendar days, stated as the center's own rule. */
function fallbackLimit(channel: Channel): TimeLimit {
  return {
    amount: 30,
    unit: 'CALENDAR_DAYS' as TimeLimit['unit'],
    startsFrom: ClockStart.ACCEPTANCE,
    pauseReasons: [],
    maxExtension: null,
    extensible: false,
    legalBasis: `本中心默认办理期限（${channel} 渠道无目录事项时适用）`,
    action: '办结',
  };
}
