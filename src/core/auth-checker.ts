import type { AuthChecker } from 'type-graphql';
import { Role } from './enums';
import { forbidden, unauthenticated } from './graphql-errors';
import type { HubContext } from './context';

/**
 * `@Authorized()` needs a signed-in viewer; `@Authorized(Role.X, ...)` one of the
 * roles. ADMIN passes every role check. Failures are thrown with the contract's
 * codes instead of type-graphql's generic errors.
 */
export const authChecker: AuthChecker<HubContext, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (roles.length === 0) return true;
  if (viewer.roles.includes(Role.ADMIN)) return true;
  if (viewer.roles.some((r) => roles.includes(r))) return true;
  throw forbidden(`This needs one of the roles ${roles.join(', ')}.`);
};
