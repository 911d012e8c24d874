/// <reference lib="dom" />
/**
 * The console in a real browser (issue #16): typical cases, the statistics dashboard, case-file review.
 * - a mediator drafts a typical case from a concluded demo dispute (C10, 富阳区人民调解委员会), with
 *   the parties' names, ID number, phone and address and a witness's full name in the text; reviews
 *   the anonymization diff; keeping the phone number is refused at submission with the hub's Chinese
 *   message; submits; the head returns it with a reason, then approves it from the approval queue;
 *   anyone finds it among the published cases, without an account (the public area, /public), with
 *   no party's data left; withdrawn, it leaves the public list and keeps its history;
 * - the statistics dashboard shows, card by card, the figures of the `statistics` query for the same
 *   filter (read over GraphQL here), for a handler (own organization) and a reviewer (the whole city,
 *   then one organization and channel); every rate has its definition as a tooltip; the public tab
 *   shows what publicStatistics publishes;
 * - the justice bureau's reviewer runs a spot check of 富阳区财政局's concluded files (a sample of one
 *   from a recorded seed): the automatic checks with their evidence, a corrected check and a manual
 *   deduction, the report written, submitted and downloaded as a PDF.
 * Harness and when these run: support/console-browser.ts (PGlite pass only).
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { describeBrowser, launchChromium, newConsoleContext, startConsoleHub, watchPage, type ConsoleHub } from './support/console-browser';
import { button, choose, dialogNamed, labelled, menuItem, signIn, until } from './support/steps';
import { formatCount, formatDays, formatRate } from '../../web/src/routes/statistics/format';

const JOURNEY_MS = 150_000;

function todayInBeijing(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

interface Party {
  role: string;
  kind: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

const STATISTICS = `query($filter: StatisticsFilter!) { statistics(filter: $filter) {
  __typename
  ... on Statistics {
    disputesReceived today
    referrals { made received answered accepted declined responseWorkingDaysMedian responseWorkingDaysP90 }
    proceedings { received admitted notAccepted acceptanceRate concluded settled withdrawn resolutionRate concludedOnTime onTimeRate workingDaysToConcludeMedian workingDaysToConcludeP90 openNow overdueNow }
    judicialConfirmation { applications notAccepted decided confirmed confirmationRate }
    courtDelegatedMediation { received concluded settled preFilingResolutionRate }
    followUps { visits satisfactionRate performanceRate }
  }
  ... on ErrorResult { code message } } }`;

interface Stats {
  __typename: string;
  disputesReceived: number;
  referrals: { made: number; responseWorkingDaysMedian: number | null };
  proceedings: {
    acceptanceRate: number | null;
    concluded: number;
    resolutionRate: number | null;
    onTimeRate: number | null;
    workingDaysToConcludeMedian: number | null;
    openNow: number;
    overdueNow: number;
  };
  judicialConfirmation: { applications: number; confirmationRate: number | null };
  courtDelegatedMediation: { preFilingResolutionRate: number | null };
  followUps: { satisfactionRate: number | null; performanceRate: number | null };
}

/** The dashboard's cards and the figure of the query each one shows (the console's own formatting of it). */
function expectedCards(s: Stats): [string, string][] {
  return [
    ['登记纠纷', formatCount(s.disputesReceived)],
    ['受理率', formatRate(s.proceedings.acceptanceRate)],
    ['办结', formatCount(s.proceedings.concluded)],
    ['化解成功率', formatRate(s.proceedings.resolutionRate)],
    ['按期办结率', formatRate(s.proceedings.onTimeRate)],
    ['办结用时中位数', formatDays(s.proceedings.workingDaysToConcludeMedian)],
    ['当前在办', formatCount(s.proceedings.openNow)],
    ['当前超期', formatCount(s.proceedings.overdueNow)],
    ['转办', formatCount(s.referrals.made)],
    ['转办答复用时中位数', formatDays(s.referrals.responseWorkingDaysMedian)],
    ['司法确认申请', formatCount(s.judicialConfirmation.applications)],
    ['司法确认率', formatRate(s.judicialConfirmation.confirmationRate)],
    ['诉前化解率', formatRate(s.courtDelegatedMediation.preFilingResolutionRate)],
    ['回访满意率', formatRate(s.followUps.satisfactionRate)],
    ['履行率', formatRate(s.followUps.performanceRate)],
  ];
}

