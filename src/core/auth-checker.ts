import type { AuthChecker } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { Role } from './enums';
import { ROLE_LABELS } from './labels';
import { forbidden, unauthenticated } from './graphql-errors';
import type { HubContext } from './context';

/** What a viewer signed in with a one-time password may still do: see who they are and change it. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set(['me', 'changePassword', 'signOut']);
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * `@Authorized()` needs a signed-in viewer; `@Authorized(Role.X, ...)` one of the
 * roles. ADMIN passes every role check. Failures are thrown with the contract's
 * codes instead of type-graphql's generic errors.
 */
export const authChecker: AuthChecker<HubContext, Role> = ({ context, info }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (viewer.mustChangePassword && ROOT_TYPES.has(info.parentType.name) && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(info.fieldName)) {
    throw new GraphQLError('请先修改一次性密码（changePassword），再进行其他操作。', { extensions: { code: 'PASSWORD_CHANGE_REQUIRED' } });
  }
  if (roles.length === 0) return true;
  if (viewer.roles.includes(Role.ADMIN)) return true;
  if (viewer.roles.some((r) => roles.includes(r))) return true;
  throw forbidden(`此操作需要以下角色之一：${roles.map((r) => ROLE_LABELS[r]).join('、')}。`);
};
