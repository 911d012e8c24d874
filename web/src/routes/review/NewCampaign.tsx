import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { CHANNELS } from '../../app/enums';
import { applyFieldErrors, isErrorResult, operationErrorMessage } from '../../app/errors';
import { enumOptions, useLabels } from '../../app/labels';
import type { Channel, ReviewCampaignKind } from '../../gql/graphql';
import { CreateReviewCampaignDocument, ReviewAllUsersDocument, ReviewFormOptionsDocument, ReviewOwnOrganizationMembersDocument } from './documents';

interface Values {
  kind: ReviewCampaignKind;
  organizationId?: string;
  title?: string;
  channel?: Channel;
  matterCode?: string;
  period: [Dayjs, Dayjs];
  sampling: 'ALL' | 'SAMPLE';
  sampleSize?: number;
  sampleSeed?: string;
  reviewerIds: string[];
}

/** Roles that may review files (REVIEW_CASE_FILES). */
const REVIEWING_ROLES = ['HANDLER', 'COURT_LIAISON', 'HEAD', 'REVIEWER'];

/**
 * 新建评查: a head's self-inspection of the own organization, or the justice bureau's cross-review or
 * spot check of any organization; scope (channel, matter, period: by default the last three years),
 * all files or a random sample reproducible from its seed, and the reviewers.
 */
export default function NewCampaign() {
  const { user, hasRole } = useAuth();
  const label = useLabels();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const isAdmin = hasRole('ADMIN');
  const bureau = hasRole('REVIEWER') || isAdmin;
  const kinds: ReviewCampaignKind[] = isAdmin ? ['SELF_INSPECTION', 'CROSS_REVIEW', 'SPOT_CHECK'] : bureau ? ['SPOT_CHECK', 'CROSS_REVIEW'] : ['SELF_INSPECTION'];
  const channel = Form.useWatch('channel', form);
  const sampling = Form.useWatch('sampling', form);
  const [options] = useQuery({ query: ReviewFormOptionsDocument });
  // Colleagues of one's own organization (LIST_COLLEAGUES: the bureau's reviewers, a head's staff); ADMIN reads every account.
  const [members] = useQuery({ query: ReviewOwnOrganizationMembersDocument, pause: !hasRole('REVIEWER', 'HEAD') || isAdmin });
  const [all] = useQuery({ query: ReviewAllUsersDocument, pause: !isAdmin });
  const [{ fetching }, create] = useMutation(CreateReviewCampaignDocument);
  const [error, setError] = useState<string | null>(null);

  const reviewerOptions = useMemo(() => {
    const people = isAdmin
      ? (all.data?.users ?? []).filter((u) => u.roles.some((r) => REVIEWING_ROLES.includes(r))).map((u) => ({ id: u.id, name: `${u.displayName}（${u.organization?.name ?? '—'}）` }))
      : (members.data?.organizationMembers ?? []).filter((u) => u.roles.some((r) => REVIEWING_ROLES.includes(r))).map((u) => ({ id: u.id, name: u.displayName }));
    if (user && !people.some((p) => p.id === user.id)) people.unshift({ id: user.id, name: `${user.displayName}（本人）` });
    return people.map((p) => ({ value: p.id, label: p.name }));
  }, [all.data, members.data, user, isAdmin]);

  const initialValues: Partial<Values> = {
    kind: kinds[0],
    organizationId: bureau ? undefined : user?.organization?.id,
    period: [dayjs().subtract(3, 'year'), dayjs()],
    sampling: 'ALL',
    reviewerIds: user ? [user.id] : [],
  };

  const submit = async (v: Values) => {
    setError(null);
    const r = await create({
      input: {
        kind: v.kind,
        organizationId: v.organizationId ?? user?.organization?.id ?? '',
        title: v.title?.trim() || null,
        channel: v.channel ?? null,
        matterCode: v.matterCode ?? null,
        periodFrom: v.period[0].format('YYYY-MM-DD'),
        periodTo: v.period[1].format('YYYY-MM-DD'),
        sampleSize: v.sampling === 'SAMPLE' ? (v.sampleSize ?? null) : null,
        sampleSeed: v.sampling === 'SAMPLE' ? v.sampleSeed?.trim() || null : null,
        reviewerIds: v.reviewerIds,
      },
    });
    const res = r.data?.createReviewCampaign;
    if (!res) return setError(operationErrorMessage(r.error) ?? '创建失败');
    if (isErrorResult(res)) {
      // `scope` and `period…` name no single field: listed with the message.
      const rest = applyFieldErrors(
        form,
        (res.fieldErrors ?? []).map((e) => (e.field.startsWith('reviewerIds') ? { ...e, field: 'reviewerIds' } : e)),
      );
      return setError([res.message, ...rest.map((e) => e.message)].join('；'));
    }
    if (res.__typename === 'ReviewCampaign') navigate(`/review/${res.id}`, { replace: true });
  };

  return (
    <Card title="新建评查">
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} style={{ maxWidth: 720 }}>
        <Form.Item label="评查方式" name="kind" rules={[{ required: true }]}>
          <Radio.Group options={kinds.map((k) => ({ value: k, label: label('ReviewCampaignKind', k) }))} />
        </Form.Item>
        {bureau ? (
          <Form.Item label="被评查单位" name="organizationId" rules={[{ required: true, message: '请选择被评查单位' }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={(options.data?.organizations ?? []).map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
        ) : (
          <Form.Item label="被评查单位">
            <Typography.Text>{user?.organization?.name}（本单位自查）</Typography.Text>
          </Form.Item>
        )}
        <Form.Item label="名称" name="title" extra="留空时按评查方式和期间自动命名">
          <Input maxLength={100} />
        </Form.Item>
        <Space wrap size={16}>
          <Form.Item label="渠道" name="channel">
            <Select allowClear placeholder="全部" style={{ width: 140 }} options={enumOptions(label, 'Channel', CHANNELS)} onChange={() => form.setFieldValue('matterCode', undefined)} />
          </Form.Item>
          <Form.Item label="事项" name="matterCode">
            <Select
              allowClear
              placeholder="全部"
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 260 }}
              options={(options.data?.matters ?? []).filter((m) => !channel || m.channel === channel).map((m) => ({ value: m.code, label: m.name }))}
            />
          </Form.Item>
        </Space>
        <Form.Item label="办结期间" name="period" rules={[{ required: true, message: '请选择期间' }]} extra="默认近三年内办结的案件">
          <DatePicker.RangePicker allowClear={false} />
        </Form.Item>
        <Form.Item label="案卷范围" name="sampling">
          <Radio.Group
            options={[
              { value: 'ALL', label: '全部案卷' },
              { value: 'SAMPLE', label: '随机抽取' },
            ]}
          />
        </Form.Item>
        {sampling === 'SAMPLE' && (
          <Space wrap size={16}>
            <Form.Item label="抽取件数" name="sampleSize" rules={[{ required: true, message: '请填写抽取件数' }]}>
              <InputNumber min={1} max={1000} precision={0} />
            </Form.Item>
            <Form.Item label="随机种子" name="sampleSeed" extra="留空时自动生成并记录，同一种子可复现抽样结果">
              <Input style={{ width: 240 }} maxLength={64} />
            </Form.Item>
          </Space>
        )}
        <Form.Item label="评查人员" name="reviewerIds" rules={[{ required: true, message: '请指定评查人员' }]}>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={reviewerOptions} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={fetching}>
            创建
          </Button>
          <Button onClick={() => navigate('/review')}>取消</Button>
        </Space>
      </Form>
    </Card>
  );
}
