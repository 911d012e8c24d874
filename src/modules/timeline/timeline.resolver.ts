import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../server/context';
import { User } from '../auth/user.entity';
import { presentDeadlines } from '../deadline/deadline.presenter';
import { DeadlineView } from '../deadline/deadline.types';
import { Dispute } from '../dispute/dispute.entity';
import { findAmong } from '../dispute/dispute.loaders';
import { Organization } from '../organization/organization.entity';
import { Proceeding } from '../proceeding/proceeding.entity';
import { Referral } from '../referral/referral.entity';
import { DisputeEvent } from './dispute-event.entity';
import { eventCursor } from './timeline.loaders';

@Resolver(() => DisputeEvent)
export class TimelineResolver {
  @FieldResolver(() => String, { description: 'Opaque; in commit order within every feed it appears in; resume a subscription with it.' })
  cursor(@Root() e: DisputeEvent): string {
    return eventCursor(e.seq);
  }

  @FieldResolver(() => Dispute)
  async dispute(@Ctx() ctx: HubContext, @Root() e: DisputeEvent): Promise<Dispute> {
    const d = await ctx.loaders.visibleDispute.load(e.disputeId);
    if (!d) throw new Error('event of an invisible dispute');
    return d;
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Ctx() ctx: HubContext, @Root() e: DisputeEvent) {
    return e.actorUserId ? ctx.loaders.user.load(e.actorUserId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Ctx() ctx: HubContext, @Root() e: DisputeEvent) {
    return e.organizationId ? ctx.loaders.organization.load(e.organizationId) : null;
  }

  @FieldResolver(() => Referral, { nullable: true })
  referral(@Ctx() ctx: HubContext, @Root() e: DisputeEvent) {
    return findAmong(ctx.loaders.referralsByDispute, e.disputeId, e.referralId);
  }

  @FieldResolver(() => Proceeding, { nullable: true })
  proceeding(@Ctx() ctx: HubContext, @Root() e: DisputeEvent) {
    return findAmong(ctx.loaders.proceedingsByDispute, e.disputeId, e.proceedingId);
  }

  @FieldResolver(() => DeadlineView, { nullable: true })
  async deadline(@Ctx() ctx: HubContext, @Root() e: DisputeEvent): Promise<DeadlineView | null> {
    if (!e.deadlineId) return null;
    const rows = (await ctx.loaders.deadlinesByDispute.load(e.disputeId)).filter((d) => d.id === e.deadlineId);
    return (await presentDeadlines(ctx, rows))[0] ?? null;
  }
}
