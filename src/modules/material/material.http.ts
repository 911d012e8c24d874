import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import type { Request, Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import type { HubContext } from '../../core/context';
import { ErrorCode } from '../../core/enums';
import { isBusinessError, type BusinessError } from '../../core/errors';
import type { HttpHub } from '../../core/module';
import { isUuid } from '../../core/validation/uuid';
import type { Viewer } from '../../core/viewer';
import { SNIFF_HEAD_BYTES, identify, sniffHead } from './content-type';
import { readFileContent } from './file-store';
import { mayUpload } from './material.policy';
import { MASKED_MESSAGE, MaterialService } from './material.service';
import type { StoredFile } from './stored-file.entity';

/**
 * POST /files and GET /files/:id (the console relies on these shapes; see the design notes).
 *
 * An upload streams through busboy: bytes are counted as they arrive (413 at HUB_FILE_MAX_BYTES),
 * hashed incrementally, and the type is sniffed from the first bytes (415 at once for anything
 * not allowed). Nothing is written until the whole body has arrived and the container formats
 * (ZIP, OLE2) are confirmed; then one transaction stores the row, the content, the audit entry
 * and the timeline event. A body that ends early (client gone) stores nothing.
 */

type ErrorBodyCode = 'FILE_TOO_LARGE' | 'FILE_TYPE_NOT_ALLOWED' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'BAD_REQUEST' | 'MASKED' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR';

const STATUS: Record<ErrorBodyCode, number> = {
  FILE_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  FILE_TYPE_NOT_ALLOWED: 415,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  MASKED: 403,
  UNAUTHENTICATED: 401,
  BAD_REQUEST: 400,
  INTERNAL_SERVER_ERROR: 500,
};

/** Room for the multipart framing (boundaries, part headers, the disputeId field) over the file's own size. */
const MULTIPART_OVERHEAD = 64 * 1024;
/** Longest file name kept, in characters. */
const FILE_NAME_MAX = 200;

class HttpRefusal extends Error {
  constructor(
    readonly code: ErrorBodyCode,
    message: string,
  ) {
    super(message);
  }
}

function sendError(res: Response, code: ErrorBodyCode, message: string): void {
  if (res.headersSent) return;
  res.status(STATUS[code]).setHeader('cache-control', 'no-store').json({ error: { code, message } });
}

function requestIdOf(req: Request): string {
  return (req as unknown as { requestId?: string }).requestId ?? 'unknown';
}

/** The request's context and viewer, or a refusal (no token, bad token, one-time password). */
async function viewerOf(hub: HttpHub, req: Request): Promise<{ ctx: HubContext; viewer: Viewer }> {
  let ctx: HubContext;
  try {
    ctx = await hub.contextOf(req, requestIdOf(req));
  } catch (e) {
    if (e instanceof GraphQLError) throw new HttpRefusal(e.extensions?.code === 'RATE_LIMITED' ? 'RATE_LIMITED' : 'UNAUTHENTICATED', e.message);
    throw e;
  }
  if (!ctx.viewer) throw new HttpRefusal('UNAUTHENTICATED', '请先登录（请求须带 Authorization: Bearer <token>）。');
  if (ctx.viewer.mustChangePassword) throw new HttpRefusal('FORBIDDEN', '请先修改一次性密码（changePassword），再进行其他操作。');
  return { ctx, viewer: ctx.viewer };
}

/** A business error or a thrown FORBIDDEN as the REST error. */
function refusalOf(result: BusinessError): HttpRefusal {
  if (result.code === ErrorCode.NOT_FOUND) return new HttpRefusal('NOT_FOUND', result.message);
  return new HttpRefusal('BAD_REQUEST', result.message);
}

function forbiddenOf(e: unknown): HttpRefusal | null {
  if (e instanceof GraphQLError && e.extensions?.code === 'FORBIDDEN') return new HttpRefusal(e.message === MASKED_MESSAGE ? 'MASKED' : 'FORBIDDEN', e.message);
  return null;
}

/** The uploader's file name without a path, control or bidi characters, at most FILE_NAME_MAX characters; a neutral name when nothing is left. */
export function cleanFileName(raw: string | undefined, ext: string): string {
  // Browsers send a quote in a multipart file name as %22 (HTML's form encoding); busboy keeps it so.
  const base = ((raw ?? '').split(/[/\\]/).pop() ?? '').replace(/%22/g, '"');
  const clean = base
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .trim();
  const chars = [...clean];
  const name = chars.length > FILE_NAME_MAX ? chars.slice(chars.length - FILE_NAME_MAX).join('') : clean;
  return name && name !== '.' && name !== '..' ? name : `file.${ext}`;
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

interface Received {
  disputeId: string | null;
  fileName: string | undefined;
  bytes: Buffer;
  sha256: string;
}

/**
 * Reads the multipart body: the optional `disputeId` field, then one part `file`. `checkTarget`
 * runs when the file part starts (the field came before it), while the file stream is paused, so
 * that a refused target costs no body. Rejects with an HttpRefusal, or with 'aborted' when the
 * client went away (nothing to answer, nothing stored).
 */
function receive(req: IncomingMessage, maxBytes: number, checkTarget: (disputeId: string | null) => Promise<void>): Promise<Received> {
  return new Promise<Received>((resolve, reject) => {
    let settled = false;
    let bb: busboy.Busboy;
    try {
      bb = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        // busboy signals 'limit' on reaching fileSize, so one byte more tells "over" from "exactly at" the limit.
        limits: { files: 1, fileSize: maxBytes + 1, fields: 4, fieldSize: 200, parts: 6, headerPairs: 20 },
      });
    } catch {
      reject(new HttpRefusal('BAD_REQUEST', '请求须为 multipart/form-data，含一个名为 file 的文件部分。'));
      return;
    }
    let disputeId: string | null = null;
    let fileSeen = false;
    let fileDone: Promise<{ fileName: string | undefined; bytes: Buffer; sha256: string }> | null = null;

    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      req.unpipe(bb);
      bb.removeAllListeners('finish');
      reject(e);
    };
    // The socket closed before the whole body arrived: the client is gone.
    req.on('close', () => {
      if (!req.complete) fail('aborted');
    });
    req.on('error', () => fail('aborted'));

    bb.on('field', (name, value) => {
      if (name !== 'disputeId') return;
      if (fileSeen) return fail(new HttpRefusal('BAD_REQUEST', 'disputeId 字段须在文件部分之前。'));
      disputeId = value.trim() || null;
    });
    bb.on('file', (name, stream, info) => {
      if (name !== 'file' || fileSeen) {
        stream.resume();
        return fail(new HttpRefusal('BAD_REQUEST', '请求只能含一个名为 file 的文件部分。'));
      }
      fileSeen = true;
      stream.pause();
      fileDone = new Promise((done, failed) => {
        const hash = createHash('sha256');
        const chunks: Buffer[] = [];
        let size = 0;
        let sniffed = false;
        const sniff = () => {
          sniffed = true;
          if (sniffHead(Buffer.concat(chunks).subarray(0, SNIFF_HEAD_BYTES)) === null) {
            failed(new HttpRefusal('FILE_TYPE_NOT_ALLOWED', '只接受 PDF、图片（PNG、JPEG、GIF、WEBP、TIFF、BMP）、Office 文档（doc、docx、xls、xlsx、ppt、pptx）和 OFD 文件。'));
            stream.resume();
          }
        };
        stream.on('data', (chunk: Buffer) => {
          if (settled) return;
          size += chunk.length;
          hash.update(chunk);
          chunks.push(chunk);
          if (!sniffed && size >= SNIFF_HEAD_BYTES) sniff();
        });
        stream.on('limit', () => failed(new HttpRefusal('FILE_TOO_LARGE', `文件超过大小上限（${maxBytes} 字节）。`)));
        stream.on('error', () => failed('aborted'));
        stream.on('end', () => {
          if (size === 0) failed(new HttpRefusal('BAD_REQUEST', '文件为空。'));
          else if (!sniffed) sniff();
          done({ fileName: info.filename, bytes: Buffer.concat(chunks, size), sha256: hash.digest('hex') });
        });
      });
      fileDone.catch(fail);
      checkTarget(disputeId).then(
        () => {
          if (!settled) stream.resume();
        },
        (e) => {
          stream.resume();
          fail(e);
        },
      );
    });
    bb.on('filesLimit', () => fail(new HttpRefusal('BAD_REQUEST', '请求只能含一个文件。')));
    bb.on('partsLimit', () => fail(new HttpRefusal('BAD_REQUEST', '请求的部分过多。')));
    bb.on('error', (e) => fail(req.complete ? new HttpRefusal('BAD_REQUEST', `请求体格式错误：${e instanceof Error ? e.message : String(e)}`) : 'aborted'));
    bb.on('finish', () => {
      if (!fileDone) return fail(new HttpRefusal('BAD_REQUEST', '请求须含一个名为 file 的文件部分。'));
      fileDone.then((f) => {
        if (settled) return;
        settled = true;
        resolve({ disputeId, ...f });
      }, fail);
    });
    req.pipe(bb);
  });
}

