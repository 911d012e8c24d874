import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../server/context';
import { Channel, DeadlineKind, DisputeEventType, OrganizationKind, ProcedureTrack, ProceedingStatus, ReferralKind, ReferralStatus, Role } from '../../shared/enums';
import { FieldError, InvalidTransitionError, NotFoundError, ValidationError, type BusinessError } from '../../shared/errors';
import { forbidden } from '../../shared/graphql-errors';
import { runMutation, type MutationEnv } from '../../shared/mutation';
import { Deadline } from '../deadline/deadline.entity';
import { DeadlineService } from '../deadline/deadline.service';
import { Dispute } from '../dispute/dispute.entity';
import { actsFor, seesEveryDispute } from '../dispute/dispute.policy';
import { DisputeRepository } from '../dispute/dispute.repository';
import { isUuid } from '../../shared/validation/uuid';
import { disputeMachine } from '../dispute/dispute.state-machine';
import { assertMayActOnDispute, textField, transitionDispute, versionConflict } from '../dispute/dispute.service';
import type { ReferDisputeInput } from './referral.types';
import { ReferralConnection } from './referral.types';
import { keysetPage, pageInfoOf, withLazyTotal } from '../../shared/db/keyset';
import { placeholders } from '../../shared/db/read-model';
import { Matter } from '../matter/matter.entity';
import { Organization } from '../organization/organization.entity';
import { referralResponseLimit, toClockRule } from '../proceeding/clock-rules';
import { ProceedingService } from '../proceeding/proceeding.service';
import { REFERRAL_VERB } from '../timeline/event-summaries';
import { TimelineService } from '../timeline/timeline.service';
import { Referral } from './referral.entity';
import { referralMachine, type ReferralAction } from './referral.state-machine';

export class ReferralService {
  /** Incoming referrals of an organization (in these statuses), from the counters the referral triggers keep exact. */
  static async inboxCount(em: EntityManager, organizationId: string, status: readonly ReferralStatus[] | null | undefined): Promise<number> {
    const filter = status?.length ? ` and status in (${placeholders(status.length)})` : '';
    const [row] = await em
      .getConnection()
      .execute<{ n: string }[]>(`select coalesce(sum(n), 0)::text as n from referral_inbox_count where to_organization_id = ?${filter}`, [organizationId, ...(status ?? [])], 'all', em.getTransactionContext());
    return Number(row.n);
  }

  /** The viewer's organization's incoming referrals, newest first (an organization-less viewer has none). */
  static async inbox(ctx: HubContext, status: readonly ReferralStatus[] | null | undefined, limit: number, after: string | null | undefined): Promise<ReferralConnection> {
    const orgId = ctx.viewer?.organizationId;
    const page = orgId
      ? await keysetPage(
          ctx.em,
          ctx.em.createQueryBuilder(Referral, 'r').select('*').where({ toOrganization: orgId, ...(status?.length ? { status: { $in: [...status] } } : {}) }),
          Referral,
          { kind: 'r', alias: 'r', instantColumn: 'created_at', instantOf: (r) => r.createdAt, limit, after, count: () => ReferralService.inboxCount(ctx.em, orgId, status) },
        )
      : withLazyTotal({ edges: [], pageInfo: pageInfoOf([], false, after) }, async () => 0);
    return Object.setPrototypeOf(page, ReferralConnection.prototype) as ReferralConnection;
  }

