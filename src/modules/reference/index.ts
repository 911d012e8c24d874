import type { HubModule } from '../../core/module';
import { ReferenceResolver } from './reference.resolver';

export * from './reference.types';

/** Reference data for clients: the enums' Chinese labels (no entities, no loaders). */
export const referenceModule: HubModule = {
  name: 'reference',
  resolvers: [ReferenceResolver],
};
