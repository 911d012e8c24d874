import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { byParent } from '../../core/db/loaders';
import { loadFacts, type FileFacts } from './review-checks';
import type { ReviewScore } from './review.entity';
import { ReviewService } from './review.service';

/** A campaign's files' facts and rounds: one set of statements per request, however many files are shown. */
export function reviewLoaders(em: EntityManager) {
  return {
    reviewFacts: new DataLoader<string, FileFacts | null>(async (ids) => {
      const facts = await loadFacts(em, ids);
      return ids.map((id) => facts.get(id) ?? null);
    }),
    reviewRounds: byParent<ReviewScore>(
      (ids) => ReviewService.roundsOf(em, ids),
      (s) => s.fileId,
    ),
  };
}
