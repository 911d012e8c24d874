/// <reference lib="dom" />
/**
 * The console in a real browser (issue #15): the case file (案卷) — uploads at registration and on
 * the dispute, the materials checklist, legal documents issued, previewed and downloaded, the
 * 送达地址确认书 and service of a decision with its completion dates.
 * Setup that another role did earlier goes through the API; every act of the journey's person goes
 * through the console, and every check reads what the page shows (or what the browser downloaded).
 * Harness and when these run: support/console-browser.ts (PGlite pass only).
 */
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { creditCode } from '../support/fixtures';
import { describeBrowser, launchChromium, newConsoleContext, startConsoleHub, watchPage, type ConsoleHub } from './support/console-browser';
import { acceptReferral, organizationId } from './support/hub-api';
import { button, choose, dialogNamed, fillRegistration, labelled, menuItem, signIn, submitDialog, until, type NewDispute } from './support/steps';
import { makeResidentId } from '../../src/core/validation';

const JOURNEY_MS = 120_000;
/** Issuing renders the PDF (with its embedded Chinese font) and the DOCX: the first one in a process takes seconds. */
const RENDER_MS = 45_000;

/** A small valid PDF (pdfkit's built-in font: ASCII text only). */
function makePdf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A5' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text(text);
    doc.end();
  });
}

function pdfFile(name: string, buffer: Buffer): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/pdf', buffer };
}

