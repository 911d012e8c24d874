import { GraphQLError, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Logger } from '../core/logger';
import type { RateLimiter } from './rate-limit';
import { logWsOperation, operationNameOf, operationTypeOf } from './request-log';

/** The one refusal of the per-viewer request budget, over HTTP and over the WebSocket alike. */
export function rateLimitedError(): GraphQLError {
  return new GraphQLError('请求过于频繁，请稍后（约一分钟后）再试。', { extensions: { code: 'RATE_LIMITED', http: { status: 429 } } });
}

export function tooManySubscriptionsError(scope: 'connection' | 'viewer', limit: number): GraphQLError {
  const where = scope === 'connection' ? '此连接' : '您的账户';
  return new GraphQLError(`${where}同时进行的订阅已达上限（${limit} 个），请先取消不再需要的订阅。`, {
    extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', scope, limit },
  });
}

/**
 * The key of a viewer's request budget: the user for a signed-in viewer (the same
 * key over HTTP and WebSocket, so that both draw from one budget), the address
 * for an anonymous one (HTTP only: the WebSocket refuses anonymous connections).
 */
export function budgetKey(userId: string | null | undefined, ip: string): string {
  return userId ?? `ip:${ip}`;
}

/** Takes one request from the viewer's budget; the error to answer with when it is spent. */
export function takeBudget(limiter: RateLimiter, userId: string | null | undefined, ip: string): GraphQLError | null {
  return limiter.take(budgetKey(userId, ip)) ? null : rateLimitedError();
}

/**
 * Slots for live subscriptions: at most `perConnection` on one WebSocket and
 * `perViewer` over all of a viewer's sockets. A slot is taken when a subscription
 * is admitted and freed when it ends (completed by the client or the server,
 * failed: graphql-ws onComplete), or at the latest when its socket closes (onClose),
 * which also covers an operation that threw before graphql-ws could complete it.
 *
 * The per-viewer count lives in this process, like the rate limiter's budgets:
 * with N instances a viewer may hold up to N × perViewer subscriptions (still a
 * bound, each instance protecting its own database reads); the per-connection
 * cap is exact, since a connection lives on one instance.
 */
export class SubscriptionSlots {
  private readonly byViewer = new Map<string, number>();
  /** connection → (operation → viewer key). Operations are keyed by graphql-ws's payload object, the same at subscribe and at complete. */
  private readonly held = new Map<object, Map<object, string>>();

  constructor(readonly limits: { perConnection: number; perViewer: number }) {}

  /** Takes a slot for `operation` on `connection`; the error to answer with when a cap is reached. */
  reserve(connection: object, viewerKey: string, operation: object): GraphQLError | null {
    const mine = this.held.get(connection) ?? new Map<object, string>();
    if (mine.has(operation)) return null;
    if (mine.size >= this.limits.perConnection) return tooManySubscriptionsError('connection', this.limits.perConnection);
    const viewerCount = this.byViewer.get(viewerKey) ?? 0;
    if (viewerCount >= this.limits.perViewer) return tooManySubscriptionsError('viewer', this.limits.perViewer);
    mine.set(operation, viewerKey);
    this.held.set(connection, mine);
    this.byViewer.set(viewerKey, viewerCount + 1);
    return null;
  }

  /** Frees the slot of `operation` (no-op when it holds none, e.g. a query over the socket, or freed already). */
  release(connection: object, operation: object): void {
    const mine = this.held.get(connection);
    const viewerKey = mine?.get(operation);
    if (!mine || viewerKey === undefined) return;
    mine.delete(operation);
    if (mine.size === 0) this.held.delete(connection);
    this.decrement(viewerKey);
  }

  /** Frees every slot of a closed connection. */
  releaseAll(connection: object): void {
    const mine = this.held.get(connection);
    if (!mine) return;
    this.held.delete(connection);
    for (const viewerKey of mine.values()) this.decrement(viewerKey);
  }

  /** Live subscriptions of a viewer (for tests and diagnostics). */
  countFor(viewerKey: string): number {
    return this.byViewer.get(viewerKey) ?? 0;
  }

  private decrement(viewerKey: string): void {
    const n = (this.byViewer.get(viewerKey) ?? 0) - 1;
    if (n > 0) this.byViewer.set(viewerKey, n);
    else this.byViewer.delete(viewerKey);
  }
}

/** What the guard needs of a graphql-ws connection context (the object is the connection's identity). */
export interface WsConnectionContext {
  extra: { viewer?: { userId: string } | null; requestId?: string; request: { socket: { remoteAddress?: string } } };
}

interface WsPayload {
  operationName?: string | null;
}

/**
 * The WebSocket's share of the per-viewer limits and of the request log, as the
 * graphql-ws hooks call them: one request budget with HTTP (the same limiter and
 * key), the subscription slots, and one log line per operation sent.
 */
export class WsOperationGuard {
  constructor(private readonly deps: { limiter: RateLimiter; slots: SubscriptionSlots; logger: Logger }) {}

  /** Every operation sent over the socket takes one request from the viewer's budget. */
  takeBudget(ctx: WsConnectionContext): GraphQLError | null {
    return takeBudget(this.deps.limiter, ctx.extra.viewer?.userId, ctx.extra.request.socket.remoteAddress ?? 'unknown');
  }

  /** A subscription takes a slot (queries and mutations over the socket end at once and take none). */
  reserveSlot(ctx: WsConnectionContext, payload: WsPayload, document: DocumentNode): GraphQLError | null {
    if (operationTypeOf(document, payload.operationName) !== 'subscription') return null;
    const viewer = ctx.extra.viewer;
    return this.deps.slots.reserve(ctx, viewer ? viewer.userId : `ip:${ctx.extra.request.socket.remoteAddress ?? 'unknown'}`, payload);
  }

  /** Logs a refused operation and returns the errors for graphql-ws to send. */
  refuse(ctx: WsConnectionContext, id: string, payload: WsPayload, errors: readonly GraphQLError[], document?: DocumentNode, defaultCode = 'BAD_REQUEST'): GraphQLError[] {
    logWsOperation(this.deps.logger, this.describe(ctx, id, payload, document), errors, defaultCode);
    return [...errors];
  }

  /** graphql-ws onOperation: the operation ran (a subscription: its stream began); logs it with its outcome. */
  started(ctx: WsConnectionContext, id: string, payload: WsPayload, args: ExecutionArgs, result: unknown): void {
    const errors = isExecutionResult(result) ? (result.errors ?? []) : [];
    logWsOperation(this.deps.logger, this.describe(ctx, id, payload, args.document), errors);
  }

  /** graphql-ws onComplete: the operation ended (by the client or the server); its slot is free. */
  completed(ctx: WsConnectionContext, payload: WsPayload): void {
    this.deps.slots.release(ctx, payload);
  }

  /** graphql-ws onClose: whatever the connection still held is free. */
  closed(ctx: WsConnectionContext): void {
    this.deps.slots.releaseAll(ctx);
  }

  private describe(ctx: WsConnectionContext, id: string, payload: WsPayload, document: DocumentNode | undefined) {
    return {
      connectionId: ctx.extra.requestId,
      operationId: id,
      operationName: operationNameOf(document, payload.operationName),
      operationType: operationTypeOf(document, payload.operationName),
      userId: ctx.extra.viewer?.userId ?? null,
    };
  }
}

function isExecutionResult(x: unknown): x is ExecutionResult {
  return typeof x === 'object' && x !== null && !(Symbol.asyncIterator in x);
}
