import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { DisputeEvent } from '../timeline';
import { presentDeadlines } from './deadline.presenter';
import { DeadlineView } from './deadline.types';

@Resolver(() => DisputeEvent)
export class EventDeadlineResolver {
  @FieldResolver(() => DeadlineView, { nullable: true })
  async deadline(@Ctx() ctx: HubContext, @Root() e: DisputeEvent): Promise<DeadlineView | null> {
    if (!e.deadlineId) return null;
    const rows = (await ctx.loaders.deadlinesByDispute.load(e.disputeId)).filter((d) => d.id === e.deadlineId);
    return (await presentDeadlines(ctx, rows))[0] ?? null;
  }
}
