import { Button, Card, Col, DatePicker, Descriptions, Form, Input, Popconfirm, Rate, Row, Select, Space, Statistic, Table, Tabs, Tag, Typography, App } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { isErrorResult, operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import { DeadlineTag } from '../../components/DeadlineTag';
import { EnumTag } from '../../components/EnumTag';
import type { FollowUpFieldsFragment, FollowUpMethod, FollowUpStatus, PerformanceStatus } from '../../gql/graphql';
import { CloseFollowUpDocument, FollowUpQueueDocument, FollowUpSatisfactionDocument, RecordFollowUpAttemptDocument, RecordFollowUpDocument } from './documents';

const METHODS: FollowUpMethod[] = ['PHONE', 'VISIT', 'SMS', 'ONLINE', 'LETTER', 'IN_PERSON'];
const PERFORMANCES: PerformanceStatus[] = ['PERFORMED', 'PARTLY', 'NOT_PERFORMED', 'NOT_APPLICABLE'];
const DIMENSIONS: { name: 'professionalism' | 'ease' | 'timeliness' | 'fairness'; label: string }[] = [
  { name: 'professionalism', label: '工作人员专业程度' },
  { name: 'ease', label: '办理便捷程度' },
  { name: 'timeliness', label: '办理及时程度' },
  { name: 'fairness', label: '处理公正程度' },
];

const TABS: { key: string; label: string; status: FollowUpStatus[]; dueSoon?: boolean; overdue?: boolean }[] = [
  { key: 'open', label: '待回访', status: ['OPEN'] },
  { key: 'soon', label: '即将到期', status: ['OPEN'], dueSoon: true },
  { key: 'overdue', label: '已逾期', status: ['OPEN'], overdue: true },
  { key: 'done', label: '已回访 / 已终结', status: ['VISITED', 'UNREACHABLE', 'CANCELLED'] },
];

/** Today in China Standard Time (the hub's business date). */
function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

interface VisitValues {
  visitedOn: Dayjs;
  method: FollowUpMethod;
  performance: PerformanceStatus;
  professionalism: number;
  ease: number;
  timeliness: number;
  fairness: number;
  comments?: string;
}

/** Five stars for one dimension, named for assistive technology (antd's Rate has no name of its own). */
function Stars({ label, value, onChange }: { label: string; value?: number; onChange?: (v: number) => void }) {
  return (
    <div role="group" aria-label={label}>
      <Rate value={value} onChange={onChange} />
    </div>
  );
}

function RecordButton({ f, onDone }: { f: FollowUpFieldsFragment; onDone: () => void }) {
  const label = useLabels();
  const [, record] = useMutation(RecordFollowUpDocument);
  return (
    <ActionModal<VisitValues, NonNullable<Awaited<ReturnType<typeof record>>['data']>>
      label="登记回访"
      title={`回访登记（${f.dispute?.code ?? ''}）`}
      buttonProps={{ size: 'small', type: 'primary' }}
      initialValues={{ visitedOn: dayjs(chinaToday()), method: 'PHONE' }}
      successText="回访已登记"
      run={(v) =>
        record({
          id: f.id,
          expectedVersion: f.version,
          input: {
            visitedOn: v.visitedOn.format('YYYY-MM-DD'),
            method: v.method,
            performance: v.performance,
            professionalism: v.professionalism,
            ease: v.ease,
            timeliness: v.timeliness,
            fairness: v.fairness,
            comments: v.comments?.trim() || null,
          },
        })
      }
      pick={(d) => d.recordFollowUp}
      onDone={onDone}
    >
      <Form.Item label="回访日期" name="visitedOn" rules={[{ required: true, message: '请选择回访日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="回访方式" name="method" rules={[{ required: true, message: '请选择回访方式' }]}>
        <Select options={METHODS.map((m) => ({ value: m, label: label('FollowUpMethod', m) }))} />
      </Form.Item>
      <Form.Item label="履行情况" name="performance" rules={[{ required: true, message: '请选择履行情况' }]}>
        <Select options={PERFORMANCES.map((p) => ({ value: p, label: label('PerformanceStatus', p) }))} />
      </Form.Item>
      {DIMENSIONS.map((d) => (
        <Form.Item key={d.name} label={`满意度：${d.label}`} name={d.name} rules={[{ required: true, type: 'number', min: 1, message: '请评分（1–5 分）' }]}>
          <Stars label={`满意度：${d.label}`} />
        </Form.Item>
      ))}
      <Form.Item label="当事人意见" name="comments">
        <Input.TextArea rows={3} maxLength={2000} placeholder="仅本单位可见，不进入办理记录" />
      </Form.Item>
    </ActionModal>
  );
}

function AttemptButton({ f, onDone }: { f: FollowUpFieldsFragment; onDone: () => void }) {
  const label = useLabels();
  const [, attempt] = useMutation(RecordFollowUpAttemptDocument);
  return (
    <ActionModal<{ attemptedOn: Dayjs; method: FollowUpMethod }, NonNullable<Awaited<ReturnType<typeof attempt>>['data']>>
      label="未联系上"
      title="登记未联系上当事人"
      buttonProps={{ size: 'small' }}
      initialValues={{ attemptedOn: dayjs(chinaToday()), method: 'PHONE' }}
      successText="已登记回访尝试"
      run={(v) => attempt({ id: f.id, expectedVersion: f.version, attemptedOn: v.attemptedOn.format('YYYY-MM-DD'), method: v.method })}
      pick={(d) => d.recordFollowUpAttempt}
      onDone={onDone}
    >
      <Typography.Paragraph type="secondary">多次未联系上的，回访自动以“未联系上”终结。</Typography.Paragraph>
      <Form.Item label="尝试日期" name="attemptedOn" rules={[{ required: true, message: '请选择日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item label="联系方式" name="method" rules={[{ required: true }]}>
        <Select options={METHODS.map((m) => ({ value: m, label: label('FollowUpMethod', m) }))} />
      </Form.Item>
    </ActionModal>
  );
}

function CloseButton({ f, onDone }: { f: FollowUpFieldsFragment; onDone: () => void }) {
  const { message } = App.useApp();
  const [{ fetching }, close] = useMutation(CloseFollowUpDocument);
  return (
    <Popconfirm
      title="以“未联系上”终结该回访？"
      okText="终结"
      cancelText="取消"
      onConfirm={async () => {
        const r = await close({ id: f.id, expectedVersion: f.version });
        const res = r.data?.closeFollowUp;
        if (!res) message.error(r.error?.graphQLErrors[0]?.message ?? '网络错误，请重试');
        else if (isErrorResult(res)) message.error(res.message);
        else {
          message.success('回访已终结');
          onDone();
        }
      }}
    >
      <Button size="small" danger loading={fetching}>
        终结
      </Button>
    </Popconfirm>
  );
}

function Scores({ f }: { f: FollowUpFieldsFragment }) {
  const label = useLabels();
  if (f.status !== 'VISITED') {
    return f.attempts.length ? (
      <Typography.Text type="secondary">
        未联系上 {f.attempts.length} 次（最近 {f.attempts[f.attempts.length - 1].attemptedOn}）
      </Typography.Text>
    ) : null;
  }
  return (
    <Descriptions size="small" column={1}>
      <Descriptions.Item label="回访">
        {f.visitedOn} · {f.method ? label('FollowUpMethod', f.method) : ''} · {f.performance ? label('PerformanceStatus', f.performance) : ''}
      </Descriptions.Item>
      <Descriptions.Item label="满意度">
        <Space size={4}>
          <span>均分 {f.averageScore?.toFixed(2)}</span>
          {f.satisfied ? <Tag color="green">满意</Tag> : <Tag color="orange">不满意</Tag>}
        </Space>
      </Descriptions.Item>
      {f.comments && <Descriptions.Item label="意见">{f.comments}</Descriptions.Item>}
    </Descriptions>
  );
}

function Queue({ tab, onChanged }: { tab: (typeof TABS)[number]; onChanged: () => void }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: FollowUpQueueDocument,
    variables: { status: tab.status, dueSoon: tab.dueSoon ?? null, overdue: tab.overdue ?? null, first: 20, after: cursors[cursors.length - 1] },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const refresh = () => {
    reload();
    onChanged();
  };
  const conn = data?.followUps;
  const rows: FollowUpFieldsFragment[] = (conn?.edges ?? []).map((e) => e.node);
  return (
    <>
      {error && <Typography.Text type="danger">{operationErrorMessage(error)}</Typography.Text>}
      <Table<FollowUpFieldsFragment>
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: '暂无回访任务' }}
        columns={[
          {
            title: '纠纷',
            width: 240,
            render: (_, f) =>
              f.dispute ? (
                <Space orientation="vertical" size={0}>
                  <Link to={`/disputes/${f.dispute.id}`}>{f.dispute.code}</Link>
                  <Typography.Text ellipsis style={{ maxWidth: 220 }}>
                    {f.dispute.title}
                  </Typography.Text>
                </Space>
              ) : null,
          },
          { title: '化解 / 办结日', width: 110, dataIndex: 'concludedOn' },
          {
            title: '状态 / 期限',
            width: 260,
            render: (_, f) => (
              <Space orientation="vertical" size={2}>
                <EnumTag enumName="FollowUpStatus" value={f.status} />
                {f.status === 'OPEN' && <DeadlineTag deadline={f.deadline} />}
              </Space>
            ),
          },
          { title: '回访结果', render: (_, f) => <Scores f={f} /> },
          {
            title: '操作',
            width: 220,
            render: (_, f) =>
              f.status === 'OPEN' ? (
                <Space wrap size={4}>
                  <RecordButton f={f} onDone={refresh} />
                  <AttemptButton f={f} onDone={refresh} />
                  {f.attempts.length > 0 && <CloseButton f={f} onDone={refresh} />}
                </Space>
              ) : null,
          },
        ]}
      />
      <Space style={{ marginTop: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">
          共 {conn?.totalCount ?? 0} 件 · 第 {cursors.length} 页
        </Typography.Text>
        <Space>
          <Button onClick={reload}>刷新</Button>
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

/** The organization's satisfaction this year, from the statistics (回访满意率 = visits whose mean score is at least 4 ÷ visits). */
function Satisfaction({ stamp }: { stamp: number }) {
  const today = chinaToday();
  const [{ data }, reexecute] = useQuery({ query: FollowUpSatisfactionDocument, variables: { filter: { from: `${today.slice(0, 4)}-01-01`, to: today } }, requestPolicy: 'cache-and-network' });
  // A visit was recorded below: the figures follow.
  useEffect(() => {
    if (stamp) reexecute({ requestPolicy: 'network-only' });
  }, [stamp, reexecute]);
  const s = data?.statistics.__typename === 'Statistics' ? data.statistics.followUps : null;
  const pct = (v: number | null | undefined) => (v == null ? '—' : `${(v * 100).toFixed(1)}%`);
  const avg = (v: number | null | undefined) => (v == null ? '—' : v.toFixed(2));
  return (
    <section aria-label="本单位回访满意度">
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={4}>
          <Statistic title="本年回访" value={s?.visits ?? 0} suffix="件" />
        </Col>
        <Col span={4}>
          <Statistic title="回访满意率" value={pct(s?.satisfactionRate)} />
        </Col>
        <Col span={4}>
          <Statistic title="专业程度" value={avg(s?.professionalismAverage)} />
        </Col>
        <Col span={4}>
          <Statistic title="便捷程度" value={avg(s?.easeAverage)} />
        </Col>
        <Col span={4}>
          <Statistic title="及时程度" value={avg(s?.timelinessAverage)} />
        </Col>
        <Col span={4}>
          <Statistic title="公正程度" value={avg(s?.fairnessAverage)} />
        </Col>
      </Row>
    </section>
  );
}

/** 回访: the organization's follow-ups of resolved and closed disputes — record the visit, or that the party was not reached. */
export default function FollowUpQueue() {
  const [tab, setTab] = useState('open');
  const [stamp, setStamp] = useState(0);
  const changed = () => setStamp((n) => n + 1);
  return (
    <Card title="回访管理">
      <Satisfaction stamp={stamp} />
      <Tabs activeKey={tab} onChange={setTab} destroyOnHidden items={TABS.map((t) => ({ key: t.key, label: t.label, children: <Queue tab={t} onChanged={changed} /> }))} />
    </Card>
  );
}
