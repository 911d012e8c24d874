import { App, Button, Card, Empty, Form, Input, Popconfirm, Radio, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { isErrorResult, operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import { DeadlineTag } from '../../components/DeadlineTag';
import { formatTime } from '../../components/DisputeTable';
import { EnumTag } from '../../components/EnumTag';
import type { ConfirmationFieldsFragment, ConfirmationQueueQuery, JudicialConfirmationDecision, JudicialConfirmationStatus } from '../../gql/graphql';
import { AcceptConfirmationDocument, ConfirmationQueueDocument, DecideConfirmationDocument, DeclineConfirmationDocument, ExtendConfirmationDocument } from './documents';
import { useCourt } from './useCourt';

type QueueDispute = ConfirmationQueueQuery['disputes']['edges'][number]['node'];
type QueueProceeding = QueueDispute['proceedings'][number];
interface Row {
  key: string;
  dispute: QueueDispute;
  proceeding: QueueProceeding;
  jc: ConfirmationFieldsFragment;
}

const TABS: { key: string; label: string; statuses: JudicialConfirmationStatus[] }[] = [
  { key: 'pending', label: '待立案', statuses: ['PENDING'] },
  { key: 'accepted', label: '已立案待裁定', statuses: ['ACCEPTED'] },
  { key: 'done', label: '已办结', statuses: ['CONFIRMED', 'REJECTED', 'NOT_ACCEPTED', 'WITHDRAWN'] },
];

const DECISIONS: JudicialConfirmationDecision[] = ['CONFIRM', 'REJECT'];

function AcceptButton({ jc, onDone }: { jc: ConfirmationFieldsFragment; onDone: () => void }) {
  const { message } = App.useApp();
  const [{ fetching }, accept] = useMutation(AcceptConfirmationDocument);
  return (
    <Popconfirm
      title="立案受理该司法确认申请？"
      okText="立案"
      cancelText="取消"
      onConfirm={async () => {
        const r = await accept({ id: jc.id, expectedVersion: jc.version });
        const res = r.data?.acceptJudicialConfirmation;
        if (!res) message.error(r.error?.graphQLErrors[0]?.message ?? '网络错误，请重试');
        else if (isErrorResult(res)) message.error(res.message);
        else {
          message.success('已立案');
          onDone();
        }
      }}
    >
      <Button size="small" type="primary" loading={fetching}>
        立案
      </Button>
    </Popconfirm>
  );
}

function DeclineButton({ jc, onDone }: { jc: ConfirmationFieldsFragment; onDone: () => void }) {
  const [, decline] = useMutation(DeclineConfirmationDocument);
  return (
    <ActionModal<{ reason: string }, NonNullable<Awaited<ReturnType<typeof decline>>['data']>>
      label="不予受理"
      title="不予受理司法确认申请"
      buttonProps={{ size: 'small', danger: true }}
      successText="已决定不予受理"
      run={(v) => decline({ id: jc.id, expectedVersion: jc.version, reason: v.reason })}
      pick={(d) => d.declineJudicialConfirmation}
      onDone={onDone}
    >
      <Form.Item label="不予受理理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}

function DecideButton({ jc, onDone }: { jc: ConfirmationFieldsFragment; onDone: () => void }) {
  const label = useLabels();
  const [, decide] = useMutation(DecideConfirmationDocument);
  return (
    <ActionModal<{ decision: JudicialConfirmationDecision; rulingNumber: string; note?: string }, NonNullable<Awaited<ReturnType<typeof decide>>['data']>>
      label="裁定"
      title="司法确认裁定"
      buttonProps={{ size: 'small', type: 'primary' }}
      initialValues={{ decision: 'CONFIRM' }}
      successText="裁定已记录"
      run={(v) => decide({ id: jc.id, expectedVersion: jc.version, decision: v.decision, rulingNumber: v.rulingNumber.trim(), note: v.note?.trim() || null })}
      pick={(d) => d.decideJudicialConfirmation}
      onDone={onDone}
    >
      <Form.Item label="裁定结果" name="decision" rules={[{ required: true }]}>
        <Radio.Group options={DECISIONS.map((d) => ({ value: d, label: label('JudicialConfirmationDecision', d) }))} />
      </Form.Item>
      <Form.Item label="裁定书文号" name="rulingNumber" rules={[{ required: true, whitespace: true, message: '请填写裁定书文号' }]}>
        <Input maxLength={100} placeholder="如：（2026）浙01民特123号" />
      </Form.Item>
      <Form.Item label="备注" name="note">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}

function ExtendButton({ jc, onDone }: { jc: ConfirmationFieldsFragment; onDone: () => void }) {
  const [, extend] = useMutation(ExtendConfirmationDocument);
  return (
    <ActionModal<{ reason: string; approverName?: string }, NonNullable<Awaited<ReturnType<typeof extend>>['data']>>
      label="延长"
      title="延长裁定期限"
      buttonProps={{ size: 'small' }}
      successText="已延长"
      run={(v) => extend({ id: jc.id, expectedVersion: jc.version, reason: v.reason, approverName: v.approverName?.trim() || null })}
      pick={(d) => d.extendJudicialConfirmation}
      onDone={onDone}
    >
      <Typography.Paragraph type="secondary">有特殊情况需要延长的，经本院院长批准可延长 10 日。</Typography.Paragraph>
      <Form.Item label="延长理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item label="批准人" name="approverName">
        <Input maxLength={100} />
      </Form.Item>
    </ActionModal>
  );
}

function Queue({ statuses, courtId }: { statuses: JudicialConfirmationStatus[]; courtId: string | null }) {
  const label = useLabels();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ConfirmationQueueDocument,
    variables: { filter: { judicialConfirmationStatus: statuses }, first: 20, after: cursors[cursors.length - 1] },
    requestPolicy: 'cache-and-network',
  });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const conn = data?.disputes;
  const rows: Row[] = (conn?.edges ?? []).flatMap(({ node: d }) =>
    d.proceedings.flatMap((p) => {
      const jc = p.judicialConfirmation;
      if (!jc || !statuses.includes(jc.status) || (courtId && jc.court.id !== courtId)) return [];
      return [{ key: jc.id, dispute: d, proceeding: p, jc }];
    }),
  );
  return (
    <>
      {error && <Typography.Text type="danger">{operationErrorMessage(error)}</Typography.Text>}
      <Table<Row>
        size="small"
        rowKey="key"
        loading={fetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1150 }}
        locale={{ emptyText: '暂无申请' }}
        columns={[
          {
            title: '纠纷',
            width: 220,
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <Link to={`/disputes/${r.dispute.id}`}>{r.dispute.code}</Link>
                <Typography.Text ellipsis style={{ maxWidth: 200 }}>
                  {r.dispute.title}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: '调解协议',
            width: 260,
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <span>{r.proceeding.organization.name}</span>
                {r.proceeding.outcome && (
                  <Typography.Text type="secondary">
                    {label('OutcomeKind', r.proceeding.outcome.kind)} {r.proceeding.outcome.documentNumber ?? ''} · 生效 {r.proceeding.outcome.effectiveOn}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          { title: '申请时间', width: 140, render: (_, r) => formatTime(r.jc.requestedAt) },
          {
            title: '状态 / 期限',
            width: 330,
            render: (_, r) => (
              <Space orientation="vertical" size={2}>
                <Space size={4} wrap>
                  <EnumTag enumName="JudicialConfirmationStatus" value={r.jc.status} />
                  {r.jc.rulingNumber && <span>裁定书 {r.jc.rulingNumber}</span>}
                </Space>
                {r.jc.status === 'PENDING' && <DeadlineTag deadline={r.jc.acceptanceDeadline} />}
                {r.jc.status === 'ACCEPTED' && r.jc.decisionDeadline && <DeadlineTag deadline={r.jc.decisionDeadline} />}
                {r.jc.extensions.length > 0 && <Typography.Text type="secondary">已延长 {r.jc.extensions.reduce((n, e) => n + e.amount, 0)} 日</Typography.Text>}
                {r.jc.declineReason && <Typography.Text type="danger">不予受理：{r.jc.declineReason}</Typography.Text>}
              </Space>
            ),
          },
          {
            title: '操作',
            width: 200,
            fixed: 'right',
            render: (_, r) => (
              <Space wrap size={4}>
                {r.jc.status === 'PENDING' && (
                  <>
                    <AcceptButton jc={r.jc} onDone={refresh} />
                    <DeclineButton jc={r.jc} onDone={refresh} />
                  </>
                )}
                {r.jc.status === 'ACCEPTED' && (
                  <>
                    <DecideButton jc={r.jc} onDone={refresh} />
                    <ExtendButton jc={r.jc} onDone={refresh} />
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Space style={{ marginTop: 12, justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary">
          共 {conn?.totalCount ?? 0} 件纠纷 · 第 {cursors.length} 页
        </Typography.Text>
        <Space>
          <Button onClick={refresh}>刷新</Button>
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

/** 司法确认: applications at this court — 立案 or 不予受理, then 裁定 (确认 or 驳回) within the period, or 延长. */
export default function Confirmations() {
  const { courtId, picker } = useCourt();
  const [tab, setTab] = useState('pending');
  if (!courtId && !picker) return <Empty description="未找到法院" />;
  return (
    <Card title="司法确认">
      {picker}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={TABS.map((t) => ({ key: t.key, label: t.label, children: <Queue key={`${t.key}-${courtId}`} statuses={t.statuses} courtId={courtId} /> }))}
      />
    </Card>
  );
}
