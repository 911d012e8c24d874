/// <reference lib="dom" />
/**
 * The console in a real browser (issue #17, expert pool): the procurement handler of 杭州市财政局 opens
 * the demo complaint C04 (admitted through the API), asks for more experts than the pool has free of
 * conflicts and is told the shortfall, draws a panel of three with two alternates, sees the planted
 * conflict excluded with its reason (naming the party only by role), records one expert's withdrawal
 * and sees the first alternate move up. The pool page shows the experts with their phones.
 * Harness: support/console-browser.ts (the demo data seeds the pool: seeds/demo-experts.ts).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import type { TestHub } from '../support/test-hub';
import { describeBrowser, launchChromium, newConsoleContext, startConsoleHub, watchPage, type ConsoleHub } from './support/console-browser';
import { button, choose, dialogNamed, labelled, menuItem, signIn, submitDialog, until } from './support/steps';

const JOURNEY_MS = 120_000;
const C04 = '市某局河道保洁服务采购项目投诉';

async function admittedC04(t: TestHub): Promise<string> {
  const rows = await t.hub.orm.em
    .fork()
    .getConnection()
    .execute<{ id: string; pid: string }[]>(
      `select d.id, p.id as pid from dispute d join proceeding p on p.dispute_id = d.id join organization o on o.id = p.organization_id where d.title = ? and o.name = '杭州市财政局'`,
      [C04],
      'all',
    );
  const res = await t.gql<{ admitProceeding: { __typename: string } }, { id: string }>(
    'mutation($id: ID!) { admitProceeding(id: $id) { __typename } }',
    { id: rows[0].pid },
    await t.login('adjudicator.finance'),
  );
  if (res.data?.admitProceeding.__typename !== 'Proceeding') throw new Error(`setup: admit C04 failed: ${JSON.stringify(res)}`);
  return rows[0].id;
}

/** The row of the seat table whose 位置 reads `role`. */
function seatRow(panel: Locator, role: string): Locator {
  return panel.getByRole('row').filter({ hasText: role });
}

describeBrowser('the console in Chromium: the expert pool — a conflict-free draw, a withdrawal', () => {
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
    'procurement handler: too many asked is refused with the shortfall; the drawn panel excludes the planted conflict with its reason; a withdrawal moves the first alternate up',
    async () => {
      const disputeId = await admittedC04(hub.t);
      const page = await newPage();
      await signIn(page, hub.origin, 'adjudicator.finance', undefined, `/disputes/${disputeId}`);
      const panel = page.getByTestId('proceeding-experts');
      await panel.waitFor();
      await panel.getByText('尚未抽取专家').waitFor();

      await button(panel, '抽取专家').click();
      const dialog = dialogNamed(page, '随机抽取评审专家');
      await dialog.waitFor();
      await choose(page, labelled(dialog, '专业领域'), '服务／环境卫生与保洁', '环境');
      // Six of the eight experts are free of conflicts: a panel of six with two alternates cannot be drawn.
      await labelled(dialog, '评审专家人数').fill('6');
      await button(dialog, '确定').click();
      await dialog.getByText('需要 8 名，仅有 6 名无利害关系的专家').waitFor();
      await labelled(dialog, '评审专家人数').fill('3');
      await submitDialog(dialog);

      const draw = panel.getByTestId('expert-draw');
      await draw.waitFor();
      // The planted conflict: 邵某峰 works for the complainant; the reason names the ground and the role only.
      const exclusions = draw.getByTestId('expert-exclusions');
      await exclusions.getByText('邵某峰：现任职单位即本案申请人（名称一致）').waitFor();
      await exclusions.getByText('钱某玲：申报的近三年任职单位即本案被申请人（名称一致）').waitFor();
      expect(await exclusions.textContent()).not.toContain('杭州某某环境工程有限公司');
      for (const role of ['评审专家（第 1 席）', '评审专家（第 2 席）', '评审专家（第 3 席）', '备选第 1 位', '备选第 2 位']) await seatRow(draw, role).waitFor();
      expect(await draw.getByText('邵某峰').count()).toBe(1); // only in the exclusions

      // The first panel expert withdraws; the first alternate takes seat 1.
      const cellsOf = async (row: Locator) => (await row.getByRole('cell').allTextContents()).map((s) => s.trim());
      const first = (await cellsOf(seatRow(draw, '评审专家（第 1 席）')))[1];
      const alternate = (await cellsOf(seatRow(draw, '备选第 1 位')))[1];
      const second = (await cellsOf(seatRow(draw, '备选第 2 位')))[1];
      await button(seatRow(draw, '评审专家（第 1 席）'), '回避').click();
      const withdraw = dialogNamed(page, `${first} 回避`);
      await withdraw.waitFor();
      await labelled(withdraw, '回避事由').fill('与投诉项目的评审委员会成员系同事关系，主动回避');
      await submitDialog(withdraw);

      await until('the first alternate sits in seat 1', async () => (await cellsOf(seatRow(draw, '评审专家（第 1 席）')))[1] === alternate);
      expect(await seatRow(draw, '评审专家（第 1 席）').textContent()).toContain(`递补 ${first}`);
      expect((await cellsOf(seatRow(draw, '备选第 1 位')))[1]).toBe(second);
      expect(await draw.getByRole('row').filter({ hasText: first }).first().textContent()).toContain('已回避');
      // The timeline tells it without names.
      await page.getByText('抽取的专家回避，由备选专家依次递补').first().waitFor();
    },
    JOURNEY_MS,
  );

  test(
    'the pool page: the bureau’s experts with their fields and phones (unmasked for its handler)',
    async () => {
      const page = await newPage();
      await signIn(page, hub.origin, 'adjudicator.finance');
      await menuItem(page, '专家库').click();
      const row = page.getByRole('row').filter({ hasText: '邵某峰' });
      await row.waitFor();
      expect(await row.textContent()).toContain('13957100107');
      expect(await row.textContent()).toContain('服务／环境卫生与保洁');
      expect(await page.getByRole('row').filter({ hasText: '环境卫生与保洁' }).count()).toBe(8);
    },
    JOURNEY_MS,
  );
});
