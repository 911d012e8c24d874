import { Role } from '../../core/enums';
import type { Viewer } from '../../core/viewer';

/**
 * Who may read which disputes (contract README, "Who sees what"), as one SQL
 * condition that every read path of disputes applies: single records,
 * connections, counts, nested fields and subscriptions.
 *
 * - FRONTDESK, ADMIN: every dispute, personal data unmasked.
 * - HANDLER, COURT_LIAISON: disputes their organization has a dispute_access row for
 *   (registered, referred to, holds or held a proceeding, judicial confirmation at the court).
 * - REVIEWER: every CLOSED or WITHDRAWN dispute, masked.
 * - anyone else: nothing.
 */
export function seesEveryDispute(viewer: Viewer | null): boolean {
  return !!viewer && viewer.roles.some((r) => r === Role.ADMIN || r === Role.FRONTDESK);
}

export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/** The visibility condition over a dispute table alias; null means no restriction. */
export function disputeVisibility(viewer: Viewer | null, alias: string): SqlCondition | null {
  if (seesEveryDispute(viewer)) return null;
  if (!viewer) return { sql: 'false', params: [] };
  const parts: string[] = [];
  const params: unknown[] = [];
  if (viewer.organizationId && viewer.roles.some((r) => r === Role.HANDLER || r === Role.COURT_LIAISON)) {
    parts.push(`exists (select 1 from dispute_access da where da.dispute_id = ${alias}.id and da.organization_id = ?)`);
    params.push(viewer.organizationId);
  }
  if (viewer.roles.includes(Role.REVIEWER)) parts.push(`${alias}.status in ('CLOSED', 'WITHDRAWN')`);
  if (parts.length === 0) return { sql: 'false', params: [] };
  return { sql: parts.length === 1 ? parts[0] : `(${parts.join(' or ')})`, params };
}

/** Whether disputeVisibility's condition reads nothing of the dispute but its id (a REVIEWER's reads its status). */
export function visibilityReadsOnlyId(viewer: Viewer | null): boolean {
  return seesEveryDispute(viewer) || !viewer?.roles.includes(Role.REVIEWER);
}

/** Viewers with the same key see the same disputes (the inputs of disputeVisibility). */
export function visibilityKey(viewer: Viewer | null): string {
  if (seesEveryDispute(viewer)) return 'all';
  if (!viewer) return 'none';
  const handles = !!viewer.organizationId && viewer.roles.some((r) => r === Role.HANDLER || r === Role.COURT_LIAISON);
  return `${handles ? viewer.organizationId : '-'}|${viewer.roles.includes(Role.REVIEWER) ? 'reviewer' : '-'}`;
}

/**
 * Whether the viewer sees a dispute's personal data unmasked, as a SQL expression over a dispute
 * alias ('true' / 'false' when it does not depend on the dispute): the one masking rule, used as a
 * column next to the dispute (findVisibleWithMasking) and as a filter (unmaskedIds).
 */
export function disputeUnmasking(viewer: Viewer | null, alias: string): SqlCondition {
  if (seesEveryDispute(viewer)) return { sql: 'true', params: [] };
  if (!viewer?.organizationId) return { sql: 'false', params: [] };
  return { sql: `exists (select 1 from dispute_access da where da.dispute_id = ${alias}.id and da.organization_id = ? and da.unmasked)`, params: [viewer.organizationId] };
}

/** Whether the viewer acts for `organizationId` (ADMIN acts for every organization). */
export function actsFor(viewer: Viewer, organizationId: string | null | undefined): boolean {
  if (viewer.roles.includes(Role.ADMIN)) return true;
  return !!organizationId && viewer.organizationId === organizationId;
}
