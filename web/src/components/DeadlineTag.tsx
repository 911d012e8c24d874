import { Space, Tag, Tooltip } from 'antd';
import type { DeadlineFieldsFragment, DeadlineState } from '../gql/graphql';
import { useLabels } from '../app/labels';

export const DEADLINE_COLORS: Record<DeadlineState, string> = {
  ON_TRACK: 'green',
  DUE_SOON: 'orange',
  OVERDUE: 'red',
  MISSED: 'volcano',
  MET: 'default',
  PAUSED: 'purple',
};

export function remainingText(d: Pick<DeadlineFieldsFragment, 'remaining' | 'unit'>): string | null {
  if (d.remaining == null) return null;
  const unit = d.unit === 'WORKING_DAYS' ? '个工作日' : '天';
  return d.remaining >= 0 ? `剩 ${d.remaining} ${unit}` : `超 ${-d.remaining} ${unit}`;
}

/** A statutory clock: kind, due date, remaining days, state colour, provisional flag; the rule in a tooltip. */
export function DeadlineTag({ deadline, showKind = true }: { deadline: DeadlineFieldsFragment | null | undefined; showKind?: boolean }) {
  const label = useLabels();
  if (!deadline) return null;
  const rest = remainingText(deadline);
  return (
    <Tooltip title={deadline.rule}>
      <Space size={4} wrap>
        <Tag color={DEADLINE_COLORS[deadline.state]}>
          {showKind ? `${label('DeadlineKind', deadline.kind)} · ` : ''}
          {label('DeadlineState', deadline.state)}
        </Tag>
        <span>截止 {deadline.dueOn}</span>
        {rest && <span style={{ color: deadline.remaining != null && deadline.remaining < 0 ? '#cf1322' : undefined }}>（{rest}）</span>}
        {deadline.provisional && (
          <Tooltip title="该年度国务院节假日安排尚未载入，到期日按周末和固定节日暂算">
            <Tag color="gold">暂定</Tag>
          </Tooltip>
        )}
      </Space>
    </Tooltip>
  );
}
