import { Form, Input, Radio, Select, type ButtonProps } from 'antd';
import { useMutation, useQuery } from 'urql';
import { PROCEDURE_TRACKS } from '../../app/enums';
import { enumOptions, useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import type { ProcedureTrack } from '../../gql/graphql';
import { CourtMediationOrgsDocument, CourtReferDocument } from './documents';

type CourtKind = 'COURT_DELEGATED' | 'COURT_ENTRUSTED';

interface DelegateValues {
  kind: CourtKind;
  toOrganizationId: string;
  matterCode?: string;
  procedure?: ProcedureTrack;
  reason: string;
  note?: string;
}

/** 委派调解 (before filing) or 委托调解 (after filing) of one dispute to a mediation organization. */
export function DelegateButton({ dispute, onDone, buttonProps }: { dispute: { id: string; code: string; version: number }; onDone?: () => void; buttonProps?: ButtonProps }) {
  const label = useLabels();
  const [, refer] = useMutation(CourtReferDocument);
  const [{ data, fetching }] = useQuery({ query: CourtMediationOrgsDocument });
  const orgs = (data?.organizations ?? []).filter((o) => o.active);
  return (
    <ActionModal<DelegateValues, NonNullable<Awaited<ReturnType<typeof refer>>['data']>>
      label="委派 / 委托调解"
      title={`委派或委托调解：${dispute.code}`}
      buttonProps={{ type: 'primary', ...buttonProps }}
      initialValues={{ kind: 'COURT_DELEGATED', procedure: 'ORDINARY' }}
      successText="已发出，等待调解组织接收"
      run={(v) =>
        refer(
          {
            input: {
              disputeId: dispute.id,
              expectedVersion: dispute.version,
              kind: v.kind,
              channel: 'MEDIATION',
              toOrganizationId: v.toOrganizationId,
              matterCode: v.matterCode || null,
              procedure: v.kind === 'COURT_ENTRUSTED' ? (v.procedure ?? 'ORDINARY') : 'ORDINARY',
              reason: v.reason,
              note: v.note?.trim() || null,
            },
          },
          { additionalTypenames: ['Dispute'] },
        )
      }
      pick={(d) => d.referDispute}
      onDone={onDone}
    >
      {(form) => (
        <>
          <Form.Item label="方式" name="kind" rules={[{ required: true }]}>
            <Radio.Group
              options={(['COURT_DELEGATED', 'COURT_ENTRUSTED'] as const).map((k) => ({ value: k, label: label('ReferralKind', k) }))}
              onChange={() => form.setFieldValue('procedure', 'ORDINARY')}
            />
          </Form.Item>
          <Form.Item label="调解组织" name="toOrganizationId" rules={[{ required: true, message: '请选择调解组织' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} loading={fetching} placeholder="选择接收的调解组织" options={orgs.map((o) => ({ value: o.id, label: `${o.name}（${o.region}）` }))} />
          </Form.Item>
          <Form.Item label="调解事项（可选）" name="matterCode">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={(data?.matters ?? []).map((m) => ({ value: m.code, label: m.name }))} />
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
            {({ getFieldValue }) =>
              getFieldValue('kind') === 'COURT_ENTRUSTED' && (
                <Form.Item label="程序" name="procedure" extra="简易程序仅适用于立案后的委托调解">
                  <Radio.Group options={enumOptions(label, 'ProcedureTrack', PROCEDURE_TRACKS)} />
                </Form.Item>
              )
            }
          </Form.Item>
          <Form.Item label="理由" name="reason" rules={[{ required: true, whitespace: true, message: '请填写理由' }]}>
            <Input.TextArea rows={2} maxLength={2000} placeholder="如：经当事人同意，诉前委派调解" />
          </Form.Item>
          <Form.Item label="备注" name="note">
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
        </>
      )}
    </ActionModal>
  );
}
