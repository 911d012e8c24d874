import { QuestionCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Row, Select, Skeleton, Space, Statistic, Tabs, Tooltip, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useClient, useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { CHANNELS, REGIONS } from '../../app/enums';
import { operationErrorMessage } from '../../app/errors';
import { enumOptions, useLabels } from '../../app/labels';
import type { Channel, DashboardStatisticsQuery, StatisticsFilter } from '../../gql/graphql';
import { CategoryChart, HorizontalBars, type Series } from './charts';
import { StatisticsDocument, StatisticsOptionsDocument, StatisticsTrendDocument } from './documents';
import { formatCount, formatDays, formatRate } from './format';
import PublicStatistics from './PublicStatistics';

type Stats = Extract<DashboardStatisticsQuery['statistics'], { __typename: 'Statistics' }>;

/**
 * The definitions of the figures, as the schema describes them (Statistics and its parts in
 * schema/schema.graphql); the console says them in Chinese. The rates are the hub's own: the
 * official definitions are not published.
 */
const DEF = {
  disputesReceived: '期间内登记的纠纷数（以登记事件的日期计，计入登记单位）。按渠道、事项筛选时，以登记时选择的事项为准；登记时未选事项的纠纷只在不按渠道和事项筛选时计入。',
  acceptanceRate: '受理率 = 受理审查结论为“受理”的数 ÷（受理数 + 不予受理数），以审查结论的日期计；两者均为 0 时不计算。未经受理审查直接开始办理的程序不计入。',
  concluded: '期间内办结的办理程序数（以办结事件的日期计），不论办理结果，含申请人撤回；不予受理的不属于办结。',
  resolutionRate: '化解成功率 = 化解成功数 ÷ 办结数。化解成功指办理结果能够定分止争（达成调解协议、作出处理决定、裁决、判决等）；无办结时不计算。',
  onTimeRate: '按期办结率 = 按期办结数 ÷ 办结数。按期办结指在办理期限截止日（计入中止和延长，按期限计算结果）当日或之前办结；办理期限开始计算前即撤回的视为按期。',
  workingDays: '办结用时：自案件到达本单位之日（转办之日）次日起至办结之日止的工作日数（按法定节假日日历），取办结案件的中位数（插值计算）；括号内为第 90 百分位。',
  openNow: '当前在办：已开始办理、既未办结也未不予受理的办理程序（统计时点，不受统计期间限制）。',
  overdueNow: '当前超期：在办程序中，受理期限或办理期限正在计时（未中止）且截止日早于今天的。',
  referrals: '期间内发出的转办（转办、交办、委派、委托）数；指定单位时为该单位发出的数，括号内为该单位收到的数。',
  referralResponse: '转办答复用时：自转办之日次日起至接收或退回之日止的工作日数（当日答复为 0），取期间内答复的中位数（插值计算）；括号内为第 90 百分位。撤销的转办不计为答复。',
  jcApplications: '期间内提出的司法确认申请数；括号内为期间内作出裁定（确认或驳回）的数。',
  confirmationRate: '司法确认率 = 裁定确认数 ÷ 作出裁定数（确认或驳回）；无裁定时不计算。',
  satisfactionRate: '回访满意率 = 满意的回访数 ÷ 回访数（期间内记录的回访，计入办理单位）。一次回访中专业、便利、及时、公正四项评分的平均分不低于 4 分为满意；联系不上当事人的不计入；无回访时不计算。',
  performanceRate: '履行率 = 当事人表示已履行的回访数 ÷（回访数 − 无需履行的回访数）；无可计算的回访时不计算。',
  preFilingResolutionRate: '诉前化解率 = 诉前委派调解案件中达成协议（立案前化解）的数 ÷ 诉前委派调解案件办结数；无办结时不计算。',
};

function Kpi({ title, value, definition, extra }: { title: string; value: string; definition: string; extra?: ReactNode }) {
  return (
    <Card size="small" style={{ height: '100%' }}>
      <div role="group" aria-label={title}>
        <Statistic
          title={
            <Space size={4}>
              <span>{title}</span>
              <Tooltip title={definition}>
                <QuestionCircleOutlined aria-label={`${title}的口径`} style={{ color: '#8c8c8c' }} />
              </Tooltip>
            </Space>
          }
          value={value}
          groupSeparator=""
        />
        {extra && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {extra}
          </Typography.Text>
        )}
      </div>
    </Card>
  );
}

