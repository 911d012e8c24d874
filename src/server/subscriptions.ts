import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../core/context';

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
      return { done: false, value: await execute({ ...args, rootValue: step.value, contextValue: base.withEm(freshEm()) }) };
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
