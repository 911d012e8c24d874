import type { HubModule } from '../../core/module';
import { Organization } from './organization.entity';
import { organizationLoader, type OrganizationDirectory } from './organization.loaders';
import { OrganizationResolver } from './organization.resolver';

export * from './organization.entity';
export * from './organization.loaders';
export * from './organization.service';
export * from './organization.types';
export { OrganizationAdminService } from './organization-admin.service';

const loaders = (em: Parameters<typeof organizationLoader>[0], services: { organizations: OrganizationDirectory }) => ({ organization: organizationLoader(em, services.organizations) });

declare module '../../core/context' {
  interface HubServices {
    /** The organization directory, cached per process (display only; never for authorization). */
    organizations: OrganizationDirectory;
  }
  interface HubLoaders extends ReturnType<typeof loaders> {}
}

export const organizationModule: HubModule = {
  name: 'organization',
  entities: [Organization],
  resolvers: [OrganizationResolver],
  loaders: (em, _viewer, services) => loaders(em, services),
};
