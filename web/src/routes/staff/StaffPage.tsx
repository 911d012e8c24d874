import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { isErrorResult, operationErrorMessage } from '../../app/errors';
import { enumOptions, useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import type { QualificationKind, RecordStaffMutation, StaffMemberFieldsFragment } from '../../gql/graphql';
import { RecordStaffDocument, SetHandlerRulesEnforcementDocument, StaffOrganizationsDocument, StaffRosterDocument, StaffStatisticsDocument } from './documents';

const QUALIFICATION_KINDS: QualificationKind[] = ['LEGAL_PROFESSION', 'LAW_ENFORCEMENT', 'LEGAL_ADVISER', 'PUBLIC_LAWYER'];

interface RecordForm {
  handlingUnit?: string;
  qualifications?: { kind: QualificationKind; certificateNumber: string; issuedOn: Dayjs }[];
  training?: { year: number; hours: number }[];
}

/** The edit dialog of one member's staff record: handling unit, qualifications, training hours per year. */
function EditRecord({ member, onDone }: { member: StaffMemberFieldsFragment; onDone: () => void }) {
  const label = useLabels();
  const [, record] = useMutation(RecordStaffDocument);
  return (
    <ActionModal<RecordForm, RecordStaffMutation>
      label="编辑"
      title={`人员信息：${member.user?.displayName ?? ''}`}
      buttonProps={{ size: 'small' }}
      initialValues={{
        handlingUnit: member.handlingUnit ?? undefined,
        qualifications: member.qualifications.map((q) => ({ kind: q.kind, certificateNumber: q.certificateNumber ?? '', issuedOn: dayjs(q.issuedOn) })),
        training: member.training.map((t) => ({ year: t.year, hours: t.hours })),
      }}
      run={(x) =>
        record({
          userId: member.userId,
          expectedVersion: member.version,
          input: {
            handlingUnit: x.handlingUnit?.trim() || null,
            qualifications: (x.qualifications ?? []).map((q) => ({ kind: q.kind, certificateNumber: q.certificateNumber, issuedOn: q.issuedOn.format('YYYY-MM-DD') })),
            training: (x.training ?? []).map((t) => ({ year: t.year, hours: t.hours })),
          },
        })
      }
      pick={(d) => d.recordStaff}
      onDone={onDone}
      successText="人员信息已保存"
    >
      <Form.Item label="承办科室" name="handlingUnit" extra="本单位内的处室或科室名称，如 行政裁决科">
        <Input maxLength={50} />
      </Form.Item>
      <Typography.Text strong>资格证书</Typography.Text>
      <Form.List name="qualifications">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item name={[f.name, 'kind']} rules={[{ required: true, message: '请选择资格' }]}>
                  <Select style={{ width: 150 }} placeholder="资格" options={enumOptions(label, 'QualificationKind', QUALIFICATION_KINDS)} />
                </Form.Item>
                <Form.Item name={[f.name, 'certificateNumber']} rules={[{ required: true, message: '请填写证书编号' }]}>
                  <Input placeholder="证书编号" style={{ width: 190 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'issuedOn']} rules={[{ required: true, message: '请选择发证日期' }]}>
                  <DatePicker placeholder="发证日期" />
                </Form.Item>
                <MinusCircleOutlined aria-label="删除资格" onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                添加资格
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
      <Typography.Text strong>年度培训学时</Typography.Text>
      <Form.List name="training">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline">
                <Form.Item name={[f.name, 'year']} rules={[{ required: true, message: '请填写年度' }]}>
                  <InputNumber placeholder="年度" min={1990} max={2100} precision={0} />
                </Form.Item>
                <Form.Item name={[f.name, 'hours']} rules={[{ required: true, message: '请填写学时' }]}>
                  <InputNumber placeholder="学时" min={0} max={2000} step={0.5} precision={1} />
                </Form.Item>
                <MinusCircleOutlined aria-label="删除年度" onClick={() => remove(f.name)} />
              </Space>
            ))}
            <Form.Item>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ year: dayjs().year() })}>
                添加年度
              </Button>
            </Form.Item>
          </>
        )}
      </Form.List>
    </ActionModal>
  );
}

