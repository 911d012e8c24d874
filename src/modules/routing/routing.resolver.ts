import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Allow, Permission } from '../../core/permissions';
import { RoutingService } from './routing.service';
import { RouteSuggestion } from './routing.types';

@Resolver()
export class RoutingResolver {
  @Allow(Permission.SIGNED_IN)
  @Query(() => [RouteSuggestion])
  routeSuggestions(@Ctx() ctx: HubContext, @Arg('disputeId', () => ID) disputeId: string): Promise<RouteSuggestion[]> {
    return RoutingService.suggest(ctx, disputeId);
  }
}
