import { Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { CHANNELS, DISPUTE_CATEGORIES, DISPUTE_STATUSES, REGIONS } from '../app/enums';
import { operationErrorMessage } from '../app/errors';
import { enumOptions, useLabels } from '../app/labels';
import { graphql } from '../gql';
import type { DisputeFilter } from '../gql/graphql';
import { DisputeTable } from './DisputeTable';

export const DisputeListDocument = graphql(`
  query DisputeList($filter: DisputeFilter, $first: Int, $after: String) {
    disputes(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          ...DisputeRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

interface FilterValues {
  search?: string;
  status?: DisputeFilter['status'];
  category?: DisputeFilter['category'];
  channel?: DisputeFilter['channel'];
  region?: string;
  overdue?: boolean;
  received?: [Dayjs | null, Dayjs | null] | null;
}

function toFilter(v: FilterValues, fixed: DisputeFilter): DisputeFilter {
  const f: DisputeFilter = { ...fixed };
  if (v.search?.trim()) f.search = v.search.trim();
  if (v.status?.length) f.status = v.status;
  if (v.category?.length) f.category = v.category;
  if (v.channel) f.channel = v.channel;
  if (v.region) f.region = v.region;
  if (v.overdue) f.overdue = true;
  if (v.received?.[0]) f.receivedFrom = v.received[0].format('YYYY-MM-DD');
  if (v.received?.[1]) f.receivedTo = v.received[1].format('YYYY-MM-DD');
  return f;
}

/** The dispute list with filters and keyset paging (next/previous by cursor). */
export function DisputeBrowser({ title, fixedFilter = {}, extra, pageSize = 20 }: { title: ReactNode; fixedFilter?: DisputeFilter; extra?: ReactNode; pageSize?: number }) {
  const label = useLabels();
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<DisputeFilter>(fixedFilter);
  // Cursors of the pages before the current one: keyset paging has no page numbers.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const [{ data, fetching, error }] = useQuery({ query: DisputeListDocument, variables: { filter, first: pageSize, after } });
  const conn = data?.disputes;
  const apply = (v: FilterValues) => {
    setFilter(toFilter(v, fixedFilter));
    setCursors([null]);
  };
  return (
    <Card title={title} extra={extra}>
      <Form<FilterValues> form={form} layout="inline" onFinish={apply} style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label="关键词" name="search">
          <Input allowClear placeholder="编号、标题、事实或当事人" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="状态" name="status">
          <Select mode="multiple" allowClear style={{ minWidth: 160 }} options={enumOptions(label, 'DisputeStatus', DISPUTE_STATUSES)} />
        </Form.Item>
        <Form.Item label="类别" name="category">
          <Select mode="multiple" allowClear style={{ minWidth: 160 }} options={enumOptions(label, 'DisputeCategory', DISPUTE_CATEGORIES)} />
        </Form.Item>
        <Form.Item label="渠道" name="channel">
          <Select allowClear style={{ width: 120 }} options={enumOptions(label, 'Channel', CHANNELS)} />
        </Form.Item>
        <Form.Item label="区域" name="region">
          <Select allowClear style={{ width: 110 }} options={REGIONS.map((r) => ({ value: r, label: r }))} />
        </Form.Item>
        <Form.Item label="登记日期" name="received">
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item name="overdue" valuePropName="checked" label="超期">
          <Checkbox>仅看超期</Checkbox>
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
      <DisputeTable rows={conn?.edges.map((e) => e.node) ?? []} loading={fetching} />
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
