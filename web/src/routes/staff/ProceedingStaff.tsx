import { Alert, Form, Select, Space, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import type { SetProceedingHandlersMutation } from '../../gql/graphql';
import { ColleaguesDocument, ProceedingStaffDocument, SetProceedingHandlersDocument } from './documents';

function ColleagueSelect(props: { value?: string | string[]; onChange?: (v: string | string[]) => void; id?: string; mode?: 'multiple' }) {
  const [{ data, fetching }] = useQuery({ query: ColleaguesDocument });
  return (
    <Select
      {...props}
      loading={fetching}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.organizationMembers ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` }))}
    />
  );
}

/**
 * The handlers of a proceeding (主办、协办) with their qualifications, and the open compliance issues of
 * its matter's rules as alerts. Its holding organization names the handlers (`canAct`).
 */
export default function ProceedingStaff({ disputeId, proceedingId, canAct, onDone }: { disputeId: string; proceedingId: string; canAct: boolean; onDone: () => void }) {
  const label = useLabels();
  const [{ data }, refetch] = useQuery({ query: ProceedingStaffDocument, variables: { id: disputeId }, requestPolicy: 'cache-and-network' });
  const [, setHandlers] = useMutation(SetProceedingHandlersDocument);
  const p = data?.dispute?.proceedings.find((x) => x.id === proceedingId);
  if (!p) return null;
  const open = p.status === 'ACCEPTANCE_REVIEW' || p.status === 'IN_PROGRESS' || p.status === 'PAUSED';
  const lead = p.handlers.find((h) => h.lead);
  const co = p.handlers.filter((h) => !h.lead);
  return (
    <div style={{ marginTop: 8 }} data-testid="proceeding-staff">
      <Space wrap>
        <Typography.Text strong>承办人员：</Typography.Text>
        {p.handlers.length === 0 && <Typography.Text type="secondary">未确定</Typography.Text>}
        {p.handlers.map((h) => (
          <Tag key={h.userId} color={h.lead ? 'blue' : undefined}>
            {h.lead ? '主办' : '协办'} {h.user?.displayName ?? h.userId}
            {h.qualifications.length > 0 && `（${h.qualifications.map((q) => label('QualificationKind', q.kind) + (q.certificateNumber ? ` ${q.certificateNumber}` : '')).join('、')}）`}
          </Tag>
        ))}
        {canAct && open && (
          <ActionModal<{ leadId: string; coHandlerIds?: string[] }, SetProceedingHandlersMutation>
            label="确定承办人"
            title="确定承办人（主办、协办）"
            buttonProps={{ size: 'small' }}
            initialValues={{ leadId: lead?.userId, coHandlerIds: co.map((h) => h.userId) }}
            run={(x) => setHandlers({ proceedingId: p.id, leadId: x.leadId, coHandlerIds: x.coHandlerIds ?? [], expectedVersion: p.version })}
            pick={(d) => d.setProceedingHandlers}
            onDone={() => {
              refetch({ requestPolicy: 'network-only' });
              onDone();
            }}
            successText="承办人已确定"
          >
            <Form.Item label="主办人" name="leadId" rules={[{ required: true, message: '请选择主办人' }]}>
              <ColleagueSelect />
            </Form.Item>
            <Form.Item label="协办人" name="coHandlerIds">
              <ColleagueSelect mode="multiple" />
            </Form.Item>
          </ActionModal>
        )}
      </Space>
      {p.complianceIssues.map((i) => (
        <Alert key={i.code} style={{ marginTop: 8 }} type="warning" showIcon title={label('ComplianceIssueCode', i.code)} description={i.message} />
      ))}
    </div>
  );
}
