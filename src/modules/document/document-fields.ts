import { DocumentKind, FieldErrorCode, MaterialStatus, PartyKind, PartyRole, TimeUnit } from '../../core/enums';
import { FieldError } from '../../core/errors';
import type { DocumentSection } from './document-template.entity';

// The {{placeholders}} a template may use, what fills each from the case, and the
// checks a template passes when it is saved. A placeholder is available to the kinds
// listed (or every kind): a template using one its kind does not supply is refused at
// save time, so an issued document never carries an unfilled {{...}}.

const K = DocumentKind;

export interface PlaceholderSpec {
  key: string;
  /** What it prints, in Chinese (for the template editor and the error message). */
  label: string;
  kinds: readonly DocumentKind[] | 'all';
}

export const PLACEHOLDERS: readonly PlaceholderSpec[] = [
  { key: 'organization', label: '制发单位名称', kinds: 'all' },
  { key: 'number', label: '文书编号', kinds: 'all' },
  { key: 'date', label: '制发日期（2026年3月4日）', kinds: 'all' },
  { key: 'title', label: '文书名称', kinds: 'all' },
  { key: 'disputeCode', label: '纠纷编号', kinds: 'all' },
  { key: 'disputeTitle', label: '纠纷名称', kinds: 'all' },
  { key: 'disputeFacts', label: '登记的纠纷事实', kinds: 'all' },
  { key: 'matterName', label: '事项名称', kinds: 'all' },
  { key: 'matterLegalBasis', label: '事项的法律依据', kinds: 'all' },
  { key: 'receivedDate', label: '收到申请的日期', kinds: 'all' },
  { key: 'parties', label: '当事人情况（每人一行：称谓、名称、住所）', kinds: 'all' },
  { key: 'applicant', label: '申请人（投诉人、请求人）名称', kinds: 'all' },
  { key: 'respondent', label: '被申请人（被投诉人、被请求人）名称', kinds: 'all' },
  { key: 'applicantRole', label: '申请人的称谓（如投诉人、请求人）', kinds: 'all' },
  { key: 'respondentRole', label: '被申请人的称谓（如被投诉人、被请求人）', kinds: 'all' },
  { key: 'recipients', label: '受送达人', kinds: 'all' },
  { key: 'caseNumber', label: '案号（未编案号的为纠纷编号）', kinds: 'all' },
  { key: 'acceptedDate', label: '受理日期', kinds: 'all' },
  { key: 'handlingLimit', label: '办理期限', kinds: 'all' },
  { key: 'handlingDueDate', label: '办理期限届满日', kinds: 'all' },
  { key: 'waysOpen', label: '可以选择的化解途径及其期限（每项一行）', kinds: [K.NOTICE_OF_RIGHTS] },
  { key: 'receivedMaterials', label: '已收取的材料（每项一行）', kinds: [K.MATERIALS_RECEIPT, K.SUPPLEMENT_NOTICE] },
  { key: 'missingMaterials', label: '缺少的必需材料（每项一行）', kinds: [K.MATERIALS_RECEIPT, K.SUPPLEMENT_NOTICE] },
  { key: 'daysAllowed', label: '补正期限（如5个工作日）', kinds: [K.SUPPLEMENT_NOTICE] },
  { key: 'supplementDueDate', label: '补正期限届满日', kinds: [K.SUPPLEMENT_NOTICE] },
  { key: 'answerDays', label: '答辩（说明）期限', kinds: [K.ANSWER_NOTICE] },
  {
    key: 'reason',
    label: '理由（不予受理、中止、恢复、延期、转办）',
    kinds: [K.NON_ACCEPTANCE_DECISION, K.SUSPENSION_NOTICE, K.RESUMPTION_NOTICE, K.EXTENSION_NOTICE, K.REFERRAL_LETTER],
  },
  { key: 'claims', label: '请求事项', kinds: [K.DECISION] },
  { key: 'factsAndEvidence', label: '查明的事实和证据', kinds: [K.DECISION] },
  { key: 'legalBasis', label: '理由和法律依据（引至条款）', kinds: [K.DECISION] },
  { key: 'outcome', label: '处理结果', kinds: [K.DECISION] },
  { key: 'performance', label: '履行方式和期限', kinds: [K.DECISION, K.MEDIATION_AGREEMENT] },
  { key: 'remedyNotice', label: '救济途径和期限（按事项生成）', kinds: [K.DECISION, K.NON_ACCEPTANCE_DECISION] },
  { key: 'content', label: '调解协议内容', kinds: [K.MEDIATION_AGREEMENT] },
  { key: 'referralTo', label: '接收转办的单位', kinds: [K.REFERRAL_LETTER] },
  { key: 'referralResponseDays', label: '签收或者退回的期限（工作日数）', kinds: [K.REFERRAL_LETTER] },
  { key: 'servedDocumentTitle', label: '送达的文书名称', kinds: [K.SERVICE_RECEIPT] },
  { key: 'servedDocumentNumber', label: '送达的文书编号', kinds: [K.SERVICE_RECEIPT] },
];

