import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../server/context';
import {
  DisputeEventType,
  DisputeSource,
  DisputeStatus,
  JudicialConfirmationStatus,
  OrganizationKind,
  OutcomeKind,
  ProceedingStatus,
  ReferralStatus,
  Role,
} from '../../shared/enums';
import { FieldError, InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError, type BusinessError } from '../../shared/errors';
import { forbidden } from '../../shared/graphql-errors';
import { runMutation, type MutationEnv } from '../../shared/mutation';
import type { Viewer } from '../auth/viewer';
import { chinaDateOf } from '../clock';
import { JudicialConfirmation } from '../court/judicial-confirmation.entity';
import { Deadline } from '../deadline/deadline.entity';
import { DeadlineService } from '../deadline/deadline.service';
import { Matter } from '../matter/matter.entity';
import { Organization } from '../organization/organization.entity';
import { Proceeding } from '../proceeding/proceeding.entity';
import { Referral } from '../referral/referral.entity';
import { TimelineService } from '../timeline/timeline.service';
import { Dispute } from './dispute.entity';
import { actsFor, seesEveryDispute } from './dispute.policy';
import { DisputeRepository } from './dispute.repository';
import { disputeMachine, type DisputeAction } from './dispute.state-machine';
import type { RegisterDisputeInput } from './dispute.types';
import { intakeFingerprint, validateIntake } from './intake.validator';
import { Party } from './party.entity';
import { ProceedingPause } from '../proceeding/proceeding-pause.entity';

/** Checks the client's expected version against the record's. */
export function versionConflict(current: number, expected: number | null | undefined): VersionConflictError | null {
  return expected !== null && expected !== undefined && expected !== current ? new VersionConflictError(current, expected) : null;
}

/** Raises the dispute's optimistic-lock version, once per mutation however many of its parts change. */
export function touchDispute(env: MutationEnv, dispute: Dispute): void {
  if (env.touched.has(dispute.id)) return;
  env.touched.add(dispute.id);
  dispute.version += 1;
}

/** Applies a lifecycle action to the dispute, or says why it cannot. */
export function transitionDispute(env: MutationEnv, dispute: Dispute, action: DisputeAction): InvalidTransitionError | null {
  const next = disputeMachine.next(dispute.status, action);
  if (!next) return new InvalidTransitionError(dispute.status, `A dispute in status ${dispute.status} does not allow ${action}.`);
  dispute.status = next;
  touchDispute(env, dispute);
  return null;
}

export function textField(field: string, value: string | null | undefined, min: number, max: number, errors: FieldError[]): string | null {
  const v = (value ?? '').trim();
  if (v.length < min) errors.push(new FieldError(field, min <= 1 ? 'is required' : `must be at least ${min} characters`));
  else if (v.length > max) errors.push(new FieldError(field, `must be at most ${max} characters`));
  // eslint-disable-next-line no-control-regex
  else if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v)) errors.push(new FieldError(field, 'must not contain control characters'));
  return v.length ? v : null;
}

/** The holder of a dispute, or the frontdesk/admin, may route, close or withdraw it. */
export function assertMayActOnDispute(viewer: Viewer, dispute: Dispute): void {
  if (seesEveryDispute(viewer)) return;
  if (dispute.currentOrganization && actsFor(viewer, dispute.currentOrganization.id)) return;
  throw forbidden('Only the organization that holds the dispute (or the center) may do this.');
}

async function centerOrganization(em: EntityManager): Promise<Organization> {
  return em.findOneOrFail(Organization, { kind: OrganizationKind.DISPUTE_CENTER }, { orderBy: { key: 'asc' } });
}

