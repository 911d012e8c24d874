import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Descriptions, Form, Input, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { DISPUTE_CATEGORIES, DISPUTE_SOURCES, ID_TYPES, PARTY_KINDS, PARTY_ROLES, REGIONS } from '../../app/enums';
import { applyFieldErrors, isErrorResult, type FieldErrorLike } from '../../app/errors';
import { enumOptions, useLabels } from '../../app/labels';
import { EnumTag } from '../../components/EnumTag';
import { checkPhone, checkResidentId, checkUscc } from '../../components/idcheck';
import type { DisputeCategory, DisputeSource, IdType, PartyKind, PartyRole } from '../../gql/graphql';
import { RecordMaterialDocument } from '../dispute/casefile/documents';
import { ApplicationFormFields } from './ApplicationFormFields';
import { DisputesByPersonDocument, MattersDocument, RegisterDisputeDocument } from './registerDocuments';

interface PartyValues {
  role: PartyRole;
  kind: PartyKind;
  name: string;
  idType?: IdType;
  idNumber?: string;
  phone?: string;
  address?: string;
}

interface Values {
  title: string;
  category: DisputeCategory;
  source: DisputeSource;
  region: string;
  occurredOn?: Dayjs;
  amount?: string;
  facts: string;
  matterCode?: string;
  parties: PartyValues[];
  applicationData?: Record<string, unknown>;
  materials?: string[];
}

