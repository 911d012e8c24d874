import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { isErrorResult, operationErrorMessage } from '../../app/errors';
import { enumOptions, useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import type { AdminUserFieldsFragment, Role } from '../../gql/graphql';
import { AdminOrganizationNamesDocument, AdminUsersDocument, CreateUserDocument, DisableUserDocument, EnableUserDocument, ResetPasswordDocument, UpdateUserDocument } from './documents';
import { ROLES } from './values';

type User = AdminUserFieldsFragment;

interface Credentials {
  username: string;
  displayName: string;
  oneTimePassword: string;
}

interface UserValues {
  username: string;
  displayName: string;
  roles: Role[];
  organizationId?: string | null;
}

/** The one-time password, shown once: it is not stored anywhere in the console. */
function CredentialsModal({ creds, onClose }: { creds: Credentials | null; onClose: () => void }) {
  return (
    <Modal
      open={!!creds}
      title="一次性密码"
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose}>
          我已记下
        </Button>
      }
    >
      {creds && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="warning" showIcon title="此密码只显示这一次，关闭后无法再次查看。请当面或通过安全渠道交给本人，首次登录时须修改密码。" />
          <div>
            账号：<Typography.Text strong>{creds.username}</Typography.Text>（{creds.displayName}）
          </div>
          <div>
            一次性密码：
            <Typography.Text code copyable={{ tooltips: ['复制', '已复制'] }} style={{ fontSize: 18 }}>
              {creds.oneTimePassword}
            </Typography.Text>
          </div>
        </Space>
      )}
    </Modal>
  );
}

function OrganizationSelect({ orgs, id, value, onChange }: { orgs: { id: string; name: string; active: boolean }[]; id?: string; value?: string | null; onChange?: (v: string | null) => void }) {
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      placeholder="无（仅限管理员）"
      options={orgs.filter((o) => o.active || o.id === value).map((o) => ({ value: o.id, label: o.active ? o.name : `${o.name}（已停用）` }))}
    />
  );
}

function useResult() {
  const { message } = App.useApp();
  return (res: { __typename?: string; message?: string } | null | undefined, error: Parameters<typeof operationErrorMessage>[0], ok: string) => {
    if (!res) message.error(operationErrorMessage(error) ?? '操作失败');
    else if (isErrorResult(res)) message.error(res.message);
    else {
      message.success(ok);
      return true;
    }
    return false;
  };
}

