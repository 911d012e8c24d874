import type { HubModule } from '../../core/module';
import { MaterialItem } from './material-item.entity';
import { materialHttp } from './material.http';
import { materialLoaders } from './material.loaders';
import { DisputeMaterialsResolver, MaterialChecklistItemResolver, StoredFileResolver } from './material.resolver';
import { MaterialService } from './material.service';
import { StoredFile } from './stored-file.entity';
// The S3-compatible store registers itself (selected with HUB_FILE_STORE=s3).
import './s3-file-store';

export * from './stored-file.entity';
export * from './material-item.entity';
export { storeFile, readFileContent, contentStoreFor, type NewStoredFile, type FileContentStore } from './file-store';
export { checklistOf } from './material.checklist';
export { MaterialChecklistItem } from './material.types';
export { identify as sniffContentType, type SniffedType } from './content-type';

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof materialLoaders> {}
}

/** Case-file materials: stored files (upload, download), the materials checklist. */
export const materialModule: HubModule = {
  name: 'material',
  entities: [StoredFile, MaterialItem],
  resolvers: [StoredFileResolver, DisputeMaterialsResolver, MaterialChecklistItemResolver],
  loaders: (em) => materialLoaders(em),
  http: materialHttp,
  listeners: {
    // FILE fields of the application form: pending uploads of the registering viewer, claimed for the new dispute.
    'dispute.registered': [(env, { dispute, applicationData }) => MaterialService.claimForRegistration(env, dispute, applicationData)],
  },
};
