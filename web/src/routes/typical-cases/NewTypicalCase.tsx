import { Alert, Button, Card, Form, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { operationErrorMessage } from '../../app/errors';
import { DraftTypicalCaseDocument, TypicalCaseSourceDocument } from './documents';
import { RefusalAlert, refusalOf, SectionsFields, type Refusal, type SectionsValues } from './SectionsForm';

/**
 * 撰写典型案例: the first draft of a case from a concluded dispute the viewer's organization handled,
 * prefilled with the dispute's facts and the outcome of its proceeding. Saving runs the anonymization
 * pass on the server; the editor then shows its diff.
 */
export default function NewTypicalCase() {
  const [params] = useSearchParams();
  const disputeId = params.get('dispute') ?? '';
  const { user } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm<SectionsValues>();
  const [{ data, fetching, error }] = useQuery({ query: TypicalCaseSourceDocument, variables: { id: disputeId }, pause: !disputeId });
  const [{ fetching: saving }, draft] = useMutation(DraftTypicalCaseDocument);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  if (!disputeId) return <Result status="info" title="请从已办结纠纷的页面撰写典型案例" extra={<Link to="/disputes">纠纷查询</Link>} />;
  if (fetching && !data) return <Skeleton active />;
  if (error && !data) return <Alert type="error" showIcon title={operationErrorMessage(error)} />;
  const dispute = data?.dispute;
  if (!dispute) return <Result status="404" title="未找到该纠纷" subTitle="纠纷不存在，或您无权查看。" />;

  const own = dispute.proceedings.filter((p) => p.organization.id === user?.organization?.id && p.status === 'CONCLUDED' && p.acceptedAt);
  const outcome = own.at(-1)?.outcome?.summary ?? '';
  const initialValues: SectionsValues = { title: dispute.title, sections: { facts: dispute.facts, outcome, significance: '' } };

  const save = async (v: SectionsValues) => {
    setRefusal(null);
    const r = await draft({ input: { disputeId: dispute.id, title: v.title, sections: v.sections } });
    const res = r.data?.draftTypicalCase;
    if (!res) return setRefusal({ message: operationErrorMessage(r.error) ?? '保存失败', details: [] });
    if (res.__typename === 'TypicalCase') return navigate(`/typical-cases/${res.id}`, { replace: true });
    setRefusal(refusalOf(res, form));
  };

  return (
    <Card
      title={
        <Space>
          <span>撰写典型案例</span>
          <Link to={`/disputes/${dispute.id}`}>{dispute.code}</Link>
        </Space>
      }
    >
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          已按纠纷事实和办理结果预填，请改写为案例文本。保存后系统自动匿名化（当事人姓名改为“某”、删除身份证号码、电话、地址等），并显示改动对照供核对。
        </Typography.Text>
        {!own.length && <Alert type="warning" showIcon title="本单位未办结该纠纷的办理程序，保存时将被拒绝。" />}
        <RefusalAlert refusal={refusal} onClose={() => setRefusal(null)} />
        <Form<SectionsValues> form={form} layout="vertical" initialValues={initialValues} onFinish={save}>
          <SectionsFields />
          <Space>
            <Button type="primary" htmlType="submit" loading={saving}>
              保存草稿
            </Button>
            <Button onClick={() => navigate(-1)}>取消</Button>
          </Space>
        </Form>
      </Space>
    </Card>
  );
}
