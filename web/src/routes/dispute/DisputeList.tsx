import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/auth';
import { DisputeBrowser } from '../../components/DisputeBrowser';

export default function DisputeList() {
  const { hasRole } = useAuth();
  const navigate = useNavigate();
  return (
    <DisputeBrowser
      title="纠纷查询"
      extra={
        hasRole('FRONTDESK') && (
          <Button type="primary" onClick={() => navigate('/frontdesk/register')}>
            登记纠纷
          </Button>
        )
      }
    />
  );
}
