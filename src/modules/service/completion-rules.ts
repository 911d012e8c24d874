import { ServiceEvidenceKind, ServiceMethod } from '../../core/enums';
import { assertIsoDate, computeDeadline, type ClockRule, type IsoDate, type WorkCalendar } from '../clock';

// When service of a document is complete, by method (民事诉讼法 2023 arts 85, 87–95, 283;
// 民诉法解释 2022 arts 133–139), and what the case file must hold for each method.
// Pure: the calendar and the dates are passed in.

/** Days after publication at which a public notice counts as served (art. 95), and for a party abroad (art. 283). */
export const PUBLIC_NOTICE_DAYS = 30;
export const PUBLIC_NOTICE_DAYS_ABROAD = 60;

export interface CompletionInput {
  method: ServiceMethod;
  /** The act's date: signed, left, reached the recipient's system, postal receipt, or published. */
  servedOn: IsoDate;
  /** The recipient lives abroad (public notice: 60 days instead of 30). */
  abroad: boolean;
}

export interface Completion {
  /** The date service is complete. */
  completedOn: IsoDate;
  /** The date depends on a year with no official holiday schedule loaded (public notice only). */
  provisional: boolean;
  /** The rule applied, in Chinese, with its legal basis (for people; the article, no verification marks). */
  basis: string;
}

const BASIS: Record<Exclude<ServiceMethod, ServiceMethod.PUBLIC_NOTICE>, string> = {
  [ServiceMethod.DIRECT]: '受送达人在送达回证上签收的日期为送达日期（《中华人民共和国民事诉讼法》第八十七条）',
  [ServiceMethod.ENTRUSTED]: '受送达人在送达回证上签收的日期为送达日期（《中华人民共和国民事诉讼法》第八十七条、第九十一条）',
  [ServiceMethod.LEFT_AT_RESIDENCE]: '文书留在受送达人住所之日视为送达（《中华人民共和国民事诉讼法》第八十九条）',
  [ServiceMethod.ELECTRONIC]: '文书到达受送达人特定系统之日为送达日期（《中华人民共和国民事诉讼法》第九十条，《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百三十五条）',
  [ServiceMethod.POSTAL]: '回执上注明的收件日期为送达日期（《中华人民共和国民事诉讼法》第九十一条）',
};

/** The public notice as a clock of the engine: N calendar days from publication, the first day not counted, a holiday end rolled forward. */
export function publicNoticeRule(abroad: boolean): ClockRule {
  return {
    amount: abroad ? PUBLIC_NOTICE_DAYS_ABROAD : PUBLIC_NOTICE_DAYS,
    unit: 'CALENDAR_DAYS',
    startsFrom: 'NOTICE_PUBLISHED',
    extensible: false,
    maxExtension: null,
    legalBasis: abroad ? '《中华人民共和国民事诉讼法》第二百八十三条、第八十五条' : '《中华人民共和国民事诉讼法》第九十五条、第八十五条',
    action: '视为送达',
  };
}

/**
 * The date service is complete. DIRECT, ENTRUSTED, LEFT_AT_RESIDENCE, ELECTRONIC and
 * POSTAL complete on the act's own date; PUBLIC_NOTICE completes 30 days (60 abroad)
 * after publication, counted on the clock engine: the day of publication is not
 * counted, and an end on a non-working day moves to the next working day (art. 85).
 */
export function completionOf(calendar: WorkCalendar, input: CompletionInput): Completion {
  const basis = completionBasis(input.method, input.abroad);
  if (input.method !== ServiceMethod.PUBLIC_NOTICE) {
    assertIsoDate(input.servedOn, 'servedOn');
    return { completedOn: input.servedOn, provisional: false, basis };
  }
  const view = computeDeadline(calendar, { rule: publicNoticeRule(input.abroad), start: input.servedOn, pauses: [], extended: 0 }, input.servedOn);
  return { completedOn: view.dueOn, provisional: view.provisional, basis };
}

/** The rule by which a method's service is complete, in Chinese with its legal basis. */
export function completionBasis(method: ServiceMethod, abroad: boolean): string {
  if (method !== ServiceMethod.PUBLIC_NOTICE) return BASIS[method];
  const rule = publicNoticeRule(abroad);
  return `自发出公告之日起经过 ${rule.amount} 日视为送达；发出公告之日不计入，期间届满的最后一日是法定休假日的，以休假日后的第一个工作日为届满日期（${rule.legalBasis}）`;
}

/** The evidence a method needs (at least one file of one of the kinds of each group) and the kinds it accepts. */
export interface EvidenceRule {
  /** Each inner list: at least one file of one of these kinds. */
  required: readonly (readonly ServiceEvidenceKind[])[];
  accepted: readonly ServiceEvidenceKind[];
}

const E = ServiceEvidenceKind;
export const EVIDENCE_RULES: Readonly<Record<ServiceMethod, EvidenceRule>> = {
  // 送达回证 signed by the recipient or one of art. 88's signers.
  [ServiceMethod.DIRECT]: { required: [[E.SIGNED_RECEIPT]], accepted: [E.SIGNED_RECEIPT, E.ADDRESS_CONFIRMATION, E.OTHER] },
  // Entrusted service (art. 91) is proved by the 送达回证 the entrusted body returns.
  [ServiceMethod.ENTRUSTED]: { required: [[E.SIGNED_RECEIPT]], accepted: [E.SIGNED_RECEIPT, E.ADDRESS_CONFIRMATION, E.OTHER] },
  // Art. 89: a witness's signature, or photos / video of the process.
  [ServiceMethod.LEFT_AT_RESIDENCE]: {
    required: [[E.PHOTO_OR_VIDEO, E.WITNESS_SIGNATURE]],
    accepted: [E.PHOTO_OR_VIDEO, E.WITNESS_SIGNATURE, E.SIGNED_RECEIPT, E.ADDRESS_CONFIRMATION, E.OTHER],
  },
  [ServiceMethod.ELECTRONIC]: { required: [[E.DELIVERY_RECORD]], accepted: [E.DELIVERY_RECORD, E.ADDRESS_CONFIRMATION, E.OTHER] },
  [ServiceMethod.POSTAL]: { required: [[E.POSTAL_RECEIPT]], accepted: [E.POSTAL_RECEIPT, E.SIGNED_RECEIPT, E.ADDRESS_CONFIRMATION, E.OTHER] },
  // 解释 arts 138–139: the notice itself and photos of where it was posted.
  [ServiceMethod.PUBLIC_NOTICE]: { required: [[E.PUBLIC_NOTICE]], accepted: [E.PUBLIC_NOTICE, E.OTHER] },
};
