import { getOperationAST, type DocumentNode } from 'graphql';
import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { requestScope } from '../core/db/sql';
import type { Logger } from '../core/logger';
import type { HubContext } from './context';

/**
 * What one request did, for its log line: the GraphQL operation (name and type),
 * the viewer, and the outcome (error codes with their reasons). Filled while the
 * request runs (Apollo plugin, the HTTP refusals before Apollo) and logged once
 * when the response is finished.
 */
export interface OperationRecord {
  operationName: string | null;
  operationType: string | null;
  userId: string | null;
  codes: string[];
  reasons: string[];
}

declare module '../core/db/sql' {
  interface RequestScope {
    /** The HTTP request's log record. */
    operation?: OperationRecord;
  }
}

export function newOperationRecord(): OperationRecord {
  return { operationName: null, operationType: null, userId: null, codes: [], reasons: [] };
}

const MAX_REASONS = 3;
const MAX_REASON_LENGTH = 300;

/**
 * An error message fit for a log line. Client-facing messages are ours and carry no
 * personal data, but graphql-js quotes the offending value in coercion errors
 * (`got invalid value "…"`, `found "…"`, `cannot represent …: …`): those values are cut,
 * and so is any run of seven or more digits (ID numbers, phones) whatever its origin.
 */
export function logReason(message: string): string {
  return message
    .replace(/got invalid value .*?(?=; | at "|$)/g, 'got invalid value [redacted]')
    .replace(/(found|value:) .*?(?=;|$)/g, '$1 [redacted]')
    .replace(/[0-9０-９](?:[ -]?[0-9０-９]){6,}[xX]?/g, '[redacted]')
    .slice(0, MAX_REASON_LENGTH);
}

interface LoggableError {
  message: string;
  extensions?: Record<string, unknown> | null;
}

/** Adds errors (their codes, and reasons) to a record. */
export function noteErrors(record: OperationRecord, errors: readonly LoggableError[], defaultCode = 'INTERNAL_SERVER_ERROR'): void {
  for (const e of errors) {
    const code = typeof e.extensions?.code === 'string' ? e.extensions.code : defaultCode;
    if (!record.codes.includes(code)) record.codes.push(code);
    if (record.reasons.length < MAX_REASONS) record.reasons.push(logReason(e.message));
  }
}

/** Notes a refusal of the current HTTP request made outside Apollo (body checks, the context's token check). */
export function noteRefusal(code: string, message: string): void {
  const record = requestScope.getStore()?.operation;
  if (record) noteErrors(record, [{ message, extensions: { code } }]);
}

/** The operation's name: as sent, or as written in the document when only one operation is in it. */
export function operationNameOf(document: DocumentNode | undefined, operationName: string | null | undefined): string | null {
  if (operationName) return operationName;
  return (document && getOperationAST(document, undefined)?.name?.value) ?? null;
}

export function operationTypeOf(document: DocumentNode | undefined, operationName: string | null | undefined): string | null {
  if (!document) return null;
  return getOperationAST(document, operationName ?? undefined)?.operation ?? null;
}

/** Fills the current request's record from Apollo's view of it (called by the hub's one request plugin, app.ts, as it answers). */
export function noteOperation(rc: GraphQLRequestContextWillSendResponse<HubContext>): void {
  const record = requestScope.getStore()?.operation;
  if (!record) return;
  record.operationName = operationNameOf(rc.document, rc.operationName ?? rc.request.operationName);
  record.operationType = rc.operation?.operation ?? operationTypeOf(rc.document, rc.request.operationName);
  record.userId = rc.contextValue.viewer?.userId ?? null;
  const body = rc.response.body;
  const errors = body.kind === 'single' ? body.singleResult.errors : rc.errors;
  if (errors) noteErrors(record, errors);
}

type Level = 'info' | 'warn' | 'error';

/** info when all went well; warn for refusals and client errors (with their reason); error for failures of ours. */
function levelOf(codes: readonly string[], status: number): Level {
  if (status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) return 'error';
  if (status >= 400 || codes.length > 0) return 'warn';
  return 'info';
}

function outcomeFields(record: OperationRecord, status: number) {
  const failed = record.codes.length > 0 || status >= 400;
  return {
    operationName: record.operationName,
    operationType: record.operationType,
    userId: record.userId,
    outcome: failed ? 'error' : 'ok',
    ...(record.codes.length ? { codes: record.codes } : {}),
    ...(record.reasons.length ? { reason: record.reasons.join(' | ') } : {}),
  };
}

/** The one log line of an HTTP request. */
export function logHttpRequest(logger: Logger, http: { requestId: string; method: string; path: string; status: number; ms: number; sql: number }, record: OperationRecord): void {
  logger[levelOf(record.codes, http.status)]({ ...http, transport: 'http', ...outcomeFields(record, http.status) }, 'request');
}

/** The one log line of an operation sent over a WebSocket (at subscribe time: admitted, or refused with its reason). */
export function logWsOperation(
  logger: Logger,
  op: { connectionId: string | undefined; operationId: string; operationName: string | null; operationType: string | null; userId: string | null },
  errors: readonly LoggableError[] = [],
  defaultCode?: string,
): void {
  const record: OperationRecord = { ...op, codes: [], reasons: [] };
  noteErrors(record, errors, defaultCode);
  logger[levelOf(record.codes, 0)]({ requestId: op.connectionId, operationId: op.operationId, transport: 'ws', ...outcomeFields(record, 0) }, 'ws operation');
}

/** A refused WebSocket handshake (no token, or an invalid one). */
export function logWsConnectionRefused(logger: Logger, connectionId: string, reason: string): void {
  logger.warn({ requestId: connectionId, transport: 'ws', outcome: 'error', codes: ['UNAUTHENTICATED'], reason: logReason(reason) }, 'ws connection refused');
}
