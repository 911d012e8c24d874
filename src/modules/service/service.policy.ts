import { Role } from '../../core/enums';
import { forbidden } from '../../core/graphql-errors';
import { isAdmin, type Viewer } from '../../core/viewer';
import { actsFor, type Dispute } from '../dispute';
import type { LegalDocument } from '../document';

// Who may record service (送达) and service addresses. Reading follows the dispute's
// visibility exactly (the records are reached through the document or the party);
// names, addresses, tracking numbers and free text only unmasked (service.resolver.ts).

/** What the policy needs to know of the viewer's relation to the dispute, read in the command's transaction. */
export interface CaseFileAccess {
  /** The viewer sees the dispute's personal data (dispute_access.unmasked, or frontdesk / admin). */
  unmasked: boolean;
  /** The viewer's organization has an open proceeding of the dispute. */
  holdsOpenProceeding: boolean;
  /** The viewer's organization issued a document of the dispute (it serves its own documents). */
  issuedADocument: boolean;
}

/**
 * The design's writing rule for case files: the registering organization's frontdesk
 * while it holds the dispute, or a handler / court liaison of an organization with an
 * open proceeding of the dispute; always with the dispute unmasked. ADMIN passes.
 */
export function writesCaseFile(viewer: Viewer, dispute: Dispute, access: CaseFileAccess): boolean {
  if (isAdmin(viewer)) return true;
  if (!access.unmasked || !viewer.organizationId) return false;
  const registeringFrontdesk = viewer.roles.includes(Role.FRONTDESK) && dispute.registeredByOrganization.id === viewer.organizationId && dispute.currentOrganization?.id === viewer.organizationId;
  const handler = viewer.roles.some((r) => r === Role.HANDLER || r === Role.COURT_LIAISON) && access.holdsOpenProceeding;
  return registeringFrontdesk || handler;
}

/**
 * A party's 送达地址确认书: whoever writes the case file, and also an organization that
 * issued a document of the dispute (it needs the address to serve it, e.g. a decision
 * after its proceeding concluded).
 */
export function assertMayRecordServiceAddress(viewer: Viewer, dispute: Dispute, access: CaseFileAccess): void {
  if (writesCaseFile(viewer, dispute, access)) return;
  if (access.unmasked && access.issuedADocument) return;
  throw forbidden('只有办理该纠纷的单位可以登记当事人的送达地址确认书。');
}

/**
 * Service of a document is recorded by the organization that issued it (it serves its own
 * documents, also after its proceeding concluded), seeing the dispute unmasked. ADMIN passes.
 */
export function assertMayRecordService(viewer: Viewer, document: LegalDocument, access: Pick<CaseFileAccess, 'unmasked'>): void {
  if (isAdmin(viewer)) return;
  if (access.unmasked && actsFor(viewer, document.organizationId)) return;
  throw forbidden('只有制发该文书的单位可以登记送达。');
}
