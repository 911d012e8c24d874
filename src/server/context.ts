import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createContext, type HubContext, type HubServices } from '../core/context';
import { querySql } from '../core/db/sql';
import type { Role } from '../core/enums';
import type { Viewer } from '../core/viewer';
import { parseBearer } from '../modules/auth';
import { createLoaders } from './modules';

function invalidToken(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/** Resolves a bearer token to a viewer; throws UNAUTHENTICATED when a token is given but not valid. */
export async function resolveViewer(services: HubServices, em: EntityManager, authorization: unknown): Promise<Viewer | null> {
  const token = parseBearer(authorization);
  if (token === null) return null;
  if (token === undefined) throw invalidToken('Malformed Authorization header: expected "Bearer <token>".');
  const claims = await services.tokens.verify(token);
  if (!claims) throw invalidToken('The token is invalid or has expired: sign in again.');
  // Read on every request (not cached), so that disabling a user or resetting a password takes effect at once on every instance.
  const [user] = await querySql<{ id: string; username: string; roles: Role[]; organization_id: string | null; must_change_password: boolean; token_generation: number }>(
    em,
    'select id, username, roles, organization_id, must_change_password, token_generation from hub_user where id = ? and not disabled',
    [claims.userId],
  );
  // A token from before a password reset or change belongs to an earlier generation.
  if (!user || user.token_generation !== claims.generation) throw invalidToken('The token is invalid or has expired: sign in again.');
  return {
    userId: user.id,
    username: user.username,
    roles: user.roles,
    organizationId: user.organization_id,
    tokenExpiresAt: claims.expiresAt,
    mustChangePassword: user.must_change_password,
    tokenGeneration: user.token_generation,
  };
}

/** The one context builder for HTTP and WebSocket operations. */
export async function buildContext(services: HubServices, input: { authorization?: unknown; requestId?: string; viewer?: Viewer | null; ip?: string }): Promise<HubContext> {
  const em = services.orm.em.fork() as EntityManager;
  const viewer = input.viewer !== undefined ? input.viewer : await resolveViewer(services, em, input.authorization);
  return createContext({ services, em, viewer, requestId: input.requestId ?? randomUUID(), ip: input.ip ?? 'unknown', makeLoaders: createLoaders });
}

export type { HubContext };