export class DisputeService {
  static async register(ctx: HubContext, input: RegisterDisputeInput): Promise<Dispute | BusinessError> {
    const viewer = ctx.viewer!;
    const isCourt = viewer.roles.includes(Role.COURT_LIAISON) && !viewer.roles.some((r) => r === Role.FRONTDESK || r === Role.ADMIN);
    const matterCode = input.matterCode?.trim() || null;
    const matter = matterCode === null ? undefined : await ctx.em.findOne(Matter, { code: matterCode });
    const now = ctx.services.now();
    const { errors, value } = validateIntake(input as never, matter ?? (matter === undefined ? undefined : null), chinaDateOf(now));
    if (isCourt && input.source !== DisputeSource.COURT) errors.push(new FieldError('source', 'a court liaison registers court-source disputes (source COURT)'));
    if (errors.length || !value) return new ValidationError(errors);

    const fingerprint = intakeFingerprint(value);
    const replay = async (): Promise<Dispute | ValidationError> => {
      const first = await ctx.em.fork().findOne(Dispute, { idempotencyKey: value.idempotencyKey });
      if (!first) return ValidationError.of('idempotencyKey', 'could not be used; try again');
      if (first.idempotencyFingerprint !== fingerprint) return ValidationError.of('idempotencyKey', 'was already used for a different dispute');
      const visible = await DisputeRepository.findVisibleByIds(ctx.em, viewer, [first.id]);
      return visible[0] ?? ValidationError.of('idempotencyKey', 'was already used for a different dispute');
    };
    if (value.idempotencyKey && (await ctx.em.count(Dispute, { idempotencyKey: value.idempotencyKey })) > 0) return replay();

    return runMutation<Dispute>(
      ctx,
      'registerDispute',
      async (env) => {
        const { em } = env;
        const registeringOrg = viewer.organizationId ? await em.findOneOrFail(Organization, { id: viewer.organizationId }) : await centerOrganization(em);
        const [{ n }] = await em.getConnection().execute<{ n: string }[]>(`select nextval('dispute_code_seq')::text as n`, [], 'all', em.getTransactionContext());
        const dispute = em.create(Dispute, {
          id: randomUUID(),
          code: `HZ${env.today.slice(0, 4)}-${n.padStart(6, '0')}`,
          title: value.title,
          facts: value.facts,
          category: value.category as Dispute['category'],
          matter: matter ?? null,
          amount: value.amount,
          region: value.region,
          source: value.source as DisputeSource,
          occurredOn: value.occurredOn,
          applicationData: value.applicationData,
          status: DisputeStatus.AWAITING_ROUTING,
          currentOrganization: registeringOrg,
          registeredByOrganization: registeringOrg,
          registeredBy: viewer.userId,
          receivedAt: env.now,
          idempotencyKey: value.idempotencyKey,
          idempotencyFingerprint: value.idempotencyKey ? fingerprint : null,
        });
        value.parties.forEach((p, i) =>
          em.create(Party, {
            id: randomUUID(),
            dispute,
            position: i,
            role: p.role as Party['role'],
            kind: p.kind as Party['kind'],
            name: p.name,
            idType: p.idType as Party['idType'],
            idNumber: p.idNumber,
            phone: p.phone,
            address: p.address,
          }),
        );
        await em.flush();
        await DisputeRepository.grant(em, dispute.id, registeringOrg.id, true, 'REGISTERED');
        TimelineService.append(em, {
          disputeId: dispute.id,
          at: env.now,
          type: DisputeEventType.REGISTERED,
          actorUserId: viewer.userId,
          organizationId: registeringOrg.id,
          summary: `${registeringOrg.name} 登记纠纷 ${dispute.code}${matter ? `（${matter.name}）` : ''}`,
          data: { code: dispute.code, category: dispute.category, matterCode: matter?.code ?? null, region: dispute.region, source: dispute.source },
        });
        env.targets.push(dispute.id);
        return dispute;
      },
      { onUniqueViolation: replay },
    );
  }

