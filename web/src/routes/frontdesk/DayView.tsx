import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Statistic, Tabs } from 'antd';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { useLabels } from '../../app/labels';
import { DisputeListDocument } from '../../components/DisputeBrowser';
import { DisputeTable } from '../../components/DisputeTable';
import { graphql } from '../../gql';
import type { DisputeFilter } from '../../gql/graphql';

const StatusCountsDocument = graphql(`
  query FrontdeskStatusCounts {
    disputeStatusCounts {
      status
      count
    }
  }
`);

function today(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

function List({ filter }: { filter: DisputeFilter }) {
  const [{ data, fetching }] = useQuery({ query: DisputeListDocument, variables: { filter, first: 50 }, requestPolicy: 'cache-and-network' });
  const rows = data?.disputes.edges.map((e) => e.node) ?? [];
  return <DisputeTable rows={rows} loading={fetching && !data} />;
}

/** The frontdesk's day: awaiting routing, overdue, due soon, today's intake. */
export default function DayView() {
  const label = useLabels();
  const navigate = useNavigate();
  const [{ data: counts }] = useQuery({ query: StatusCountsDocument, requestPolicy: 'cache-and-network' });
  const day = today();
  const filters = useMemo(
    () => ({
      awaiting: { status: ['AWAITING_ROUTING'] } as DisputeFilter,
      overdue: { overdue: true } as DisputeFilter,
      soon: { dueSoon: true } as DisputeFilter,
      today: { receivedFrom: day, receivedTo: day } as DisputeFilter,
    }),
    [day],
  );
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Card>
        <Row gutter={16} align="middle">
          {(counts?.disputeStatusCounts ?? []).map((c) => (
            <Col key={c.status} xs={12} md={4}>
              <Statistic title={label('DisputeStatus', c.status)} value={c.count} />
            </Col>
          ))}
          <Col flex="auto" style={{ textAlign: 'right' }}>
            <Button type="primary" icon={<PlusOutlined />} size="large" onClick={() => navigate('/frontdesk/register')}>
              登记纠纷
            </Button>
          </Col>
        </Row>
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'awaiting', label: '待分流', children: <List filter={filters.awaiting} /> },
            { key: 'overdue', label: '已超期', children: <List filter={filters.overdue} /> },
            { key: 'soon', label: '即将到期', children: <List filter={filters.soon} /> },
            { key: 'today', label: `今日登记（${day}）`, children: <List filter={filters.today} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
