import { Role } from '../../core/enums';
import { forbidden } from '../../core/graphql-errors';
import { isAdmin, type Viewer } from '../../core/viewer';
import { actsFor, type Dispute } from '../dispute';
import type { Proceeding } from '../proceeding';
import type { LegalDocument } from './legal-document.entity';

const NOT_UNMASKED = '只有能查看当事人信息的办理单位可以制发文书。';

/**
 * Who issues a document of a dispute, and for which organization (design doc): the
 * viewer's organization must see the dispute unmasked and hold it, as the registering
 * organization's FRONTDESK while that organization holds the dispute, or as the
 * organization of the proceeding the document belongs to (or, without a proceeding,
 * of an open proceeding of the dispute). ADMIN passes and issues in the name of the
 * proceeding's (else the holding) organization. Returns the issuing organization's id.
 */
export function issuingOrganization(viewer: Viewer, dispute: Dispute, proceeding: Proceeding | null, unmasked: boolean, viewerOrgHasOpenProceeding: boolean): string {
  if (isAdmin(viewer)) return proceeding?.organization.id ?? dispute.currentOrganization?.id ?? dispute.registeredByOrganization.id;
  if (!unmasked) throw forbidden(NOT_UNMASKED);
  const orgId = viewer.organizationId;
  if (proceeding) {
    if (!actsFor(viewer, proceeding.organization.id)) throw forbidden('只有办理该案件的单位可以制发该案件的文书。');
    return proceeding.organization.id;
  }
  const frontdeskHolder = viewer.roles.includes(Role.FRONTDESK) && !!orgId && dispute.registeredByOrganization.id === orgId && dispute.currentOrganization?.id === orgId;
  const handler = viewer.roles.some((r) => r === Role.HANDLER || r === Role.COURT_LIAISON) && viewerOrgHasOpenProceeding;
  if (orgId && (frontdeskHolder || handler)) return orgId;
  throw forbidden('只有登记并持有该纠纷的单位，或者正在办理该纠纷的单位，可以制发文书。');
}

/** Acting on an issued document (correct it, record an acknowledgement or a supplement): its issuing organization, seeing the dispute unmasked. */
export function assertActsForDocument(viewer: Viewer, document: LegalDocument, unmasked: boolean): void {
  if (isAdmin(viewer)) return;
  if (!unmasked) throw forbidden(NOT_UNMASKED);
  if (!actsFor(viewer, document.organizationId)) throw forbidden('只有制发该文书的单位可以进行此操作。');
}
