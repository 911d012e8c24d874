/**
 * Every template the hub ships, filled for every demonstration matter it applies to (and
 * the mediation channel), rendered to PDF and DOCX: the shipped texts pass the checks an
 * administrator's edit must pass, and no {{placeholder}} is left unfilled in the text a
 * reader gets (the PDF's extracted text, the DOCX's document.xml).
 */
import { inflateRawSync } from 'node:zlib';
import { Channel, DocumentKind, MaterialStatus, PartyKind, PartyRole } from '../../../src/core/enums';
import {
  DEMONSTRATION_MATTERS,
  SHIPPED_TEMPLATES,
  fieldValues,
  fillSections,
  rankTemplates,
  remedyParagraph,
  remedyRuleOf,
  renderDocx,
  renderPdf,
  validateTemplate,
  wordsFor,
  type CaseFacts,
  type ShippedTemplate,
} from '../../../src/modules/document';
import { pdfTexts } from '../../support/pdf-text';

jest.setTimeout(15 * 60_000);

interface Scope {
  label: string;
  matterCode: string | null;
  channel: Channel | null;
  matterName: string | null;
}

const MATTER_NAMES: Record<string, string> = {
  'GOV-PROCUREMENT-COMPLAINT': '政府采购投诉处理',
  'PATENT-INFRINGEMENT': '专利侵权纠纷行政裁决',
  'LAND-OWNERSHIP': '土地权属争议调查处理',
};

const SCOPES: Scope[] = [
  ...DEMONSTRATION_MATTERS.map((code) => ({ label: code, matterCode: code, channel: Channel.ADJUDICATION, matterName: MATTER_NAMES[code] })),
  { label: 'MEDIATION', matterCode: 'PEOPLES-MEDIATION', channel: Channel.MEDIATION, matterName: '人民调解' },
];

/** The templates that apply to a scope, the one the hub would use first (document.service's precedence). */
function applicable(scope: Scope, kind: DocumentKind): ShippedTemplate[] {
  const fits = SHIPPED_TEMPLATES.filter((t) => t.kind === kind && (t.matterCode === null || t.matterCode === scope.matterCode) && (t.channel === null || t.channel === scope.channel));
  return rankTemplates(
    fits.map((t) => ({ ...t, organizationId: null })),
    null,
  );
}

function factsFor(scope: Scope, template: ShippedTemplate): CaseFacts {
  const words = wordsFor(scope.matterCode, scope.channel);
  const rule = remedyRuleOf(template.kind === DocumentKind.DECISION ? scope.matterCode : null);
  return {
    kind: template.kind,
    organizationName: scope.channel === Channel.MEDIATION ? '富阳区人民调解委员会' : '富阳区财政局',
    title: template.title,
    number: '富财采监〔2026〕12号',
    issuedOn: '2026-03-20',
    dispute: { code: 'HZ2026-000123', title: '富阳区某学校教学设备采购项目投诉', facts: '投诉人认为采购文件设置了排他性技术参数。', receivedOn: '2026-03-02' },
    matter: scope.matterName ? { name: scope.matterName, legalBasis: ['《中华人民共和国政府采购法》第五十五条'] } : null,
    channelLabel: scope.channel === Channel.MEDIATION ? '调解' : '行政裁决',
    roles: words,
    parties: [
      { id: 'p1', role: PartyRole.APPLICANT, kind: PartyKind.ORGANIZATION, name: '杭州某某科技有限公司', address: '杭州市富阳区银湖街道某路1号' },
      { id: 'p2', role: PartyRole.RESPONDENT, kind: PartyKind.ORGANIZATION, name: '杭州市富阳区某中学', address: null },
      { id: 'p3', role: PartyRole.THIRD_PARTY, kind: PartyKind.PERSON, name: '张三', address: '杭州市富阳区某村' },
    ],
    recipients: [{ id: 'p1', role: PartyRole.APPLICANT, kind: PartyKind.ORGANIZATION, name: '杭州某某科技有限公司', address: null }],
    proceeding: { caseNumber: '富财采投〔2026〕8号', acceptedOn: '2026-03-04', handlingLimit: '30个工作日（自收到申请之日起计算）', handlingDueOn: '2026-04-14' },
    materials: [
      { name: '投诉书正本及副本', required: true, status: MaterialStatus.RECEIVED },
      { name: '质疑函及采购人、采购代理机构的质疑答复', required: true, status: MaterialStatus.MISSING },
      { name: '授权委托书及受托人身份证件复印件', required: false, status: MaterialStatus.MISSING },
    ],
    daysAllowed: '5个工作日',
    supplementDueOn: '2026-03-27',
    answerDays: '5个工作日',
    reason: '需要组织专家评审',
    content: '一、被请求人停止销售涉案产品；二、被请求人赔偿请求人经济损失人民币5万元。',
    decision: {
      claims: '请求认定采购文件违法并责令修改。',
      factsAndEvidence: '经查，采购文件第三章第5项限制了竞争。有采购文件、质疑函为证。',
      legalBasis: '依据《中华人民共和国政府采购法实施条例》第二十条第（二）项的规定。',
      outcome: '投诉事项成立，责令修改采购文件。',
      performance: '自收到本决定书之日起十五日内履行。',
    },
    remedyNotice: remedyParagraph(rule, { reconsiderationBody: '杭州市富阳区人民政府', court: '杭州市富阳区人民法院' }),
    waysOpen: [
      '行政裁决（富阳区财政局）：由富阳区财政局就近办理。办理期限：自收到申请之日起30个工作日内作出投诉处理决定。',
      '行政复议（杭州市人民政府行政复议办公室）：对处理决定不服的，可以申请行政复议。',
    ],
    servedDocument: { title: '投诉答复通知书', number: '富财采答〔2026〕3号' },
    referral: { toOrganization: '富阳区财政局', reason: '属财政部门政府采购投诉处理职责' },
    referralResponseDays: 3,
  };
}

