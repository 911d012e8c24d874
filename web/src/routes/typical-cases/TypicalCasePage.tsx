import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Popconfirm, Result, Row, Skeleton, Space, Tabs, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import { formatTime } from '../../components/DisputeTable';
import type { TypicalCaseFieldsFragment } from '../../gql/graphql';
import { AnonymizationDiff, ReplacementList, TextView } from './AnonymizationDiff';
import { ApproveTypicalCaseDocument, ReturnTypicalCaseDocument, SubmitTypicalCaseDocument, TypicalCaseDocument, UpdateTypicalCaseDocument, WithdrawTypicalCaseDocument } from './documents';
import { RefusalAlert, refusalOf, SectionsFields, type Refusal, type SectionsValues } from './SectionsForm';
import { StatusTag } from './StatusTag';

type Case = TypicalCaseFieldsFragment;

function valuesOf(c: Case): SectionsValues | null {
  return c.draft ? { title: c.draft.title, sections: { facts: c.draft.facts, outcome: c.draft.outcome, significance: c.draft.significance } } : null;
}

function sameKeep(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

/** The publication check as the server states it now: what submission and approval would refuse. */
function CheckAlert({ c }: { c: Case }) {
  if (!c.publicationCheck || c.status === 'PUBLISHED' || c.status === 'WITHDRAWN') return null;
  if (!c.publicationCheck.length) return <Alert type="success" showIcon title="发布检查：匿名化文本中未发现可识别当事人的信息。" />;
  return (
    <Alert
      type="warning"
      showIcon
      title={`发布检查：匿名化文本中仍有 ${c.publicationCheck.length} 处可识别当事人的信息，不能提交或发布`}
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {c.publicationCheck.map((e, i) => (
            <li key={i}>{e.message}</li>
          ))}
        </ul>
      }
    />
  );
}

function History({ c }: { c: Case }) {
  const label = useLabels();
  return (
    <Timeline
      items={c.history.map((h, i) => ({
        key: i,
        color: h.action === 'APPROVE' ? 'green' : h.action === 'RETURN' || h.action === 'WITHDRAW' ? 'red' : 'blue',
        content: (
          <div>
            <Typography.Text type="secondary">{formatTime(h.at)}</Typography.Text> <Tag>{label('TypicalCaseAction', h.action)}</Tag>
            {h.actor?.displayName}
            {h.reason && <div>理由：{h.reason}</div>}
          </div>
        ),
      }))}
    />
  );
}

/**
 * One typical case: the editor (drafting organization's handlers, while DRAFT) with the anonymization
 * diff, replacement list and publication check; the head's approval (publish, return with a reason,
 * withdraw); its history. Other viewers (REVIEWER, ADMIN) read the anonymized text only.
 */
