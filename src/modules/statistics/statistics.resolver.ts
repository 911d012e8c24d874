import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Allow, Permission } from '../../core/permissions';
import { Organization } from '../organization';
import { StatisticsService } from './statistics.service';
import { PublicStatisticsCell, Statistics, StatisticsFilter, StatisticsResult } from './statistics.types';

@Resolver(() => Statistics)
export class StatisticsResolver {
  @Allow(Permission.READ_STATISTICS)
  @Query(() => StatisticsResult, {
    description:
      'Figures of one period (at most 5 years), optionally one organization, channel, matter and region, computed from the timeline and the clocks. ADMIN and REVIEWER read any organization or the whole city; other roles their own organization only (another one is FORBIDDEN). A bad filter is a ValidationError, an unknown organization a NotFoundError.',
  })
  statistics(@Ctx() ctx: HubContext, @Arg('filter', () => StatisticsFilter) filter: StatisticsFilter) {
    return StatisticsService.statistics(ctx, filter);
  }

  @Query(() => [PublicStatisticsCell], {
    description: 'Public (anonymous): the whole city per channel and month of one year (2000–2099), every channel and month present; cells with a count below 5 are suppressed.',
  })
  publicStatistics(@Ctx() ctx: HubContext, @Arg('year', () => Int) year: number): Promise<PublicStatisticsCell[]> {
    return StatisticsService.publicStatistics(ctx, year);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization of the slice; null: the whole city.' })
  organization(@Ctx() ctx: HubContext, @Root() s: Statistics) {
    return s.organizationId ? ctx.loaders.organization.now(s.organizationId) : null;
  }
}
