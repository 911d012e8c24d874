import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, byParent, childRows } from '../../core/db/loaders';
import { StoredFile } from '../material';
import { LegalDocument } from './legal-document.entity';

/** A dispute's documents (Dispute.documents, Proceeding.documents, rightsNotice read the same list) and their files: one statement each per request. */
export function documentLoaders(em: EntityManager) {
  return {
    documentsByDispute: byParent<LegalDocument>(
      (ids) => childRows(em, LegalDocument, 'legal_document', 'dispute_id', ids, 'issued_at, version, id'),
      (d) => d.disputeId,
    ),
    /** The PDF and DOCX files of documents (metadata only; the content is read by a download). */
    documentFile: byId<StoredFile>((ids) => childRows(em, StoredFile, 'stored_file', 'id', ids)),
  };
}
