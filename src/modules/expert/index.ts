import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubModule } from '../../core/module';
import { ExpertChallenge, ExpertDraw, ExpertSeat } from './expert-draw.entity';
import { Expert } from './expert.entity';
import { expertLoaders } from './expert.loaders';
import { ExpertChallengeResolver, ExpertDrawResolver, ExpertExclusionResolver, ExpertResolver, ExpertSeatResolver, ProceedingExpertsResolver } from './expert.resolver';

export * from './expert.entity';
export * from './expert-draw.entity';
export * from './expert.types';
export { EXPERT_TAXONOMY, expertField, fieldsOfMatter } from './expert-fields.data';
export { sampleExperts, candidateListHash } from './sampler';
export { conflictReasons } from './conflicts';
export { ExpertService } from './expert.service';
export { ExpertDrawService } from './expert-draw.service';

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof expertLoaders> {}
  interface HubSettings {
    /** A rating below this (1–5) counts as poor (HUB_EXPERT_RATING_THRESHOLD). */
    expertRatingThreshold: number;
    /** Poor ratings in this many cases flag the expert for removal (HUB_EXPERT_RATING_MIN_CASES). */
    expertRatingMinCases: number;
  }
}

/** The expert pool (专家库): experts per organization, conflict-free random draws for proceedings, declarations, challenges, ratings. */
export const expertModule: HubModule = {
  name: 'expert',
  entities: [Expert, ExpertDraw, ExpertSeat, ExpertChallenge],
  resolvers: [ExpertResolver, ExpertDrawResolver, ExpertSeatResolver, ExpertExclusionResolver, ExpertChallengeResolver, ProceedingExpertsResolver],
  loaders: (em: EntityManager) => expertLoaders(em),
};
