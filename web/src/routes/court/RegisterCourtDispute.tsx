import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Input, InputNumber, Result, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from 'urql';
import { DISPUTE_CATEGORIES, ID_TYPES, PARTY_KINDS, PARTY_ROLES, REGIONS } from '../../app/enums';
import { applyFieldErrors, isErrorResult } from '../../app/errors';
import { enumOptions, useLabels } from '../../app/labels';
import { checkPhone, checkResidentId, checkUscc } from '../../components/idcheck';
import type { DisputeCategory, IdType, PartyKind, PartyRole } from '../../gql/graphql';
import { DelegateButton } from './DelegateButton';
import { CourtRegisterDocument } from './documents';

interface PartyValues {
  role: PartyRole;
  kind: PartyKind;
  name: string;
  idType?: IdType;
  idNumber?: string;
  phone?: string;
  address?: string;
}

interface RegisterValues {
  title: string;
  facts: string;
  category: DisputeCategory;
  region: string;
  occurredOn?: Dayjs | null;
  amount?: string | null;
  parties: PartyValues[];
}

function idRule(getType: () => IdType | undefined, getKind: () => PartyKind | undefined) {
  return {
    validator: async (_: unknown, value?: string) => {
      if (!value?.trim()) return;
      const type = getType() ?? (getKind() === 'ORGANIZATION' ? 'USCC' : 'RESIDENT_ID');
      const problem = type === 'RESIDENT_ID' ? checkResidentId(value) : type === 'USCC' ? checkUscc(value) : null;
      if (problem) throw new Error(problem);
    },
  };
}

const newKey = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

