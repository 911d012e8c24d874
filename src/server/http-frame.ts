import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../core/logger';
import { requestScope, type SqlCounter } from './orm';
import { logHttpRequest, newOperationRecord } from './request-log';
import { setSecurityHeaders } from './console';

const REQUEST_ID = /^[\w-]{1,64}$/;

/**
 * What every HTTP request of the hub goes through first, on Express and on the GraphQL path
 * alike (./graphql-http.ts): shutdown under keep-alive, the request id, the security headers, and
 * the one log line with the request's statement count and operation record.
 */
export class HttpFrame {
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();

  constructor(private readonly logger: Logger) {}

  /**
   * Opens a request's frame and runs `next` in it (the statement counter and the operation record
   * of src/core/db/sql.ts and ./request-log.ts), or drops the request: one that arrives on a
   * connection the server has already ended during a drain is not processed, since its answer
   * could not be delivered (it used to run, and commit, while the client saw a reset).
   */
  run(req: IncomingMessage, res: ServerResponse, path: string, next: (requestId: string) => void): void {
    if (req.socket.writableEnded) {
      req.socket.destroy();
      return;
    }
    // Once stop() begins, answers carry `Connection: close`: clients do not send another request
    // on a connection the drain is about to end.
    if (this.draining) res.setHeader('connection', 'close');
    else {
      this.inFlight.add(res);
      res.once('close', () => this.inFlight.delete(res));
    }
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', requestId);
    // The modules' HTTP routes read it off the request (Express's request is the same object).
    (req as IncomingMessage & { requestId?: string }).requestId = requestId;
    setSecurityHeaders(res);
    const counter: SqlCounter = { statements: 0, roundTrips: 0 };
    const record = newOperationRecord();
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logHttpRequest(this.logger, { requestId, method: req.method ?? 'GET', path, status: res.statusCode, ms: Math.round(ms * 10) / 10, sql: counter.statements }, record);
    });
    requestScope.run({ sql: counter, operation: record }, () => next(requestId));
  }

  /** From now on, answers close their connection; those not yet sent are marked too. */
  drain(): void {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
  }
}
