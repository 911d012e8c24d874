/// <reference lib="dom" />
/**
 * The console in a real browser (issue #14): one journey per role, end to end through the UI only,
 * against a real hub on the embedded database with the demo data, in Debian's Chromium.
 * Harness and when these run: test/browser/support/console-browser.ts (PGlite pass only; CI=true
 * without Chromium or web/dist fails). Steps are found by role and Chinese label, never by CSS class.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { makeResidentId } from '../../src/core/validation';
import { describeBrowser, launchChromium, newConsoleContext, startConsoleHub, watchPage, type ConsoleHub } from './support/console-browser';
import { button, choose, fillRegistration, fillSignIn, labelled, menuItem, signIn, until, type NewDispute } from './support/steps';

const JOURNEY_MS = 120_000;

describeBrowser('the console in Chromium: one journey per role', () => {
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
    // Every page stayed on this machine and threw nothing.
    expect(errors).toEqual([]);
  });

  async function newPage(): Promise<Page> {
    const context = await newConsoleContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    watched.push({ page, ...watchPage(page, hub.origin) });
    return page;
  }

  let seq = 0;
  function newDispute(): NewDispute {
    seq += 1;
    const stamp = `${Date.now() % 1_000_000}${seq}`;
    return {
      title: `浏览器测试·楼上漏水纠纷 ${stamp}`,
      facts: '申请人称楼上住户卫生间长期渗漏，导致其卧室吊顶霉变脱落，多次协商未果。',
      applicant: { name: '周某某', idNumber: makeResidentId(`33011119800101${String(100 + seq).slice(-3)}`), phone: '13900001234' },
      respondent: { name: '吴某某' },
    };
  }

  test(
    'frontdesk registers and refers; the mediator, in another context, sees it arrive live, accepts it and sees the proceeding with its clock',
    async () => {
      // The mediator has the inbox open before anything is referred.
      const mediator = await newPage();
      await signIn(mediator, hub.origin, 'mediator.fuyang');
      await menuItem(mediator, '转办收件箱').click();
      await mediator.getByRole('columnheader', { name: '答复期限' }).waitFor();
      const inboxItem = menuItem(mediator, '转办收件箱');
      const badgeBefore = Number((await inboxItem.textContent())?.match(/(\d+)\s*$/)?.[1] ?? 0);
      // A reload would drop this marker: the live handoff must not need one.
      await mediator.evaluate('window.__sameDocument = true');

      // The frontdesk: day view, then registration.
      const frontdesk = await newPage();
      await signIn(frontdesk, hub.origin, 'frontdesk');
      await frontdesk.getByRole('tab', { name: '待分流' }).waitFor();
      await frontdesk.getByRole('tab', { name: '已超期' }).waitFor();
      await menuItem(frontdesk, '纠纷登记').click();
      const d = newDispute();
      await fillRegistration(frontdesk, d);
      await button(frontdesk, '登记').click();

      // The dispute page with the route suggestions and their reasons.
      await frontdesk.getByText(d.title).first().waitFor();
      const code = (await frontdesk
        .getByText(/^HZ\d{4}-\d{6}$/)
        .first()
        .textContent())!.trim();
      const suggestion = frontdesk.getByRole('listitem').filter({ has: frontdesk.getByRole('heading', { name: /富阳区人民调解委员会/ }) });
      await suggestion.waitFor();
      // Its reason is shown with it.
      expect(await suggestion.textContent()).toMatch(/富阳区人民调解委员会.*调解.*。/);
      await suggestion.getByRole('button', { name: '转办至此' }).click();
      const dialog = frontdesk.getByRole('dialog', { name: new RegExp(`转办：${code}`) });
      await dialog.waitFor();
      // Keyboard use: the first field (a select) has the focus; Escape closes; open it again.
      await until('the first field of the dialog has the focus', () => labelled(dialog, '渠道').evaluate((el) => el === document.activeElement));
      await frontdesk.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      await suggestion.getByRole('button', { name: '转办至此' }).click();
      await dialog.waitFor();
      await button(dialog, '确定').click();
      await dialog.waitFor({ state: 'detached' });
      await frontdesk.getByRole('row', { name: /富阳区人民调解委员会（调解） 待接收/ }).waitFor();

      // Live handoff: the referral appears in the mediator's inbox without a reload, the badge counts it.
      const row = mediator.getByRole('row', { name: new RegExp(code) });
      await row.waitFor({ timeout: 10_000 });
      expect(await row.textContent()).toContain(d.title);
      expect(await mediator.evaluate('window.__sameDocument')).toBe(true);
      await until('the inbox badge counts the new referral', async () => Number((await inboxItem.textContent())?.match(/(\d+)\s*$/)?.[1] ?? 0) === badgeBefore + 1);

      // Accept, then open the dispute page: the proceeding and its clock.
      await button(row, '接收').click();
      await button(mediator.getByRole('tooltip'), '接收').click();
      await row.waitFor({ state: 'detached' });
      await mediator.getByRole('radiogroup').getByText('已接收', { exact: true }).click();
      await mediator
        .getByRole('row', { name: new RegExp(code) })
        .getByRole('link', { name: code })
        .click();
      await mediator.getByText('办理程序与期限').waitFor();
      await mediator
        .getByText(/富阳区人民调解委员会\s*调解\s*办理中/)
        .first()
        .waitFor();
      await mediator
        .getByText(/办理期限 · /)
        .first()
        .waitFor();
      await mediator
        .getByText(/截止 \d{4}-\d{2}-\d{2}/)
        .first()
        .waitFor();
      await mediator
        .getByText(/（剩 \d+ 天）/)
        .first()
        .waitFor();
      // The timeline shows the acceptance.
      await mediator.getByRole('listitem').filter({ hasText: '接收转办' }).first().waitFor();
      expect(mediator.url()).toMatch(/\/disputes\/[0-9a-f-]{36}$/);
    },
    JOURNEY_MS,
  );

  test(
    'court liaison sees the judicial-confirmation queue and files a request',
    async () => {
      // Setup through the API: the 富阳 mediation committee applies for confirmation of one of its agreements.
      const mediatorToken = await hub.t.login('mediator.fuyang');
      const courtToken = await hub.t.login('court.liaison');
      const me = await hub.t.gql<{ me: { organization: { id: string; name: string } } }, Record<string, never>>('{ me { organization { id name } } }', {}, courtToken);
      const court = me.data!.me.organization;
      const resolved = await hub.t.gql<
        { disputes: { edges: { node: { code: string; proceedings: { id: string; outcome: { kind: string } | null; judicialConfirmation: { id: string } | null }[] } }[] } },
        Record<string, never>
      >('{ disputes(filter: { status: [RESOLVED] }, first: 50) { edges { node { code proceedings { id outcome { kind } judicialConfirmation { id } } } } } }', {}, mediatorToken);
      let code: string | null = null;
      for (const { node } of resolved.data!.disputes.edges) {
        const p = node.proceedings.find((x) => x.outcome?.kind === 'AGREEMENT' && !x.judicialConfirmation);
        if (!p) continue;
        const r = await hub.t.gql<{ requestJudicialConfirmation: { __typename: string } }, Record<string, string>>(
          'mutation($p: ID!, $c: ID!) { requestJudicialConfirmation(proceedingId: $p, courtId: $c) { __typename } }',
          { p: p.id, c: court.id },
          mediatorToken,
        );
        if (r.data?.requestJudicialConfirmation.__typename === 'JudicialConfirmation') {
          code = node.code;
          break;
        }
      }
      expect(code).not.toBeNull();

      const page = await newPage();
      await signIn(page, hub.origin, 'court.liaison');
      await menuItem(page, '司法确认').click();
      await page.getByRole('tab', { name: '待立案' }).waitFor();
      const row = page.getByRole('row', { name: new RegExp(code!) });
      await row.waitFor();
      expect(await row.textContent()).toMatch(/富阳区人民调解委员会/);
      expect(await row.textContent()).toMatch(/截止 \d{4}-\d{2}-\d{2}/);
      // File it (立案): it leaves the pending tab and shows under 已立案待裁定.
      await button(row, '立案').click();
      await button(page.getByRole('tooltip'), '立案').click();
      await row.waitFor({ state: 'detached' });
      await page.getByRole('tab', { name: '已立案待裁定' }).click();
      await page.getByRole('row', { name: new RegExp(code!) }).waitFor();
    },
    JOURNEY_MS,
  );

  test(
    'reviewer sees closed disputes with personal data masked as served',
    async () => {
      // A closed demo dispute with an ID number: its real number (frontdesk) and as served to a reviewer.
      const frontdeskToken = await hub.t.login('frontdesk');
      const reviewerToken = await hub.t.login('reviewer');
      type Parties = { disputes: { edges: { node: { id: string; code: string; parties: { name: string; idNumber: string | null; phone: string | null }[] } }[] } };
      const query = '{ disputes(filter: { status: [CLOSED] }, first: 50) { edges { node { id code parties { name idNumber phone } } } } }';
      const real = (await hub.t.gql<Parties, Record<string, never>>(query, {}, frontdeskToken)).data!.disputes.edges.map((e) => e.node);
      const served = (await hub.t.gql<Parties, Record<string, never>>(query, {}, reviewerToken)).data!.disputes.edges.map((e) => e.node);
      const closed = real.find((d) => d.parties.some((p) => p.idNumber))!;
      expect(closed).toBeDefined();
      const realParty = closed.parties.find((p) => p.idNumber)!;
      const servedParty = served.find((d) => d.id === closed.id)!.parties.find((p) => p.name === realParty.name)!;
      expect(servedParty.idNumber).not.toBe(realParty.idNumber);
      expect(servedParty.idNumber).toContain('*');

      const page = await newPage();
      await signIn(page, hub.origin, 'reviewer');
      await menuItem(page, '案件评查').click();
      await labelled(page, '关键词').fill(closed.code);
      await button(page, '查询').click();
      const row = page.getByRole('row', { name: new RegExp(closed.code) });
      await row.waitFor();
      expect(await row.textContent()).toContain(servedParty.idNumber!);
      // The dispute page as the reviewer sees it: still masked.
      await row.getByRole('link', { name: closed.code }).click();
      await page.getByRole('columnheader', { name: '证件' }).waitFor();
      await page.getByText(servedParty.idNumber!).first().waitFor();
      const text = (await page.getByRole('main').textContent()) ?? '';
      expect(text).not.toContain(realParty.idNumber!);
      if (realParty.phone) expect(text).not.toContain(realParty.phone);
    },
    JOURNEY_MS,
  );

  test(
    "admin creates an organization and a user; the one-time password's first sign-in forces the password change",
    async () => {
      const stamp = `${Date.now() % 1_000_000}`;
      const orgName = `浏览器测试人民调解委员会${stamp}`;
      const username = `browser.mediator${stamp}`;
      const page = await newPage();
      await signIn(page, hub.origin, 'admin');

      // 单位管理 → 新建单位.
      await menuItem(page, '系统管理').click();
      await button(page, '新建单位').click();
      let dialog = page.getByRole('dialog', { name: '新建单位' });
      // Keyboard use: the form's first field has the focus (not the close button); type straight into it.
      await until('the first field of the dialog has the focus', () =>
        labelled(dialog, '名称').evaluate((el) => el === document.activeElement && el.tagName === 'INPUT' && !!el.closest('[role="dialog"]')),
      );
      await page.keyboard.type(orgName);
      expect(await labelled(dialog, '名称').inputValue()).toBe(orgName);
      // Enter submits the form: the missing type is reported and the dialog stays open.
      await page.keyboard.press('Enter');
      await dialog.getByText('请选择类型').waitFor();
      await choose(page, labelled(dialog, '类型'), '人民调解委员会', '人民调解');
      await choose(page, labelled(dialog, '处理渠道'), '调解');
      await choose(page, labelled(dialog, '行政区划'), '富阳区');
      await button(dialog, '确定').click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByRole('row', { name: new RegExp(orgName) }).waitFor();

      // 人员账号 → 新建账号 in that organization: the one-time password is shown once.
      await menuItem(page, '人员账号').click();
      await button(page, '新建账号').click();
      dialog = page.getByRole('dialog', { name: '新建账号' });
      await labelled(dialog, '用户名').fill(username);
      await labelled(dialog, '姓名').fill('测试调解员');
      await choose(page, labelled(dialog, '角色'), '承办人员');
      await choose(page, labelled(dialog, '所属单位'), orgName, orgName.slice(0, 8));
      await button(dialog, '确定').click();
      const credentials = page.getByRole('dialog', { name: '一次性密码' });
      await credentials.waitFor();
      const oneTime = await credentials.getByRole('code').first().textContent();
      expect(oneTime?.trim().length).toBeGreaterThanOrEqual(10);
      await button(credentials, '我已记下').click();
      await page.getByRole('row', { name: new RegExp(username) }).waitFor();

      // The new user's first sign-in: nothing but the password change until it is done.
      const user = await newPage();
      await user.goto(`${hub.origin}/`);
      await fillSignIn(user, username, oneTime!.trim());
      await user.getByText('首次登录：请修改密码').waitFor();
      expect(await user.getByRole('menu').count()).toBe(0);
      await labelled(user, '当前密码（一次性密码）').fill(oneTime!.trim());
      await labelled(user, '新密码').fill('Fuyang-mediator-2026!');
      await labelled(user, '确认新密码').fill('Fuyang-mediator-2026!');
      await button(user, '修改密码并继续').click();
      await menuItem(user, '转办收件箱').waitFor();
      await user.getByText(orgName).first().waitFor();
    },
    JOURNEY_MS,
  );

  test(
    'an expired session returns to sign-in over the form; after signing in again the typed form is intact and submits',
    async () => {
      const page = await newPage();
      await signIn(page, hub.origin, 'frontdesk');
      await menuItem(page, '纠纷登记').click();
      const d = newDispute();
      await labelled(page, '纠纷标题').fill(d.title);
      await labelled(page, '纠纷事实').fill(d.facts);
      await labelled(page, '姓名').nth(0).fill(d.applicant.name);

      // The session ends on the server (a password change elsewhere ends every earlier token).
      const token = await hub.t.login('frontdesk');
      const newPassword = 'Window-counter-7391!';
      const changed = await hub.t.gql<{ changePassword: { __typename: string } }, Record<string, string>>(
        'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename } }',
        { c: 'demo-password', n: newPassword },
        token,
      );
      expect(changed.data?.changePassword.__typename).toBe('Session');

      // The console notices (its socket is closed, or the next request is refused) and asks to sign in again.
      const reauth = page.getByRole('dialog', { name: '登录已过期，请重新登录' });
      try {
        await reauth.waitFor({ timeout: 5000 });
      } catch {
        await button(page, '登记').click();
        await reauth.waitFor();
      }
      // The password field has the focus (the username is known); Enter signs in.
      await until('the password field has the focus', () => labelled(reauth, '密码').evaluate((el) => el === document.activeElement));
      await labelled(reauth, '密码').fill(newPassword);
      await labelled(reauth, '密码').press('Enter');
      await reauth.waitFor({ state: 'detached' });

      // Same screen, same typed values; finish the form and register.
      expect(page.url()).toMatch(/\/frontdesk\/register$/);
      expect(await labelled(page, '纠纷标题').inputValue()).toBe(d.title);
      expect(await labelled(page, '纠纷事实').inputValue()).toBe(d.facts);
      expect(await labelled(page, '姓名').nth(0).inputValue()).toBe(d.applicant.name);
      await fillRegistration(page, d);
      await button(page, '登记').click();
      await page.getByText(d.title).first().waitFor();
      expect(page.url()).toMatch(/\/disputes\/[0-9a-f-]{36}$/);
    },
    JOURNEY_MS,
  );
});
