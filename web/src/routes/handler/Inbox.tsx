import { Card, Segmented, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { DeadlineTag } from '../../components/DeadlineTag';
import { formatTime } from '../../components/DisputeTable';
import { EnumTag } from '../../components/EnumTag';
import type { ReferralInboxQuery, ReferralStatus } from '../../gql/graphql';
import ReferralActions from './ReferralActions';
import { ReferralInboxDocument, ReferralUpdatesDocument } from './documents';

type Row = ReferralInboxQuery['referralInbox']['edges'][number]['node'];

const VIEWS: Record<string, ReferralStatus[] | null> = { 待处理: ['PENDING'], 已接收: ['ACCEPTED'], 已退回: ['DECLINED'], 全部: null };

/** Referrals addressed to the viewer's organization; new ones appear live (referralUpdates). */
export default function Inbox() {
  const label = useLabels();
  const [view, setView] = useState('待处理');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReferralInboxDocument, variables: { status: VIEWS[view], first: 20, after: cursors[cursors.length - 1] } });
  const [updates] = useSubscription({ query: ReferralUpdatesDocument });
  useEffect(() => {
    if (updates.data) reexecute({ requestPolicy: 'network-only' });
  }, [updates.data, reexecute]);
  const conn = data?.referralInbox;
  return (
    <Card title="转办收件箱" extra={<Segmented options={Object.keys(VIEWS)} value={view} onChange={(v) => (setView(String(v)), setCursors([null]))} />}>
      {error && <Typography.Text type="danger">{operationErrorMessage(error)}</Typography.Text>}
      <Table<Row>
        size="small"
        rowKey="id"
        loading={fetching && !data}
        dataSource={conn?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 1500 }}
        columns={[
          { title: '收到时间', width: 140, render: (_, r) => formatTime(r.createdAt) },
          {
            title: '纠纷',
            width: 260,
            render: (_, r) => (
              <span>
                <Link to={`/disputes/${r.dispute.id}`}>{r.dispute.code}</Link> {r.dispute.title}
              </span>
            ),
          },
          { title: '类别', width: 100, render: (_, r) => label('DisputeCategory', r.dispute.category) },
          { title: '来自', width: 180, render: (_, r) => r.fromOrganization.name },
          { title: '方式', width: 130, render: (_, r) => `${label('ReferralKind', r.kind)} · ${label('Channel', r.channel)}` },
          { title: '理由', width: 160, ellipsis: true, render: (_, r) => r.reason },
          { title: '状态', width: 80, render: (_, r) => <EnumTag enumName="ReferralStatus" value={r.status} /> },
          { title: '答复期限', width: 280, render: (_, r) => (r.status === 'PENDING' ? <DeadlineTag deadline={r.responseDeadline} showKind={false} /> : formatTime(r.respondedAt)) },
          { title: '操作', width: 140, render: (_, r) => (r.status === 'PENDING' ? <ReferralActions referral={r} onDone={() => reexecute({ requestPolicy: 'network-only' })} /> : null) },
        ]}
      />
      <Space style={{ marginTop: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">共 {conn?.totalCount ?? 0} 件</Typography.Text>
        <Space>
          <a onClick={() => cursors.length > 1 && setCursors((c) => c.slice(0, -1))} aria-disabled={cursors.length <= 1}>
            上一页
          </a>
          <a onClick={() => conn?.pageInfo.hasNextPage && setCursors((c) => [...c, conn.pageInfo.endCursor ?? null])} aria-disabled={!conn?.pageInfo.hasNextPage}>
            下一页
          </a>
        </Space>
      </Space>
    </Card>
  );
}
