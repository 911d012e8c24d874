/// <reference lib="dom" />
/**
 * The console in a real browser (issue #17, staff): a patent case admitted by its handler alone shows
 * the two-handler compliance issue on the dispute page; the handler names a colleague as co-handler
 * and the issue disappears. The head of the organization keeps the staff records (人员与资格): a
 * qualification added in the edit dialog shows in the list.
 * Setup that another role did earlier (registration, referral, acceptance, admission) goes through the
 * API; every act of the journey's person goes through the console. Harness: support/console-browser.ts.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { creditCode } from '../support/fixtures';
import type { TestHub } from '../support/test-hub';
import { describeBrowser, launchChromium, newConsoleContext, startConsoleHub, watchPage, type ConsoleHub } from './support/console-browser';
import { organizationId } from './support/hub-api';
import { button, choose, dialogNamed, labelled, menuItem, signIn, submitDialog, until } from './support/steps';

const JOURNEY_MS = 120_000;

async function call<T>(t: TestHub, query: string, variables: Record<string, unknown>, username: string): Promise<T> {
  const res = await t.gql<Record<string, T & { __typename?: string }>, Record<string, unknown>>(query, variables, await t.login(username));
  const data = res.data ? Object.values(res.data)[0] : null;
  if (res.errors || !data || data.__typename?.endsWith('Error')) throw new Error(`setup failed as ${username}: ${JSON.stringify(res.errors ?? data)}`);
  return data;
}

/** A patent infringement request at 杭州市市场监督管理局, accepted and admitted by adjudicator.market (the lead, alone). */
async function admittedPatentCase(t: TestHub, title: string): Promise<{ id: string; code: string }> {
  const co = creditCode();
  const d = await call<{ id: string; code: string; version: number }>(
    t,
    'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id code version } ... on ErrorResult { message } } }',
    {
      input: {
        title,
        facts: '请求人认为被请求人销售的产品落入其实用新型专利保护范围，请求处理。',
        category: 'PATENT_INFRINGEMENT',
        matterCode: 'PATENT-INFRINGEMENT',
        region: '滨江区',
        source: 'WALK_IN',
        applicationData: {
          requesterName: '杭州某某光电科技有限公司',
          requesterRole: '专利权人',
          requesterCreditCode: co,
          contactPhone: '0571-86005678',
          respondentName: '杭州某某照明电器有限公司',
          respondentAddress: '杭州市滨江区某路某号',
          patentNumber: 'ZL202220123456.7',
          patentName: '一种可调光台灯',
          patentType: '实用新型',
          grantAnnouncementDate: '2023-05-16',
          infringingObject: '某型号台灯',
          filedInCourt: '否',
          requests: '责令被请求人停止销售侵权产品。',
          factsAndReasons: '被控侵权产品包含权利要求1的全部技术特征。',
        },
        parties: [
          { role: 'APPLICANT', kind: 'ORGANIZATION', name: '杭州某某光电科技有限公司', idNumber: co, phone: '0571-86005678' },
          { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州某某照明电器有限公司' },
        ],
      },
    },
    'frontdesk',
  );
  const market = await organizationId(t, '杭州市市场监督管理局');
  const referral = await call<{ id: string }>(
    t,
    'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } ... on ErrorResult { message } } }',
    { input: { disputeId: d.id, toOrganizationId: market, channel: 'ADJUDICATION', kind: 'TRANSFER', matterCode: 'PATENT-INFRINGEMENT', reason: '专利侵权纠纷行政裁决', expectedVersion: d.version } },
    'frontdesk',
  );
  const accepted = await call<{ proceeding: { id: string } }>(
    t,
    'mutation($id: ID!) { acceptReferral(id: $id) { __typename ... on Referral { proceeding { id } } ... on ErrorResult { message } } }',
    { id: referral.id },
    'adjudicator.market',
  );
  await call(t, 'mutation($id: ID!) { admitProceeding(id: $id) { __typename ... on Proceeding { id } ... on ErrorResult { message } } }', { id: accepted.proceeding.id }, 'adjudicator.market');
  return { id: d.id, code: d.code };
}

describeBrowser('the console in Chromium: staff — handlers, compliance issues, staff records', () => {
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
    'patent handler: the case admitted alone shows the two-handler issue; naming a co-handler clears it',
    async () => {
      const stamp = `${Date.now() % 1_000_000}`;
      const d = await admittedPatentCase(hub.t, `浏览器测试·专利承办人 ${stamp}`);

      const page = await newPage();
      await signIn(page, hub.origin, 'adjudicator.market', undefined, `/disputes/${d.id}`);
      const panel = page.getByTestId('proceeding-staff');
      await panel.waitFor();
      // The admitting handler is the lead; the matter's rule asks for two.
      await panel.getByText('主办 市市场监管局承办人 钱伟').waitFor();
      const issue = panel.getByRole('alert').filter({ hasText: '承办人数不足' });
      await issue.waitFor();
      expect(await issue.textContent()).toContain('至少 2 名');

      await button(panel, '确定承办人').click();
      const dialog = dialogNamed(page, '确定承办人（主办、协办）');
      await dialog.waitFor();
      await choose(page, labelled(dialog, '协办人'), '市市场监管局承办人 李娜（adjudicator2.market）', '李娜');
      await submitDialog(dialog);

      await panel.getByText('协办 市市场监管局承办人 李娜').waitFor();
      await issue.waitFor({ state: 'detached' });
      await until('no compliance alert is left', async () => (await panel.getByRole('alert').count()) === 0);
      // The timeline records the change (ids only: the summary names no one).
      await page
        .getByText(/确定承办人 2 名（主办 1 名、协办 1 名）/)
        .first()
        .waitFor();
    },
    JOURNEY_MS,
  );

  test(
    'head: the staff list shows units and qualifications; a qualification added in the dialog appears in the list',
    async () => {
      const page = await newPage();
      await signIn(page, hub.origin, 'head.market');
      await menuItem(page, '人员与资格').click();
      // The staff table's row (the statistics below name the handlers too).
      const row = page
        .getByRole('row')
        .filter({ hasText: '市市场监管局承办人 李娜' })
        .filter({ has: button(page, '编辑') });
      await row.waitFor();
      await row.getByText('知识产权保护处').waitFor();
      await row.getByText(/行政执法证 浙330100234567/).waitFor();
      expect(await row.getByText(/法律职业资格/).count()).toBe(0);

      await button(row, '编辑').click();
      const dialog = dialogNamed(page, '人员信息：市市场监管局承办人 李娜');
      await dialog.waitFor();
      await button(dialog, '添加资格').click();
      await choose(
        page,
        dialog
          .getByRole('combobox')
          .filter({ hasNot: page.locator('[value]') })
          .last(),
        '法律职业资格',
      );
      await dialog.getByPlaceholder('证书编号').last().fill('A20253301060777');
      const date = dialog.getByPlaceholder('发证日期').last();
      await date.click();
      await date.fill('2025-03-01');
      // Enter takes the typed date and submits the form (as a keyboard user would); the dialog closes on success.
      await date.press('Enter');
      const closed = await dialog
        .waitFor({ state: 'detached', timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      if (!closed) await submitDialog(dialog);

      await row.getByText(/法律职业资格 A20253301060777/).waitFor();
    },
    JOURNEY_MS,
  );
});
