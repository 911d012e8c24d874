import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Rate, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { isErrorResult, operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import { EnumTag } from '../../components/EnumTag';
import { formatTime } from '../../components/DisputeTable';
import type {
  ChallengeExpertMutation,
  DecideExpertChallengeMutation,
  DrawExpertsMutation,
  ExpertDrawFieldsFragment,
  ProceedingExpertsQuery,
  RateExpertMutation,
  RecordExpertOpinionMutation,
  RedrawExpertsMutation,
  WithdrawExpertMutation,
} from '../../gql/graphql';
import {
  ChallengeExpertDocument,
  DecideChallengeDocument,
  DeclareExpertDocument,
  DrawExpertsDocument,
  ProceedingExpertsDocument,
  RateExpertDocument,
  RecordOpinionDocument,
  RedrawExpertsDocument,
  WithdrawExpertDocument,
} from './documents';

type Seat = ExpertDrawFieldsFragment['seats'][number];
type Dispute = NonNullable<ProceedingExpertsQuery['dispute']>;

/** The seat's part in the draw as shown: 第 n 位评审专家, 第 n 位备选, or out. */
function roleOf(s: Seat, alternates: Seat[]): string {
  if (s.status === 'SEATED' || s.status === 'DECLARED') return `评审专家（第 ${s.panelPosition} 席）`;
  if (s.status === 'ALTERNATE') return `备选第 ${alternates.indexOf(s) + 1} 位`;
  return '—';
}

function SeatActions({ draw, seat, dispute, canAct, onDone }: { draw: ExpertDrawFieldsFragment; seat: Seat; dispute: Dispute; canAct: boolean; onDone: () => void }) {
  const label = useLabels();
  const { message } = App.useApp();
  const [, declare] = useMutation(DeclareExpertDocument);
  const [, withdraw] = useMutation(WithdrawExpertDocument);
  const [, challenge] = useMutation(ChallengeExpertDocument);
  const [, rate] = useMutation(RateExpertDocument);
  if (!canAct || draw.status !== 'IN_FORCE') return null;
  const inDraw = seat.status === 'SEATED' || seat.status === 'DECLARED' || seat.status === 'ALTERNATE';
  const open = !draw.opinionRecordedAt;
  return (
    <Space wrap size={4}>
      {open && seat.status === 'SEATED' && (
        <Button
          size="small"
          onClick={async () => {
            const r = await declare({ drawId: draw.id, expertId: seat.expertId, expectedVersion: draw.version });
            const res = r.data?.declareExpertNoConflict;
            if (!res || isErrorResult(res)) message.error(res?.message ?? operationErrorMessage(r.error));
            else message.success('已记录专家声明无利害关系');
            onDone();
          }}
        >
          声明无利害关系
        </Button>
      )}
      {open && inDraw && (
        <ActionModal<{ reason?: string }, WithdrawExpertMutation>
          label="回避"
          title={`${seat.expert.name} 回避`}
          buttonProps={{ size: 'small' }}
          run={(x) => withdraw({ drawId: draw.id, expertId: seat.expertId, reason: x.reason?.trim() || null, expectedVersion: draw.version })}
          pick={(d) => d.withdrawExpert}
          onDone={onDone}
          successText="专家已回避，备选专家依次递补"
        >
          <Form.Item label="回避事由" name="reason">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </ActionModal>
      )}
      {open && inDraw && (
        <ActionModal<{ partyId: string; reasons: string }, ChallengeExpertMutation>
          label="当事人申请回避"
          title={`当事人申请 ${seat.expert.name} 回避`}
          buttonProps={{ size: 'small' }}
          run={(x) => challenge({ drawId: draw.id, expertId: seat.expertId, partyId: x.partyId, reasons: x.reasons, expectedVersion: draw.version })}
          pick={(d) => d.challengeExpert}
          onDone={onDone}
          successText="回避申请已登记，待决定"
        >
          <Form.Item label="申请人" name="partyId" rules={[{ required: true, message: '请选择提出申请的当事人' }]}>
            <Select options={dispute.parties.map((p) => ({ value: p.id, label: `${label('PartyRole', p.role)} ${p.name}` }))} />
          </Form.Item>
          <Form.Item label="申请理由" name="reasons" rules={[{ required: true, message: '请填写书面申请的理由' }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </ActionModal>
      )}
      {!open && seat.status === 'DECLARED' && seat.rating === null && (
        <ActionModal<{ rating: number; comment?: string }, RateExpertMutation>
          label="评价"
          title={`评价专家：${seat.expert.name}`}
          buttonProps={{ size: 'small' }}
          initialValues={{ rating: 4 }}
          run={(x) => rate({ drawId: draw.id, expertId: seat.expertId, rating: x.rating, comment: x.comment?.trim() || null, expectedVersion: draw.version })}
          pick={(d) => d.rateExpert}
          onDone={onDone}
          successText="评价已记录"
        >
          <Form.Item label="评分" name="rating" rules={[{ required: true, message: '请评分' }]}>
            <Rate />
          </Form.Item>
          <Form.Item label="评语" name="comment">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </ActionModal>
      )}
    </Space>
  );
}

function DrawView({ draw, dispute, canAct, onDone }: { draw: ExpertDrawFieldsFragment; dispute: Dispute; canAct: boolean; onDone: () => void }) {
  const label = useLabels();
  const [, redraw] = useMutation(RedrawExpertsDocument);
  const [, decide] = useMutation(DecideChallengeDocument);
  const [, opinion] = useMutation(RecordOpinionDocument);
  const alternates = draw.seats.filter((s) => s.status === 'ALTERNATE').sort((a, b) => a.drawnPosition - b.drawnPosition);
  const nameOf = (id: string) => draw.seats.find((s) => s.expertId === id)?.expert.name ?? id;
  const inForce = draw.status === 'IN_FORCE';
  return (
    <div data-testid={inForce ? 'expert-draw' : 'expert-draw-superseded'} style={{ marginTop: 8, opacity: inForce ? 1 : 0.7 }}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label="专业领域">{draw.fieldInfo.name}</Descriptions.Item>
        <Descriptions.Item label="抽取">
          {formatTime(draw.drawnAt)}，评审专家 {draw.panelSize} 名、备选 {draw.alternateCount} 名 <EnumTag enumName="ExpertDrawStatus" value={draw.status} />
        </Descriptions.Item>
        <Descriptions.Item label="随机种子">
          <Typography.Text code copyable style={{ fontSize: 12 }}>
            {draw.seed}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="候选名单">
          {draw.candidateIds.length} 名，哈希{' '}
          <Typography.Text code copyable style={{ fontSize: 12 }}>
            {draw.candidateHash.slice(0, 16)}
          </Typography.Text>
        </Descriptions.Item>
        {draw.redrawReason && <Descriptions.Item label="重新抽取理由">{draw.redrawReason}</Descriptions.Item>}
        {draw.opinionFile && <Descriptions.Item label="专家评审意见">{draw.opinionFile.fileName ?? draw.opinionFile.id}</Descriptions.Item>}
      </Descriptions>
      <Table<Seat>
        style={{ marginTop: 8 }}
        size="small"
        rowKey="expertId"
        pagination={false}
        dataSource={draw.seats}
        data-testid="expert-seats"
        columns={[
          { title: '抽取顺序', width: 80, render: (_, s) => s.drawnPosition },
          { title: '专家', width: 100, render: (_, s) => s.expert.name },
          { title: '职称、单位', width: 220, render: (_, s) => [s.expert.title, s.expert.employer].filter(Boolean).join('，') },
          { title: '电话', width: 120, render: (_, s) => s.expert.phone ?? '—' },
          { title: '位置', width: 150, render: (_, s) => <span data-testid={`seat-role-${s.expertId}`}>{roleOf(s, alternates)}</span> },
          {
            title: '状态',
            width: 220,
            render: (_, s) => (
              <Space size={4} wrap>
                <EnumTag enumName="ExpertSeatStatus" value={s.status} />
                {s.replacedId && <Typography.Text type="secondary">递补 {nameOf(s.replacedId)}</Typography.Text>}
                {s.rating !== null && <Tag color="gold">评分 {s.rating}</Tag>}
              </Space>
            ),
          },
          { title: '操作', render: (_, s) => <SeatActions draw={draw} seat={s} dispute={dispute} canAct={canAct} onDone={onDone} /> },
        ]}
      />
      {draw.exclusions.length > 0 && (
        <Alert
          style={{ marginTop: 8 }}
          type="info"
          showIcon
          title="因利害关系或暂不可用未列入候选的专家"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="expert-exclusions">
              {draw.exclusions.map((x) => (
                <li key={x.expertId}>
                  {x.expert.name}：{x.reasons.join('；')}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {draw.challenges.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text strong>回避申请：</Typography.Text>
          {draw.challenges.map((c) => (
            <div key={c.id}>
              <Space wrap>
                <span>
                  {label('PartyRole', c.partyRole)}申请 {nameOf(c.expertId)} 回避：{c.reasons}
                </span>
                <EnumTag enumName="ExpertChallengeStatus" value={c.status} />
                {c.decisionReason && <Typography.Text type="secondary">（{c.decisionReason}）</Typography.Text>}
                {canAct && inForce && c.status === 'PENDING' && (
                  <ActionModal<{ upheld: boolean; reason: string }, DecideExpertChallengeMutation>
                    label="决定"
                    title="回避申请决定"
                    buttonProps={{ size: 'small' }}
                    initialValues={{ upheld: true }}
                    run={(x) => decide({ challengeId: c.id, upheld: x.upheld, reason: x.reason, expectedVersion: draw.version })}
                    pick={(d) => d.decideExpertChallenge}
                    onDone={onDone}
                    successText="已决定"
                  >
                    <Form.Item label="申请成立" name="upheld" valuePropName="checked" extra="成立的，该专家回避，由备选专家依次递补">
                      <Switch />
                    </Form.Item>
                    <Form.Item label="理由" name="reason" rules={[{ required: true, message: '请填写决定理由' }]}>
                      <Input.TextArea rows={2} maxLength={2000} />
                    </Form.Item>
                  </ActionModal>
                )}
              </Space>
            </div>
          ))}
        </div>
      )}
      {canAct && inForce && (
        <Space style={{ marginTop: 8 }} wrap>
          {!draw.opinionRecordedAt && (
            <ActionModal<{ fileId: string }, RecordExpertOpinionMutation>
              label="登记专家评审意见"
              title="登记专家评审意见"
              buttonProps={{ size: 'small' }}
              run={(x) => opinion({ drawId: draw.id, fileId: x.fileId, expectedVersion: draw.version })}
              pick={(d) => d.recordExpertOpinion}
              onDone={onDone}
              successText="评审意见已登记"
            >
              <Form.Item label="评审意见文件" name="fileId" rules={[{ required: true, message: '请选择已上传到本案的评审意见' }]} extra="先在案卷材料中上传评审意见；中止计时的，登记后恢复计时。">
                <Select options={dispute.files.map((f) => ({ value: f.id, label: f.fileName ?? f.id }))} />
              </Form.Item>
            </ActionModal>
          )}
          {!draw.opinionRecordedAt && (
            <ActionModal<{ reason: string }, RedrawExpertsMutation>
              label="重新抽取"
              title="重新抽取（原抽取结果保留）"
              buttonProps={{ size: 'small', danger: true }}
              run={(x) => redraw({ drawId: draw.id, reason: x.reason, expectedVersion: draw.version })}
              pick={(d) => d.redrawExperts}
              onDone={onDone}
              successText="已重新抽取"
            >
              <Form.Item label="重新抽取理由" name="reason" rules={[{ required: true, message: '重新抽取应当说明理由' }]}>
                <Input.TextArea rows={2} maxLength={500} />
              </Form.Item>
            </ActionModal>
          )}
        </Space>
      )}
    </div>
  );
}

/**
 * 专家评审 on a proceeding whose matter has an expert taxonomy: the 抽取专家 dialog, the panel, the
 * alternates and the exclusions with their reasons, and the per-expert actions. Draws are the holding
 * organization's: the server gives everyone else an empty list.
 */
export default function ProceedingExperts({ disputeId, proceedingId, canAct, onDone }: { disputeId: string; proceedingId: string; canAct: boolean; onDone: () => void }) {
  const [{ data, error }, refetch] = useQuery({ query: ProceedingExpertsDocument, variables: { id: disputeId }, requestPolicy: 'cache-and-network' });
  const [, drawExperts] = useMutation(DrawExpertsDocument);
  const dispute = data?.dispute;
  const p = dispute?.proceedings.find((x) => x.id === proceedingId);
  if (error) return <Alert type="error" showIcon title={operationErrorMessage(error)} />;
  if (!dispute || !p || !p.expertFields.length) return null;
  const current = p.expertDraws.find((d) => d.status === 'IN_FORCE');
  const earlier = p.expertDraws.filter((d) => d.status !== 'IN_FORCE');
  const open = p.status === 'IN_PROGRESS' || p.status === 'PAUSED';
  if (!current && !earlier.length && !(canAct && open)) return null;
  const done = () => {
    refetch({ requestPolicy: 'network-only' });
    onDone();
  };
  return (
    <div style={{ marginTop: 12 }} data-testid="proceeding-experts">
      <Space wrap>
        <Typography.Text strong>专家评审：</Typography.Text>
        {!current && <Typography.Text type="secondary">尚未抽取专家</Typography.Text>}
        {canAct && open && !current && (
          <ActionModal<{ field: string; panelSize: number; alternates: number; pauseClock: boolean }, DrawExpertsMutation>
            label="抽取专家"
            title="随机抽取评审专家"
            buttonProps={{ size: 'small', type: 'primary' }}
            initialValues={{ field: p.expertFields[0]?.code, panelSize: 3, alternates: 2, pauseClock: p.status === 'IN_PROGRESS' }}
            run={(x) => drawExperts({ input: { proceedingId: p.id, field: x.field, panelSize: x.panelSize, alternates: x.alternates, pauseClock: x.pauseClock, expectedVersion: p.version } })}
            pick={(d) => d.drawExperts}
            onDone={done}
            successText="已随机抽取评审专家"
          >
            <Form.Item label="专业领域" name="field" rules={[{ required: true, message: '请选择专业领域' }]}>
              <Select options={p.expertFields.map((f) => ({ value: f.code, label: f.name }))} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
            <Space wrap>
              <Form.Item label="评审专家人数" name="panelSize" rules={[{ required: true, message: '请填写人数' }]}>
                <InputNumber min={1} max={15} />
              </Form.Item>
              <Form.Item label="备选专家人数" name="alternates" rules={[{ required: true, message: '请填写人数' }]} extra="至少 2 名，依次递补">
                <InputNumber min={2} max={15} />
              </Form.Item>
            </Space>
            <Form.Item label="同时因专家评审中止计时" name="pauseClock" valuePropName="checked" extra="登记专家评审意见后恢复计时">
              <Switch disabled={p.status !== 'IN_PROGRESS'} />
            </Form.Item>
          </ActionModal>
        )}
      </Space>
      {current && <DrawView draw={current} dispute={dispute} canAct={canAct} onDone={done} />}
      {earlier.length > 0 && (
        <details style={{ marginTop: 8 }}>
          <summary>此前的抽取（{earlier.length} 次，已由重新抽取取代）</summary>
          {earlier.map((d) => (
            <DrawView key={d.id} draw={d} dispute={dispute} canAct={false} onDone={done} />
          ))}
        </details>
      )}
    </div>
  );
}
