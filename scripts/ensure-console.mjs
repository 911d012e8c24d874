// `npm start` runs this first (prestart): builds the console (web/ -> web/dist) when web/dist is
// missing or older than its sources, so a fresh clone's `npm install && npm start` serves it at `/`.
// Without the build tools (e.g. `npm install --omit=dev`) it says so and the hub starts without a console.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
const built = join(web, 'dist', 'index.html');

/** Newest modification time under `path` (files only). */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name === 'dist') continue;
    t = Math.max(t, newest(join(path, name)));
  }
  return t;
}

if (process.env.SKIP_CONSOLE_BUILD === '1' || !existsSync(join(web, 'index.html'))) process.exit(0);

/** Builds with vite when `out` is missing or older than `sources`; false when vite is not installed. */
function viteBuild(label, config, out, sources, logLevel) {
  const present = sources.filter(existsSync);
  if (existsSync(out) && statSync(out).mtimeMs >= Math.max(...present.map(newest))) return true;
  if (!existsSync(join(root, 'node_modules', 'vite'))) return false;
  console.log(`[console] building ${label}…`);
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', config, '--logLevel', logLevel], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) console.error(`[console] building ${label} failed (see above); the hub starts anyway.`);
  return true;
}

// The development GraphiQL at GET /graphql (web/graphiql -> web/dist-graphiql); production serves none.
const graphiql = join(web, 'graphiql');
if (process.env.NODE_ENV !== 'production' && existsSync(join(graphiql, 'index.html'))) {
  viteBuild('GraphiQL (web/graphiql)', join(graphiql, 'vite.config.mts'), join(web, 'dist-graphiql', 'index.html'), [graphiql, join(root, 'schema', 'schema.graphql')], 'error');
}

const sources = [join(web, 'src'), join(web, 'index.html'), join(web, 'vite.config.mts')].filter(existsSync);
const sourceTime = Math.max(...sources.map(newest));
if (existsSync(built) && statSync(built).mtimeMs >= sourceTime) process.exit(0);

if (!existsSync(join(root, 'node_modules', 'vite'))) {
  console.warn('[console] web/dist is missing or stale and vite is not installed (npm install without --omit=dev): starting without rebuilding the console.');
  process.exit(0);
}
console.log(existsSync(built) ? '[console] web/src changed: rebuilding the console…' : '[console] building the console (first start)…');
const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(web, 'vite.config.mts'), '--logLevel', 'warn'], {
  cwd: root,
  stdio: 'inherit',
});
if (r.status !== 0) {
  console.error('[console] the console build failed (see above); the hub starts anyway, serving the last build if any.');
}