/**
 * After a refusal the rest of the body is read and dropped, so that the client (which is still
 * sending) gets the answer instead of a reset connection (`Connection: close` would reset it as
 * soon as the answer is written); past a bound the connection is closed.
 */
function drain(req: IncomingMessage, bound: number): void {
  if (req.complete || req.destroyed) return;
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > bound) req.socket.destroy();
  });
  req.resume();
}

async function upload(hub: HttpHub, req: Request, res: Response): Promise<void> {
  const maxBytes = hub.services.settings.fileMaxBytes;
  try {
    const { ctx, viewer } = await viewerOf(hub, req);
    if (!mayUpload(viewer)) throw new HttpRefusal('FORBIDDEN', '您的角色无权上传材料。');
    if (!/^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '')) throw new HttpRefusal('BAD_REQUEST', '请求须为 multipart/form-data，含一个名为 file 的文件部分。');
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) throw new HttpRefusal('FILE_TOO_LARGE', `文件超过大小上限（${maxBytes} 字节）。`);

    const received = await receive(req, maxBytes, async (disputeId) => {
      try {
        const ok = await MaterialService.checkUploadTarget(ctx, disputeId);
        if (isBusinessError(ok)) throw refusalOf(ok);
      } catch (e) {
        throw forbiddenOf(e) ?? e;
      }
    });
    const type = identify(received.bytes);
    if (!type) throw new HttpRefusal('FILE_TYPE_NOT_ALLOWED', '文件内容不是允许的类型（PDF、图片、Office 文档、OFD）；含宏的 Office 文件和普通压缩包不被接受。');
    let stored: StoredFile | BusinessError;
    try {
      stored = await MaterialService.storeUpload(ctx, {
        disputeId: received.disputeId,
        fileName: cleanFileName(received.fileName, type.ext),
        contentType: type.mime,
        bytes: received.bytes,
        sha256: received.sha256,
      });
    } catch (e) {
      throw forbiddenOf(e) ?? e;
    }
    if (isBusinessError(stored)) throw refusalOf(stored);
    try {
      await MaterialService.cleanupPending(hub.services, ctx.em);
    } catch (err) {
      ctx.log.warn({ err }, 'cleanup of old pending uploads failed');
    }
    res.status(201).setHeader('cache-control', 'no-store').json({
      id: stored.id,
      disputeId: stored.disputeId,
      fileName: stored.fileName,
      contentType: stored.contentType,
      size: stored.size,
      sha256: stored.sha256,
      createdAt: stored.createdAt.toISOString(),
    });
  } catch (e) {
    if (e === 'aborted') {
      // Nobody to answer; nothing was stored.
      if (!res.headersSent) res.destroy();
      return;
    }
    if (e instanceof HttpRefusal) {
      drain(req, maxBytes * 2 + MULTIPART_OVERHEAD);
      sendError(res, e.code, e.message);
      return;
    }
    hub.services.logger.error({ err: e, requestId: requestIdOf(req) }, 'upload failed');
    drain(req, maxBytes * 2 + MULTIPART_OVERHEAD);
    sendError(res, 'INTERNAL_SERVER_ERROR', '上传失败，请重试。');
  }
}

