import { Channel, DocumentKind, FieldErrorCode, OutcomeKind, ReviewCheckCode, ReviewGrade, ReviewItemGroup } from '../../core/enums';
import { FieldError } from '../../core/errors';

/**
 * The case-file review checklist (案卷评查标准) as versioned data: veto items, scored items in
 * groups with maximum deductions, the grade cut-offs, which checklist item (or veto) each
 * automatic check scores, and the documents a file must hold by channel and outcome. The hub
 * ships version 1 (shared/domain/adjudication-work.md §4); an administrator saves new versions;
 * a campaign pins the version it started with. Cut-offs vary between reviews (unverified):
 * configuration, never code.
 */
export interface ChecklistVetoItem {
  code: string;
  title: string;
}

export interface ChecklistGroup {
  group: ReviewItemGroup;
  /** The most the group's items together deduct (卷面 20, 内容 80 by default; the sum is 100). */
  max: number;
}

export interface ChecklistItem {
  code: string;
  group: ReviewItemGroup;
  title: string;
  /** The most this item deducts, however many faults it has. */
  maxDeduction: number;
}

export interface ChecklistGradeCutoff {
  grade: ReviewGrade;
  /** The lowest score with this grade; below the lowest cut-off a file is 不合格. */
  minScore: number;
}

/** What an automatic check scores when it fails: an item's deduction, or a veto item. */
export interface ChecklistCheckRule {
  check: ReviewCheckCode;
  itemCode: string | null;
  vetoCode: string | null;
  deduction: number;
}

/** The documents a concluded proceeding's file must hold, for its channel (and outcome; null: any). */
export interface ChecklistRequiredDocuments {
  channel: Channel;
  outcome: OutcomeKind | null;
  kinds: DocumentKind[];
}

export interface ChecklistContent {
  vetoItems: ChecklistVetoItem[];
  groups: ChecklistGroup[];
  items: ChecklistItem[];
  grades: ChecklistGradeCutoff[];
  checks: ChecklistCheckRule[];
  requiredDocuments: ChecklistRequiredDocuments[];
}

const G = ReviewItemGroup;
const C = ReviewCheckCode;
const K = DocumentKind;