interface FilterValues {
  period: [Dayjs, Dayjs];
  organizationId?: string;
  channel?: Channel;
  matterCode?: string;
  region?: string;
}

function toFilter(v: FilterValues): StatisticsFilter {
  return {
    from: v.period[0].format('YYYY-MM-DD'),
    to: v.period[1].format('YYYY-MM-DD'),
    organizationId: v.organizationId || null,
    channel: v.channel || null,
    matterCode: v.matterCode || null,
    region: v.region || null,
  };
}

/** The months of the period (or its years, past two years), each clipped to the period. */
function slices(from: string, to: string): { label: string; from: string; to: string }[] {
  const start = dayjs(from);
  const end = dayjs(to);
  const byYear = end.diff(start, 'month') >= 24;
  const unit = byYear ? 'year' : 'month';
  const out: { label: string; from: string; to: string }[] = [];
  for (let s = start.startOf(unit); !s.isAfter(end); s = s.add(1, unit)) {
    const a = s.isBefore(start) ? start : s;
    const b = s.endOf(unit).isAfter(end) ? end : s.endOf(unit);
    out.push({ label: byYear ? `${s.year()}年` : s.format('YY/MM'), from: a.format('YYYY-MM-DD'), to: b.format('YYYY-MM-DD') });
  }
  return out;
}

interface TrendPoint {
  label: string;
  received: number;
  concluded: number;
  settled: number;
  resolutionRate: number | null;
  onTimeRate: number | null;
}

/** One statistics query per month of the period (the figures of a slice are those of the same query with a shorter period). */
function useTrend(filter: StatisticsFilter | null): { points: TrendPoint[] | null; error: string | null } {
  const client = useClient();
  const [state, setState] = useState<{ points: TrendPoint[] | null; error: string | null }>({ points: null, error: null });
  useEffect(() => {
    if (!filter) return;
    let live = true;
    setState({ points: null, error: null });
    void Promise.all(slices(filter.from, filter.to).map((s) => client.query(StatisticsTrendDocument, { filter: { ...filter, from: s.from, to: s.to } }).toPromise())).then((results) => {
      if (!live) return;
      const points: TrendPoint[] = [];
      const parts = slices(filter.from, filter.to);
      for (const [i, r] of results.entries()) {
        const st = r.data?.statistics;
        if (!st || st.__typename !== 'Statistics') {
          setState({ points: null, error: st && 'message' in st ? st.message : (operationErrorMessage(r.error) ?? '统计查询失败') });
          return;
        }
        points.push({
          label: parts[i].label,
          received: st.proceedings.received,
          concluded: st.proceedings.concluded,
          settled: st.proceedings.settled,
          resolutionRate: st.proceedings.resolutionRate ?? null,
          onTimeRate: st.proceedings.onTimeRate ?? null,
        });
      }
      setState({ points, error: null });
    });
    return () => {
      live = false;
    };
  }, [client, filter]);
  return state;
}

