import { randomUUID } from 'node:crypto';
import type { HubContext } from '../../server/context';
import {
  Channel,
  ClockStart,
  DeadlineKind,
  DisputeEventType,
  ExtensionBasis,
  OutcomeKind,
  PauseReason,
  ProcedureTrack,
  ProceedingStatus,
  ReferralKind,
  ReferralStatus,
} from '../../shared/enums';
import { ExtensionNotAllowedError, FieldError, InvalidTransitionError, NotFoundError, ValidationError, type BusinessError } from '../../shared/errors';
import { forbidden } from '../../shared/graphql-errors';
import { runMutation, type MutationEnv } from '../../shared/mutation';
import { isCalendarDate } from '../../shared/scalars';
import { User } from '../auth/user.entity';
import { chinaDateOf, checkExtension, compareDates } from '../clock';
import { Deadline } from '../deadline/deadline.entity';
import { DeadlineService } from '../deadline/deadline.service';
import { Dispute } from '../dispute/dispute.entity';
import { actsFor } from '../dispute/dispute.policy';
import { DisputeRepository } from '../dispute/dispute.repository';
import { isUuid } from '../../shared/validation/uuid';
import { textField, touchDispute, transitionDispute, versionConflict } from '../dispute/dispute.service';
import { Matter } from '../matter/matter.entity';
import type { TimeLimit } from '../matter/matter.types';
import { Organization } from '../organization/organization.entity';
import { Referral } from '../referral/referral.entity';
import { OUTCOME_LABEL, PAUSE_LABEL, unitLabel } from '../timeline/event-summaries';
import { TimelineService } from '../timeline/timeline.service';
import { courtReferralLimit, judicialConfirmationLimits, toClockRule } from './clock-rules';
import { ExtensionRecord } from './extension.entity';
import { OUTCOME_RULES, outcomeFits } from './outcomes';
import { ProceedingPause } from './proceeding-pause.entity';
import { Proceeding } from './proceeding.entity';
import { proceedingMachine, type ProceedingAction } from './proceeding.state-machine';
import type { ConcludeProceedingInput } from './proceeding.types';