/** Today in Beijing (the console's and the hub's date). */
function todayInBeijing(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** Presses the dialog's `ok` button and waits until it has closed (the action succeeded); fails with what the dialog shows instead. */
async function submit(dialog: Locator, ok: string, timeout = 30_000): Promise<void> {
  await button(dialog, ok).click();
  try {
    await dialog.waitFor({ state: 'detached', timeout });
  } catch (e) {
    const shown = await dialog.textContent({ timeout: 1000 }).catch(() => null);
    throw new Error(`the dialog did not close${shown ? `; it shows: ${shown}` : ''} (${(e as Error).message.split('\n')[0]})`);
  }
}

/** Confirms the open pop-confirm and waits until its mutation has answered (it stays open, loading, until then). */
async function confirm(page: Page): Promise<void> {
  const popover = page.getByRole('tooltip').filter({ has: button(page, '确定') });
  await button(popover, '确定').click();
  await popover.waitFor({ state: 'hidden', timeout: 30_000 });
}

/** The uploaded file `name` in an upload control's list has finished. */
async function uploaded(scope: Page | Locator, name: string): Promise<void> {
  await scope.getByRole('listitem').filter({ hasText: name }).getByText('已上传').waitFor();
}

describeBrowser('the console in Chromium: the case file — uploads, checklist, documents, service', () => {
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
    // CASEFILE_SHOTS=dir: a screenshot of every page as the journey left it (to see why one failed).
    if (process.env.CASEFILE_SHOTS) {
      for (const [i, w] of watched.entries())
        await w.page.screenshot({ path: `${process.env.CASEFILE_SHOTS}/${expect.getState().currentTestName?.length}-${i}.png`, fullPage: true }).catch(() => undefined);
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

  /** The 案卷 card of the dispute page. */
  function caseFile(page: Page): Locator {
    return page.getByRole('region', { name: '案卷', exact: true });
  }

  test(
    'frontdesk: a disallowed file is refused with the hub’s message; registers with an uploaded PDF in a FILE field, sees it in the application and the case file, downloads it, issues the 告知书 and records the acknowledgement',
    async () => {
      const page = await newPage();
      await signIn(page, hub.origin, 'frontdesk');
      await menuItem(page, '纠纷登记').click();
      const stamp = `${Date.now() % 1_000_000}`;
      const d: NewDispute = {
        title: `浏览器测试·案卷登记 ${stamp}`,
        facts: '申请人称邻居在公共走道堆放杂物，影响通行，多次协商未果。',
        applicant: { name: '陶某某', idNumber: makeResidentId(`33018319820303${stamp.slice(-3)}`), phone: '13900005678' },
        respondent: { name: '钱某某' },
      };
      await fillRegistration(page, d);

      // The FILE field of the application form (相关证据材料) is an upload control.
      const field = labelled(page, '相关证据材料');
      // A text file is refused by the hub (415), with its Chinese message; nothing goes into the form.
      await field.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text, not an allowed type\n'.repeat(20)) });
      const refused = page.getByRole('listitem').filter({ hasText: '说明.txt' });
      await refused.getByText(/上传失败：.*(只接受|不是允许的类型)/).waitFor();
      await refused.getByRole('button', { name: '移除 说明.txt' }).click();
      await refused.waitFor({ state: 'detached' });
      // A PDF is uploaded at once (a pending upload), with its size.
      const evidence = await makePdf('Photos of the blocked corridor, 2026. Evidence for the application.');
      await field.setInputFiles(pdfFile('走道照片.pdf', evidence));
      await uploaded(page, '走道照片.pdf');
      expect(await page.getByRole('listitem').filter({ hasText: '走道照片.pdf' }).textContent()).toMatch(/\d+(\.\d)? KB/);

      await button(page, '登记').click();
      await page.getByText(d.title).first().waitFor();
      const disputeUrl = page.url();
      expect(disputeUrl).toMatch(/\/disputes\/[0-9a-f-]{36}$/);

      // The application form shows the file by name (not an id), with a download.
      await page.getByRole('button', { name: '下载 走道照片.pdf' }).first().waitFor();

      // The case file: the ticked materials are on the checklist as paper originals.
      const cf = caseFile(page);
      await cf.getByRole('tab', { name: /材料清单/ }).click();
      const idRow = cf.getByRole('row', { name: /当事人身份证明/ });
      await until('the checklist shows the identity documents received on paper', async () => /已收取.*已收纸质原件/.test((await idRow.textContent()) ?? ''));
      expect(await cf.getByRole('row', { name: /与纠纷有关的证据材料/ }).textContent()).toContain('缺少');

      // The file is in the case file; the download is the uploaded PDF, byte for byte.
      await cf.getByRole('tab', { name: /案卷文件/ }).click();
      const fileRow = cf.getByRole('row', { name: /走道照片\.pdf/ });
      await fileRow.waitFor();
      expect(await fileRow.textContent()).toContain('上传');
      const [download] = await Promise.all([page.waitForEvent('download'), fileRow.getByRole('button', { name: '下载 走道照片.pdf' }).click()]);
      expect(download.suggestedFilename()).toBe('走道照片.pdf');
      expect(readFileSync(await download.path()).equals(evidence)).toBe(true);

      // The 告知书: not given yet; issued from the case file; then the applicant's acknowledgement.
      expect(await cf.textContent()).toMatch(/告知书：\s*尚未出具/);
      await button(cf, '出具告知书').click();
      const dialog = dialogNamed(page, '出具告知书');
      await dialog.waitFor();
      // The kind is set, the applicant pre-selected as recipient.
      expect(await dialog.textContent()).toContain('陶某某');
      await submit(dialog, '制发', RENDER_MS);
      await until('the case file shows the notice and that it is not acknowledged', async () => /告知书：.*〔\d{4}〕\d+号.*申请人未确认/.test((await cf.textContent()) ?? ''));
      await button(cf, '登记申请人已确认').first().click();
      await confirm(page);
      await until('the case file shows the acknowledgement', async () => /申请人已确认 \d{4}\/\d{2}\/\d{2}/.test((await cf.textContent()) ?? ''));
      // It is one of the documents, with its PDF generated into the case file.
      await cf.getByRole('tab', { name: /法律文书/ }).click();
      const notice = cf.getByRole('region', { name: /调解告知书|纠纷化解途径告知书/ });
      await notice.waitFor();
      expect(await notice.textContent()).toMatch(/第 1 版.*已制发.*待送达/);
      await cf.getByRole('tab', { name: /案卷文件/ }).click();
      await cf.getByRole('row', { name: /告知书.*\.pdf.*系统生成/ }).waitFor();
    },
    JOURNEY_MS,
  );

  /**
   * Setup (the frontdesk and the referral, earlier): a procurement complaint of two organizations,
   * referred to 富阳区财政局 and accepted and admitted there (IN_PROGRESS); returns the dispute's id.
   */
  async function procurementInProgress(what: string): Promise<string> {
    const t = hub.t;
    const frontdesk = await t.login('frontdesk');
    const adjudicator = await t.login('adjudicator.fuyang-finance');
    const stamp = `${Date.now() % 1_000_000}`;
    const uscc = creditCode();
    const reg = await t.gql<{ registerDispute: { id?: string; code?: string; message?: string } }, Record<string, unknown>>(
      `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { ... on Dispute { id code } ... on ErrorResult { message } } }`,
      {
        input: {
          title: `浏览器测试·${what} ${stamp}`,
          facts: '投诉人认为采购文件设置了排他性技术参数，经质疑后采购人答复不予支持，现向财政部门投诉。',
          category: 'GOVERNMENT_PROCUREMENT',
          matterCode: 'GOV-PROCUREMENT-COMPLAINT',
          region: '富阳区',
          source: 'WALK_IN',
          applicationData: {
            complainantName: '杭州某某科技有限公司',
            complainantCreditCode: uscc,
            complainantAddress: '杭州市富阳区银湖街道某路1号',
            contactName: '张三',
            contactIdNumber: makeResidentId(`33018319800808${stamp.slice(-3)}`),
            contactPhone: '13812345678',
            respondentName: '杭州市富阳区某中学',
            projectName: '教学设备采购项目',
            projectNumber: `FYCG-2026-${stamp.slice(-3)}`,
            procurementMethod: '公开招标',
            questionDate: '2026-02-12',
            complaintMatters: '请求认定采购文件违法并责令修改。',
            factsAndGrounds: '《政府采购法》第二十二条。',
          },
          parties: [
            { role: 'APPLICANT', kind: 'ORGANIZATION', name: '杭州某某科技有限公司', idNumber: uscc, phone: '0571-63312345', address: '杭州市富阳区银湖街道某路1号' },
            { role: 'RESPONDENT', kind: 'ORGANIZATION', name: '杭州市富阳区某中学', address: '杭州市富阳区富春街道某路8号' },
          ],
        },
      },
      frontdesk,
    );
    const dispute = reg.data?.registerDispute;
    if (!dispute?.id) throw new Error(`setup: registerDispute failed: ${JSON.stringify(reg)}`);
    const version = (await t.gql<{ dispute: { version: number } }, { id: string }>('query($id: ID!) { dispute(id: $id) { version } }', { id: dispute.id }, frontdesk)).data!.dispute.version;
    const referral = await t.gql<{ referDispute: { id?: string } }, Record<string, unknown>>(
      `mutation($input: ReferDisputeInput!) { referDispute(input: $input) { ... on Referral { id } ... on ErrorResult { message } } }`,
      {
        input: {
          disputeId: dispute.id,
          expectedVersion: version,
          toOrganizationId: await organizationId(t, '富阳区财政局'),
          channel: 'ADJUDICATION',
          kind: 'TRANSFER',
          matterCode: 'GOV-PROCUREMENT-COMPLAINT',
          reason: '属财政部门政府采购投诉处理职责',
        },
      },
      frontdesk,
    );
    const proceeding = await acceptReferral(t, referral.data!.referDispute.id!, 'adjudicator.fuyang-finance');
    const admitted = await t.gql<{ admitProceeding: { __typename: string } }, { id: string }>(
      `mutation($id: ID!) { admitProceeding(id: $id, caseNumber: "富财采投〔2026〕${Number(stamp.slice(-3))}号") { __typename } }`,
      { id: proceeding.id },
      adjudicator,
    );
    expect(admitted.data?.admitProceeding.__typename).toBe('Proceeding');
    return dispute.id;
  }

  test(
    'adjudicator of 富阳区财政局: a 补正通知书 listing the missing materials pauses the clock; its text previewed; a material received as a file uploaded in the dialog; the supplement recorded and the clock runs again',
    async () => {
      const disputeId = await procurementInProgress('采购投诉补正');
      const page = await newPage();
      await signIn(page, hub.origin, 'adjudicator.fuyang-finance', undefined, `/disputes/${disputeId}`);
      await page.getByText('办理程序与期限').waitFor();
      const cf = caseFile(page);
      await cf.getByRole('tab', { name: /材料清单/ }).click();
      await cf.getByText(/尚缺必需材料 5 项/).waitFor();

      // 补正通知书: the dialog lists the missing required materials; issued, it pauses the handling clock.
      await button(cf, '制发文书').click();
      let dialog = dialogNamed(page, '制发文书');
      await dialog.waitFor();
      await choose(page, labelled(dialog, '文书种类'), '补正通知书');
      await dialog.getByText(/通知书将一次性列明缺少的必需材料：投诉书正本及副本、/).waitFor();
      await labelled(dialog, '补正期限（工作日）').fill('5');
      await submit(dialog, '制发', RENDER_MS);
      await cf.getByRole('tab', { name: /法律文书/ }).click();
      const supplement = cf.getByRole('region', { name: /政府采购投诉补正通知书/ });
      await supplement.waitFor();
      expect(await supplement.textContent()).toMatch(/补正期限 · 正常计时\s*截止 \d{4}-\d{2}-\d{2}/);
      await page
        .getByText(/中止中/)
        .first()
        .waitFor();
      // Its text lists what is missing.
      await supplement.getByRole('button', { name: /^预览/ }).click();
      const preview = page.getByRole('dialog', { name: /政府采购投诉补正通知书/ });
      const body = preview.getByRole('region', { name: '文书正文' });
      await body.waitFor();
      expect(await body.textContent()).toMatch(/投诉书正本及副本[\s\S]*法定代表人身份证明书/);
      await page.keyboard.press('Escape');
      await preview.waitFor({ state: 'hidden' });

      // A material arrives: recorded as received, as a file uploaded in the dialog.
      await cf.getByRole('tab', { name: /材料清单/ }).click();
      await cf.getByRole('button', { name: '登记 投诉书正本及副本', exact: true }).click();
      dialog = dialogNamed(page, '登记材料：投诉书正本及副本');
      await dialog.waitFor();
      expect(await dialog.getByRole('radio', { name: '已收取' }).isChecked()).toBe(true);
      expect(await dialog.getByRole('radio', { name: '电子文件' }).isChecked()).toBe(true);
      await labelled(dialog, '上传新文件').setInputFiles(pdfFile('投诉书正本.pdf', await makePdf('Complaint letter, signed and sealed.')));
      await uploaded(dialog, '投诉书正本.pdf');
      await submitDialog(dialog);
      const letterRow = cf.getByRole('row', { name: /投诉书正本及副本/ });
      await until('the checklist shows the complaint letter received as a file', async () => /已收取.*电子文件.*投诉书正本\.pdf/.test((await letterRow.textContent()) ?? ''));
      await cf.getByText(/尚缺必需材料 4 项/).waitFor();

      // The supplement is recorded: the clock runs again.
      await cf.getByRole('tab', { name: /法律文书/ }).click();
      await button(supplement, '登记已补正').click();
      await confirm(page);
      await until('the supplement clock is met and the proceeding runs again', async () => /补正期限 · 按期完成/.test((await supplement.textContent()) ?? ''));
      await page
        .getByText(/中止中/)
        .first()
        .waitFor({ state: 'detached' });
    },
    JOURNEY_MS,
  );

  test(
    'adjudicator of 富阳区财政局: a decision refused without the remedy bodies, then issued with all parts, previewed and its PDF downloaded; 送达地址确认书 with electronic consent; electronic service refused without consent; served electronically and by post with evidence uploaded in the dialog; completion dates and 已全部送达',
    async () => {
      const disputeId = await procurementInProgress('采购投诉决定送达');
      const page = await newPage();
      await signIn(page, hub.origin, 'adjudicator.fuyang-finance', undefined, `/disputes/${disputeId}`);
      await page.getByText('办理程序与期限').waitFor();
      const cf = caseFile(page);
      let dialog: Locator;

      // The decision: without the remedy bodies the hub refuses and names what is missing.
      await button(cf, '制发文书').click();
      dialog = dialogNamed(page, '制发文书');
      await dialog.waitFor();
      await choose(page, labelled(dialog, '文书种类'), '处理决定书');
      // Every party is pre-selected as a recipient of a decision.
      expect(await dialog.textContent()).toMatch(/受送达人\s*杭州某某科技有限公司（申请人）\s*杭州市富阳区某中学（被申请人）/);
      await labelled(dialog, '请求事项').fill('投诉人请求认定采购文件第三章第5项技术参数具有排他性，责令修改采购文件。');
      await labelled(dialog, '查明的事实和证据').fill('经查，采购文件第三章第5项要求投标产品具有特定品牌的专利技术，限制了其他供应商参与竞争。上述事实有采购文件、质疑函、质疑答复等证据证明。');
      await labelled(dialog, '理由和法律依据').fill('依据《中华人民共和国政府采购法实施条例》第二十条第（二）项、《政府采购质疑和投诉办法》第三十一条的规定。');
      await labelled(dialog, '处理结果').fill('投诉事项成立。责令采购人修改采购文件后重新开展采购活动。');
      await labelled(dialog, '履行方式和期限').fill('采购人应当自收到本决定书之日起十五日内修改采购文件，并将修改情况书面报告本机关。');
      await button(dialog, '制发').click();
      await dialog.getByText(/决定书缺少法定必备内容：行政复议机关（全称）、人民法院（全称）/).waitFor();
      await labelled(dialog, '行政复议机关（全称）').fill('杭州市富阳区人民政府');
      await labelled(dialog, '人民法院（全称）').fill('杭州市富阳区人民法院');
      await submit(dialog, '制发', RENDER_MS);
      const decision = cf.getByRole('region', { name: /政府采购投诉处理决定书/ });
      await decision.waitFor();
      const decisionName = (await decision.getAttribute('aria-label'))!;
      const number = /〔\d{4}〕\d+号/.exec(decisionName)![0];
      expect(await decision.textContent()).toMatch(/处理决定书.*第 1 版.*已制发.*待送达/);
      // The proceeding card lists it too.
      await page
        .getByText(new RegExp(`处理决定书 \\S*${number.replace(/[〔〕]/g, '.')} · 待送达`))
        .first()
        .waitFor();

      // Preview: the text as issued, with every part and the generated remedy paragraph.
      await decision.getByRole('button', { name: /^预览/ }).click();
      const decisionPreview = page.getByRole('dialog', { name: /政府采购投诉处理决定书/ });
      const text = (await decisionPreview.getByRole('region', { name: '文书正文' }).textContent()) ?? '';
      expect(text).toContain('投诉事项成立。责令采购人修改采购文件后重新开展采购活动。');
      expect(text).toMatch(/救济途径和期限[\s\S]*杭州市富阳区人民政府[\s\S]*行政复议[\s\S]*杭州市富阳区人民法院/);
      expect(text).toContain(number);
      // The PDF: fetched with the token, application/pdf, not empty, saved under the document's name.
      const [response, download] = await Promise.all([
        page.waitForResponse((r) => /\/files\/[0-9a-f-]{36}$/.test(r.url()) && r.request().method() === 'GET'),
        page.waitForEvent('download'),
        button(decisionPreview, '下载 PDF').click(),
      ]);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
      expect(Number(response.headers()['content-length'])).toBeGreaterThan(1000);
      // What the browser saved is that PDF, whole.
      expect(download.suggestedFilename()).toMatch(/^政府采购投诉处理决定书（.*）\.pdf$/);
      const pdf = readFileSync(await download.path());
      expect(pdf.length).toBe(Number(response.headers()['content-length']));
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await page.keyboard.press('Escape');
      await decisionPreview.waitFor({ state: 'hidden' });

      // 送达地址确认书 of the complainant: consents to electronic service, signed confirmation uploaded.
      await cf.getByRole('tab', { name: /送达地址确认书/ }).click();
      await cf.getByRole('button', { name: '登记送达地址确认书 杭州某某科技有限公司', exact: true }).click();
      dialog = dialogNamed(page, '送达地址确认书：杭州某某科技有限公司');
      await dialog.waitFor();
      await dialog.getByRole('checkbox', { name: '当事人同意电子送达' }).check();
      await labelled(dialog, '电子送达地址').fill('legal@example-tech.cn');
      await labelled(dialog, '签署的送达地址确认书').setInputFiles(pdfFile('送达地址确认书.pdf', await makePdf('Address for service confirmed; consents to electronic service.')));
      await uploaded(dialog, '送达地址确认书.pdf');
      await submitDialog(dialog);
      const addressRow = cf.getByRole('row', { name: /杭州某某科技有限公司/ });
      await until('the confirmation shows consent', async () => /同意电子送达.*legal@example-tech\.cn.*送达地址确认书\.pdf/.test((await addressRow.textContent()) ?? ''));

      const today = todayInBeijing();
      await cf.getByRole('tab', { name: /法律文书/ }).click();

      // The school did not consent: electronic service is refused by the hub, with the law's reason.
      const schoolRow = decision.getByRole('row', { name: /杭州市富阳区某中学/ });
      await schoolRow.getByRole('button', { name: '送达 杭州市富阳区某中学', exact: true }).click();
      dialog = dialogNamed(page, /^送达 杭州市富阳区某中学/);
      await dialog.waitFor();
      await choose(page, labelled(dialog, '送达方式'), '电子送达');
      await dialog.getByText('该当事人没有在送达地址确认书中同意电子送达，不能电子送达。请先登记送达地址确认书。').waitFor();
      await labelled(dialog, '凭证文件').setInputFiles(pdfFile('发送记录-学校.pdf', await makePdf('E-mail delivery record.')));
      await uploaded(dialog, '发送记录-学校.pdf');
      await button(dialog, '登记送达').click();
      await dialog
        .getByRole('alert')
        .filter({ hasText: /未在送达地址确认书中同意电子送达，不能电子送达/ })
        .waitFor();
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      // The complainant: served electronically, the delivery record uploaded in the dialog.
      const companyRow = decision.getByRole('row', { name: /杭州某某科技有限公司/ });
      await companyRow.getByRole('button', { name: '送达 杭州某某科技有限公司', exact: true }).click();
      dialog = dialogNamed(page, /^送达 杭州某某科技有限公司/);
      await dialog.waitFor();
      await choose(page, labelled(dialog, '送达方式'), '电子送达');
      await dialog.getByText('电子送达地址：legal@example-tech.cn').waitFor();
      expect(await dialog.textContent()).toMatch(/凭证类型\s*电子送达记录/);
      await labelled(dialog, '凭证文件').setInputFiles(pdfFile('电子送达记录.pdf', await makePdf('Delivered to legal@example-tech.cn.')));
      await uploaded(dialog, '电子送达记录.pdf');
      await submit(dialog, '登记送达');
      await until('the complainant shows as served electronically, with its completion date', async () =>
        new RegExp(`电子送达.*${today}.*送达完成 ${today}.*电子送达记录.*电子送达记录\\.pdf`).test((await companyRow.textContent()) ?? ''),
      );
      expect(await decision.textContent()).toContain('待送达');

      // The school: by post, carrier and tracking number, the postal receipt uploaded.
      await schoolRow.getByRole('button', { name: '送达 杭州市富阳区某中学', exact: true }).click();
      dialog = dialogNamed(page, /^送达 杭州市富阳区某中学/);
      await dialog.waitFor();
      // The refused attempt's upload is still there (a dialog keeps what was entered); it is not a postal receipt.
      await dialog.getByRole('button', { name: '移除 发送记录-学校.pdf' }).click();
      await choose(page, labelled(dialog, '送达方式'), '邮寄送达');
      await labelled(dialog, '邮寄单位').fill('中国邮政EMS');
      await labelled(dialog, '邮件单号').fill('EA123456789CN');
      await choose(page, labelled(dialog, '签收人'), '单位收发部门');
      await labelled(dialog, '签收人姓名').fill('收发室 王某');
      expect(await dialog.textContent()).toMatch(/凭证类型\s*邮寄回执/);
      await labelled(dialog, '凭证文件').setInputFiles(pdfFile('邮寄回执.pdf', await makePdf('EMS receipt EA123456789CN, signed.')));
      await uploaded(dialog, '邮寄回执.pdf');
      await submit(dialog, '登记送达');
      await until('the school shows as served by post, with its completion date', async () =>
        new RegExp(`邮寄送达.*${today}.*送达完成 ${today}.*中国邮政EMS EA123456789CN.*邮寄回执\\.pdf`).test((await schoolRow.textContent()) ?? ''),
      );

      expect(await schoolRow.textContent()).not.toContain('发送记录-学校.pdf');
      // Every recipient served: the document, its proceeding and the timeline say so.
      await until('the decision shows 已全部送达', async () => ((await decision.textContent()) ?? '').includes('已全部送达'));
      expect(await decision.textContent()).not.toContain('待送达');
      await page
        .getByText(new RegExp(`处理决定书 \\S*${number.replace(/[〔〕]/g, '.')} · 已全部送达`))
        .first()
        .waitFor();
      await page.getByRole('listitem').filter({ hasText: /送达/ }).first().waitFor();
    },
    JOURNEY_MS,
  );
  test(
    'adjudicator of 富阳区财政局: the 答复通知书 served on the school (setup through the API); its answer recorded with the file uploaded in the dialog, the time to answer met',
    async () => {
      const t = hub.t;
      const disputeId = await procurementInProgress('答辩登记');
      const adjudicator = await t.login('adjudicator.fuyang-finance');
      const proceedingId = (await t.gql<{ dispute: { proceedings: { id: string }[] } }, { id: string }>('query($id: ID!) { dispute(id: $id) { proceedings { id } } }', { id: disputeId }, adjudicator))
        .data!.dispute.proceedings[0].id;
      const issued = await t.gql<{ issueDocument: { __typename: string; id?: string; number?: string; recipients?: { id: string }[] } }, Record<string, unknown>>(
        'mutation($i: IssueDocumentInput!) { issueDocument(input: $i) { __typename ... on LegalDocument { id number recipients { id } } ... on ErrorResult { message } } }',
        { i: { disputeId, proceedingId, kind: 'ANSWER_NOTICE' } },
        adjudicator,
      );
      const notice = issued.data!.issueDocument;
      expect(notice).toMatchObject({ __typename: 'LegalDocument' });
      const form = new FormData();
      form.append('disputeId', disputeId);
      form.append('file', new Blob([new Uint8Array(await makePdf('Service receipt signed by the school.'))], { type: 'application/pdf' }), '送达回证.pdf');
      const up = await fetch(new URL('/files', hub.origin), { method: 'POST', headers: { authorization: `Bearer ${adjudicator}` }, body: form });
      const receipt = ((await up.json()) as { id: string }).id;
      const today = todayInBeijing();
      const served = await t.gql<{ recordService: { __typename: string } }, Record<string, unknown>>(
        'mutation($i: RecordServiceInput!) { recordService(input: $i) { __typename ... on ErrorResult { message } } }',
        {
          i: {
            documentId: notice.id,
            partyId: notice.recipients![0].id,
            method: 'DIRECT',
            servedOn: today,
            signer: 'ORGANIZATION_OFFICE',
            signerName: '收发室 王某',
            evidence: [{ kind: 'SIGNED_RECEIPT', fileId: receipt }],
          },
        },
        adjudicator,
      );
      expect(served.data?.recordService.__typename).toBe('DocumentService');

      const page = await newPage();
      await signIn(page, hub.origin, 'adjudicator.fuyang-finance', undefined, `/disputes/${disputeId}`);
      await page.getByText('办理程序与期限').waitFor();
      const cf = caseFile(page);
      const card = cf.getByRole('region', { name: new RegExp(notice.number!.replace(/[〔〕]/g, '.')) });
      const row = card.getByRole('row', { name: /杭州市富阳区某中学/ });
      await until('the answer clock runs', async () => /答辩|说明/.test((await card.textContent()) ?? '') && /正常计时|即将到期/.test((await row.textContent()) ?? ''));
      await row.getByRole('button', { name: '登记答辩 杭州市富阳区某中学', exact: true }).click();
      const dialog = dialogNamed(page, '登记答辩状：杭州市富阳区某中学');
      await dialog.waitFor();
      await labelled(dialog, '答辩状及附件').setInputFiles(pdfFile('答辩状.pdf', await makePdf('The school answers the complaint.')));
      await uploaded(dialog, '答辩状.pdf');
      await submit(dialog, '确定');
      await until('the school shows its answer received today, with the file, and the time to answer met', async () =>
        new RegExp(`按期完成.*${today} 收到答辩状.*答辩状\\.pdf`).test((await row.textContent()) ?? ''),
      );
      expect(await row.getByRole('button', { name: /^登记答辩/ }).count()).toBe(0);
    },
    JOURNEY_MS,
  );
});
