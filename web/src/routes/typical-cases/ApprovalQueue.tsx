import { Card, Typography } from 'antd';
import { StaffList } from './TypicalCaseList';

/** 典型案例审批: the head's queue, the organization's cases submitted for approval. */
export default function ApprovalQueue() {
  return (
    <Card title="典型案例审批">
      <Typography.Paragraph type="secondary">本单位提交审批的典型案例。打开案例核对匿名化文本后批准发布，或填写理由退回修改。</Typography.Paragraph>
      <StaffList status={['SUBMITTED']} empty="暂无待审批的典型案例" />
    </Card>
  );
}
