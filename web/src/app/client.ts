/**
 * The urql client: HTTP POST /graphql with the bearer token, subscriptions over graphql-ws on the
 * same path (connectionParams.authorization). One client per token: App recreates it when the
 * session changes, so every mounted query re-runs under the new token (forms stay mounted).
 */
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';

export interface ClientHandlers {
  /** The server refused the token (UNAUTHENTICATED, or the socket closed with 4401/4403). */
  onExpired(): void;
  /** The account signed in with a one-time password: only changePassword is allowed. */
  onPasswordChangeRequired(): void;
}

export interface HubClient {
  client: Client;
  dispose(): void;
}

function wsUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

export function createHubClient(token: string | null, handlers: ClientHandlers): HubClient {
  let ws: WsClient | null = null;
  if (token) {
    ws = createWsClient({
      url: wsUrl(),
      lazy: true,
      lazyCloseTimeout: 3000,
      connectionParams: () => ({ authorization: `Bearer ${token}` }),
      retryAttempts: 20,
      on: {
        // The server ends a socket whose token expired or whose account changed (4403) or was refused (4401).
        closed: (e) => {
          const code = (e as CloseEvent | undefined)?.code;
          if (code === 4401 || code === 4403) handlers.onExpired();
        },
      },
      shouldRetry: (e) => {
        const code = (e as CloseEvent | undefined)?.code;
        if (code === 4401 || code === 4403) {
          handlers.onExpired();
          return false;
        }
        return true;
      },
    });
  }
  const exchanges = [
    mapExchange({
      onError(error) {
        const codes = error.graphQLErrors.map((e) => e.extensions?.code);
        if (codes.includes('PASSWORD_CHANGE_REQUIRED')) handlers.onPasswordChangeRequired();
        else if (token && (codes.includes('UNAUTHENTICATED') || error.response?.status === 401)) handlers.onExpired();
      },
    }),
    cacheExchange,
    fetchExchange,
  ];
  if (ws) {
    const socket = ws;
    exchanges.push(
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: socket.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    );
  }
  const client = new Client({
    url: '/graphql',
    exchanges,
    preferGetMethod: false,
    fetchOptions: (): RequestInit => (token ? { headers: { authorization: `Bearer ${token}` } } : {}),
  });
  return { client, dispose: () => void ws?.dispose() };
}
