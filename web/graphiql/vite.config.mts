// The development GraphiQL (issue #14): `npm run build:graphiql` bundles web/graphiql into
// web/dist-graphiql, which the hub serves at GET /graphql to a browser outside production
// (src/server/graphiql.ts). Everything is bundled: no CDN, Monaco's workers are files of their own.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Served under /graphql/ (index at GET /graphql, assets at /graphql/assets/...).
  base: '/graphql/',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: fileURLToPath(new URL('../dist-graphiql', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Monaco is large; this is a development tool, not part of the console's budget.
    chunkSizeWarningLimit: 8000,
    // No inline data: workers and fonts as files (CSP without blob:/data: scripts).
    assetsInlineLimit: 0,
  },
});
