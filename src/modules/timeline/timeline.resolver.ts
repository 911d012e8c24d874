import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { User } from '../auth';
import { Organization } from '../organization';
import { DisputeEvent } from './dispute-event.entity';
import { eventCursor } from './timeline.loaders';

// The event's links to a dispute, a referral, a proceeding and a deadline are resolved by the modules that own those types.
@Resolver(() => DisputeEvent)
export class TimelineResolver {
  @FieldResolver(() => String, { description: 'Opaque; in commit order within every feed it appears in; resume a subscription with it.' })
  cursor(@Root() e: DisputeEvent): string {
    return eventCursor(e.seq);
  }

  @FieldResolver(() => User, { nullable: true })
  actor(@Ctx() ctx: HubContext, @Root() e: DisputeEvent) {
    return e.actorUserId ? ctx.loaders.user.load(e.actorUserId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Ctx() ctx: HubContext, @Root() e: DisputeEvent) {
    return e.organizationId ? ctx.loaders.organization.now(e.organizationId) : null;
  }
}
