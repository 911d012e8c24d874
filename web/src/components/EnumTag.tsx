import { Tag } from 'antd';
import { useLabels } from '../app/labels';

/** Colours (not labels) per value; labels come from the server. */
const COLORS: Record<string, Record<string, string>> = {
  DisputeStatus: { AWAITING_ROUTING: 'orange', REFERRED: 'blue', IN_PROGRESS: 'processing', RESOLVED: 'green', CLOSED: 'default', WITHDRAWN: 'default' },
  ReferralStatus: { PENDING: 'orange', ACCEPTED: 'blue', DECLINED: 'red', CANCELLED: 'default', COMPLETED: 'green' },
  ProceedingStatus: { ACCEPTANCE_REVIEW: 'orange', IN_PROGRESS: 'processing', PAUSED: 'purple', CONCLUDED: 'green', NOT_ACCEPTED: 'red' },
  JudicialConfirmationStatus: { PENDING: 'orange', ACCEPTED: 'blue', CONFIRMED: 'green', REJECTED: 'red', NOT_ACCEPTED: 'red', WITHDRAWN: 'default' },
};

export function EnumTag({ enumName, value }: { enumName: string; value: string | null | undefined }) {
  const label = useLabels();
  if (!value) return null;
  return <Tag color={COLORS[enumName]?.[value]}>{label(enumName, value)}</Tag>;
}
