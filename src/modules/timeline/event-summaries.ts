import { ProcedureTrack, TimeUnit, type DeadlineKind } from '../../core/enums';
import {
  DEADLINE_KIND_LABELS,
  MATERIAL_RECEIPT_LABELS,
  MATERIAL_STATUS_LABELS,
  OUTCOME_KIND_LABELS,
  PARTY_ROLE_LABELS,
  PAUSE_REASON_LABELS,
  REFERRAL_KIND_LABELS,
  SERVICE_METHOD_LABELS,
} from '../../core/labels';
import type { EventData, EventFacts, EventType } from './event-types';

// One-line Chinese summaries for the timeline, rendered from an event's data and
// facts by pure functions (documents reuse them). They name organizations,
// matters and legal acts, never a party, an ID number, a phone or free text
// typed by a user (which could hold personal data).

export function unitLabel(unit: TimeUnit, amount: number): string {
  if (unit === TimeUnit.WORKING_DAYS) return `${amount} 个工作日`;
  if (unit === TimeUnit.MONTHS) return `${amount} 个月`;
  return `${amount} 日`;
}

const kindLabel = (k: DeadlineKind) => DEADLINE_KIND_LABELS[k];

type Render<T extends EventType> = (data: EventData<T>, facts: EventFacts<T>) => string;