const SPEC_BY_KEY = new Map(PLACEHOLDERS.map((p) => [p.key, p]));

/**
 * What a template of a kind must print: the parts the law requires of a decision
 * (domain notes §1), the list and time of a 补正通知书, the ways of a 告知书. An
 * edited template that drops one is refused.
 */
export const REQUIRED_PLACEHOLDERS: Readonly<Partial<Record<DocumentKind, readonly string[]>>> = {
  DECISION: ['parties', 'claims', 'factsAndEvidence', 'legalBasis', 'outcome', 'performance', 'remedyNotice'],
  SUPPLEMENT_NOTICE: ['missingMaterials', 'daysAllowed'],
  NOTICE_OF_RIGHTS: ['waysOpen'],
  NON_ACCEPTANCE_DECISION: ['reason'],
  MEDIATION_AGREEMENT: ['parties', 'content', 'performance'],
  SERVICE_RECEIPT: ['servedDocumentTitle', 'servedDocumentNumber'],
};

export function placeholdersFor(kind: DocumentKind): PlaceholderSpec[] {
  return PLACEHOLDERS.filter((p) => p.kinds === 'all' || p.kinds.includes(kind));
}

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The placeholder names a text uses, in order of first use. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/** Replaces each {{key}} by its value; one pass, so a value that itself contains braces is printed as given. */
export function fillText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => values[key] ?? whole);
}

export function fillSections(sections: readonly DocumentSection[], values: Readonly<Record<string, string>>): DocumentSection[] {
  return sections.map((s) => ({ heading: s.heading ? fillText(s.heading, values) : null, text: fillText(s.text, values) }));
}

/** Limits of a template a person edits. */
export const TEMPLATE_LIMITS = { title: 60, heading: 100, text: 10_000, sections: 60 } as const;

/**
 * Checks a template's title and sections for `kind`: lengths, no placeholder in the
 * title, every {{placeholder}} one that the kind supplies, no stray braces. Field paths
 * are relative to the input (title, sections.2.text).
 */