function Figures({ s }: { s: Stats }) {
  const p = s.proceedings;
  const r = s.referrals;
  const jc = s.judicialConfirmation;
  const cd = s.courtDelegatedMediation;
  const f = s.followUps;
  const cards: { title: string; value: string; definition: string; extra?: ReactNode }[] = [
    { title: '登记纠纷', value: formatCount(s.disputesReceived), definition: DEF.disputesReceived },
    { title: '受理率', value: formatRate(p.acceptanceRate), definition: DEF.acceptanceRate, extra: `受理 ${p.admitted} · 不予受理 ${p.notAccepted}` },
    { title: '办结', value: formatCount(p.concluded), definition: DEF.concluded, extra: `接收案件 ${p.received} · 撤回 ${p.withdrawn}` },
    { title: '化解成功率', value: formatRate(p.resolutionRate), definition: DEF.resolutionRate, extra: `化解成功 ${p.settled} / 办结 ${p.concluded}` },
    { title: '按期办结率', value: formatRate(p.onTimeRate), definition: DEF.onTimeRate, extra: `按期 ${p.concludedOnTime} / 办结 ${p.concluded}` },
    { title: '办结用时中位数', value: formatDays(p.workingDaysToConcludeMedian), definition: DEF.workingDays, extra: `第 90 百分位 ${formatDays(p.workingDaysToConcludeP90)}` },
    { title: '当前在办', value: formatCount(p.openNow), definition: DEF.openNow, extra: `截至 ${s.today}` },
    { title: '当前超期', value: formatCount(p.overdueNow), definition: DEF.overdueNow },
    { title: '转办', value: formatCount(r.made), definition: DEF.referrals, extra: `收到 ${r.received} · 接收 ${r.accepted} · 退回 ${r.declined}` },
    {
      title: '转办答复用时中位数',
      value: formatDays(r.responseWorkingDaysMedian),
      definition: DEF.referralResponse,
      extra: `第 90 百分位 ${formatDays(r.responseWorkingDaysP90)} · 答复 ${r.answered}`,
    },
    { title: '司法确认申请', value: formatCount(jc.applications), definition: DEF.jcApplications, extra: `裁定 ${jc.decided} · 确认 ${jc.confirmed} · 不予受理 ${jc.notAccepted}` },
    { title: '司法确认率', value: formatRate(jc.confirmationRate), definition: DEF.confirmationRate },
    { title: '诉前化解率', value: formatRate(cd.preFilingResolutionRate), definition: DEF.preFilingResolutionRate, extra: `委派调解 接收 ${cd.received} · 办结 ${cd.concluded} · 化解 ${cd.settled}` },
    { title: '回访满意率', value: formatRate(f.satisfactionRate), definition: DEF.satisfactionRate, extra: `回访 ${f.visits} · 满意 ${f.satisfied} · 联系不上 ${f.unreachable}` },
    { title: '履行率', value: formatRate(f.performanceRate), definition: DEF.performanceRate, extra: `已履行 ${f.performed}` },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((c) => (
        <Col key={c.title} xs={24} sm={12} lg={8} xxl={6}>
          <Kpi {...c} />
        </Col>
      ))}
    </Row>
  );
}

function Charts({ s, filter }: { s: Stats; filter: StatisticsFilter }) {
  const p = s.proceedings;
  const trend = useTrend(filter);
  const series: Series[] = trend.points
    ? [
        { name: '接收案件', kind: 'bar', values: trend.points.map((t) => t.received) },
        { name: '办结', kind: 'bar', values: trend.points.map((t) => t.concluded) },
        { name: '化解成功', kind: 'bar', values: trend.points.map((t) => t.settled) },
        { name: '化解成功率', kind: 'line', percent: true, values: trend.points.map((t) => t.resolutionRate) },
        { name: '按期办结率', kind: 'line', percent: true, values: trend.points.map((t) => t.onTimeRate) },
      ]
    : [];
  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} xl={12}>
        <Card size="small" title="办理量">
          <HorizontalBars
            title="办理量"
            data={[
              { label: '登记纠纷', value: s.disputesReceived },
              { label: '发出转办', value: s.referrals.made },
              { label: '接收案件', value: p.received },
              { label: '办结', value: p.concluded },
              { label: '化解成功', value: p.settled },
              { label: '按期办结', value: p.concludedOnTime },
              { label: '当前在办', value: p.openNow },
              { label: '当前超期', value: p.overdueNow },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card size="small" title="各项比率">
          <HorizontalBars
            title="各项比率"
            percent
            color="#52c41a"
            data={[
              { label: '受理率', value: p.acceptanceRate ?? null },
              { label: '化解成功率', value: p.resolutionRate ?? null },
              { label: '按期办结率', value: p.onTimeRate ?? null },
              { label: '司法确认率', value: s.judicialConfirmation.confirmationRate ?? null },
              { label: '诉前化解率', value: s.courtDelegatedMediation.preFilingResolutionRate ?? null },
              { label: '回访满意率', value: s.followUps.satisfactionRate ?? null },
            ].map((d) => ({ ...d, text: formatRate(d.value) }))}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card size="small" title="趋势（按月；期间超过两年时按年）">
          {trend.error ? (
            <Alert type="error" showIcon title={trend.error} />
          ) : trend.points ? (
            <CategoryChart title="趋势" categories={trend.points.map((t) => t.label)} series={series} />
          ) : (
            <Skeleton active />
          )}
        </Card>
      </Col>
    </Row>
  );
}

