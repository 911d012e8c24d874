import type { GatewayExecutor, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, type CompiledQuery } from 'graphql-jit';
import { jitRuntime } from 'graphql-jit/dist/runtime';

type Compiled = CompiledQuery<unknown, unknown> | 'interpreted';

interface Continuation {
  promiseCounter: number;
  /** Set once the synchronous part has returned; never, when it threw. */
  resolve?: (ctx: unknown) => void;
}

/**
 * graphql-jit continues a field whose resolver answered a promise in that promise's callback, and
 * finishes the request when the last such callback has run. An exception thrown by the
 * continuation itself (a field read inline from a row that was not read with that column: see
 * ./lean-resolvers.ts) would skip that count and leave the request waiting forever: here it
 * becomes an error of the field whose promise it continued (the nearest asynchronous one) and the
 * count is kept. When the synchronous part itself threw (the request has failed already), the last
 * continuation finds nothing to resolve: graphql-jit's own would throw there, unhandled.
 */
/** One continuation fewer; the request's answer once none is left. */
function settled(ctx: Continuation): void {
  if (--ctx.promiseCounter === 0) ctx.resolve?.(ctx);
}

function settleGuarded(ctx: Continuation, promise: PromiseLike<unknown>, onSuccess: (value: unknown) => void, onError: (error: unknown) => void): void {
  ++ctx.promiseCounter;
  promise.then(
    (value) => {
      try {
        onSuccess(value);
      } catch (error) {
        onError(error);
      } finally {
        settled(ctx);
      }
    },
    (error) => {
      try {
        onError(error);
      } finally {
        settled(ctx);
      }
    },
  );
}
const guarded = (ctx: unknown, value: unknown, onSuccess: (value: unknown) => void, onError: (error: unknown) => void) =>
  jitRuntime.isPromise(value) ? settleGuarded(ctx as Continuation, value as PromiseLike<unknown>, onSuccess, onError) : onSuccess(value);
jitRuntime.handleResolverResult = guarded;
jitRuntime.handleListItemResult = guarded;

/**
 * Apollo's execution step through graphql-jit: each (document, operation) is compiled into a
 * function that walks the selection without graphql-js's per-field interpretation (field
 * collection, argument coercion and type checks decided again on every request were ~14% of a
 * read's CPU). The resolvers, the schema and Apollo's parsing, validation and plugins are the
 * same. Apollo hands executors over only through its gateway interface, hence the shape.
 *
 * A document is compiled when it is executed the second time (compiling costs 1–20 ms, about one
 * execution of it): a client sending ever new documents makes the hub interpret, not compile.
 * graphql-js also answers wherever the two could differ: variables that do not coerce (its
 * messages and Apollo's BAD_USER_INPUT status), a document graphql-jit refuses to compile, and
 * every subscription (the WebSocket path does not come here).
 */
export function compiledExecution(
  schema: GraphQLSchema,
  /** Around each request's execution, which it may run with another context value (or not at all). */
  around: (rc: GatewayGraphQLRequestContext, run: (contextValue: unknown) => Promise<ExecutionResult>) => Promise<ExecutionResult> = (rc, run) => run(rc.context),
): GatewayInterface & { compiledDocuments(): number } {
  // Apollo keeps one parsed DocumentNode per distinct query text (its document store), so what
  // is kept here lives exactly as long as Apollo's own cache of the document.
  const byDocument = new WeakMap<DocumentNode, Map<string, Compiled | 'seen'>>();
  let compiledDocuments = 0;

  const compiledFor = (document: DocumentNode, operationName: string | null): Compiled => {
    let byOperation = byDocument.get(document);
    if (!byOperation) byDocument.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    const known = byOperation.get(key);
    if (known === undefined) {
      byOperation.set(key, 'seen');
      return 'interpreted';
    }
    if (known !== 'seen') return known;
    let result: ReturnType<typeof compileQuery> | undefined;
    try {
      result = compileQuery(schema, document, operationName ?? undefined);
    } catch {
      result = undefined;
    }
    const compiled: Compiled = result && 'query' in result ? (result as CompiledQuery<unknown, unknown>) : 'interpreted';
    if (compiled !== 'interpreted') compiledDocuments++;
    byOperation.set(key, compiled);
    return compiled;
  };

  const run = async (rc: GatewayGraphQLRequestContext, contextValue: unknown): Promise<ExecutionResult> => {
    const variableValues = rc.request.variables ?? {};
    // The name the client asked for (rc.operationName is the resolved operation's, null when none matched).
    const operationName = rc.request.operationName ?? null;
    const interpreted = () => execute({ schema, document: rc.document, contextValue, variableValues, operationName: operationName ?? undefined });
    // Apollo found no operation to run (a name the document lacks, "" ...): graphql-js says why.
    if (!rc.operation) return interpreted();
    const compiled = compiledFor(rc.document, operationName);
    if (compiled === 'interpreted') return interpreted();
    const result = (await compiled.query(undefined, contextValue, variableValues)) as ExecutionResult;
    // No data at all: the variables did not coerce, and no resolver ran.
    if (result.errors?.length && !('data' in result)) return interpreted();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  const executor: GatewayExecutor = (rc) => around(rc, (contextValue) => run(rc, contextValue));

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    async stop() {},
    compiledDocuments: () => compiledDocuments,
  };
}

/**
 * graphql-jit's errors are its own subclass without graphql 16's always-present `extensions`,
 * which Apollo's error formatting reads: the same error as graphql-js would have made of it.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const canonical = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  (canonical as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return canonical;
}
