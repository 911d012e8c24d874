import { DisputeBrowser } from '../../components/DisputeBrowser';

const FILTER = { assignedToMe: true };

export default function MyCases() {
  return <DisputeBrowser title="我的案件" fixedFilter={FILTER} />;
}
