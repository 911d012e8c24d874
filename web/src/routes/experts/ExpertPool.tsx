import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Form, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { isErrorResult, operationErrorMessage } from '../../app/errors';
import { enumOptions, useLabels } from '../../app/labels';
import { ActionModal } from '../../components/ActionModal';
import type { CreateExpertMutation, ExpertFieldsFragment, ExpertPoolQuery, ExpertRelationshipKind, UpdateExpertMutation } from '../../gql/graphql';
import { CreateExpertDocument, ExpertPoolDocument, RemoveExpertDocument, RestoreExpertDocument, UpdateExpertDocument } from './documents';

const RELATIONSHIP_KINDS: ExpertRelationshipKind[] = ['FORMER_EMPLOYER', 'ORGANIZATION', 'RELATIVE_ORGANIZATION', 'OTHER'];

interface ExpertForm {
  name: string;
  fields: string[];
  title?: string;
  employer?: string;
  employerCreditCode?: string;
  phone?: string;
  unavailableUntil?: Dayjs | null;
  relationships?: { kind: ExpertRelationshipKind; name?: string; creditCode?: string; endedOn?: Dayjs | null }[];
}

function toInput(x: ExpertForm) {
  const text = (v?: string) => v?.trim() || null;
  return {
    name: x.name,
    fields: x.fields,
    title: text(x.title),
    employer: text(x.employer),
    employerCreditCode: text(x.employerCreditCode),
    phone: text(x.phone),
    unavailableUntil: x.unavailableUntil ? x.unavailableUntil.format('YYYY-MM-DD') : null,
    relationships: (x.relationships ?? []).map((r) => ({ kind: r.kind, name: text(r.name), creditCode: text(r.creditCode), endedOn: r.endedOn ? r.endedOn.format('YYYY-MM-DD') : null })),
  };
}

function initialOf(e: ExpertFieldsFragment): Partial<ExpertForm> {
  return {
    name: e.name,
    fields: e.fields,
    title: e.title ?? undefined,
    employer: e.employer ?? undefined,
    employerCreditCode: e.employerCreditCode ?? undefined,
    phone: e.phone ?? undefined,
    unavailableUntil: e.unavailableUntil ? dayjs(e.unavailableUntil) : null,
    relationships: e.relationships.map((r) => ({ kind: r.kind, name: r.name ?? undefined, creditCode: r.creditCode ?? undefined, endedOn: r.endedOn ? dayjs(r.endedOn) : null })),
  };
}

/** The fields of the dialog: the record of one expert, with the relationships they declare. */
function ExpertFormItems({ fieldOptions }: { fieldOptions: { label: string; options: { value: string; label: string }[] }[] }) {
  const label = useLabels();
  return (
    <>
      <Form.Item label="姓名" name="name" rules={[{ required: true, message: '请填写姓名' }]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item label="专业领域" name="fields" rules={[{ required: true, message: '至少选择一个专业领域' }]}>
        <Select mode="multiple" options={fieldOptions} showSearch={{ optionFilterProp: 'label' }} placeholder="选择专业领域" />
      </Form.Item>
      <Space wrap>
        <Form.Item label="职称" name="title">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item label="联系电话" name="phone">
          <Input maxLength={20} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item label="工作单位" name="employer">
          <Input maxLength={100} style={{ width: 280 }} />
        </Form.Item>
        <Form.Item label="单位统一社会信用代码" name="employerCreditCode">
          <Input maxLength={18} style={{ width: 220 }} />
        </Form.Item>
      </Space>
      <Form.Item label="暂不能参加评审至" name="unavailableUntil" extra="留空表示可以参加抽取">
        <DatePicker />
      </Form.Item>
      <Typography.Text strong>申报的关系（近三年任职单位、关联单位、近亲属单位）</Typography.Text>
      <Form.List name="relationships">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" wrap>
                <Form.Item name={[f.name, 'kind']} rules={[{ required: true, message: '请选择关系' }]}>
                  <Select style={{ width: 220 }} placeholder="关系" options={enumOptions(label, 'ExpertRelationshipKind', RELATIONSHIP_KINDS)} />
                </Form.Item>
                <Form.Item name={[f.name, 'name']}>
                  <Input placeholder="单位名称" style={{ width: 220 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'creditCode']}>
                  <Input placeholder="统一社会信用代码" style={{ width: 190 }} />
                </Form.Item>
                <Form.Item name={[f.name, 'endedOn']}>
                  <DatePicker placeholder="关系终止日期" />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除该关系" />
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ kind: 'FORMER_EMPLOYER' })} icon={<PlusOutlined />} size="small" style={{ marginTop: 4 }}>
              添加关系
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

/**
 * 专家库: the organization's experts (phones as the server gives them: unmasked for the pool's keepers),
 * the add/edit dialog, removal and restoration, and the experts flagged by poor ratings.
 */
