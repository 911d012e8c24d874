import type { HubModule } from '../../core/module';
import { ReviewCampaign, ReviewChecklistRecord, ReviewFile, ReviewScore } from './review.entity';
import { reviewLoaders } from './review.loaders';
import { ReviewCampaignResolver, ReviewChecklistResolver, ReviewFileResolver, ReviewScoreResolver } from './review.resolver';

export * from './review.entity';
export * from './review.types';
export { ReviewService, applyReviewReferenceData, statisticsOf } from './review.service';
export { SHIPPED_CHECKLIST, validateChecklist, type ChecklistContent } from './review-checklist.data';
export { scoreFile, gradeOf, type CheckOutcome, type CheckDecision, type ManualDeduction, type ScoreResult } from './review-scoring';
export { sample, candidateHash } from './review-sampler';
export { computeChecks, loadFacts, type FileFacts, type CheckEvidence, type HandlerFacts } from './review-checks';

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof reviewLoaders> {}
}

/** Case-file review (案卷评查): the versioned checklist, campaigns over concluded files, automatic checks, scoring and the report to the justice bureau. */
export const reviewModule: HubModule = {
  name: 'review',
  entities: [ReviewChecklistRecord, ReviewCampaign, ReviewFile, ReviewScore],
  resolvers: [ReviewCampaignResolver, ReviewFileResolver, ReviewScoreResolver, ReviewChecklistResolver],
  loaders: (em) => reviewLoaders(em),
};
