import { randomUUID } from 'node:crypto';
import type { HubContext } from '../../core/context';
import { DISPUTE_STATUS_LABELS, JUDICIAL_CONFIRMATION_STATUS_LABELS } from '../../core/labels';
import {
  Channel,
  DeadlineKind,
  ExtensionBasis,
  JudicialConfirmationDecision,
  JudicialConfirmationStatus,
  OrganizationKind,
  OutcomeKind,
  ProcedureTrack,
  ProceedingStatus,
  ReferralKind,
  FieldErrorCode,
} from '../../core/enums';
import { FieldError, InvalidTransitionError, NotFoundError, ValidationError, type BusinessError } from '../../core/errors';
import { runCommand } from '../../core/command';
import { touch, type TransactionEnv } from '../../core/unit-of-work';
import { isUuid } from '../../core/validation/uuid';
import { textField } from '../../core/validation/text-field';
import { documentNumberField } from '../../core/validation/document-number';
import { compareDates, computeDeadline } from '../clock';
import { Deadline, DeadlineService, extendClock } from '../deadline';
import { Dispute, DisputeRepository, transitionDispute } from '../dispute';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { Proceeding, judicialConfirmationLimits, toClockRule } from '../proceeding';
import { Referral, ReferralService } from '../referral';
import { Timeline } from '../timeline';
import { JudicialConfirmation } from './judicial-confirmation.entity';
import { assertIsCourtOf, assertMayApplyForConfirmation } from './court.policy';
import { confirmationMachine, OPEN_CONFIRMATION_STATUSES, type ConfirmationAction } from './judicial-confirmation.state-machine';

/**
 * Court linkage (诉调对接): judicial confirmation of mediation agreements
 * (《人民调解法》 art 33) and the return of failed court-delegated mediations
 * to the delegating court.
 */
export class CourtService {
  static request(ctx: HubContext, proceedingId: string, courtId: string) {
    return runCommand<Proceeding, Dispute, ProceedingStatus, never, JudicialConfirmation>(ctx, {
      action: 'requestJudicialConfirmation',
      notFound: `案件 ${proceedingId} 不存在。`,
      target: proceedingId,
      lock: async (env, viewer) => {
        const locked = await DisputeRepository.lockThrough(env.em, viewer, Proceeding, proceedingId, (x) => x.dispute.id);
        return locked && { record: locked.record, root: locked.dispute };
      },
      authorize: (viewer, { record: p }) => assertMayApplyForConfirmation(viewer, p),
      // The application is a new record: the proceeding's version stays, the dispute's rises.
      versioned: 'root',
      apply: (env, p, dispute) => CourtService.requestLocked(env, p, dispute, courtId),
    });
  }