export class ProceedingService {
  /**
   * Opens the receiver's proceeding when a referral is accepted. The handling
   * limit comes from the court's kind of referral when a court sent it, else
   * from the matter (its simplified limit under the simplified procedure).
   */
  static async openForReferral(env: MutationEnv, referral: Referral, dispute: Dispute): Promise<Proceeding> {
    const { em } = env;
    const matter = referral.matter
      ? await em.findOneOrFail(Matter, { id: referral.matter.id })
      : await defaultMatter(env, referral.toOrganization.id, referral.channel);
    const court = courtReferralLimit(referral.kind, referral.procedure);
    const simplified = referral.procedure === ProcedureTrack.SIMPLIFIED ? matter?.simplifiedHandlingTimeLimit : null;
    const handlingRule: TimeLimit = court ?? simplified ?? matter?.handlingTimeLimit ?? fallbackLimit(referral.channel);
    const acceptanceRule = court ? null : (matter?.acceptanceTimeLimit ?? null);
    const proceeding = em.create(Proceeding, {
      id: randomUUID(),
      dispute,
      referralId: referral.id,
      channel: referral.channel,
      organization: referral.toOrganization,
      matter,
      status: acceptanceRule ? ProceedingStatus.ACCEPTANCE_REVIEW : ProceedingStatus.IN_PROGRESS,
      procedure: referral.procedure,
      receivedAt: referral.createdAt,
      startedAt: env.now,
      acceptedAt: acceptanceRule ? null : env.now,
      handlingRule,
      acceptanceRule,
    });
    const receivedOn = chinaDateOf(referral.createdAt);
    if (acceptanceRule) {
      DeadlineService.create(em, env.calendar, env.today, {
        kind: DeadlineKind.ACCEPTANCE,
        rule: toClockRule(acceptanceRule),
        start: receivedOn,
        disputeId: dispute.id,
        proceedingId: proceeding.id,
        organizationId: referral.toOrganization.id,
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
      const number = textField('caseNumber', caseNumber, 0, 100, errors);
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
      TimelineService.append(env.em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.PROCEEDING_ADMITTED,
        actorUserId: ctx.viewer!.userId,
        organizationId: org.id,
        proceedingId: p.id,
        summary: `${org.name} 受理${p.caseNumber ? `（案号 ${p.caseNumber}）` : ''}${p.procedure === ProcedureTrack.SIMPLIFIED ? '，适用简易程序' : ''}`,
        data: { procedure: p.procedure, caseNumber: p.caseNumber },
      });
      return p;
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
        if (!suggested) errors.push(new FieldError('suggestedOrganizationId', 'unknown organization'));
        else if (suggestedChannel && !suggested.channels.includes(suggestedChannel)) errors.push(new FieldError('suggestedChannel', `${suggested.name} does not handle ${suggestedChannel}`));
      }
      if (errors.length) return new ValidationError(errors);
      p.rejectReason = why;
      p.outcomeAt = env.now;
      for (const d of await DeadlineService.forUpdate(env.em, { proceedingId: p.id, open: true })) DeadlineService.meet(d, env.calendar, env.today);
      await completeReferral(env, p);
      const err = transitionDispute(env, dispute, 'concludeNotSettling');
      if (err) return err;
      TimelineService.append(env.em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.PROCEEDING_NOT_ACCEPTED,
        actorUserId: ctx.viewer!.userId,
        organizationId: org.id,
        proceedingId: p.id,
        referralId: p.referralId,
        summary: `${org.name} 不予受理${suggested ? `，建议向 ${suggested.name} 申请` : ''}`,
        data: { suggestedChannel: suggestedChannel ?? null, suggestedOrganizationId: suggested?.id ?? null },
      });
      return p;
    });
  }

  static assign(ctx: HubContext, id: string, userId: string, expectedVersion: number | null | undefined) {
    return ProceedingService.onProceeding(ctx, 'assignProceeding', 'assign', id, expectedVersion, async (env, p, dispute, org) => {
      const user = isUuid(userId) ? await env.em.findOne(User, { id: userId, disabled: false }) : null;
      if (!user) return new NotFoundError(`No user ${userId}.`);
      if (user.organization?.id !== org.id) return ValidationError.of('userId', `${user.displayName} is not a member of ${org.name}`);
      p.assignee = env.em.getReference(User, user.id) as never;
      TimelineService.append(env.em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.PROCEEDING_ASSIGNED,
        actorUserId: ctx.viewer!.userId,
        organizationId: org.id,
        proceedingId: p.id,
        summary: `${org.name} 指定承办人`,
        data: { assigneeId: user.id },
      });
      return p;
    });
  }

  static pause(ctx: HubContext, id: string, reason: PauseReason, note: string | null | undefined, expectedVersion: number | null | undefined) {
    return ProceedingService.onProceeding(ctx, 'pauseProceeding', 'pause', id, expectedVersion, async (env, p, dispute, org) => {
      const errors: FieldError[] = [];
      const cleanNote = textField('note', note, 0, 2000, errors);
      if (!p.handlingRule.pauseReasons.includes(reason)) {
        errors.push(
          new FieldError('reason', p.handlingRule.pauseReasons.length ? `this clock pauses only for ${p.handlingRule.pauseReasons.join(', ')}` : 'this clock cannot be paused under its rule'),
        );
      }
      if (errors.length) return new ValidationError(errors);
      env.em.create(ProceedingPause, { id: randomUUID(), proceedingId: p.id, reason, note: cleanNote, startedAt: env.now, startedBy: ctx.viewer!.userId });
      for (const d of await DeadlineService.forUpdate(env.em, { proceedingId: p.id, kind: DeadlineKind.HANDLING, open: true })) DeadlineService.pause(d, env.calendar, env.today);
      TimelineService.append(env.em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.PAUSED,
        actorUserId: ctx.viewer!.userId,
        organizationId: org.id,
        proceedingId: p.id,
        summary: `${org.name} 因${PAUSE_LABEL[reason]}中止计时`,
        data: { reason },
      });
      return p;
    });
  }

  static resume(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return ProceedingService.onProceeding(ctx, 'resumeProceeding', 'resume', id, expectedVersion, async (env, p, dispute, org) => {
      for (const pause of await env.em.find(ProceedingPause, { proceedingId: p.id, endedAt: null })) pause.endedAt = env.now;
      const deadlines = await DeadlineService.forUpdate(env.em, { proceedingId: p.id, kind: DeadlineKind.HANDLING, open: true });
      for (const d of deadlines) DeadlineService.resume(d, env.calendar, env.today);
      TimelineService.append(env.em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.RESUMED,
        actorUserId: ctx.viewer!.userId,
        organizationId: org.id,
        proceedingId: p.id,
        summary: `${org.name} 恢复计时${deadlines[0] ? `，办理期限顺延至 ${deadlines[0].dueOn}` : ''}`,
        data: { dueOn: deadlines[0]?.dueOn ?? null },
      });
      return p;
    });
  }

  static extend(
    ctx: HubContext,
    id: string,
    amount: number,
    reason: string,
    basis: ExtensionBasis,
    approverName: string | null | undefined,
    expectedVersion: number | null | undefined,
  ) {
    return ProceedingService.onProceeding(ctx, 'extendProceeding', 'extend', id, expectedVersion, async (env, p, dispute, org) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 2, 2000, errors);
      const approver = textField('approverName', approverName, 0, 100, errors);
      if (!Number.isInteger(amount) || amount < 1 || amount > 3650) errors.push(new FieldError('amount', 'must be a whole number of units, at least 1'));
      if (errors.length) return new ValidationError(errors);
      const deadline = (await DeadlineService.forUpdate(env.em, { proceedingId: p.id, kind: DeadlineKind.HANDLING, open: true }))[0] ?? null;
      if (!deadline) return new InvalidTransitionError(p.status, 'This proceeding has no running handling clock to extend.');
      const check = checkExtension(toClockRule(p.handlingRule), deadline.extended, amount);
      if (!check.ok) {
        const message =
          check.reason === 'NOT_EXTENSIBLE'
            ? `The handling limit of this proceeding cannot be extended (${p.handlingRule.legalBasis}).`
            : `The rule allows at most ${check.maxExtension} ${p.handlingRule.unit} of extension in total; ${check.alreadyExtended} already used.`;
        return new ExtensionNotAllowedError(check.maxExtension, check.alreadyExtended, message);
      }
      env.em.create(ExtensionRecord, {
        id: randomUUID(),
        proceedingId: p.id,
        judicialConfirmationId: null,
        amount,
        unit: p.handlingRule.unit,
        reason: why!,
        basis,
        approverName: approver,
        recordedBy: ctx.viewer!.userId,
        at: env.now,
      });
      DeadlineService.extend(deadline, env.calendar, env.today, amount);
      TimelineService.append(env.em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.EXTENDED,
        actorUserId: ctx.viewer!.userId,
        organizationId: org.id,
        proceedingId: p.id,
        summary: `${org.name} 延长办理期限 ${unitLabel(p.handlingRule.unit, amount)}，至 ${deadline.dueOn}`,
        data: { amount, unit: p.handlingRule.unit, basis, dueOn: deadline.dueOn },
      });
      return p;
    });
  }

  static conclude(ctx: HubContext, input: ConcludeProceedingInput) {
    // A withdrawal may be recorded while the case is still under acceptance review (the machine's 'withdraw').
    const action: ProceedingAction = input.outcome === OutcomeKind.WITHDRAWN ? 'withdraw' : 'conclude';
    return ProceedingService.onProceeding(ctx, 'concludeProceeding', action, input.proceedingId, input.expectedVersion, async (env, p, dispute, org) => {
      const errors: FieldError[] = [];
      const summary = textField('summary', input.summary, 2, 5000, errors);
      const documentNumber = textField('documentNumber', input.documentNumber, 0, 100, errors);
      if (!outcomeFits(input.outcome, p.channel)) errors.push(new FieldError('outcome', `${input.outcome} is not an outcome of a ${p.channel} proceeding`));
      const effectiveOn = input.effectiveOn ?? env.today;
      if (!isCalendarDate(effectiveOn)) errors.push(new FieldError('effectiveOn', 'must be a date YYYY-MM-DD'));
      else if (compareDates(effectiveOn, env.today) > 0) errors.push(new FieldError('effectiveOn', 'cannot be in the future'));
      else if (compareDates(effectiveOn, chinaDateOf(p.receivedAt)) < 0) errors.push(new FieldError('effectiveOn', 'cannot be before the case was received'));
      if (errors.length) return new ValidationError(errors);
      const settles = OUTCOME_RULES[input.outcome].settles;
      p.outcomeKind = input.outcome;
      p.outcomeSettles = settles;
      p.outcomeSummary = summary;
      p.outcomeDocumentNumber = documentNumber;
      p.outcomeEffectiveOn = effectiveOn;
      p.outcomeAt = env.now;
      for (const pause of await env.em.find(ProceedingPause, { proceedingId: p.id, endedAt: null })) pause.endedAt = env.now;
      for (const d of await DeadlineService.forUpdate(env.em, { proceedingId: p.id, open: true })) DeadlineService.meet(d, env.calendar, env.today);
      await completeReferral(env, p);
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
      TimelineService.append(env.em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.CONCLUDED,
        actorUserId: ctx.viewer!.userId,
        organizationId: org.id,
        proceedingId: p.id,
        referralId: p.referralId,
        summary: `${org.name} 办结：${OUTCOME_LABEL[input.outcome]}${documentNumber ? `（${documentNumber}）` : ''}`,
        data: { outcome: input.outcome, settles, effectiveOn },
      });
      await ctx.services.hooks?.proceedingConcluded?.(ctx, env, p, dispute);
      return p;
    });
  }

  /** Frame of proceeding actions: visible, dispute locked, organization's own, version and transition checked. */
  private static onProceeding(
    ctx: HubContext,
    auditAction: string,
    action: ProceedingAction,
    id: string,
    expectedVersion: number | null | undefined,
    fn: (env: MutationEnv, p: Proceeding, dispute: Dispute, org: Organization) => Promise<Proceeding | BusinessError>,
  ) {
    const viewer = ctx.viewer!;
    return runMutation<Proceeding>(ctx, auditAction, async (env) => {
      const { em } = env;
      const locked = await DisputeRepository.lockThrough(em, viewer, Proceeding, id, (x) => x.dispute.id);
      if (!locked) return new NotFoundError(`No proceeding ${id}.`);
      const { record: p, dispute } = locked;
      env.targets.push(p.id, dispute.id);
      if (!actsFor(viewer, p.organization.id)) throw forbidden('Only the organization that holds the proceeding may do this.');
      const conflict = versionConflict(p.version, expectedVersion);
      if (conflict) return conflict;
      const next = proceedingMachine.next(p.status, action);
      if (!next) return new InvalidTransitionError(p.status, `A proceeding in status ${p.status} does not allow ${action}.`);
      p.status = next;
      p.version += 1;
      touchDispute(env, dispute);
      const org = await em.findOneOrFail(Organization, { id: p.organization.id });
      return fn(env, p, dispute, org);
    });
  }
}

function createHandlingDeadline(env: MutationEnv, p: Proceeding, disputeId: string, start: string): Deadline {
  return DeadlineService.create(env.em, env.calendar, env.today, {
    kind: DeadlineKind.HANDLING,
    rule: toClockRule(p.handlingRule),
    start,
    disputeId,
    proceedingId: p.id,
    organizationId: p.organization.id,
  });
}

async function completeReferral(env: MutationEnv, p: Proceeding): Promise<void> {
  if (!p.referralId) return;
  const referral = await env.em.findOne(Referral, { id: p.referralId, status: ReferralStatus.ACCEPTED });
  if (referral) referral.status = ReferralStatus.COMPLETED;
}

async function referralKind(env: MutationEnv, p: Proceeding): Promise<ReferralKind> {
  if (!p.referralId) return ReferralKind.TRANSFER;
  return (await env.em.findOneOrFail(Referral, { id: p.referralId })).kind;
}

/** A channel's matter handled by the organization (or any of the channel), for the default limits. */
async function defaultMatter(env: MutationEnv, organizationId: string, channel: Channel): Promise<Matter | null> {
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
