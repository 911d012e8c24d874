import { Form, Input } from 'antd';
import { useMutation } from 'urql';
import { ActionModal } from '../../components/ActionModal';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { CancelReferralDocument } from './documents';

export default function CancelReferralButton({ referral, onDone }: { referral: ReferralFieldsFragment; onDone: () => void }) {
  const [, cancel] = useMutation(CancelReferralDocument);
  return (
    <ActionModal<{ reason: string }, NonNullable<Awaited<ReturnType<typeof cancel>>['data']>>
      label="撤回转办"
      title={`撤回转办至 ${referral.toOrganization.name}`}
      buttonProps={{ size: 'small', danger: true }}
      run={(v) => cancel({ id: referral.id, reason: v.reason })}
      pick={(d) => d.cancelReferral}
      onDone={onDone}
      successText="已撤回转办"
    >
      <Form.Item label="撤回理由" name="reason" rules={[{ required: true, message: '请填写撤回理由' }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </ActionModal>
  );
}
