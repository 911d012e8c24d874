/// <reference lib="dom" />
/**
 * The console in a real browser (issue #14), second part: what handlers and the frontdesk DO to a
 * case all day — admit or refuse it in acceptance review, assign it, pause and resume its clock,
 * extend it, conclude it; close and withdraw disputes — and the deadline alerts that reach them.
 * Setup that another role did earlier goes through the API (support/hub-api.ts); every act of the
 * journey's person goes through the console, and every check reads what the page shows.
 *
 * The hub runs on a business clock of its own (HubClock: real time plus whole days, forward only),
 * so a journey can let days pass between a pause and its resumption, or until a clock is due.
 * Harness and when these run: support/console-browser.ts (PGlite pass only).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeBrowser, HubClock, launchChromium, newConsoleContext, startConsoleHub, watchPage, type ConsoleHub } from './support/console-browser';
import { concludeProceeding, mediationInProgress, referDispute, referralDeadline, registerDispute, type Made } from './support/hub-api';
import { acceptFromInbox, button, choose, confirmPopover, dialogNamed, labelled, menuItem, openFromList, shownClock, signIn, submitDialog, timelineEntry, until, untilClock } from './support/steps';

const JOURNEY_MS = 120_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

describeBrowser('the console in Chromium: acting on cases and disputes, deadline alerts', () => {
  const clock = new HubClock();
  let hub: ConsoleHub;
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  const contexts: BrowserContext[] = [];
  const watched: { page: Page; errors: string[] }[] = [];

  beforeAll(async () => {
    hub = await startConsoleHub({}, { now: clock.now });
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
  function titled(what: string): string {
    seq += 1;
    return `浏览器测试·${what} ${Date.now() % 1_000_000}${seq}`;
  }

  /** Waits until the dispute page's header (code, title, status) shows the status `label`. */
  async function untilDisputeStatus(page: Page, d: Made, label: string): Promise<void> {
    const header = page
      .getByText(d.code, { exact: true })
      .first()
      .locator(`xpath=ancestor::*[contains(normalize-space(.), ${JSON.stringify(d.title)})][1]`);
    await until(`the dispute shows ${label}`, async () => ((await header.textContent()) ?? '').includes(label));
  }

  test(
    'adjudication handler: accepts, admits (受理) with a case number, pauses with a reason and resumes (the due date moves), extends with its basis, concludes with a decision; each step on the page and the timeline in Chinese',
    async () => {
      const d = await registerDispute(hub.t, titled('外观设计专利侵权纠纷'), 'PATENT_INFRINGEMENT', '西湖区');
      await referDispute(hub.t, d, { organization: '杭州市市场监督管理局', channel: 'ADJUDICATION', matterCode: 'PATENT-INFRINGEMENT' });

      const page = await newPage();
      await signIn(page, hub.origin, 'adjudicator.market');
      await acceptFromInbox(page, d.code);
      await untilDisputeStatus(page, d, '办理中');
      // Acceptance review: 受理 or 不予受理 within its 5 working days; the 3 months run from acceptance.
      await page
        .getByText(/杭州市市场监督管理局\s*行政裁决\s*受理审查/)
        .first()
        .waitFor();
      await untilClock(page, '受理审查期限', '正常计时');
      expect(await shownClock(page, '办理期限')).toBeNull();
      await timelineEntry(page, '接收转办', '杭州市市场监督管理局 接收转办，进入受理审查').waitFor();

      // 受理, with the case number.
      await button(page, '受理').click();
      let dialog = dialogNamed(page, '受理');
      await labelled(dialog, '案号').fill('杭市监专处字〔2026〕7号');
      await submitDialog(dialog);
      await page
        .getByText(/杭州市市场监督管理局\s*行政裁决\s*办理中/)
        .first()
        .waitFor();
      await page.getByText('案号 杭市监专处字〔2026〕7号', { exact: true }).waitFor();
      await untilClock(page, '受理审查期限', '按期完成');
      const running = await untilClock(page, '办理期限', '正常计时');
      await timelineEntry(page, '受理', '杭州市市场监督管理局 受理（案号 杭市监专处字〔2026〕7号）').waitFor();
      expect(await button(page, '受理').count()).toBe(0);
      expect(await button(page, '不予受理').count()).toBe(0);

      // 中止计时: a reason the matter's rule does not allow is refused on the field, in Chinese.
      await button(page, '中止计时').click();
      dialog = dialogNamed(page, '中止（期限暂停计算）');
      await choose(page, labelled(dialog, '中止事由'), '补正材料');
      await button(dialog, '确定').click();
      await dialog
        .getByText(/该期限只能因以下事由中止：.*检验、检测、鉴定/)
        .first()
        .waitFor();
      await choose(page, labelled(dialog, '中止事由'), '检验、检测、鉴定');
      await labelled(dialog, '说明').fill('委托鉴定机构进行技术比对');
      await submitDialog(dialog);
      await page
        .getByText(/杭州市市场监督管理局\s*行政裁决\s*中止计时/)
        .first()
        .waitFor();
      const paused = await untilClock(page, '办理期限', '中止计时');
      expect(paused.dueOn).toBe(running.dueOn); // no day has been paused yet
      await page.getByText(/^检验、检测、鉴定（自 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}）$/).waitFor();
      await timelineEntry(page, '中止计时', '杭州市市场监督管理局 因检验、检测、鉴定中止计时').waitFor();

      // A week passes; 恢复计时 (with its pop-confirm): the week is not counted, the due date moves.
      clock.advance(7);
      await button(page, '恢复计时').click();
      await confirmPopover(page, '恢复');
      const resumed = await untilClock(page, '办理期限', '正常计时');
      // A months clock counts paused calendar days (the new date may roll on to a working day).
      expect(daysBetween(running.dueOn, resumed.dueOn)).toBeGreaterThanOrEqual(7);
      expect(daysBetween(running.dueOn, resumed.dueOn)).toBeLessThanOrEqual(10);
      await page
        .getByText(/杭州市市场监督管理局\s*行政裁决\s*办理中/)
        .first()
        .waitFor();
      await timelineEntry(page, '恢复计时', `杭州市市场监督管理局 恢复计时，办理期限顺延至 ${resumed.dueOn}`).waitFor();

      // 延长期限 by one month on its basis (经负责人批准 is preset for an adjudication).
      await button(page, '延长期限').click();
      dialog = dialogNamed(page, '延长办理期限');
      await dialog.getByText('经负责人批准').waitFor();
      await labelled(dialog, '延长（月）').fill('1');
      await labelled(dialog, '延长理由').fill('案情复杂，需补充技术比对');
      await labelled(dialog, '批准人（非系统用户时填写）').fill('局负责人');
      await submitDialog(dialog);
      const extended = await untilClock(page, '办理期限', '正常计时', (due) => due !== resumed.dueOn);
      expect(daysBetween(resumed.dueOn, extended.dueOn)).toBeGreaterThanOrEqual(28);
      expect(daysBetween(resumed.dueOn, extended.dueOn)).toBeLessThanOrEqual(34);
      await page.getByText(/延长 1 个月，依据：经负责人批准，理由：案情复杂，需补充技术比对，批准人：局负责人/).waitFor();
      await timelineEntry(page, '延长期限', `杭州市市场监督管理局 延长办理期限 1 个月，至 ${extended.dueOn}`).waitFor();

      // 办结 with the decision; the page offers exactly one 办结 (the proceeding's, not the dispute's 办结归档).
      expect(await button(page, '办结').count()).toBe(1);
      expect(await button(page, '办结归档').count()).toBe(0);
      await button(page, '办结').click();
      dialog = dialogNamed(page, '办结程序');
      await choose(page, labelled(dialog, '办理结果'), '作出决定');
      await labelled(dialog, '结果摘要').fill('认定侵权行为成立，责令被请求人立即停止侵权行为。');
      await labelled(dialog, '文书编号').fill('杭市监专裁字〔2026〕7号');
      await submitDialog(dialog);
      await page
        .getByText(/杭州市市场监督管理局\s*行政裁决\s*已办结/)
        .first()
        .waitFor();
      await page.getByText(`办理结果：作出决定（杭市监专裁字〔2026〕7号），生效日期 ${clock.today()}`).waitFor();
      await untilClock(page, '办理期限', '按期完成');
      await timelineEntry(page, '办结', '杭州市市场监督管理局 办结：作出决定（杭市监专裁字〔2026〕7号）').waitFor();
      // A decision settles the dispute.
      await untilDisputeStatus(page, d, '已化解');
      expect(await button(page, '延长期限').count()).toBe(0);
    },
    JOURNEY_MS,
  );

  test(
    'adjudication handler: refuses a complaint in acceptance review (不予受理) with its reason; the dispute returns to routing, where the frontdesk finds it',
    async () => {
      const d = await registerDispute(hub.t, titled('政府采购投诉'), 'GOVERNMENT_PROCUREMENT', '杭州市');
      await referDispute(hub.t, d, { organization: '杭州市财政局', channel: 'ADJUDICATION', matterCode: 'GOV-PROCUREMENT-COMPLAINT' });

      const page = await newPage();
      await signIn(page, hub.origin, 'adjudicator.finance');
      await acceptFromInbox(page, d.code);
      await page
        .getByText(/杭州市财政局\s*行政裁决\s*受理审查/)
        .first()
        .waitFor();

      await button(page, '不予受理').click();
      const dialog = dialogNamed(page, '不予受理');
      // The reason is required: without it the dialog stays, saying so.
      await button(dialog, '确定').click();
      await dialog.getByText('请填写不予受理的理由').waitFor();
      await labelled(dialog, '理由').fill('投诉事项不属于本级财政部门管辖，应向采购人所属预算级次的财政部门提出。');
      await submitDialog(dialog);

      await page
        .getByText(/杭州市财政局\s*行政裁决\s*不予受理/)
        .first()
        .waitFor();
      await untilClock(page, '受理审查期限', '按期完成');
      await timelineEntry(page, '不予受理', '杭州市财政局 不予受理').waitFor();
      await untilDisputeStatus(page, d, '待分流');
      expect(await button(page, '受理').count()).toBe(0);
      expect(await button(page, '中止计时').count()).toBe(0);

      // The frontdesk finds it awaiting routing again, with route suggestions to refer it onward.
      const frontdesk = await newPage();
      await signIn(frontdesk, hub.origin, 'frontdesk');
      await openFromList(frontdesk, '纠纷查询', d.code, '待分流');
      await untilDisputeStatus(frontdesk, d, '待分流');
      await frontdesk.getByText('分流建议', { exact: true }).waitFor();
      await timelineEntry(frontdesk, '不予受理', '杭州市财政局 不予受理').waitFor();
      await frontdesk.getByRole('row', { name: /杭州市财政局（行政裁决） 已办结/ }).waitFor();
    },
    JOURNEY_MS,
  );

  test(
    'mediator assigns a case to a colleague; the colleague finds it under 我的案件, extends it with the parties’ consent and concludes it with an agreement',
    async () => {
      const d = await mediationInProgress(hub.t, titled('相邻通行纠纷'));

      const page = await newPage();
      await signIn(page, hub.origin, 'mediator.fuyang');
      await openFromList(page, '本单位在办', d.code);
      await page
        .getByText(/富阳区人民调解委员会\s*调解\s*办理中/)
        .first()
        .waitFor();
      await page.getByText('未指派').waitFor();
      await button(page, '指派').click();
      const dialog = dialogNamed(page, '指派承办人');
      await choose(page, labelled(dialog, '承办人'), '调解员 周丽萍（mediator2.fuyang）', '周丽萍');
      await submitDialog(dialog);
      await page.getByRole('main').getByText('调解员 周丽萍', { exact: true }).waitFor();
      await button(page, '改派').waitFor();
      await timelineEntry(page, '指定承办人', '富阳区人民调解委员会 指定承办人').waitFor();

      // The colleague's day: 我的案件 lists it.
      const colleague = await newPage();
      await signIn(colleague, hub.origin, 'mediator2.fuyang');
      await menuItem(colleague, '我的案件').click();
      const row = colleague.getByRole('row', { name: new RegExp(d.code) });
      await row.waitFor();
      expect(await row.textContent()).toContain(d.title);
      await row.getByRole('link', { name: d.code }).click();
      await colleague.getByText('办理程序与期限').waitFor();
      await colleague.getByRole('main').getByText('调解员 周丽萍', { exact: true }).waitFor();
      const before = await untilClock(colleague, '办理期限', '正常计时');

      // Extended by 15 days with the parties' consent (the preset basis of a mediation).
      await button(colleague, '延长期限').click();
      const extend = dialogNamed(colleague, '延长办理期限');
      await extend.getByText('经当事人同意').waitFor();
      await labelled(extend, '延长（日）').fill('15');
      await labelled(extend, '延长理由').fill('双方同意继续调解');
      await submitDialog(extend);
      const after = await untilClock(colleague, '办理期限', '正常计时', (due) => due !== before.dueOn);
      expect(daysBetween(before.dueOn, after.dueOn)).toBeGreaterThanOrEqual(13);
      expect(daysBetween(before.dueOn, after.dueOn)).toBeLessThanOrEqual(17);
      await colleague.getByText(/延长 15 天，依据：经当事人同意，理由：双方同意继续调解（调解员 周丽萍 登记）/).waitFor();

      await button(colleague, '办结').click();
      const conclude = dialogNamed(colleague, '办结程序');
      await choose(colleague, labelled(conclude, '办理结果'), '达成调解协议');
      await labelled(conclude, '结果摘要').fill('双方达成调解协议，约定通道共同使用。');
      await submitDialog(conclude);
      await colleague.getByText(/办理结果：达成调解协议，生效日期 \d{4}-\d{2}-\d{2}/).waitFor();
      await untilClock(colleague, '司法确认申请期限', '正常计时');
      await button(colleague, '申请司法确认').waitFor();
      await untilDisputeStatus(colleague, d, '已化解');
      await timelineEntry(colleague, '办结', '富阳区人民调解委员会 办结：达成调解协议').waitFor();
    },
    JOURNEY_MS,
  );

  test(
    'frontdesk closes a resolved dispute (办结归档) after its confirmation step; cancelling first changes nothing',
    async () => {
      const d = await mediationInProgress(hub.t, titled('物业服务费纠纷'));
      await concludeProceeding(hub.t, d.proceedingId, 'AGREEMENT', 'mediator.fuyang');

      const page = await newPage();
      await signIn(page, hub.origin, 'frontdesk');
      await openFromList(page, '纠纷查询', d.code, '已化解');
      await untilDisputeStatus(page, d, '已化解');
      await button(page, '撤回申请').waitFor();

      // The confirmation step: cancelling it leaves the dispute as it was.
      await button(page, '办结归档').click();
      let dialog = dialogNamed(page, `办结归档：${d.code}`);
      await dialog.getByText('办结归档后，该纠纷不再办理，仅供查阅。').waitFor();
      await button(dialog, '取消').click();
      await dialog.waitFor({ state: 'detached' });
      await untilDisputeStatus(page, d, '已化解');

      await button(page, '办结归档').click();
      dialog = dialogNamed(page, `办结归档：${d.code}`);
      await labelled(dialog, '办结说明').fill('协议已履行，当事人无异议。');
      await submitDialog(dialog);
      await untilDisputeStatus(page, d, '已办结归档');
      await page.getByText('结案时间').waitFor();
      await timelineEntry(page, '办结归档', '纠纷办结归档').waitFor();
      // Nothing more to do with it.
      expect(await button(page, '办结归档').count()).toBe(0);
      expect(await button(page, '撤回申请').count()).toBe(0);
    },
    JOURNEY_MS,
  );

  test(
    'frontdesk records the applicant’s withdrawal (申请人撤回) after its confirmation step; the running mediation ends as withdrawn',
    async () => {
      const d = await mediationInProgress(hub.t, titled('装修噪音纠纷'));

      const page = await newPage();
      await signIn(page, hub.origin, 'frontdesk');
      await openFromList(page, '纠纷查询', d.code);
      await untilDisputeStatus(page, d, '办理中');
      // A dispute in progress cannot be closed: only withdrawal is offered.
      await button(page, '撤回申请').waitFor();
      expect(await button(page, '办结归档').count()).toBe(0);

      await button(page, '撤回申请').click();
      const dialog = dialogNamed(page, `申请人撤回：${d.code}`);
      await dialog.getByText(/撤回后，待答复的转办将被撤销，进行中的程序以“撤回”结束。/).waitFor();
      await button(dialog, '确定').click();
      await dialog.getByText('请填写撤回理由').waitFor();
      await labelled(dialog, '撤回理由').fill('双方已自行和解，申请人申请撤回。');
      await submitDialog(dialog);

      await untilDisputeStatus(page, d, '已撤回');
      await page
        .getByText(/富阳区人民调解委员会\s*调解\s*已办结/)
        .first()
        .waitFor();
      await page.getByText(/办理结果：撤回，生效日期/).waitFor();
      await timelineEntry(page, '申请人撤回', '申请人撤回纠纷调处申请').waitFor();
      await timelineEntry(page, '办结', '富阳区人民调解委员会 办结：申请人撤回').waitFor();
      expect(await button(page, '撤回申请').count()).toBe(0);
    },
    JOURNEY_MS,
  );

  test(
    "deadline alerts: clocks of the viewer's organization that become due soon, then overdue, while the console is open show as notifications, one per alert, each leading to its dispute",
    async () => {
      // Crossings that happened before this journey (demo data) are recorded now, before the page opens.
      await hub.t.hub.sweep.runOnce();

      // Two referrals reach 富阳区人民调解委员会 the same day: their 3-working-day answer clocks run together.
      const a = await registerDispute(hub.t, titled('宅基地边界纠纷'));
      const b = await registerDispute(hub.t, titled('林木权属纠纷'));
      for (const d of [a, b]) await referDispute(hub.t, d, { organization: '富阳区人民调解委员会', channel: 'MEDIATION', matterCode: 'PEOPLES-MEDIATION' });

      const page = await newPage();
      await signIn(page, hub.origin, 'mediator.fuyang');
      await menuItem(page, '转办收件箱').click();
      await page.getByRole('row', { name: new RegExp(a.code) }).waitFor();
      await page.evaluate('window.__sameDocument = true');

      /** Moves the hub's clock a day at a time until `a`'s answer clock shows `state`, then sweeps. */
      const passDaysUntil = async (state: string) => {
        for (let i = 0; i < 10 && (await referralDeadline(hub.t, a.id)).state !== state; i++) clock.advance(1);
        const shown = await referralDeadline(hub.t, a.id);
        expect(shown.state).toBe(state);
        expect(await referralDeadline(hub.t, b.id)).toEqual(shown);
        return { deadline: shown, swept: await hub.t.hub.sweep.runOnce() };
      };

      // Due soon: one warning per dispute, naming the clock and its due date.
      const soon = await passDaysUntil('DUE_SOON');
      expect(soon.swept.dueSoon).toBeGreaterThanOrEqual(2);
      for (const d of [a, b]) {
        const note = page.getByRole('alert').filter({ hasText: `即将到期：${d.code}` });
        await note.waitFor();
        expect(await note.textContent()).toContain(`${d.title} · 转办答复期限 · 截止 ${soon.deadline.dueOn}`);
      }

      // Overdue: one error notification per dispute.
      const overdue = await passDaysUntil('OVERDUE');
      expect(overdue.swept.overdue).toBeGreaterThanOrEqual(2);
      for (const d of [a, b]) {
        const note = page.getByRole('alert').filter({ hasText: `已超期：${d.code}` });
        await note.waitFor();
        expect(await note.textContent()).toContain(`${d.title} · 转办答复期限 · 截止 ${overdue.deadline.dueOn}`);
      }
      // They arrived without a reload.
      expect(await page.evaluate('window.__sameDocument')).toBe(true);

      // A notification leads to its dispute, whose timeline has both crossings. (Several notifications
      // stack; pointing at the stack spreads it out, as it does for a user.)
      await page.getByRole('alert').filter({ hasText: '已超期：' }).first().hover();
      await page
        .getByRole('alert')
        .filter({ hasText: `已超期：${a.code}` })
        .getByRole('link', { name: new RegExp(a.title) })
        .click();
      await page.waitForURL(new RegExp(`/disputes/${a.id}$`));
      await timelineEntry(page, '期限即将届满', `转办答复期限即将届满`).waitFor();
      await timelineEntry(page, '期限届满未完成', `转办答复期限已届满未完成`).waitFor();
    },
    JOURNEY_MS,
  );
});
