import { Alert, App, Button, Card, Checkbox, Collapse, Descriptions, Form, Input, InputNumber, Radio, Result, Select, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { isErrorResult, operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { formatTime } from '../../components/DisputeTable';
import type { ReviewCheckCode, ReviewCheckStatus, ReviewFileFieldsFragment, ReviewRound } from '../../gql/graphql';
import { ReviewChecklistDocument, ReviewFileDocument, ScoreReviewFileDocument } from './documents';
import { CheckStatusTag, GradeTag } from './tags';

type File = ReviewFileFieldsFragment;
type Check = File['checks'][number];
type Clock = File['clocks'][number];

const CHECK_STATUSES: ReviewCheckStatus[] = ['PASS', 'FAIL', 'NOT_APPLICABLE', 'NOT_RECORDED'];

interface Values {
  round: ReviewRound;
  decisions: Record<string, { confirmed: boolean; status?: ReviewCheckStatus; reason?: string; deduction?: number | null }>;
  deductions: Record<string, { points?: number | null; note?: string }>;
  vetoes: string[];
  comment?: string;
}

function ClockLine({ k }: { k: Clock }) {
  const label = useLabels();
  return (
    <div>
      {label('DeadlineKind', k.kind)}：{k.startOn} 起，{k.dueOn} 届满{k.extended ? `（延长 ${k.extended} 次）` : ''}，{k.metOn ? `${k.metOn} 完成` : k.open ? '尚未完成' : '未完成'}
    </div>
  );
}

/** What a check found: the summary, then the events, documents, clocks, services and dates it read, and what is missing. */
function Evidence({ check }: { check: Check }) {
  const label = useLabels();
  const e = check.evidence;
  return (
    <div style={{ fontSize: 13 }}>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{e.summary}</Typography.Paragraph>
      {e.missing.length > 0 && <Typography.Paragraph type="danger" style={{ marginBottom: 4 }}>{`缺少：${e.missing.join('、')}`}</Typography.Paragraph>}
      {e.events.map((x) => (
        <div key={x.seq}>
          {x.on} {label('DisputeEventType', x.type)}
        </div>
      ))}
      {e.documents.map((d) => (
        <div key={`${d.kind}${d.number}`}>
          {label('DocumentKind', d.kind)} {d.number}（{d.issuedOn} 制发）
        </div>
      ))}
      {e.clocks.map((k, i) => (
        <ClockLine key={i} k={k} />
      ))}
      {e.services.map((s, i) => (
        <div key={i}>
          {label('DocumentKind', s.documentKind)} {s.documentNumber}：{label('ServiceMethod', s.method)}，{s.servedOn} 送达，{s.completedOn} 视为送达
          {s.missingKinds.length > 0 && <Typography.Text type="danger">{`，缺少凭证：${s.missingKinds.map((m) => label('ServiceEvidenceKind', m)).join('、')}`}</Typography.Text>}
        </div>
      ))}
      {e.dates.map((d) => (
        <div key={d.label}>
          {d.label}：{d.on}
        </div>
      ))}
    </div>
  );
}

/** The check's row of the scoring form: confirm as computed, or correct it (status, reason, deduction). */
function Decision({ check, disabled }: { check: Check; disabled: boolean }) {
  const label = useLabels();
  const name = label('ReviewCheckCode', check.code);
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }}>
      <Form.Item name={['decisions', check.code, 'confirmed']} noStyle>
        <Radio.Group
          aria-label={`${name}的评查意见`}
          disabled={disabled}
          options={[
            { value: true, label: '确认' },
            { value: false, label: '更正' },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {({ getFieldValue }) =>
          getFieldValue(['decisions', check.code, 'confirmed']) === false && (
            <Space wrap align="start">
              <Form.Item name={['decisions', check.code, 'status']} rules={[{ required: true, message: '请选择更正后的结论' }]} style={{ marginBottom: 0 }}>
                <Select
                  aria-label={`${name}更正为`}
                  placeholder="更正为"
                  style={{ width: 120 }}
                  disabled={disabled}
                  options={CHECK_STATUSES.map((s) => ({ value: s, label: label('ReviewCheckStatus', s) }))}
                />
              </Form.Item>
              <Form.Item name={['decisions', check.code, 'deduction']} style={{ marginBottom: 0 }}>
                <InputNumber aria-label={`${name}扣分`} placeholder="扣分" min={0} max={100} precision={0} disabled={disabled} />
              </Form.Item>
              <Form.Item name={['decisions', check.code, 'reason']} rules={[{ required: true, message: '请填写更正理由' }]} style={{ marginBottom: 0 }}>
                <Input aria-label={`${name}更正理由`} placeholder="更正理由" style={{ width: 260 }} disabled={disabled} />
              </Form.Item>
            </Space>
          )
        }
      </Form.Item>
    </Space>
  );
}

/**
 * One file of a campaign (masked: no personal data): its documents, services and clocks, the
 * automatic checks with their evidence, the reviewer's scoring form (confirm or correct each check,
 * deductions on the items a machine cannot judge, vetoes, comment), and the rounds scored so far.
 */
export default function ReviewFilePage() {
  const { id = '' } = useParams();
  const label = useLabels();
  const { user } = useAuth();
  const { message } = App.useApp();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReviewFileDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const f = data?.reviewFile ?? null;
  const [checklist] = useQuery({ query: ReviewChecklistDocument, variables: { version: f?.campaign.checklistVersion ?? null }, pause: !f });
  const [{ fetching: saving }, score] = useMutation(ScoreReviewFileDocument);
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const items = useMemo(() => checklist.data?.reviewChecklist?.items ?? [], [checklist.data]);
  const vetoItems = checklist.data?.reviewChecklist?.vetoItems ?? [];
  const automatic = useMemo(() => new Set((checklist.data?.reviewChecklist?.checks ?? []).map((c) => c.itemCode).filter(Boolean)), [checklist.data]);

  // The form starts from the viewer's own last round (scoring again replaces it), else every check confirmed.
  useEffect(() => {
    if (!f) return;
    const own = [...f.rounds].reverse().find((r) => r.reviewer?.id === user?.id);
    const decisions: Values['decisions'] = {};
    for (const c of f.checks) {
      const d = own?.decisions.find((x) => x.code === c.code);
      decisions[c.code] = d ? { confirmed: d.confirmed, status: d.status ?? undefined, reason: d.reason ?? undefined, deduction: d.deduction } : { confirmed: true };
    }
    const deductions: Values['deductions'] = {};
    for (const d of own?.deductions ?? []) deductions[d.itemCode] = { points: d.points, note: d.note ?? undefined };
    form.setFieldsValue({ round: own?.round ?? 'FIRST', decisions, deductions, vetoes: own?.vetoes ?? [], comment: own?.comment ?? undefined });
  }, [f, form, user?.id]);

  if (fetching && !data) return <Skeleton active />;
  if (error && !data) return <Alert type="error" showIcon title={operationErrorMessage(error)} />;
  if (!f) return <Result status="404" title="未找到该案卷" subTitle="案卷不存在，或您不是该评查的评查人员。" />;

  const editable = f.campaign.status === 'IN_PROGRESS' && f.campaign.viewerReviews;
  const hasFirst = f.rounds.some((r) => r.round === 'FIRST');

  const submit = async (v: Values) => {
    setRefusal(null);
    const decisions = f.checks.map((c) => {
      const d = v.decisions?.[c.code] ?? { confirmed: true };
      return d.confirmed === false
        ? { code: c.code as ReviewCheckCode, confirmed: false, status: d.status ?? null, reason: d.reason?.trim() || null, deduction: d.deduction ?? null }
        : { code: c.code as ReviewCheckCode, confirmed: true };
    });
    const deductions = Object.entries(v.deductions ?? {})
      .filter(([, d]) => (d.points ?? 0) > 0)
      .map(([itemCode, d]) => ({ itemCode, points: d.points!, note: d.note?.trim() || null }));
    const r = await score({ input: { fileId: f.id, round: v.round, decisions, deductions, vetoes: v.vetoes ?? [], comment: v.comment?.trim() || null, expectedVersion: f.version } });
    const res = r.data?.scoreReviewFile;
    if (!res) return setRefusal(operationErrorMessage(r.error) ?? '提交失败');
    if (isErrorResult(res)) {
      // decisions.N.* → the check's fields (N is the position in the list sent, the file's order of checks).
      const fields: { name: ['decisions', string, 'status' | 'reason' | 'deduction' | 'confirmed']; errors: string[] }[] = [];
      const rest: string[] = [];
      for (const e of res.fieldErrors ?? []) {
        const m = /^(?:input\.)?decisions\.(\d+)\.(\w+)$/.exec(e.field);
        const check = m ? f.checks[Number(m[1])] : undefined;
        if (check && m) fields.push({ name: ['decisions', check.code, m[2] as 'status'], errors: [e.message] });
        else rest.push(e.message);
      }
      form.setFields(fields);
      return setRefusal([res.message, ...rest].join('；'));
    }
    message.success('评分已提交');
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span>{`第 ${f.position} 号案卷`}</span>
            <span>{f.disputeCode}</span>
            {f.finalScore != null && <Tag>{`${f.finalScore} 分`}</Tag>}
            <GradeTag grade={f.finalGrade} />
          </Space>
        }
        extra={<Link to={`/review/${f.campaign.id}`}>返回评查</Link>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label="评查">{f.campaign.title}</Descriptions.Item>
          <Descriptions.Item label="渠道">{label('Channel', f.channel)}</Descriptions.Item>
          <Descriptions.Item label="办理结果">{label('OutcomeKind', f.outcome) || '—'}</Descriptions.Item>
          <Descriptions.Item label="收到">{f.receivedOn}</Descriptions.Item>
          <Descriptions.Item label="受理">{f.acceptedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="办结">{f.concludedOn ?? '—'}</Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">案卷信息已隐去当事人个人信息。</Typography.Text>
        <Collapse
          ghost
          items={[
            {
              key: 'materials',
              label: `法律文书（${f.documents.length}）· 送达（${f.services.length}）· 期限（${f.clocks.length}）`,
              children: (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Table
                    size="small"
                    rowKey={(d) => `${d.kind}${d.number}`}
                    pagination={false}
                    dataSource={f.documents}
                    columns={[
                      { title: '文书', render: (_, d) => label('DocumentKind', d.kind) },
                      { title: '文号', dataIndex: 'number' },
                      { title: '状态', render: (_, d) => label('DocumentStatus', d.status) },
                      { title: '制发日期', dataIndex: 'issuedOn' },
                      { title: '送达对象', dataIndex: 'recipientCount' },
                    ]}
                  />
                  <Table
                    size="small"
                    rowKey={(s) => `${s.documentNumber}${s.servedOn}${s.method}`}
                    pagination={false}
                    dataSource={f.services}
                    columns={[
                      { title: '文书', render: (_, s) => `${label('DocumentKind', s.documentKind)} ${s.documentNumber}` },
                      { title: '方式', render: (_, s) => label('ServiceMethod', s.method) },
                      { title: '送达', dataIndex: 'servedOn' },
                      { title: '视为送达', dataIndex: 'completedOn' },
                      { title: '凭证', render: (_, s) => (s.evidencePresent ? <Tag color="green">齐全</Tag> : <Tag color="red">缺少</Tag>) },
                    ]}
                  />
                  {f.clocks.map((k, i) => (
                    <ClockLine key={i} k={k} />
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      {refusal && <Alert type="error" showIcon closable onClose={() => setRefusal(null)} title={refusal} />}
      <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={!editable}>
        <Card size="small" title="自动检查" style={{ marginBottom: 12 }}>
          <Table<Check>
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={f.checks}
            columns={[
              { title: '检查项', width: 170, render: (_, c) => label('ReviewCheckCode', c.code) },
              { title: '结论', width: 90, render: (_, c) => <CheckStatusTag status={c.status} /> },
              {
                title: '建议',
                width: 110,
                render: (_, c) => (c.vetoCode && c.status === 'FAIL' ? <Tag color="red">否决</Tag> : c.suggestedDeduction ? `扣 ${c.suggestedDeduction} 分` : '—'),
              },
              { title: '依据', render: (_, c) => <Evidence check={c} /> },
              { title: '评查意见', width: 330, render: (_, c) => <Decision check={c} disabled={!editable} /> },
            ]}
          />
        </Card>
        <Card size="small" title="人工评分" style={{ marginBottom: 12 }}>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={items}
            columns={[
              { title: '类别', width: 70, render: (_, i) => label('ReviewItemGroup', i.group) },
              {
                title: '评查项目',
                render: (_, i) => (
                  <span>
                    {i.title} {automatic.has(i.code) && <Tag>自动检查</Tag>}
                  </span>
                ),
              },
              { title: '最多扣', width: 70, dataIndex: 'maxDeduction' },
              {
                title: '扣分',
                width: 100,
                render: (_, i) => (
                  <Form.Item name={['deductions', i.code, 'points']} noStyle>
                    <InputNumber aria-label={`${i.title}扣分`} min={0} max={i.maxDeduction} precision={0} style={{ width: 80 }} />
                  </Form.Item>
                ),
              },
              {
                title: '说明',
                width: 240,
                render: (_, i) => (
                  <Form.Item name={['deductions', i.code, 'note']} noStyle>
                    <Input aria-label={`${i.title}扣分说明`} maxLength={500} />
                  </Form.Item>
                ),
              },
            ]}
          />
          <Form.Item label="否决项" name="vetoes" style={{ marginTop: 12 }}>
            <Checkbox.Group options={vetoItems.map((v) => ({ value: v.code, label: v.title }))} />
          </Form.Item>
          <Form.Item label="评查意见" name="comment">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} />
          </Form.Item>
          <Space align="start">
            <Form.Item label="评查轮次" name="round" style={{ marginBottom: 0 }}>
              <Radio.Group
                options={[
                  { value: 'FIRST', label: label('ReviewRound', 'FIRST') },
                  { value: 'EXPERT', label: label('ReviewRound', 'EXPERT'), disabled: !hasFirst },
                ]}
              />
            </Form.Item>
          </Space>
          <div>
            <Button type="primary" htmlType="submit" loading={saving} disabled={!editable}>
              提交评分
            </Button>
          </div>
        </Card>
      </Form>

      <Card size="small" title="评分记录">
        {f.rounds.length === 0 ? (
          <Typography.Text type="secondary">尚未评分</Typography.Text>
        ) : (
          f.rounds.map((r, i) => (
            <div key={i} role="group" aria-label={`${label('ReviewRound', r.round)} ${r.reviewer?.displayName ?? ''}`} style={{ marginBottom: 12 }}>
              <Space wrap>
                <Tag>{label('ReviewRound', r.round)}</Tag>
                <span>{r.reviewer?.displayName}</span>
                <Typography.Text strong>{`${r.score} 分`}</Typography.Text>
                <GradeTag grade={r.grade} />
                <Typography.Text type="secondary">{formatTime(r.scoredAt)}</Typography.Text>
              </Space>
              {r.decisions
                .filter((d) => !d.confirmed)
                .map((d) => (
                  <div key={d.code}>{`更正：${label('ReviewCheckCode', d.code)} → ${label('ReviewCheckStatus', d.status)}，理由：${d.reason ?? ''}`}</div>
                ))}
              {r.deductions.map((d) => (
                <div key={d.itemCode}>{`扣分：${items.find((x) => x.code === d.itemCode)?.title ?? d.itemCode} ${d.points} 分${d.note ? `（${d.note}）` : ''}`}</div>
              ))}
              {r.appliedVetoes.length > 0 && <div>{`否决：${r.appliedVetoes.map((v) => vetoItems.find((x) => x.code === v)?.title ?? v).join('、')}`}</div>}
              {r.comment && <div>{`意见：${r.comment}`}</div>}
            </div>
          ))
        )}
      </Card>
    </Space>
  );
}
