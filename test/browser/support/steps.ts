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
