/**
 * The browser harness of the console journeys (issue #14): Debian's Chromium driven by playwright-core
 * against a real hub (startTestHub, demo data) that serves the built console (web/dist) at `/`.
 *
 * When the suites run:
 * - only on the embedded database (PGlite): the journeys are about the console, and one pass per CI run
 *   is enough. In the PostgreSQL pass of .ci/run (TEST_DATABASE_URL set) they skip themselves;
 *   BROWSER_TESTS=1 runs them there too, BROWSER_TESTS=0 skips them anywhere.
 * - when /usr/bin/chromium (or CHROMIUM_PATH) and web/dist/index.html exist. Outside CI a missing
 *   one skips with a note; with CI=true a missing one FAILS the suite (CI must run the journeys).
 *
 * No browser is ever downloaded: playwright-core only drives the Chromium that Debian installed.
 */
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../../support/test-hub';
import { serverUrl } from '../../support/test-database';

export const REPO = resolve(__dirname, '../../..');
/** The web folder whose dist/ the hub serves; CONSOLE_WEB_DIR points the journeys at another build (default web/). */
export const WEB_DIR = process.env.CONSOLE_WEB_DIR ? resolve(process.env.CONSOLE_WEB_DIR) : join(REPO, 'web');
export const WEB_DIST = join(WEB_DIR, 'dist');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** The screen size every journey and screenshot uses (the "works at 1366×768"). */
export const VIEWPORT = { width: 1366, height: 768 };
export const DEMO_PASSWORD = 'demo-password';

/** Launch flags for this machine's closed network (see the machine notes): no background traffic at all. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export type SuiteDecision = { run: true } | { run: false; reason: string; fail: boolean };

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether the browser suites run here, skip, or must fail (CI without Chromium or without a build). */
export function browserSuiteDecision(): SuiteDecision {
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  if (process.env.BROWSER_TESTS === '0') return { run: false, reason: 'BROWSER_TESTS=0', fail: false };
  if (serverUrl() && process.env.BROWSER_TESTS !== '1') {
    return { run: false, reason: 'the browser journeys run in the embedded-database (PGlite) pass only (BROWSER_TESTS=1 to run them on PostgreSQL)', fail: false };
  }
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push(`Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  if (!existsSync(join(WEB_DIST, 'index.html'))) missing.push('the built console web/dist (npm run build:web)');
  if (missing.length) return { run: false, reason: `missing ${missing.join(' and ')}`, fail: ci };
  const src = join(WEB_DIR, 'src');
  if (!ci && existsSync(src) && newestMtime(src) > statSync(join(WEB_DIST, 'index.html')).mtimeMs) {
    // Not an error: the journeys test what was built. Say so, the screens may have moved on.
    process.stderr.write('browser journeys: web/dist is older than web/src; run `npm run build:web` to test the current console\n');
  }
  return { run: true };
}

/**
 * `describe` for a browser suite: runs it, skips it (with the reason in the test name), or — in CI
 * with Chromium or the build missing — replaces it with one failing test that says what is missing.
 */
export function describeBrowser(name: string, body: () => void): void {
  const d = browserSuiteDecision();
  if (d.run) {
    describe(name, body);
  } else if (d.fail) {
    describe(name, () => {
      it('has Chromium and the built console (required when CI=true)', () => {
        throw new Error(`browser journeys cannot run in CI: ${d.reason}`);
      });
    });
  } else {
    describe.skip(`${name} (skipped: ${d.reason})`, body);
  }
}

export async function launchChromium(): Promise<{ browser: Browser; close(): Promise<void> }> {
  // playwright-core's launch() gives Chromium a fresh, empty --user-data-dir of its own (a new
  // temporary profile per launch, removed on close); it refuses an explicit --user-data-dir argument.
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
  return { browser, close: () => browser.close().catch(() => undefined) };
}

export interface ConsoleHub {
  t: TestHub;
  /** The console's address, e.g. http://127.0.0.1:43121 */
  origin: string;
  stop(): Promise<void>;
}

/**
 * A real hub on the embedded database with the demo accounts AND the demo disputes (the journeys need
 * closed disputes, confirmation windows and overdue clocks), serving the console at `/`.
 */
export async function startConsoleHub(overrides: Record<string, string> = {}, options: { now?: () => Date } = {}): Promise<ConsoleHub> {
  const t = await startTestHub({ HUB_DEMO_DISPUTES: 'true', ...overrides }, { webDir: WEB_DIR, now: options.now });
  const origin = new URL(t.hub.url).origin;
  const res = await fetch(`${origin}/`);
  const body = await res.text();
  if (!res.ok || !/<div id="root">/.test(body)) {
    await t.stop();
    throw new Error(`the hub does not serve the console at / (status ${res.status}); is mountConsole wired into src/server/app.ts and web/dist built?`);
  }
  return { t, origin, stop: () => t.stop() };
}

/**
 * The hub's business clock for journeys that need days to pass (a pause that covers days, a clock
 * that becomes due soon): real time plus whole days, moved forward only, so that every record
 * the journeys made stays in the past. Pass `clock.now` to startConsoleHub. Tokens and sockets
 * keep real time (the token service does not read the business clock).
 */
export class HubClock {
  private offsetDays = 0;
  readonly now = (): Date => new Date(Date.now() + this.offsetDays * 86_400_000);
  /** Moves the hub's "now" forward by `days` calendar days. */
  advance(days: number): void {
    if (!Number.isInteger(days) || days < 0) throw new RangeError('the hub clock only moves forward, by whole days');
    this.offsetDays += days;
  }
  /** The hub's date in Beijing (YYYY-MM-DD). */
  today(): string {
    return new Date(this.now().getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  }
}

export async function newConsoleContext(browser: Browser): Promise<BrowserContext> {
  // Reduced motion (the console then turns antd's animations off): a press on a dialog's button
  // in its opening animation was seen to be lost on a loaded machine, the dialog staying open.
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: 'block', reducedMotion: 'reduce' });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Fails the journey on any uncaught page error or a request that left the machine. */
export function watchPage(page: Page, origin: string): { errors: string[] } {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith(origin.replace('http', 'ws')) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      errors.push(`request outside the hub: ${url}`);
    }
  });
  return { errors };
}
