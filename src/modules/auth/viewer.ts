import { Role } from '../../shared/enums';

/** The signed-in person a request acts for. */
export interface Viewer {
  userId: string;
  username: string;
  roles: Role[];
  organizationId: string | null;
  tokenExpiresAt: Date;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return !!viewer && viewer.roles.some((r) => roles.includes(r));
}

export function isAdmin(viewer: Viewer | null): boolean {
  return hasRole(viewer, Role.ADMIN);
}
