import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from './logger';
import type { Viewer } from './viewer';
import type { UnitOfWork } from './unit-of-work';
import { ContextReads } from './context-reads';

/**
 * Process-wide singletons shared by every request; they hold no request state.
 * Core declares what every module may rely on; a module that provides a service
 * adds it here by declaration merging (`declare module '../../core/context'`),
 * and the server's wiring supplies it.
 */
export interface HubServices {
  orm: MikroORM;
  logger: Logger;
  settings: HubSettings;
  /** The commit sequence every mutation goes through. */
  uow: UnitOfWork;
  /** Current instant; replaceable in tests that need a fixed "now". */
  now(): Date;
  /** Test-only fault injection: throwing here fails a mutation after all its writes, before commit. */
  faults?: { beforeCommit?: (action: string) => void | Promise<void> };
}

/** Settings modules read from the configuration (each module adds its own by declaration merging). */
export interface HubSettings {
  nodeEnv: string;
}

/** Per-request DataLoaders: each module adds its own by declaration merging; built by the server from the manifests. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HubLoaders {}

/**
 * Builds one request's loaders for one EntityManager and viewer. The request's id is asked for
 * when it is needed (an audit row): an execution that reads it shares its result with nobody.
 */
export type LoaderFactory = (em: EntityManager, viewer: Viewer | null, services: HubServices, requestId: () => string) => HubLoaders;

/**
 * What a resolver or command knows about the request. Immutable: code that needs
 * another EntityManager (a subscription delivering one event) asks for a copy.
 */
export interface HubContext {
  readonly services: HubServices;
  /** Forked per request: its identity map never leaks between requests. */
  readonly em: EntityManager;
  readonly viewer: Viewer | null;
  readonly loaders: HubLoaders;
  readonly requestId: string;
  /** Client address, for sign-in throttling and rate limits. */
  readonly ip: string;
  readonly log: Logger;
  /** The same request on another EntityManager, with loaders of its own. */
  withEm(em: EntityManager): HubContext;
  /** Like `withEm`, recording what is read of the request (a signed-in one) while the context is used. */
  watchedOn(em: EntityManager): { ctx: HubContext; reads: ContextReads } | null;
}

export interface ContextInput {
  services: HubServices;
  em: EntityManager;
  viewer: Viewer | null;
  requestId: string;
  ip: string;
  makeLoaders: LoaderFactory;
}

export function createContext(input: ContextInput, reads?: ContextReads): HubContext {
  return Object.freeze(new RequestContext(input, reads));
}

/** Per context object: its request's logger, made on first use (a pino child serializes its bindings; most requests log nothing of their own). */
const loggers = new WeakMap<RequestContext, Logger>();

/**
 * A class, not an object literal with getters: Apollo hands resolvers a copy of the context
 * (Object.assign onto its prototype), which reads every own getter, so a literal's `log` made a
 * logger per request. Here the getters live on the prototype and the copy keeps them.
 */
class RequestContext implements HubContext {
  readonly services: HubServices;
  readonly em: EntityManager;
  readonly viewer: Viewer | null;
  readonly loaders: HubLoaders;

  constructor(
    private readonly input: ContextInput,
    private readonly reads?: ContextReads,
  ) {
    this.services = input.services;
    this.em = input.em;
    this.viewer = reads ? reads.viewer : input.viewer;
    this.loaders = input.makeLoaders(input.em, this.viewer, input.services, () => {
      reads?.markOwn();
      return input.requestId;
    });
  }

  get requestId(): string {
    this.reads?.markOwn();
    return this.input.requestId;
  }

  get ip(): string {
    this.reads?.markOwn();
    return this.input.ip;
  }

  get log(): Logger {
    this.reads?.markOwn();
    let log = loggers.get(this);
    if (!log) loggers.set(this, (log = this.services.logger.child({ requestId: this.input.requestId, userId: this.input.viewer?.userId })));
    return log;
  }

  withEm(other: EntityManager): HubContext {
    return createContext({ ...this.input, em: other });
  }

  watchedOn(other: EntityManager): { ctx: HubContext; reads: ContextReads } | null {
    if (!this.input.viewer) return null;
    const watching = new ContextReads(this.input.viewer);
    return { ctx: createContext({ ...this.input, em: other }, watching), reads: watching };
  }
}