  static async close(ctx: HubContext, id: string, note: string | null | undefined, expectedVersion: number | null | undefined) {
    return DisputeService.onDispute(ctx, 'closeDispute', id, expectedVersion, async (env, dispute) => {
      const errors: FieldError[] = [];
      const cleanNote = textField('note', note, 0, 2000, errors);
      if (errors.length) return new ValidationError(errors);
      const openConfirmation = await env.em.count(JudicialConfirmation, {
        disputeId: dispute.id,
        status: { $in: [JudicialConfirmationStatus.PENDING, JudicialConfirmationStatus.ACCEPTED] },
      });
      if (openConfirmation > 0) {
        return new InvalidTransitionError(dispute.status, 'A judicial confirmation of this dispute is still open: wait for the court to decide.');
      }
      const err = transitionDispute(env, dispute, 'close');
      if (err) return err;
      dispute.closedAt = env.now;
      for (const d of await DeadlineService.forUpdate(env.em, { disputeId: dispute.id, open: true })) DeadlineService.cancel(d, env.calendar, env.today);
      TimelineService.append(env.em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.CLOSED,
        actorUserId: ctx.viewer!.userId,
        organizationId: ctx.viewer!.organizationId,
        summary: '纠纷办结归档',
        data: { hasNote: !!cleanNote },
      });
      return dispute;
    });
  }

  static async withdraw(ctx: HubContext, id: string, reason: string, expectedVersion: number | null | undefined) {
    return DisputeService.onDispute(ctx, 'withdrawDispute', id, expectedVersion, async (env, dispute) => {
      const errors: FieldError[] = [];
      textField('reason', reason, 1, 2000, errors);
      if (errors.length) return new ValidationError(errors);
      const { em } = env;
      const open = await em.find(Proceeding, { dispute: dispute.id, status: { $in: [ProceedingStatus.ACCEPTANCE_REVIEW, ProceedingStatus.IN_PROGRESS, ProceedingStatus.PAUSED] } });
      const needsPermission = open.find((p) => ['RECONSIDERATION', 'ARBITRATION', 'LITIGATION'].includes(p.channel));
      if (needsPermission) {
        return new InvalidTransitionError(
          dispute.status,
          `A ${needsPermission.channel} proceeding is open: withdrawing needs that body's permission, recorded by concluding the proceeding as WITHDRAWN.`,
        );
      }
      const err = transitionDispute(env, dispute, 'withdraw');
      if (err) return err;
      dispute.closedAt = env.now;
      const orgNames = await orgNameMap(em, [...open.map((p) => p.organization.id)]);
      for (const r of await em.find(Referral, { dispute: dispute.id, status: ReferralStatus.PENDING })) {
        r.status = ReferralStatus.CANCELLED;
        r.cancelReason = 'withdrawn by the applicant';
        r.respondedAt = env.now;
        const names = await orgNameMap(em, [r.toOrganization.id]);
        TimelineService.append(em, {
          disputeId: dispute.id,
          at: env.now,
          type: DisputeEventType.REFERRAL_CANCELLED,
          actorUserId: ctx.viewer!.userId,
          organizationId: ctx.viewer!.organizationId,
          referralId: r.id,
          summary: `因申请人撤回，撤销对 ${names.get(r.toOrganization.id)} 的转办`,
        });
      }
      for (const p of open) {
        p.status = ProceedingStatus.CONCLUDED;
        p.outcomeKind = OutcomeKind.WITHDRAWN;
        p.outcomeSettles = false;
        p.outcomeSummary = '申请人撤回申请';
        p.outcomeEffectiveOn = env.today;
        p.outcomeAt = env.now;
        p.version += 1;
        for (const pause of await em.find(ProceedingPause, { proceedingId: p.id, endedAt: null })) pause.endedAt = env.now;
        if (p.referralId) {
          const ref = await em.findOne(Referral, { id: p.referralId, status: ReferralStatus.ACCEPTED });
          if (ref) ref.status = ReferralStatus.COMPLETED;
        }
        TimelineService.append(em, {
          disputeId: dispute.id,
          at: env.now,
          type: DisputeEventType.CONCLUDED,
          actorUserId: ctx.viewer!.userId,
          organizationId: p.organization.id,
          proceedingId: p.id,
          summary: `${orgNames.get(p.organization.id)} 办结：申请人撤回`,
          data: { outcome: OutcomeKind.WITHDRAWN, settles: false },
        });
      }
      // An application for judicial confirmation still before the court is withdrawn with the dispute.
      for (const jc of await em.find(JudicialConfirmation, { disputeId: dispute.id, status: { $in: [JudicialConfirmationStatus.PENDING, JudicialConfirmationStatus.ACCEPTED] } })) {
        jc.status = JudicialConfirmationStatus.WITHDRAWN;
        jc.version += 1;
        jc.decidedAt = env.now;
      }
      for (const d of await DeadlineService.forUpdate(em, { disputeId: dispute.id, open: true })) DeadlineService.cancel(d, env.calendar, env.today);
      TimelineService.append(em, {
        disputeId: dispute.id,
        at: env.now,
        type: DisputeEventType.WITHDRAWN,
        actorUserId: ctx.viewer!.userId,
        organizationId: ctx.viewer!.organizationId,
        summary: '申请人撤回纠纷调处申请',
      });
      return dispute;
    });
  }

  /** Shared frame of dispute-level mutations: visible, locked, version-checked, holder-only. */
  private static onDispute(
    ctx: HubContext,
    action: string,
    id: string,
    expectedVersion: number | null | undefined,
    fn: (env: MutationEnv, dispute: Dispute) => Promise<Dispute | BusinessError>,
  ) {
    return runMutation<Dispute>(ctx, action, async (env) => {
      const dispute = await DisputeRepository.lockVisible(env.em, ctx.viewer, id);
      if (!dispute) return new NotFoundError(`No dispute ${id}.`);
      env.targets.push(dispute.id);
      assertMayActOnDispute(ctx.viewer!, dispute);
      const conflict = versionConflict(dispute.version, expectedVersion);
      if (conflict) return conflict;
      return fn(env, dispute);
    });
  }
}

export async function orgNameMap(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await em.find(Organization, { id: { $in: unique } });
  return new Map(rows.map((o) => [o.id, o.name]));
}
