import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import { Channel, DeadlineKind, OrganizationKind, ProcedureTrack, ReferralKind, ReferralStatus, Role } from '../../core/enums';
import { DisputeStatus, FieldErrorCode } from '../../core/enums';
import { CHANNEL_LABELS, DISPUTE_STATUS_LABELS, REFERRAL_KIND_LABELS } from '../../core/labels';
import { FieldError, InvalidTransitionError, NotFoundError, ValidationError, type BusinessError } from '../../core/errors';
import { runCommand } from '../../core/command';
import type { TransactionEnv } from '../../core/unit-of-work';
import { requireViewer } from '../../core/viewer';
import { keysetPage, pageInfoOf, withLazyTotal } from '../../core/db/keyset';
import type { Projection } from '../../core/db/projection';
import { placeholders } from '../../core/db/read-model';
import { querySql } from '../../core/db/sql';
import { isUuid } from '../../core/validation/uuid';
import { textField } from '../../core/validation/text-field';
import { DeadlineService } from '../deadline';
import { Dispute, DisputeRepository, assertMayActOnDispute, disputeMachine, orgNameMap, seesEveryDispute, transitionDispute, type DisputeAction } from '../dispute';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { ProceedingService, referralResponseLimit, toClockRule, type Proceeding } from '../proceeding';
import { Timeline } from '../timeline';
import type { ReferDisputeInput } from './referral.types';
import { ReferralConnection } from './referral.types';
import { Referral } from './referral.entity';
import { referralMachine, type ReferralAction } from './referral.state-machine';
import { answersReferrals, assertMayActOnReferral } from './referral.policy';

/** A status filter without repeats: its length (five at most) makes the statement's text, so a client cannot make up new ones. */
function distinctStatuses(status: readonly ReferralStatus[] | null | undefined): ReferralStatus[] {
  return [...new Set(status ?? [])];
}

export class ReferralService {
  /** Incoming referrals of an organization (in these statuses), from the counters the referral triggers keep exact. */
  static async inboxCount(em: EntityManager, organizationId: string, status: readonly ReferralStatus[] | null | undefined): Promise<number> {
    const wanted = distinctStatuses(status);
    const filter = wanted.length ? ` and status in (${placeholders(wanted.length)})` : '';
    const [row] = await querySql<{ n: string }>(em, `select coalesce(sum(n), 0)::text as n from referral_inbox_count where to_organization_id = ?${filter}`, [organizationId, ...wanted]);
    return Number(row.n);
  }

  /**
   * The viewer's organization's incoming referrals, newest first. Only for those who answer them
   * (ANSWER_REFERRAL's roles, ADMIN): others of the organization (a HEAD, a REVIEWER) do not see
   * its disputes, so they get an empty inbox, as does an organization-less viewer.
   */
  static async inbox(
    ctx: HubContext,
    status: readonly ReferralStatus[] | null | undefined,
    limit: number,
    after: string | null | undefined,
    /** The columns the page's fields need (with createdAt, its cursor's): every column by default. */
    projection?: Projection,
  ): Promise<ReferralConnection> {
    const orgId = answersReferrals(ctx.viewer) ? ctx.viewer?.organizationId : null;
    const wanted = distinctStatuses(status);
    const page = orgId
      ? await keysetPage(
          ctx.em,
          {
            from: 'referral r',
            where: ['r.to_organization_id = ?', ...(wanted.length ? [`r.status in (${placeholders(wanted.length)})`] : [])],
            params: [orgId, ...wanted],
          },
          Referral,
          { kind: 'r', alias: 'r', instantColumn: 'created_at', instantOf: (r) => r.createdAt, limit, after, projection, count: () => ReferralService.inboxCount(ctx.em, orgId, wanted) },
        )
      : withLazyTotal({ edges: [], pageInfo: pageInfoOf([], false, after) }, async () => 0);
    return Object.setPrototypeOf(page, ReferralConnection.prototype) as ReferralConnection;
  }

  static async refer(ctx: HubContext, input: ReferDisputeInput): Promise<Referral | BusinessError> {
    const viewer = requireViewer(ctx);
    return runCommand<Dispute, Dispute, DisputeStatus, DisputeAction, Referral>(ctx, {
      action: 'referDispute',
      notFound: `纠纷 ${input.disputeId} 不存在。`,
      target: input.disputeId,
      lock: async (env) => {
        const dispute = await DisputeRepository.lockVisible(env.em, viewer, input.disputeId);
        return dispute && { record: dispute, root: dispute };
      },
      authorize: (_viewer, { root }) => assertMayActOnDispute(viewer, root),
      expectedVersion: input.expectedVersion,
      apply: (env, dispute) => ReferralService.referLocked(ctx, env, input, dispute),
    });
  }

