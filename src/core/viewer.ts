import { createParameterDecorator } from 'type-graphql';
import { Role } from './enums';
import { unauthenticated } from './graphql-errors';

/** The signed-in person a request acts for. */
export interface Viewer {
  userId: string;
  username: string;
  roles: Role[];
  organizationId: string | null;
  tokenExpiresAt: Date;
  /** Signed in with a one-time password: nothing but changePassword (and me) until it is changed. */
  mustChangePassword?: boolean;
  /** The account's token generation the token was issued in (a password reset raises it). */
  tokenGeneration?: number;
  /**
   * Present while the request runs on the account as this process last read it, before the
   * request's own read of the account has answered: settles then, and rejects when the account
   * changed. Whatever writes in the viewer's name (an audit row) awaits it first.
   */
  confirmed?: Promise<void>;
}

/** Resolves once the viewer is the account as read by this request (at once for most viewers). */
export async function viewerConfirmed(viewer: Viewer | null): Promise<void> {
  if (viewer?.confirmed) await viewer.confirmed;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return !!viewer && viewer.roles.some((r) => roles.includes(r));
}

export function isAdmin(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.ADMIN);
}

/** The signed-in viewer, or UNAUTHENTICATED: for code that runs only behind a permission check. */
export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** Resolver parameter: the signed-in viewer (the resolver's permission guarantees one). */
export function CurrentViewer() {
  return createParameterDecorator<{ viewer: Viewer | null }>(({ context }) => requireViewer(context));
}
