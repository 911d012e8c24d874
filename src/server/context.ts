import { randomUUID } from 'node:crypto';
import { GraphQLError, type ExecutionResult } from 'graphql';
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

const EXPIRED = 'The token is invalid or has expired: sign in again.';

interface ViewerRow {
  id: string;
  username: string;
  roles: Role[];
  organization_id: string | null;
  must_change_password: boolean;
  token_generation: number;
}
type Claims = NonNullable<Awaited<ReturnType<HubServices['tokens']['verify']>>>;

function viewerOf(row: ViewerRow | undefined, claims: Claims): Viewer {
  // A token from before a password reset or change belongs to an earlier generation.
  if (!row || row.token_generation !== claims.generation) throw invalidToken(EXPIRED);
  return {
    userId: row.id,
    username: row.username,
    roles: row.roles,
    organizationId: row.organization_id,
    tokenExpiresAt: claims.expiresAt,
    mustChangePassword: row.must_change_password,
    tokenGeneration: row.token_generation,
  };
}

function sameViewer(a: Viewer, b: Viewer): boolean {
  return (
    a.userId === b.userId &&
    a.username === b.username &&
    a.organizationId === b.organizationId &&
    a.mustChangePassword === b.mustChangePassword &&
    a.tokenGeneration === b.tokenGeneration &&
    a.roles.length === b.roles.length &&
    a.roles.every((r, i) => r === b.roles[i])
  );
}

/**
 * The account rows this process last read, by user id: a cache that only lets a request start
 * before its own read of the row has answered (see resolveViewer). Never trusted on its own.
 */
export class RememberedViewers {
  private readonly rows = new Map<string, ViewerRow>();
  constructor(private readonly max = 10_000) {}

  get(userId: string): ViewerRow | undefined {
    return this.rows.get(userId);
  }

  note(userId: string, row: ViewerRow | undefined): void {
    this.rows.delete(userId);
    if (!row) return;
    if (this.rows.size >= this.max) this.rows.delete(this.rows.keys().next().value!);
    this.rows.set(userId, row);
  }
}

/** How the request's own read of the account disagreed with the row the request started from. */
class ViewerChanged extends Error {
  constructor(readonly fresh: Viewer | GraphQLError) {
    super('the account changed since it was last read');
  }
}

/**
 * Resolves a bearer token to a viewer; throws UNAUTHENTICATED when a token is given but not valid.
 *
 * The account's row is read on every request (not cached), so that disabling a user, changing
 * their roles or organization, or resetting a password takes effect on the next request on every
 * instance. With `remembered`, a request whose account this process has read before does not wait
 * for that read: it starts from the remembered row, its own read goes in the same round trip as
 * its first reads (src/core/db/sql.ts), and the viewer carries `confirmed`, which settles when the
 * read has answered. Nothing of the request is written or answered before then (confirmedExecution
 * below, and the audit writers await it); a request whose account changed is run again with the
 * account as read, or refused.
 */
export async function resolveViewer(services: HubServices, em: EntityManager, authorization: unknown, remembered?: RememberedViewers): Promise<Viewer | null> {
  const token = parseBearer(authorization);
  if (token === null) return null;
  if (token === undefined) throw invalidToken('Malformed Authorization header: expected "Bearer <token>".');
  const claims = await services.tokens.verify(token);
  if (!claims) throw invalidToken(EXPIRED);
  const read = querySql<ViewerRow>(em, 'select id, username, roles, organization_id, must_change_password, token_generation from hub_user where id = ? and not disabled', [claims.userId]).then(
    ([row]) => {
      remembered?.note(claims.userId, row);
      return viewerOf(row, claims);
    },
  );
  const known = remembered?.get(claims.userId);
  if (!known || known.token_generation !== claims.generation) return read;
  const speculative = viewerOf(known, claims);
  const confirmed = read.then(
    (fresh) => {
      if (!sameViewer(fresh, speculative)) throw new ViewerChanged(fresh);
    },
    (refused: unknown) => {
      throw refused instanceof GraphQLError ? new ViewerChanged(refused) : refused;
    },
  );
  // Awaited by whoever needs it; a request that ends before anything awaited it must not crash the process.
  confirmed.catch(() => undefined);
  return { ...speculative, confirmed };
}

/**
 * Runs a request's execution once its viewer is confirmed: a mutation waits before it starts; a
 * query runs meanwhile (its first reads share the round trip with the account's read) and its
 * answer is kept only if the account is as the query assumed. Otherwise the query runs again
 * with the account as read, or the request is refused as a stale token is.
 */
export async function confirmedExecution(ctx: HubContext, isQuery: boolean, run: (ctx: HubContext) => Promise<ExecutionResult>): Promise<ExecutionResult> {
  const pending = ctx.viewer?.confirmed;
  if (!pending) return run(ctx);
  const [result, changed] = await Promise.all([
    isQuery ? run(ctx) : null,
    pending.then(
      () => null,
      (e: unknown) => {
        if (e instanceof ViewerChanged) return e.fresh;
        throw e;
      },
    ),
  ]);
  if (!changed) return result ?? run(ctx);
  if (changed instanceof GraphQLError) return { errors: [changed] };
  return run(await buildContext(ctx.services, { viewer: changed, requestId: ctx.requestId, ip: ctx.ip }));
}

/** The one context builder for HTTP and WebSocket operations. */
export async function buildContext(
  services: HubServices,
  input: { authorization?: unknown; requestId?: string; viewer?: Viewer | null; ip?: string; remembered?: RememberedViewers },
): Promise<HubContext> {
  const em = services.orm.em.fork() as EntityManager;
  const viewer = input.viewer !== undefined ? input.viewer : await resolveViewer(services, em, input.authorization, input.remembered);
  return createContext({ services, em, viewer, requestId: input.requestId ?? randomUUID(), ip: input.ip ?? 'unknown', makeLoaders: createLoaders });
}

export type { HubContext };