  static async refer(ctx: HubContext, input: ReferDisputeInput): Promise<Referral | BusinessError> {
    const viewer = ctx.viewer!;
    return runMutation<Referral>(ctx, 'referDispute', async (env) => {
      const { em } = env;
      const dispute = await DisputeRepository.lockVisible(em, viewer, input.disputeId);
      if (!dispute) return new NotFoundError(`No dispute ${input.disputeId}.`);
      env.targets.push(dispute.id);
      assertMayActOnDispute(viewer, dispute);
      const conflict = versionConflict(dispute.version, input.expectedVersion);
      if (conflict) return conflict;
      if (!disputeMachine.allows(dispute.status, 'refer')) {
        return new InvalidTransitionError(dispute.status, `A dispute in status ${dispute.status} cannot be referred: ${dispute.status === 'REFERRED' ? 'a referral is already pending' : 'it is not awaiting routing'}.`);
      }
      const to = isUuid(input.toOrganizationId) ? await em.findOne(Organization, { id: input.toOrganizationId }) : null;
      if (!to) return new NotFoundError(`No organization ${input.toOrganizationId}.`);
      // The sender is whoever routes it: the holder's own handler, or the center's frontdesk routing a
      // dispute that came back from another organization (it is the center that then awaits the answer).
      const senderId = viewer.organizationId && seesEveryDispute(viewer) ? viewer.organizationId : dispute.currentOrganization!.id;
      const from = await em.findOneOrFail(Organization, { id: senderId });

      const errors: FieldError[] = [];
      const reason = textField('reason', input.reason, 1, 2000, errors);
      const note = textField('note', input.note, 0, 5000, errors);
      if (to.id === from.id) errors.push(new FieldError('toOrganizationId', 'the dispute is already held by this organization'));
      if (!to.channels.includes(input.channel)) errors.push(new FieldError('channel', `${to.name} does not handle ${input.channel}`));
      const courtKind = input.kind === ReferralKind.COURT_DELEGATED || input.kind === ReferralKind.COURT_ENTRUSTED;
      if (courtKind) {
        if (from.kind !== OrganizationKind.COURT || !(viewer.roles.includes(Role.COURT_LIAISON) || viewer.roles.includes(Role.ADMIN))) {
          errors.push(new FieldError('kind', `${input.kind} referrals are made by a court`));
        }
        if (input.channel !== Channel.MEDIATION) errors.push(new FieldError('channel', `${input.kind} sends a case to mediation (channel MEDIATION)`));
      }
      if (input.procedure === ProcedureTrack.SIMPLIFIED && input.kind === ReferralKind.COURT_DELEGATED) {
        errors.push(new FieldError('procedure', 'the simple procedure applies to entrusted (post-filing) mediation only'));
      }
      let matter: Matter | null = null;
      if (input.matterCode) {
        matter = await em.findOne(Matter, { code: input.matterCode });
        if (!matter) errors.push(new FieldError('matterCode', 'unknown matter'));
        else if (matter.channel !== input.channel) errors.push(new FieldError('matterCode', `${matter.code} is a ${matter.channel} matter, not ${input.channel}`));
      } else if (dispute.matter) {
        const own = await em.findOneOrFail(Matter, { id: dispute.matter.id });
        if (own.channel === input.channel) matter = own;
      }
      if (errors.length) return new ValidationError(errors);

      const referral = await ReferralService.create(env, ctx.services.config.referralResponseDays, {
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
    });
  }

  /**
   * Creates a referral of a locked dispute that may be referred: the response clock,
   * the receiver's (masked) access and the REFERRED event. Shared by referDispute
   * and the automatic return of a failed court-delegated mediation to the court.
   */
  static async create(
    env: MutationEnv,
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
    // This flush may carry events appended earlier in the transaction (a conclusion whose failed court
    // mediation returns to the court): events are only ever written under the writers' lock.
    await TimelineService.lockWriters(em);
    await em.flush();
    await DisputeRepository.grant(em, dispute.id, to.id, false, 'REFERRAL');
    TimelineService.append(em, {
      disputeId: dispute.id,
      at: env.now,
      type: DisputeEventType.REFERRED,
      actorUserId: args.actorUserId,
      organizationId: from.id,
      referralId: referral.id,
      summary: `${REFERRAL_VERB[args.kind]}至 ${to.name}`,
      data: { kind: args.kind, channel: args.channel, matterCode: args.matter?.code ?? null, from: from.id, to: to.id },
    });
    env.targets.push(referral.id);
    return referral;
  }

  static accept(ctx: HubContext, id: string, expectedVersion: number | null | undefined) {
    return ReferralService.onReferral(ctx, 'acceptReferral', 'accept', id, expectedVersion, 'receiver', async (env, referral, dispute) => {
      const { em } = env;
      const to = await em.findOneOrFail(Organization, { id: referral.toOrganization.id });
      referral.respondedAt = env.now;
      referral.respondedBy = ctx.viewer!.userId;
      const err = transitionDispute(env, dispute, 'acceptReferral');
      if (err) return err;
      dispute.currentOrganization = em.getReference(Organization, to.id) as never;
      await meetResponseDeadline(em, env, referral.id);
      const proceeding = await ProceedingService.openForReferral(env, referral, dispute);
      referral.proceedingId = proceeding.id;
      await em.flush();
      await DisputeRepository.grant(em, dispute.id, to.id, true, 'PROCEEDING');
      TimelineService.append(em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.REFERRAL_ACCEPTED,
        actorUserId: ctx.viewer!.userId,
        organizationId: to.id,
        referralId: referral.id,
        proceedingId: proceeding.id,
        summary: `${to.name} 接收${REFERRAL_VERB[referral.kind]}${proceeding.status === ProceedingStatus.ACCEPTANCE_REVIEW ? '，进入受理审查' : '，开始办理'}`,
        data: { proceedingStatus: proceeding.status, channel: proceeding.channel },
      });
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
      referral.respondedBy = ctx.viewer!.userId;
      const err = transitionDispute(env, dispute, 'declineReferral');
      if (err) return err;
      // Declining returns the dispute to the sender.
      dispute.currentOrganization = em.getReference(Organization, referral.fromOrganization.id) as never;
      await meetResponseDeadline(em, env, referral.id);
      const names = await em.find(Organization, { id: { $in: [referral.toOrganization.id, referral.fromOrganization.id] } });
      const name = (oid: string) => names.find((o) => o.id === oid)!.name;
      TimelineService.append(em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.REFERRAL_DECLINED,
        actorUserId: ctx.viewer!.userId,
        organizationId: referral.toOrganization.id,
        referralId: referral.id,
        summary: `${name(referral.toOrganization.id)} 退回${REFERRAL_VERB[referral.kind]}，纠纷回到 ${name(referral.fromOrganization.id)}`,
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
      TimelineService.append(em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.REFERRAL_CANCELLED,
        actorUserId: ctx.viewer!.userId,
        organizationId: referral.fromOrganization.id,
        referralId: referral.id,
        summary: `撤回对 ${to.name} 的${REFERRAL_VERB[referral.kind]}`,
      });
      return referral;
    });
  }

  /** Frame of referral actions: visible, dispute locked, right side (receiver or sender), version and transition checked. */
  private static onReferral(
    ctx: HubContext,
    auditAction: string,
    action: ReferralAction,
    id: string,
    expectedVersion: number | null | undefined,
    side: 'receiver' | 'sender',
    fn: (env: MutationEnv, referral: Referral, dispute: Dispute) => Promise<Referral | BusinessError>,
  ) {
    const viewer = ctx.viewer!;
    return runMutation<Referral>(ctx, auditAction, async (env) => {
      const { em } = env;
      const locked = await DisputeRepository.lockThrough(em, viewer, Referral, id, (r) => r.dispute.id);
      if (!locked) return new NotFoundError(`No referral ${id}.`);
      const { record: referral, dispute } = locked;
      env.targets.push(referral.id, dispute.id);
      const orgId = side === 'receiver' ? referral.toOrganization.id : referral.fromOrganization.id;
      const frontdeskCancels = side === 'sender' && viewer.roles.includes(Role.FRONTDESK) && referral.fromOrganization.id === viewer.organizationId;
      if (!actsFor(viewer, orgId) && !frontdeskCancels) {
        throw forbidden(side === 'receiver' ? 'Only the receiving organization may accept or decline a referral.' : 'Only the sending organization may cancel a referral.');
      }
      const conflict = versionConflict(dispute.version, expectedVersion);
      if (conflict) return conflict;
      const next = referralMachine.next(referral.status, action);
      if (!next) return new InvalidTransitionError(referral.status, `A referral in status ${referral.status} cannot be ${action === 'accept' ? 'accepted' : action === 'decline' ? 'declined' : 'cancelled'}.`);
      referral.status = next;
      return fn(env, referral, dispute);
    });
  }
}

async function meetResponseDeadline(em: EntityManager, env: MutationEnv, referralId: string): Promise<void> {
  for (const d of await DeadlineService.forUpdate(em, { referralId, kind: DeadlineKind.REFERRAL_RESPONSE, open: true })) DeadlineService.meet(d, env.calendar, env.today);
}
