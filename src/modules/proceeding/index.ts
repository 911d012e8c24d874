import type { HubModule } from '../../core/module';
import { Proceeding } from './proceeding.entity';
import { ProceedingPause } from './proceeding-pause.entity';
import { proceedingLoaders } from './proceeding.loaders';
import { DisputeProceedingsResolver, EventProceedingResolver, ProceedingResolver } from './proceeding.resolver';
import { ProceedingService } from './proceeding.service';

export * from './proceeding.entity';
export * from './proceeding-pause.entity';
export * from './proceeding.state-machine';
export * from './proceeding.types';
export * from './clock-rules';
export * from './outcomes';
export { CHANNEL_RULES } from './channel-rules.data';
export { ProceedingService, type ProceedingSource } from './proceeding.service';

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof proceedingLoaders> {}
}

export const proceedingModule: HubModule = {
  name: 'proceeding',
  entities: [Proceeding, ProceedingPause],
  resolvers: [ProceedingResolver, DisputeProceedingsResolver, EventProceedingResolver],
  loaders: (em) => proceedingLoaders(em),
  listeners: {
    // An open proceeding ends with its dispute; one that needs its body's permission refuses the withdrawal.
    'dispute.withdrawing': [(env, { dispute }) => ProceedingService.endForWithdrawal(env, dispute)],
  },
};
