import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import { DeadlineKind, DisputeSource, DisputeStatus, FieldErrorCode, OrganizationKind, Role } from '../../core/enums';
import { FieldError, ValidationError, type BusinessError, type InvalidTransitionError } from '../../core/errors';
import { forbidden } from '../../core/graphql-errors';
import { runCommand } from '../../core/command';
import { touch, type TransactionEnv } from '../../core/unit-of-work';
import { requireViewer, type Viewer } from '../../core/viewer';
import { textField } from '../../core/validation/text-field';
import { chinaDateOf } from '../clock';
import { DeadlineService } from '../deadline';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { Timeline } from '../timeline';
import { Dispute } from './dispute.entity';
import { actsFor, seesEveryDispute } from './dispute.policy';
import { DisputeRepository } from './dispute.repository';
import { disputeMachine, type DisputeAction } from './dispute.state-machine';
import type { RegisterDisputeInput } from './dispute.types';
import { intakeFingerprint, validateIntake } from './intake.validator';
import { Party } from './party.entity';

declare module '../../core/unit-of-work' {
  interface DomainEvents {
    /** Before a dispute closes: a module whose open record forbids it refuses. */
    'dispute.closing': { dispute: Dispute };
    /** A dispute is being withdrawn: each module ends its open records of it (or refuses). */
    'dispute.withdrawing': { dispute: Dispute };
    /** A dispute was registered (in the registration's transaction): a module may refuse, e.g. a FILE field naming a file the registrant may not use. */
    'dispute.registered': { dispute: Dispute; applicationData: Record<string, unknown> | null };
  }
}

/** Applies a lifecycle action to the dispute and raises its version once, or says why it cannot. */
export function transitionDispute(env: TransactionEnv, dispute: Dispute, action: DisputeAction, refusal?: string): InvalidTransitionError | null {
  const refused = disputeMachine.apply(dispute, action, refusal ?? `A dispute in status ${dispute.status} does not allow ${action}.`);
  if (refused) return refused;
  touch(env, dispute);
  return null;
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
    const viewer = requireViewer(ctx);
    const isCourt = viewer.roles.includes(Role.COURT_LIAISON) && !viewer.roles.some((r) => r === Role.FRONTDESK || r === Role.ADMIN);
    const matterCode = input.matterCode?.trim() || null;
    const matter = matterCode === null ? undefined : await ctx.em.findOne(Matter, { code: matterCode });
    const now = ctx.services.now();
    const { errors, value } = validateIntake(input as never, matter ?? (matter === undefined ? undefined : null), chinaDateOf(now));
    if (isCourt && input.source !== DisputeSource.COURT) errors.push(new FieldError('source', '法院联络员只能登记法院来源（COURT）的纠纷', FieldErrorCode.INVALID));
    if (errors.length || !value) return new ValidationError(errors);

    const fingerprint = intakeFingerprint(value);
    // Keys are scoped to the registering user: another user's equal key is a different key.
    const keyOfViewer = { registeredBy: viewer.userId, idempotencyKey: value.idempotencyKey };
    const replay = async (): Promise<Dispute | ValidationError> => {
      const first = await ctx.em.fork().findOne(Dispute, keyOfViewer);
      if (!first) return ValidationError.of('idempotencyKey', '幂等键暂时无法使用，请重试', FieldErrorCode.INVALID);
      if (first.idempotencyFingerprint !== fingerprint) return ValidationError.of('idempotencyKey', '该幂等键已用于另一件纠纷', FieldErrorCode.TAKEN);
      const visible = await DisputeRepository.findVisibleByIds(ctx.em, viewer, [first.id]);
      return visible[0] ?? ValidationError.of('idempotencyKey', '该幂等键已用于另一件纠纷', FieldErrorCode.TAKEN);
    };
    if (value.idempotencyKey && (await ctx.em.count(Dispute, keyOfViewer)) > 0) return replay();

    return ctx.services.uow.run<Dispute>(
      { services: ctx.services, em: ctx.em, viewer },
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
        DisputeRepository.grant(env, dispute.id, registeringOrg.id, true, 'REGISTERED');
        Timeline.append(
          env,
          'REGISTERED',
          { disputeId: dispute.id, organizationId: registeringOrg.id },
          { code: dispute.code, category: dispute.category, matterCode: matter?.code ?? null, region: dispute.region, source: dispute.source },
          { organization: registeringOrg.name, matterName: matter?.name ?? null },
        );
        env.targets.push(dispute.id);
        // After REGISTERED, so that what listeners add (files claimed from the form) follows it on the timeline.
        const refused = await env.emit('dispute.registered', { dispute, applicationData: value.applicationData });
        if (refused) return refused;
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
      const refused = (await env.emit('dispute.closing', { dispute })) ?? transitionDispute(env, dispute, 'close');
      if (refused) return refused;
      dispute.closedAt = env.now;
      // The follow-up visit (回访) starts at the end, it is not one of the clocks the end stops.
      for (const d of await DeadlineService.forUpdate(env.em, { disputeId: dispute.id, open: true, kind: { $ne: DeadlineKind.FOLLOW_UP } })) DeadlineService.cancel(d, env.calendar, env.today);
      Timeline.append(env, 'CLOSED', { disputeId: dispute.id, organizationId: env.viewer!.organizationId }, { hasNote: !!cleanNote }, {});
      return dispute;
    });
  }

  static async withdraw(ctx: HubContext, id: string, reason: string, expectedVersion: number | null | undefined) {
    return DisputeService.onDispute(ctx, 'withdrawDispute', id, expectedVersion, async (env, dispute) => {
      const errors: FieldError[] = [];
      textField('reason', reason, 1, 2000, errors);
      if (errors.length) return new ValidationError(errors);
      // Referrals, proceedings and judicial confirmations end with the dispute (their modules listen), in this order on the timeline.
      const refused = (await env.emit('dispute.withdrawing', { dispute })) ?? transitionDispute(env, dispute, 'withdraw');
      if (refused) return refused;
      dispute.closedAt = env.now;
      for (const d of await DeadlineService.forUpdate(env.em, { disputeId: dispute.id, open: true })) DeadlineService.cancel(d, env.calendar, env.today);
      Timeline.append(env, 'WITHDRAWN', { disputeId: dispute.id, organizationId: env.viewer!.organizationId }, null, {});
      return dispute;
    });
  }

  /** Shared frame of dispute-level mutations: visible, locked, version-checked, holder-only. */
  private static onDispute(
    ctx: HubContext,
    action: string,
    id: string,
    expectedVersion: number | null | undefined,
    apply: (env: TransactionEnv, dispute: Dispute) => Promise<Dispute | BusinessError>,
  ) {
    return runCommand<Dispute, Dispute, DisputeStatus, DisputeAction, Dispute>(ctx, {
      action,
      notFound: `纠纷 ${id} 不存在。`,
      target: id,
      lock: async (env, viewer) => {
        const dispute = await DisputeRepository.lockVisible(env.em, viewer, id);
        return dispute ? { record: dispute, root: dispute } : null;
      },
      authorize: (viewer, { root }) => assertMayActOnDispute(viewer, root),
      expectedVersion,
      apply: (env, dispute) => apply(env, dispute),
    });
  }
}

/** Names of organizations by id, for summaries. */
export async function orgNameMap(em: EntityManager, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await em.find(Organization, { id: { $in: unique } });
  return new Map(rows.map((o) => [o.id, o.name]));
}
