import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { andThen } from '../../core/maybe-async';
import { DisputeEvent } from '../timeline';
import { presentDeadlines } from './deadline.presenter';
import { DeadlineView } from './deadline.types';

@Resolver(() => DisputeEvent)
export class EventDeadlineResolver {
  @FieldResolver(() => DeadlineView, { nullable: true })
  deadline(@Ctx() ctx: HubContext, @Root() e: DisputeEvent): Promise<DeadlineView | null> | null {
    const { deadlineId } = e;
    if (!deadlineId) return null;
    return ctx.loaders.deadlinesByDispute.load(e.disputeId).then((all) =>
      andThen(
        presentDeadlines(
          ctx,
          all.filter((d) => d.id === deadlineId),
        ),
        (views) => views[0] ?? null,
      ),
    );
  }
}