export default function ExpertPool() {
  const label = useLabels();
  const { message } = App.useApp();
  const [includeRemoved, setIncludeRemoved] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ExpertPoolDocument, variables: { includeRemoved }, requestPolicy: 'cache-and-network' });
  const [, create] = useMutation(CreateExpertDocument);
  const [, update] = useMutation(UpdateExpertDocument);
  const [, remove] = useMutation(RemoveExpertDocument);
  const [, restore] = useMutation(RestoreExpertDocument);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const fieldOptions = useMemo(
    () =>
      (data?.expertTaxonomy ?? []).flatMap((t: ExpertPoolQuery['expertTaxonomy'][number]) =>
        t.groups.map((g) => ({ label: `${t.name}·${g.name}`, options: g.fields.map((f) => ({ value: f.code, label: f.name })) })),
      ),
    [data],
  );
  const experts = data?.experts ?? [];
  const flagged = experts.filter((e) => e.flaggedForRemoval);
  const toggle = async (e: ExpertFieldsFragment) => {
    const r = e.removed ? await restore({ id: e.id, expectedVersion: e.version }) : await remove({ id: e.id, expectedVersion: e.version });
    const res = r.data ? ('restoreExpert' in r.data ? r.data.restoreExpert : r.data.removeExpert) : null;
    if (!res || isErrorResult(res)) message.error(res?.message ?? operationErrorMessage(r.error));
    else message.success(e.removed ? '已恢复' : '已移出专家库');
    reload();
  };
  return (
    <Card
      title="专家库"
      extra={
        <Space>
          <span>
            含已移出 <Switch size="small" checked={includeRemoved} onChange={setIncludeRemoved} />
          </span>
          <ActionModal<ExpertForm, CreateExpertMutation>
            label="添加专家"
            title="添加专家"
            buttonProps={{ type: 'primary' }}
            initialValues={{ fields: [], relationships: [] }}
            run={(x) => create({ input: toInput(x) })}
            pick={(d) => d.createExpert}
            onDone={reload}
            successText="专家已添加"
          >
            <ExpertFormItems fieldOptions={fieldOptions} />
          </ActionModal>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={operationErrorMessage(error)} style={{ marginBottom: 12 }} />}
      {flagged.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`评价较差、建议移出专家库的专家：${flagged.map((e) => e.name).join('、')}`}
          description="多次评价低于设定分值。请核实后移出专家库，或点“保留”取消标记。"
        />
      )}
      <Table<ExpertFieldsFragment>
        rowKey="id"
        size="small"
        loading={fetching}
        dataSource={experts}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1100 }}
        columns={[
          { title: '姓名', width: 100, render: (_, e) => e.name },
          { title: '职称', width: 120, render: (_, e) => e.title ?? '—' },
          { title: '工作单位', width: 220, render: (_, e) => e.employer ?? '—' },
          { title: '联系电话', width: 130, render: (_, e) => <span data-testid="expert-phone">{e.phone ?? '—'}</span> },
          { title: '专业领域', render: (_, e) => e.fieldList.map((f) => <Tag key={f.code}>{f.name}</Tag>) },
          {
            title: '状态',
            width: 180,
            render: (_, e) => (
              <Space wrap size={4}>
                {e.removed ? <Tag>已移出</Tag> : e.available ? <Tag color="green">可抽取</Tag> : <Tag color="orange">{`暂不可用至 ${e.unavailableUntil}`}</Tag>}
                {e.flaggedForRemoval && <Tag color="red">建议移出</Tag>}
                {e.relationships.length > 0 && (
                  <Tag title={e.relationships.map((r) => `${label('ExpertRelationshipKind', r.kind)}：${r.name ?? r.creditCode}`).join('；')}>申报关系 {e.relationships.length}</Tag>
                )}
              </Space>
            ),
          },
          {
            title: '操作',
            width: 200,
            render: (_, e) => (
              <Space>
                <ActionModal<ExpertForm, UpdateExpertMutation>
                  label="编辑"
                  title={`编辑专家：${e.name}`}
                  buttonProps={{ size: 'small' }}
                  initialValues={initialOf(e)}
                  run={(x) => update({ id: e.id, input: toInput(x), expectedVersion: e.version })}
                  pick={(d) => d.updateExpert}
                  onDone={reload}
                  successText="已保存"
                >
                  <ExpertFormItems fieldOptions={fieldOptions} />
                </ActionModal>
                {e.flaggedForRemoval && !e.removed && (
                  <Button size="small" onClick={() => void restore({ id: e.id, expectedVersion: e.version }).then(reload)}>
                    保留
                  </Button>
                )}
                <Popconfirm title={e.removed ? '恢复该专家？' : '移出专家库？已抽取的记录保留。'} onConfirm={() => void toggle(e)}>
                  <Button size="small" danger={!e.removed}>
                    {e.removed ? '恢复' : '移出'}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
