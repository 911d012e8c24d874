/**
 * Legal documents: render time per document and issueDocument end to end (results in bench/documents.md).
 *
 *   node -r @swc-node/register bench/documents.ts [--renders=60] [--issues=50] [--no-http] [--no-render] [--font-bytes]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node -r @swc-node/register bench/documents.ts
 *
 * 1. Rendering (no database): a 政府采购投诉处理决定书 (two pages, the longest shipped kind) and a
 *    受理通知书 (one page), each rendered `--renders` times to PDF and, separately, to DOCX after three
 *    warm-up renders; median and p95 in ms. The hub passes pdfkit fonts parsed once per process;
 *    with --font-bytes the PDF is rendered again from the font files' bytes, which pdfkit parses
 *    again for every document (what the hub did first; the figures compare the two).
 * 2. issueDocument over HTTP: a real hub (startTestHub: PGlite, or a temporary database on the
 *    server named by DATABASE_URL), a procurement complaint walked to IN_PROGRESS at 富阳区财政局;
 *    then `--issues` documents issued one after the other (受理通知书 and 决定书 alternately), each
 *    timed from the request to the answer (transaction, number, template, both renders, files,
 *    timeline); median and p95. Then 10 issues at once, wall time.
 */
import 'reflect-metadata';
import os from 'node:os';
import { Channel, DocumentKind, MaterialStatus, PartyKind, PartyRole } from '../src/core/enums';
import {
  SHIPPED_TEMPLATES,
  documentFontFiles,
  documentFonts,
  fieldValues,
  fillSections,
  remedyParagraph,
  remedyRuleOf,
  renderDocx,
  renderPdf,
  wordsFor,
  type CaseFacts,
  type Fonts,
  type RenderableDocument,
} from '../src/modules/document';
import { procurementComplaint } from '../test/support/fixtures';
import { startTestHub, type TestHub } from '../test/support/test-hub';

