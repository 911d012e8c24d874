import { Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import { DeadlineAlertType, DisputeEventType, FeedScope, ReferralUpdateType } from '../../core/enums';
import { notFound, unauthenticated } from '../../core/graphql-errors';
import { chinaDateOf } from '../clock';
import { Deadline } from '../deadline';
import { DeadlineService } from '../deadline';
import { Dispute, seesEveryDispute } from '../dispute';
import { DisputeRepository } from '../dispute';
import { isUuid } from '../../core/validation/uuid';
import { Proceeding } from '../proceeding';
import { Referral, answersReferrals } from '../referral';
import { DisputeEvent } from '../timeline';
import { eventCursor, eventSeqOf } from '../timeline';
import type { Viewer } from '../../core/viewer';
import type { FeedBatch } from './event-feed';
import { feedSubscription } from './feed-subscription';
import { DeadlineAlert, ReferralUpdate } from './realtime.types';

const BACKLOG_PAGE = 200;

const REFERRAL_UPDATE: Partial<Record<DisputeEventType, ReferralUpdateType>> = {
  REFERRED: ReferralUpdateType.CREATED,
  REFERRAL_ACCEPTED: ReferralUpdateType.ACCEPTED,
  REFERRAL_DECLINED: ReferralUpdateType.DECLINED,
  REFERRAL_CANCELLED: ReferralUpdateType.CANCELLED,
  // The proceeding a referral opened has ended: the referral is complete.
  CONCLUDED: ReferralUpdateType.COMPLETED,
  PROCEEDING_NOT_ACCEPTED: ReferralUpdateType.COMPLETED,
};

const ALERT: Partial<Record<DisputeEventType, DeadlineAlertType>> = {
  DEADLINE_DUE_SOON: DeadlineAlertType.DUE_SOON,
  DEADLINE_OVERDUE: DeadlineAlertType.OVERDUE,
};

/** Whether the viewer may read the dispute now: once per live batch for alike viewers, else its own query (replay). */
async function mayRead(em: EntityManager, viewer: Viewer, disputeId: string, batch: FeedBatch | null): Promise<boolean> {
  return batch ? batch.visible(em, viewer, disputeId) : (await DisputeRepository.findVisibleByIds(em, viewer, [disputeId])).length > 0;
}

/** What a deadline event delivers to a viewer who may read its dispute: the same for every such viewer. */
async function deadlineAlertOf(e: DisputeEvent, em: EntityManager, ctx: HubContext): Promise<DeadlineAlert | null> {
  const dispute = await em.findOne(Dispute, { id: e.disputeId });
  const deadline = await em.findOne(Deadline, { id: e.deadlineId! });
  if (!dispute || !deadline) return null;
  const calendar = await ctx.services.calendar.get(em);
  return Object.assign(new DeadlineAlert(), {
    cursor: eventCursor(e.seq),
    type: ALERT[e.type]!,
    deadline: DeadlineService.view(deadline, calendar, chinaDateOf(ctx.services.now())),
    dispute,
    proceeding: e.proceedingId ? await em.findOne(Proceeding, { id: e.proceedingId }) : null,
    referral: e.referralId ? await em.findOne(Referral, { id: e.referralId }) : null,
  });
}

function viewerOf(ctx: HubContext) {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

function backlogOf(types: DisputeEventType[] | null, extra: object = {}) {
  return (em: EntityManager, afterSeq: string) =>
    em.find(DisputeEvent, { seq: { $gt: afterSeq }, ...(types ? { type: { $in: types } } : {}), ...extra }, { orderBy: { seq: 'asc' }, limit: BACKLOG_PAGE });
}

/** Each field's method only declares it: the schema resolves a subscription field to the value its `subscribe` delivered (src/server/schema.ts). */
@Resolver()
export class SubscriptionResolver {
  @Subscription(() => DisputeEvent, {
    description: "One dispute's timeline. With `after`, events after that cursor are replayed first and live ones follow: none skipped, none twice.",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { disputeId: string; after?: string | null }, HubContext>) => {
      const viewer = viewerOf(context);
      const afterSeq = args.after ? eventSeqOf(args.after) : null;
      const visible = isUuid(args.disputeId) ? await DisputeRepository.findVisibleByIds(context.em, viewer, [args.disputeId]) : [];
      // An invisible dispute behaves as a missing one: nothing about it, not even that it exists.
      if (!visible.length) throw notFound(`纠纷 ${args.disputeId} 不存在。`);
      const disputeId = args.disputeId;
      return feedSubscription<DisputeEvent>({
        ctx: context,
        afterSeq,
        matches: (e) => e.disputeId === disputeId,
        backlog: backlogOf(null, { disputeId }),
        // Re-checked for every event: access can change while the subscription lives.
        deliver: async (e, em, batch) => ((await mayRead(em, viewer, e.disputeId, batch)) ? e : null),
      });
    },
  })
  disputeEvents(@Root() event: DisputeEvent, @Arg('disputeId', () => ID) _disputeId: string, @Arg('after', () => String, { nullable: true }) _after?: string | null): DisputeEvent {
    return event;
  }

  @Subscription(() => ReferralUpdate, {
    description: 'Referrals as they are created, accepted, declined, cancelled or completed. With `after`, missed updates are replayed first.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { after?: string | null; scope?: FeedScope | null }, HubContext>) => {
      const viewer = viewerOf(context);
      const afterSeq = args.after ? eventSeqOf(args.after) : null;
      const scope = args.scope ?? FeedScope.OWN_ORGANIZATION;
      const types = Object.keys(REFERRAL_UPDATE) as DisputeEventType[];
      return feedSubscription<ReferralUpdate>({
        ctx: context,
        afterSeq,
        matches: (e) => !!e.referralId && e.type in REFERRAL_UPDATE,
        backlog: backlogOf(types, { referralId: { $ne: null } }),
        deliver: async (e, em, batch) => {
          // Live events come with their referral read once for every subscriber of the process.
          const referral = batch?.referrals.get(e.referralId!) ?? (await em.findOne(Referral, { id: e.referralId! }));
          if (!referral) return null;
          const own = answersReferrals(viewer) && !!viewer.organizationId && (referral.fromOrganization.id === viewer.organizationId || referral.toOrganization.id === viewer.organizationId);
          if (scope === FeedScope.OWN_ORGANIZATION && !own) return null;
          if (!own && !seesEveryDispute(viewer) && !(await mayRead(em, viewer, referral.dispute.id, batch))) return null;
          return Object.assign(new ReferralUpdate(), { type: REFERRAL_UPDATE[e.type]!, referral, cursor: eventCursor(e.seq) });
        },
      });
    },
  })
  referralUpdates(
    @Root() update: ReferralUpdate,
    @Arg('after', () => String, { nullable: true }) _after?: string | null,
    @Arg('scope', () => FeedScope, { nullable: true, defaultValue: FeedScope.OWN_ORGANIZATION }) _scope?: FeedScope | null,
  ): ReferralUpdate {
    return update;
  }

  @Subscription(() => DeadlineAlert, {
    description: "Deadlines of the viewer's organization that become due soon or overdue. With `after`, missed alerts are replayed first.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { after?: string | null }, HubContext>) => {
      const viewer = viewerOf(context);
      const afterSeq = args.after ? eventSeqOf(args.after) : null;
      const everyOrg = viewer.roles.includes('ADMIN' as never);
      const mine = (e: DisputeEvent) => e.type in ALERT && (everyOrg || (!!viewer.organizationId && e.organizationId === viewer.organizationId));
      return feedSubscription<DeadlineAlert>({
        ctx: context,
        afterSeq,
        matches: mine,
        backlog: backlogOf(Object.keys(ALERT) as DisputeEventType[], everyOrg ? {} : { organizationId: viewer.organizationId ?? '00000000-0000-0000-0000-000000000000' }),
        deliver: async (e, em, batch) => {
          if (!mine(e) || !e.deadlineId) return null;
          if (!(await mayRead(em, viewer, e.disputeId, batch))) return null;
          const alert = () => deadlineAlertOf(e, em, context);
          return batch ? batch.once(`deadlineAlert:${e.seq}`, alert) : alert();
        },
      });
    },
  })
  deadlineAlerts(@Root() alert: DeadlineAlert, @Arg('after', () => String, { nullable: true }) _after?: string | null): DeadlineAlert {
    return alert;
  }
}
