import { Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { operationErrorMessage } from '../../app/errors';
import { formatTime } from '../../components/DisputeTable';
import type { AdminAuditLogQuery } from '../../gql/graphql';
import { AdminOrganizationNamesDocument, AdminUsersDocument, AuditLogDocument } from './documents';

type Entry = AdminAuditLogQuery['auditLog']['nodes'][number];

interface FilterValues {
  action?: string;
  actorUserId?: string;
  targetId?: string;
}

const PAGE = 50;

/** 审计日志: who did what to which records, newest first; filter by action, actor or target; keyset paging. */
export default function AuditLog() {
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<FilterValues>({});
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AuditLogDocument,
    variables: { action: filter.action || null, actorUserId: filter.actorUserId || null, targetId: filter.targetId || null, first: PAGE, after: cursors[cursors.length - 1] },
    requestPolicy: 'cache-and-network',
  });
  const [{ data: users }] = useQuery({ query: AdminUsersDocument, variables: { organizationId: null } });
  const [{ data: orgs }] = useQuery({ query: AdminOrganizationNamesDocument });
  const userName = useMemo(() => new Map((users?.users ?? []).map((u) => [u.id, `${u.displayName}（${u.username}）`])), [users]);
  const orgName = useMemo(() => new Map((orgs?.organizations ?? []).map((o) => [o.id, o.name])), [orgs]);
  const conn = data?.auditLog;
  const apply = (v: FilterValues) => {
    setFilter({ action: v.action?.trim(), actorUserId: v.actorUserId, targetId: v.targetId?.trim() });
    setCursors([null]);
  };
  // Actions seen on this page, offered as suggestions (the log has no fixed list of actions).
  const seen = [...new Set((conn?.nodes ?? []).map((n) => n.action))].sort();

  return (
    <Card title="审计日志">
      <Form<FilterValues> form={form} layout="inline" onFinish={apply} style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label="操作" name="action">
          <Select
            allowClear
            showSearch
            style={{ width: 220 }}
            placeholder="如 registerDispute"
            options={seen.map((a) => ({ value: a, label: a }))}
            notFoundContent={null}
            onSearch={(s) => form.setFieldValue('action', s || undefined)}
          />
        </Form.Item>
        <Form.Item label="操作人" name="actorUserId">
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 220 }} options={[...userName].map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="对象 ID" name="targetId">
          <Input allowClear style={{ width: 280 }} placeholder="纠纷、转办、程序等记录的 ID" />
        </Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              重置
            </Button>
          </Space>
        </Form.Item>
      </Form>
      {error && <Typography.Text type="danger">{operationErrorMessage(error)}</Typography.Text>}
      <Table<Entry>
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={conn?.nodes ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        locale={{ emptyText: '没有符合条件的记录' }}
        expandable={{
          rowExpandable: (e) => e.details != null,
          expandedRowRender: (e) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>{JSON.stringify(e.details, null, 2)}</pre>,
        }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 150, render: (v) => formatTime(v) },
          { title: '操作', dataIndex: 'action', width: 200, render: (v) => <Typography.Text code>{v}</Typography.Text> },
          { title: '操作人', dataIndex: 'actorUserId', width: 200, ellipsis: true, render: (v) => (v ? (userName.get(v) ?? v) : '—') },
          { title: '单位', dataIndex: 'organizationId', width: 200, ellipsis: true, render: (v) => (v ? (orgName.get(v) ?? v) : '—') },
          {
            title: '对象',
            dataIndex: 'targetIds',
            render: (ids: string[]) => (
              <Space size={4} wrap>
                {ids.map((id) => (
                  <Typography.Text key={id} copyable={{ text: id, tooltips: ['复制', '已复制'] }} style={{ fontSize: 12 }}>
                    {id}
                  </Typography.Text>
                ))}
              </Space>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">
          第 {cursors.length} 页，每页 {PAGE} 条
        </Typography.Text>
        <Space>
          <Button onClick={() => reexecute({ requestPolicy: 'network-only' })}>刷新</Button>
          <Button disabled={cursors.length <= 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
            上一页
          </Button>
          <Button disabled={!conn?.pageInfo.hasNextPage} onClick={() => conn?.pageInfo.endCursor && setCursors((c) => [...c, conn.pageInfo.endCursor ?? null])}>
            下一页
          </Button>
        </Space>
      </Space>
    </Card>
  );
}