export default function TypicalCasePage() {
  const { id = '' } = useParams();
  const { user, hasRole } = useAuth();
  const { message } = App.useApp();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TypicalCaseDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const [form] = Form.useForm<SectionsValues>();
  const [, update] = useMutation(UpdateTypicalCaseDocument);
  const [, submit] = useMutation(SubmitTypicalCaseDocument);
  const [, approve] = useMutation(ApproveTypicalCaseDocument);
  const [, sendBack] = useMutation(ReturnTypicalCaseDocument);
  const [, withdraw] = useMutation(WithdrawTypicalCaseDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [keep, setKeep] = useState<string[]>([]);
  const c = data?.typicalCase ?? null;

  // The form follows the saved draft (after each save the pass's result comes back with it).
  useEffect(() => {
    if (!c) return;
    const v = valuesOf(c);
    if (v) form.setFieldsValue(v);
    setKeep([...(c.keep ?? [])]);
  }, [c, form]);

  if (fetching && !data) return <Skeleton active />;
  if (error && !data) return <Alert type="error" showIcon title={operationErrorMessage(error)} />;
  if (!c) return <Result status="404" title="未找到该典型案例" subTitle="案例不存在，或您无权查看。" />;

  const ownOrg = !!user?.organization && user.organization.id === c.organization.id;
  const editable = ownOrg && c.status === 'DRAFT' && !!c.draft && hasRole('HANDLER', 'COURT_LIAISON');
  const isHead = ownOrg && hasRole('HEAD');
  const mayWithdraw = (isHead || hasRole('ADMIN')) && c.status !== 'WITHDRAWN';

  /** Runs a mutation; an ErrorResult shows in the alert. Returns the case on success. */
  const run = async (what: string, call: () => Promise<{ data?: Record<string, unknown> | null; error?: Parameters<typeof operationErrorMessage>[0] }>, withForm = false): Promise<Case | null> => {
    setBusy(what);
    setRefusal(null);
    try {
      const r = await call();
      const res = r.data ? (Object.values(r.data)[0] as (Case & { __typename: string }) | { __typename: string }) : null;
      if (!res) {
        setRefusal({ message: operationErrorMessage(r.error) ?? '操作失败', details: [] });
        return null;
      }
      if (res.__typename !== 'TypicalCase') {
        setRefusal(refusalOf(res, withForm ? form : undefined));
        return null;
      }
      return res as unknown as Case;
    } finally {
      setBusy(null);
    }
  };

  const dirty = () => {
    const saved = valuesOf(c);
    const now = form.getFieldsValue(true) as SectionsValues;
    return !saved || JSON.stringify(saved) !== JSON.stringify({ title: now.title, sections: { ...now.sections } }) || !sameKeep(keep, c.keep ?? []);
  };

  /** Saves the form and the kept originals; the server runs the pass again. */
  const save = async (): Promise<Case | null> => {
    let v: SectionsValues;
    try {
      v = await form.validateFields();
    } catch {
      return null;
    }
    const saved = await run('save', () => update({ id: c.id, input: { title: v.title, sections: v.sections, keep }, expectedVersion: c.version }), true);
    if (saved) {
      message.success('已保存，匿名化结果已更新');
      reexecute({ requestPolicy: 'network-only' });
    }
    return saved;
  };

  const submitCase = async () => {
    let version = c.version;
    if (dirty()) {
      const saved = await save();
      if (!saved) return;
      version = saved.version;
    }
    const done = await run('submit', () => submit({ id: c.id, expectedVersion: version }));
    if (done) {
      message.success('已提交负责人审批');
      reexecute({ requestPolicy: 'network-only' });
    }
  };

  const approveCase = async () => {
    const done = await run('approve', () => approve({ id: c.id, expectedVersion: c.version }));
    if (done) {
      message.success('已批准发布');
      reexecute({ requestPolicy: 'network-only' });
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span>典型案例</span>
            <span>{c.anonymized.title}</span>
            <StatusTag status={c.status} />
          </Space>
        }
        extra={<Link to="/typical-cases">返回列表</Link>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label="起草单位">{c.organization.name}</Descriptions.Item>
          <Descriptions.Item label="来源纠纷">{c.dispute ? <Link to={`/disputes/${c.dispute.id}`}>{c.dispute.code}</Link> : '—'}</Descriptions.Item>
          <Descriptions.Item label="事项">{c.matter?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="年度">{c.year}</Descriptions.Item>
          {c.publishedAt && <Descriptions.Item label="发布时间">{formatTime(c.publishedAt)}</Descriptions.Item>}
          {c.withdrawnAt && <Descriptions.Item label="撤回">{`${formatTime(c.withdrawnAt)}：${c.withdrawReason ?? ''}`}</Descriptions.Item>}
        </Descriptions>
        <Space wrap>
          {isHead && c.status === 'SUBMITTED' && (
            <>
              <Popconfirm title="批准发布该典型案例？" description="发布后公众可查阅匿名化文本。" okText="发布" onConfirm={approveCase}>
                <Button type="primary" loading={busy === 'approve'}>
                  批准发布
                </Button>
              </Popconfirm>
              <ActionModal<{ reason: string }, Record<string, unknown>>
                label="退回修改"
                title="退回修改"
                okText="退回"
                successText="已退回起草人修改"
                run={(v) => sendBack({ id: c.id, reason: v.reason, expectedVersion: c.version })}
                pick={(d) => d.returnTypicalCase as never}
                onDone={() => reexecute({ requestPolicy: 'network-only' })}
              >
                <Form.Item label="退回理由" name="reason" rules={[{ required: true, min: 2, message: '请填写退回理由' }]}>
                  <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} />
                </Form.Item>
              </ActionModal>
            </>
          )}
          {mayWithdraw && (
            <ActionModal<{ reason: string }, Record<string, unknown>>
              label="撤回"
              title="撤回典型案例"
              buttonProps={{ danger: true }}
              okText="撤回"
              successText="已撤回，记录保留"
              run={(v) => withdraw({ id: c.id, reason: v.reason, expectedVersion: c.version })}
              pick={(d) => d.withdrawTypicalCase as never}
              onDone={() => reexecute({ requestPolicy: 'network-only' })}
            >
              <Typography.Paragraph type="secondary">撤回后不再公开，案例记录和审批经过保留。</Typography.Paragraph>
              <Form.Item label="撤回理由" name="reason" rules={[{ required: true, min: 2, message: '请填写撤回理由' }]}>
                <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} />
              </Form.Item>
            </ActionModal>
          )}
        </Space>
      </Card>

      <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
      <CheckAlert c={c} />

      <Row gutter={12}>
        <Col xs={24} xl={12}>
          <Card size="small" title={editable ? '编辑原文' : c.draft ? '原文（含个人信息，仅起草单位可见）' : '案例文本'}>
            {editable ? (
              <Form<SectionsValues> form={form} layout="vertical" initialValues={valuesOf(c) ?? undefined}>
                <SectionsFields />
                <Space wrap>
                  <Button onClick={() => void save()} loading={busy === 'save'}>
                    保存并重新匿名化
                  </Button>
                  <Popconfirm title="提交负责人审批？" description="提交的是右侧的匿名化文本。" okText="提交" onConfirm={submitCase}>
                    <Button type="primary" loading={busy === 'submit'}>
                      提交审批
                    </Button>
                  </Popconfirm>
                </Space>
              </Form>
            ) : c.draft ? (
              <TextView text={c.draft} label="原文" />
            ) : (
              <TextView text={c.anonymized} />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title="匿名化">
            <Tabs
              items={[
                ...(c.draft && c.replacements
                  ? [
                      {
                        key: 'diff',
                        label: `改动对照（${c.replacements.length} 处）`,
                        children: (
                          <>
                            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                              <del style={{ color: '#cf1322' }}>删除线</del>为原文，<ins style={{ color: '#389e0d', textDecoration: 'none' }}>绿色</ins>
                              为替换后的文字；对照按已保存的原文生成，修改后请保存。
                            </Typography.Paragraph>
                            <AnonymizationDiff draft={c.draft} replacements={c.replacements} />
                          </>
                        ),
                      },
                    ]
                  : []),
                { key: 'text', label: '匿名化文本', children: <TextView text={c.anonymized} /> },
                ...(c.replacements
                  ? [
                      {
                        key: 'list',
                        label: '替换清单',
                        children: (
                          <>
                            <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                              系统误判的原文（如地名被识别为人名）可勾选“保留原文”，保存后生效；当事人的姓名、证件号码、电话和地址仍不能发布。
                            </Typography.Paragraph>
                            <ReplacementList replacements={c.replacements} saved={c.keep ?? []} keep={keep} onKeep={setKeep} disabled={!editable} />
                          </>
                        ),
                      },
                    ]
                  : []),
                { key: 'history', label: '审批记录', children: <History c={c} /> },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
