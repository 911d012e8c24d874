import { ReviewCampaignKind, ReviewCampaignStatus, Role } from '../../core/enums';
import { forbidden } from '../../core/graphql-errors';
import { hasRole, isAdmin, type Viewer } from '../../core/viewer';
import type { ReviewCampaign } from './review.entity';

/**
 * Who runs, reviews and reads case-file review campaigns (案卷评查).
 * - Running: a head (HEAD) opens a self-inspection of their own organization; the justice
 *   bureau's REVIEWER opens cross-reviews and spot checks of any organization; ADMIN any.
 *   Only the campaign's creator (or ADMIN) starts, cancels, writes and submits it.
 * - Reviewing: only the campaign's named reviewers or its creator (or ADMIN) score its files and
 *   read them (masked: no personal data is ever exposed by this module).
 * - Reading the report: the participants; once submitted, every REVIEWER (the justice bureau)
 *   and the reviewed organization's own members. Anyone else finds nothing (null / NOT_FOUND).
 */

/** Roles a named reviewer may hold. */
export const REVIEWER_ROLES: readonly Role[] = [Role.HANDLER, Role.COURT_LIAISON, Role.HEAD, Role.REVIEWER];

export function assertMayOpen(viewer: Viewer, kind: ReviewCampaignKind, organizationId: string): void {
  if (isAdmin(viewer)) return;
  if (kind === ReviewCampaignKind.SELF_INSPECTION) {
    if (!hasRole(viewer, Role.HEAD) || viewer.organizationId !== organizationId) throw forbidden('只有本单位负责人可以组织本单位的案卷自查。');
    return;
  }
  if (!hasRole(viewer, Role.REVIEWER)) throw forbidden('交叉评查和抽查由司法局组织。');
}

export function runsCampaign(viewer: Viewer | null, c: ReviewCampaign): boolean {
  return !!viewer && (isAdmin(viewer) || c.createdBy === viewer.userId);
}

export function assertRuns(viewer: Viewer, c: ReviewCampaign): void {
  if (!runsCampaign(viewer, c)) throw forbidden('只有评查的组织者可以进行此操作。');
}

/** Named reviewers, the creator and ADMIN: they read the files and score them. */
export function takesPart(viewer: Viewer | null, c: ReviewCampaign): boolean {
  return !!viewer && (runsCampaign(viewer, c) || c.reviewerIds.includes(viewer.userId));
}

export function assertMayScore(viewer: Viewer, c: ReviewCampaign): void {
  if (!takesPart(viewer, c)) throw forbidden('只有该评查的评查人员可以评分。');
}

/** Reads the campaign and its report: the participants; the submitted report also the justice bureau and the reviewed organization. */
export function seesCampaign(viewer: Viewer | null, c: ReviewCampaign): boolean {
  if (takesPart(viewer, c)) return true;
  return !!viewer && c.status === ReviewCampaignStatus.REPORTED && (hasRole(viewer, Role.REVIEWER) || viewer.organizationId === c.organizationId);
}
