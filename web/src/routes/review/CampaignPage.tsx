import { Alert, App, Button, Card, Col, Descriptions, Empty, Form, Input, Modal, Popconfirm, Result, Row, Skeleton, Space, Statistic, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useClient, useMutation, useQuery } from 'urql';
import { applyFieldErrors, isErrorResult, operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { formatTime } from '../../components/DisputeTable';
import type { ReviewCampaignFieldsFragment, ReviewReportFormat } from '../../gql/graphql';
import { blobOf, saveBlob } from './download';
import { CancelReviewCampaignDocument, ReviewCampaignDocument, ReviewReportDocumentDocument, SaveReviewReportDocument, StartReviewCampaignDocument, SubmitReviewReportDocument } from './documents';
import { CampaignStatusTag, GradeTag } from './tags';

type Campaign = ReviewCampaignFieldsFragment;
type File = NonNullable<Campaign['files']>[number];

/** The report's sections, in the order the plan requires. */
const SECTIONS: { key: 'method' | 'implementation' | 'problems' | 'causes' | 'improvements' | 'goodPractice'; title: string }[] = [
  { key: 'method', title: '一、评查工作开展情况' },
  { key: 'implementation', title: '二、贯彻落实浙政办发〔2019〕61号文件情况' },
  { key: 'problems', title: '三、存在的问题' },
  { key: 'causes', title: '四、原因分析' },
  { key: 'improvements', title: '五、整改措施' },
  { key: 'goodPractice', title: '六、可推广的经验做法' },
];

type ReportValues = Record<(typeof SECTIONS)[number]['key'], string>;

function Files({ c }: { c: Campaign }) {
  const label = useLabels();
  if (!c.files) return <Empty description={c.status === 'DRAFT' ? '启动评查后确定案卷' : '案卷仅评查人员可见'} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Table<File>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={c.files}
      locale={{ emptyText: '启动评查后确定案卷' }}
      columns={[
        { title: '序号', width: 60, dataIndex: 'position' },
        { title: '纠纷编号', width: 150, render: (_, f) => <Link to={`/review/files/${f.id}`}>{f.disputeCode}</Link> },
        { title: '渠道', width: 90, render: (_, f) => label('Channel', f.channel) },
        { title: '办理结果', width: 110, render: (_, f) => label('OutcomeKind', f.outcome) || '—' },
        { title: '办结日期', width: 110, render: (_, f) => f.concludedOn ?? '—' },
        {
          title: '自动检查',
          width: 150,
          render: (_, f) => {
            const failed = f.checks.filter((x) => x.status === 'FAIL').length;
            return failed ? <Tag color="red">{`${failed} 项不符合`}</Tag> : <Tag color="green">未发现问题</Tag>;
          },
        },
        {
          title: '评查',
          width: 140,
          render: (_, f) => (f.rounds.length ? [...new Set(f.rounds.map((r) => label('ReviewRound', r.round)))].join('、') : <Typography.Text type="secondary">未评</Typography.Text>),
        },
        { title: '得分', width: 70, render: (_, f) => f.finalScore ?? '—' },
        { title: '等级', width: 90, render: (_, f) => <GradeTag grade={f.finalGrade} /> },
        { title: '操作', width: 80, render: (_, f) => <Link to={`/review/files/${f.id}`}>{c.viewerReviews && c.status === 'IN_PROGRESS' ? '评查' : '查看'}</Link> },
      ]}
    />
  );
}

function Figures({ c }: { c: Campaign }) {
  const label = useLabels();
  const s = c.statistics;
  if (!s) return null;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Row gutter={12}>
        <Col span={6}>
          <Statistic title="评查案卷" value={s.files} />
        </Col>
        <Col span={6}>
          <Statistic title="已评分" value={s.scored} />
        </Col>
        <Col span={6}>
          <Statistic title="平均得分" value={s.averageScore == null ? '—' : s.averageScore.toFixed(1)} />
        </Col>
        <Col span={6}>
          <Statistic title="否决" value={s.vetoed} />
        </Col>
      </Row>
      <div>
        <Typography.Text strong>等次分布：</Typography.Text>
        {s.gradeCounts.map((g) => (
          <span key={g.grade} style={{ marginRight: 12 }}>
            <GradeTag grade={g.grade} /> {g.count} 件
          </span>
        ))}
      </div>
      <Table
        size="small"
        rowKey="itemCode"
        pagination={false}
        title={() => '扣分最多的项目'}
        dataSource={s.topDeductions}
        locale={{ emptyText: '暂无扣分' }}
        columns={[
          { title: '项目', dataIndex: 'title' },
          { title: '涉及案卷', dataIndex: 'files', width: 100 },
          { title: '合计扣分', dataIndex: 'points', width: 100 },
        ]}
      />
      <div>
        <Typography.Text strong>期限未遵守：</Typography.Text>
        {s.clocksMissed.length ? s.clocksMissed.map((m) => <Tag key={m.kind}>{`${label('DeadlineKind', m.kind)} ${m.count} 件`}</Tag>) : '无'}
      </div>
    </Space>
  );
}

