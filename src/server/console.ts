/**
 * Serves the built web console (web/dist, `npm run build:web`) at `/` (issue #14).
 *
 * - Hashed assets under /assets/ are cached for a year; index.html is revalidated on every load.
 * - Every console response carries the security headers: a Content-Security-Policy without inline
 *   script, WebSocket connections to this origin only, no framing; nosniff; no referrer.
 * - Any other GET/HEAD path that is not an API path (/graphql, /healthz, /readyz, /files) and does not
 *   look like a file is the single-page application: index.html (the client router takes it from there).
 * - Mounting order does not matter: API paths always pass through to the next handler.
 */
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import express from 'express';

export interface ConsoleOptions {
  /** The built console, normally `<repo>/web/dist`. */
  dir: string;
  nodeEnv: string;
}

/** Paths the console never answers: they belong to the API (or to whoever mounts them later). */
const API_PREFIXES = ['/graphql', '/healthz', '/readyz', '/files'];

export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // antd's CSS-in-JS inserts <style> elements at run time; scripts stay strictly 'self'.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The hub's security headers, on every answer (API, console, GraphiQL): set by ./http-frame.ts before anything else answers. */
export function setSecurityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONSOLE_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
}

function isApiPath(path: string): boolean {
  return API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** Mounts the console on `app`. Without a build (web/dist/index.html missing) `/` explains how to build it. */
export function mountConsole(app: express.Express, options: ConsoleOptions): void {
  const dir = resolve(options.dir);
  const indexFile = join(dir, 'index.html');
  const production = options.nodeEnv === 'production';

  const files = express.static(dir, {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    fallthrough: true,
    setHeaders(res, path) {
      if (path.startsWith(join(dir, 'assets'))) res.setHeader('Cache-Control', production ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
      else res.setHeader('Cache-Control', 'no-cache');
    },
  });

  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    // index.html only through the fallback below (its own cache header).
    if (req.path === '/index.html') return next();
    return files(req, res, next);
  });

  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    // A missing asset or file is a 404, not the application shell.
    const last = req.path.slice(req.path.lastIndexOf('/') + 1);
    if (req.path.startsWith('/assets/') || (last.includes('.') && last !== 'index.html')) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    if (!existsSync(indexFile)) {
      res.status(503).type('text/plain; charset=utf-8').send('控制台尚未构建：请运行 npm run build:web（npm start 会在缺少时自动构建）。\nThe console is not built: run npm run build:web.');
      return;
    }
    res.sendFile(indexFile, { dotfiles: 'deny' }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });
}