function Dashboard() {
  const { user, hasRole } = useAuth();
  const label = useLabels();
  const [form] = Form.useForm<FilterValues>();
  const anyOrganization = hasRole('REVIEWER', 'ADMIN');
  const initial: FilterValues = useMemo(() => ({ period: [dayjs().startOf('year'), dayjs()] }), []);
  const [filter, setFilter] = useState<StatisticsFilter>(() => toFilter(initial));
  const channel = Form.useWatch('channel', form);
  const [options] = useQuery({ query: StatisticsOptionsDocument, variables: { channel: channel ?? null } });
  const [{ data, fetching, error }] = useQuery({ query: StatisticsDocument, variables: { filter }, requestPolicy: 'cache-and-network' });
  const result = data?.statistics;
  const stats = result?.__typename === 'Statistics' ? result : null;
  const refusal = result && result.__typename !== 'Statistics' ? result : null;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card size="small">
        <Form<FilterValues> form={form} layout="inline" initialValues={initial} onFinish={(v) => setFilter(toFilter(v))} style={{ rowGap: 8 }}>
          <Form.Item label="统计期间" name="period" rules={[{ required: true, message: '请选择统计期间' }]}>
            <DatePicker.RangePicker allowClear={false} />
          </Form.Item>
          {anyOrganization ? (
            <Form.Item label="单位" name="organizationId">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="全市"
                style={{ width: 240 }}
                options={(options.data?.organizations ?? []).map((o) => ({ value: o.id, label: o.name }))}
              />
            </Form.Item>
          ) : (
            <Form.Item label="单位">
              <Typography.Text>{user?.organization?.name ?? '—'}</Typography.Text>
            </Form.Item>
          )}
          <Form.Item label="渠道" name="channel">
            <Select allowClear placeholder="全部" style={{ width: 120 }} options={enumOptions(label, 'Channel', CHANNELS)} onChange={() => form.setFieldValue('matterCode', undefined)} />
          </Form.Item>
          <Form.Item label="事项" name="matterCode">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="全部"
              style={{ width: 220 }}
              options={(options.data?.matters ?? []).map((m) => ({ value: m.code, label: m.name }))}
            />
          </Form.Item>
          <Form.Item label="区域" name="region">
            <Select allowClear placeholder="全部" style={{ width: 110 }} options={REGIONS.map((r) => ({ value: r, label: r }))} />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                统计
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilter(toFilter(initial));
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      {error && <Alert type="error" showIcon title={operationErrorMessage(error)} />}
      {refusal && (
        <Alert type="error" showIcon title={refusal.message} description={'fieldErrors' in refusal && refusal.fieldErrors?.length ? refusal.fieldErrors.map((f) => f.message).join('；') : undefined} />
      )}
      {fetching && !stats && <Skeleton active />}
      {stats && (
        <>
          <Typography.Text type="secondary">
            {stats.organization?.name ?? '全市'} · {stats.from} 至 {stats.to}
            {filter.channel ? ` · ${label('Channel', filter.channel)}` : ''}
            {filter.region ? ` · ${filter.region}` : ''} · 统计时间 {dayjs(stats.asOf).format('YYYY-MM-DD HH:mm')}。各项比率为本平台口径（官方口径尚未公布），将鼠标移到问号上查看定义。
          </Typography.Text>
          <Figures s={stats} />
          <Charts s={stats} filter={filter} />
        </>
      )}
    </Space>
  );
}

/** 统计分析: the figures of a slice of the hub's work (the statistics query), and the public view as a second tab. */
export default function StatisticsDashboard() {
  return (
    <Card title="统计分析">
      <Tabs
        destroyOnHidden
        items={[
          { key: 'figures', label: '统计指标', children: <Dashboard /> },
          { key: 'public', label: '公开数据', children: <PublicStatistics /> },
        ]}
      />
    </Card>
  );
}
