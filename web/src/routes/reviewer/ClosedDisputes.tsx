import { Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { DISPUTE_CATEGORIES, REGIONS } from '../../app/enums';
import { operationErrorMessage } from '../../app/errors';
import { enumOptions, useLabels } from '../../app/labels';
import { formatTime } from '../../components/DisputeTable';
import { EnumTag } from '../../components/EnumTag';
import { graphql } from '../../gql';
import type { DisputeFilter, DisputeStatus, ReviewerDisputesQuery } from '../../gql/graphql';

const ReviewerDisputesDocument = graphql(`
  query ReviewerDisputes($filter: DisputeFilter, $first: Int, $after: String) {
    disputes(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          code
          title
          status
          category
          region
          receivedAt
          closedAt
          currentOrganization {
            id
            name
          }
          parties {
            id
            role
            kind
            name
            idType
            idNumber
            phone
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Row = ReviewerDisputesQuery['disputes']['edges'][number]['node'];

/** What a reviewer reviews: closed (办结) and withdrawn disputes. */
const REVIEWED: DisputeStatus[] = ['CLOSED', 'WITHDRAWN'];

interface FilterValues {
  status?: DisputeStatus[];
  search?: string;
  category?: DisputeFilter['category'];
  region?: string;
  received?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(v: FilterValues): DisputeFilter {
  return {
    status: v.status?.length ? v.status : REVIEWED,
    search: v.search?.trim() || null,
    category: v.category?.length ? v.category : null,
    region: v.region || null,
    receivedFrom: v.received?.[0]?.format('YYYY-MM-DD') ?? null,
    receivedTo: v.received?.[1]?.format('YYYY-MM-DD') ?? null,
  };
}

/**
 * 案件评查: closed and withdrawn disputes, with their parties exactly as the server serves them to a
 * reviewer (ID numbers and phones masked by the server; the console neither masks nor unmasks).
 */
export default function ClosedDisputes() {
  const label = useLabels();
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<DisputeFilter>(() => toFilter({}));
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }] = useQuery({ query: ReviewerDisputesDocument, variables: { filter, first: 20, after: cursors[cursors.length - 1] } });
  const conn = data?.disputes;
  const apply = (v: FilterValues) => {
    setFilter(toFilter(v));
    setCursors([null]);
  };
  return (
    <Card title="案件评查：已办结与已撤回的纠纷">
      <Form<FilterValues> form={form} layout="inline" onFinish={apply} style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label="状态" name="status">
          <Select mode="multiple" allowClear placeholder="全部" style={{ minWidth: 160 }} options={enumOptions(label, 'DisputeStatus', REVIEWED)} />
        </Form.Item>
        <Form.Item label="关键词" name="search">
          <Input allowClear placeholder="编号、标题、事实或当事人" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="类别" name="category">
          <Select mode="multiple" allowClear style={{ minWidth: 150 }} options={enumOptions(label, 'DisputeCategory', DISPUTE_CATEGORIES)} />
        </Form.Item>
        <Form.Item label="区域" name="region">
          <Select allowClear style={{ width: 110 }} options={REGIONS.map((r) => ({ value: r, label: r }))} />
        </Form.Item>
        <Form.Item label="登记日期" name="received">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
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
      <Table<Row>
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={conn?.edges.map((e) => e.node) ?? []}
        pagination={false}
        scroll={{ x: 1200 }}
        locale={{ emptyText: '没有符合条件的纠纷' }}
        columns={[
          { title: '编号', dataIndex: 'code', width: 140, render: (_, r) => <Link to={`/disputes/${r.id}`}>{r.code}</Link> },
          { title: '标题', dataIndex: 'title', ellipsis: true },
          { title: '状态', dataIndex: 'status', width: 90, render: (v) => <EnumTag enumName="DisputeStatus" value={v} /> },
          { title: '类别', dataIndex: 'category', width: 100, render: (v) => label('DisputeCategory', v) },
          { title: '区域', dataIndex: 'region', width: 80 },
          { title: '承办单位', width: 170, ellipsis: true, render: (_, r) => r.currentOrganization?.name },
          {
            title: '当事人',
            width: 330,
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                {r.parties.map((p) => (
                  <span key={p.id}>
                    <Typography.Text type="secondary">{label('PartyRole', p.role)}</Typography.Text> {p.name}
                    {p.idNumber && <Typography.Text code>{p.idNumber}</Typography.Text>}
                    {p.phone && <Typography.Text code>{p.phone}</Typography.Text>}
                  </span>
                ))}
              </Space>
            ),
          },
          { title: '登记时间', dataIndex: 'receivedAt', width: 140, render: (v) => formatTime(v) },
          { title: '办结 / 撤回时间', dataIndex: 'closedAt', width: 140, render: (v) => formatTime(v) },
        ]}
      />
      <Space style={{ marginTop: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">
          共 {conn?.totalCount ?? 0} 件 · 第 {cursors.length} 页
        </Typography.Text>
        <Space>
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
