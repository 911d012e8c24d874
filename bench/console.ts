/**
 * The console's quality bars (issue #14), measured, not asserted (results in bench/console.md):
 *
 *   npm run build:web && node -r @swc-node/register bench/console.ts [--runs=7] [--size-only]
 *
 * 1. Initial JavaScript: web/dist/index.html's entry script plus every chunk it imports statically
 *    (transitively; dynamic import() chunks — the lazy routes — are not initial), plus its CSS, each
 *    gzipped (zlib level 6, what a gzip-serving proxy sends; level 9 alongside). Target ≤ 500 KB.
 * 2. Dispute page time to interactive: Debian's Chromium (playwright-core) against a real hub on the
 *    embedded database with the demo data; navigation to /disputes/:id until the dispute's newest
 *    event is rendered in its timeline (the page's last part to arrive), read from the page's own
 *    clock (performance.now(), 0 = navigation start). Three cases per run, medians reported:
 *    first dispute page after sign-in (its lazy chunk not yet cached), the same again (warm), and an
 *    in-app navigation from the dispute list (click to timeline).
 */
import 'reflect-metadata';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchChromium, newConsoleContext, startConsoleHub, WEB_DIST } from '../test/browser/support/console-browser';
import { signIn } from '../test/browser/support/steps';

const arg = (k: string, d: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d;
const RUNS = Number(arg('runs', '7'));

interface SizeReport {
  files: { file: string; raw: number; gzip6: number; gzip9: number }[];
  raw: number;
  gzip6: number;
  gzip9: number;
  lazyChunks: number;
  lazyGzip6: number;
}

/** Static imports of a built ES module: `import{…}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"` (not `import("…")`). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.(?:js|mjs|css))["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) out.add(m[1]);
  return [...out];
}

export function measureInitialJs(dist = WEB_DIST): SizeReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  const queue = [...entries, ...preloads].map((u) => posix.normalize(u.replace(/^\//, '')));
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dist, file), 'utf8');
    for (const spec of staticImports(code)) queue.push(posix.normalize(posix.join(posix.dirname(file), spec)));
  }
  const files = [...seen].map((file) => {
    const buf = readFileSync(join(dist, file));
    return { file, raw: buf.length, gzip6: gzipSync(buf, { level: 6 }).length, gzip9: gzipSync(buf, { level: 9 }).length };
  });
  const lazy = readdirSync(join(dist, 'assets'))
    .map((f) => `assets/${f}`)
    .filter((f) => f.endsWith('.js') && !seen.has(f));
  return {
    files,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip6: files.reduce((n, f) => n + f.gzip6, 0),
    gzip9: files.reduce((n, f) => n + f.gzip9, 0),
    lazyChunks: lazy.length,
    lazyGzip6: lazy.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 6 }).length, 0),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** performance.now() (ms since this document's navigation start) when `text` is in the page. */
async function whenShown(page: Page, text: string): Promise<number> {
  const handle = await page.waitForFunction(
    (t) => {
      const g = globalThis as unknown as { document: { body: { textContent: string | null } | null }; performance: { now(): number } };
      return g.document.body?.textContent?.includes(t) ? g.performance.now() : false;
    },
    text,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function main(): Promise<void> {
  if (!existsSync(join(WEB_DIST, 'index.html'))) throw new Error('no web/dist: npm run build:web first');
  const size = measureInitialJs();
  process.stdout.write(`initial JavaScript (entry + static imports${size.files.some((f) => f.file.endsWith('.css')) ? ' + CSS' : ''}):\n`);
  for (const f of size.files) process.stdout.write(`  ${f.file}  ${kb(f.raw)} raw, ${kb(f.gzip6)} gzip -6, ${kb(f.gzip9)} gzip -9\n`);
  process.stdout.write(`  total ${kb(size.raw)} raw, ${kb(size.gzip6)} gzip -6, ${kb(size.gzip9)} gzip -9 (target ≤ 500 KB gzipped)\n`);
  process.stdout.write(`  lazy chunks not in the initial load: ${size.lazyChunks}, ${kb(size.lazyGzip6)} gzip -6 together\n`);
  if (process.argv.includes('--size-only')) return;

  const hub = await startConsoleHub();
  const { browser, close } = await launchChromium();
  try {
    const token = await hub.t.login('frontdesk');
    const list = await hub.t.gql<{ disputes: { totalCount: number; edges: { node: { id: string; code: string; events: { edges: { node: { summary: string } }[] } } }[] } }, Record<string, never>>(
      '{ disputes(first: 100) { totalCount edges { node { id code events(first: 100) { edges { node { summary } } } } } } }',
      {},
      token,
    );
    const target = [...list.data!.disputes.edges].sort((a, b) => b.node.events.edges.length - a.node.events.edges.length)[0].node;
    const newest = target.events.edges.at(-1)!.node.summary;
    process.stdout.write(
      `dispute page: ${target.code}, ${target.events.edges.length} timeline events, ${list.data!.disputes.totalCount} disputes in the database; ${RUNS} runs on ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'})\n`,
    );
    // Cross-check of the static count: the scripts the browser actually fetches for the sign-in screen.
    {
      const context = await newConsoleContext(browser);
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on('request', (r) => {
        if (r.resourceType() === 'script') scripts.add(new URL(r.url()).pathname.replace(/^\//, ''));
      });
      await page.goto(`${hub.origin}/`);
      await page.waitForLoadState('networkidle');
      const extra = [...scripts].filter((f) => !size.files.some((x) => x.file === f));
      process.stdout.write(`sign-in screen fetched ${scripts.size} scripts${extra.length ? `, not in the static count: ${extra.join(', ')}` : ', all in the static count'}\n`);
      await context.close();
    }
    const first: number[] = [];
    const warm: number[] = [];
    const inApp: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await newConsoleContext(browser);
      const page = await context.newPage();
      await signIn(page, hub.origin, 'frontdesk');
      await page.goto(`${hub.origin}/disputes/${target.id}`);
      first.push(await whenShown(page, newest));
      await page.goto(`${hub.origin}/disputes/${target.id}`);
      warm.push(await whenShown(page, newest));
      // In-app: from the list (纠纷查询) to the dispute, by its link.
      await page.goto(`${hub.origin}/disputes`);
      const link = page.getByRole('link', { name: target.code, exact: true });
      const search = page.getByRole('textbox').first();
      if (!(await link.count())) {
        await search.fill(target.code);
        await search.press('Enter');
      }
      await link.first().waitFor();
      const t0 = (await page.evaluate('performance.now()')) as number;
      await link.first().click();
      inApp.push((await whenShown(page, newest)) - t0);
      await context.close();
    }
    const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
    process.stdout.write(`  first dispute page after sign-in (full navigation): ${fmt(first)}\n`);
    process.stdout.write(`  same page again (full navigation, warm cache):     ${fmt(warm)}\n`);
    process.stdout.write(`  in-app navigation from the list (click → timeline): ${fmt(inApp)}\n`);
  } finally {
    await close();
    await hub.stop();
  }
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
