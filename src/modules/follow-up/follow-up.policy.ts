import { forbidden } from '../../core/graphql-errors';
import { isAdmin, type Viewer } from '../../core/viewer';
import type { FollowUp } from './follow-up.entity';

// Who sees and records follow-ups (回访). A follow-up is the handling organization's work:
// its members (with RECORD_FOLLOW_UP for the commands) and ADMIN see it, comments included;
// for everybody else, even viewers who read the dispute, there is no follow-up at all
// (Dispute.followUp is null, commands answer NOT_FOUND), so nothing of the visit leaks.

/** The organization whose follow-ups the viewer sees; null: every one (ADMIN); undefined: none. */
export function followUpScope(viewer: Viewer | null): string | null | undefined {
  if (!viewer) return undefined;
  if (isAdmin(viewer)) return null;
  return viewer.organizationId ?? undefined;
}

export function seesFollowUp(viewer: Viewer | null, f: Pick<FollowUp, 'organizationId'>): boolean {
  const scope = followUpScope(viewer);
  return scope === null || (scope !== undefined && scope === f.organizationId);
}

/** Recording a visit or an attempt, and closing: the handling organization (ADMIN passes). */
export function assertMayRecordFollowUp(viewer: Viewer, f: FollowUp): void {
  if (!seesFollowUp(viewer, f)) throw forbidden('只有办理该纠纷的单位可以登记回访。');
}
