import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { andThen } from '../../core/maybe-async';
import { ReferralStatus } from '../../core/enums';
import { Allow, Permission } from '../../core/permissions';
import { pageSize } from '../../core/pagination';
import { findAmong } from '../../core/db/loaders';
import { CONNECTION_ROWS, projectionOf, Reads } from '../../core/db/projection';
import { DeadlineView, presentDeadlines } from '../deadline';
import { Dispute, prefetchDeadlines } from '../dispute';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { Proceeding } from '../proceeding';
import { DisputeEvent } from '../timeline';
import { Referral } from './referral.entity';
import { ReferralService } from './referral.service';
import { ReferDisputeInput, ReferDisputeResult, ReferralActionResult, ReferralConnection } from './referral.types';

/** An inbox's rows always carry what their cursors are made of. */
const BY_CREATION = ['createdAt'] as const;

@Resolver(() => Referral)
export class ReferralResolver {
  @Allow(Permission.SIGNED_IN)
  @Query(() => ReferralConnection, { description: "Referrals addressed to the viewer's organization, newest first." })
  async referralInbox(
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('status', () => [ReferralStatus], { nullable: true }) status?: ReferralStatus[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ReferralConnection> {
    return ReferralService.inbox(ctx, status, pageSize(first, 20), after, projectionOf(ctx.em, info, Referral, CONNECTION_ROWS, BY_CREATION));
  }

  @Allow(Permission.REFER_DISPUTE)
  @Mutation(() => ReferDisputeResult)
  referDispute(@Ctx() ctx: HubContext, @Arg('input', () => ReferDisputeInput) input: ReferDisputeInput) {
    return ReferralService.refer(ctx, input);
  }

  @Allow(Permission.ANSWER_REFERRAL)
  @Mutation(() => ReferralActionResult)
  acceptReferral(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return ReferralService.accept(ctx, id, expectedVersion);
  }

  @Allow(Permission.ANSWER_REFERRAL)
  @Mutation(() => ReferralActionResult)
  declineReferral(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ReferralService.decline(ctx, id, reason, expectedVersion);
  }

  @Allow(Permission.ANSWER_REFERRAL)
  @Mutation(() => ReferralActionResult)
  cancelReferral(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ReferralService.cancel(ctx, id, reason, expectedVersion);
  }

  @FieldResolver(() => Dispute)
  dispute(@Ctx() ctx: HubContext, @Root() r: Referral, @Info() info: GraphQLResolveInfo): Promise<Dispute> {
    return ctx.loaders.visibleDispute.load(r.dispute.id, projectionOf(ctx.em, info, Dispute)).then((d) => {
      // A referral is only ever reached through a dispute the viewer may read (or one addressed to its organization, which grants access).
      if (!d) throw new Error('referral of an invisible dispute');
      return d;
    });
  }

  @FieldResolver(() => Matter, { nullable: true })
  matter(@Ctx() ctx: HubContext, @Root() r: Referral) {
    return r.matter ? ctx.loaders.matter.now(r.matter.id) : null;
  }

  @FieldResolver(() => Organization)
  fromOrganization(@Ctx() ctx: HubContext, @Root() r: Referral) {
    return ctx.loaders.organization.now(r.fromOrganization.id);
  }

  @FieldResolver(() => Organization)
  toOrganization(@Ctx() ctx: HubContext, @Root() r: Referral) {
    return ctx.loaders.organization.now(r.toOrganization.id);
  }

  @FieldResolver(() => DeadlineView, { description: "Deadline for the receiver to accept or decline (the center's own rule, 3 working days unless configured)." })
  @Reads(Referral, 'dispute')
  responseDeadline(@Ctx() ctx: HubContext, @Root() r: Referral): Promise<DeadlineView> {
    return ctx.loaders.responseDeadlineByReferral.load({ disputeId: r.dispute.id, referralId: r.id }).then((row) => {
      if (!row) throw new Error(`referral ${r.id} has no response deadline`);
      return andThen(presentDeadlines(ctx, [row]), ([view]) => view);
    });
  }

  @FieldResolver(() => Proceeding, { nullable: true, description: 'The proceeding opened when the referral was accepted.' })
  @Reads(Referral, 'dispute', 'proceedingId')
  proceeding(@Ctx() ctx: HubContext, @Root() r: Referral, @Info() info: GraphQLResolveInfo) {
    return findAmong(ctx.loaders.proceedingsByDispute, r.dispute.id, r.proceedingId, projectionOf(ctx.em, info, Proceeding));
  }
}

/** A dispute's referrals and an event's referral: fields this module adds to the dispute and the timeline. */
@Resolver(() => Dispute)
export class DisputeReferralsResolver {
  @FieldResolver(() => [Referral])
  referrals(@Ctx() ctx: HubContext, @Root() d: Dispute, @Info() info: GraphQLResolveInfo) {
    prefetchDeadlines(ctx, d, info);
    return ctx.loaders.referralsByDispute.load(d.id);
  }
}

@Resolver(() => DisputeEvent)
export class EventReferralResolver {
  @FieldResolver(() => Referral, { nullable: true })
  referral(@Ctx() ctx: HubContext, @Root() e: DisputeEvent) {
    return findAmong(ctx.loaders.referralsByDispute, e.disputeId, e.referralId);
  }
}

@Resolver(() => Proceeding)
export class ProceedingReferralResolver {
  @FieldResolver(() => Referral, { nullable: true })
  referral(@Ctx() ctx: HubContext, @Root() p: Proceeding) {
    return findAmong(ctx.loaders.referralsByDispute, p.dispute.id, p.referralId);
  }
}
