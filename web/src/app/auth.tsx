/**
 * Authentication state and the GraphQL client.
 *
 * - `useAuth()`: the session user, `hasRole()`, `signIn()`, `changePassword()`, `signOut()`.
 * - An expired session (UNAUTHENTICATED, token past expiresAt, socket closed 4401/4403) sets `expired`:
 *   the shell shows a sign-in dialog OVER the current screen, so nothing being typed is lost; after
 *   signing in again as the same account the client is recreated and every query re-runs.
 * - The token lives in memory and sessionStorage only.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { graphql } from '../gql';
import type { Role, SessionFieldsFragment } from '../gql/graphql';
import { createHubClient } from './client';
import { loadSession, saveSession, type StoredSession } from './session';
import { fieldErrorsOf, type FieldErrorLike } from './errors';

export const SessionFields = graphql(`
  fragment SessionFields on Session {
    token
    expiresAt
    mustChangePassword
    user {
      id
      username
      displayName
      roles
      organization {
        id
        name
      }
    }
  }
`);

const LoginDocument = graphql(`
  mutation ConsoleLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      __typename
      ...SessionFields
      ... on ErrorResult {
        errorCode: code
        message
      }
    }
  }
`);

const SignOutDocument = graphql(`
  mutation ConsoleSignOut {
    signOut
  }
`);

const ChangePasswordDocument = graphql(`
  mutation ConsoleChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      __typename
      ...SessionFields
      ... on ErrorResult {
        errorCode: code
        message
      }
      ... on ValidationError {
        fieldErrors {
          field
          message
        }
      }
    }
  }
`);

export interface ActionOutcome {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrorLike[];
}

export interface AuthState {
  session: StoredSession | null;
  user: StoredSession['user'] | null;
  /** The server refused the token: the shell asks to sign in again over the current screen. */
  expired: boolean;
  hasRole(...roles: Role[]): boolean;
  signIn(username: string, password: string): Promise<ActionOutcome>;
  changePassword(currentPassword: string, newPassword: string): Promise<ActionOutcome>;
  signOut(): void;
  /** Marks the session expired (also done automatically on UNAUTHENTICATED). */
  expire(): void;
  /** Updates the stored user (e.g. after `me` returned fresh roles). */
  updateUser(user: StoredSession['user']): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const a = useContext(AuthContext);
  if (!a) throw new Error('useAuth outside AuthProvider');
  return a;
}

function toStored(s: SessionFieldsFragment): StoredSession {
  return {
    token: s.token,
    expiresAt: s.expiresAt,
    mustChangePassword: s.mustChangePassword,
    user: { id: s.user.id, username: s.user.username, displayName: s.user.displayName, roles: [...s.user.roles], organization: s.user.organization ?? null },
  };
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<StoredSession | null>(loadSession);
  const [expired, setExpired] = useState(false);
  const sessionRef = useRef(session);
  sessionRef.current = session;

  const setSession = useCallback((s: StoredSession | null) => {
    saveSession(s);
    setSessionState(s);
    setExpired(false);
  }, []);

  const expire = useCallback(() => {
    if (sessionRef.current) setExpired(true);
  }, []);
  const passwordChangeRequired = useCallback(() => {
    const s = sessionRef.current;
    if (s && !s.mustChangePassword) setSession({ ...s, mustChangePassword: true });
  }, [setSession]);

  const token = session?.token ?? null;
  const hub = useMemo(() => createHubClient(token, { onExpired: expire, onPasswordChangeRequired: passwordChangeRequired }), [token, expire, passwordChangeRequired]);
  useEffect(() => () => hub.dispose(), [hub]);

  // The token's own end: ask to sign in again a little before it, rather than fail a save.
  useEffect(() => {
    if (!session) return;
    const ms = new Date(session.expiresAt).getTime() - Date.now() - 5000;
    const t = setTimeout(expire, Math.max(0, Math.min(ms, 2 ** 31 - 1)));
    return () => clearTimeout(t);
  }, [session, expire]);

  const signIn = useCallback(
    async (username: string, password: string): Promise<ActionOutcome> => {
      // Always anonymous: a stale token must not make the login itself fail.
      const anon = createHubClient(null, { onExpired: () => undefined, onPasswordChangeRequired: () => undefined });
      try {
        const r = await anon.client.mutation(LoginDocument, { username, password }, { requestPolicy: 'network-only' }).toPromise();
        const res = r.data?.login;
        if (!res) return { ok: false, message: r.error?.graphQLErrors[0]?.message ?? '无法连接服务器，请稍后重试。' };
        if (res.__typename !== 'Session') return { ok: false, message: 'message' in res ? res.message : '登录失败' };
        const next = toStored(res);
        const previous = sessionRef.current;
        setSession(next);
        // Signed in as someone else over an expired screen: do not show them the previous account's work.
        if (previous && previous.user.id !== next.user.id) window.location.assign('/');
        return { ok: true };
      } finally {
        anon.dispose();
      }
    },
    [setSession],
  );

  const changePassword = useCallback(
    async (currentPassword: string, newPassword: string): Promise<ActionOutcome> => {
      const r = await hub.client.mutation(ChangePasswordDocument, { currentPassword, newPassword }, { requestPolicy: 'network-only' }).toPromise();
      const res = r.data?.changePassword;
      if (!res) return { ok: false, message: r.error?.graphQLErrors[0]?.message ?? '无法连接服务器，请稍后重试。' };
      if (res.__typename === 'Session') {
        setSession(toStored(res));
        return { ok: true };
      }
      return { ok: false, message: 'message' in res ? res.message : '修改失败', fieldErrors: fieldErrorsOf(res) };
    },
    [hub, setSession],
  );

  // Ends the account's sessions on the server too (every device), then forgets the token here.
  // An expired or unreachable session still signs out locally.
  const signOut = useCallback(() => {
    const leave = () => {
      setSession(null);
      window.location.assign('/');
    };
    if (!sessionRef.current || expired) return leave();
    void hub.client.mutation(SignOutDocument, {}, { requestPolicy: 'network-only' }).toPromise().finally(leave);
  }, [hub, expired, setSession]);

  const updateUser = useCallback(
    (user: StoredSession['user']) => {
      const s = sessionRef.current;
      if (s && JSON.stringify(s.user) !== JSON.stringify(user)) setSession({ ...s, user });
    },
    [setSession],
  );

  const value = useMemo<AuthState>(
    () => ({
      session,
      user: session?.user ?? null,
      expired,
      hasRole: (...roles: Role[]) => !!session && session.user.roles.some((r) => roles.includes(r)),
      signIn,
      changePassword,
      signOut,
      expire,
      updateUser,
    }),
    [session, expired, signIn, changePassword, signOut, expire, updateUser],
  );

  return (
    <AuthContext.Provider value={value}>
      <Provider value={hub.client}>{children}</Provider>
    </AuthContext.Provider>
  );
}