/** Version 1 as shipped. */
export const SHIPPED_CHECKLIST: ChecklistContent = {
  vetoItems: [
    { code: 'V_NOT_COMPETENT', title: '办案主体不具有管辖权' },
    { code: 'V_STAFF_NOT_QUALIFIED', title: '办案人员不具备执法（办案）资格' },
    { code: 'V_SHOULD_TRANSFER', title: '应当移送而未移送' },
    { code: 'V_FACTS_UNCLEAR', title: '证据不足、事实不清' },
    { code: 'V_WRONG_LAW', title: '适用法律错误' },
    { code: 'V_UNLAWFUL_PROCEDURE', title: '违反法定程序' },
    { code: 'V_FEWER_THAN_TWO_HANDLERS', title: '承办人员少于二人' },
  ],
  groups: [
    { group: G.FORM, max: 20 },
    { group: G.SUBSTANCE, max: 80 },
  ],
  items: [
    { code: 'F_FORMAT', group: G.FORM, title: '文书未使用规定格式', maxDeduction: 5 },
    { code: 'F_FILLED', group: G.FORM, title: '文书填写不完整、不准确', maxDeduction: 5 },
    { code: 'F_ONE_FILE', group: G.FORM, title: '未做到一案一卷，卷皮、目录、页码不全', maxDeduction: 5 },
    { code: 'F_ORDER', group: G.FORM, title: '文书未按办案程序顺序排列', maxDeduction: 5 },
    { code: 'S_REQUIRED_DOCS', group: G.SUBSTANCE, title: '应有法律文书缺失', maxDeduction: 10 },
    { code: 'S_SERVICE_PROOF', group: G.SUBSTANCE, title: '送达回证（送达凭证）缺失或与送达方式不符', maxDeduction: 10 },
    { code: 'S_SERVICE_LATE', group: G.SUBSTANCE, title: '未按期送达', maxDeduction: 10 },
    { code: 'S_LEFT_WITHOUT_RECORD', group: G.SUBSTANCE, title: '留置送达无见证人签字或影像记录', maxDeduction: 10 },
    { code: 'S_TIME_LIMITS', group: G.SUBSTANCE, title: '超过法定期限受理、办结', maxDeduction: 10 },
    { code: 'S_EXTENSION', group: G.SUBSTANCE, title: '延期未在期限届满前批准', maxDeduction: 5 },
    { code: 'S_DATE_ORDER', group: G.SUBSTANCE, title: '程序日期前后矛盾', maxDeduction: 5 },
    { code: 'S_DECISION_PERFORMANCE', group: G.SUBSTANCE, title: '决定书缺少必备内容（履行方式和期限等）', maxDeduction: 5 },
    { code: 'S_REMEDY', group: G.SUBSTANCE, title: '未告知救济途径或复议机关、法院未写全称', maxDeduction: 2 },
    { code: 'S_BASIS_ARTICLE', group: G.SUBSTANCE, title: '法律依据未引至条款项目', maxDeduction: 2 },
    { code: 'S_FACTS', group: G.SUBSTANCE, title: '事实认定不够清楚', maxDeduction: 4 },
    { code: 'S_EVIDENCE', group: G.SUBSTANCE, title: '证据不够充分、确实', maxDeduction: 3 },
    { code: 'S_LAW', group: G.SUBSTANCE, title: '适用法律不够准确', maxDeduction: 2 },
    { code: 'S_DISCRETION', group: G.SUBSTANCE, title: '裁量不够适当', maxDeduction: 2 },
  ],
  grades: [
    { grade: ReviewGrade.EXCELLENT, minScore: 90 },
    { grade: ReviewGrade.GOOD, minScore: 80 },
    { grade: ReviewGrade.QUALIFIED, minScore: 60 },
  ],
  checks: [
    { check: C.REQUIRED_DOCUMENTS, itemCode: 'S_REQUIRED_DOCS', vetoCode: null, deduction: 10 },
    { check: C.CLOCK_ACCEPTANCE, itemCode: 'S_TIME_LIMITS', vetoCode: null, deduction: 5 },
    { check: C.CLOCK_HANDLING, itemCode: 'S_TIME_LIMITS', vetoCode: null, deduction: 10 },
    { check: C.CLOCK_ANSWER, itemCode: 'S_TIME_LIMITS', vetoCode: null, deduction: 2 },
    { check: C.CLOCK_SERVICE, itemCode: 'S_SERVICE_LATE', vetoCode: null, deduction: 10 },
    { check: C.DATE_ORDER, itemCode: 'S_DATE_ORDER', vetoCode: null, deduction: 5 },
    { check: C.SERVICE_PROOF, itemCode: 'S_SERVICE_PROOF', vetoCode: null, deduction: 10 },
    { check: C.LEFT_AT_RESIDENCE_RECORD, itemCode: 'S_LEFT_WITHOUT_RECORD', vetoCode: null, deduction: 10 },
    { check: C.DECISION_PARTS, itemCode: 'S_DECISION_PERFORMANCE', vetoCode: null, deduction: 5 },
    { check: C.LEGAL_BASIS_ARTICLE, itemCode: 'S_BASIS_ARTICLE', vetoCode: null, deduction: 2 },
    { check: C.REMEDY_NOTICE, itemCode: 'S_REMEDY', vetoCode: null, deduction: 2 },
    { check: C.TWO_HANDLERS, itemCode: null, vetoCode: 'V_FEWER_THAN_TWO_HANDLERS', deduction: 0 },
    { check: C.HANDLERS_QUALIFIED, itemCode: null, vetoCode: 'V_STAFF_NOT_QUALIFIED', deduction: 0 },
    { check: C.EXTENSIONS_IN_TIME, itemCode: 'S_EXTENSION', vetoCode: null, deduction: 5 },
  ],
  requiredDocuments: [
    { channel: Channel.ADJUDICATION, outcome: null, kinds: [K.ACCEPTANCE_NOTICE, K.ANSWER_NOTICE] },
    { channel: Channel.ADJUDICATION, outcome: OutcomeKind.DECISION, kinds: [K.DECISION] },
    { channel: Channel.ADJUDICATION, outcome: OutcomeKind.AGREEMENT, kinds: [K.MEDIATION_AGREEMENT] },
    { channel: Channel.MEDIATION, outcome: OutcomeKind.AGREEMENT, kinds: [K.MEDIATION_AGREEMENT] },
  ],
};

const CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

function title(field: string, value: string, errors: FieldError[]): void {
  const v = value.trim();
  if (v.length < 2 || v.length > 100 || v !== value) errors.push(new FieldError(field, '名称应为 2–100 个字符，首尾不含空格', FieldErrorCode.INVALID));
}

