import { Alert, Button, Divider, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { CHANNELS, PROCEDURE_TRACKS, REFERRAL_KINDS } from '../../app/enums';
import { enumOptions, useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import type { Channel, ProcedureTrack, ReferralKind } from '../../gql/graphql';
import type { DisputePageDispute } from '../dispute/DisputePage';
import { CloseDisputeDocument, OrganizationsDocument, ReferDisputeDocument, RouteSuggestionsDocument, WithdrawDisputeDocument } from './documents';

interface ReferValues {
  channel: Channel;
  toOrganizationId: string;
  kind: ReferralKind;
  matterCode?: string;
  procedure?: ProcedureTrack;
  reason: string;
  note?: string;
}

interface Suggested {
  channel: Channel;
  organizationId: string;
  matterCode?: string;
  reason: string;
}

function OrganizationSelect({ channel, value, onChange, id }: { channel?: Channel; value?: string; onChange?: (v: string) => void; id?: string }) {
  const [{ data, fetching }] = useQuery({ query: OrganizationsDocument, variables: { channel: channel ?? null }, pause: !channel });
  return (
    <Select
      id={id}
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={onChange}
      loading={fetching}
      placeholder={channel ? '选择接收单位' : '请先选择渠道'}
      options={(data?.organizations ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.region}）` }))}
    />
  );
}

function ReferButton({ dispute, suggested, onDone, label: text }: { dispute: DisputePageDispute; suggested?: Suggested; onDone: () => void; label: string }) {
  const label = useLabels();
  const { hasRole } = useAuth();
  const [, refer] = useMutation(ReferDisputeDocument);
  const kinds = REFERRAL_KINDS.filter((k) => hasRole('COURT_LIAISON') || (k !== 'COURT_DELEGATED' && k !== 'COURT_ENTRUSTED'));
  return (
    <ActionModal<ReferValues, NonNullable<Awaited<ReturnType<typeof refer>>['data']>>
      label={text}
      title={`转办：${dispute.code}`}
      buttonProps={{ type: suggested ? 'primary' : 'default', size: suggested ? 'small' : 'middle' }}
      initialValues={{
        channel: suggested?.channel,
        toOrganizationId: suggested?.organizationId,
        matterCode: suggested?.matterCode,
        kind: 'TRANSFER',
        procedure: 'ORDINARY',
        reason: suggested?.reason,
      }}
      run={(v) =>
        refer({
          input: {
            disputeId: dispute.id,
            expectedVersion: dispute.version,
            channel: v.channel,
            toOrganizationId: v.toOrganizationId,
            kind: v.kind,
            matterCode: v.matterCode || null,
            procedure: v.procedure ?? null,
            reason: v.reason,
            note: v.note || null,
          },
        })
      }
      pick={(d) => d.referDispute}
      onDone={onDone}
      successText="已转办，接收单位的答复期限开始计算"
    >
      {(form) => (
        <>
          <Form.Item label="渠道" name="channel" rules={[{ required: true, message: '请选择渠道' }]}>
            <Select options={enumOptions(label, 'Channel', CHANNELS)} onChange={() => form.setFieldValue('toOrganizationId', undefined)} />
          </Form.Item>
          <Form.Item noStyle dependencies={['channel']}>
            {() => (
              <Form.Item label="接收单位" name="toOrganizationId" rules={[{ required: true, message: '请选择接收单位' }]}>
                <OrganizationSelect channel={form.getFieldValue('channel')} />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item label="转办方式" name="kind" rules={[{ required: true }]}>
            <Select options={enumOptions(label, 'ReferralKind', kinds)} />
          </Form.Item>
          <Form.Item label="事项编码" name="matterCode" extra="按事项办理时填写，例如 GOV-PROCUREMENT-COMPLAINT">
            <Input allowClear />
          </Form.Item>
          <Form.Item label="程序" name="procedure">
            <Select options={enumOptions(label, 'ProcedureTrack', PROCEDURE_TRACKS)} />
          </Form.Item>
          <Form.Item label="转办理由" name="reason" rules={[{ required: true, message: '请填写转办理由' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item label="备注" name="note">
            <Input.TextArea rows={2} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}

function Suggestions({ dispute, onDone }: { dispute: DisputePageDispute; onDone: () => void }) {
  const label = useLabels();
  const [{ data, fetching, error }] = useQuery({ query: RouteSuggestionsDocument, variables: { disputeId: dispute.id } });
  if (error) return <Alert type="warning" showIcon title="分流建议暂不可用" description={error.message} />;
  return (
    <List
      size="small"
      loading={fetching}
      header={<Typography.Text strong>分流建议</Typography.Text>}
      dataSource={data?.routeSuggestions ?? []}
      locale={{ emptyText: '暂无建议，请手动选择接收单位' }}
      renderItem={(s, i) => (
        <List.Item
          actions={[
            <ReferButton
              key="refer"
              dispute={dispute}
              onDone={onDone}
              label="转办至此"
              suggested={{ channel: s.channel, organizationId: s.organization.id, matterCode: s.matter?.code, reason: s.reason }}
            />,
          ]}
        >
          <List.Item.Meta
            title={
              <Space wrap>
                {i === 0 && <Tag color="green">推荐</Tag>}
                <span>{s.organization.name}</span>
                <Tag>{label('Channel', s.channel)}</Tag>
                {s.matter && <Tag color="blue">{s.matter.name}</Tag>}
                <Typography.Text type="secondary">匹配度 {s.score.toFixed(2)}</Typography.Text>
              </Space>
            }
            description={s.reason}
          />
        </List.Item>
      )}
    />
  );
}

/** Routing and closing a dispute: route suggestions, refer, close, withdraw (frontdesk, or the organization holding it). */
export default function DisputeActions({ dispute, onDone, canRegisterRoute }: { dispute: DisputePageDispute; onDone: () => void; canRegisterRoute: boolean }) {
  const [, close] = useMutation(CloseDisputeDocument);
  const [, withdraw] = useMutation(WithdrawDisputeDocument);
  const [showSuggestions, setShowSuggestions] = useState(true);
  const open = dispute.status !== 'CLOSED' && dispute.status !== 'WITHDRAWN';
  // The dispute machine closes only a resolved dispute or one awaiting routing (nobody can take it further).
  const closable = dispute.status === 'RESOLVED' || dispute.status === 'AWAITING_ROUTING';
  if (!open) return null;
  return (
    <>
      <Divider style={{ margin: '12px 0' }} />
      <Space wrap>
        {canRegisterRoute && dispute.status === 'AWAITING_ROUTING' && <ReferButton dispute={dispute} onDone={onDone} label="转办…" />}
        {dispute.status === 'AWAITING_ROUTING' && <Button onClick={() => setShowSuggestions((s) => !s)}>{showSuggestions ? '收起分流建议' : '分流建议'}</Button>}
        {/* Closing is 办结归档, distinct from a proceeding's 办结 on the same page; offered only where the server allows it. */}
        {closable && (
          <ActionModal<{ note?: string }, NonNullable<Awaited<ReturnType<typeof close>>['data']>>
            label="办结归档"
            title={`办结归档：${dispute.code}`}
            run={(v) => close({ id: dispute.id, expectedVersion: dispute.version, note: v.note || null })}
            pick={(d) => d.closeDispute}
            onDone={onDone}
            successText="已办结归档"
          >
            <Alert type="info" showIcon title="办结归档后，该纠纷不再办理，仅供查阅。" style={{ marginBottom: 12 }} />
            <Form.Item label="办结说明" name="note">
              <Input.TextArea rows={3} />
            </Form.Item>
          </ActionModal>
        )}
        <ActionModal<{ reason: string }, NonNullable<Awaited<ReturnType<typeof withdraw>>['data']>>
          label="撤回申请"
          title={`申请人撤回：${dispute.code}`}
          buttonProps={{ danger: true }}
          run={(v) => withdraw({ id: dispute.id, expectedVersion: dispute.version, reason: v.reason })}
          pick={(d) => d.withdrawDispute}
          onDone={onDone}
          successText="已撤回"
        >
          <Alert type="warning" showIcon title="撤回后，待答复的转办将被撤销，进行中的程序以“撤回”结束。" style={{ marginBottom: 12 }} />
          <Form.Item label="撤回理由" name="reason" rules={[{ required: true, message: '请填写撤回理由' }]}>
            <Input.TextArea rows={3} />
          </Form.Item>
        </ActionModal>
      </Space>
      {dispute.status === 'AWAITING_ROUTING' && showSuggestions && canRegisterRoute && (
        <div style={{ marginTop: 12 }}>
          <Suggestions dispute={dispute} onDone={onDone} />
        </div>
      )}
    </>
  );
}