/** 诉源纠纷登记: a dispute that comes from the court (source COURT), then delegated or entrusted. */
export default function RegisterCourtDispute() {
  const label = useLabels();
  const [form] = Form.useForm<RegisterValues>();
  const [, register] = useMutation(CourtRegisterDocument);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; code: string; version: number } | null>(null);
  // One key per filled-in form: a retry after a lost answer does not register twice.
  const [idempotencyKey, setKey] = useState(newKey);

  const submit = async (v: RegisterValues) => {
    setBusy(true);
    setError(null);
    try {
      const r = await register({
        input: {
          source: 'COURT',
          title: v.title,
          facts: v.facts,
          category: v.category,
          region: v.region,
          occurredOn: v.occurredOn ? v.occurredOn.format('YYYY-MM-DD') : null,
          amount: v.amount || null,
          idempotencyKey,
          parties: v.parties.map((p) => ({
            role: p.role,
            kind: p.kind,
            name: p.name,
            idType: p.idType ?? null,
            idNumber: p.idNumber?.trim().toUpperCase() || null,
            phone: p.phone?.trim() || null,
            address: p.address?.trim() || null,
          })),
        },
      });
      const res = r.data?.registerDispute;
      if (!res) {
        setError(r.error?.graphQLErrors[0]?.message ?? '网络错误，请重试');
        return;
      }
      if (isErrorResult(res)) {
        const rest = applyFieldErrors(form, res.fieldErrors ?? []);
        setError([res.message, ...rest.map((e) => `${e.field}：${e.message}`)].join('；'));
        return;
      }
      if (res.__typename === 'Dispute') setCreated({ id: res.id, code: res.code, version: res.version });
    } finally {
      setBusy(false);
    }
  };

  if (created) {
    return (
      <Card>
        <Result
          status="success"
          title={`已登记：${created.code}`}
          subTitle="下一步：诉前委派或立案后委托给调解组织。"
          extra={
            <Space wrap>
              <DelegateButton dispute={created} onDone={() => setCreated(null)} />
              <Link to={`/disputes/${created.id}`}>查看纠纷详情</Link>
              <Button
                onClick={() => {
                  setCreated(null);
                  setKey(newKey());
                  form.resetFields();
                }}
              >
                继续登记
              </Button>
            </Space>
          }
        />
      </Card>
    );
  }

  return (
    <Card title="诉源纠纷登记（来源：法院）">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<RegisterValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          region: '杭州市',
          parties: [
            { role: 'APPLICANT', kind: 'PERSON' },
            { role: 'RESPONDENT', kind: 'PERSON' },
          ],
        }}
        onValuesChange={() => error && setError(null)}
      >
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item label="标题" name="title" rules={[{ required: true, whitespace: true, message: '请填写标题' }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label="类别" name="category" rules={[{ required: true, message: '请选择类别' }]}>
              <Select showSearch={{ optionFilterProp: 'label' }} options={enumOptions(label, 'DisputeCategory', DISPUTE_CATEGORIES)} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label="区域" name="region" rules={[{ required: true, message: '请选择区域' }]}>
              <Select options={REGIONS.map((r) => ({ value: r, label: r }))} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label="纠纷事实" name="facts" rules={[{ required: true, whitespace: true, message: '请填写纠纷事实' }]}>
          <Input.TextArea rows={3} maxLength={10000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} lg={6}>
            <Form.Item label="发生日期" name="occurredOn">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} lg={6}>
            <Form.Item label="标的金额（元）" name="amount">
              <InputNumber<string> min="0" precision={2} stringMode style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Title level={5}>当事人</Typography.Title>
        <Form.List
          name="parties"
          rules={[
            {
              validator: async (_, parties?: PartyValues[]) => {
                if (!parties?.some((p) => p?.role === 'APPLICANT')) throw new Error('至少需要一名申请人');
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f, i) => (
                <Card
                  key={f.key}
                  size="small"
                  style={{ marginBottom: 8 }}
                  title={`当事人 ${i + 1}`}
                  extra={fields.length > 1 && <Button type="text" danger icon={<DeleteOutlined />} aria-label={`删除当事人 ${i + 1}`} onClick={() => remove(f.name)} />}
                >
                  <Row gutter={12}>
                    <Col xs={12} lg={4}>
                      <Form.Item label="角色" name={[f.name, 'role']} rules={[{ required: true }]}>
                        <Select options={enumOptions(label, 'PartyRole', PARTY_ROLES)} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} lg={4}>
                      <Form.Item label="类型" name={[f.name, 'kind']} rules={[{ required: true }]}>
                        <Select options={enumOptions(label, 'PartyKind', PARTY_KINDS)} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} lg={8}>
                      <Form.Item label="姓名 / 名称" name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写姓名或名称' }]}>
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} lg={8}>
                      <Form.Item label="证件类型" name={[f.name, 'idType']} extra="不选：个人为身份证，单位为统一社会信用代码">
                        <Select allowClear options={enumOptions(label, 'IdType', ID_TYPES)} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} lg={8}>
                      <Form.Item
                        label="证件号码"
                        name={[f.name, 'idNumber']}
                        dependencies={[
                          ['parties', f.name, 'idType'],
                          ['parties', f.name, 'kind'],
                        ]}
                        validateTrigger={['onChange', 'onBlur']}
                        rules={[
                          idRule(
                            () => form.getFieldValue(['parties', f.name, 'idType']),
                            () => form.getFieldValue(['parties', f.name, 'kind']),
                          ),
                        ]}
                      >
                        <Input maxLength={40} autoComplete="off" />
                      </Form.Item>
                    </Col>
                    <Col xs={12} lg={6}>
                      <Form.Item
                        label="联系电话"
                        name={[f.name, 'phone']}
                        rules={[
                          {
                            validator: async (_, v?: string) => {
                              const p = v?.trim() ? checkPhone(v) : null;
                              if (p) throw new Error(p);
                            },
                          },
                        ]}
                      >
                        <Input maxLength={20} autoComplete="off" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} lg={10}>
                      <Form.Item label="地址" name={[f.name, 'address']}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                  </Row>
                </Card>
              ))}
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined />} onClick={() => add({ role: 'THIRD_PARTY', kind: 'PERSON' })} style={{ marginBottom: 16 }}>
                添加当事人
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            登记
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
