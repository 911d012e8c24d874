import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubModule } from '../../core/module';
import { byParent, childRows } from '../../core/db/loaders';
import { CourtResolver, ProceedingConfirmationResolver } from './court.resolver';
import { CourtService } from './court.service';
import { JudicialConfirmation } from './judicial-confirmation.entity';

export * from './judicial-confirmation.entity';
export * from './judicial-confirmation.state-machine';
export * from './court.types';
export { CourtService } from './court.service';

const loaders = (em: EntityManager) => ({
  confirmationsByProceeding: byParent<JudicialConfirmation>(
    (ids) => childRows(em, JudicialConfirmation, 'judicial_confirmation', 'proceeding_id', ids, 'requested_at desc'),
    (c) => c.proceedingId,
  ),
});

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof loaders> {}
}

export const courtModule: HubModule = {
  name: 'court',
  entities: [JudicialConfirmation],
  resolvers: [CourtResolver, ProceedingConfirmationResolver],
  loaders,
  listeners: {
    // A failed court mediation goes back to the court that delegated or entrusted it.
    'proceeding.concluded': [(env, { proceeding, dispute }) => CourtService.afterConclusion(env, proceeding, dispute, env.settings.referralResponseDays)],
    'dispute.closing': [(env, { dispute }) => CourtService.refuseClosingWhileOpen(env, dispute)],
    'dispute.withdrawing': [(env, { dispute }) => CourtService.withdrawWithDispute(env, dispute)],
  },
};
