import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubModule } from '../../core/module';
import { directoryLoader } from '../../core/db/directory-cache';
import { AuthResolver } from './auth.resolver';
import { UserAdminResolver } from './user-admin.resolver';
import type { TokenService } from './jwt';
import { LoginAttempt } from './login-attempt.entity';
import { readUsers, type UserDirectory } from './user.directory';
import { User } from './user.entity';

export * from './user.entity';
export * from './user.directory';
export * from './jwt';
export * from './password';
export * from './password-policy';
export { UserAdminService, oneTimePassword } from './user-admin.service';
export { createAdministrator, demoAccountsAccepting, type BootstrapOutcome } from './account-bootstrap';

// Users reach clients only as actors (timeline, assignee, who recorded an extension): from the user directory.
const loaders = (em: EntityManager, users: UserDirectory) => ({ user: directoryLoader(users, (ids) => readUsers(em, ids)) });

declare module '../../core/context' {
  interface HubSettings {
    /** Failed sign-ins within 15 minutes before sign-in is refused, per username and per address. */
    loginMaxFailuresPerUser: number;
    loginMaxFailuresPerIp: number;
  }
  interface HubServices {
    tokens: TokenService;
    users: UserDirectory;
  }
  interface HubLoaders extends ReturnType<typeof loaders> {}
}

export const authModule: HubModule = {
  name: 'auth',
  entities: [User, LoginAttempt],
  resolvers: [AuthResolver, UserAdminResolver],
  loaders: (em, _viewer, services) => loaders(em, services.users),
};
