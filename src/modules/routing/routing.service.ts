import type { HubContext } from '../../core/context';
import { Channel, ReferralStatus } from '../../core/enums';
import { DisputeQueryService } from '../dispute';
import { Matter } from '../matter';
import { Organization } from '../organization';
import { Referral } from '../referral';
import { suggestRoutes } from './route-rules';
import { RouteSuggestion } from './routing.types';

export class RoutingService {
  /** Explainable suggestions for a visible dispute; organizations that already declined it are left out. */
  static async suggest(ctx: HubContext, disputeId: string): Promise<RouteSuggestion[]> {
    const dispute = await DisputeQueryService.byId(ctx, disputeId);
    if (!dispute) return [];
    const [matters, organizations, declined] = await Promise.all([
      ctx.em.find(Matter, {}, { populate: ['handlers'] }),
      ctx.em.find(Organization, { active: true }),
      ctx.em.find(Referral, { dispute: dispute.id, status: ReferralStatus.DECLINED }, { fields: ['toOrganization'] }),
    ]);
    const ownMatter = dispute.matter ? matters.find((m) => m.id === dispute.matter!.id) : null;
    const drafts = suggestRoutes(
      { category: dispute.category, region: dispute.region, source: dispute.source, matterCode: ownMatter?.code ?? null, amount: dispute.amount },
      {
        matters: matters.map((m) => ({
          id: m.id,
          code: m.code,
          name: m.name,
          channel: m.channel,
          categories: m.categories,
          authorityId: m.authority?.id ?? null,
          handlerIds: m.handlers.getItems().map((o) => o.id),
        })),
        organizations: organizations.map((o) => ({ id: o.id, name: o.name, kind: o.kind, channels: o.channels, region: o.region })),
      },
      { exclude: declined.map((r) => r.toOrganization.id) },
    );
    const orgById = new Map(organizations.map((o) => [o.id, o]));
    const matterByCode = new Map(matters.map((m) => [m.code, m]));
    return drafts.map((d) =>
      Object.assign(new RouteSuggestion(), {
        organization: orgById.get(d.organizationId)!,
        channel: d.channel as Channel,
        matter: d.matterCode ? (matterByCode.get(d.matterCode) ?? null) : null,
        reason: d.reason,
        score: d.score,
      }),
    );
  }
}
