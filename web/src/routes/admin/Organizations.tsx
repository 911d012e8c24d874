import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { CHANNELS, REGIONS } from '../../app/enums';
import { isErrorResult, operationErrorMessage } from '../../app/errors';
import { enumOptions, useLabels, type LabelFn } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import type { AdminOrganizationFieldsFragment, Channel, OrganizationKind } from '../../gql/graphql';
import { AdminOrganizationsDocument, CreateOrganizationDocument, DeactivateOrganizationDocument, ReactivateOrganizationDocument, UpdateOrganizationDocument } from './documents';
import { ORGANIZATION_KINDS } from './values';

type Org = AdminOrganizationFieldsFragment;

interface OrgValues {
  name: string;
  kind: OrganizationKind;
  channels?: Channel[];
  region: string;
  parentId?: string | null;
}

function OrgFields({ label, orgs, self }: { label: LabelFn; orgs: Org[]; self?: string }) {
  return (
    <>
      <Form.Item label="名称" name="name" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item label="类型" name="kind" rules={[{ required: true, message: '请选择类型' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={enumOptions(label, 'OrganizationKind', ORGANIZATION_KINDS)} />
      </Form.Item>
      <Form.Item label="处理渠道" name="channels" extra="调处中心和司法局不直接承办，可不选">
        <Select mode="multiple" allowClear options={enumOptions(label, 'Channel', CHANNELS)} />
      </Form.Item>
      <Form.Item label="行政区划" name="region" rules={[{ required: true, message: '请选择行政区划' }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={REGIONS.map((r) => ({ value: r, label: r }))} />
      </Form.Item>
      <Form.Item label="上级单位" name="parentId">
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder="无"
          options={orgs.filter((o) => o.id !== self).map((o) => ({ value: o.id, label: o.active ? o.name : `${o.name}（已停用）` }))}
        />
      </Form.Item>
    </>
  );
}

function ActiveToggle({ org, onDone }: { org: Org; onDone: () => void }) {
  const { message } = App.useApp();
  const [{ fetching: f1 }, deactivate] = useMutation(DeactivateOrganizationDocument);
  const [{ fetching: f2 }, reactivate] = useMutation(ReactivateOrganizationDocument);
  const run = async () => {
    const r = org.active ? await deactivate({ id: org.id, expectedVersion: org.version }) : await reactivate({ id: org.id, expectedVersion: org.version });
    const res = r.data && ('deactivateOrganization' in r.data ? r.data.deactivateOrganization : r.data.reactivateOrganization);
    if (!res) message.error(operationErrorMessage(r.error) ?? '操作失败');
    else if (isErrorResult(res)) message.error(res.message);
    else message.success(org.active ? '已停用' : '已启用');
    onDone();
  };
  return (
    <Popconfirm
      title={org.active ? `停用“${org.name}”？` : `重新启用“${org.name}”？`}
      description={org.active ? '停用后保留历史记录，不再接收新的转办。' : undefined}
      okText={org.active ? '停用' : '启用'}
      cancelText="取消"
      onConfirm={run}
    >
      <Button size="small" danger={org.active} loading={f1 || f2}>
        {org.active ? '停用' : '启用'}
      </Button>
    </Popconfirm>
  );
}

/** 单位管理: every organization (inactive ones too); create, edit, deactivate / reactivate. */
export default function Organizations() {
  const label = useLabels();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AdminOrganizationsDocument });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const [, create] = useMutation(CreateOrganizationDocument);
  const [, update] = useMutation(UpdateOrganizationDocument);
  const [search, setSearch] = useState('');
  const [kind, setKind] = useState<OrganizationKind | undefined>();
  const [showInactive, setShowInactive] = useState(true);
  const orgs = useMemo(() => data?.organizations ?? [], [data]);
  const rows = orgs.filter((o) => (!search || o.name.includes(search.trim()) || o.region.includes(search.trim())) && (!kind || o.kind === kind) && (showInactive || o.active));

  return (
    <Card
      title="单位管理"
      extra={
        <ActionModal<OrgValues, NonNullable<Awaited<ReturnType<typeof create>>['data']>>
          label="新建单位"
          title="新建单位"
          buttonProps={{ type: 'primary', icon: <PlusOutlined /> }}
          initialValues={{ channels: [], region: '杭州市' }}
          successText="单位已创建"
          run={(v) => create({ input: { name: v.name.trim(), kind: v.kind, channels: v.channels ?? [], region: v.region, parentId: v.parentId ?? null } })}
          pick={(d) => d.createOrganization}
          onDone={refresh}
        >
          <OrgFields label={label} orgs={orgs} />
        </ActionModal>
      }
    >
      <Form layout="inline" style={{ rowGap: 8, marginBottom: 12 }}>
        <Form.Item label="名称或区划" htmlFor="org-search">
          <Input id="org-search" allowClear value={search} onChange={(e) => setSearch(e.target.value)} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="类型" htmlFor="org-kind">
          <Select id="org-kind" allowClear value={kind} onChange={setKind} style={{ width: 200 }} options={enumOptions(label, 'OrganizationKind', ORGANIZATION_KINDS)} />
        </Form.Item>
        <Form.Item label="已停用" htmlFor="org-inactive">
          <Checkbox id="org-inactive" checked={showInactive} onChange={(e) => setShowInactive(e.target.checked)}>
            显示已停用单位
          </Checkbox>
        </Form.Item>
      </Form>
      {error && <Typography.Text type="danger">{operationErrorMessage(error)}</Typography.Text>}
      <Table<Org>
        size="small"
        rowKey="id"
        loading={fetching}
        dataSource={rows}
        pagination={{ pageSize: 20, showSizeChanger: false, showTotal: (n) => `共 ${n} 个单位` }}
        scroll={{ x: 1100 }}
        columns={[
          { title: '名称', dataIndex: 'name', ellipsis: true, render: (v, o) => (o.active ? v : <Typography.Text type="secondary">{v}</Typography.Text>) },
          { title: '类型', dataIndex: 'kind', width: 150, render: (v) => label('OrganizationKind', v) },
          { title: '处理渠道', dataIndex: 'channels', width: 220, render: (cs: Channel[]) => cs.map((c) => <Tag key={c}>{label('Channel', c)}</Tag>) },
          { title: '区划', dataIndex: 'region', width: 80 },
          { title: '上级单位', width: 180, ellipsis: true, render: (_, o) => o.parent?.name ?? '—' },
          { title: '状态', dataIndex: 'active', width: 80, render: (v) => (v ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>) },
          {
            title: '操作',
            width: 140,
            fixed: 'right',
            render: (_, o) => (
              <Space size={4}>
                <ActionModal<OrgValues, NonNullable<Awaited<ReturnType<typeof update>>['data']>>
                  label="编辑"
                  title={`编辑单位：${o.name}`}
                  buttonProps={{ size: 'small' }}
                  initialValues={{ name: o.name, kind: o.kind, channels: o.channels, region: o.region, parentId: o.parent?.id ?? null }}
                  successText="已保存"
                  run={(v) =>
                    update({
                      id: o.id,
                      expectedVersion: o.version,
                      input: { name: v.name.trim(), kind: v.kind, channels: v.channels ?? [], region: v.region, parentId: v.parentId ?? null },
                    })
                  }
                  pick={(d) => d.updateOrganization}
                  onDone={refresh}
                >
                  <OrgFields label={label} orgs={orgs} self={o.id} />
                </ActionModal>
                <ActiveToggle org={o} onDone={refresh} />
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
