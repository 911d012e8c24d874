import { Kind, createSourceEventStream, execute, getOperationAST, visit, type ArgumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
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
  const key = payloadKey(args);
  const source = stream[Symbol.asyncIterator]();
  const end = async (): Promise<IteratorReturnResult<undefined>> => {
    await source.return?.();
    return { done: true, value: undefined };
  };
  const mapped: AsyncGenerator<ExecutionResult> = {
    async next() {
      const step = await source.next();
      if (step.done) return step;
      if (!allowed()) return end();
      const value = await executions.execute(args, key, step.value, base, freshEm());
      // Checked again: the account may have changed while the execution (or the one it shared) ran.
      if (!allowed()) return end();
      return { done: false, value };
    },
    return: end,
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
  reads: ContextReads;
  /** Null when the execution threw (it is then nobody else's). */
  result: Promise<ExecutionResult | null>;
}

/** The executions of one document and root in one turn. */
interface Slot {
  root: unknown;
  /** The first: what it read tells the others which group they are in. */
  probe: Execution;
  /** The first execution of each group of viewers alike in what the probe read. */
  leaders: Map<string, Execution>;
}

/**
 * One live event reaches a thousand subscribers, most of whom send the same document: their
 * payloads are executed once for all who are alike in everything the execution read of them
 * (ContextReads: the viewer's properties; reading the request's id, address or log makes it
 * nobody else's). Alike also means the same document, operation, variables and root (the
 * delivered value, compared field by field), and the same EntityManager: the one of this turn of
 * the event loop, so a result is never older than the turn it was made in.
 *
 * A delivery waits for at most two executions: the first of its document and root, then the first
 * of its group (viewers with the same values in what the first read). Executions that cannot be
 * shared still run side by side.
 */
export class SharedExecutions {
  /** Payloads executed, and deliveries that took another subscriber's result. */
  readonly counts = { executed: 0, shared: 0 };
  private readonly byEm = new WeakMap<EntityManager, Map<string, Slot[]>>();

  /** `key`: the payload's document, operation and variables (`payloadKey`); null: never shared. */
  async execute(args: ExecutionArgs, key: string | null, root: unknown, base: HubContext, em: EntityManager): Promise<ExecutionResult> {
    const viewer = base.viewer;
    if (key === null || !viewer) return this.run(args, root, base.withEm(em));
    let byKey = this.byEm.get(em);
    if (!byKey) this.byEm.set(em, (byKey = new Map()));
    let slots = byKey.get(key);
    if (!slots) byKey.set(key, (slots = []));
    const slot = slots.find((s) => sameRoot(s.root, root));
    if (!slot) {
      const [probe, result] = this.watched(args, root, base, em);
      slots.push({ root, probe, leaders: new Map() });
      return result;
    }
    // A probe that already read something of its request alone is nobody else's: no wait.
    const probed = slot.probe.reads.isOwn ? null : await slot.probe.result;
    if (probed && slot.probe.reads.fits(viewer)) return this.share(probed);
    const group = probed ? slot.probe.reads.groupOf(viewer) : null;
    if (group === null) return this.run(args, root, base.withEm(em));
    const leader = slot.leaders.get(group);
    if (!leader) {
      const [first, result] = this.watched(args, root, base, em);
      slot.leaders.set(group, first);
      return result;
    }
    const led = leader.reads.isOwn ? null : await leader.result;
    if (led && leader.reads.fits(viewer)) return this.share(led);
    return this.run(args, root, base.withEm(em));
  }

  private run(args: ExecutionArgs, root: unknown, ctx: HubContext): Promise<ExecutionResult> {
    this.counts.executed++;
    return Promise.resolve(execute({ ...args, rootValue: root, contextValue: ctx }));
  }

  /** An execution whose reads are recorded, for others to share; and its result for its own subscriber. */
  private watched(args: ExecutionArgs, root: unknown, base: HubContext, em: EntityManager): [Execution, Promise<ExecutionResult>] {
    const { ctx, reads } = base.watchedOn(em)!;
    const result = this.run(args, root, ctx);
    return [{ reads, result: result.catch(() => null) }, result];
  }

  private share(result: ExecutionResult): ExecutionResult {
    this.counts.shared++;
    return result;
  }
}

/**
 * What, besides the root and the viewer, a payload's execution depends on: the document's text,
 * the operation, and the variables it uses below the subscription field. The field's own
 * arguments (`after`, `disputeId`) only chose the stream at subscribe time: the field resolves to
 * the delivered value whatever they are (src/server/schema.ts), so subscribers resuming from
 * different cursors still share. Null when the parsed document kept no source.
 */
export function payloadKey(args: ExecutionArgs): string | null {
  const body = args.document.loc?.source.body;
  const operation = getOperationAST(args.document, args.operationName);
  if (body === undefined || !operation) return null;
  const rootArguments = new Set<ArgumentNode>();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind === Kind.FIELD) for (const a of selection.arguments ?? []) rootArguments.add(a);
  }
  const used = new Set<string>();
  visit(args.document, {
    VariableDefinition: () => false,
    Argument: (node) => (rootArguments.has(node) ? false : undefined),
    Variable: (node) => void used.add(node.name.value),
  });
  const values = args.variableValues ?? {};
  const variables = [...used].sort().map((name) => [name, values[name] ?? null]);
  return `${args.operationName ?? ''}\u0000${JSON.stringify(variables)}\u0000${body}`;
}

/** The same object, or objects of one class whose own properties hold the same values (objects by identity). */
function sameRoot(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  // Every own key, symbols and hidden ones too: a field a resolver could read is compared.
  const ka = Reflect.ownKeys(a);
  const kb = Reflect.ownKeys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && Object.is(Reflect.get(a, k), Reflect.get(b, k)));
}
