import { App, Button, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery } from 'urql';
import { CHANNELS, EXTENSION_BASES, OUTCOME_KINDS, PAUSE_REASONS, PROCEDURE_TRACKS } from '../../app/enums';
import { isErrorResult } from '../../app/errors';
import { enumOptions, useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import type { Channel, ExtensionBasis, OutcomeKind, PauseReason, ProceedingFieldsFragment, ProcedureTrack } from '../../gql/graphql';
import type { DisputePageDispute } from '../dispute/DisputePage';
import {
  AdmitProceedingDocument,
  AssignProceedingDocument,
  ConcludeProceedingDocument,
  CourtsDocument,
  ExtendProceedingDocument,
  OrganizationMembersDocument,
  PauseProceedingDocument,
  RejectProceedingDocument,
  RequestJudicialConfirmationDocument,
  ResumeProceedingDocument,
} from './documents';

type Data<F extends (...a: never[]) => Promise<{ data?: unknown }>> = NonNullable<Awaited<ReturnType<F>>['data']>;

function MemberSelect(props: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const [{ data, fetching }] = useQuery({ query: OrganizationMembersDocument });
  return (
    <Select
      {...props}
      loading={fetching}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.organizationMembers ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
    />
  );
}

function CourtSelect(props: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const [{ data, fetching }] = useQuery({ query: CourtsDocument });
  return <Select {...props} loading={fetching} options={(data?.organizations ?? []).filter((o) => o.kind === 'COURT').map((o) => ({ value: o.id, label: o.name }))} />;
}

/** The handler's actions on one proceeding of their organization, by its status. */
export default function ProceedingActions({ proceeding: p, onDone }: { proceeding: ProceedingFieldsFragment; dispute: DisputePageDispute; onDone: () => void }) {
  const label = useLabels();
  const { message } = App.useApp();
  const [, admit] = useMutation(AdmitProceedingDocument);
  const [, reject] = useMutation(RejectProceedingDocument);
  const [, assign] = useMutation(AssignProceedingDocument);
  const [, pause] = useMutation(PauseProceedingDocument);
  const [resuming, resume] = useMutation(ResumeProceedingDocument);
  const [, extend] = useMutation(ExtendProceedingDocument);
  const [, conclude] = useMutation(ConcludeProceedingDocument);
  const [, requestConfirmation] = useMutation(RequestJudicialConfirmationDocument);
  const v = p.version;
  const review = p.status === 'ACCEPTANCE_REVIEW';
  const running = p.status === 'IN_PROGRESS';
  const paused = p.status === 'PAUSED';
  const canConfirm = p.status === 'CONCLUDED' && p.outcome?.kind === 'AGREEMENT' && p.channel === 'MEDIATION' && !p.judicialConfirmation;
  if (!review && !running && !paused && !canConfirm) return null;
  return (
    <Space wrap>
      {review && (
        <ActionModal<{ caseNumber?: string; procedure?: ProcedureTrack }, Data<typeof admit>>
          label="受理"
          title="受理"
          buttonProps={{ type: 'primary' }}
          initialValues={{ procedure: p.procedure }}
          run={(x) => admit({ id: p.id, expectedVersion: v, caseNumber: x.caseNumber || null, procedure: x.procedure ?? null })}
          pick={(d) => d.admitProceeding}
          onDone={onDone}
          successText="已受理，办理期限开始计算"
        >
          <Form.Item label="案号" name="caseNumber">
            <Input />
          </Form.Item>
          <Form.Item label="程序" name="procedure">
            <Select options={enumOptions(label, 'ProcedureTrack', PROCEDURE_TRACKS)} />
          </Form.Item>
        </ActionModal>
      )}
      {review && (
        <ActionModal<{ reason: string; suggestedChannel?: Channel }, Data<typeof reject>>
          label="不予受理"
          title="不予受理"
          buttonProps={{ danger: true }}
          run={(x) => reject({ id: p.id, expectedVersion: v, reason: x.reason, suggestedChannel: x.suggestedChannel ?? null })}
          pick={(d) => d.rejectProceeding}
          onDone={onDone}
          successText="已不予受理，纠纷退回待分流"
        >
          <Form.Item label="理由" name="reason" rules={[{ required: true, message: '请填写不予受理的理由' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item label="建议渠道" name="suggestedChannel">
            <Select allowClear options={enumOptions(label, 'Channel', CHANNELS)} />
          </Form.Item>
        </ActionModal>
      )}
      {(review || running || paused) && (
        <ActionModal<{ userId: string }, Data<typeof assign>>
          label={p.assignee ? '改派' : '指派'}
          title="指派承办人"
          initialValues={{ userId: p.assignee?.id }}
          run={(x) => assign({ id: p.id, expectedVersion: v, userId: x.userId })}
          pick={(d) => d.assignProceeding}
          onDone={onDone}
          successText="已指派"
        >
          <Form.Item label="承办人" name="userId" rules={[{ required: true, message: '请选择承办人' }]}>
            <MemberSelect />
          </Form.Item>
        </ActionModal>
      )}
      {running && (
        <ActionModal<{ reason: PauseReason; note?: string }, Data<typeof pause>>
          label="中止计时"
          title="中止（期限暂停计算）"
          run={(x) => pause({ id: p.id, expectedVersion: v, reason: x.reason, note: x.note || null })}
          pick={(d) => d.pauseProceeding}
          onDone={onDone}
          successText="已中止，期限暂停"
        >
          <Form.Item label="中止事由" name="reason" rules={[{ required: true, message: '请选择中止事由' }]}>
            <Select options={enumOptions(label, 'PauseReason', PAUSE_REASONS)} />
          </Form.Item>
          <Form.Item label="说明" name="note">
            <Input.TextArea rows={2} />
          </Form.Item>
        </ActionModal>
      )}
      {paused && (
        <Popconfirm
          title="恢复计时？"
          description="到期日将顺延中止的工作日。"
          okText="恢复"
          cancelText="取消"
          onConfirm={async () => {
            const r = await resume({ id: p.id, expectedVersion: v });
            const res = r.data?.resumeProceeding;
            if (!res) message.error(r.error?.graphQLErrors[0]?.message ?? '操作失败');
            else if (isErrorResult(res)) message.error(res.message);
            else {
              message.success('已恢复计时');
              onDone();
            }
          }}
        >
          <Button loading={resuming.fetching}>恢复计时</Button>
        </Popconfirm>
      )}
      {(running || paused) && (
        <ActionModal<{ amount: number; basis: ExtensionBasis; reason: string; approverName?: string }, Data<typeof extend>>
          label="延长期限"
          title="延长办理期限"
          initialValues={{ basis: p.channel === 'MEDIATION' ? 'PARTIES_CONSENT' : p.channel === 'ARBITRATION' ? 'INSTITUTION_RULES' : 'HEAD_APPROVAL' }}
          run={(x) => extend({ id: p.id, expectedVersion: v, amount: x.amount, basis: x.basis, reason: x.reason, approverName: x.approverName || null })}
          pick={(d) => d.extendProceeding}
          onDone={onDone}
          successText="已延长"
        >
          <Form.Item
            label={`延长（${p.handlingDeadline?.unit === 'WORKING_DAYS' ? '工作日' : p.handlingDeadline?.unit === 'MONTHS' ? '月' : '日'}）`}
            name="amount"
            rules={[{ required: true, message: '请填写延长的期间' }]}
          >
            <InputNumber min={1} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="延长依据" name="basis" rules={[{ required: true }]}>
            <Select options={enumOptions(label, 'ExtensionBasis', EXTENSION_BASES)} />
          </Form.Item>
          <Form.Item label="延长理由" name="reason" rules={[{ required: true, message: '请填写延长理由' }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <Form.Item label="批准人（非系统用户时填写）" name="approverName">
            <Input />
          </Form.Item>
        </ActionModal>
      )}
      {(running || paused) && (
        <ActionModal<{ outcome: OutcomeKind; summary: string; documentNumber?: string; effectiveOn?: Dayjs }, Data<typeof conclude>>
          label="办结"
          title="办结程序"
          buttonProps={{ type: 'primary' }}
          run={(x) =>
            conclude({
              input: {
                proceedingId: p.id,
                expectedVersion: v,
                outcome: x.outcome,
                summary: x.summary,
                documentNumber: x.documentNumber || null,
                effectiveOn: x.effectiveOn ? x.effectiveOn.format('YYYY-MM-DD') : null,
              },
            })
          }
          pick={(d) => d.concludeProceeding}
          onDone={onDone}
          successText="已办结"
        >
          <Form.Item label="办理结果" name="outcome" rules={[{ required: true, message: '请选择办理结果' }]}>
            <Select options={enumOptions(label, 'OutcomeKind', OUTCOME_KINDS)} />
          </Form.Item>
          <Form.Item label="结果摘要" name="summary" rules={[{ required: true, message: '请填写结果摘要' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item label="文书编号" name="documentNumber">
            <Input />
          </Form.Item>
          <Form.Item label="生效日期（默认今日）" name="effectiveOn">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </ActionModal>
      )}
      {canConfirm && (
        <ActionModal<{ courtId: string }, Data<typeof requestConfirmation>>
          label="申请司法确认"
          title="申请司法确认（调解协议生效后 30 日内）"
          buttonProps={{ type: 'primary' }}
          run={(x) => requestConfirmation({ proceedingId: p.id, courtId: x.courtId })}
          pick={(d) => d.requestJudicialConfirmation}
          onDone={onDone}
          successText="已提交司法确认申请"
        >
          <Form.Item label="人民法院" name="courtId" rules={[{ required: true, message: '请选择人民法院' }]}>
            <CourtSelect />
          </Form.Item>
        </ActionModal>
      )}
    </Space>
  );
}
