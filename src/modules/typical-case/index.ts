import type { HubModule } from '../../core/module';
import { TypicalCase } from './typical-case.entity';
import { PublishedTypicalCaseResolver, TypicalCaseHistoryResolver, TypicalCaseResolver } from './typical-case.resolver';

export * from './typical-case.entity';
export * from './typical-case.types';
export * from './typical-case.state-machine';
export { TypicalCaseService } from './typical-case.service';
export { anonymize, findIdentifying, type PartyRecord, type AnonymizationResult, type Replacement } from './anonymizer';

/** Typical cases (典型案例): drafted from concluded disputes, anonymized, approved by the head, published to the public. */
export const typicalCaseModule: HubModule = {
  name: 'typical-case',
  entities: [TypicalCase],
  resolvers: [TypicalCaseResolver, TypicalCaseHistoryResolver, PublishedTypicalCaseResolver],
};