  private static async requestLocked(env: TransactionEnv, p: Proceeding, dispute: Dispute, courtId: string): Promise<JudicialConfirmation | BusinessError> {
    const viewer = env.viewer!;
    {
      const { em } = env;
      const court = isUuid(courtId) ? await em.findOne(Organization, { id: courtId }) : null;
      if (!court) return new NotFoundError(`单位 ${courtId} 不存在。`);

      const errors: FieldError[] = [];
      if (p.channel !== Channel.MEDIATION || p.outcomeKind !== OutcomeKind.AGREEMENT || p.status !== ProceedingStatus.CONCLUDED) {
        errors.push(new FieldError('proceedingId', '只有调解协议（以达成协议结案的调解程序）才能申请司法确认', FieldErrorCode.INVALID));
      }
      if (court.kind !== OrganizationKind.COURT) errors.push(new FieldError('courtId', `${court.name}不是人民法院`, FieldErrorCode.INVALID));
      const referral = p.referralId ? await em.findOne(Referral, { id: p.referralId }) : null;
      if (referral?.kind === ReferralKind.COURT_ENTRUSTED) {
        errors.push(new FieldError('proceedingId', '立案后委托调解由法院出具调解书结案，不适用司法确认', FieldErrorCode.INVALID));
      }
      if (referral?.kind === ReferralKind.COURT_DELEGATED && referral.fromOrganization.id !== court.id) {
        const delegating = await em.findOneOrFail(Organization, { id: referral.fromOrganization.id });
        errors.push(new FieldError('courtId', `委派调解的案件应向委派法院（${delegating.name}）申请司法确认`, FieldErrorCode.INVALID));
      }
      if (errors.length) return new ValidationError(errors);

      const open = await em.count(JudicialConfirmation, { proceedingId: p.id, status: { $in: [...OPEN_CONFIRMATION_STATUSES, JudicialConfirmationStatus.CONFIRMED] } });
      if (open > 0) {
        const existing = await em.findOneOrFail(JudicialConfirmation, { proceedingId: p.id, status: { $in: [...OPEN_CONFIRMATION_STATUSES, JudicialConfirmationStatus.CONFIRMED] } });
        return new InvalidTransitionError(existing.status, `该调解协议已申请司法确认（${JUDICIAL_CONFIRMATION_STATUS_LABELS[existing.status]}）。`);
      }
      const [window] = await DeadlineService.forUpdate(em, { proceedingId: p.id, kind: DeadlineKind.JUDICIAL_CONFIRMATION_APPLICATION });
      if (window) {
        const view = computeDeadline(env.calendar, { rule: window.rule, start: window.startOn, pauses: window.pauses, extended: window.extended, metOn: window.metOn }, env.today);
        if (compareDates(env.today, view.dueOn) > 0) {
          return ValidationError.of('proceedingId', `申请司法确认的 30 日期限已于 ${view.dueOn} 届满（协议生效日 ${p.outcomeEffectiveOn}）`, FieldErrorCode.INVALID);
        }
      }
      if (dispute.status !== 'RESOLVED') return new InvalidTransitionError(dispute.status, `纠纷处于“${DISPUTE_STATUS_LABELS[dispute.status]}”状态，不能申请司法确认。`);

      const jc = em.create(JudicialConfirmation, {
        id: randomUUID(),
        proceedingId: p.id,
        disputeId: dispute.id,
        court,
        status: JudicialConfirmationStatus.PENDING,
        requestedAt: env.now,
        requestedBy: viewer.userId,
      });
      if (window) DeadlineService.meet(window, env.calendar, env.today);
      DeadlineService.create(em, env.calendar, env.today, {
        kind: DeadlineKind.JUDICIAL_CONFIRMATION_ACCEPTANCE,
        rule: toClockRule(judicialConfirmationLimits.acceptance()),
        start: env.today,
        disputeId: dispute.id,
        proceedingId: p.id,
        judicialConfirmationId: jc.id,
        organizationId: court.id,
      });
      DisputeRepository.grant(env, dispute.id, court.id, true, 'JUDICIAL_CONFIRMATION');
      const mediator = await em.findOneOrFail(Organization, { id: p.organization.id });
      Timeline.append(
        env,
        'JUDICIAL_CONFIRMATION_REQUESTED',
        { disputeId: dispute.id, organizationId: mediator.id, proceedingId: p.id },
        { judicialConfirmationId: jc.id, courtId: court.id },
        { mediator: mediator.name, court: court.name },
      );
      env.targets.push(jc.id);
      return jc;
    }
  }

  static accept(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return CourtService.onConfirmation(ctx, 'acceptJudicialConfirmation', 'accept', id, expectedVersion, async (env, jc, dispute, court) => {
      jc.acceptedAt = env.now;
      for (const d of await DeadlineService.forUpdate(env.em, { judicialConfirmationId: jc.id, kind: DeadlineKind.JUDICIAL_CONFIRMATION_ACCEPTANCE, open: true })) {
        DeadlineService.meet(d, env.calendar, env.today);
      }
      DeadlineService.create(env.em, env.calendar, env.today, {
        kind: DeadlineKind.JUDICIAL_CONFIRMATION_DECISION,
        rule: toClockRule(judicialConfirmationLimits.decision()),
        start: env.today,
        disputeId: dispute.id,
        proceedingId: jc.proceedingId,
        judicialConfirmationId: jc.id,
        organizationId: court.id,
      });
      Timeline.append(
        env,
        'JUDICIAL_CONFIRMATION_ACCEPTED',
        { disputeId: dispute.id, organizationId: court.id, proceedingId: jc.proceedingId },
        { judicialConfirmationId: jc.id },
        { court: court.name },
      );
      return jc;
    });
  }

