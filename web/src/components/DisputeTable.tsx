import { Table, type TableProps } from 'antd';
import { Link } from 'react-router-dom';
import type { DisputeRowFragment } from '../gql/graphql';
import { useLabels } from '../app/labels';
import { DeadlineTag } from './DeadlineTag';
import { EnumTag } from './EnumTag';

export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

export function DisputeTable({ rows, loading, ...rest }: { rows: DisputeRowFragment[]; loading?: boolean } & Omit<TableProps<DisputeRowFragment>, 'dataSource' | 'columns'>) {
  const label = useLabels();
  return (
    <Table<DisputeRowFragment>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 1400 }}
      columns={[
        { title: '编号', dataIndex: 'code', width: 140, render: (_, r) => <Link to={`/disputes/${r.id}`}>{r.code}</Link> },
        { title: '标题', dataIndex: 'title', width: 240, ellipsis: true },
        { title: '状态', dataIndex: 'status', width: 130, render: (v) => <EnumTag enumName="DisputeStatus" value={v} /> },
        { title: '类别', dataIndex: 'category', width: 110, render: (v) => label('DisputeCategory', v) },
        { title: '区域', dataIndex: 'region', width: 80 },
        { title: '承办单位', width: 180, ellipsis: true, render: (_, r) => r.currentOrganization?.name },
        { title: '登记时间', dataIndex: 'receivedAt', width: 140, render: (v) => formatTime(v) },
        { title: '最近期限', width: 300, render: (_, r) => <DeadlineTag deadline={r.nextDeadline} /> },
      ]}
      {...rest}
    />
  );
}