  private static async referLocked(ctx: HubContext, env: TransactionEnv, input: ReferDisputeInput, dispute: Dispute): Promise<Referral | BusinessError> {
    const viewer = requireViewer(ctx);
    {
      const { em } = env;
      if (!disputeMachine.allows(dispute.status, 'refer')) {
        return new InvalidTransitionError(
          dispute.status,
          `纠纷处于“${DISPUTE_STATUS_LABELS[dispute.status]}”状态，不能转办：${dispute.status === 'REFERRED' ? '已有待接收的转办' : '纠纷不在待分流状态'}。`,
        );
      }
      const to = isUuid(input.toOrganizationId) ? await em.findOne(Organization, { id: input.toOrganizationId }) : null;
      if (!to) return new NotFoundError(`单位 ${input.toOrganizationId} 不存在。`);
      // The sender is whoever routes it: the holder's own handler, or the center's frontdesk routing a
      // dispute that came back from another organization (it is the center that then awaits the answer).
      const senderId = viewer.organizationId && seesEveryDispute(viewer) ? viewer.organizationId : dispute.currentOrganization!.id;
      const from = await em.findOneOrFail(Organization, { id: senderId });

      const errors: FieldError[] = [];
      const reason = textField('reason', input.reason, 1, 2000, errors);
      const note = textField('note', input.note, 0, 5000, errors);
      if (to.id === from.id) errors.push(new FieldError('toOrganizationId', '该纠纷已由此单位办理', FieldErrorCode.INVALID));
      if (!to.active) errors.push(new FieldError('toOrganizationId', `${to.name}已停用，不再接收新的转办`, FieldErrorCode.INVALID));
      if (!to.channels.includes(input.channel)) errors.push(new FieldError('channel', `${to.name}不办理${CHANNEL_LABELS[input.channel]}`, FieldErrorCode.INVALID));
      const courtKind = input.kind === ReferralKind.COURT_DELEGATED || input.kind === ReferralKind.COURT_ENTRUSTED;
      if (courtKind) {
        if (from.kind !== OrganizationKind.COURT || !(viewer.roles.includes(Role.COURT_LIAISON) || viewer.roles.includes(Role.ADMIN))) {
          errors.push(new FieldError('kind', `${REFERRAL_KIND_LABELS[input.kind]}只能由人民法院发起`, FieldErrorCode.INVALID));
        }
        if (input.channel !== Channel.MEDIATION) errors.push(new FieldError('channel', `${REFERRAL_KIND_LABELS[input.kind]}只能转至调解（MEDIATION）`, FieldErrorCode.INVALID));
      }
      if (input.procedure === ProcedureTrack.SIMPLIFIED && input.kind === ReferralKind.COURT_DELEGATED) {
        errors.push(new FieldError('procedure', '简易程序仅适用于立案后的委托调解', FieldErrorCode.INVALID));
      }
      let matter: Matter | null = null;
      if (input.matterCode) {
        matter = await em.findOne(Matter, { code: input.matterCode });
        if (!matter) errors.push(new FieldError('matterCode', '未知的事项', FieldErrorCode.NOT_FOUND));
        else if (matter.channel !== input.channel)
          errors.push(new FieldError('matterCode', `${matter.code}是${CHANNEL_LABELS[matter.channel]}事项，不是${CHANNEL_LABELS[input.channel]}事项`, FieldErrorCode.INVALID));
      } else if (dispute.matter) {
        const own = await em.findOneOrFail(Matter, { id: dispute.matter.id });
        if (own.channel === input.channel) matter = own;
      }
      if (errors.length) return new ValidationError(errors);

      const referral = await ReferralService.create(env, ctx.services.settings.referralResponseDays, {
        dispute,
        from,
        to,
        kind: input.kind,
        channel: input.channel,
        matter,
        procedure: input.procedure ?? ProcedureTrack.ORDINARY,
        reason: reason!,
        note,
        actorUserId: viewer.userId,
      });
      return referral;
    }
  }

