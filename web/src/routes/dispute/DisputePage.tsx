import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Result, Row, Skeleton, Space, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery, useSubscription } from 'urql';
import { useAuth } from '../../app/auth';
import { operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { DeadlineTag } from '../../components/DeadlineTag';
import { formatTime } from '../../components/DisputeTable';
import { EnumTag } from '../../components/EnumTag';
import type { DisputePageQuery, EventFieldsFragment, ProceedingFieldsFragment, ReferralFieldsFragment } from '../../gql/graphql';
import { DisputeEventsDocument, DisputePageDocument } from './documents';

// Action panels are their owners' code, loaded only for viewers who may act.
const DisputeActions = lazy(() => import('../frontdesk/DisputeActions'));
const CancelReferralButton = lazy(() => import('../frontdesk/CancelReferralButton'));
const ReferralActions = lazy(() => import('../handler/ReferralActions'));
const ProceedingActions = lazy(() => import('../handler/ProceedingActions'));
// The case file (#15): documents, materials, files, service.
const CaseFile = lazy(() => import('./casefile/CaseFile'));
const ProceedingDocuments = lazy(() => import('./casefile/CaseFile').then((m) => ({ default: m.ProceedingDocuments })));
const FileRefs = lazy(() => import('./casefile/FileLink'));
// 撰写典型案例 (#16): shown only to the handlers of an organization that concluded a proceeding of it.
const DraftTypicalCaseButton = lazy(() => import('../typical-cases/DraftTypicalCaseButton'));
// Handlers and the compliance issues of the matter's rules (#17).
const ProceedingStaff = lazy(() => import('../staff/ProceedingStaff'));
// The expert review (专家库, #17): the draw, its exclusions and the per-expert actions.
const ProceedingExperts = lazy(() => import('../experts/ProceedingExperts'));

export type DisputePageDispute = NonNullable<DisputePageQuery['dispute']>;

function ProceedingCard({ p, canAct, dispute, onDone }: { p: ProceedingFieldsFragment; canAct: boolean; dispute: DisputePageDispute; onDone: () => void }) {
  const label = useLabels();
  const openPause = p.pauses.find((x) => !x.endedAt);
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={
        <Space wrap>
          <span>{p.organization.name}</span>
          <Tag>{label('Channel', p.channel)}</Tag>
          <EnumTag enumName="ProceedingStatus" value={p.status} />
          {p.caseNumber && <Typography.Text type="secondary">案号 {p.caseNumber}</Typography.Text>}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label="事项">{p.matter?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="程序">{label('ProcedureTrack', p.procedure)}</Descriptions.Item>
        <Descriptions.Item label="承办人">{p.assignee?.displayName ?? '未指派'}</Descriptions.Item>
        <Descriptions.Item label="收到时间">{formatTime(p.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label="受理时间">{formatTime(p.acceptedAt) || '—'}</Descriptions.Item>
        {openPause && <Descriptions.Item label="中止中">{`${label('PauseReason', openPause.reason)}（自 ${formatTime(openPause.startedAt)}）`}</Descriptions.Item>}
      </Descriptions>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        {p.acceptanceDeadline && <DeadlineTag deadline={p.acceptanceDeadline} />}
        {p.handlingDeadline && <DeadlineTag deadline={p.handlingDeadline} />}
        {p.judicialConfirmationApplicationDeadline && <DeadlineTag deadline={p.judicialConfirmationApplicationDeadline} />}
      </Space>
      {p.extensions.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text strong>延长记录：</Typography.Text>
          {p.extensions.map((e, i) => (
            <div key={i}>
              {formatTime(e.at)} 延长 {e.amount}
              {e.unit === 'WORKING_DAYS' ? ' 个工作日' : e.unit === 'MONTHS' ? ' 个月' : ' 天'}，依据：{label('ExtensionBasis', e.basis)}，理由：{e.reason}
              {e.approverName ? `，批准人：${e.approverName}` : ''}（{e.recordedBy.displayName} 登记）
            </div>
          ))}
        </div>
      )}
      {p.outcome && (
        <Alert
          style={{ marginTop: 8 }}
          type={p.outcome.settles ? 'success' : 'info'}
          title={`办理结果：${label('OutcomeKind', p.outcome.kind)}${p.outcome.documentNumber ? `（${p.outcome.documentNumber}）` : ''}，生效日期 ${p.outcome.effectiveOn}`}
          description={p.outcome.summary}
        />
      )}
      {p.judicialConfirmation && (
        <div style={{ marginTop: 8 }}>
          <Space wrap>
            <Typography.Text strong>司法确认：</Typography.Text>
            <span>{p.judicialConfirmation.court.name}</span>
            <EnumTag enumName="JudicialConfirmationStatus" value={p.judicialConfirmation.status} />
            {p.judicialConfirmation.rulingNumber && <span>裁定书 {p.judicialConfirmation.rulingNumber}</span>}
            {p.judicialConfirmation.declineReason && <span>不予受理理由：{p.judicialConfirmation.declineReason}</span>}
          </Space>
          <div>
            <DeadlineTag deadline={p.judicialConfirmation.acceptanceDeadline} />
          </div>
          {p.judicialConfirmation.decisionDeadline && <DeadlineTag deadline={p.judicialConfirmation.decisionDeadline} />}
        </div>
      )}
      <Suspense fallback={null}>
        <ProceedingStaff disputeId={dispute.id} proceedingId={p.id} canAct={canAct} onDone={onDone} />
      </Suspense>
      <Suspense fallback={null}>
        <ProceedingExperts disputeId={dispute.id} proceedingId={p.id} canAct={canAct} onDone={onDone} />
      </Suspense>
      <Suspense fallback={null}>
        <ProceedingDocuments proceeding={p} dispute={dispute} canIssue={canAct} onChanged={onDone} />
      </Suspense>
      {canAct && (
        <Suspense fallback={null}>
          <div style={{ marginTop: 12 }}>
            <ProceedingActions proceeding={p} dispute={dispute} onDone={onDone} />
          </div>
        </Suspense>
      )}
    </Card>
  );
}

function ReferralTable({ referrals, orgId, canCancel, onDone }: { referrals: ReferralFieldsFragment[]; orgId?: string; canCancel: boolean; onDone: () => void }) {
  const label = useLabels();
  if (!referrals.length) return <Empty description="暂无转办记录" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Table<ReferralFieldsFragment>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={referrals}
      scroll={{ x: 1400 }}
      columns={[
        { title: '时间', width: 140, render: (_, r) => formatTime(r.createdAt) },
        { title: '方式', width: 90, render: (_, r) => label('ReferralKind', r.kind) },
        { title: '从', width: 160, render: (_, r) => r.fromOrganization.name },
        { title: '至', width: 160, render: (_, r) => `${r.toOrganization.name}（${label('Channel', r.channel)}）` },
        { title: '状态', width: 90, render: (_, r) => <EnumTag enumName="ReferralStatus" value={r.status} /> },
        {
          title: '理由',
          width: 220,
          render: (_, r) => (
            <span>
              {r.reason}
              {r.declineReason ? <Typography.Text type="danger">（退回理由：{r.declineReason}）</Typography.Text> : null}
            </span>
          ),
        },
        { title: '答复期限', width: 300, render: (_, r) => (r.status === 'PENDING' ? <DeadlineTag deadline={r.responseDeadline} showKind={false} /> : formatTime(r.respondedAt)) },
        {
          title: '操作',
          width: 170,
          render: (_, r) =>
            r.status === 'PENDING' ? (
              <Suspense fallback={null}>
                {orgId === r.toOrganization.id && <ReferralActions referral={r} onDone={onDone} />}
                {canCancel && orgId === r.fromOrganization.id && <CancelReferralButton referral={r} onDone={onDone} />}
              </Suspense>
            ) : null,
        },
      ]}
    />
  );
}

function EventTimeline({ events }: { events: EventFieldsFragment[] }) {
  const label = useLabels();
  if (!events.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      items={events.map((e) => ({
        key: e.cursor,
        color: e.type === 'DEADLINE_OVERDUE' ? 'red' : e.type === 'DEADLINE_DUE_SOON' ? 'orange' : e.type === 'CLOSED' || e.type === 'CONCLUDED' ? 'green' : 'blue',
        content: (
          <div>
            <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text> <Tag>{label('DisputeEventType', e.type)}</Tag>
            <div>{e.summary}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[e.actor?.displayName, e.organization?.name].filter(Boolean).join(' · ')}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}

export default function DisputePage() {
  const { id = '' } = useParams();
  const { user, hasRole } = useAuth();
  const label = useLabels();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DisputePageDocument, variables: { id } });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const dispute = data?.dispute;

  // Live: events after the last one loaded; each new event refreshes the page's data (debounced).
  const [liveEvents, setLiveEvents] = useState<EventFieldsFragment[]>([]);
  const loadedEvents = useMemo(() => dispute?.events.edges.map((e) => e.node) ?? [], [dispute]);
  const [after, setAfter] = useState<string | null>(null);
  useEffect(() => {
    // Resubscribe only when the dispute changes, not on every refresh.
    setAfter((prev) => (prev && dispute?.id === id ? prev : (dispute?.events.edges.at(-1)?.cursor ?? null)));
  }, [dispute, id]);
  useEffect(() => {
    setLiveEvents([]);
    setAfter(null);
  }, [id]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [sub] = useSubscription({ query: DisputeEventsDocument, variables: { disputeId: id, after }, pause: !after }, (prev: EventFieldsFragment[] | undefined, next) => [
    ...(prev ?? []),
    next.disputeEvents,
  ]);
  useEffect(() => {
    if (!sub.data?.length) return;
    setLiveEvents(sub.data);
    clearTimeout(timer.current);
    timer.current = setTimeout(refresh, 300);
  }, [sub.data, refresh]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const events = useMemo(() => {
    const seen = new Set(loadedEvents.map((e) => e.cursor));
    return [...loadedEvents, ...liveEvents.filter((e) => !seen.has(e.cursor))];
  }, [loadedEvents, liveEvents]);

  if (fetching && !data) return <Skeleton active />;
  if (error && !data) return <Alert type="error" showIcon title={operationErrorMessage(error)} />;
  if (!dispute) return <Result status="404" title="未找到该纠纷" subTitle="纠纷不存在，或您无权查看。" />;

  const orgId = user?.organization?.id;
  const isFrontdesk = hasRole('FRONTDESK', 'ADMIN');
  const holds = !!orgId && dispute.currentOrganization?.id === orgId;
  const canActOnDispute = isFrontdesk || (hasRole('HANDLER', 'COURT_LIAISON') && holds);
  const formFields = dispute.matter?.applicationForm.fields ?? [];
  const appData = (dispute.applicationData ?? null) as Record<string, unknown> | null;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card
        title={
          <Space wrap>
            <span>{dispute.code}</span>
            <span>{dispute.title}</span>
            <EnumTag enumName="DisputeStatus" value={dispute.status} />
            {sub.error ? (
              <Tooltip title="实时更新已断开，请刷新">
                <Tag color="red">离线</Tag>
              </Tooltip>
            ) : (
              <Tag color="green">实时</Tag>
            )}
          </Space>
        }
        extra={<Button icon={<ReloadOutlined />} onClick={refresh} aria-label="刷新" />}
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
          <Descriptions.Item label="类别">{label('DisputeCategory', dispute.category)}</Descriptions.Item>
          <Descriptions.Item label="来源">{label('DisputeSource', dispute.source)}</Descriptions.Item>
          <Descriptions.Item label="区域">{dispute.region}</Descriptions.Item>
          <Descriptions.Item label="登记时间">{formatTime(dispute.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label="发生日期">{dispute.occurredOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="涉及金额">{dispute.amount ? `${dispute.amount} 元` : '—'}</Descriptions.Item>
          <Descriptions.Item label="当前承办">{dispute.currentOrganization?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="事项">{dispute.matter ? `${dispute.matter.name}（${label('Channel', dispute.matter.channel)}）` : '—'}</Descriptions.Item>
          {dispute.closedAt && <Descriptions.Item label="结案时间">{formatTime(dispute.closedAt)}</Descriptions.Item>}
          <Descriptions.Item label="纠纷事实" span={3}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{dispute.facts}</Typography.Paragraph>
          </Descriptions.Item>
        </Descriptions>
        <Suspense fallback={null}>
          <DraftTypicalCaseButton dispute={dispute} />
        </Suspense>
        {canActOnDispute && (
          <Suspense fallback={null}>
            <DisputeActions dispute={dispute} onDone={refresh} canRegisterRoute={isFrontdesk || holds} />
          </Suspense>
        )}
      </Card>

      <Row gutter={12}>
        <Col xs={24} xl={15}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <Card title="当事人" size="small">
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={dispute.parties}
                scroll={{ x: 700 }}
                columns={[
                  { title: '身份', width: 90, render: (_, p) => label('PartyRole', p.role) },
                  { title: '名称', dataIndex: 'name' },
                  { title: '类型', width: 80, render: (_, p) => label('PartyKind', p.kind) },
                  { title: '证件', render: (_, p) => (p.idNumber ? `${label('IdType', p.idType)} ${p.idNumber}` : '—') },
                  { title: '电话', dataIndex: 'phone', render: (v) => v ?? '—' },
                  { title: '地址', dataIndex: 'address', render: (v) => v ?? '—' },
                ]}
              />
            </Card>
            {formFields.length > 0 && (
              <Card title={dispute.matter?.applicationForm.title ?? '申请信息'} size="small">
                {appData ? (
                  <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                    {formFields.map((f) => (
                      <Descriptions.Item key={f.key} label={f.label} span={f.type === 'TEXTAREA' ? 2 : 1}>
                        {f.type === 'FILE' ? (
                          <Suspense fallback="…">
                            <FileRefs disputeId={dispute.id} value={appData[f.key]} />
                          </Suspense>
                        ) : appData[f.key] == null || appData[f.key] === '' ? (
                          '—'
                        ) : (
                          String(appData[f.key])
                        )}
                      </Descriptions.Item>
                    ))}
                  </Descriptions>
                ) : (
                  <Typography.Text type="secondary">申请书内容含个人信息，对您不可见。</Typography.Text>
                )}
              </Card>
            )}
            <Card title="转办记录" size="small">
              <ReferralTable referrals={dispute.referrals} orgId={orgId} canCancel={canActOnDispute} onDone={refresh} />
            </Card>
            <Card title="办理程序与期限" size="small">
              {dispute.proceedings.length ? (
                dispute.proceedings.map((p) => (
                  <ProceedingCard key={p.id} p={p} dispute={dispute} onDone={refresh} canAct={!!orgId && p.organization.id === orgId && hasRole('HANDLER', 'COURT_LIAISON', 'ADMIN')} />
                ))
              ) : (
                <Empty description="尚无办理程序" image={Empty.PRESENTED_IMAGE_SIMPLE} />
              )}
            </Card>
            <Suspense fallback={null}>
              <CaseFile dispute={dispute} refreshKey={events.at(-1)?.cursor ?? null} onChanged={refresh} />
            </Suspense>
            {dispute.relatedDisputes.length > 0 && (
              <Card title="同一当事人的其他纠纷" size="small">
                {dispute.relatedDisputes.map((r) => (
                  <div key={r.id}>
                    <Link to={`/disputes/${r.id}`}>{r.code}</Link> {r.title} <EnumTag enumName="DisputeStatus" value={r.status} />{' '}
                    <Typography.Text type="secondary">{formatTime(r.receivedAt)}</Typography.Text>
                  </div>
                ))}
              </Card>
            )}
          </Space>
        </Col>
        <Col xs={24} xl={9}>
          <Card title="时间线" size="small">
            <EventTimeline events={events} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
