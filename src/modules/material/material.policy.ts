import { Role } from '../../core/enums';
import { forbidden } from '../../core/graphql-errors';
import { PERMISSION_ROLES, Permission } from '../../core/permissions';
import { hasRole, isAdmin, type Viewer } from '../../core/viewer';
import type { Dispute } from '../dispute';
import type { StoredFile } from './stored-file.entity';

/**
 * Who may add to a dispute's case file (upload files, record the materials checklist): an
 * organization that sees the dispute unmasked and holds it, that is
 * - the registering organization's frontdesk while that organization holds the dispute, or
 * - a HANDLER / COURT_LIAISON of an organization that holds or held a proceeding of the dispute
 *   (it files the proof of service of its decision after the conclusion);
 * ADMIN passes. Reading follows the dispute's visibility and masking (DisputeRepository).
 */
export function mayAddToCaseFile(viewer: Viewer, dispute: Dispute, unmasked: boolean, handlingOrgIds: readonly string[]): boolean {
  if (isAdmin(viewer)) return true;
  if (!unmasked || !viewer.organizationId) return false;
  const org = viewer.organizationId;
  if (hasRole(viewer, Role.FRONTDESK) && dispute.registeredByOrganization.id === org && dispute.currentOrganization?.id === org) return true;
  return hasRole(viewer, Role.HANDLER, Role.COURT_LIAISON) && handlingOrgIds.includes(org);
}

export function assertMayAddToCaseFile(viewer: Viewer, dispute: Dispute, unmasked: boolean, handlingOrgIds: readonly string[]): void {
  if (!mayAddToCaseFile(viewer, dispute, unmasked, handlingOrgIds)) {
    throw forbidden('只有持有该纠纷的机构（登记机构的窗口在其持有期间，或办理过该纠纷的机构）可以上传或登记材料。');
  }
}

/** Pending uploads (before the dispute exists) are for those who register disputes. */
export function mayUploadPending(viewer: Viewer): boolean {
  return isAdmin(viewer) || hasRole(viewer, ...PERMISSION_ROLES[Permission.REGISTER_DISPUTE]);
}

/** Uploading at all needs RECORD_MATERIALS (the same roles as recordMaterial). */
export function mayUpload(viewer: Viewer): boolean {
  return isAdmin(viewer) || hasRole(viewer, ...PERMISSION_ROLES[Permission.RECORD_MATERIALS]);
}

/** A pending file is its uploader's alone until a registration claims it. */
export function ownsPendingFile(viewer: Viewer, file: StoredFile): boolean {
  return file.disputeId === null && file.uploadedBy === viewer.userId;
}