/** Every rule a saved checklist must keep; an empty list means it may be saved. */
export function validateChecklist(c: ChecklistContent): FieldError[] {
  const errors: FieldError[] = [];
  const codes = new Set<string>();
  const code = (field: string, value: string) => {
    if (!CODE.test(value)) errors.push(new FieldError(field, '代码应为大写字母、数字和下划线（2–40 位）', FieldErrorCode.INVALID_FORMAT));
    else if (codes.has(value)) errors.push(new FieldError(field, `代码 ${value} 重复`, FieldErrorCode.TAKEN));
    codes.add(value);
  };
  if (c.vetoItems.length > 50) errors.push(new FieldError('vetoItems', '最多 50 项', FieldErrorCode.TOO_LONG));
  c.vetoItems.forEach((v, i) => {
    code(`vetoItems.${i}.code`, v.code);
    title(`vetoItems.${i}.title`, v.title, errors);
  });
  const groups = new Map<ReviewItemGroup, number>();
  c.groups.forEach((g, i) => {
    if (groups.has(g.group)) errors.push(new FieldError(`groups.${i}.group`, '分组重复', FieldErrorCode.TAKEN));
    if (!Number.isInteger(g.max) || g.max < 1 || g.max > 100) errors.push(new FieldError(`groups.${i}.max`, '分值应为 1–100 的整数', FieldErrorCode.INVALID));
    groups.set(g.group, g.max);
  });
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  if (groups.size !== Object.keys(ReviewItemGroup).length || total !== 100) errors.push(new FieldError('groups', '卷面和内容两组的分值合计应为 100 分', FieldErrorCode.INVALID));
  if (c.items.length < 1 || c.items.length > 200) errors.push(new FieldError('items', '评分项应为 1–200 项', FieldErrorCode.INVALID));
  const items = new Map<string, ChecklistItem>();
  c.items.forEach((it, i) => {
    code(`items.${i}.code`, it.code);
    title(`items.${i}.title`, it.title, errors);
    const max = groups.get(it.group);
    if (!Number.isInteger(it.maxDeduction) || it.maxDeduction < 1 || (max !== undefined && it.maxDeduction > max))
      errors.push(new FieldError(`items.${i}.maxDeduction`, '最高扣分应为正整数且不超过所在分组的分值', FieldErrorCode.INVALID));
    items.set(it.code, it);
  });
  const grades = c.grades;
  const need = [ReviewGrade.EXCELLENT, ReviewGrade.QUALIFIED];
  if (need.some((g) => !grades.some((x) => x.grade === g)) || grades.some((x) => x.grade === ReviewGrade.UNQUALIFIED))
    errors.push(new FieldError('grades', '应设置“优秀”和“合格”的分数线（“良好”可选，“不合格”为合格线以下）', FieldErrorCode.INVALID));
  const order = [ReviewGrade.EXCELLENT, ReviewGrade.GOOD, ReviewGrade.QUALIFIED];
  const sorted = [...grades].sort((a, b) => order.indexOf(a.grade) - order.indexOf(b.grade));
  if (new Set(grades.map((g) => g.grade)).size !== grades.length) errors.push(new FieldError('grades', '等次重复', FieldErrorCode.TAKEN));
  sorted.forEach((g, i) => {
    if (!Number.isInteger(g.minScore) || g.minScore < 1 || g.minScore > 100) errors.push(new FieldError(`grades.${i}.minScore`, '分数线应为 1–100 的整数', FieldErrorCode.INVALID));
    else if (i > 0 && g.minScore >= sorted[i - 1].minScore) errors.push(new FieldError(`grades.${i}.minScore`, '分数线应按等次从高到低递减', FieldErrorCode.INVALID));
  });
  const vetoes = new Set(c.vetoItems.map((v) => v.code));
  const checked = new Set<ReviewCheckCode>();
  c.checks.forEach((r, i) => {
    if (checked.has(r.check)) errors.push(new FieldError(`checks.${i}.check`, '自动检查重复', FieldErrorCode.TAKEN));
    checked.add(r.check);
    if ((r.itemCode === null) === (r.vetoCode === null)) errors.push(new FieldError(`checks.${i}`, '每项自动检查应对应一个评分项或一个否决项', FieldErrorCode.INVALID));
    if (r.itemCode !== null) {
      const item = items.get(r.itemCode);
      if (!item) errors.push(new FieldError(`checks.${i}.itemCode`, `没有评分项 ${r.itemCode}`, FieldErrorCode.NOT_FOUND));
      else if (!Number.isInteger(r.deduction) || r.deduction < 1 || r.deduction > item.maxDeduction)
        errors.push(new FieldError(`checks.${i}.deduction`, '建议扣分应为正整数且不超过该评分项的最高扣分', FieldErrorCode.INVALID));
    }
    if (r.vetoCode !== null && !vetoes.has(r.vetoCode)) errors.push(new FieldError(`checks.${i}.vetoCode`, `没有否决项 ${r.vetoCode}`, FieldErrorCode.NOT_FOUND));
  });
  if (c.requiredDocuments.length > 100) errors.push(new FieldError('requiredDocuments', '最多 100 条', FieldErrorCode.TOO_LONG));
  c.requiredDocuments.forEach((r, i) => {
    if (!r.kinds.length || new Set(r.kinds).size !== r.kinds.length) errors.push(new FieldError(`requiredDocuments.${i}.kinds`, '应列明不重复的文书种类', FieldErrorCode.INVALID));
  });
  return errors;
}

/**
 * The same content in one canonical form (to tell whether the shipped version changed): values in a
 * fixed order, since jsonb gives objects back with their keys in its own order.
 */
export function canonicalChecklist(c: ChecklistContent): string {
  return JSON.stringify([
    c.vetoItems.map((v) => [v.code, v.title]),
    c.groups.map((g) => [g.group, g.max]),
    c.items.map((i) => [i.code, i.group, i.title, i.maxDeduction]),
    c.grades.map((g) => [g.grade, g.minScore]),
    c.checks.map((r) => [r.check, r.itemCode, r.vetoCode, r.deduction]),
    c.requiredDocuments.map((r) => [r.channel, r.outcome, r.kinds]),
  ]);
}
