import type { HubModule } from '../../core/module';
import { DeadlineService } from './deadline.service';
import { Deadline } from './deadline.entity';
import { deadlineLoaders } from './deadline.loaders';
import { ExtensionRecord } from './extension.entity';
import { ExtensionResolver } from './extension.resolver';
import { EventDeadlineResolver } from './deadline.resolver';

export * from './deadline.entity';
export * from './deadline.service';
export * from './deadline.types';
export * from './deadline.presenter';
export * from './deadline-sweep';
export * from './extension.entity';
export * from './clock-extension';

declare module '../../core/context' {
  interface HubLoaders extends ReturnType<typeof deadlineLoaders> {}
}

export const deadlineModule: HubModule = {
  name: 'deadline',
  entities: [Deadline, ExtensionRecord],
  resolvers: [ExtensionResolver, EventDeadlineResolver],
  loaders: (em) => deadlineLoaders(em),
  listeners: {
    // Every open clock is recomputed on the new schedule, in the transaction that loads it.
    'calendar.changed': [
      async (env, { calendar }) => {
        await DeadlineService.recomputeOpen(env.em, calendar, env.now);
      },
    ],
  },
};
