import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../core/context';
import type { ContextReads } from '../core/context-reads';

/**
 * graphql-js resolves every event of a subscription with the one context made at
 * subscribe time. A subscription lives for hours: its EntityManager's identity map
 * and its DataLoaders' caches must not. Here each event is executed with a copy of
 * the context on a fresh EntityManager (the context itself is never changed).
 */
export async function subscribeWithFreshContexts(
  args: ExecutionArgs,
  freshEm: () => EntityManager,
  /** False once the connection's account changed (see SessionWatch): nothing more is delivered. */
  allowed: () => boolean = () => true,
  executions: SharedExecutions = new SharedExecutions(),
): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const stream = await createSourceEventStream(args);
  if (!isAsyncIterable(stream)) return stream;
  const base = args.contextValue as HubContext;
  const source = stream[Symbol.asyncIterator]();
  const mapped: AsyncGenerator<ExecutionResult> = {
    async next() {
      const step = await source.next();
      if (step.done) return step;
      if (!allowed()) {
        await source.return?.();
        return { done: true, value: undefined };
      }
      return { done: false, value: await executions.execute(args, step.value, base, freshEm()) };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      if (source.throw) await source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [Symbol.asyncDispose]: async () => undefined,
  } as AsyncGenerator<ExecutionResult>;
  return mapped;
}

function isAsyncIterable(x: unknown): x is AsyncIterable<unknown> {
  return typeof x === 'object' && x !== null && Symbol.asyncIterator in x;
}

interface Execution {
  root: unknown;
  reads: ContextReads;
  /** Null when the execution threw (it is then nobody else's). */
  result: Promise<ExecutionResult | null>;
}

/**
 * One live event reaches a thousand subscribers, most of whom send the same document: their
 * payloads are executed once for all who are alike in everything the execution read of them
 * (ContextReads: the viewer's properties; reading the request's id, address or log makes it
 * nobody else's). Alike also means the same document, operation, variables and root (the
 * delivered value, compared field by field), and the same EntityManager: the one of this turn of
 * the event loop, so a result is never older than the turn it was made in.
 */
export class SharedExecutions {
  /** Payloads executed, and deliveries that took another subscriber's result. */
  readonly counts = { executed: 0, shared: 0 };
  private readonly byEm = new WeakMap<EntityManager, Map<string, Execution[]>>();

  async execute(args: ExecutionArgs, root: unknown, base: HubContext, em: EntityManager): Promise<ExecutionResult> {
    const key = documentKey(args);
    const viewer = base.viewer;
    if (key === null || !viewer) {
      this.counts.executed++;
      return execute({ ...args, rootValue: root, contextValue: base.withEm(em) });
    }
    let byKey = this.byEm.get(em);
    if (!byKey) this.byEm.set(em, (byKey = new Map()));
    let done = byKey.get(key);
    if (!done) byKey.set(key, (done = []));
    // Earlier executions still running are waited for: only when done is it known what they read.
    for (const earlier of done) {
      if (!sameRoot(earlier.root, root)) continue;
      const result = await earlier.result;
      if (result && earlier.reads.fits(viewer)) {
        this.counts.shared++;
        return result;
      }
    }
    this.counts.executed++;
    const watched = base.watchedOn(em)!;
    const result = Promise.resolve(execute({ ...args, rootValue: root, contextValue: watched.ctx }));
    done.push({ root, reads: watched.reads, result: result.catch(() => null) });
    return result;
  }
}

/** The document's text, operation and variables; null when the parsed document kept no source. */
function documentKey(args: ExecutionArgs): string | null {
  const body = args.document.loc?.source.body;
  if (body === undefined) return null;
  return `${args.operationName ?? ''}\u0000${JSON.stringify(args.variableValues ?? {})}\u0000${body}`;
}

/** The same object, or objects of one class whose own fields hold the same values (objects by identity). */
function sameRoot(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
