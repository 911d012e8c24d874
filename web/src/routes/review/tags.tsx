import { Tag } from 'antd';
import { useLabels } from '../../app/labels';
import type { ReviewCampaignStatus, ReviewCheckStatus, ReviewGrade } from '../../gql/graphql';

/** Colours only; labels are the server's. */
const CAMPAIGN: Record<ReviewCampaignStatus, string> = { DRAFT: 'default', IN_PROGRESS: 'processing', REPORTED: 'green', CANCELLED: 'red' };
const CHECK: Record<ReviewCheckStatus, string> = { PASS: 'green', FAIL: 'red', NOT_APPLICABLE: 'default', NOT_RECORDED: 'orange' };
const GRADE: Record<ReviewGrade, string> = { EXCELLENT: 'green', GOOD: 'blue', QUALIFIED: 'gold', UNQUALIFIED: 'red' };

export function CampaignStatusTag({ status }: { status: ReviewCampaignStatus }) {
  const label = useLabels();
  return <Tag color={CAMPAIGN[status]}>{label('ReviewCampaignStatus', status)}</Tag>;
}

export function CheckStatusTag({ status }: { status: ReviewCheckStatus }) {
  const label = useLabels();
  return <Tag color={CHECK[status]}>{label('ReviewCheckStatus', status)}</Tag>;
}

export function GradeTag({ grade }: { grade: ReviewGrade | null | undefined }) {
  const label = useLabels();
  if (!grade) return <>—</>;
  return <Tag color={GRADE[grade]}>{label('ReviewGrade', grade)}</Tag>;
}
