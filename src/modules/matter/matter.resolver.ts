import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Channel } from '../../core/enums';
import { Allow, Permission } from '../../core/permissions';
import { Organization } from '../organization';
import { compareOrganizations } from '../organization';
import { Matter } from './matter.entity';

@Resolver(() => Matter)
export class MatterResolver {
  @Query(() => [Matter], { description: 'Public: the published list of matters.' })
  matters(@Ctx() ctx: HubContext, @Arg('channel', () => Channel, { nullable: true }) channel?: Channel | null): Promise<Matter[]> {
    return ctx.em.find(Matter, channel ? { channel } : {}, { orderBy: { channel: 'asc', code: 'asc' } });
  }

  @Query(() => Matter, { nullable: true, description: 'Public.' })
  matter(@Ctx() ctx: HubContext, @Arg('code', () => String) code: string): Promise<Matter | null> {
    return ctx.loaders.matterByCode.load(code);
  }

  @Allow(Permission.READ_CATALOG_REVIEW)
  @FieldResolver(() => [String], {
    nullable: true,
    description: "ADMIN: what of the legal basis (legalBasis and the time limits' legalBasis) awaits verification against the official texts; the public texts carry no such marks.",
  })
  unverifiedLegalBasis(@Root() matter: Matter): string[] {
    return matter.unverifiedLegalBasis ?? [];
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The city-level authority. Prefer authorities(region).' })
  authority(@Ctx() ctx: HubContext, @Root() matter: Matter): Promise<Organization | null> | null {
    return matter.authority ? ctx.loaders.organization.load(matter.authority.id) : null;
  }

  @FieldResolver(() => [Organization], { description: 'Organizations that handle this matter, those of the given region first.' })
  async authorities(@Ctx() ctx: HubContext, @Root() matter: Matter, @Arg('region', () => String, { nullable: true }) region?: string | null): Promise<Organization[]> {
    const orgs = [...(await ctx.loaders.matterHandlers.load(matter.id))];
    return orgs.sort((a, b) => {
      if (region) {
        const ra = a.region === region ? 0 : 1;
        const rb = b.region === region ? 0 : 1;
        if (ra !== rb) return ra - rb;
      }
      return compareOrganizations(a, b);
    });
  }
}
