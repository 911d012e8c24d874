import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, byParent, childRows } from '../../core/db/loaders';
import { placeholders, readSql } from '../../core/db/read-model';
import { LegalDocument } from '../document';
import { StoredFile } from '../material';
import { DocumentService } from './document-service.entity';
import { ServiceAddressConfirmation } from './service-address.entity';

function filesById(em: EntityManager) {
  return byId<StoredFile>((ids) => readSql(em, StoredFile, `select * from stored_file where id in (${placeholders(ids.length)})`, ids));
}

/**
 * One statement per relation per request. The rows are reached only through a record the
 * viewer may already read (a visible document or party), so no visibility is applied here.
 */
export function serviceLoaders(em: EntityManager) {
  return {
    /** Service records of documents, in the order recorded. */
    servicesByDocument: byParent<DocumentService>(
      (ids) => childRows(em, DocumentService, 'document_service', 'document_id', ids, 'recorded_at, id'),
      (s) => s.documentId,
    ),
    /** The 送达地址确认书 in force of each party: its newest. */
    serviceAddressByParty: new DataLoader<string, ServiceAddressConfirmation | null>(async (ids) => {
      const rows = await readSql(
        em,
        ServiceAddressConfirmation,
        `select distinct on (party_id) * from service_address_confirmation where party_id in (${placeholders(ids.length)}) order by party_id, recorded_at desc, id desc`,
        ids,
      );
      const byParty = new Map(rows.map((r) => [r.partyId, r]));
      return ids.map((id) => byParty.get(id) ?? null);
    }),
    // Two loaders of files, one per path (evidence below the service records, the signed confirmation below
    // the parties): each path asks for all its files in one tick, so each costs one statement whatever
    // the number of rows, and neither depends on the other's timing.
    /** Evidence files of service records. */
    serviceEvidenceFile: filesById(em),
    /** Signed 送达地址确认书 files. */
    serviceAddressFile: filesById(em),
    /** Service records by id (a DOCUMENT_SERVED event names its record). */
    serviceById: byId<DocumentService>((ids) => readSql(em, DocumentService, `select * from document_service where id in (${placeholders(ids.length)})`, ids)),
    /** The document a service record belongs to. */
    servedDocument: byId<LegalDocument>((ids) => readSql(em, LegalDocument, `select * from legal_document where id in (${placeholders(ids.length)})`, ids)),
  };
}
