import { FileTextOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth';

interface DisputeLike {
  id: string;
  status: string;
  proceedings: readonly { status: string; acceptedAt?: string | null; organization: { id: string } }[];
}

/**
 * 撰写典型案例 on a dispute's page: for the handlers of an organization that admitted and concluded
 * a proceeding of a closed (or resolved) dispute, as draftTypicalCase requires.
 */
export default function DraftTypicalCaseButton({ dispute }: { dispute: DisputeLike }) {
  const { user, hasRole } = useAuth();
  const navigate = useNavigate();
  const orgId = user?.organization?.id;
  const handled = dispute.proceedings.some((p) => p.organization.id === orgId && p.status === 'CONCLUDED' && p.acceptedAt);
  if (!orgId || !hasRole('HANDLER', 'COURT_LIAISON') || !handled || (dispute.status !== 'CLOSED' && dispute.status !== 'RESOLVED')) return null;
  return (
    <Button icon={<FileTextOutlined />} onClick={() => navigate(`/typical-cases/new?dispute=${dispute.id}`)}>
      撰写典型案例
    </Button>
  );
}
