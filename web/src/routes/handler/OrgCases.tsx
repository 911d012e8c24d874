import { useAuth } from '../../app/auth';
import { DisputeBrowser } from '../../components/DisputeBrowser';

export default function OrgCases() {
  const { user } = useAuth();
  return <DisputeBrowser title="本单位在办" fixedFilter={{ organizationId: user?.organization?.id, status: ['IN_PROGRESS'] }} />;
}
