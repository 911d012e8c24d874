import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { useAuth } from '../../app/auth';
import { operationErrorMessage } from '../../app/errors';
import { useLabels } from '../../app/labels';
import { formatTime } from '../../components/DisputeTable';
import type { ReviewCampaignStatus, ReviewCampaignsQuery } from '../../gql/graphql';
import { ReviewCampaignsDocument } from './documents';
import { CampaignStatusTag } from './tags';

type Row = ReviewCampaignsQuery['reviewCampaigns'][number];

const STATUSES: ReviewCampaignStatus[] = ['DRAFT', 'IN_PROGRESS', 'REPORTED', 'CANCELLED'];

/** 案卷评查: the campaigns the viewer runs, reviews in, or (submitted) oversees. */
export default function CampaignList() {
  const label = useLabels();
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  const [status, setStatus] = useState<ReviewCampaignStatus[]>([]);
  const [{ data, fetching, error }] = useQuery({ query: ReviewCampaignsDocument, variables: { status: status.length ? status : null }, requestPolicy: 'cache-and-network' });
  return (
    <Card
      title="案卷评查"
      extra={
        hasRole('HEAD', 'REVIEWER') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/review/new')}>
            新建评查
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 12 }}>
        <span>状态</span>
        <Select<ReviewCampaignStatus[]>
          aria-label="状态"
          mode="multiple"
          allowClear
          placeholder="全部"
          style={{ minWidth: 200 }}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((s) => ({ value: s, label: label('ReviewCampaignStatus', s) }))}
        />
      </Space>
      {error && <Alert type="error" showIcon title={operationErrorMessage(error)} />}
      <Table<Row>
        size="small"
        rowKey="id"
        loading={fetching}
        pagination={false}
        dataSource={data?.reviewCampaigns ?? []}
        locale={{ emptyText: '暂无评查活动' }}
        columns={[
          { title: '名称', render: (_, r) => <Link to={`/review/${r.id}`}>{r.title}</Link> },
          { title: '方式', width: 100, render: (_, r) => <Tag>{label('ReviewCampaignKind', r.kind)}</Tag> },
          { title: '状态', width: 90, render: (_, r) => <CampaignStatusTag status={r.status} /> },
          { title: '被评查单位', width: 180, render: (_, r) => r.organization.name },
          { title: '期间', width: 200, render: (_, r) => `${r.periodFrom} 至 ${r.periodTo}` },
          {
            title: '案卷',
            width: 120,
            render: (_, r) => (r.statistics ? `已评 ${r.statistics.scored} / ${r.statistics.files}` : r.sampleSize ? `抽取 ${r.sampleSize} 件` : `全部（${r.candidateCount ?? 0} 件）`),
          },
          {
            title: '我的角色',
            width: 120,
            render: (_, r) => <Typography.Text type="secondary">{[r.viewerRunsIt && '组织者', r.viewerReviews && '评查人员'].filter(Boolean).join('、') || '查阅'}</Typography.Text>,
          },
          { title: '创建时间', width: 140, render: (_, r) => formatTime(r.createdAt) },
        ]}
      />
    </Card>
  );
}
