import { Tag } from 'antd';
import { useLabels } from '../../app/labels';
import type { TypicalCaseStatus } from '../../gql/graphql';

/** Colours only; the label is the server's. */
const COLORS: Record<TypicalCaseStatus, string> = { DRAFT: 'default', SUBMITTED: 'orange', PUBLISHED: 'green', WITHDRAWN: 'red' };

export function StatusTag({ status }: { status: TypicalCaseStatus }) {
  const label = useLabels();
  return <Tag color={COLORS[status]}>{label('TypicalCaseStatus', status)}</Tag>;
}
