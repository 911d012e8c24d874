import { PartyRole } from '../../core/enums';
import type { ClockRule, TimeUnit } from '../clock';

/**
 * A party's time to answer (答辩 / 书面说明) after service of the 答辩通知书 (with the
 * copy of the application) is complete, per matter. Configurable data: a matter
 * without a row starts no ANSWER clock.
 *
 * `legalBasis` and `action` are read by citizens (the clock's rule text): they cite
 * the article and carry no verification marks. What awaits checking is in `unverified`
 * (for administrators and maintainers only), the way the matter catalog keeps
 * unverifiedLegalBasis.
 */
export interface AnswerLimit {
  matterCode: string;
  /** The roles that answer: an ANSWER_NOTICE served on a party of another role starts no clock. */
  roles: readonly PartyRole[];
  amount: number;
  unit: Extract<TimeUnit, 'WORKING_DAYS' | 'CALENDAR_DAYS'>;
  legalBasis: string;
  /** What the party must do, e.g. 提交答辩书. */
  action: string;
  unverified?: readonly string[];
}

export const ANSWER_LIMITS: readonly AnswerLimit[] = [
  {
    matterCode: 'GOV-PROCUREMENT-COMPLAINT',
    // 被投诉人和其他与投诉事项有关的当事人: the respondent and the related suppliers (registered as third parties).
    roles: [PartyRole.RESPONDENT, PartyRole.THIRD_PARTY],
    amount: 5,
    unit: 'WORKING_DAYS',
    legalBasis:
      '《政府采购质疑和投诉办法》（财政部令第94号）第二十二条：被投诉人和其他与投诉事项有关的当事人应当在收到投诉答复通知书及投诉书副本之日起5个工作日内，以书面形式向财政部门作出说明，并提交相关证据、依据和其他有关材料',
    action: '以书面形式作出说明并提交相关证据、依据和其他有关材料',
  },
  {
    matterCode: 'PATENT-INFRINGEMENT',
    roles: [PartyRole.RESPONDENT],
    amount: 15,
    unit: 'CALENDAR_DAYS',
    legalBasis: '《专利行政执法办法》第十三条：被请求人应当在收到请求书副本之日起15日内提交答辩书；逾期不提交答辩书的，不影响案件处理',
    action: '提交答辩书',
    unverified: [
      '《专利行政执法办法》第十三条（收到之日起15日内提交答辩书）：条文序号取自二手资料，待对照国家知识产权局现行规章核实；并核实专利侵权纠纷行政裁决是否已改由国家知识产权局后续发布的专门办法规定答辩期限',
    ],
  },
  {
    matterCode: 'LAND-OWNERSHIP',
    roles: [PartyRole.RESPONDENT],
    amount: 30,
    unit: 'CALENDAR_DAYS',
    legalBasis: '《土地权属争议调查处理办法》第十三条：被申请人应当在接到申请书副本之日起30日内提交答辩书和有关证据材料；逾期不提交答辩书的，不影响案件的处理',
    action: '提交答辩书和有关证据材料',
    unverified: [
      '《土地权属争议调查处理办法》答辩期限（接到申请书副本之日起30日内）：二手资料把这一句与“收到申请书之日起7个工作日内提出是否受理的意见”列在同一条（事项清单记为第十三条），另有资料记为第十五条，起算表述为“接到申请书副本”还是“接到答辩通知书”亦待对照国土资源部令第17号原文核实',
    ],
  },
];

export function answerLimitFor(matterCode: string | null | undefined): AnswerLimit | null {
  return (matterCode && ANSWER_LIMITS.find((l) => l.matterCode === matterCode)) || null;
}

/**
 * The ANSWER clock's rule: from the day service is complete, not extensible (the law gives no
 * extension). `printed` is the time the 答辩通知书 itself gave when its issuer set one (its
 * daysAllowed, in the matter's unit): the party has the time the notice told it.
 */
export function answerClockRule(limit: AnswerLimit, printed?: { days: number; number: string } | null): ClockRule {
  return {
    amount: printed?.days ?? limit.amount,
    unit: limit.unit,
    startsFrom: 'DOCUMENT_SERVED',
    extensible: false,
    maxExtension: null,
    legalBasis: printed && printed.days !== limit.amount ? `答辩通知书（${printed.number}）载明的期限；${limit.legalBasis}` : limit.legalBasis,
    action: limit.action,
  };
}

/** The SERVICE clock's rule: the center's own rule (HUB_SERVICE_DUE_WORKING_DAYS), from the day the document was issued. */
export function serviceClockRule(workingDays: number): ClockRule {
  return {
    amount: workingDays,
    unit: 'WORKING_DAYS',
    startsFrom: 'DOCUMENT_ISSUED',
    extensible: false,
    maxExtension: null,
    legalBasis: '本中心文书送达工作规则：文书制发后应当及时送达全部受送达人',
    action: '送达文书',
  };
}
