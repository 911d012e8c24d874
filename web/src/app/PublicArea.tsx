import { BarChartOutlined, ReadOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Result, Spin, Typography } from 'antd';
import { Suspense, lazy, useEffect, useMemo } from 'react';
import { Link, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { Provider } from 'urql';
import { createHubClient } from './client';

const PublishedList = lazy(() => import('../routes/typical-cases/TypicalCaseList').then((m) => ({ default: () => <m.PublishedList caseLink={(id) => `/public/cases/${id}`} /> })));
const PublishedCase = lazy(() => import('../routes/typical-cases/PublishedCase').then((m) => ({ default: () => <m.default backTo="/public" /> })));
const PublicStatistics = lazy(() => import('../routes/statistics/PublicStatistics'));

const MENU = [
  { key: '/public', icon: <ReadOutlined />, label: '典型案例' },
  { key: '/public/statistics', icon: <BarChartOutlined />, label: '公开数据' },
];

/**
 * What the center publishes, for anyone and without an account: the typical cases (anonymized
 * text only) and the city's figures per channel and month. Its client sends no token, even in a
 * browser where staff are signed in: the public reads exactly what the public may read.
 */
export function PublicArea() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const hub = useMemo(() => createHubClient(null, { onExpired: () => undefined, onPasswordChangeRequired: () => undefined }), []);
  useEffect(() => () => hub.dispose(), [hub]);
  const selected = pathname.startsWith('/public/statistics') ? '/public/statistics' : '/public';
  return (
    <Provider value={hub.client}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', gap: 24, borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
            杭州市社会矛盾纠纷调处化解中心 · 公开信息
          </Typography.Text>
          <Menu mode="horizontal" selectedKeys={[selected]} items={MENU} onClick={(e) => navigate(e.key)} style={{ flex: 1, minWidth: 0, borderBottom: 'none' }} />
          <Link to="/">工作人员登录</Link>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
            <Routes>
              <Route path="/public" element={<PublishedList />} />
              <Route path="/public/cases/:id" element={<PublishedCase />} />
              <Route path="/public/statistics" element={<PublicStatistics />} />
              <Route path="*" element={<Result status="404" title="页面不存在" extra={<Button onClick={() => navigate('/public')}>返回公开信息</Button>} />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Provider>
  );
}
