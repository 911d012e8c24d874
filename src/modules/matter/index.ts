import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubModule } from '../../core/module';
import { Matter } from './matter.entity';
import { matterByCodeLoader, matterByIdLoader, matterHandlersLoader, type MatterDirectory } from './matter.loaders';
import { MatterResolver } from './matter.resolver';

export * from './matter.entity';
export * from './matter.types';
export * from './matter.loaders';

const loaders = (em: EntityManager, matters: MatterDirectory) => ({
  matter: matterByIdLoader(em, matters),
  matterByCode: matterByCodeLoader(em),
  matterHandlers: matterHandlersLoader(em),
});

declare module '../../core/context' {
  interface HubServices {
    /** The published matter catalog, cached per process. */
    matters: MatterDirectory;
  }
  interface HubLoaders extends ReturnType<typeof loaders> {}
}

export const matterModule: HubModule = {
  name: 'matter',
  entities: [Matter],
  resolvers: [MatterResolver],
  loaders: (em, _viewer, services) => loaders(em, services.matters),
};
export * from './catalog-data.types';
