/**
 * What a person does in the console, step by step, through roles and labels only (getByRole /
 * getByLabel, the Chinese text a user reads): no CSS classes, no test ids. Shared by the journeys
 * (test/browser/*.test.ts) and the screenshot script (scripts/screenshots.ts).
 */
import type { Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from './console-browser';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The whole label, allowing antd's required mark ("* 姓名"), so "姓名" does not also match "申请人姓名或名称". */
export function labelled(scope: Page | Locator, text: string): Locator {
  return scope.getByLabel(new RegExp(`^\\s*\\*?\\s*${escapeRegExp(text)}\\s*$`));
}

/** A button by its text; antd puts a space between two Chinese characters ("登 录"). */
export function button(scope: Page | Locator, text: string): Locator {
  const spaced = [...text].map(escapeRegExp).join('\\s*');
  return scope.getByRole('button', { name: new RegExp(`^\\s*(\\S+\\s)?${spaced}\\s*$`) });
}

/**
 * Picks `option` in a select (an ARIA combobox) with the keyboard, as a keyboard user would: type to
 * filter (searchable selects), then move the active option until its accessible name is `option`.
 */
export async function choose(page: Page, combobox: Locator, option: string, search?: string): Promise<void> {
  await combobox.click();
  if (search) await combobox.pressSequentially(search);
  const seen: string[] = [];
  for (let i = 0; i < 80; i++) {
    const active = await combobox.getAttribute('aria-activedescendant');
    const option_ = active ? page.locator(`[id="${active}"]`) : null;
    if (option_ && (await option_.count()) === 1) {
      const name = await option_.getAttribute('aria-label');
      if (name === option) {
        await combobox.press('Enter');
        // A multiple select stays open after a pick: leave the field, as a user moving on does.
        if ((await combobox.getAttribute('aria-expanded')) === 'true') await combobox.blur();
        await until(`the options of "${option}" close`, async () => (await combobox.getAttribute('aria-expanded')) !== 'true', 5000);
        return;
      }
      if (name && seen.includes(name) && seen[0] === name && i > 1) break; // wrapped around
      if (name && !seen.includes(name)) seen.push(name);
    }
    await combobox.press('ArrowDown');
  }
  throw new Error(`option "${option}" not offered; saw: ${seen.join(', ')}`);
}

/** Polls `check` until it holds (a condition that no single locator expresses); fails with `what`. */
export async function until(what: string, check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`timed out waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function fillSignIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await labelled(page, '用户名').fill(username);
  await labelled(page, '密码').fill(password);
  await button(page, '登录').click();
}

/** Opens `path` (default `/`), signs in on the sign-in screen and waits for the navigation menu. */
export async function signIn(page: Page, origin: string, username: string, password = DEMO_PASSWORD, path = '/'): Promise<void> {
  await page.goto(`${origin}${path}`);
  await fillSignIn(page, username, password);
  await page.getByRole('menu').first().waitFor();
}

export function menuItem(page: Page, text: string): Locator {
  return page.getByRole('menuitem', { name: new RegExp(escapeRegExp(text)) });
}

export interface NewDispute {
  title: string;
  applicant: { name: string; idNumber: string; phone: string };
  respondent: { name: string };
  facts: string;
}

/**
 * Fills the registration form (纠纷登记): title, category 邻里纠纷, region 富阳区, facts, two parties, the
 * matter 人民调解 from the catalog with its application form and the materials received. Does not submit.
 */
export async function fillRegistration(page: Page, d: NewDispute): Promise<void> {
  await labelled(page, '纠纷标题').fill(d.title);
  await choose(page, labelled(page, '纠纷类别'), '邻里纠纷');
  await choose(page, labelled(page, '所属区域'), '富阳区');
  await labelled(page, '纠纷事实').fill(d.facts);
  // Two party cards: the applicant first, the respondent second (their labels repeat per card).
  await labelled(page, '姓名').nth(0).fill(d.applicant.name);
  await labelled(page, '身份证号码').nth(0).fill(d.applicant.idNumber);
  await labelled(page, '联系电话').nth(0).fill(d.applicant.phone);
  await labelled(page, '姓名').nth(1).fill(d.respondent.name);
  // The matter from the catalog; its application form (人民调解申请书) appears below it.
  await choose(page, labelled(page, '事项（事项清单）'), '人民调解', '人民调解');
  await labelled(page, '申请人姓名或名称').fill(d.applicant.name);
  await labelled(page, '申请人联系电话').fill(d.applicant.phone);
  await labelled(page, '对方当事人姓名或名称').fill(d.respondent.name);
  await choose(page, labelled(page, '纠纷类型'), '邻里纠纷');
  await labelled(page, '纠纷简要情况').fill(d.facts);
  await labelled(page, '调解请求').fill('请求对方停止侵害并赔偿损失。');
  await page.getByRole('checkbox', { name: /当事人身份证明/ }).check();
  await page.getByRole('checkbox', { name: /调解申请书或口头申请记录/ }).check();
}

/** A dialog by its title (antd modals are labelled by their title). */
export function dialogNamed(page: Page, title: string | RegExp): Locator {
  return page.getByRole('dialog', { name: typeof title === 'string' ? new RegExp(`^\\s*${escapeRegExp(title)}`) : title });
}

/** Confirms the open pop-confirm ("接收该转办？", "恢复计时？") with its OK button. */
export async function confirmPopover(page: Page, ok: string): Promise<void> {
  const popover = page.getByRole('tooltip').filter({ has: button(page, ok) });
  await button(popover, ok).click();
  await popover.waitFor({ state: 'hidden' });
}

/**
 * Presses the dialog's 确定 and waits until it has closed (the server answered and the action
 * succeeded; up to 30 s, for a loaded machine); fails with what the dialog shows instead.
 */
export async function submitDialog(dialog: Locator): Promise<void> {
  await button(dialog, '确定').click();
  try {
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
  } catch (e) {
    const shown = await dialog.textContent({ timeout: 1000 }).catch(() => null);
    throw new Error(`the dialog did not close${shown ? `; it shows: ${shown}` : ''} (${(e as Error).message.split('\n')[0]})`);
  }
}

/**
 * The handler's inbox: accepts the pending referral of dispute `code` (with its pop-confirm), then
 * opens the dispute page from the accepted view.
 */
export async function acceptFromInbox(page: Page, code: string): Promise<void> {
  await menuItem(page, '转办收件箱').click();
  const row = page.getByRole('row', { name: new RegExp(escapeRegExp(code)) });
  await button(row, '接收').click();
  await confirmPopover(page, '接收');
  await row.waitFor({ state: 'detached' });
  await page.getByRole('radiogroup').getByText('已接收', { exact: true }).click();
  await page
    .getByRole('row', { name: new RegExp(escapeRegExp(code)) })
    .getByRole('link', { name: code })
    .click();
  await page.getByText('办理程序与期限').waitFor();
}

/** Finds dispute `code` by keyword (and status, when given) in a dispute list (menu entry `menu`) and opens its page. */
export async function openFromList(page: Page, menu: string, code: string, status?: string): Promise<void> {
  await menuItem(page, menu).click();
  await labelled(page, '关键词').fill(code);
  if (status) await choose(page, labelled(page, '状态'), status);
  await button(page, '查询').click();
  await page
    .getByRole('row', { name: new RegExp(escapeRegExp(code)) })
    .getByRole('link', { name: code })
    .click();
  await page.getByText('办理程序与期限').waitFor();
}

/** A clock as the dispute page shows it: "办理期限 · 中止计时 截止 2026-05-06（剩 12 天）". */
export interface ShownClock {
  state: string;
  dueOn: string;
}

/** Reads the first clock of kind `kind` (its Chinese label, e.g. 办理期限) from the page's main area. */
export async function shownClock(page: Page, kind: string): Promise<ShownClock | null> {
  const text = (await page.getByRole('main').textContent()) ?? '';
  const m = new RegExp(`${escapeRegExp(kind)} · (\\S+?)\\s*截止 (\\d{4}-\\d{2}-\\d{2})`).exec(text);
  return m ? { state: m[1], dueOn: m[2] } : null;
}

/** Waits until the clock `kind` shows `state` (and, when given, a due date that `dueOn` accepts). */
export async function untilClock(page: Page, kind: string, state: string, dueOn?: (d: string) => boolean): Promise<ShownClock> {
  let last: ShownClock | null = null;
  try {
    await until(`the ${kind} shows ${state}`, async () => {
      last = await shownClock(page, kind);
      return !!last && last.state === state && (!dueOn || dueOn(last.dueOn));
    });
  } catch (e) {
    throw new Error(`${(e as Error).message}; it shows ${JSON.stringify(last)}`);
  }
  return last!;
}

/** An entry of the dispute's timeline: its type label (a tag) and its one-line summary. */
export function timelineEntry(page: Page, type: string, summary: string | RegExp): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByText(type, { exact: true }) })
    .filter({ hasText: summary });
}
