import { Role, TypicalCaseStatus } from '../../core/enums';
import { forbidden } from '../../core/graphql-errors';
import { hasRole, isAdmin, type Viewer } from '../../core/viewer';
import type { TypicalCase } from './typical-case.entity';

/**
 * Who reads and acts on typical cases. The drafting organization reads all of its own (and
 * alone reads the draft text, which holds personal data); reviewers of the justice bureau and
 * administrators read every submitted and published one; the public reads published ones only,
 * anonymized (PublishedTypicalCase). Another organization finds nothing: NOT_FOUND, no leak.
 */

/** Statuses that viewers outside the drafting organization (REVIEWER, ADMIN) may read. */
export const OVERSEEN_STATUSES = [TypicalCaseStatus.SUBMITTED, TypicalCaseStatus.PUBLISHED];

export function overseesTypicalCases(viewer: Viewer): boolean {
  return hasRole(viewer, Role.REVIEWER, Role.ADMIN);
}

/** The draft text and the replacement list: the drafting organization's members only (not ADMIN). */
export function readsDraftOf(viewer: Viewer | null, c: TypicalCase): boolean {
  return !!viewer?.organizationId && viewer.organizationId === c.organization.id;
}

/** Editing and submitting: the drafting organization's handlers (the resolver's permission names the roles). */
export function assertMayEdit(viewer: Viewer, c: TypicalCase): void {
  if (viewer.organizationId !== c.organization.id) throw forbidden('只有起草单位可以修改或提交该典型案例。');
}

/** Approving and returning: the head (负责人) of the drafting organization, nobody else. */
export function assertIsHeadOf(viewer: Viewer, c: TypicalCase): void {
  if (!hasRole(viewer, Role.HEAD) || viewer.organizationId !== c.organization.id) throw forbidden('只有起草单位的负责人可以审批该典型案例。');
}

/** Withdrawing: the head of the drafting organization, or an administrator (taking a publication down). */
export function assertMayWithdraw(viewer: Viewer, c: TypicalCase): void {
  if (isAdmin(viewer)) return;
  assertIsHeadOf(viewer, c);
}