async function download(hub: HttpHub, req: Request, res: Response): Promise<void> {
  try {
    const { ctx } = await viewerOf(hub, req);
    const id = String(req.params.id ?? '');
    if (!isUuid(id)) throw new HttpRefusal('NOT_FOUND', '没有该文件，或您无权查看。');
    let file: StoredFile | BusinessError;
    try {
      // The download is audited (its own transaction) before a byte is sent.
      file = await MaterialService.openForDownload(ctx, id);
    } catch (e) {
      throw forbiddenOf(e) ?? e;
    }
    if (isBusinessError(file)) throw refusalOf(file);
    const bytes = await readFileContent(ctx.em, hub.services.settings, file);
    if (!bytes) {
      hub.services.logger.error({ fileId: file.id, storage: file.storage }, 'stored file has no content');
      throw new HttpRefusal('INTERNAL_SERVER_ERROR', '文件内容缺失，请联系管理员。');
    }
    res.status(200);
    res.setHeader('content-type', file.contentType);
    res.setHeader('content-length', String(bytes.length));
    res.setHeader('content-disposition', contentDisposition(file.fileName));
    res.setHeader('x-content-sha256', file.sha256);
    res.setHeader('cache-control', 'private, no-store');
    res.end(bytes);
  } catch (e) {
    if (e instanceof HttpRefusal) return sendError(res, e.code, e.message);
    hub.services.logger.error({ err: e, requestId: requestIdOf(req) }, 'download failed');
    sendError(res, 'INTERNAL_SERVER_ERROR', '下载失败，请重试。');
  }
}

export function materialHttp(router: Router, hub: HttpHub): void {
  router.post('/files', (req, res) => upload(hub, req, res));
  router.get('/files/:id', (req, res) => download(hub, req, res));
}
