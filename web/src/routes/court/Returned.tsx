import { App, Button, Card, Empty, Popconfirm, Space, Typography } from 'antd';
import { useMutation } from 'urql';
import { isErrorResult } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { DeadlineTag } from '../../components/DeadlineTag';
import { formatTime } from '../../components/DisputeTable';
import { EnumTag } from '../../components/EnumTag';
import { CaseList, type CourtCase, type CourtReferral } from './CaseList';
import { CourtAcceptReferralDocument } from './documents';
import { useCourt } from './useCourt';

const newest = (a: CourtReferral, b: CourtReferral) => b.createdAt.localeCompare(a.createdAt);

/** The failed mediation (the court's own 委派/委托) and the referral that brought the case back to the court. */
function split(d: CourtCase, courtId: string) {
  const sent = d.referrals.filter((r) => r.fromOrganization.id === courtId && (r.kind === 'COURT_DELEGATED' || r.kind === 'COURT_ENTRUSTED')).sort(newest)[0];
  const back = d.referrals.filter((r) => r.toOrganization.id === courtId && r.channel === 'LITIGATION').sort(newest)[0];
  return { sent, back };
}

function AcceptButton({ referral, onDone }: { referral: CourtReferral; onDone: () => void }) {
  const { message } = App.useApp();
  const [{ fetching }, accept] = useMutation(CourtAcceptReferralDocument);
  return (
    <Popconfirm
      title="接收退回案件"
      description="接收后本院开始立案或继续审理程序。"
      okText="接收"
      cancelText="取消"
      onConfirm={async () => {
        const r = await accept({ id: referral.id }, { additionalTypenames: ['Dispute'] });
        const res = r.data?.acceptReferral;
        if (!res) message.error(r.error?.graphQLErrors[0]?.message ?? '网络错误，请重试');
        else if (isErrorResult(res)) message.error(res.message);
        else {
          message.success('已接收');
          onDone();
        }
      }}
    >
      <Button size="small" type="primary" loading={fetching}>
        接收
      </Button>
    </Popconfirm>
  );
}

/**
 * 调解不成退回: disputes the court delegated or entrusted whose mediation failed and came back to the court
 * on the litigation channel (DisputeFilter: referred by this court, with a LITIGATION referral or proceeding).
 */
export default function Returned() {
  const label = useLabels();
  const { courtId, picker } = useCourt();
  if (!courtId) return <Card title="调解不成退回">{picker ?? <Empty description="未找到法院" />}</Card>;
  return (
    <Card title="调解不成退回的案件">
      {picker}
      <Typography.Paragraph type="secondary">诉前委派调解不成的，退回依法立案审理；立案后委托调解不成的，退回继续审理。</Typography.Paragraph>
      <CaseList
        key={courtId}
        filter={{ referredByOrganizationId: courtId, channel: 'LITIGATION' }}
        empty="暂无调解不成退回的案件"
        columns={(refresh) => [
          {
            title: '原委派 / 委托',
            width: 260,
            render: (_, d) => {
              const { sent } = split(d, courtId);
              if (!sent) return '—';
              return (
                <Space orientation="vertical" size={2}>
                  <span>
                    {label('ReferralKind', sent.kind)} → {sent.toOrganization.name}
                  </span>
                  {sent.proceeding?.outcome && (
                    <Typography.Text type="secondary">
                      {label('OutcomeKind', sent.proceeding.outcome.kind)}：{sent.proceeding.outcome.summary}
                    </Typography.Text>
                  )}
                </Space>
              );
            },
          },
          {
            title: '退回',
            width: 320,
            render: (_, d) => {
              const { back } = split(d, courtId);
              if (!back) return '—';
              return (
                <Space orientation="vertical" size={2}>
                  <Space size={4} wrap>
                    <EnumTag enumName="ReferralStatus" value={back.status} />
                    <Typography.Text type="secondary">{formatTime(back.createdAt)}</Typography.Text>
                  </Space>
                  <span>{back.reason}</span>
                  {back.status === 'PENDING' && <DeadlineTag deadline={back.responseDeadline} />}
                </Space>
              );
            },
          },
          {
            title: '操作',
            width: 90,
            fixed: 'right',
            render: (_, d) => {
              const { back } = split(d, courtId);
              return back?.status === 'PENDING' ? <AcceptButton referral={back} onDone={refresh} /> : null;
            },
          },
        ]}
      />
    </Card>
  );
}