/** What a card shows: its title, then its value; the line under it starts with a word, never a digit. */
async function cardValueMatches(page: Page, title: string, value: string): Promise<boolean> {
  const text = ((await page.getByRole('group', { name: title, exact: true }).textContent()) ?? '').replace(/\s+/g, ' ').trim();
  if (!text.startsWith(`${title}${value}`) && !text.startsWith(`${title} ${value}`)) return false;
  const next = text.slice(text.indexOf(value) + value.length);
  return !/^[\d.%]/.test(next);
}

describeBrowser('the console in Chromium: typical cases, the statistics dashboard and case-file review', () => {
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
    if (process.env.INSIGHT_SHOTS) {
      for (const [i, w] of watched.entries()) await w.page.screenshot({ path: `${process.env.INSIGHT_SHOTS}/${Date.now()}-${i}.png`, fullPage: true }).catch(() => undefined);
    }
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

  async function gql<T>(query: string, variables: Record<string, unknown>, username: string | null): Promise<T> {
    const res = await hub.t.gql<Record<string, unknown>, Record<string, unknown>>(query, variables, username ? await hub.t.login(username) : null);
    if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  /** Presses the dialog's `ok` button and waits until it has closed (the action succeeded); fails with what the dialog shows instead. */
  async function submitDialogWith(dialog: Locator, ok: string): Promise<void> {
    await button(dialog, ok).click();
    try {
      await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    } catch (e) {
      const shown = await dialog.textContent({ timeout: 1000 }).catch(() => null);
      throw new Error(`the dialog did not close${shown ? `; it shows: ${shown}` : ''} (${(e as Error).message.split('\n')[0]})`);
    }
  }

  /** Presses the open pop-confirm's `ok` and waits until it has gone. */
  async function confirm(page: Page, ok: string): Promise<void> {
    const popover = page.getByRole('tooltip').filter({ has: button(page, ok) });
    await button(popover, ok).click();
    await popover.waitFor({ state: 'hidden', timeout: 30_000 });
  }

  test(
    'typical case: a mediator drafts from a concluded demo dispute, reviews the anonymization diff, is refused while a phone number is kept, submits; the head returns it with a reason, then publishes it; the public list shows it with no party’s data; withdrawn, it leaves the public and keeps its record',
    async () => {
      // The demo dispute C10 (富阳区, RESOLVED by 富阳区人民调解委员会) and its parties as the handling organization reads them.
      const found = await gql<{ disputes: { edges: { node: { id: string; code: string } }[] } }>(
        'query { disputes(filter: { search: "相邻房屋滴水及排水沟纠纷" }) { edges { node { id code } } } }',
        {},
        'mediator.fuyang',
      );
      expect(found.disputes.edges).toHaveLength(1);
      const { id: disputeId, code } = found.disputes.edges[0].node;
      const { dispute } = await gql<{ dispute: { parties: Party[] } }>(
        'query($id: ID!) { dispute(id: $id) { parties { role kind name idNumber phone address } } }',
        { id: disputeId },
        'mediator.fuyang',
      );
      const [applicant, respondent] = dispute.parties;
      expect(applicant.idNumber && applicant.phone && respondent.name).toBeTruthy();
      const stamp = `${Date.now() % 1_000_000}`;
      const title = `相邻排水纠纷调解案${stamp}`;
      // The demo's parties carry pseudonyms already (陈某华: the pass keeps a name with 某); a witness named in full is replaced.
      const witness = '王建国';
      const facts = `申请人${applicant.name}（身份证号码：${applicant.idNumber}）住${applicant.address}，联系电话${applicant.phone}，与被申请人${respondent.name}系前后邻居。${respondent.name}翻建房屋后屋檐外扩，雨水流入${applicant.name}院内，致墙基受潮开裂，证人${witness}称曾多次看到积水。`;

      // The mediator opens the dispute and starts a typical case from it.
      const page = await newPage();
      await signIn(page, hub.origin, 'mediator.fuyang', undefined, `/disputes/${disputeId}`);
      await page.getByText(code).first().waitFor();
      await button(page, '撰写典型案例').click();
      await page.getByText('已按纠纷事实和办理结果预填').waitFor();
      // Prefilled: the outcome of the proceeding.
      expect(await labelled(page, '【处理结果】').inputValue()).toContain('双方达成调解协议');
      await labelled(page, '标题').fill(title);
      await labelled(page, '【基本案情】').fill(facts);
      await labelled(page, '【典型意义】').fill('本案是人民调解组织就近化解相邻排水纠纷的典型案例，调解员实地查看、释法明理，促成双方互谅互让。');
      await button(page, '保存草稿').click();
      await page.waitForURL(/\/typical-cases\/[0-9a-f-]{36}$/);

      // The diff: the ID number (with its bracket) and the phone deleted, the address cut to the district, the witness's name replaced.
      const diff = page.getByRole('region', { name: '匿名化对照' });
      await diff.waitFor();
      const removed = await diff.locator('del').allTextContents();
      const inserted = await diff.locator('ins').allTextContents();
      expect(removed).toEqual(expect.arrayContaining([applicant.phone, witness]));
      expect(removed.some((r) => r.includes(applicant.idNumber!))).toBe(true);
      expect(removed.some((r) => applicant.address!.endsWith(r) && r.length >= 4)).toBe(true);
      expect(inserted).toEqual(expect.arrayContaining([`${witness[0]}某`]));
      expect(inserted.join('')).not.toContain(applicant.idNumber);
      await page.getByText('发布检查：匿名化文本中未发现可识别当事人的信息。').waitFor();

      // Keeping the applicant's phone: saved, but the check names it and submission is refused in Chinese.
      await page.getByRole('tab', { name: '替换清单' }).click();
      await page.getByRole('checkbox', { name: `保留 ${applicant.phone}` }).check();
      await button(page, '保存并重新匿名化').click();
      await page.getByText(/发布检查：匿名化文本中仍有 \d+ 处可识别当事人的信息/).waitFor();
      expect(await page.getByRole('alert').filter({ hasText: '发布检查' }).textContent()).toMatch(/【?基本案情】?第 \d+–\d+ 字仍有电话号码（申请人）/);
      await button(page, '提交审批').click();
      await confirm(page, '提交');
      await page
        .getByRole('alert')
        .filter({ hasText: /不能提交审批/ })
        .waitFor();

      // Not kept any more: saved and submitted in one go.
      await page.getByRole('checkbox', { name: `保留 ${applicant.phone}` }).uncheck();
      await button(page, '提交审批').click();
      await confirm(page, '提交');
      await until('the case shows as submitted', async () => /待审批|已提交/.test((await page.getByRole('main').textContent()) ?? ''), 20_000);

      // The head finds it in the approval queue and first sends it back with a reason.
      const head = await newPage();
      await signIn(head, hub.origin, 'head.mediation-fuyang');
      await menuItem(head, '典型案例审批').click();
      await head.getByRole('link', { name: title }).click();
      await button(head, '退回修改').click();
      const back = dialogNamed(head, '退回修改');
      await labelled(back, '退回理由').fill('请补充调解员现场踏勘的做法');
      await submitDialogWith(back, '退回');
      await until('the case shows as a draft again', async () => /草稿/.test((await head.getByRole('main').textContent()) ?? ''), 20_000);

      // The mediator reads the reason in the history and submits again.
      await page.reload();
      await page.getByRole('tab', { name: '审批记录' }).click();
      await page.getByText('理由：请补充调解员现场踏勘的做法').waitFor();
      await button(page, '提交审批').click();
      await confirm(page, '提交');
      await until('the case is submitted again', async () => /待审批/.test((await page.getByRole('main').textContent()) ?? ''), 20_000);

      // The head publishes it.
      await menuItem(head, '典型案例审批').click();
      await head.getByRole('link', { name: title }).click();
      await button(head, '批准发布').click();
      await confirm(head, '发布');
      await until('the case shows as published', async () => /已发布/.test((await head.getByRole('main').textContent()) ?? ''), 20_000);

      // Anyone reads it among the published cases, without an account (the sign-in page links to
      // what the center publishes): nothing of the parties' records is left.
      const reader = await newPage();
      await reader.goto(`${hub.origin}/`);
      await reader.getByRole('link', { name: '典型案例与公开数据（无需登录）' }).click();
      await reader.getByRole('link', { name: title }).click();
      expect(new URL(reader.url()).pathname).toMatch(/^\/public\/cases\//);
      const full = reader.getByRole('region', { name: '案例全文' });
      await full.waitFor();
      const text = (await reader.getByRole('main').textContent()) ?? '';
      expect(text).toContain('【基本案情】');
      expect(text).toContain(`证人${witness[0]}某称`);
      expect(text).not.toContain(witness);
      for (const p of dispute.parties) {
        for (const v of [p.idNumber, p.phone, p.address]) if (v) expect(text).not.toContain(v);
        // A name the records hold in full is never published; a pseudonym (with 某) is what the pass publishes.
        if (!p.name.includes('某')) expect(text).not.toContain(p.name);
      }
      expect(text).not.toContain(code);

      // Withdrawn by the head: gone from the public, the record and its history kept.
      await button(head, '撤回').click();
      const withdraw = dialogNamed(head, '撤回典型案例');
      await labelled(withdraw, '撤回理由').fill('案例内容需要重新核实');
      await submitDialogWith(withdraw, '撤回');
      await until('the case shows as withdrawn', async () => /已撤回/.test((await head.getByRole('main').textContent()) ?? ''), 20_000);
      await head.getByRole('tab', { name: '审批记录' }).click();
      await head.getByText('理由：案例内容需要重新核实').waitFor();
      await reader.reload();
      await reader.getByText('未找到该典型案例').waitFor();
      // The public's other page: the city's figures, still without an account.
      await reader.getByRole('menuitem', { name: '公开数据' }).click();
      await reader.getByText('全市各渠道按月的接收案件数').waitFor();
      expect(await reader.getByRole('button', { name: '登录' }).count()).toBe(0);
    },
    JOURNEY_MS,
  );

  test(
    'statistics: the dashboard shows the figures of the statistics query for the same filter (a handler’s organization; a reviewer’s whole city, then one organization and channel), each rate with its definition; the public tab',
    async () => {
      const from = `${todayInBeijing().slice(0, 4)}-01-01`;
      const to = todayInBeijing();

      async function expectCards(page: Page, expected: Stats): Promise<void> {
        for (const [title, value] of expectedCards(expected)) {
          try {
            await until(`the card ${title} shows ${value}`, () => cardValueMatches(page, title, value), 15_000);
          } catch (e) {
            const shown = await page.getByRole('group', { name: title, exact: true }).textContent();
            throw new Error(`${(e as Error).message}; it shows ${shown}`);
          }
        }
      }

      // A handler: the own organization, this year (the default filter).
      const page = await newPage();
      await signIn(page, hub.origin, 'mediator.fuyang');
      await menuItem(page, '统计分析').click();
      const own = (await gql<{ statistics: Stats }>(STATISTICS, { filter: { from, to } }, 'mediator.fuyang')).statistics;
      expect(own.__typename).toBe('Statistics');
      // Not a dashboard of zeros: the demo data has concluded cases at this organization this year.
      expect(own.proceedings.concluded).toBeGreaterThan(0);
      await expectCards(page, own);
      // A rate's definition, on hover.
      await page.getByRole('img', { name: '化解成功率的口径' }).hover();
      await page.getByRole('tooltip').filter({ hasText: '化解成功率 = 化解成功数 ÷ 办结数' }).waitFor();
      // The charts are drawn (one query per month for the trend).
      await page.getByRole('img', { name: '办理量' }).waitFor();
      await page.getByRole('img', { name: '趋势' }).waitFor();

      // A reviewer: the whole city, then 富阳区人民调解委员会 in the mediation channel.
      const reviewer = await newPage();
      await signIn(reviewer, hub.origin, 'reviewer');
      await menuItem(reviewer, '统计分析').click();
      const city = (await gql<{ statistics: Stats }>(STATISTICS, { filter: { from, to } }, 'reviewer')).statistics;
      expect(city.disputesReceived).toBeGreaterThan(own.disputesReceived);
      await expectCards(reviewer, city);
      const orgs = await gql<{ organizations: { id: string; name: string }[] }>('{ organizations { id name } }', {}, null);
      const fuyang = orgs.organizations.find((o) => o.name === '富阳区人民调解委员会')!;
      await choose(reviewer, labelled(reviewer, '单位'), '富阳区人民调解委员会', '富阳区人民调解');
      await choose(reviewer, labelled(reviewer, '渠道'), '调解');
      await button(reviewer, '统计').click();
      const slice = (await gql<{ statistics: Stats }>(STATISTICS, { filter: { from, to, organizationId: fuyang.id, channel: 'MEDIATION' } }, 'reviewer')).statistics;
      await reviewer.getByText(/富阳区人民调解委员会 · \d{4}-01-01 至/).waitFor();
      await expectCards(reviewer, slice);

      // The public view: what publicStatistics publishes, small cells suppressed.
      await reviewer.getByRole('tab', { name: '公开数据' }).click();
      const year = Number(to.slice(0, 4));
      const cells = (
        await gql<{ publicStatistics: { channel: string; month: number; suppressed: boolean; received: number | null; concluded: number | null }[] }>(
          'query($y: Int!) { publicStatistics(year: $y) { channel month suppressed received concluded } }',
          { y: year },
          null,
        )
      ).publicStatistics;
      const published = cells.filter((c) => !c.suppressed);
      if (published.length === 0) {
        await reviewer.getByText('本年度暂无可公开的数据（各单元格数量均少于 5）').waitFor();
      } else {
        // The table comes with the tab's own query: wait for its first published cell, then read them all.
        await reviewer.getByText(`${published[0].received}/${published[0].concluded}`).first().waitFor();
        const shown = (await reviewer.getByRole('main').textContent()) ?? '';
        for (const c of published) expect(shown).toContain(`${c.received}/${c.concluded}`);
      }
    },
    JOURNEY_MS,
  );
  test(
    'case-file review: the justice bureau’s reviewer opens a spot check of 富阳区财政局 (a sample of one file from a recorded seed), starts it, reads the automatic checks with their evidence, corrects one with a reason and deducts on a substance item, writes and submits the report and downloads it',
    async () => {
      const page = await newPage();
      await signIn(page, hub.origin, 'reviewer');
      await menuItem(page, '案卷评查').click();
      await button(page, '新建评查').click();
      const stamp = `${Date.now() % 1_000_000}`;
      const title = `浏览器测试·抽查 ${stamp}`;
      await page.getByRole('radio', { name: '抽查' }).check();
      await choose(page, labelled(page, '被评查单位'), '富阳区财政局', '富阳区财政局');
      await labelled(page, '名称').fill(title);
      await page.getByRole('radio', { name: '随机抽取' }).check();
      await labelled(page, '抽取件数').fill('1');
      await labelled(page, '随机种子').fill(`journey-${stamp}`);
      // A scope without concluded files (the bureau handles no petitions) is refused with the hub's Chinese message.
      await choose(page, labelled(page, '渠道'), '信访');
      await button(page, '创建').click();
      await page.getByRole('alert').filter({ hasText: '没有已办结' }).waitFor();
      expect(page.url()).toMatch(/\/review\/new$/);
      await choose(page, labelled(page, '渠道'), '行政裁决');
      await button(page, '创建').click();
      await page.waitForURL(/\/review\/[0-9a-f-]{36}$/);
      const campaignId = page.url().split('/').pop()!;
      await page.getByText(title).first().waitFor();
      expect(await page.getByRole('main').textContent()).toContain(`种子 journey-${stamp}`);

      // Started: the sample is drawn, the files listed with their automatic checks.
      await button(page, '启动评查').click();
      await confirm(page, '启动');
      const fileLink = page.getByRole('link', { name: /^HZ\d{4}-\d{6}$/ });
      await fileLink.first().waitFor({ timeout: 30_000 });
      expect(await fileLink.count()).toBe(1);
      await fileLink.first().click();
      await page.waitForURL(/\/review\/files\/[0-9a-f-]{36}$/);
      const fileId = page.url().split('/').pop()!;

      // The checks as the server computed them, each with its evidence on the page.
      const { reviewFile } = await gql<{ reviewFile: { checks: { code: string; status: string; evidence: { summary: string } }[] } }>(
        'query($id: ID!) { reviewFile(id: $id) { checks { code status evidence { summary } } } }',
        { id: fileId },
        'reviewer',
      );
      expect(reviewFile.checks.length).toBeGreaterThan(0);
      const main = page.getByRole('main');
      // The file's page, not the campaign's still on screen while the route loads (its table has an 自动检查 column too).
      await page.getByRole('link', { name: '返回评查' }).waitFor();
      await page.locator('.ant-card-head-title', { hasText: '自动检查' }).waitFor();
      await page.getByText(reviewFile.checks[0].evidence.summary).first().waitFor();
      const shown = (await main.textContent()) ?? '';
      for (const c of reviewFile.checks) expect(shown).toContain(c.evidence.summary);

      // Correct the first check with a reason; deduct on an item a machine cannot judge.
      const first = reviewFile.checks[0];
      const labels = await gql<{ enumLabels: { value: string; label: string }[] }>('query { enumLabels(enums: ["ReviewCheckCode", "ReviewCheckStatus"]) { value label } }', {}, null);
      const nameOf = (v: string) => labels.enumLabels.find((l) => l.value === v)!.label;
      const checkName = nameOf(first.code);
      const correctedTo = first.status === 'PASS' ? 'NOT_APPLICABLE' : 'PASS';
      await page
        .getByRole('radiogroup', { name: `${checkName}的评查意见` })
        .getByRole('radio', { name: '更正' })
        .check();
      await choose(page, page.getByRole('combobox', { name: `${checkName}更正为` }), nameOf(correctedTo));
      await page.getByRole('textbox', { name: `${checkName}更正理由` }).fill('卷内另有记录可以证明，自动检查未能识别');
      const substance = page.getByRole('spinbutton', { name: /扣分$/ });
      await substance.last().fill('2');
      await button(page, '提交评分').click();
      await page.getByRole('group', { name: /^初评/ }).waitFor({ timeout: 30_000 });
      const { reviewFile: scored } = await gql<{ reviewFile: { finalScore: number | null; rounds: { score: number; decisions: { code: string; confirmed: boolean }[] }[] } }>(
        'query($id: ID!) { reviewFile(id: $id) { finalScore rounds { score decisions { code confirmed } } } }',
        { id: fileId },
        'reviewer',
      );
      expect(scored.rounds).toHaveLength(1);
      expect(scored.rounds[0].decisions.find((d) => d.code === first.code)?.confirmed).toBe(false);
      expect(scored.finalScore).not.toBeNull();
      expect(await page.getByRole('group', { name: /^初评/ }).textContent()).toContain(`${scored.finalScore} 分`);
      expect(await page.getByRole('group', { name: /^初评/ }).textContent()).toContain('卷内另有记录可以证明');

      if (process.env.INSIGHT_SHOTS) await page.screenshot({ path: `${process.env.INSIGHT_SHOTS}/review-file.png`, fullPage: true });

      // The report: its statistics, the six sections, submitted; then downloaded as a PDF.
      await page.getByRole('link', { name: '返回评查' }).click();
      await page.getByRole('tab', { name: '评查报告' }).click();
      await page.getByText('平均得分').waitFor();
      const sections = ['一、评查工作开展情况', '二、贯彻落实浙政办发〔2019〕61号文件情况', '三、存在的问题', '四、原因分析', '五、整改措施', '六、可推广的经验做法'];
      for (const [i, s] of sections.entries()) await labelled(page, s).fill(`第${i + 1}部分：按评查标准逐项评查，结合案卷情况如实填写。`);
      await button(page, '提交报告').click();
      await confirm(page, '提交');
      await until('the campaign shows as reported', async () => /已报送/.test((await page.getByRole('main').textContent()) ?? ''), 30_000);
      const { reviewCampaign } = await gql<{ reviewCampaign: { status: string; report: { problems: string } } }>(
        'query($id: ID!) { reviewCampaign(id: $id) { status report { problems } } }',
        { id: campaignId },
        'reviewer',
      );
      expect(reviewCampaign.status).toBe('REPORTED');
      expect(reviewCampaign.report.problems).toContain('第3部分');
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button(page, '下载 PDF').click()]);
      expect(download.suggestedFilename()).toMatch(/\.pdf$/);
      expect(
        readFileSync(await download.path())
          .subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    },
    JOURNEY_MS,
  );
});
