/**
 * The development GraphiQL (issue #14): outside production, a browser that opens GET /graphql
 * (Accept prefers text/html, no `query` parameter) gets a local GraphiQL built from the `graphiql`
 * package (`npm run build:graphiql`, web/graphiql -> web/dist-graphiql). Nothing loads from another
 * origin; the page carries the console's Content-Security-Policy (no inline script).
 * In production nothing is mounted: GET /graphql goes to Apollo, whose landing page is disabled.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express from 'express';

export interface GraphiqlOptions {
  /** The built GraphiQL, normally `<repo>/web/dist-graphiql`. */
  dir: string;
  nodeEnv: string;
}

/** A browser navigation (not a GraphQL request over GET, nor curl's `Accept: * / *`). */
function wantsPage(req: express.Request): boolean {
  if (req.query?.query !== undefined) return false;
  return req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html';
}

/** Mounts GraphiQL on GET /graphql (before Apollo's middleware). Does nothing in production. */
export function mountGraphiql(app: express.Express, options: GraphiqlOptions): void {
  if (options.nodeEnv === 'production') return;
  const dir = resolve(options.dir);
  const indexFile = join(dir, 'index.html');

  // Hashed bundles (Vite base /graphql/): /graphql/assets/...
  app.use(
    '/graphql/assets',
    express.static(join(dir, 'assets'), {
      index: false,
      redirect: false,
      dotfiles: 'ignore',
      fallthrough: false,
      setHeaders(res) {
        res.setHeader('Cache-Control', 'public, max-age=3600');
      },
    }),
  );

  app.get('/graphql', (req, res, next) => {
    if (!wantsPage(req)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept');
    if (!existsSync(indexFile)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('GraphiQL 尚未构建：请运行 npm run build:graphiql（npm start 会在缺少时自动构建）。\nGraphiQL is not built: run npm run build:graphiql.\nPOST GraphQL requests to this URL as usual.');
      return;
    }
    res.sendFile(indexFile, { dotfiles: 'deny' }, (err) => {
      if (err && !res.headersSent) next(err);
    });
  });
}
