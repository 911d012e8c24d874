import { Alert, Card, Select, Skeleton, Space, Table, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { CHANNELS } from '../../app/enums';
import { operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import type { Channel, DashboardPublicStatisticsQuery } from '../../gql/graphql';
import { CategoryChart } from './charts';
import { PublicStatisticsDocument } from './documents';
import { formatRate } from './format';

type Cell = DashboardPublicStatisticsQuery['publicStatistics'][number];

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function CellView({ cell }: { cell: Cell | undefined }) {
  if (!cell) return <>—</>;
  if (cell.suppressed)
    return (
      <Tooltip title="数量少于 5，不予公开">
        <Typography.Text type="secondary">&lt;5</Typography.Text>
      </Tooltip>
    );
  return (
    <span>
      {cell.received}/{cell.concluded}
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatRate(cell.resolutionRate)}
      </Typography.Text>
    </span>
  );
}

/**
 * 公开数据: what the center publishes (publicStatistics, the whole city per channel and month); a
 * cell with a count below 5 is suppressed by the server and shows as “<5”.
 */
export default function PublicStatistics() {
  const label = useLabels();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [channel, setChannel] = useState<Channel | undefined>();
  const [{ data, fetching, error }] = useQuery({ query: PublicStatisticsDocument, variables: { year } });
  const cells = useMemo(() => data?.publicStatistics ?? [], [data]);
  const byKey = useMemo(() => new Map(cells.map((c) => [`${c.channel}:${c.month}`, c])), [cells]);
  const shown = channel ? [channel] : CHANNELS.filter((ch) => cells.some((c) => c.channel === ch && !c.suppressed));
  const chartChannel = channel ?? shown[0];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Space wrap>
        <span>年度</span>
        <Select aria-label="年度" value={year} style={{ width: 100 }} onChange={setYear} options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y}年` }))} />
        <span>渠道</span>
        <Select<Channel>
          aria-label="渠道"
          allowClear
          placeholder="有公开数据的渠道"
          value={channel}
          style={{ width: 180 }}
          onChange={setChannel}
          options={CHANNELS.map((c) => ({ value: c, label: label('Channel', c) }))}
        />
      </Space>
      <Typography.Text type="secondary">全市各渠道按月的接收案件数 / 办结数及化解成功率；数量少于 5 的单元格不公开（显示为 &lt;5）。</Typography.Text>
      {error && <Alert type="error" showIcon title={operationErrorMessage(error)} />}
      {fetching && !data ? (
        <Skeleton active />
      ) : (
        <>
          <Table<Channel>
            size="small"
            rowKey={(c) => c}
            pagination={false}
            dataSource={shown}
            scroll={{ x: 1100 }}
            locale={{ emptyText: '本年度暂无可公开的数据（各单元格数量均少于 5）' }}
            columns={[
              { title: '渠道', width: 110, fixed: 'left', render: (_, c) => label('Channel', c) },
              ...MONTHS.map((m) => ({ title: `${m}月`, key: String(m), width: 76, render: (_: unknown, c: Channel) => <CellView cell={byKey.get(`${c}:${m}`)} /> })),
            ]}
          />
          {chartChannel && (
            <Card size="small" title={`${label('Channel', chartChannel)} · ${year}年`}>
              <CategoryChart
                title={`${label('Channel', chartChannel)}公开数据`}
                categories={MONTHS.map((m) => `${m}月`)}
                series={[
                  { name: '接收案件', kind: 'bar', values: MONTHS.map((m) => byKey.get(`${chartChannel}:${m}`)?.received ?? null) },
                  { name: '办结', kind: 'bar', values: MONTHS.map((m) => byKey.get(`${chartChannel}:${m}`)?.concluded ?? null) },
                  { name: '化解成功率', kind: 'line', percent: true, values: MONTHS.map((m) => byKey.get(`${chartChannel}:${m}`)?.resolutionRate ?? null) },
                  { name: '按期办结率', kind: 'line', percent: true, values: MONTHS.map((m) => byKey.get(`${chartChannel}:${m}`)?.onTimeRate ?? null) },
                ]}
              />
            </Card>
          )}
        </>
      )}
    </Space>
  );
}
