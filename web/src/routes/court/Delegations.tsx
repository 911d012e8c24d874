import { Card, Empty, Space, Tabs, Typography } from 'antd';
import { useLabels } from '../../app/labels';
import { DeadlineTag } from '../../components/DeadlineTag';
import { formatTime } from '../../components/DisputeTable';
import { EnumTag } from '../../components/EnumTag';
import { CaseList, type CourtCase } from './CaseList';
import { DelegateButton } from './DelegateButton';
import { useCourt } from './useCourt';

/** The court's own referrals of a dispute (委派 / 委托), newest first. */
function courtReferrals(d: CourtCase, courtId: string) {
  return d.referrals.filter((r) => r.fromOrganization.id === courtId && (r.kind === 'COURT_DELEGATED' || r.kind === 'COURT_ENTRUSTED')).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** 委派与委托: disputes the court holds awaiting delegation, and those it delegated or entrusted. */
export default function Delegations() {
  const label = useLabels();
  const { courtId, picker } = useCourt();
  if (!courtId) return <Card title="委派与委托">{picker ?? <Empty description="未找到法院" />}</Card>;
  return (
    <Card title="委派与委托">
      {picker}
      <Tabs
        items={[
          {
            key: 'waiting',
            label: '待委派 / 委托',
            children: (
              <CaseList
                key={`w-${courtId}`}
                filter={{ organizationId: courtId, status: ['AWAITING_ROUTING'] }}
                empty="本院暂无待委派或委托的纠纷"
                columns={(refresh) => [
                  { title: '来源', dataIndex: 'source', width: 90, render: (v) => label('DisputeSource', v) },
                  {
                    title: '操作',
                    width: 170,
                    fixed: 'right',
                    render: (_, d) => <DelegateButton dispute={d} onDone={refresh} buttonProps={{ size: 'small' }} />,
                  },
                ]}
              />
            ),
          },
          {
            key: 'sent',
            label: '已委派 / 委托',
            children: (
              <CaseList
                key={`s-${courtId}`}
                filter={{ referredByOrganizationId: courtId }}
                empty="本院尚未委派或委托纠纷"
                columns={() => [
                  {
                    title: '委派 / 委托',
                    width: 420,
                    render: (_, d) =>
                      courtReferrals(d, courtId)
                        .slice(0, 1)
                        .map((r) => (
                          <Space key={r.id} orientation="vertical" size={2}>
                            <Space size={4} wrap>
                              <Typography.Text>{label('ReferralKind', r.kind)}</Typography.Text>
                              <span>→ {r.toOrganization.name}</span>
                              <EnumTag enumName="ReferralStatus" value={r.status} />
                              <Typography.Text type="secondary">{formatTime(r.createdAt)}</Typography.Text>
                            </Space>
                            {r.status === 'PENDING' && <DeadlineTag deadline={r.responseDeadline} />}
                            {r.declineReason && <Typography.Text type="danger">退回理由：{r.declineReason}</Typography.Text>}
                            {r.proceeding?.outcome && (
                              <Typography.Text>
                                结果：{label('OutcomeKind', r.proceeding.outcome.kind)}（{r.proceeding.outcome.summary}）
                              </Typography.Text>
                            )}
                          </Space>
                        )),
                  },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
