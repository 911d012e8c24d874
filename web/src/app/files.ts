/**
 * The hub's file endpoints (design notes, "REST shapes"), with the session's bearer token:
 *
 * - POST /files: multipart, the optional `disputeId` field BEFORE the `file` part (the hub checks the
 *   target before it reads the body); without disputeId a pending upload for the registration form.
 *   201 → UploadedFile; errors {"error":{"code","message"}} (413 FILE_TOO_LARGE, 415 FILE_TYPE_NOT_ALLOWED …).
 * - GET /files/:id: the bytes. The token never goes into a URL, so a download is fetch → blob → save.
 *
 *   const files = useFiles();
 *   const f = await files.upload(file, { disputeId, onProgress: (pct) => … });
 *   await files.download(`/files/${id}`, '投诉书.pdf');
 */
import { useMemo } from 'react';
import { useAuth } from './auth';

export interface UploadedFile {
  id: string;
  disputeId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdAt: string;
}

/** A refusal of the file endpoints, with the server's Chinese message. */
export class FileRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The message shown when the server said nothing readable (a proxy's page, a dropped connection). */
function fallbackMessage(status: number): string {
  switch (status) {
    case 0:
      return '网络错误：无法连接服务器，请重试。';
    case 401:
      return '登录已失效，请重新登录后再试。';
    case 403:
      return '无权执行此操作。';
    case 404:
      return '文件或纠纷不存在，或您无权查看。';
    case 413:
      return '文件超过大小上限。';
    case 415:
      return '不接受该类型的文件（只接受 PDF、图片、Office 文档和 OFD 文件）。';
    default:
      return `请求失败（${status}），请重试。`;
  }
}

function errorOf(status: number, body: unknown): FileRequestError {
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof e?.code === 'string' ? e.code : `HTTP_${status}`;
  if (code === 'MASKED') return new FileRequestError(status, code, '有文件（无权查看内容）');
  return new FileRequestError(status, code, typeof e?.message === 'string' && e.message ? e.message : fallbackMessage(status));
}

/** 1 234 567 → "1.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export interface UploadOptions {
  disputeId?: string | null;
  /** 0..100 while the body is sent. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/** XMLHttpRequest rather than fetch: only it reports upload progress. */
function sendUpload(token: string, file: Blob & { name?: string }, opts: UploadOptions): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const body = new FormData();
    // Order matters: the hub reads disputeId before the file part.
    if (opts.disputeId) body.append('disputeId', opts.disputeId);
    body.append('file', file, file.name ?? 'file');
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress?.(Math.min(99, Math.round((e.loaded / e.total) * 100)));
    };
    xhr.onload = () => {
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: the status decides the message.
      }
      if (xhr.status === 201 && parsed && typeof (parsed as UploadedFile).id === 'string') {
        opts.onProgress?.(100);
        resolve(parsed as UploadedFile);
      } else {
        reject(errorOf(xhr.status, parsed));
      }
    };
    xhr.onerror = () => reject(new FileRequestError(0, 'NETWORK', fallbackMessage(0)));
    xhr.onabort = () => reject(new FileRequestError(0, 'ABORTED', '上传已取消。'));
    opts.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}

/** Reads GET /files/:id into a Blob (or refuses with the server's message). */
async function fetchFile(token: string, path: string): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { authorization: `Bearer ${token}` }, cache: 'no-store' });
  } catch {
    throw new FileRequestError(0, 'NETWORK', fallbackMessage(0));
  }
  if (!res.ok) {
    let parsed: unknown = null;
    try {
      parsed = await res.json();
    } catch {
      // The status decides the message.
    }
    throw errorOf(res.status, parsed);
  }
  return res.blob();
}

/** Hands a blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has taken the blob by then; the URL is not needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface FileApi {
  upload(file: Blob & { name?: string }, opts?: UploadOptions): Promise<UploadedFile>;
  /** The content as a Blob (for a preview). */
  fetch(path: string): Promise<Blob>;
  /** Fetches and saves under `fileName`. */
  download(path: string, fileName: string): Promise<void>;
}

/** The file endpoints with the signed-in session's token; a refused token asks to sign in again. */
export function useFiles(): FileApi {
  const { session, expire } = useAuth();
  const token = session?.token ?? null;
  return useMemo<FileApi>(() => {
    const withToken = async <T>(fn: (t: string) => Promise<T>): Promise<T> => {
      if (!token) throw new FileRequestError(401, 'UNAUTHENTICATED', fallbackMessage(401));
      try {
        return await fn(token);
      } catch (e) {
        if (e instanceof FileRequestError && e.status === 401) expire();
        throw e;
      }
    };
    return {
      upload: (file, opts = {}) => withToken((t) => sendUpload(t, file, opts)),
      fetch: (path) => withToken((t) => fetchFile(t, path)),
      download: (path, fileName) =>
        withToken(async (t) => {
          saveBlob(await fetchFile(t, path), fileName);
        }),
    };
  }, [token, expire]);
}