  /**
   * Creates a referral of a locked dispute that may be referred: the response clock,
   * the receiver's (masked) access and the REFERRED event. Shared by referDispute
   * and the automatic return of a failed court-delegated mediation to the court.
   */
  static async create(
    env: TransactionEnv,
    responseDays: number,
    args: {
      dispute: Dispute;
      from: Organization;
      to: Organization;
      kind: ReferralKind;
      channel: Channel;
      matter: Matter | null;
      procedure: ProcedureTrack;
      reason: string;
      note: string | null;
      actorUserId: string;
    },
  ): Promise<Referral> {
    const { em } = env;
    const { dispute, from, to } = args;
    const referral = em.create(Referral, {
      id: randomUUID(),
      dispute,
      kind: args.kind,
      channel: args.channel,
      matter: args.matter,
      procedure: args.procedure,
      fromOrganization: from,
      toOrganization: to,
      reason: args.reason,
      note: args.note,
      createdBy: args.actorUserId,
      createdAt: env.now,
    });
    const err = transitionDispute(env, dispute, 'refer');
    if (err) throw new Error(`referral of a dispute in status ${dispute.status}`);
    DeadlineService.create(em, env.calendar, env.today, {
      kind: DeadlineKind.REFERRAL_RESPONSE,
      rule: toClockRule(referralResponseLimit(responseDays)),
      start: env.today,
      disputeId: dispute.id,
      referralId: referral.id,
      organizationId: to.id,
    });
    DisputeRepository.grant(env, dispute.id, to.id, false, 'REFERRAL');
    Timeline.append(
      env,
      'REFERRED',
      { disputeId: dispute.id, organizationId: from.id, referralId: referral.id, actorUserId: args.actorUserId },
      { kind: args.kind, channel: args.channel, matterCode: args.matter?.code ?? null, from: from.id, to: to.id },
      { receiver: to.name },
    );
    env.targets.push(referral.id);
    return referral;
  }

  static accept(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return ReferralService.onReferral(ctx, 'acceptReferral', 'accept', id, expectedVersion, 'receiver', async (env, referral, dispute) => {
      const { em } = env;
      const to = await em.findOneOrFail(Organization, { id: referral.toOrganization.id });
      referral.respondedAt = env.now;
      referral.respondedBy = env.viewer!.userId;
      const err = transitionDispute(env, dispute, 'acceptReferral');
      if (err) return err;
      dispute.currentOrganization = em.getReference(Organization, to.id) as never;
      await meetResponseDeadline(env, referral.id);
      const proceeding = await ProceedingService.openForReferral(
        env,
        {
          referralId: referral.id,
          kind: referral.kind,
          channel: referral.channel,
          procedure: referral.procedure,
          matterId: referral.matter?.id ?? null,
          toOrganizationId: to.id,
          receivedAt: referral.createdAt,
        },
        dispute,
      );
      referral.proceedingId = proceeding.id;
      DisputeRepository.grant(env, dispute.id, to.id, true, 'PROCEEDING');
      Timeline.append(
        env,
        'REFERRAL_ACCEPTED',
        { disputeId: dispute.id, organizationId: to.id, referralId: referral.id, proceedingId: proceeding.id },
        { proceedingStatus: proceeding.status, channel: proceeding.channel },
        { receiver: to.name, kind: referral.kind },
      );
      env.targets.push(proceeding.id);
      return referral;
    });
  }

