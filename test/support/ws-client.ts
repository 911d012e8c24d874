import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface CollectedSubscription<T> {
  received: T[];
  /** Date.now() at the arrival of each payload of `received` (same index). */
  receivedAt: number[];
  errors: unknown[];
  /** True once the server completed the operation (or it errored). */
  readonly completed: boolean;
  /** Resolves when `n` payloads have arrived (rejects after timeoutMs). */
  waitFor(n: number, timeoutMs?: number): Promise<T[]>;
  /** Resolves when the operation completed or failed (rejects after timeoutMs). */
  waitForEnd(timeoutMs?: number): Promise<void>;
  dispose(): void;
}

export interface WsClientOptions {
  onClose?: (code: number, reason: string) => void;
  /** Full connectionParams; by default `{ authorization: "Bearer <token>" }` (or `{}` without a token). */
  connectionParams?: Record<string, unknown>;
}

/** A graphql-ws client over a real WebSocket (Node 20 has no global WebSocket). */
export function wsClient(url: string, token: string | null, extra: WsClientOptions = {}): Client {
  return createClient({
    url,
    webSocketImpl: WebSocket,
    connectionParams: extra.connectionParams ?? (token ? { authorization: `Bearer ${token}` } : {}),
    retryAttempts: 0,
    lazy: false,
    // Without a listener graphql-ws reports a failed non-lazy connection as an unhandled error.
    onNonLazyError: () => undefined,
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
  const receivedAt: number[] = [];
  const errors: unknown[] = [];
  const waiters: (() => void)[] = [];
  let completed = false;
  const notify = () => waiters.slice().forEach((w) => w());
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        if (value.data) {
          received.push(value.data as T);
          receivedAt.push(Date.now());
        }
        notify();
      },
      error: (err) => {
        errors.push(err);
        completed = true;
        notify();
      },
      complete: () => {
        completed = true;
        notify();
      },
    },
  );
  const until = (cond: () => boolean, timeoutMs: number, what: () => string): Promise<void> =>
    new Promise((resolve, reject) => {
      if (cond()) return resolve();
      const waiter = () => {
        if (!cond()) return;
        clearTimeout(timer);
        waiters.splice(waiters.indexOf(waiter), 1);
        resolve();
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(waiter), 1);
        reject(new Error(what()));
      }, timeoutMs);
      waiters.push(waiter);
    });
  return {
    received,
    receivedAt,
    errors,
    get completed() {
      return completed;
    },
    dispose,
    async waitFor(n, timeoutMs = 5000) {
      await until(
        () => received.length >= n,
        timeoutMs,
        () => `timed out waiting for ${n} payloads, got ${received.length}; errors: ${JSON.stringify(errors)}`,
      );
      return received.slice();
    },
    waitForEnd(timeoutMs = 5000) {
      return until(
        () => completed,
        timeoutMs,
        () => `timed out waiting for the operation to end; got ${received.length} payloads`,
      );
    },
  };
}

export interface RawConnection {
  socket: WebSocket;
  /** Resolves with the close code and reason, and Date.now() when the close arrived. */
  closed: Promise<{ code: number; reason: string; at: number }>;
  /** Resolves true when the server acknowledged the connection, false when it closed first. */
  acked: Promise<boolean>;
}

/**
 * A bare graphql-transport-ws connection: opens the socket and sends
 * connection_init with `payload`. For testing what the server does with the
 * handshake (no retries, no client-side interpretation of close codes).
 */
export function rawConnect(url: string, payload: Record<string, unknown> | undefined): RawConnection {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  let ackedResolve!: (v: boolean) => void;
  const acked = new Promise<boolean>((r) => (ackedResolve = r));
  const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) => {
    socket.on('close', (code, reason) => {
      ackedResolve(false);
      resolve({ code, reason: reason.toString(), at: Date.now() });
    });
  });
  socket.on('error', () => undefined);
  socket.on('open', () => socket.send(JSON.stringify(payload === undefined ? { type: 'connection_init' } : { type: 'connection_init', payload })));
  socket.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as { type: string };
    if (msg.type === 'connection_ack') ackedResolve(true);
  });
  return { socket, closed, acked };
}

/** Polls `cond` every 20 ms until it holds (throws after ms). */
export async function waitUntil(cond: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`${what} not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