export function validateTemplate(kind: DocumentKind, title: string, sections: readonly DocumentSection[]): FieldError[] {
  const errors: FieldError[] = [];
  const t = title.trim();
  if (t.length < 2) errors.push(new FieldError('title', '文书名称至少 2 个字符', FieldErrorCode.TOO_SHORT));
  else if (t.length > TEMPLATE_LIMITS.title) errors.push(new FieldError('title', `文书名称最多 ${TEMPLATE_LIMITS.title} 个字符`, FieldErrorCode.TOO_LONG));
  else if (/[{}]/.test(t)) errors.push(new FieldError('title', '文书名称不能使用占位符', FieldErrorCode.INVALID));
  if (!sections.length) errors.push(new FieldError('sections', '至少一段正文', FieldErrorCode.REQUIRED));
  if (sections.length > TEMPLATE_LIMITS.sections) errors.push(new FieldError('sections', `最多 ${TEMPLATE_LIMITS.sections} 段`, FieldErrorCode.TOO_LONG));
  const allowed = new Set(placeholdersFor(kind).map((p) => p.key));
  sections.forEach((s, i) => {
    const heading = s.heading ?? '';
    if (heading.length > TEMPLATE_LIMITS.heading) errors.push(new FieldError(`sections.${i}.heading`, `标题最多 ${TEMPLATE_LIMITS.heading} 个字符`, FieldErrorCode.TOO_LONG));
    if (!s.text.trim()) errors.push(new FieldError(`sections.${i}.text`, '正文不能为空', FieldErrorCode.REQUIRED));
    else if (s.text.length > TEMPLATE_LIMITS.text) errors.push(new FieldError(`sections.${i}.text`, `正文最多 ${TEMPLATE_LIMITS.text} 个字符`, FieldErrorCode.TOO_LONG));
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(heading + s.text)) errors.push(new FieldError(`sections.${i}.text`, '不能包含控制字符', FieldErrorCode.CONTROL_CHARACTERS));
    for (const [part, text] of [
      ['heading', heading],
      ['text', s.text],
    ] as const) {
      const unknown = placeholdersIn(text).filter((k) => !allowed.has(k));
      for (const key of unknown) {
        const spec = SPEC_BY_KEY.get(key);
        errors.push(
          new FieldError(
            `sections.${i}.${part}`,
            spec ? `占位符 {{${key}}}（${spec.label}）不适用于此类文书` : `未知的占位符 {{${key}}}；可用的有：${[...allowed].map((k) => `{{${k}}}`).join('、')}`,
            FieldErrorCode.INVALID,
          ),
        );
      }
      // What is left once the valid placeholders are removed must hold no brace pair: a typo such as {{ 案号 }} or {{date} would print as is.
      if (/\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''))) errors.push(new FieldError(`sections.${i}.${part}`, '占位符格式不正确，应为 {{名称}}', FieldErrorCode.INVALID_FORMAT));
    }
  });
  const used = new Set(sections.flatMap((s) => placeholdersIn(`${s.heading ?? ''}\n${s.text}`)));
  const missing = (REQUIRED_PLACEHOLDERS[kind] ?? []).filter((k) => !used.has(k));
  if (missing.length) {
    errors.push(new FieldError('sections', `此类文书必须载明：${missing.map((k) => `{{${k}}}（${SPEC_BY_KEY.get(k)!.label}）`).join('、')}`, FieldErrorCode.REQUIRED));
  }
  return errors;
}

// ---------------------------------------------------------------- the case's values

export interface CaseParty {
  id: string;
  role: PartyRole;
  kind: PartyKind;
  name: string;
  address: string | null;
}

/** How a matter calls its parties (投诉人 / 请求人 / 申请人 ...). */
export interface RoleWords {
  APPLICANT: string;
  RESPONDENT: string;
  THIRD_PARTY: string;
}

export interface DecisionParts {
  claims: string;
  factsAndEvidence: string;
  legalBasis: string;
  outcome: string;
  performance: string;
}

/** Everything a template may print, gathered from the case (document.service) or made up by a test. */
export interface CaseFacts {
  kind: DocumentKind;
  organizationName: string;
  title: string;
  number: string;
  /** YYYY-MM-DD, China time. */
  issuedOn: string;
  dispute: { code: string; title: string; facts: string; receivedOn: string };
  matter: { name: string; legalBasis: readonly string[] } | null;
  /** The channel's label when there is no matter (e.g. 人民调解). */
  channelLabel: string | null;
  roles: RoleWords;
  parties: readonly CaseParty[];
  recipients: readonly CaseParty[];
  proceeding: { caseNumber: string | null; acceptedOn: string | null; handlingLimit: string | null; handlingDueOn: string | null } | null;
  materials: readonly { name: string; required: boolean; status: MaterialStatus }[];
  /** 补正期限 (SUPPLEMENT_NOTICE), e.g. "5个工作日". */
  daysAllowed: string | null;
  supplementDueOn: string | null;
  /** 答辩期限 (ANSWER_NOTICE), e.g. "十五日". */
  answerDays: string | null;
  reason: string | null;
  content: string | null;
  decision: { [P in keyof DecisionParts]?: string | null } | null;
  remedyNotice: string | null;
  /** NOTICE_OF_RIGHTS: one line per way open. */
  waysOpen: readonly string[];
  servedDocument: { title: string; number: string } | null;
  referral: { toOrganization: string; reason: string } | null;
  referralResponseDays: number;
}

/** 2026-03-04 → 2026年3月4日 (GB/T 9704: Arabic numerals, year, month and day in full). */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

