import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface CollectedSubscription<T> {
  received: T[];
  errors: unknown[];
  /** Resolves when `n` payloads have arrived (rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<T[]>;
  dispose(): void;
}

/** A graphql-ws client over a real WebSocket (Node 20 has no global WebSocket). */
export function wsClient(url: string, token: string | null, extra: { onClose?: (code: number, reason: string) => void } = {}): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    on: {
      closed: (event) => {
        const e = event as { code: number; reason: string };
        extra.onClose?.(e.code, e.reason);
      },
    },
  });
}

export function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}): CollectedSubscription<T> {
  const received: T[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        if (value.data) received.push(value.data as T);
        waiters.forEach((w) => w());
      },
      error: (err) => {
        errors.push(err);
        waiters.forEach((w) => w());
      },
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    dispose,
    waitFor(n, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (received.length >= n) {
            clearTimeout(timer);
            resolve(received.slice());
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${n} payloads, got ${received.length}; errors: ${JSON.stringify(errors)}`)), timeoutMs);
        if (!check()) waiters.push(() => void check());
      });
    },
  };
}
