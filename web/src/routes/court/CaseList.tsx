import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { formatTime } from '../../components/DisputeTable';
import { EnumTag } from '../../components/EnumTag';
import type { CourtCaseRowFragment, DisputeFilter } from '../../gql/graphql';
import { CourtCasesDocument } from './documents';

export type CourtCase = CourtCaseRowFragment;
export type CourtReferral = CourtCase['referrals'][number];

/** A keyset-paged list of disputes for the court's screens: code, title, status, then the caller's columns. */
export function CaseList({
  filter,
  columns,
  pageSize = 20,
  empty,
  toolbar,
}: {
  filter: DisputeFilter;
  columns: (refresh: () => void) => TableColumnsType<CourtCase>;
  pageSize?: number;
  empty?: ReactNode;
  toolbar?: ReactNode;
}) {
  const label = useLabels();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CourtCasesDocument,
    variables: { filter, first: pageSize, after: cursors[cursors.length - 1] },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const conn = data?.disputes;
  return (
    <>
      {toolbar}
      {error && <Typography.Text type="danger">{operationErrorMessage(error)}</Typography.Text>}
      <Table<CourtCase>
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={conn?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 1000 }}
        locale={empty ? { emptyText: empty } : undefined}
        columns={[
          { title: '编号', dataIndex: 'code', width: 140, render: (_, r) => <Link to={`/disputes/${r.id}`}>{r.code}</Link> },
          { title: '标题', dataIndex: 'title', ellipsis: true },
          { title: '状态', dataIndex: 'status', width: 90, render: (v) => <EnumTag enumName="DisputeStatus" value={v} /> },
          { title: '类别', dataIndex: 'category', width: 100, render: (v) => label('DisputeCategory', v) },
          { title: '登记时间', dataIndex: 'receivedAt', width: 140, render: (v) => formatTime(v) },
          ...columns(refresh),
        ]}
      />
      <Space style={{ marginTop: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">
          共 {conn?.totalCount ?? 0} 件 · 第 {cursors.length} 页
        </Typography.Text>
        <Space>
          <Button onClick={refresh}>刷新</Button>
          <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
            上一页
          </Button>
          <Button disabled={!conn?.pageInfo.hasNextPage} onClick={() => conn?.pageInfo.endCursor && setCursors((c) => [...c, conn.pageInfo.endCursor ?? null])}>
            下一页
          </Button>
        </Space>
      </Space>
    </>
  );
}