  static decline(ctx: HubContext, id: string, reason: string, expectedVersion: number | null | undefined) {
    return ReferralService.onReferral(ctx, 'declineReferral', 'decline', id, expectedVersion, 'receiver', async (env, referral, dispute) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 1, 2000, errors);
      if (errors.length) return new ValidationError(errors);
      const { em } = env;
      referral.declineReason = why;
      referral.respondedAt = env.now;
      referral.respondedBy = env.viewer!.userId;
      const err = transitionDispute(env, dispute, 'declineReferral');
      if (err) return err;
      // Declining returns the dispute to the sender.
      dispute.currentOrganization = em.getReference(Organization, referral.fromOrganization.id) as never;
      await meetResponseDeadline(env, referral.id);
      const names = await orgNameMap(em, [referral.toOrganization.id, referral.fromOrganization.id]);
      Timeline.append(env, 'REFERRAL_DECLINED', { disputeId: dispute.id, organizationId: referral.toOrganization.id, referralId: referral.id }, null, {
        receiver: names.get(referral.toOrganization.id)!,
        sender: names.get(referral.fromOrganization.id)!,
        kind: referral.kind,
      });
      return referral;
    });
  }

  static cancel(ctx: HubContext, id: string, reason: string, expectedVersion: number | null | undefined) {
    return ReferralService.onReferral(ctx, 'cancelReferral', 'cancel', id, expectedVersion, 'sender', async (env, referral, dispute) => {
      const errors: FieldError[] = [];
      const why = textField('reason', reason, 1, 2000, errors);
      if (errors.length) return new ValidationError(errors);
      const { em } = env;
      referral.cancelReason = why;
      referral.respondedAt = env.now;
      const err = transitionDispute(env, dispute, 'cancelReferral');
      if (err) return err;
      dispute.currentOrganization = em.getReference(Organization, referral.fromOrganization.id) as never;
      for (const d of await DeadlineService.forUpdate(em, { referralId: referral.id, kind: DeadlineKind.REFERRAL_RESPONSE, open: true })) DeadlineService.cancel(d, env.calendar, env.today);
      const to = await em.findOneOrFail(Organization, { id: referral.toOrganization.id });
      Timeline.append(env, 'REFERRAL_CANCELLED', { disputeId: dispute.id, organizationId: referral.fromOrganization.id, referralId: referral.id }, null, {
        receiver: to.name,
        kind: referral.kind,
        withdrawn: false,
      });
      return referral;
    });
  }

  /** Frame of referral actions: visible, dispute locked, right side (receiver or sender), the dispute's version and the transition checked. */
  private static onReferral(
    ctx: HubContext,
    auditAction: string,
    action: ReferralAction,
    id: string,
    expectedVersion: number | null | undefined,
    side: 'receiver' | 'sender',
    fn: (env: TransactionEnv, referral: Referral, dispute: Dispute) => Promise<Referral | BusinessError>,
  ) {
    return runCommand<Referral, Dispute, ReferralStatus, ReferralAction, Referral>(ctx, {
      action: auditAction,
      notFound: `转办 ${id} 不存在。`,
      target: id,
      lock: async (env, viewer) => {
        const locked = await DisputeRepository.lockThrough(env.em, viewer, Referral, id, (r) => r.dispute.id);
        return locked && { record: locked.record, root: locked.dispute };
      },
      authorize: (viewer, { record: referral }) => assertMayActOnReferral(viewer, referral, side),
      expectedVersion,
      // A referral's answer is checked against, and raises, the dispute's version.
      versioned: 'root',
      transition: {
        machine: referralMachine,
        action,
        refusal: (status) => `A referral in status ${status} cannot be ${action === 'accept' ? 'accepted' : action === 'decline' ? 'declined' : 'cancelled'}.`,
      },
      apply: fn,
    });
  }

  /** The proceeding a referral opened has ended: the referral is complete. */
  static async completeFor(env: TransactionEnv, proceeding: Proceeding): Promise<void> {
    if (!proceeding.referralId) return;
    const referral = await env.em.findOne(Referral, { id: proceeding.referralId, status: ReferralStatus.ACCEPTED });
    if (referral) referralMachine.apply(referral, 'complete');
  }

  /** The applicant withdrew: referrals still waiting for an answer are cancelled. */
  static async cancelForWithdrawal(env: TransactionEnv, dispute: Dispute): Promise<void> {
    const pending = await env.em.find(Referral, { dispute: dispute.id, status: ReferralStatus.PENDING }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const names = await orgNameMap(
      env.em,
      pending.map((r) => r.toOrganization.id),
    );
    for (const r of pending) {
      referralMachine.apply(r, 'cancel');
      r.cancelReason = 'withdrawn by the applicant';
      r.respondedAt = env.now;
      Timeline.append(env, 'REFERRAL_CANCELLED', { disputeId: dispute.id, organizationId: env.viewer?.organizationId ?? null, referralId: r.id }, null, {
        receiver: names.get(r.toOrganization.id)!,
        kind: r.kind,
        withdrawn: true,
      });
    }
  }
}

async function meetResponseDeadline(env: TransactionEnv, referralId: string): Promise<void> {
  for (const d of await DeadlineService.forUpdate(env.em, { referralId, kind: DeadlineKind.REFERRAL_RESPONSE, open: true })) DeadlineService.meet(d, env.calendar, env.today);
}
