/**
 * `npm run screenshots`: the console's main screens at 1366×768, written to docs/screenshots/*.png
 * (shown in the README). A real hub on the embedded database with the demo data serves the built
 * console (run `npm run build:web` first); Debian's Chromium (/usr/bin/chromium) takes the pictures.
 * The steps are the browser journeys' own (test/browser/support/steps.ts): roles and labels only.
 * Chinese text needs a CJK font on the machine (the console ships none; it uses the system's):
 * `apt-get install -y fonts-noto-cjk`, otherwise the pictures show boxes and the script refuses.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { makeResidentId } from '../src/core/validation';
import { browserSuiteDecision, launchChromium, newConsoleContext, REPO, startConsoleHub } from '../test/browser/support/console-browser';
import { fillRegistration, labelled, menuItem, signIn } from '../test/browser/support/steps';

const OUT = join(REPO, 'docs', 'screenshots');

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // Let antd finish its enter animations and the labels arrive.
  await page.waitForTimeout(600);
}

async function shot(page: Page, name: string): Promise<void> {
  await settle(page);
  const path = join(OUT, `${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  process.stdout.write(`  ${path}\n`);
}

async function main(): Promise<void> {
  const decision = browserSuiteDecision();
  if (!decision.run && decision.reason.includes('missing')) throw new Error(decision.reason);
  let cjk = '';
  try {
    cjk = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    // no fontconfig: treated as no font
  }
  if (!cjk.trim()) throw new Error('no Chinese font on this machine: apt-get install -y fonts-noto-cjk');
  mkdirSync(OUT, { recursive: true });
  process.stdout.write('starting a demo hub on the embedded database…\n');
  const hub = await startConsoleHub();
  const { browser, close } = await launchChromium();
  try {
    const t = hub.t;
    // A pending judicial confirmation, so the court's queue has something to show.
    const mediatorToken = await t.login('mediator.fuyang');
    const court = (await t.gql<{ me: { organization: { id: string } } }, Record<string, never>>('{ me { organization { id } } }', {}, await t.login('court.liaison'))).data!.me.organization;
    const resolved = await t.gql<{ disputes: { edges: { node: { proceedings: { id: string; outcome: { kind: string } | null }[] } }[] } }, Record<string, never>>(
      '{ disputes(filter: { status: [RESOLVED] }, first: 50) { edges { node { proceedings { id outcome { kind } } } } } }',
      {},
      mediatorToken,
    );
    for (const { node } of resolved.data!.disputes.edges) {
      const p = node.proceedings.find((x) => x.outcome?.kind === 'AGREEMENT');
      if (!p) continue;
      const r = await t.gql<{ requestJudicialConfirmation: { __typename: string } }, Record<string, string>>(
        'mutation($p: ID!, $c: ID!) { requestJudicialConfirmation(proceedingId: $p, courtId: $c) { __typename } }',
        { p: p.id, c: court.id },
        mediatorToken,
      );
      if (r.data?.requestJudicialConfirmation.__typename === 'JudicialConfirmation') break;
    }
    // The dispute page: an in-progress demo dispute with clocks and a timeline.
    const inProgress = await t.gql<{ disputes: { edges: { node: { id: string; events: { edges: unknown[] } } }[] } }, Record<string, never>>(
      '{ disputes(filter: { status: [IN_PROGRESS] }, first: 50) { edges { node { id events(first: 50) { edges { cursor } } } } } }',
      {},
      await t.login('frontdesk'),
    );
    const richest = [...inProgress.data!.disputes.edges].sort((a, b) => b.node.events.edges.length - a.node.events.edges.length)[0]?.node.id;

    const page = await (await newConsoleContext(browser)).newPage();
    process.stdout.write(`writing ${OUT}\n`);
    await page.goto(`${hub.origin}/`);
    await labelled(page, '用户名').waitFor();
    await shot(page, 'sign-in');

    // The public area, without an account: the city's published figures.
    await page.getByRole('link', { name: '典型案例与公开数据（无需登录）' }).click();
    await page.getByRole('menuitem', { name: '公开数据' }).click();
    await page.getByText('全市各渠道按月的接收案件数').waitFor();
    await shot(page, 'public-figures');

    await signIn(page, hub.origin, 'frontdesk');
    await page.getByRole('tab', { name: '待分流' }).waitFor();
    await shot(page, 'frontdesk-day');

    await menuItem(page, '纠纷登记').click();
    await fillRegistration(page, {
      title: '楼上卫生间渗漏致吊顶霉变纠纷',
      facts: '申请人称楼上住户卫生间长期渗漏，导致其卧室吊顶霉变脱落，多次协商未果，请求调解。',
      applicant: { name: '周某某', idNumber: makeResidentId('33011119800101123'), phone: '13900001234' },
      respondent: { name: '吴某某' },
    });
    await page.evaluate('window.scrollTo(0, 0)');
    await shot(page, 'registration');

    if (richest) {
      await page.goto(`${hub.origin}/disputes/${richest}`);
      await page.getByText('时间线').waitFor();
      await page.getByRole('listitem').first().waitFor();
      await shot(page, 'dispute-page');
    }

    const handler = await (await newConsoleContext(browser)).newPage();
    await signIn(handler, hub.origin, 'mediator.fuyang');
    await menuItem(handler, '转办收件箱').click();
    await handler.getByRole('columnheader', { name: '答复期限' }).waitFor();
    await shot(handler, 'handler-inbox');

    const liaison = await (await newConsoleContext(browser)).newPage();
    await signIn(liaison, hub.origin, 'court.liaison');
    await menuItem(liaison, '司法确认').click();
    await liaison.getByRole('tab', { name: '待立案' }).waitFor();
    await liaison.getByRole('row').nth(1).waitFor();
    await shot(liaison, 'court-queue');

    const admin = await (await newConsoleContext(browser)).newPage();
    await signIn(admin, hub.origin, 'admin');
    await menuItem(admin, '人员账号').click();
    await admin.getByRole('row', { name: /mediator\.fuyang/ }).waitFor();
    await shot(admin, 'admin-staff');
  } finally {
    await close();
    await hub.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`screenshots failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