/** Per handling unit: staff, qualified staff, cases per handler in the current year. */
function UnitStatistics({ organizationId }: { organizationId: string }) {
  const year = dayjs().year();
  const [{ data, fetching, error }] = useQuery({ query: StaffStatisticsDocument, variables: { organizationId, from: `${year}-01-01`, to: `${year}-12-31` } });
  const s = data?.staffStatistics;
  if (error) return <Alert type="error" title={operationErrorMessage(error)} />;
  if (s && s.__typename !== 'StaffStatistics') return <Alert type="error" title={isErrorResult(s) ? s.message : '统计失败'} />;
  return (
    <Table
      size="small"
      rowKey={(u) => u.handlingUnit ?? ''}
      loading={fetching}
      pagination={false}
      dataSource={s?.__typename === 'StaffStatistics' ? s.units : []}
      columns={[
        { title: '科室', render: (_, u) => u.handlingUnit ?? '未分配科室' },
        { title: '人数', dataIndex: 'staff', width: 80 },
        { title: '具有法律职业资格', dataIndex: 'qualifiedStaff', width: 140 },
        { title: `${year} 年培训学时`, dataIndex: 'trainingHours', width: 130 },
        {
          title: `${year} 年承办案件（主办）`,
          render: (_, u) => (
            <Space wrap size={4}>
              {u.handlers.map((h) => (
                <Tag key={h.userId}>
                  {h.user?.displayName ?? h.userId}：{h.cases}（{h.leadCases}）
                </Tag>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** 人员与资格: the organization's staff records (the head; ADMIN picks an organization), the rules switch and the statistics per unit. */
export default function StaffPage() {
  const { user, hasRole } = useAuth();
  const label = useLabels();
  const { message } = App.useApp();
  const admin = hasRole('ADMIN') && !user?.organization;
  const [picked, setPicked] = useState<string | undefined>(undefined);
  const organizationId = admin ? picked : (user?.organization?.id ?? undefined);
  const [orgs] = useQuery({ query: StaffOrganizationsDocument, pause: !admin });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: StaffRosterDocument,
    variables: { organizationId: organizationId ?? null },
    pause: !organizationId,
    requestPolicy: 'cache-and-network',
  });
  const [switching, setEnforcement] = useMutation(SetHandlerRulesEnforcementDocument);
  const roster = data?.staffRoster;
  const refresh = () => refetch({ requestPolicy: 'network-only' });
  const members = useMemo(() => roster?.members ?? [], [roster]);

  const toggle = async (on: boolean) => {
    if (!roster) return;
    const r = await setEnforcement({ organizationId: roster.organizationId, enforce: on, expectedVersion: roster.settings.version });
    const res = r.data?.setHandlerRulesEnforcement;
    if (!res || isErrorResult(res)) message.error(res?.message ?? operationErrorMessage(r.error));
    else message.success(on ? '已启用：不符合承办人员配备规则的案件不能受理或办结' : '已停用：问题仅作提示');
    refresh();
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        人员与资格{roster ? ` · ${roster.organization.name}` : ''}
      </Typography.Title>
      {admin && (
        <Select
          style={{ width: 360 }}
          placeholder="选择单位"
          showSearch={{ optionFilterProp: 'label' }}
          value={picked}
          onChange={setPicked}
          loading={orgs.fetching}
          options={(orgs.data?.organizations ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      )}
      {error && <Alert type="error" title={operationErrorMessage(error)} />}
      {roster && (
        <Card size="small" title="承办人员配备规则">
          <Space wrap>
            <Switch checked={roster.settings.enforceHandlerRules} loading={switching.fetching} onChange={toggle} aria-label="启用承办人员配备规则" />
            <span>
              {roster.settings.enforceHandlerRules
                ? '已启用：案件承办人员不符合事项规则（如行政裁决至少两名承办人、需具有法律职业资格）时，不能受理或办结。'
                : '未启用：不符合规则的问题在案件上提示，不阻止受理和办结。'}
            </span>
          </Space>
        </Card>
      )}
      {roster && (
        <Card size="small" title="人员">
          <Table<StaffMemberFieldsFragment>
            size="small"
            rowKey="userId"
            loading={fetching}
            pagination={false}
            dataSource={members}
            columns={[
              { title: '姓名', render: (_, m) => m.user?.displayName ?? m.userId },
              { title: '角色', render: (_, m) => (m.user?.roles ?? []).map((r) => label('Role', r)).join('、') },
              { title: '承办科室', render: (_, m) => m.handlingUnit ?? <Typography.Text type="secondary">未填写</Typography.Text> },
              {
                title: '资格',
                render: (_, m) => (
                  <Space wrap size={4}>
                    {m.qualifications.map((q) => (
                      <Tag key={q.kind} color={q.kind === 'LEGAL_PROFESSION' ? 'green' : undefined}>
                        {label('QualificationKind', q.kind)}
                        {q.certificateNumber ? ` ${q.certificateNumber}` : ''}
                      </Tag>
                    ))}
                  </Space>
                ),
              },
              { title: '培训学时', render: (_, m) => m.training.map((t) => `${t.year} 年 ${t.hours} 学时`).join('；') || '—' },
              { title: '操作', width: 90, render: (_, m) => <EditRecord member={m} onDone={refresh} /> },
            ]}
          />
        </Card>
      )}
      {roster && (
        <Card size="small" title="按科室统计">
          <UnitStatistics organizationId={roster.organizationId} />
        </Card>
      )}
    </Space>
  );
}
