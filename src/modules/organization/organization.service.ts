import type { FilterQuery } from '@mikro-orm/core';
import type { HubContext } from '../../core/context';
import { Channel } from '../../core/enums';
import { Organization } from './organization.entity';

export class OrganizationService {
  /** The public directory: city-level first, then by region and name. */
  static async list(ctx: HubContext, filter: { channel: Channel | null; region: string | null; includeInactive?: boolean }): Promise<Organization[]> {
    const where: FilterQuery<Organization> = filter.includeInactive ? {} : { active: true };
    if (filter.channel) where.channels = { $contains: [filter.channel] };
    if (filter.region) where.region = filter.region;
    const rows = await ctx.em.find(Organization, where);
    return rows.sort(compareOrganizations);
  }
}

export function compareOrganizations(a: Organization, b: Organization): number {
  const cityA = a.region === '杭州市' ? 0 : 1;
  const cityB = b.region === '杭州市' ? 0 : 1;
  return cityA - cityB || a.region.localeCompare(b.region, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN');
}
