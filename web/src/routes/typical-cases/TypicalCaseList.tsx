import { Alert, Button, Card, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { CHANNELS } from '../../app/enums';
import { operationErrorMessage } from '../../app/errors';
import { enumOptions, useLabels } from '../../app/labels';
import { formatTime } from '../../components/DisputeTable';
import type { Channel, PublishedTypicalCasesQuery, TypicalCaseStatus, TypicalCasesQuery } from '../../gql/graphql';
import { PublishedTypicalCasesDocument, TypicalCaseMattersDocument, TypicalCasesDocument } from './documents';
import { StatusTag } from './StatusTag';

const PAGE = 20;

/** Keyset paging: the cursors of the pages before the current one. */
function usePager() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    reset: () => setCursors([null]),
    back: () => setCursors((c) => c.slice(0, -1)),
    next: (cursor: string | null | undefined) => cursor && setCursors((c) => [...c, cursor]),
  };
}

function Pager({ total, pager, hasNext, endCursor }: { total: number; pager: ReturnType<typeof usePager>; hasNext: boolean; endCursor?: string | null }) {
  return (
    <Space style={{ marginTop: 12, justifyContent: 'space-between', width: '100%' }}>
      <Typography.Text type="secondary">
        共 {total} 件 · 第 {pager.page} 页
      </Typography.Text>
      <Space>
        <Button disabled={pager.page <= 1} onClick={pager.back}>
          上一页
        </Button>
        <Button disabled={!hasNext} onClick={() => pager.next(endCursor)}>
          下一页
        </Button>
      </Space>
    </Space>
  );
}

type PublishedRow = PublishedTypicalCasesQuery['publishedTypicalCases']['edges'][number]['node'];

/** Published cases as the public reads them (anonymized text only), by matter, channel and year. `caseLink`: where a case opens. */
export function PublishedList({ caseLink = (id: string) => `/typical-cases/published/${id}` }: { caseLink?: (id: string) => string }) {
  const label = useLabels();
  const thisYear = dayjs().year();
  const [matterCode, setMatterCode] = useState<string | undefined>();
  const [channel, setChannel] = useState<Channel | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const pager = usePager();
  const [matters] = useQuery({ query: TypicalCaseMattersDocument });
  const [{ data, fetching, error }] = useQuery({
    query: PublishedTypicalCasesDocument,
    variables: { matterCode: matterCode ?? null, channel: channel ?? null, year: year ?? null, first: PAGE, after: pager.after },
    requestPolicy: 'cache-and-network',
  });
  const conn = data?.publishedTypicalCases;
  const on =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      pager.reset();
    };
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <span>事项</span>
        <Select
          aria-label="事项"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="全部"
          style={{ width: 220 }}
          value={matterCode}
          onChange={on(setMatterCode)}
          options={(matters.data?.matters ?? []).map((m) => ({ value: m.code, label: m.name }))}
        />
        <span>渠道</span>
        <Select aria-label="渠道" allowClear placeholder="全部" style={{ width: 120 }} value={channel} onChange={on(setChannel)} options={enumOptions(label, 'Channel', CHANNELS)} />
        <span>年度</span>
        <Select
          aria-label="年度"
          allowClear
          placeholder="全部"
          style={{ width: 100 }}
          value={year}
          onChange={on(setYear)}
          options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y}年` }))}
        />
      </Space>
      {error && <Alert type="error" showIcon title={operationErrorMessage(error)} />}
      <Table<PublishedRow>
        size="small"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={conn?.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: '暂无已发布的典型案例' }}
        columns={[
          { title: '标题', render: (_, r) => <Link to={caseLink(r.id)}>{r.title}</Link> },
          {
            title: '基本案情',
            render: (_, r) => (
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 360 }}>
                {r.facts}
              </Typography.Text>
            ),
          },
          { title: '事项', width: 160, render: (_, r) => r.matter?.name ?? '—' },
          { title: '渠道', width: 90, render: (_, r) => <Tag>{label('Channel', r.channel)}</Tag> },
          { title: '年度', width: 70, dataIndex: 'year' },
          { title: '发布单位', width: 180, render: (_, r) => r.organization.name },
          { title: '发布时间', width: 140, render: (_, r) => formatTime(r.publishedAt) },
        ]}
      />
      <Pager total={conn?.totalCount ?? 0} pager={pager} hasNext={!!conn?.pageInfo.hasNextPage} endCursor={conn?.pageInfo.endCursor} />
    </>
  );
}

type StaffRow = TypicalCasesQuery['typicalCases']['edges'][number]['node'];

/** The staff's cases: the viewer's organization's (every status), for REVIEWER and ADMIN every submitted and published one. */
export function StaffList({ status, empty }: { status?: TypicalCaseStatus[]; empty: string }) {
  const label = useLabels();
  const pager = usePager();
  const [{ data, fetching, error }] = useQuery({ query: TypicalCasesDocument, variables: { status: status ?? null, first: PAGE, after: pager.after }, requestPolicy: 'cache-and-network' });
  const conn = data?.typicalCases;
  return (
    <>
      {error && <Alert type="error" showIcon title={operationErrorMessage(error)} />}
      <Table<StaffRow>
        size="small"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={conn?.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: empty }}
        columns={[
          { title: '标题', render: (_, r) => <Link to={`/typical-cases/${r.id}`}>{r.anonymized.title}</Link> },
          { title: '状态', width: 90, render: (_, r) => <StatusTag status={r.status} /> },
          { title: '起草单位', width: 180, render: (_, r) => r.organization.name },
          { title: '事项', width: 160, render: (_, r) => r.matter?.name ?? '—' },
          { title: '渠道', width: 90, render: (_, r) => label('Channel', r.channel) },
          { title: '年度', width: 70, dataIndex: 'year' },
          { title: '起草时间', width: 140, render: (_, r) => formatTime(r.draftedAt) },
          { title: '提交时间', width: 140, render: (_, r) => formatTime(r.submittedAt) || '—' },
        ]}
      />
      <Pager total={conn?.totalCount ?? 0} pager={pager} hasNext={!!conn?.pageInfo.hasNextPage} endCursor={conn?.pageInfo.endCursor} />
    </>
  );
}

/** 典型案例: the published ones for everyone; the organization's own (and the overseen ones) for staff. */
export default function TypicalCaseList() {
  const { user, hasRole } = useAuth();
  const staff = !!user?.organization || hasRole('REVIEWER', 'ADMIN');
  return (
    <Card title="典型案例">
      <Tabs
        destroyOnHidden
        items={[
          { key: 'published', label: '已发布', children: <PublishedList /> },
          ...(staff
            ? [
                {
                  key: 'own',
                  label: hasRole('REVIEWER', 'ADMIN') ? '案例管理' : '本单位案例',
                  children: (
                    <>
                      <Typography.Paragraph type="secondary">撰写典型案例：在已办结纠纷的页面点击“撰写典型案例”。</Typography.Paragraph>
                      <StaffList empty="暂无典型案例" />
                    </>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
