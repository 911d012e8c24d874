import { Role } from '../../core/enums';
import { forbidden } from '../../core/graphql-errors';
import { PERMISSION_ROLES, Permission } from '../../core/permissions';
import { isAdmin, type Viewer } from '../../core/viewer';
import { actsFor } from '../dispute';
import type { Referral } from './referral.entity';

/**
 * Whether the viewer handles its organization's referrals (ANSWER_REFERRAL's roles, or ADMIN): only
 * they see the organization's referrals as their own (inbox, live updates). Other accounts of the
 * organization (a HEAD, a REVIEWER) do not read its disputes.
 */
export function answersReferrals(viewer: Viewer | null): boolean {
  return !!viewer && (isAdmin(viewer) || viewer.roles.some((r) => PERMISSION_ROLES[Permission.ANSWER_REFERRAL].includes(r)));
}

/** Which side of a referral an action is taken by: the receiver answers it, the sender cancels it. */
export type ReferralSide = 'receiver' | 'sender';

/**
 * Who may act on a referral: the receiving organization accepts or declines, the sending
 * organization cancels (the center's frontdesk cancels what the center sent).
 */
export function assertMayActOnReferral(viewer: Viewer, referral: Referral, side: ReferralSide): void {
  const orgId = side === 'receiver' ? referral.toOrganization.id : referral.fromOrganization.id;
  const frontdeskCancels = side === 'sender' && viewer.roles.includes(Role.FRONTDESK) && referral.fromOrganization.id === viewer.organizationId;
  if (actsFor(viewer, orgId) || frontdeskCancels) return;
  throw forbidden(side === 'receiver' ? '只有接收单位可以接收或退回转办。' : '只有转出单位可以撤回转办。');
}