function docxText(buf: Buffer): string {
  // The central directory lists word/document.xml; its local header gives the data offset.
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0, n = buf.readUInt16LE(eocd + 10); i < n; i++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    if (name === 'word/document.xml') {
      const local = buf.readUInt32LE(p + 42);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + buf.readUInt32LE(p + 20));
      return (buf.readUInt16LE(p + 10) === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  throw new Error('word/document.xml missing');
}

describe('shipped templates', () => {
  it('cover every kind for every demonstration matter, and pass the checks of an edited template', () => {
    for (const scope of SCOPES.filter((s) => s.matterCode !== 'PEOPLES-MEDIATION')) {
      for (const kind of Object.values(DocumentKind)) {
        expect(SHIPPED_TEMPLATES.some((t) => t.kind === kind && t.matterCode === scope.matterCode)).toBe(true);
      }
    }
    for (const kind of Object.values(DocumentKind)) expect(SHIPPED_TEMPLATES.filter((t) => t.kind === kind && !t.matterCode && !t.channel)).toHaveLength(1);
    expect(SHIPPED_TEMPLATES.filter((t) => t.channel === Channel.MEDIATION).map((t) => t.kind)).toEqual(expect.arrayContaining([DocumentKind.NOTICE_OF_RIGHTS, DocumentKind.MEDIATION_AGREEMENT]));
    for (const t of SHIPPED_TEMPLATES) expect([t.kind, t.matterCode, t.channel, validateTemplate(t.kind, t.title, t.sections)]).toEqual([t.kind, t.matterCode, t.channel, []]);
    // The decision titles by matter (domain notes §1).
    const title = (code: string) =>
      applicable(
        SCOPES.find((s) => s.matterCode === code)!,
        DocumentKind.DECISION,
      )[0].title;
    expect([title('GOV-PROCUREMENT-COMPLAINT'), title('PATENT-INFRINGEMENT'), title('LAND-OWNERSHIP')]).toEqual(['政府采购投诉处理决定书', '专利侵权纠纷处理决定书', '土地权属争议处理决定书']);
    expect(applicable(SCOPES[3], DocumentKind.MEDIATION_AGREEMENT)[0]).toMatchObject({ channel: Channel.MEDIATION, title: '调解协议书' });
  });

  it('render to PDF and DOCX for every demonstration matter and the mediation channel with every placeholder filled', async () => {
    // Every template, in every scope it applies to (a hub default: every scope).
    const cases: { scope: Scope; template: ShippedTemplate }[] = [];
    for (const template of SHIPPED_TEMPLATES) {
      for (const scope of SCOPES) if (fitsScope(template, scope)) cases.push({ scope, template });
    }
    expect(cases.length).toBeGreaterThanOrEqual(SHIPPED_TEMPLATES.length);
    const pdfs: Buffer[] = [];
    for (const { scope, template } of cases) {
      const facts = factsFor(scope, template);
      const sections = fillSections(template.sections, fieldValues(facts));
      const where = `${template.kind} ${template.matterCode ?? template.channel ?? 'default'} for ${scope.label}`;
      expect([where, sections.filter((s) => /\{\{|\}\}/.test(`${s.heading ?? ''}${s.text}`))]).toEqual([where, []]);
      const doc = { organizationName: facts.organizationName, title: template.title, number: facts.number, sections, dateText: '2026年3月20日', issuedAt: new Date('2026-03-20T02:00:00Z') };
      const pdf = await renderPdf(doc);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      pdfs.push(pdf);
      const xml = docxText(await renderDocx(doc));
      expect([where, /\{\{|\}\}/.test(xml), xml.includes(template.title), xml.includes(facts.number)]).toEqual([where, false, true, true]);
    }
    const texts = await pdfTexts(pdfs);
    texts.forEach((raw, i) => {
      const text = raw.replace(/\s+/g, '');
      const { scope, template } = cases[i];
      const where = `${template.kind} ${template.matterCode ?? template.channel ?? 'default'} for ${scope.label}`;
      expect([where, /\{\{|\}\}/.test(text), text.includes(template.title), text.includes('富财采监〔2026〕12号'), text.includes('（印章）')]).toEqual([where, false, true, true, true]);
    });
  });
});

function fitsScope(t: ShippedTemplate, scope: Scope): boolean {
  return (t.matterCode === null || t.matterCode === scope.matterCode) && (t.channel === null || t.channel === scope.channel);
}