const UNIT_WORDS: Record<TimeUnit, string> = { WORKING_DAYS: '个工作日', CALENDAR_DAYS: '日', MONTHS: '个月' };

/** 30 WORKING_DAYS → 30个工作日. */
export function quantityText(amount: number, unit: TimeUnit): string {
  return `${amount}${UNIT_WORDS[unit]}`;
}

function numbered(lines: readonly string[], none: string): string {
  return lines.length ? lines.map((l, i) => `${i + 1}. ${l}`).join('\n') : none;
}

function names(parties: readonly CaseParty[], fallback: string): string {
  return parties.length ? parties.map((p) => p.name).join('、') : fallback;
}

function partyLine(p: CaseParty, roles: RoleWords): string {
  const where = p.address ? `，${p.kind === PartyKind.PERSON ? '住址' : '住所地'}：${p.address}` : '';
  return `${roles[p.role]}：${p.name}${where}。`;
}

/**
 * The value of every placeholder `kind` may use, none empty: a value the case does
 * not have yet is printed as a short statement of that (无, 尚未受理), never as a blank.
 */
export function fieldValues(f: CaseFacts): Record<string, string> {
  const applicants = f.parties.filter((p) => p.role === PartyRole.APPLICANT);
  const respondents = f.parties.filter((p) => p.role === PartyRole.RESPONDENT);
  const received = f.materials.filter((m) => m.status === MaterialStatus.RECEIVED).map((m) => m.name);
  const missing = f.materials.filter((m) => m.required && m.status === MaterialStatus.MISSING).map((m) => m.name);
  const decision = f.decision ?? {};
  const all: Record<string, string> = {
    organization: f.organizationName,
    number: f.number,
    date: chineseDate(f.issuedOn),
    title: f.title,
    disputeCode: f.dispute.code,
    disputeTitle: f.dispute.title,
    disputeFacts: f.dispute.facts,
    matterName: f.matter?.name ?? f.channelLabel ?? '纠纷调处',
    matterLegalBasis: f.matter?.legalBasis.length ? f.matter.legalBasis.join('、') : '有关法律、法规的规定',
    receivedDate: chineseDate(f.dispute.receivedOn),
    parties: f.parties.length ? f.parties.map((p) => partyLine(p, f.roles)).join('\n') : '（未登记当事人）',
    applicant: names(applicants, f.roles.APPLICANT),
    respondent: names(respondents, '无'),
    applicantRole: f.roles.APPLICANT,
    respondentRole: f.roles.RESPONDENT,
    recipients: names(f.recipients, names(applicants, f.roles.APPLICANT)),
    caseNumber: f.proceeding?.caseNumber ?? f.dispute.code,
    acceptedDate: f.proceeding?.acceptedOn ? chineseDate(f.proceeding.acceptedOn) : '尚未受理',
    handlingLimit: f.proceeding?.handlingLimit ?? '法定期限',
    handlingDueDate: f.proceeding?.handlingDueOn ? chineseDate(f.proceeding.handlingDueOn) : '依法计算的期限届满之日',
    waysOpen: numbered(f.waysOpen, '请向本单位工作人员咨询。'),
    receivedMaterials: numbered(received, '（暂无）'),
    missingMaterials: numbered(missing, '无'),
    daysAllowed: f.daysAllowed ?? '5个工作日',
    supplementDueDate: f.supplementDueOn ? chineseDate(f.supplementDueOn) : '补正期限届满之日',
    answerDays: f.answerDays ?? '十五日',
    reason: f.reason ?? '有关情形已经消除',
    claims: decision.claims ?? '',
    factsAndEvidence: decision.factsAndEvidence ?? '',
    legalBasis: decision.legalBasis ?? '',
    outcome: decision.outcome ?? '',
    performance: decision.performance ?? '',
    remedyNotice: f.remedyNotice ?? '',
    content: f.content ?? '',
    referralTo: f.referral?.toOrganization ?? '有关单位',
    referralResponseDays: String(f.referralResponseDays),
    servedDocumentTitle: f.servedDocument?.title ?? '',
    servedDocumentNumber: f.servedDocument?.number ?? '',
  };
  return Object.fromEntries(placeholdersFor(f.kind).map((p) => [p.key, all[p.key]]));
}
