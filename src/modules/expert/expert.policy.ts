import { Role } from '../../core/enums';
import { forbidden } from '../../core/graphql-errors';
import { PERMISSION_ROLES, Permission } from '../../core/permissions';
import { isAdmin, type Viewer } from '../../core/viewer';

// The pool is an organization's own: its staff who keep it (MANAGE_EXPERTS) read and change
// it, and see the experts' phone numbers; ADMIN any pool. Draws belong to the proceeding:
// only the organization holding it reads them (through Proceeding.expertDraws) or acts on them.

/** The viewer keeps the organization's pool (MANAGE_EXPERTS of that organization), or is ADMIN. */
export function keepsPool(viewer: Viewer | null, organizationId: string): boolean {
  if (!viewer) return false;
  if (isAdmin(viewer)) return true;
  return viewer.organizationId === organizationId && viewer.roles.some((r: Role) => PERMISSION_ROLES[Permission.MANAGE_EXPERTS].includes(r));
}

export function assertKeepsPool(viewer: Viewer, organizationId: string): void {
  if (!keepsPool(viewer, organizationId)) throw forbidden('只有本单位专家库的管理人员可以进行此操作。');
}

/** Draws of a proceeding: the organization holding it (its staff), or ADMIN. */
export function readsDrawsOf(viewer: Viewer | null, organizationId: string): boolean {
  if (!viewer) return false;
  return isAdmin(viewer) || viewer.organizationId === organizationId;
}

export function assertDrawsFor(viewer: Viewer, organizationId: string): void {
  if (!isAdmin(viewer) && viewer.organizationId !== organizationId) throw forbidden('只有办理该案件的单位可以抽取和管理评审专家。');
}
