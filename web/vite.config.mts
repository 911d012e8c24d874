// The console (issue #14): `npm run build:web` builds web/ into web/dist, which the hub serves at `/`
// (src/server/console.ts). Dev: `npx vite --config web/vite.config.mts` with the hub on HUB_URL (default :4100).
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const hub = process.env.HUB_URL ?? 'http://127.0.0.1:4100';

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Vite's module-preload polyfill would otherwise be its own entry code; modern browsers need none.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: {
      '/graphql': { target: hub, ws: true, changeOrigin: true },
      '/files': { target: hub, changeOrigin: true },
    },
  },
});
