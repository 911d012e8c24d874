import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { DisputeEvent } from '../timeline';
import { presentDeadlineOf } from './deadline.presenter';
import { DeadlineView } from './deadline.types';

@Resolver(() => DisputeEvent)
export class EventDeadlineResolver {
  @FieldResolver(() => DeadlineView, { nullable: true })
  deadline(@Ctx() ctx: HubContext, @Root() e: DisputeEvent): Promise<DeadlineView | null> | null {
    const { deadlineId } = e;
    return deadlineId ? presentDeadlineOf(ctx, e.disputeId, (d) => d.id === deadlineId) : null;
  }
}
