/// <reference lib="dom" />
/**
 * The console in a real browser (issue #17): the follow-up queue (回访管理). A mediation concluded with
 * an agreement (set up through the API, as the mediator did it earlier) waits in the mediation
 * committee's queue with its FOLLOW_UP clock; the mediator records the visit in the console (method,
 * performance, four star ratings, a comment) and the organization's satisfaction figures, read from
 * the statistics, count it. A second one is tried and not reached (未联系上), then closed.
 * Harness and when these run: support/console-browser.ts (PGlite pass only).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeBrowser, launchChromium, newConsoleContext, startConsoleHub, watchPage, type ConsoleHub } from './support/console-browser';
import { concludeProceeding, mediationInProgress } from './support/hub-api';
import { button, choose, confirmPopover, dialogNamed, labelled, menuItem, signIn, submitDialog, until } from './support/steps';

const JOURNEY_MS = 120_000;

/** The figures the queue page shows above the list, read as the user reads them. */
async function satisfaction(page: Page): Promise<{ visits: number; rate: string }> {
  const text = (await page.getByRole('region', { name: '本单位回访满意度' }).textContent()) ?? '';
  const visits = /本年回访\s*(\d+)/.exec(text);
  const rate = /回访满意率\s*([\d.]+%|—)/.exec(text);
  if (!visits || !rate) throw new Error(`no satisfaction figures in: ${text}`);
  return { visits: Number(visits[1]), rate: rate[1] };
}

/** The queue's row of dispute `code`. */
function rowOf(page: Page, code: string): Locator {
  return page.getByRole('row').filter({ hasText: code });
}

describeBrowser('the console in Chromium: the follow-up queue', () => {
  let hub: ConsoleHub;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  const watched: { page: Page; errors: string[] }[] = [];

  beforeAll(async () => {
    hub = await startConsoleHub();
    ({ browser, close: closeBrowser } = await launchChromium());
  }, 180_000);

  afterAll(async () => {
    await closeBrowser?.();
    await hub?.stop();
  });

  afterEach(async () => {
    const errors = watched.flatMap((w) => w.errors);
    watched.length = 0;
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
    expect(errors).toEqual([]);
  });

  async function newPage(): Promise<Page> {
    const context = await newConsoleContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    watched.push({ page, ...watchPage(page, hub.origin) });
    return page;
  }

  test(
    'mediator: a resolved dispute waits in the queue with its clock; the visit is recorded with four ratings and the satisfaction figures count it',
    async () => {
      const stamp = `${Date.now() % 1_000_000}`;
      const d = await mediationInProgress(hub.t, `浏览器测试·回访 ${stamp}`);
      await concludeProceeding(hub.t, d.proceedingId, 'AGREEMENT', 'mediator.fuyang');

      const page = await newPage();
      await signIn(page, hub.origin, 'mediator.fuyang');
      await menuItem(page, '回访管理').click();
      await page.getByRole('tab', { name: '待回访' }).waitFor();
      const row = rowOf(page, d.code);
      await row.waitFor();
      await row.getByText('回访期限').waitFor();
      await until('the satisfaction figures are shown', async () => /本年回访\s*\d+/.test((await page.getByRole('region', { name: '本单位回访满意度' }).textContent()) ?? ''));
      const before = await satisfaction(page);

      await button(row, '登记回访').click();
      const dialog = dialogNamed(page, `回访登记（${d.code}）`);
      await dialog.waitFor();
      await choose(page, labelled(dialog, '履行情况'), '已履行');
      // Four star ratings: 5, 4, 4, 5 (mean 4.5: satisfied).
      const stars: [string, number][] = [
        ['满意度：工作人员专业程度', 5],
        ['满意度：办理便捷程度', 4],
        ['满意度：办理及时程度', 4],
        ['满意度：处理公正程度', 5],
      ];
      for (const [name, n] of stars)
        await dialog
          .getByRole('group', { name })
          .getByRole('radio')
          .nth(n - 1)
          .click();
      await labelled(dialog, '当事人意见').fill('协议已履行完毕，对调解工作满意。');
      await submitDialog(dialog);

      // The row leaves the open queue; the done tab shows the visit with its mean and the comment.
      await row.waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '已回访 / 已终结' }).click();
      const done = rowOf(page, d.code);
      await done.waitFor();
      await done.getByText('均分 4.50').waitFor();
      await done.getByText('满意', { exact: true }).waitFor();
      await done.getByText('协议已履行完毕，对调解工作满意。').waitFor();

      // The statistics count the visit.
      await until('the satisfaction figures count the visit', async () => (await satisfaction(page)).visits === before.visits + 1, 15_000);
      const after = await satisfaction(page);
      expect(after.rate).toMatch(/^\d+\.\d%$/);
    },
    JOURNEY_MS,
  );

  test(
    'mediator: a party not reached is recorded (未联系上), then the follow-up is closed as unreachable',
    async () => {
      const stamp = `${Date.now() % 1_000_000}`;
      const d = await mediationInProgress(hub.t, `浏览器测试·回访未联系上 ${stamp}`);
      await concludeProceeding(hub.t, d.proceedingId, 'AGREEMENT', 'mediator.fuyang');

      const page = await newPage();
      await signIn(page, hub.origin, 'mediator.fuyang');
      await menuItem(page, '回访管理').click();
      const row = rowOf(page, d.code);
      await row.waitFor();
      await button(row, '未联系上').click();
      const dialog = dialogNamed(page, '登记未联系上当事人');
      await dialog.waitFor();
      await choose(page, labelled(dialog, '联系方式'), '短信回访');
      await submitDialog(dialog);
      await row.getByText(/未联系上 1 次/).waitFor();

      await button(row, '终结').click();
      await confirmPopover(page, '终结');
      await row.waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '已回访 / 已终结' }).click();
      const done = rowOf(page, d.code);
      await done.getByText('未联系上（已终结）').waitFor();
    },
    JOURNEY_MS,
  );
});
