import type { EntityManager } from '@mikro-orm/postgresql';
import { FlushMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './enums';
import { isBusinessError, type BusinessError } from './errors';
import type { HubServices, HubSettings } from './context';
import { viewerConfirmed, type Viewer } from './viewer';

/**
 * What a module's transaction code sees. Modules only queue: entities through
 * `em`, timeline events on `events`, audit targets, work after the entity flush
 * and after commit. The unit of work alone flushes, takes the event writers'
 * lock, writes the events, rings the doorbell and commits, in that order.
 */
export interface TransactionEnv extends EnvExtensions {
  readonly em: EntityManager;
  readonly now: Date;
  readonly action: string;
  readonly viewer: Viewer | null;
  readonly settings: HubSettings;
  /** Ids of the records the mutation touched, for the audit log. */
  readonly targets: string[];
  /** Details recorded with the audit entry (never personal data). */
  auditDetails: Record<string, unknown> | null;
  /** Timeline events to insert under the writers' lock, in order (see EventStore). */
  readonly events: unknown[];
  /** Records whose version this transaction has already raised (once per transaction). */
  readonly touched: Set<string>;
  /** Work that needs this transaction's entities in the database (e.g. an upsert by SQL). */
  afterFlush(job: (em: EntityManager) => Promise<void>): void;
  /** Work to run once the transaction has committed. */
  afterCommit(job: () => void | Promise<void>): void;
  /** Undoes work outside the database if the transaction does not commit (an object written to an external store); failures are logged. */
  onRollback(job: () => void | Promise<void>): void;
  /** Tells the listeners of another module, inside this transaction; a listener may refuse with a business error. */
  emit<K extends keyof DomainEvents>(name: K, payload: DomainEvents[K]): Promise<BusinessError | null>;
}

/** Values a module adds to every transaction (the working calendar, today's date), by declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EnvExtensions {}

/** Events between modules inside one transaction, by name: each emitting module declares its own. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DomainEvents {}

export type DomainListener<K extends keyof DomainEvents = keyof DomainEvents> = (env: TransactionEnv, payload: DomainEvents[K]) => Promise<BusinessError | null | void>;
export type DomainListeners = { [K in keyof DomainEvents]?: DomainListener<K>[] };

/** Where queued timeline events go: one writers' lock, then the inserts (the timeline module). */
export interface EventStore {
  lockWriters(em: EntityManager): Promise<void>;
  write(em: EntityManager, events: unknown[]): void;
}

/** An attempt the hub refused: a FORBIDDEN object-level check or a NOT_FOUND lookup (a probe of ids). */
export interface Refusal {
  /** The attempted action, e.g. 'acceptReferral'. */
  action: string;
  viewer: Viewer | null;
  /** The records the attempt named, as far as they were known when it was refused. */
  targets: string[];
  outcome: 'FORBIDDEN' | 'NOT_FOUND';
  /** The message the viewer was given. */
  reason: string;
  at: Date;
}

/**
 * Records refusals after their transaction rolled back, in a transaction of its
 * own (the audit module), bounded per viewer so that a flood cannot fill the log.
 */
export interface RefusalLog {
  record(em: EntityManager, refusal: Refusal): Promise<void>;
}

/** The parts of the commit sequence that modules provide, given once at start-up. */
export interface UnitOfWorkParts {
  /** Computes the env's extensions; runs before the transaction opens (PGlite has one connection). */
  prepare: ((services: HubServices, em: EntityManager, now: Date) => Promise<Partial<EnvExtensions>>)[];
  events: EventStore;
  /** Queues the audit entry of a committed action (the audit module). */
  audit(env: TransactionEnv): void;
  /** Rings subscribers: inside the transaction (NOTIFY commits with it) and after commit (in-process). */
  doorbell: { ringInTransaction(em: EntityManager): Promise<void>; ringAfterCommit(): void };
  listeners: DomainListeners;
  /** Where refused attempts are recorded (none: they are not). */
  refusals?: RefusalLog;
}

export interface RunOptions<T> {
  /** Take the event writers' lock before anything else (a writer that then locks rows with SKIP LOCKED). */
  lockWritersFirst?: boolean;
  /** No audit entry (system work such as the deadline sweep). */
  audit?: boolean;
  /** Answer for a unique violation at commit (e.g. an idempotency key taken by a concurrent request). */
  onUniqueViolation?: () => Promise<T | BusinessError>;
}

/** Carries an expected failure out of the transaction so that it rolls back. */
class Rollback extends Error {
  constructor(readonly result: BusinessError) {
    super(result.message);
  }
}

/** Who runs a transaction and on what: the services (their clock), the EntityManager and the viewer. */
export interface TransactionScope {
  services: HubServices;
  em: EntityManager;
  viewer: Viewer | null;
}

export class UnitOfWork {
  private readonly listeners: DomainListeners;

  constructor(private readonly parts: UnitOfWorkParts) {
    this.listeners = parts.listeners;
  }

  /**
   * One transaction: the change, its timeline events, its clocks, its access
   * grants and its audit entry commit together or not at all. A business error
   * returned by `fn` (or by a listener) rolls everything back and is returned.
   * Event order is commit order: events are inserted only here, under the
   * writers' lock that is held to the commit.
   */
  async run<T>(scope: TransactionScope, action: string, fn: (env: TransactionEnv) => Promise<T | BusinessError>, options: RunOptions<T> = {}): Promise<T | BusinessError> {
    const { services, em, viewer } = scope;
    // Nothing is written in the name of an account this request has not read yet.
    await viewerConfirmed(viewer);
    const now = services.now();
    const extensions: Partial<EnvExtensions> = {};
    for (const prepare of this.parts.prepare) Object.assign(extensions, await prepare(services, em, now));
    const afterCommit: (() => void | Promise<void>)[] = [];
    const onRollback: (() => void | Promise<void>)[] = [];
    let rang = false;
    let targets: string[] = [];
    try {
      const result = await em.transactional(
        async (tem) => {
          const txEm = tem as EntityManager;
          if (options.lockWritersFirst) await this.parts.events.lockWriters(txEm);
          const afterFlush: ((em: EntityManager) => Promise<void>)[] = [];
          const env: TransactionEnv = {
            ...(extensions as EnvExtensions),
            em: txEm,
            now,
            action,
            settings: services.settings,
            viewer,
            targets: [],
            auditDetails: null,
            events: [],
            touched: new Set(),
            afterFlush: (job) => afterFlush.push(job),
            afterCommit: (job) => afterCommit.push(job),
            onRollback: (job) => onRollback.push(job),
            emit: (name, payload) => this.emit(env, name, payload),
          };
          targets = env.targets;
          const r = await fn(env);
          if (isBusinessError(r)) throw new Rollback(r);
          if (options.audit !== false) this.parts.audit(env);
          await txEm.flush();
          for (const job of afterFlush) await job(txEm);
          if (env.events.length) {
            if (!options.lockWritersFirst) await this.parts.events.lockWriters(txEm);
            this.parts.events.write(txEm, env.events);
            await txEm.flush();
            await this.parts.doorbell.ringInTransaction(txEm);
            rang = true;
          }
          // Awaited: an async hook can hold the transaction open, and its rejection fails the mutation.
          await services.faults?.beforeCommit?.(action);
          return r;
        },
        { flushMode: FlushMode.COMMIT },
      );
      if (rang) this.parts.doorbell.ringAfterCommit();
      for (const job of afterCommit) await job();
      return result;
    } catch (e) {
      for (const job of onRollback) {
        try {
          await job();
        } catch (err) {
          services.logger.warn({ err, action }, 'rollback cleanup failed');
        }
      }
      if (e instanceof Rollback) {
        if (e.result.code === ErrorCode.NOT_FOUND) await this.refused(scope, { action, targets, outcome: 'NOT_FOUND', reason: e.result.message, at: now });
        return e.result;
      }
      if (e instanceof GraphQLError && e.extensions?.code === 'FORBIDDEN') await this.refused(scope, { action, targets, outcome: 'FORBIDDEN', reason: e.message, at: now });
      if (e instanceof UniqueConstraintViolationException && options.onUniqueViolation) return options.onUniqueViolation();
      throw e;
    }
  }

  /** Records a refusal after the rollback; a failure to record it is logged, never changes the answer. */
  private async refused(scope: TransactionScope, refusal: Omit<Refusal, 'viewer'>): Promise<void> {
    if (!this.parts.refusals) return;
    try {
      await this.parts.refusals.record(scope.em, { ...refusal, targets: [...new Set(refusal.targets)], viewer: scope.viewer });
    } catch (err) {
      scope.services.logger.warn({ err, action: refusal.action, outcome: refusal.outcome }, 'refusal not recorded in the audit log');
    }
  }

  private async emit<K extends keyof DomainEvents>(env: TransactionEnv, name: K, payload: DomainEvents[K]): Promise<BusinessError | null> {
    for (const listener of (this.listeners[name] ?? []) as DomainListener<K>[]) {
      const refusal = await listener(env, payload);
      if (refusal) return refusal;
    }
    return null;
  }
}

/** Raises a record's optimistic-lock version, once per transaction however many of its parts change. */
export function touch(env: TransactionEnv, record: { id: string; version: number }): void {
  if (env.touched.has(record.id)) return;
  env.touched.add(record.id);
  record.version += 1;
}
