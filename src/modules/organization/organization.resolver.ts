import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Channel } from '../../core/enums';
import { Allow, Permission } from '../../core/permissions';
import { Organization } from './organization.entity';
import { OrganizationAdminService } from './organization-admin.service';
import { OrganizationService } from './organization.service';
import { CreateOrganizationInput, OrganizationResult, UpdateOrganizationInput } from './organization.types';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: 'Public: the directory of organizations (deactivated ones only when asked).' })
  organizations(
    @Ctx() ctx: HubContext,
    @Arg('channel', () => Channel, { nullable: true }) channel?: Channel | null,
    @Arg('region', () => String, { nullable: true }) region?: string | null,
    @Arg('includeInactive', () => Boolean, { nullable: true, defaultValue: false }) includeInactive?: boolean,
  ): Promise<Organization[]> {
    return OrganizationService.list(ctx, { channel: channel ?? null, region: region ?? null, includeInactive: !!includeInactive });
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization this one belongs to (e.g. a district committee under the city bureau).' })
  parent(@Ctx() ctx: HubContext, @Root() org: Organization): Promise<Organization | null> | null {
    return org.parent ? ctx.loaders.organization.load(org.parent.id) : null;
  }

  @Allow(Permission.MANAGE_ORGANIZATIONS)
  @Mutation(() => OrganizationResult, { description: 'ADMIN: creates an organization.' })
  createOrganization(@Ctx() ctx: HubContext, @Arg('input', () => CreateOrganizationInput) input: CreateOrganizationInput) {
    return OrganizationAdminService.create(ctx, input);
  }

  @Allow(Permission.MANAGE_ORGANIZATIONS)
  @Mutation(() => OrganizationResult, { description: 'ADMIN: renames an organization or changes its kind, channels, region or parent.' })
  updateOrganization(
    @Ctx() ctx: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateOrganizationInput) input: UpdateOrganizationInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
  ) {
    return OrganizationAdminService.update(ctx, id, input, expectedVersion);
  }

  @Allow(Permission.MANAGE_ORGANIZATIONS)
  @Mutation(() => OrganizationResult, { description: 'ADMIN: deactivates an organization: it keeps its history and receives no new referrals.' })
  deactivateOrganization(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return OrganizationAdminService.setActive(ctx, id, false, expectedVersion);
  }

  @Allow(Permission.MANAGE_ORGANIZATIONS)
  @Mutation(() => OrganizationResult, { description: 'ADMIN: makes a deactivated organization active again.' })
  reactivateOrganization(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return OrganizationAdminService.setActive(ctx, id, true, expectedVersion);
  }
}
