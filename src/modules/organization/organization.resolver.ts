import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Channel } from '../../core/enums';
import { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: 'Public: the directory of organizations.' })
  organizations(
    @Ctx() ctx: HubContext,
    @Arg('channel', () => Channel, { nullable: true }) channel?: Channel | null,
    @Arg('region', () => String, { nullable: true }) region?: string | null,
  ): Promise<Organization[]> {
    return OrganizationService.list(ctx, { channel: channel ?? null, region: region ?? null });
  }
}
