import { Channel, OutcomeKind, PauseReason, ReferralKind, TimeUnit } from '../../shared/enums';

// One-line Chinese summaries for the timeline. They name organizations,
// matters and legal acts, never a party, an ID number, a phone or free text
// typed by a user (which could hold personal data).

export const REFERRAL_VERB: Record<ReferralKind, string> = {
  TRANSFER: '转办',
  ASSIGN: '交办',
  COURT_DELEGATED: '委派调解',
  COURT_ENTRUSTED: '委托调解',
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  ADJUDICATION: '行政裁决',
  MEDIATION: '调解',
  ARBITRATION: '仲裁',
  NOTARIZATION: '公证',
  JUDICIAL_APPRAISAL: '司法鉴定',
  PETITION: '信访',
  RECONSIDERATION: '行政复议',
  LITIGATION: '诉讼',
};

export const OUTCOME_LABEL: Record<OutcomeKind, string> = {
  AGREEMENT: '达成调解协议',
  MEDIATION_FAILED: '调解不成',
  DECISION: '作出决定',
  AWARD: '作出仲裁裁决',
  CERTIFICATE: '出具公证书',
  APPRAISAL_OPINION: '出具鉴定意见',
  REPLY: '作出信访答复',
  HANDLING_OPINION: '提出处理意见',
  JUDGMENT: '作出判决（调解书）',
  DISMISSED: '驳回',
  WITHDRAWN: '撤回',
  TERMINATED: '终止',
};

export const PAUSE_LABEL: Record<PauseReason, string> = {
  MATERIALS_SUPPLEMENT: '补正材料',
  EXPERT_REVIEW: '专家评审',
  INSPECTION_OR_APPRAISAL: '检验、检测、鉴定',
  PUBLIC_NOTICE: '公告',
  HEARING: '听证',
  VERIFICATION: '核实',
  SAMPLE_COLLECTION: '补充鉴定材料（样本）',
  FORCE_MAJEURE: '不可抗力',
  SUSPENSION: '中止',
};

export function unitLabel(unit: TimeUnit, amount: number): string {
  if (unit === TimeUnit.WORKING_DAYS) return `${amount} 个工作日`;
  if (unit === TimeUnit.MONTHS) return `${amount} 个月`;
  return `${amount} 日`;
}
