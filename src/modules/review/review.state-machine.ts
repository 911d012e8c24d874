import { ReviewCampaignStatus as S } from '../../core/enums';
import { REVIEW_CAMPAIGN_STATUS_LABELS } from '../../core/labels';
import { StateMachine } from '../../core/state-machine';

export type ReviewCampaignTransition = 'start' | 'score' | 'writeReport' | 'submit' | 'cancel';

/** 案卷评查: DRAFT → IN_PROGRESS (files fixed) → REPORTED (report submitted); cancelled before the report. */
export const reviewCampaignMachine = new StateMachine<S, ReviewCampaignTransition>('reviewCampaign', [
  { action: 'start', from: [S.DRAFT], to: S.IN_PROGRESS },
  { action: 'score', from: [S.IN_PROGRESS], to: 'same' },
  { action: 'writeReport', from: [S.IN_PROGRESS], to: 'same' },
  { action: 'submit', from: [S.IN_PROGRESS], to: S.REPORTED },
  { action: 'cancel', from: [S.DRAFT, S.IN_PROGRESS], to: S.CANCELLED },
]);

const REFUSALS: Record<ReviewCampaignTransition, string> = {
  start: '只有草拟中的评查可以开始',
  score: '只有评查中的案卷可以评分',
  writeReport: '只有评查中可以撰写报告',
  submit: '只有评查中的报告可以报送',
  cancel: '已报送或已取消的评查不能取消',
};

export function reviewRefusal(action: ReviewCampaignTransition, status: S): string {
  return `该评查当前为“${REVIEW_CAMPAIGN_STATUS_LABELS[status]}”，${REFUSALS[action]}。`;
}