/** 人员账号: every account (disabled too); create with roles and organization, edit, disable / enable, reset password. */
export default function Users() {
  const label = useLabels();
  const report = useResult();
  const [orgFilter, setOrgFilter] = useState<string | undefined>();
  const [search, setSearch] = useState('');
  const [showDisabled, setShowDisabled] = useState(true);
  const [creds, setCreds] = useState<Credentials | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AdminUsersDocument, variables: { organizationId: orgFilter ?? null } });
  const [{ data: orgData }] = useQuery({ query: AdminOrganizationNamesDocument });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const [, create] = useMutation(CreateUserDocument);
  const [, update] = useMutation(UpdateUserDocument);
  const [, disable] = useMutation(DisableUserDocument);
  const [, enable] = useMutation(EnableUserDocument);
  const [, reset] = useMutation(ResetPasswordDocument);
  const orgs = useMemo(() => orgData?.organizations ?? [], [orgData]);
  const term = search.trim().toLowerCase();
  const rows = (data?.users ?? []).filter((u) => (!term || u.username.includes(term) || u.displayName.toLowerCase().includes(term)) && (showDisabled || !u.disabled));

  const roleRule = { required: true, type: 'array' as const, min: 1, message: '至少选择一个角色' };

  return (
    <Card
      title="人员账号"
      extra={
        <ActionModal<UserValues, NonNullable<Awaited<ReturnType<typeof create>>['data']>>
          label="新建账号"
          title="新建账号"
          buttonProps={{ type: 'primary', icon: <PlusOutlined /> }}
          successText="账号已创建"
          run={async (v) => {
            const r = await create({ input: { username: v.username.trim(), displayName: v.displayName.trim(), roles: v.roles, organizationId: v.organizationId ?? null } });
            const res = r.data?.createUser;
            if (res?.__typename === 'UserCredentials') setCreds({ username: res.user.username, displayName: res.user.displayName, oneTimePassword: res.oneTimePassword });
            return r;
          }}
          pick={(d) => d.createUser}
          onDone={refresh}
        >
          <Form.Item
            label="用户名"
            name="username"
            extra="小写字母、数字及 . _ -，3–40 位"
            rules={[
              { required: true, message: '请填写用户名' },
              { pattern: /^[a-z0-9._-]{3,40}$/, message: '用户名只能包含小写字母、数字及 . _ -，3–40 位' },
            ]}
          >
            <Input autoComplete="off" maxLength={40} />
          </Form.Item>
          <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item label="角色" name="roles" rules={[roleRule]}>
            <Select mode="multiple" options={enumOptions(label, 'Role', ROLES)} />
          </Form.Item>
          <Form.Item label="所属单位" name="organizationId" extra="除管理员外必须选择一个启用的单位">
            <OrganizationSelect orgs={orgs} />
          </Form.Item>
        </ActionModal>
      }
    >
      <Form layout="inline" style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label="用户名或姓名" htmlFor="user-search">
          <Input id="user-search" allowClear value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 180 }} />
        </Form.Item>
        <Form.Item label="所属单位" htmlFor="user-org">
          <Select
            id="user-org"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={orgFilter}
            onChange={setOrgFilter}
            style={{ width: 260 }}
            placeholder="全部"
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item label="已停用" htmlFor="user-disabled">
          <Checkbox id="user-disabled" checked={showDisabled} onChange={(e) => setShowDisabled(e.target.checked)}>
            显示已停用账号
          </Checkbox>
        </Form.Item>
      </Form>
      {error && <Typography.Text type="danger">{operationErrorMessage(error)}</Typography.Text>}
      <Table<User>
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => `共 ${n} 个账号` }}
        scroll={{ x: 1100 }}
        columns={[
          { title: '用户名', dataIndex: 'username', width: 180 },
          { title: '姓名', dataIndex: 'displayName', width: 120 },
          { title: '角色', dataIndex: 'roles', width: 200, render: (rs: Role[]) => rs.map((r) => <Tag key={r}>{label('Role', r)}</Tag>) },
          { title: '所属单位', ellipsis: true, render: (_, u) => u.organization?.name ?? '—' },
          {
            title: '状态',
            width: 130,
            render: (_, u) => (
              <Space size={2} wrap>
                {u.disabled ? <Tag>已停用</Tag> : <Tag color="green">启用</Tag>}
                {u.mustChangePassword && <Tag color="orange">待改密码</Tag>}
              </Space>
            ),
          },
          {
            title: '操作',
            width: 230,
            fixed: 'right',
            render: (_, u) => (
              <Space size={4} wrap>
                <ActionModal<Omit<UserValues, 'username'>, NonNullable<Awaited<ReturnType<typeof update>>['data']>>
                  label="编辑"
                  title={`编辑账号：${u.username}`}
                  buttonProps={{ size: 'small' }}
                  initialValues={{ displayName: u.displayName, roles: u.roles, organizationId: u.organization?.id ?? null }}
                  successText="已保存"
                  run={(v) => update({ id: u.id, expectedVersion: u.version, input: { displayName: v.displayName.trim(), roles: v.roles, organizationId: v.organizationId ?? null } })}
                  pick={(d) => d.updateUser}
                  onDone={refresh}
                >
                  <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
                    <Input maxLength={100} />
                  </Form.Item>
                  <Form.Item label="角色" name="roles" rules={[roleRule]}>
                    <Select mode="multiple" options={enumOptions(label, 'Role', ROLES)} />
                  </Form.Item>
                  <Form.Item label="所属单位" name="organizationId">
                    <OrganizationSelect orgs={orgs} />
                  </Form.Item>
                  <Typography.Text type="secondary">保存后该账号已打开的实时连接会被断开，需重新登录。</Typography.Text>
                </ActionModal>
                <Popconfirm
                  title={u.disabled ? `启用账号 ${u.username}？` : `停用账号 ${u.username}？`}
                  description={u.disabled ? undefined : '停用后立即结束该账号的所有会话。'}
                  okText={u.disabled ? '启用' : '停用'}
                  cancelText="取消"
                  onConfirm={async () => {
                    if (u.disabled) {
                      const r = await enable({ id: u.id, expectedVersion: u.version });
                      report(r.data?.enableUser, r.error, '已启用');
                    } else {
                      const r = await disable({ id: u.id, expectedVersion: u.version });
                      report(r.data?.disableUser, r.error, '已停用');
                    }
                    refresh();
                  }}
                >
                  <Button size="small" danger={!u.disabled}>
                    {u.disabled ? '启用' : '停用'}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={`重置 ${u.username} 的密码？`}
                  description="将生成一次性密码，该账号的所有会话立即结束。"
                  okText="重置"
                  cancelText="取消"
                  onConfirm={async () => {
                    const r = await reset({ id: u.id, expectedVersion: u.version });
                    const res = r.data?.resetPassword;
                    if (report(res, r.error, '密码已重置') && res?.__typename === 'UserCredentials') {
                      setCreds({ username: res.user.username, displayName: res.user.displayName, oneTimePassword: res.oneTimePassword });
                    }
                    refresh();
                  }}
                >
                  <Button size="small">重置密码</Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <CredentialsModal creds={creds} onClose={() => setCreds(null)} />
    </Card>
  );
}
