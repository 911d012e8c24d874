import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type HTTPGraphQLResponse } from '@apollo/server';
import type { Logger } from '../core/logger';
import { findUnstorableString, unstorableMessage } from '../core/unstorable-input';
import type { HubContext } from './context';
import { QUERY_LIMITS } from './query-limits';
import { noteRefusal } from './request-log';

/** Largest request body /graphql reads. */
export const MAX_GRAPHQL_BODY_BYTES = 256 * 1024;

export interface Refusal {
  status: number;
  body: { errors: { message: string; extensions: { code: string } }[] };
}

function refusal(status: number, code: string, message: string, logged = message): Refusal {
  noteRefusal(code, logged);
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}

/**
 * What /graphql refuses before Apollo sees it (on both paths): a string no column can store
 * (src/core/unstorable-input.ts), and a document over the size limit.
 */
export function refusalBeforeApollo(body: unknown, search: unknown): Refusal | null {
  const unstorable = findUnstorableString(body ?? {}, 'request') ?? findUnstorableString(search ?? {}, 'request');
  if (unstorable) return refusal(400, 'BAD_USER_INPUT', unstorableMessage(unstorable));
  const query = (body as { query?: unknown } | undefined)?.query ?? (search as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string' && Buffer.byteLength(query, 'utf8') > QUERY_LIMITS.maxDocumentBytes) {
    return refusal(400, 'GRAPHQL_VALIDATION_FAILED', `The document is larger than ${QUERY_LIMITS.maxDocumentBytes} bytes.`);
  }
  return null;
}

const BODY_MESSAGES: Record<string, string> = { 'entity.too.large': 'Request body too large', 'entity.parse.failed': 'Request body is not valid JSON' };

/**
 * A body the hub does not read, by body-parser's name for the reason (`type`): too large, not JSON,
 * an aborted upload, a charset or encoding it cannot decode. The client's mistake, on both paths
 * (app.ts's error handler for Express).
 */
export function bodyRefusal(type: string, status: number): Refusal {
  return refusal(status, 'BAD_REQUEST', BODY_MESSAGES[type] ?? `Request refused: ${type}`, `request body refused: ${type}`);
}

const tooLarge = () => bodyRefusal('entity.too.large', 413);
const notJson = () => bodyRefusal('entity.parse.failed', 400);
/** The client went away (or broke the framing) before the body ended. */
const aborted = () => bodyRefusal('request.aborted', 400);

/**
 * Whether node:http serves this request itself (serveGraphqlPost): POST /graphql with a body in
 * JSON, UTF-8 and not compressed, which is what the console and every client send. Anything else
 * (GET, a query string, another type, charset or encoding) goes through Express as before.
 */
export function isPlainGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql') return false;
  const { headers } = req;
  if (headers['transfer-encoding'] === undefined && headers['content-length'] === undefined) return false;
  const encoding = headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const type = headers['content-type'];
  if (!type) return false;
  const [mime, ...params] = type.split(';');
  if (mime.trim().toLowerCase() !== 'application/json') return false;
  return params.every((p) => {
    const [name, value = ''] = p.split('=');
    return name.trim().toLowerCase() !== 'charset' || /^"?utf-8"?$/i.test(value.trim());
  });
}

/**
 * The body as JSON, as body-parser's strict mode reads it: empty is `{}`, only an object or array
 * at the top. A refusal is named, not made, here: the stream's callbacks run outside the request's
 * frame, where its log record is not found.
 */
function readJsonBody(req: IncomingMessage, limit: number): Promise<{ body: unknown } | { refused: () => Refusal }> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (declared > limit) {
      resolve({ refused: tooLarge });
      return;
    }
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        req.off('data', onData);
        req.resume();
        resolve({ refused: tooLarge });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    // An aborted upload, broken chunked framing, a request timeout: the body never ends.
    req.once('error', () => resolve({ refused: aborted }));
    req.once('close', () => {
      if (!req.complete) resolve({ refused: aborted });
    });
    req.once('end', () => {
      if (length > limit) return;
      let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, length)).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text.length === 0) return resolve({ body: {} });
      const first = text.trimStart()[0];
      if (first !== '{' && first !== '[') return resolve({ refused: notJson });
      try {
        resolve({ body: JSON.parse(text) as unknown });
      } catch {
        resolve({ refused: notJson });
      }
    });
  });
}

/** Ends the answer with `body`, encoded once: its length is the buffer's (Buffer.byteLength and then end(string) encoded it twice). */
function endWith(res: ServerResponse, body: string): void {
  const bytes = Buffer.from(body, 'utf8');
  res.setHeader('content-length', bytes.length);
  res.end(bytes);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  endWith(res, JSON.stringify(value));
}

async function writeResponse(res: ServerResponse, answer: HTTPGraphQLResponse): Promise<void> {
  for (const [key, value] of answer.headers) res.setHeader(key, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') return endWith(res, answer.body.string);
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}

/**
 * POST /graphql on node:http, without Express: what @as-integrations/express5 and express.json do,
 * for the requests isPlainGraphqlPost admits. Express's router, its request and response
 * prototypes and body-parser's stream plumbing were about a third of the CPU of a small
 * authenticated query (0.3 ms of 0.9 ms per request, bench/README.md). Run inside the request's
 * HttpFrame; answers what the Express path answers, status, headers and body.
 */
export async function serveGraphqlPost(req: IncomingMessage, res: ServerResponse, apollo: ApolloServer<HubContext>, context: () => Promise<HubContext>, logger: Logger): Promise<void> {
  try {
    const read = await readJsonBody(req, MAX_GRAPHQL_BODY_BYTES);
    const refused = 'refused' in read ? read.refused() : refusalBeforeApollo(read.body, undefined);
    if (refused) return sendJson(res, refused.status, refused.body);
    const { body } = read as { body: unknown };
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    const answer = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers, search: '', body }, context });
    await writeResponse(res, answer);
  } catch (err) {
    logger.error({ err }, 'unhandled HTTP error');
    if (res.headersSent) res.destroy();
    else sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }
}
