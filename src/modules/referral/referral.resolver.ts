import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../server/context';
import { DeadlineKind, ReferralStatus, Role } from '../../shared/enums';
import { badUserInput } from '../../shared/graphql-errors';
import { pageSize } from '../../shared/pagination';
import { Dispute } from '../dispute/dispute.entity';
import { findAmong } from '../dispute/dispute.loaders';
import { isUuid } from '../../shared/validation/uuid';
import { presentDeadlines } from '../deadline/deadline.presenter';
import { DeadlineView } from '../deadline/deadline.types';
import { Matter } from '../matter/matter.entity';
import { Organization } from '../organization/organization.entity';
import { Proceeding } from '../proceeding/proceeding.entity';
import { Referral } from './referral.entity';
import { ReferralService } from './referral.service';
import { ReferDisputeInput, ReferDisputeResult, ReferralActionResult, ReferralConnection } from './referral.types';

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized()
  @Query(() => ReferralConnection, { description: "Referrals addressed to the viewer's organization, newest first." })
  async referralInbox(
    @Ctx() ctx: HubContext,
    @Arg('status', () => [ReferralStatus], { nullable: true }) status?: ReferralStatus[] | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ReferralConnection> {
    return ReferralService.inbox(ctx, status, pageSize(first, 20), after);
  }

  @Authorized(Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON)
  @Mutation(() => ReferDisputeResult)
  referDispute(@Ctx() ctx: HubContext, @Arg('input', () => ReferDisputeInput) input: ReferDisputeInput) {
    return ReferralService.refer(ctx, input);
  }

  @Authorized(Role.HANDLER, Role.COURT_LIAISON, Role.FRONTDESK)
  @Mutation(() => ReferralActionResult)
  acceptReferral(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null) {
    return ReferralService.accept(ctx, id, expectedVersion);
  }

  @Authorized(Role.HANDLER, Role.COURT_LIAISON, Role.FRONTDESK)
  @Mutation(() => ReferralActionResult)
  declineReferral(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number | null,
  ) {
    return ReferralService.decline(ctx, id, reason, expectedVersion);
  }

  @Authorized(Role.FRONTDESK, Role.HANDLER, Role.COURT_LIAISON)
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
  async dispute(@Ctx() ctx: HubContext, @Root() r: Referral): Promise<Dispute> {
    const d = await ctx.loaders.visibleDispute.load(r.dispute.id);
    // A referral is only ever reached through a dispute the viewer may read (or one addressed to its organization, which grants access).
    if (!d) throw new Error('referral of an invisible dispute');
    return d;
  }

  @FieldResolver(() => Matter, { nullable: true })
  matter(@Ctx() ctx: HubContext, @Root() r: Referral) {
    return r.matter ? ctx.loaders.matter.load(r.matter.id) : null;
  }

  @FieldResolver(() => Organization)
  fromOrganization(@Ctx() ctx: HubContext, @Root() r: Referral) {
    return ctx.loaders.organization.load(r.fromOrganization.id);
  }

  @FieldResolver(() => Organization)
  toOrganization(@Ctx() ctx: HubContext, @Root() r: Referral) {
    return ctx.loaders.organization.load(r.toOrganization.id);
  }

  @FieldResolver(() => DeadlineView, { description: "Deadline for the receiver to accept or decline (the center's own rule, 3 working days unless configured)." })
  async responseDeadline(@Ctx() ctx: HubContext, @Root() r: Referral): Promise<DeadlineView> {
    const rows = (await ctx.loaders.deadlinesByDispute.load(r.dispute.id)).filter((d) => d.referralId === r.id && d.kind === DeadlineKind.REFERRAL_RESPONSE);
    const [view] = await presentDeadlines(ctx, rows);
    if (!view) throw new Error(`referral ${r.id} has no response deadline`);
    return view;
  }

  @FieldResolver(() => Proceeding, { nullable: true, description: 'The proceeding opened when the referral was accepted.' })
  proceeding(@Ctx() ctx: HubContext, @Root() r: Referral) {
    return findAmong(ctx.loaders.proceedingsByDispute, r.dispute.id, r.proceedingId);
  }
}
