import { Role } from '../../core/enums';
import { hasRole, isAdmin, type Viewer } from '../../core/viewer';

/**
 * Who reads and keeps staff records. Staff records (and certificate numbers above all) are the
 * organization's own: its members read them, its head (负责人) keeps them, ADMIN both for every
 * organization. Other organizations see, through the proceedings they may read, only the kinds
 * of qualification its handlers hold.
 */

export function readsStaffOf(viewer: Viewer | null, organizationId: string | null | undefined): boolean {
  if (isAdmin(viewer)) return true;
  return !!viewer?.organizationId && viewer.organizationId === organizationId;
}

/** Certificate numbers: the holder's organization and ADMIN. */
export const readsCertificatesOf = readsStaffOf;

/** MANAGE_STAFF: the head of the same organization, or ADMIN. */
export function managesStaffOf(viewer: Viewer, organizationId: string | null | undefined): boolean {
  if (isAdmin(viewer)) return true;
  return hasRole(viewer, Role.HEAD) && !!organizationId && viewer.organizationId === organizationId;
}
