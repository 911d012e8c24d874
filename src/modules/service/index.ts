import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubModule } from '../../core/module';
import { DocumentService } from './document-service.entity';
import { ServiceAddressConfirmation } from './service-address.entity';
import { serviceLoaders } from './service.loaders';
import { DocumentServiceResolver, EventDocumentServiceResolver, LegalDocumentServiceResolver, PartyServiceAddressResolver, ServiceAddressConfirmationResolver } from './service.resolver';
import { ServiceRecordService } from './service.service';

export * from './document-service.entity';
export * from './service-address.entity';
export * from './completion-rules';
export * from './answer-limits.data';
export * from './service.types';
export { ServiceRecordService, serviceClockId, answerClockId } from './service.service';

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof serviceLoaders> {}
}

/** Service of documents (送达): records with evidence, completion dates by method, the clocks they start. */
export const serviceModule: HubModule = {
  name: 'service',
  entities: [DocumentService, ServiceAddressConfirmation],
  resolvers: [DocumentServiceResolver, LegalDocumentServiceResolver, PartyServiceAddressResolver, ServiceAddressConfirmationResolver, EventDocumentServiceResolver],
  loaders: (em: EntityManager) => serviceLoaders(em),
  listeners: {
    // Every issued document with recipients gets its SERVICE clock; a correction ends the superseded version's clocks.
    'document.issued': [(env, { document, dispute }) => ServiceRecordService.onDocumentIssued(env, document, dispute)],
  },
};
