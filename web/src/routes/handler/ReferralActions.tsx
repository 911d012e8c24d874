import { App, Button, Form, Input, Popconfirm, Space } from 'antd';
import { useMutation } from 'urql';
import { isErrorResult } from '../../app/errors';
import { ActionModal } from '../../components/ActionModal';
import type { ReferralFieldsFragment } from '../../gql/graphql';
import { AcceptReferralDocument, DeclineReferralDocument } from './documents';

/** Accept (a proceeding opens) or decline with a reason (the dispute returns to the sender). */
export default function ReferralActions({ referral, onDone }: { referral: Pick<ReferralFieldsFragment, 'id' | 'fromOrganization'>; onDone: () => void }) {
  const { message } = App.useApp();
  const [accepting, accept] = useMutation(AcceptReferralDocument);
  const [, decline] = useMutation(DeclineReferralDocument);
  return (
    <Space size={4}>
      <Popconfirm
        title="接收该转办？"
        description="接收后开始受理审查。"
        okText="接收"
        cancelText="取消"
        onConfirm={async () => {
          const r = await accept({ id: referral.id });
          const res = r.data?.acceptReferral;
          if (!res) message.error(r.error?.graphQLErrors[0]?.message ?? '操作失败');
          else if (isErrorResult(res)) message.error(res.message);
          else {
            message.success('已接收');
            onDone();
          }
        }}
      >
        <Button type="primary" size="small" loading={accepting.fetching}>
          接收
        </Button>
      </Popconfirm>
      <ActionModal<{ reason: string }, NonNullable<Awaited<ReturnType<typeof decline>>['data']>>
        label="退回"
        title={`退回至 ${referral.fromOrganization.name}`}
        buttonProps={{ size: 'small', danger: true }}
        run={(v) => decline({ id: referral.id, reason: v.reason })}
        pick={(d) => d.declineReferral}
        onDone={onDone}
        successText="已退回"
      >
        <Form.Item label="退回理由" name="reason" rules={[{ required: true, message: '请填写退回理由' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </ActionModal>
    </Space>
  );
}
