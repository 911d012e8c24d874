/**
 * The signed-in session: in memory, mirrored to sessionStorage (one tab, gone with the tab).
 * Never localStorage, never a URL. Components read it through useAuth() (auth.tsx).
 */
import type { Role } from '../gql/graphql';

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  organization?: { id: string; name: string } | null;
}

export interface StoredSession {
  token: string;
  expiresAt: string;
  mustChangePassword: boolean;
  user: SessionUser;
}

const KEY = 'dispute-hub.session';

export function loadSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as StoredSession;
    if (!s?.token || !s.expiresAt || new Date(s.expiresAt).getTime() <= Date.now()) {
      sessionStorage.removeItem(KEY);
      return null;
    }
    return s;
  } catch {
    return null;
  }
}

export function saveSession(s: StoredSession | null): void {
  try {
    if (s) sessionStorage.setItem(KEY, JSON.stringify(s));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage full or disabled: the session stays in memory only.
  }
}