/** The report: the statistics, the six sections (saved while the campaign runs), the document previewed or downloaded, submission. */
function Report({ c, onChanged }: { c: Campaign; onChanged: () => void }) {
  const { message } = App.useApp();
  const client = useClient();
  const [form] = Form.useForm<ReportValues>();
  const [, save] = useMutation(SaveReviewReportDocument);
  const [, submit] = useMutation(SubmitReviewReportDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const editable = c.viewerRunsIt && c.status === 'IN_PROGRESS';
  useEffect(() => {
    if (c.report) form.setFieldsValue({ ...c.report });
  }, [c.report, form]);
  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const fetchDocument = async (format: ReviewReportFormat) => {
    const r = await client.query(ReviewReportDocumentDocument, { campaignId: c.id, format }, { requestPolicy: 'network-only' }).toPromise();
    const d = r.data?.reviewReportDocument;
    if (!d) {
      setError(operationErrorMessage(r.error) ?? '无法生成评查报告');
      return null;
    }
    return { blob: blobOf(d.base64, d.contentType), fileName: d.fileName };
  };

  const run = async (what: string, call: () => Promise<unknown>) => {
    setBusy(what);
    setError(null);
    try {
      await call();
    } finally {
      setBusy(null);
    }
  };

  /** Saves the sections; returns the campaign's new version, null when refused. */
  const saveReport = async (): Promise<number | null> => {
    const v = form.getFieldsValue(true) as ReportValues;
    const r = await save({ id: c.id, input: v, expectedVersion: c.version });
    const res = r.data?.saveReviewReport;
    if (!res) {
      setError(operationErrorMessage(r.error) ?? '保存失败');
      return null;
    }
    if (isErrorResult(res)) {
      const rest = applyFieldErrors(
        form,
        (res.fieldErrors ?? []).map((e) => ({ ...e, field: e.field.replace(/^(input|report)\./, '') })),
      );
      setError([res.message, ...rest.map((e) => e.message)].join('；'));
      return null;
    }
    return res.__typename === 'ReviewCampaign' ? res.version : null;
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon closable onClose={() => setError(null)} title={error} />}
      <Card size="small" title="评查统计">
        <Figures c={c} />
      </Card>
      <Card size="small" title="评查报告">
        <Form<ReportValues> form={form} layout="vertical" disabled={!editable}>
          {SECTIONS.map((s) => (
            <Form.Item key={s.key} label={s.title} name={s.key}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20000} />
            </Form.Item>
          ))}
        </Form>
        <Space wrap>
          {editable && (
            <Button
              loading={busy === 'save'}
              onClick={() =>
                run('save', async () => {
                  if ((await saveReport()) !== null) {
                    message.success('报告已保存');
                    onChanged();
                  }
                })
              }
            >
              保存报告
            </Button>
          )}
          {(c.status === 'IN_PROGRESS' || c.status === 'REPORTED') && (
            <>
              <Button
                loading={busy === 'preview'}
                onClick={() =>
                  run('preview', async () => {
                    if (editable && (await saveReport()) === null) return;
                    const d = await fetchDocument('PDF');
                    if (d) setPreview(URL.createObjectURL(d.blob));
                  })
                }
              >
                预览报告
              </Button>
              <Button loading={busy === 'pdf'} onClick={() => run('pdf', async () => void (await fetchDocument('PDF').then((d) => d && saveBlob(d.blob, d.fileName))))}>
                下载 PDF
              </Button>
              <Button loading={busy === 'docx'} onClick={() => run('docx', async () => void (await fetchDocument('DOCX').then((d) => d && saveBlob(d.blob, d.fileName))))}>
                下载 DOCX
              </Button>
            </>
          )}
          {editable && (
            <Popconfirm
              title="提交评查报告？"
              description="提交后报告和统计数据固定，报送司法局。"
              okText="提交"
              onConfirm={() =>
                run('submit', async () => {
                  const version = await saveReport();
                  if (version === null) return;
                  const r = await submit({ id: c.id, expectedVersion: version });
                  const res = r.data?.submitReviewReport;
                  if (!res) return setError(operationErrorMessage(r.error) ?? '提交失败');
                  if (isErrorResult(res)) return setError([res.message, ...(res.fieldErrors ?? []).map((e) => e.message)].join('；'));
                  message.success('评查报告已提交');
                  onChanged();
                })
              }
            >
              <Button type="primary" loading={busy === 'submit'}>
                提交报告
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Card>
      <Modal open={!!preview} title="评查报告预览" width={900} footer={null} onCancel={() => setPreview(null)} destroyOnHidden>
        {preview && <iframe title="评查报告预览" src={preview} style={{ width: '100%', height: '70vh', border: 0 }} />}
      </Modal>
    </Space>
  );
}

/** One campaign: its scope and sample, start and cancel (its organizer), the files, the report. */
export default function CampaignPage() {
  const { id = '' } = useParams();
  const label = useLabels();
  const { message } = App.useApp();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReviewCampaignDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const [, start] = useMutation(StartReviewCampaignDocument);
  const [, cancel] = useMutation(CancelReviewCampaignDocument);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const c = data?.reviewCampaign;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (fetching && !data) return <Skeleton active />;
  if (error && !data) return <Alert type="error" showIcon title={operationErrorMessage(error)} />;
  if (!c) return <Result status="404" title="未找到该评查" subTitle="评查不存在，或您无权查看。" />;

  const act = async (what: string, call: () => Promise<{ data?: Record<string, unknown> | null; error?: Parameters<typeof operationErrorMessage>[0] }>) => {
    setBusy(true);
    setRefusal(null);
    try {
      const r = await call();
      const res = r.data ? Object.values(r.data)[0] : null;
      if (!res) return setRefusal(operationErrorMessage(r.error) ?? '操作失败');
      if (isErrorResult(res)) return setRefusal(res.message);
      message.success(what);
      refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span>{c.title}</span>
            <Tag>{label('ReviewCampaignKind', c.kind)}</Tag>
            <CampaignStatusTag status={c.status} />
          </Space>
        }
        extra={<Link to="/review">返回列表</Link>}
      >
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="被评查单位">{c.organization.name}</Descriptions.Item>
          <Descriptions.Item label="组织单位">{c.runnerOrganization?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="办结期间">{`${c.periodFrom} 至 ${c.periodTo}`}</Descriptions.Item>
          <Descriptions.Item label="渠道">{c.channel ? label('Channel', c.channel) : '全部'}</Descriptions.Item>
          <Descriptions.Item label="事项">{c.matter?.name ?? '全部'}</Descriptions.Item>
          <Descriptions.Item label="案卷范围">
            {c.sampleSize ? `随机抽取 ${c.sampleSize} 件（共 ${c.candidateCount ?? '?'} 件，种子 ${c.sampleSeed ?? '—'}）` : `全部（${c.candidateCount ?? '?'} 件）`}
          </Descriptions.Item>
          <Descriptions.Item label="评查标准">{c.checklistVersion ? `第 ${c.checklistVersion} 版` : '启动时确定'}</Descriptions.Item>
          <Descriptions.Item label="评查人员">{c.reviewers.map((r) => r.displayName).join('、')}</Descriptions.Item>
          <Descriptions.Item label="创建">{`${c.createdBy?.displayName ?? ''} ${formatTime(c.createdAt)}`}</Descriptions.Item>
          {c.reportedAt && <Descriptions.Item label="报告提交">{formatTime(c.reportedAt)}</Descriptions.Item>}
        </Descriptions>
        {c.viewerRunsIt && (c.status === 'DRAFT' || c.status === 'IN_PROGRESS') && (
          <Space>
            {c.status === 'DRAFT' && (
              <Popconfirm title="启动评查？" description="将确定评查案卷并自动检查。" okText="启动" onConfirm={() => act('评查已启动', () => start({ id: c.id, expectedVersion: c.version }))}>
                <Button type="primary" loading={busy}>
                  启动评查
                </Button>
              </Popconfirm>
            )}
            <Popconfirm title="取消该评查？" okText="取消评查" cancelText="返回" onConfirm={() => act('评查已取消', () => cancel({ id: c.id, expectedVersion: c.version }))}>
              <Button danger loading={busy}>
                取消评查
              </Button>
            </Popconfirm>
          </Space>
        )}
      </Card>
      <Card size="small">
        <Tabs
          items={[
            { key: 'files', label: `案卷（${c.files?.length ?? 0}）`, children: <Files c={c} /> },
            { key: 'report', label: '评查报告', children: <Report c={c} onChanged={refresh} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