function randomKey(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

function effectiveIdType(p: Partial<PartyValues> | undefined): IdType {
  return p?.idType ?? (p?.kind === 'ORGANIZATION' ? 'USCC' : 'RESIDENT_ID');
}

/** Earlier disputes of the same person or organization, looked up once the number is valid. */
function EarlierDisputes({ idNumber }: { idNumber: string }) {
  const label = useLabels();
  const [{ data }] = useQuery({ query: DisputesByPersonDocument, variables: { idNumber }, pause: !idNumber });
  const res = data?.disputesByPerson;
  if (!res || res.__typename !== 'DisputeConnection' || res.totalCount === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`该当事人已有 ${res.totalCount} 件纠纷记录`}
      description={res.edges.map(({ node: d }) => (
        <div key={d.id}>
          <Link to={`/disputes/${d.id}`} target="_blank">
            {d.code}
          </Link>{' '}
          {d.title} <EnumTag enumName="DisputeStatus" value={d.status} /> {label('DisputeCategory', d.category)}
        </div>
      ))}
    />
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

function PartyCard({ index, remove, canRemove }: { index: number; remove: () => void; canRemove: boolean }) {
  const label = useLabels();
  const form = Form.useFormInstance<Values>();
  const party = Form.useWatch(['parties', index], form) as Partial<PartyValues> | undefined;
  const idType = effectiveIdType(party);
  const rawId = (party?.idNumber ?? '').trim().toUpperCase();
  const validId = rawId && ((idType === 'RESIDENT_ID' && !checkResidentId(rawId)) || (idType === 'USCC' && !checkUscc(rawId))) ? rawId : '';
  const lookup = useDebounced(validId, 400);
  const idRule = {
    validator: (_: unknown, v: string | undefined) => {
      if (!v) return Promise.resolve();
      const reason = idType === 'RESIDENT_ID' ? checkResidentId(v) : idType === 'USCC' ? checkUscc(v) : null;
      return reason ? Promise.reject(new Error(reason)) : Promise.resolve();
    },
  };
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={`当事人 ${index + 1}`}
      extra={canRemove && <Button type="text" danger icon={<DeleteOutlined />} onClick={remove} aria-label={`删除当事人 ${index + 1}`} />}
    >
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item label="身份" name={[index, 'role']} rules={[{ required: true, message: '请选择' }]}>
            <Select options={enumOptions(label, 'PartyRole', PARTY_ROLES)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label="类型" name={[index, 'kind']} rules={[{ required: true, message: '请选择' }]}>
            <Select options={enumOptions(label, 'PartyKind', PARTY_KINDS)} onChange={() => form.setFieldValue(['parties', index, 'idType'], undefined)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={party?.kind === 'ORGANIZATION' ? '单位名称' : '姓名'} name={[index, 'name']} rules={[{ required: true, message: '请填写名称' }, { max: 200 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item label="证件类型" name={[index, 'idType']}>
            <Select allowClear placeholder={label('IdType', party?.kind === 'ORGANIZATION' ? 'USCC' : 'RESIDENT_ID')} options={enumOptions(label, 'IdType', ID_TYPES)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            label={idType === 'USCC' ? '统一社会信用代码' : idType === 'RESIDENT_ID' ? '身份证号码' : '证件号码'}
            name={[index, 'idNumber']}
            rules={[idRule]}
            dependencies={[
              ['parties', index, 'idType'],
              ['parties', index, 'kind'],
            ]}
            normalize={(v: string) => v?.toUpperCase().replace(/\s/g, '')}
            hasFeedback={!!rawId}
          >
            <Input maxLength={idType === 'RESIDENT_ID' || idType === 'USCC' ? 18 : 64} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label="联系电话" name={[index, 'phone']} rules={[{ validator: (_, v) => (!v || !checkPhone(v) ? Promise.resolve() : Promise.reject(new Error(checkPhone(v) ?? ''))) }]}>
            <Input inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24}>
          <Form.Item label="地址" name={[index, 'address']} rules={[{ max: 500 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      {lookup && <EarlierDisputes idNumber={lookup} />}
    </Card>
  );
}

export default function RegisterDispute() {
  const label = useLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [{ data: catalog, fetching: loadingMatters }] = useQuery({ query: MattersDocument });
  const [submitting, register] = useMutation(RegisterDisputeDocument);
  const [, recordMaterial] = useMutation(RecordMaterialDocument);
  // One key per form: a retry (e.g. after signing in again) cannot register twice.
  const [idempotencyKey, setIdempotencyKey] = useState(randomKey);
  const [unmatched, setUnmatched] = useState<FieldErrorLike[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const matterCode = Form.useWatch('matterCode', form);
  const matter = useMemo(() => catalog?.matters.find((m) => m.code === matterCode), [catalog, matterCode]);
  const materials = Form.useWatch('materials', form) ?? [];
  const missingMaterials = matter?.requiredMaterials.filter((m) => m.required && !materials.includes(m.name)) ?? [];

  const matterOptions = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    for (const m of catalog?.matters ?? []) {
      const g = label('Channel', m.channel);
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g)!.push({ value: m.code, label: `${m.name}${m.authority ? ` · ${m.authority.name}` : ''}` });
    }
    return [...groups].map(([g, options]) => ({ label: g, options }));
  }, [catalog, label]);

  const onFinish = async (v: Values) => {
    setFormError(null);
    setUnmatched([]);
    const appData: Record<string, unknown> = {};
    for (const f of matter?.applicationForm.fields ?? []) {
      const x = v.applicationData?.[f.key];
      if (x == null || x === '' || (Array.isArray(x) && x.length === 0)) continue;
      appData[f.key] = f.type === 'DATE' && typeof x === 'object' && 'format' in (x as Dayjs) ? (x as Dayjs).format('YYYY-MM-DD') : x;
    }
    const r = await register({
      input: {
        idempotencyKey,
        title: v.title.trim(),
        category: v.category,
        source: v.source,
        region: v.region,
        facts: v.facts,
        occurredOn: v.occurredOn ? v.occurredOn.format('YYYY-MM-DD') : null,
        amount: v.amount?.trim() || null,
        matterCode: v.matterCode || null,
        applicationData: matter ? appData : null,
        parties: v.parties.map((p) => ({
          role: p.role,
          kind: p.kind,
          name: p.name.trim(),
          idType: p.idNumber ? (p.idType ?? null) : null,
          idNumber: p.idNumber?.trim() || null,
          phone: p.phone?.trim() || null,
          address: p.address?.trim() || null,
        })),
      },
    });
    const res = r.data?.registerDispute;
    if (!res) {
      setFormError(r.error?.graphQLErrors[0]?.message ?? (r.error?.networkError ? '网络错误，请重试（不会重复登记）' : '登记失败'));
      return;
    }
    if (isErrorResult(res)) {
      setFormError(res.message);
      setUnmatched(applyFieldErrors(form, res.fieldErrors ?? []));
      // The same key with different input is refused: a corrected form is a new attempt.
      setIdempotencyKey(randomKey());
      return;
    }
    if (res.__typename === 'Dispute') {
      // The materials ticked as received go onto the new dispute's checklist as paper originals.
      const refused: string[] = [];
      for (const name of matter ? (v.materials ?? []) : []) {
        const m = await recordMaterial({ input: { disputeId: res.id, name, status: 'RECEIVED', receipt: 'PAPER_ORIGINAL', expectedVersion: 0 } });
        if (m.data?.recordMaterial.__typename !== 'MaterialChecklistItem') refused.push(name);
      }
      if (refused.length) message.warning(`已登记 ${res.code}，但以下材料未能记入材料清单，请在案卷中登记：${refused.join('、')}`);
      message.success(`已登记 ${res.code}`);
      navigate(`/disputes/${res.id}`);
    }
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      scrollToFirstError
      initialValues={{
        source: 'WALK_IN',
        region: '杭州市',
        parties: [
          { role: 'APPLICANT', kind: 'PERSON' },
          { role: 'RESPONDENT', kind: 'PERSON' },
        ],
      }}
    >
      <Row gutter={12}>
        <Col xs={24} xl={14}>
          <Card title="纠纷登记" style={{ marginBottom: 12 }}>
            {formError && <Alert type="error" showIcon title={formError} description={unmatched.map((e) => `${e.field}：${e.message}`).join('；') || undefined} style={{ marginBottom: 12 }} />}
            <Form.Item label="纠纷标题" name="title" rules={[{ required: true, message: '请填写标题' }, { max: 200 }]}>
              <Input placeholder="例如：邻里漏水赔偿纠纷" />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} md={8}>
                <Form.Item label="纠纷类别" name="category" rules={[{ required: true, message: '请选择类别' }]}>
                  <Select options={enumOptions(label, 'DisputeCategory', DISPUTE_CATEGORIES)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label="来源" name="source" rules={[{ required: true }]}>
                  <Select options={enumOptions(label, 'DisputeSource', DISPUTE_SOURCES)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label="所属区域" name="region" rules={[{ required: true, message: '请选择区域' }]}>
                  <Select options={REGIONS.map((r) => ({ value: r, label: r }))} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label="发生日期" name="occurredOn">
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label="涉及金额（元）" name="amount" rules={[{ pattern: /^\d{1,15}(\.\d{1,2})?$/, message: '请输入金额，最多两位小数' }]}>
                  <Input suffix="元" inputMode="decimal" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label="纠纷事实" name="facts" rules={[{ required: true, message: '请填写纠纷事实' }]}>
              <Input.TextArea rows={4} showCount maxLength={10000} />
            </Form.Item>
          </Card>
          <Form.List name="parties">
            {(fields, { add, remove }) => (
              <Card
                title="当事人"
                style={{ marginBottom: 12 }}
                extra={
                  <Button icon={<PlusOutlined />} onClick={() => add({ role: 'THIRD_PARTY', kind: 'PERSON' })}>
                    添加当事人
                  </Button>
                }
              >
                {fields.map((f) => (
                  <PartyCard key={f.key} index={f.name} remove={() => remove(f.name)} canRemove={fields.length > 1} />
                ))}
              </Card>
            )}
          </Form.List>
        </Col>
        <Col xs={24} xl={10}>
          <Card title="申请事项" style={{ marginBottom: 12 }}>
            <Form.Item label="事项（事项清单）" name="matterCode" extra="按事项清单办理的纠纷请选择事项，并填写其申请书。">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                loading={loadingMatters}
                options={matterOptions}
                onChange={() => form.setFieldsValue({ applicationData: {}, materials: [] })}
              />
            </Form.Item>
            {matter && (
              <>
                <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
                  <Descriptions.Item label="渠道">{label('Channel', matter.channel)}</Descriptions.Item>
                  {matter.authority && <Descriptions.Item label="主管机关">{matter.authority.name}</Descriptions.Item>}
                  <Descriptions.Item label="办理时限">
                    {matter.handlingTimeLimit.amount} {label('TimeUnit', matter.handlingTimeLimit.unit)}（{matter.handlingTimeLimit.legalBasis}）
                  </Descriptions.Item>
                  {matter.conditions.length > 0 && <Descriptions.Item label="受理条件">{matter.conditions.join('；')}</Descriptions.Item>}
                </Descriptions>
                <Typography.Title level={5}>{matter.applicationForm.title}</Typography.Title>
                <ApplicationFormFields fields={matter.applicationForm.fields} />
                <Typography.Title level={5}>材料清单</Typography.Title>
                <Form.Item name="materials" label="已收取的材料" extra="勾选的材料登记后记入材料清单（已收纸质原件）；电子文件请在上方上传">
                  <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
                    {matter.requiredMaterials.map((m) => (
                      <Checkbox key={m.name} value={m.name}>
                        {m.name}
                        {m.required ? <Typography.Text type="danger">（必需）</Typography.Text> : <Typography.Text type="secondary">（如有）</Typography.Text>}
                        {m.note && <Typography.Text type="secondary"> {m.note}</Typography.Text>}
                      </Checkbox>
                    ))}
                  </Checkbox.Group>
                </Form.Item>
                {missingMaterials.length > 0 && <Alert type="warning" showIcon title={`尚缺必需材料：${missingMaterials.map((m) => m.name).join('、')}`} style={{ marginBottom: 12 }} />}
              </>
            )}
          </Card>
          <Space>
            <Button type="primary" htmlType="submit" loading={submitting.fetching} size="large">
              登记
            </Button>
            <Button onClick={() => navigate(-1)}>返回</Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}
