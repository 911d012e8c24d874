import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Button, Layout, Menu, Result, Space, Spin, Tag, Typography } from 'antd';
import { Suspense, useEffect, useMemo } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useAuth } from './auth';
import { DeadlineAlerts } from './DeadlineAlerts';
import { useLabels } from './labels';
import { RequireRole } from './RequireRole';
import { allRoutes } from './routes';
import type { ConsoleRoute } from './types';

const MeDocument = graphql(`
  query ConsoleMe {
    me {
      id
      username
      displayName
      roles
      organization {
        id
        name
      }
    }
  }
`);

function MenuLabel({ route }: { route: ConsoleRoute }) {
  const count = route.menu?.useBadge?.();
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
      {route.menu?.label}
      {count ? <Badge count={count} size="small" /> : null}
    </span>
  );
}

function menuPath(r: ConsoleRoute): string {
  return `/${r.menu?.to ?? r.path}`;
}

export function ConsoleLayout() {
  const { user, hasRole, signOut, updateUser } = useAuth();
  const label = useLabels();
  const navigate = useNavigate();
  const location = useLocation();
  const [{ data }] = useQuery({ query: MeDocument, requestPolicy: 'network-only' });
  useEffect(() => {
    const me = data?.me;
    if (me) updateUser({ id: me.id, username: me.username, displayName: me.displayName, roles: [...me.roles], organization: me.organization ?? null });
  }, [data, updateUser]);

  const routes = useMemo(() => allRoutes(), []);
  const visible = routes.filter((r) => !r.roles?.length || hasRole('ADMIN', ...r.roles));
  const menuRoutes = visible.filter((r) => r.menu).sort((a, b) => (a.menu!.order ?? 0) - (b.menu!.order ?? 0));
  const selected = menuRoutes
    .map(menuPath)
    .filter((p) => location.pathname === p || location.pathname.startsWith(`${p}/`))
    .sort((a, b) => b.length - a.length)[0];
  const home = menuRoutes[0] ? menuPath(menuRoutes[0]) : null;

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={208} breakpoint="lg" collapsedWidth={64} theme="dark">
        <div style={{ color: '#fff', padding: '16px 12px', fontWeight: 600, lineHeight: 1.4 }}>纠纷调处化解中心</div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={menuRoutes.map((r) => ({ key: menuPath(r), icon: r.menu!.icon, label: <MenuLabel route={r} /> }))}
          onClick={(e) => navigate(e.key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Text strong>{user?.organization?.name ?? '杭州市社会矛盾纠纷调处化解中心'}</Typography.Text>
          <Space>
            <UserOutlined />
            <span>{user?.displayName}</span>
            {user?.roles.map((r) => (
              <Tag key={r}>{label('Role', r)}</Tag>
            ))}
            <Button icon={<LogoutOutlined />} onClick={signOut}>
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16, minWidth: 0 }}>
          <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
            <Routes>
              {visible.map((r) => (
                <Route
                  key={r.path}
                  path={`/${r.path}`}
                  element={
                    <RequireRole roles={r.roles}>
                      <r.element />
                    </RequireRole>
                  }
                />
              ))}
              <Route path="/" element={home ? <Navigate to={home} replace /> : <Result title="欢迎使用" subTitle="您的账号尚未分配可用的功能。" />} />
              <Route path="*" element={<Result status="404" title="页面不存在" extra={<Button onClick={() => navigate('/')}>返回首页</Button>} />} />
            </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
      {user?.organization && <DeadlineAlerts />}
    </Layout>
  );
}
