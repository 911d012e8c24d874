import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../core/logger';

export const NOTIFY_CHANNEL = 'dispute_hub_events';

/**
 * The doorbell: tells listeners that new timeline events were committed. It
 * carries no data; the dispute_event table is the source of truth and
 * listeners read it, so a lost or duplicated ring loses nothing.
 */
export interface EventBus {
  /** Inside the committing transaction (PostgreSQL: NOTIFY is delivered only if it commits). */
  ringInTransaction(em: EntityManager): Promise<void>;
  /** After the commit (in-process bus). */
  ringAfterCommit(): void;
  onRing(listener: () => void): () => void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Embedded mode (PGlite, one process): NOTIFY does not cross PGlite connections, so ring in memory. */
export class InProcessEventBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  async ringInTransaction(): Promise<void> {}

  ringAfterCommit(): void {
    this.emitter.emit('ring');
  }

  onRing(listener: () => void): () => void {
    this.emitter.on('ring', listener);
    return () => this.emitter.off('ring', listener);
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}
}

/**
 * Several instances on one PostgreSQL: NOTIFY inside the committing
 * transaction rings every instance's LISTEN connection. A dropped listener
 * connection is re-established with backoff, and a ring is raised on
 * reconnect so that readers fill the gap from the table.
 */
export class PgNotifyEventBus implements EventBus {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  private attempt = 0;

  constructor(
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  async ringInTransaction(em: EntityManager): Promise<void> {
    await em.getConnection().execute(`select pg_notify('${NOTIFY_CHANNEL}', '')`, [], 'run', em.getTransactionContext());
  }

  ringAfterCommit(): void {}

  onRing(listener: () => void): () => void {
    this.emitter.on('ring', listener);
    return () => this.emitter.off('ring', listener);
  }

  async start(): Promise<void> {
    await this.connect();
  }

  /** Test hook: simulates a lost listener connection. */
  async dropConnectionForTest(): Promise<void> {
    const c = this.client;
    if (c) await c.query('select pg_terminate_backend(pg_backend_pid())').catch(() => undefined);
  }

  get connected(): boolean {
    return this.client !== null;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'dispute-hub-listener' });
    client.on('notification', () => this.emitter.emit('ring'));
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, new Error('listener connection ended')));
    try {
      await client.connect();
      await client.query(`listen ${NOTIFY_CHANNEL}`);
    } catch (e) {
      // A half-open client (connected, LISTEN failed) would otherwise stay open, unowned.
      client.removeAllListeners();
      client.on('error', () => undefined);
      client.end().catch(() => undefined);
      throw e;
    }
    if (this.stopped) {
      // stop() ran while a reconnect was in flight: an open connection here would outlive the hub.
      client.removeAllListeners();
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.attempt = 0;
    // Whatever committed while we were not listening is read from the table now.
    this.emitter.emit('ring');
  }

  private lost(client: Client, err: Error): void {
    if (this.client !== client) return;
    this.client = null;
    client.removeAllListeners();
    client.on('error', () => undefined); // an 'error' with no listener would crash the process
    client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn({ err: err.message }, 'event listener connection lost; reconnecting');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const delay = Math.min(5000, 100 * 2 ** this.attempt++);
    this.retry = setTimeout(() => {
      this.connect().catch((e) => {
        this.logger.warn({ err: (e as Error).message }, 'event listener reconnect failed');
        if (!this.stopped) this.scheduleReconnect();
      });
    }, delay);
    this.retry.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const c = this.client;
    this.client = null;
    if (c) {
      c.removeAllListeners();
      await c.end().catch(() => undefined);
    }
  }
}