  static decline(ctx: HubContext, id: string, reason: string, expectedVersion: number | null | undefined) {
    return CourtService.onConfirmation(ctx, 'declineJudicialConfirmation', 'decline', id, expectedVersion, async (env, jc, dispute, court) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 2, 2000, errors);
      if (errors.length) return new ValidationError(errors);
      jc.declineReason = why;
      jc.decidedAt = env.now;
      for (const d of await DeadlineService.forUpdate(env.em, { judicialConfirmationId: jc.id, open: true })) DeadlineService.meet(d, env.calendar, env.today);
      Timeline.append(
        env,
        'JUDICIAL_CONFIRMATION_NOT_ACCEPTED',
        { disputeId: dispute.id, organizationId: court.id, proceedingId: jc.proceedingId },
        { judicialConfirmationId: jc.id },
        { court: court.name },
      );
      return jc;
    });
  }

  static extend(ctx: HubContext, id: string, reason: string, approverName: string | null | undefined, expectedVersion: number | null | undefined) {
    return CourtService.onConfirmation(ctx, 'extendJudicialConfirmation', 'extend', id, expectedVersion, async (env, jc, dispute, court) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 2, 2000, errors);
      const approver = textField('approverName', approverName, 0, 100, errors);
      if (errors.length) return new ValidationError(errors);
      // The law allows one extension of the whole allowance (10 days, approved by the court president).
      const limit = judicialConfirmationLimits.decision();
      const amount = limit.maxExtension ?? 0;
      const deadline = await extendClock(env, {
        clock: { judicialConfirmationId: jc.id, kind: DeadlineKind.JUDICIAL_CONFIRMATION_DECISION },
        noClock: { status: jc.status, message: '该申请没有正在计时的审查期限，无法延长。' },
        rule: toClockRule(limit),
        amount,
        owner: { proceedingId: null, judicialConfirmationId: jc.id },
        reason: why!,
        basis: ExtensionBasis.HEAD_APPROVAL,
        approverName: approver,
        refusal: () => `审查期限经院长批准只能延长一次（${limit.maxExtension} 日），已经延长过。`,
      });
      if (!(deadline instanceof Deadline)) return deadline;
      Timeline.append(
        env,
        'EXTENDED',
        { disputeId: dispute.id, organizationId: court.id, proceedingId: jc.proceedingId },
        { judicialConfirmationId: jc.id, amount, dueOn: deadline.dueOn },
        { organization: court.name, unit: limit.unit },
      );
      return jc;
    });
  }

  static decide(
    ctx: HubContext,
    id: string,
    decision: JudicialConfirmationDecision,
    rulingNumber: string | null | undefined,
    note: string | null | undefined,
    expectedVersion: number | null | undefined,
  ) {
    const action: ConfirmationAction = decision === JudicialConfirmationDecision.CONFIRM ? 'confirm' : 'reject';
    return CourtService.onConfirmation(ctx, 'decideJudicialConfirmation', action, id, expectedVersion, async (env, jc, dispute, court) => {
      const errors: FieldError[] = [];
      const ruling = documentNumberField('rulingNumber', rulingNumber, true, errors);
      const cleanNote = textField('note', note, 0, 2000, errors);
      if (errors.length) return new ValidationError(errors);
      jc.rulingNumber = ruling;
      jc.note = cleanNote;
      jc.decidedAt = env.now;
      for (const d of await DeadlineService.forUpdate(env.em, { judicialConfirmationId: jc.id, open: true })) DeadlineService.meet(d, env.calendar, env.today);
      if (action === 'reject') {
        // Not confirmed: the parties may change the agreement by mediation or sue; the dispute is routed again.
        const err = transitionDispute(env, dispute, 'confirmationRejected');
        if (err) return err;
      }
      Timeline.append(
        env,
        'JUDICIAL_CONFIRMATION_DECIDED',
        { disputeId: dispute.id, organizationId: court.id, proceedingId: jc.proceedingId },
        { judicialConfirmationId: jc.id, decision, rulingNumber: ruling! },
        { court: court.name, confirmed: action === 'confirm' },
      );
      return jc;
    });
  }

  /**
   * After a proceeding concluded: a court-delegated (pre-filing) or entrusted
   * (post-filing) mediation that failed goes back to the court as a referral on
   * the litigation channel, ready for filing (立案) or for the trial to go on.
   */
  static async afterConclusion(env: TransactionEnv, p: Proceeding, dispute: Dispute, responseDays: number): Promise<void> {
    if (p.outcomeKind !== OutcomeKind.MEDIATION_FAILED || !p.referralId) return;
    const referral = await env.em.findOneOrFail(Referral, { id: p.referralId });
    if (referral.kind !== ReferralKind.COURT_DELEGATED && referral.kind !== ReferralKind.COURT_ENTRUSTED) return;
    const [court, mediator] = await Promise.all([env.em.findOneOrFail(Organization, { id: referral.fromOrganization.id }), env.em.findOneOrFail(Organization, { id: p.organization.id })]);
    // The dispute's own litigation matter if it has one, else one the court handles.
    const own = dispute.matter ? await env.em.findOne(Matter, { id: dispute.matter.id, channel: Channel.LITIGATION }) : null;
    const litigation =
      own ??
      (await env.em.findOne(Matter, { channel: Channel.LITIGATION, handlers: { id: court.id } }, { orderBy: { code: 'asc' } })) ??
      (await env.em.findOne(Matter, { channel: Channel.LITIGATION }, { orderBy: { code: 'asc' } }));
    await ReferralService.create(env, responseDays, {
      dispute,
      from: mediator,
      to: court,
      kind: ReferralKind.TRANSFER,
      channel: Channel.LITIGATION,
      matter: litigation,
      procedure: ProcedureTrack.ORDINARY,
      reason: referral.kind === ReferralKind.COURT_DELEGATED ? '诉前委派调解未能达成协议，退回委派法院依法立案审理' : '委托调解未能达成协议，退回委托法院继续审理',
      note: null,
      actorUserId: env.viewer!.userId,
    });
  }

  /** Frame of the court's actions: visible, dispute locked, the confirmation's own court, version and transition checked. */
  private static onConfirmation(
    ctx: HubContext,
    auditAction: string,
    action: ConfirmationAction,
    id: string,
    expectedVersion: number | null | undefined,
    fn: (env: TransactionEnv, jc: JudicialConfirmation, dispute: Dispute, court: Organization) => Promise<JudicialConfirmation | BusinessError>,
  ) {
    return runCommand<JudicialConfirmation, Dispute, JudicialConfirmationStatus, ConfirmationAction, JudicialConfirmation>(ctx, {
      action: auditAction,
      notFound: `司法确认申请 ${id} 不存在。`,
      target: id,
      lock: async (env, viewer) => {
        const locked = await DisputeRepository.lockThrough(env.em, viewer, JudicialConfirmation, id, (c) => c.disputeId);
        return locked && { record: locked.record, root: locked.dispute };
      },
      authorize: (viewer, { record: jc }) => assertIsCourtOf(viewer, jc),
      expectedVersion,
      transition: { machine: confirmationMachine, action },
      apply: async (env, jc, dispute) => fn(env, jc, dispute, await env.em.findOneOrFail(Organization, { id: jc.court.id })),
    });
  }

  /** A dispute with an open application cannot close: the court decides first. */
  static async refuseClosingWhileOpen(env: TransactionEnv, dispute: Dispute): Promise<InvalidTransitionError | null> {
    const open = await env.em.count(JudicialConfirmation, { disputeId: dispute.id, status: { $in: OPEN_CONFIRMATION_STATUSES } });
    return open > 0 ? new InvalidTransitionError(dispute.status, '该纠纷的司法确认尚在办理中，请待人民法院作出裁定。') : null;
  }

  /** An application still before the court is withdrawn with the dispute. */
  static async withdrawWithDispute(env: TransactionEnv, dispute: Dispute): Promise<void> {
    for (const jc of await env.em.find(JudicialConfirmation, { disputeId: dispute.id, status: { $in: OPEN_CONFIRMATION_STATUSES } })) {
      confirmationMachine.apply(jc, 'withdraw');
      touch(env, jc);
      jc.decidedAt = env.now;
    }
  }
}
