import { Alert, Card, Descriptions, Result, Skeleton, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { formatTime } from '../../components/DisputeTable';
import { TextView } from './AnonymizationDiff';
import { PublishedTypicalCaseDocument } from './documents';

/** One published case as the public reads it: the anonymized text, nothing of the dispute. `backTo`: the list it was opened from. */
export default function PublishedCase({ backTo = '/typical-cases' }: { backTo?: string }) {
  const { id = '' } = useParams();
  const label = useLabels();
  const [{ data, fetching, error }] = useQuery({ query: PublishedTypicalCaseDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <Skeleton active />;
  if (error && !data) return <Alert type="error" showIcon title={operationErrorMessage(error)} />;
  const c = data?.publishedTypicalCase;
  if (!c) return <Result status="404" title="未找到该典型案例" subTitle="案例不存在或已撤回。" />;
  return (
    <Card title="典型案例" extra={<Link to={backTo}>返回列表</Link>}>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="发布单位">{c.organization.name}</Descriptions.Item>
        <Descriptions.Item label="事项">{c.matter?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="渠道">
          <Tag>{label('Channel', c.channel)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="发布时间">{formatTime(c.publishedAt)}</Descriptions.Item>
      </Descriptions>
      <TextView text={c} label="案例全文" />
    </Card>
  );
}