const arg = (k: string, d: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d;
const flag = (k: string) => process.argv.includes(`--${k}`);
const RENDERS = Number(arg('renders', '60'));
const ISSUES = Number(arg('issues', '50'));

function stats(xs: number[]): { median: number; p95: number; min: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}

const fmt = (x: { median: number; p95: number; min: number; max: number }) => `median ${x.median.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms (min ${x.min.toFixed(1)}, max ${x.max.toFixed(1)})`;

function documentOf(kind: DocumentKind): RenderableDocument {
  const template = SHIPPED_TEMPLATES.find((t) => t.kind === kind && t.matterCode === 'GOV-PROCUREMENT-COMPLAINT')!;
  const facts: CaseFacts = {
    kind,
    organizationName: '富阳区财政局',
    title: template.title,
    number: '富财采监〔2026〕12号',
    issuedOn: '2026-03-20',
    dispute: { code: 'HZ2026-000123', title: '富阳区某学校教学设备采购项目投诉', facts: '投诉人认为采购文件设置了排他性技术参数。', receivedOn: '2026-03-02' },
    matter: { name: '政府采购投诉处理', legalBasis: ['《中华人民共和国政府采购法》第五十五条'] },
    channelLabel: '行政裁决',
    roles: wordsFor('GOV-PROCUREMENT-COMPLAINT', Channel.ADJUDICATION),
    parties: [
      { id: 'p1', role: PartyRole.APPLICANT, kind: PartyKind.ORGANIZATION, name: '杭州某某科技有限公司', address: '杭州市富阳区银湖街道某路1号' },
      { id: 'p2', role: PartyRole.RESPONDENT, kind: PartyKind.ORGANIZATION, name: '杭州市富阳区某中学', address: '杭州市富阳区富春街道某路8号' },
      { id: 'p3', role: PartyRole.THIRD_PARTY, kind: PartyKind.ORGANIZATION, name: '杭州某某教育装备有限公司', address: null },
    ],
    recipients: [],
    proceeding: { caseNumber: '富财采投〔2026〕8号', acceptedOn: '2026-03-04', handlingLimit: '30个工作日（自收到申请之日起计算）', handlingDueOn: '2026-04-14' },
    materials: [{ name: '投诉书正本及副本', required: true, status: MaterialStatus.RECEIVED }],
    daysAllowed: null,
    supplementDueOn: null,
    answerDays: null,
    reason: null,
    content: null,
    decision: {
      claims: '投诉人请求：一、认定采购文件第三章第5项技术参数具有排他性；二、责令采购人修改采购文件后重新开展采购活动。'.repeat(2),
      factsAndEvidence:
        '经查，采购文件第三章第5项要求投标产品具有特定品牌的专利技术，限制了其他供应商参与竞争。投诉人于2026年2月12日提出质疑，采购人于2月20日答复不予支持。上述事实有采购文件、质疑函、质疑答复、专家论证意见等证据证明。'.repeat(
          4,
        ),
      legalBasis:
        '本机关认为，采购文件以特定品牌的专利技术作为实质性要求，属于《中华人民共和国政府采购法实施条例》第二十条第（二）项规定的以不合理的条件对供应商实行差别待遇或者歧视待遇的情形。依据《政府采购质疑和投诉办法》（财政部令第94号）第三十一条的规定，作出如下处理决定。',
      outcome: '投诉事项成立。责令采购人修改采购文件第三章第5项后重新开展采购活动。',
      performance: '采购人应当自收到本决定书之日起十五日内修改采购文件，并将修改情况书面报告本机关。',
    },
    remedyNotice: remedyParagraph(remedyRuleOf('GOV-PROCUREMENT-COMPLAINT'), { reconsiderationBody: '杭州市富阳区人民政府', court: '杭州市富阳区人民法院' }),
    waysOpen: [],
    servedDocument: null,
    referral: null,
    referralResponseDays: 3,
  };
  return {
    organizationName: facts.organizationName,
    title: template.title,
    number: facts.number,
    sections: fillSections(template.sections, fieldValues(facts)),
    dateText: '2026年3月20日',
    issuedAt: new Date('2026-03-20T02:00:00Z'),
  };
}

async function timeRenders(label: string, render: () => Promise<Buffer>): Promise<void> {
  let size = 0;
  for (let i = 0; i < 3; i++) size = (await render()).length;
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RENDERS; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await render();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  // CPU time as well as wall time: rendering is CPU-bound, and on a shared machine the wall time includes waiting for a core.
  console.log(`  ${label.padEnd(34)} wall ${fmt(stats(times))}; CPU median ${stats(cpu).median.toFixed(1)} ms, p95 ${stats(cpu).p95.toFixed(1)} ms; ${(size / 1024).toFixed(1)} KB`);
}

/** The font files' bytes, which pdfkit parses again for every document. */
function fontBytes(): Fonts {
  return documentFontFiles();
}

async function benchRendering(): Promise<void> {
  console.log(`\n1. Rendering, ${RENDERS} warm renders each`);
  const t0 = performance.now();
  documentFonts();
  console.log(`  font files read and parsed once: ${(performance.now() - t0).toFixed(1)} ms`);
  for (const kind of [DocumentKind.DECISION, DocumentKind.ACCEPTANCE_NOTICE]) {
    const doc = documentOf(kind);
    await timeRenders(`${doc.title} PDF`, () => renderPdf(doc));
    await timeRenders(`${doc.title} DOCX`, () => renderDocx(doc));
    if (flag('font-bytes')) {
      const fonts = fontBytes();
      await timeRenders(`${doc.title} PDF, font bytes parsed per document`, () => renderPdf(doc, fonts));
    }
  }
}

async function gql<T>(t: TestHub, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await t.gql<Record<string, T>, Record<string, unknown>>(query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(JSON.stringify(res.errors));
  const value = Object.values(res.data)[0] as T & { __typename?: string };
  if (value && typeof value === 'object' && 'code' in value) throw new Error(JSON.stringify(value));
  return value;
}

async function benchHttp(): Promise<void> {
  let now = new Date('2026-03-02T02:00:00Z');
  const t = await startTestHub({ LOG_LEVEL: 'silent' }, { now: () => now });
  try {
    console.log(`\n2. issueDocument over HTTP (${t.db.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}), ${ISSUES} sequential issues`);
    const frontdesk = await t.login('frontdesk');
    const handler = await t.login('adjudicator.fuyang-finance');
    const orgs = await gql<{ id: string; name: string }[]>(t, frontdesk, '{ organizations { id name } }', {});
    const fuyang = orgs.find((o) => o.name === '富阳区财政局')!.id;
    const d = await gql<{ id: string; version: number }>(
      t,
      frontdesk,
      'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { ... on Dispute { id version } ... on ErrorResult { code message } } }',
      { input: procurementComplaint() },
    );
    const ref = await gql<{ id: string }>(t, frontdesk, 'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { ... on Referral { id } ... on ErrorResult { code message } } }', {
      input: { disputeId: d.id, toOrganizationId: fuyang, channel: 'ADJUDICATION', kind: 'TRANSFER', matterCode: 'GOV-PROCUREMENT-COMPLAINT', reason: '属财政部门职责', expectedVersion: d.version },
    });
    now = new Date('2026-03-03T02:00:00Z');
    const acc = await gql<{ proceeding: { id: string } }>(t, handler, 'mutation($id: ID!) { acceptReferral(id: $id) { ... on Referral { proceeding { id } } ... on ErrorResult { code message } } }', {
      id: ref.id,
    });
    const proceedingId = acc.proceeding.id;
    await gql(t, handler, 'mutation($id: ID!) { admitProceeding(id: $id) { ... on Proceeding { id } ... on ErrorResult { code message } } }', { id: proceedingId });
    now = new Date('2026-03-20T02:00:00Z');
    const parts = {
      claims: '投诉人请求认定采购文件第三章第5项技术参数具有排他性，责令修改采购文件。',
      factsAndEvidence: '经查，采购文件第三章第5项要求投标产品具有特定品牌的专利技术，限制了其他供应商参与竞争。上述事实有采购文件、质疑函、质疑答复等证据证明。',
      legalBasis: '依据《中华人民共和国政府采购法实施条例》第二十条第（二）项的规定。',
      outcome: '投诉事项成立。责令采购人修改采购文件后重新开展采购活动。',
      performance: '采购人应当自收到本决定书之日起十五日内修改采购文件。',
      reconsiderationBody: '杭州市富阳区人民政府',
      court: '杭州市富阳区人民法院',
    };
    const ISSUE = 'mutation($input: IssueDocumentInput!) { issueDocument(input: $input) { __typename ... on LegalDocument { number } ... on ErrorResult { code message } } }';
    const issueOne = (i: number) =>
      gql<{ number: string }>(t, handler, ISSUE, {
        input: i % 2 ? { disputeId: d.id, proceedingId, kind: 'ACCEPTANCE_NOTICE' } : { disputeId: d.id, proceedingId, kind: 'DECISION', parts },
      });
    for (let i = 0; i < 2; i++) await issueOne(i);
    const times: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < ISSUES; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await issueOne(i);
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    // The hub runs in this process (PGlite too, when it is the database): its CPU time per issue, besides the wall time.
    console.log(`  issueDocument (受理通知书 / 决定书 alternately) wall ${fmt(stats(times))}; CPU of this process median ${stats(cpu).median.toFixed(1)} ms, p95 ${stats(cpu).p95.toFixed(1)} ms`);
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 10 }, (_, i) => issueOne(i)));
    console.log(`  10 concurrent issues on one dispute: ${(performance.now() - t0).toFixed(0)} ms wall`);
  } finally {
    await t.stop();
  }
}

async function main(): Promise<void> {
  console.log(
    `node ${process.version}, ${os.cpus().length} CPU (${os.cpus()[0]?.model ?? '?'}), load average ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  if (!flag('no-render')) await benchRendering();
  if (!flag('no-http')) await benchHttp();
  console.log(
    `\nload average at the end ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