export const SUMMARIES: { [T in EventType]: Render<T> } = {
  REGISTERED: (d, f) => `${f.organization} 登记纠纷 ${d.code}${f.matterName ? `（${f.matterName}）` : ''}`,
  REFERRED: (d, f) => `${REFERRAL_KIND_LABELS[d.kind]}至 ${f.receiver}`,
  REFERRAL_ACCEPTED: (d, f) => `${f.receiver} 接收${REFERRAL_KIND_LABELS[f.kind]}${d.proceedingStatus === 'ACCEPTANCE_REVIEW' ? '，进入受理审查' : '，开始办理'}`,
  REFERRAL_DECLINED: (_d, f) => `${f.receiver} 退回${REFERRAL_KIND_LABELS[f.kind]}，纠纷回到 ${f.sender}`,
  REFERRAL_CANCELLED: (_d, f) => (f.withdrawn ? `因申请人撤回，撤销对 ${f.receiver} 的转办` : `撤回对 ${f.receiver} 的${REFERRAL_KIND_LABELS[f.kind]}`),
  PROCEEDING_ADMITTED: (d, f) => `${f.organization} 受理${d.caseNumber ? `（案号 ${d.caseNumber}）` : ''}${d.procedure === ProcedureTrack.SIMPLIFIED ? '，适用简易程序' : ''}`,
  PROCEEDING_NOT_ACCEPTED: (_d, f) => `${f.organization} 不予受理${f.suggested ? `，建议向 ${f.suggested} 申请` : ''}`,
  PROCEEDING_ASSIGNED: (_d, f) => `${f.organization} 指定承办人`,
  PAUSED: (d, f) => `${f.organization} 因${PAUSE_REASON_LABELS[d.reason]}中止计时`,
  RESUMED: (d, f) => `${f.organization} 恢复计时${d.dueOn ? `，办理期限顺延至 ${d.dueOn}` : ''}`,
  EXTENDED: (d, f) =>
    'judicialConfirmationId' in d ? `${f.organization} 经院长批准延长司法确认审查期限 ${d.amount} 日，至 ${d.dueOn}` : `${f.organization} 延长办理期限 ${unitLabel(f.unit, d.amount)}，至 ${d.dueOn}`,
  CONCLUDED: (d, f) =>
    f.withdrawnByApplicant ? `${f.organization} 办结：申请人撤回` : `${f.organization} 办结：${OUTCOME_KIND_LABELS[d.outcome]}${f.documentNumber ? `（${f.documentNumber}）` : ''}`,
  JUDICIAL_CONFIRMATION_REQUESTED: (_d, f) => `${f.mediator} 向 ${f.court} 申请司法确认调解协议`,
  JUDICIAL_CONFIRMATION_ACCEPTED: (_d, f) => `${f.court} 立案受理司法确认申请`,
  JUDICIAL_CONFIRMATION_NOT_ACCEPTED: (_d, f) => `${f.court} 裁定不予受理司法确认申请`,
  JUDICIAL_CONFIRMATION_DECIDED: (d, f) => `${f.court} 裁定${f.confirmed ? '确认调解协议有效' : '驳回司法确认申请'}（${d.rulingNumber}）`,
  DEADLINE_DUE_SOON: (d, f) => `${kindLabel(d.kind)}即将届满（${f.action}，期限 ${d.dueOn}，剩余 ${d.remaining} ${f.unit === TimeUnit.WORKING_DAYS ? '个工作日' : '日'}）`,
  DEADLINE_OVERDUE: (d, f) => `${kindLabel(d.kind)}已届满未完成（${f.action}，期限 ${d.dueOn}）`,
  CLOSED: () => '纠纷办结归档',
  WITHDRAWN: () => '申请人撤回纠纷调处申请',
  FILE_UPLOADED: (_d, f) => `${f.organization} 上传材料`,
  MATERIAL_RECORDED: (d) => `材料“${d.item}”：${MATERIAL_STATUS_LABELS[d.status]}${d.receipt ? `（${MATERIAL_RECEIPT_LABELS[d.receipt]}）` : ''}`,
  DOCUMENT_ISSUED: (d, f) => `${f.organization} 制发${f.title}（${d.number}）${d.supersedesId ? `，更正第 ${d.version} 版，取代前一版本` : ''}`,
  DOCUMENT_SERVED: (d, f) => `${f.title}（${f.number}）已向${PARTY_ROLE_LABELS[d.recipientRole]}${SERVICE_METHOD_LABELS[d.method]}，${d.completedOn} 送达`,
  NOTICE_ACKNOWLEDGED: (_d, f) => `申请人确认已收到告知书（${f.number}）`,
  DECISION_WITHOUT_DOCUMENT: (_d, f) => `${f.organization} 以决定办结，决定书未在系统内制作（纸质决定）`,
  ANSWER_RECEIVED: (d, f) => `${PARTY_ROLE_LABELS[d.recipientRole]}就答辩通知书（${f.number}）提交答辩状，${d.receivedOn} 收到${d.late ? '（已超过答辩期限）' : ''}`,
  HANDLERS_CHANGED: (d, f) => `${f.organization} 确定承办人 ${1 + d.coHandlerIds.length} 名（主办 1 名${d.coHandlerIds.length ? `、协办 ${d.coHandlerIds.length} 名` : ''}）`,
  EXPERTS_DRAWN: (d, f) => `${f.organization} 随机抽取评审专家 ${d.panelSize} 名、备选 ${d.alternates} 名`,
  EXPERTS_REDRAWN: (_d, f) => `${f.organization} 重新抽取评审专家（原抽取作废，理由已记录）`,
  EXPERT_DECLARED: () => '抽取的专家声明与当事人无利害关系',
  EXPERT_WITHDREW: (d) => `抽取的专家回避${d.replacedById ? '，由备选专家依次递补' : ''}`,
  EXPERT_CHALLENGED: () => '当事人申请专家回避',
  EXPERT_CHALLENGE_DECIDED: (d) => (d.upheld ? `回避申请成立，专家回避${d.replacedById ? '，由备选专家依次递补' : ''}` : '回避申请不成立，驳回'),
  EXPERT_RATED: (d) => `承办人对专家评审工作评价 ${d.rating} 分`,
  FOLLOW_UP_ATTEMPTED: (d) => `第 ${d.attempt} 次回访未联系上当事人`,
  FOLLOW_UP_RECORDED: () => '完成回访，记录履行情况和满意度',
  FOLLOW_UP_CLOSED: (d) => (d.unreachable ? '多次回访未联系上当事人，回访终结' : '回访终结'),
};

export function summarize<T extends EventType>(type: T, data: EventData<T>, facts: EventFacts<T>): string {
  return (SUMMARIES[type] as Render<T>)(data, facts);
}
