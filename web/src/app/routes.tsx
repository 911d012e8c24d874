/**
 * The route table: every web/src/routes/<group>/routes.tsx is picked up automatically
 * (no shared file to edit when a screen group is added), plus placeholders for groups not built yet.
 */
import { AuditOutlined, BankOutlined, SettingOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import type { ConsoleRoute } from './types';

const discovered = import.meta.glob<{ routes: ConsoleRoute[] }>('../routes/*/routes.tsx', { eager: true });

function Placeholder() {
  return <Result status="info" title="功能建设中" subTitle="该模块正在开发，敬请期待。" />;
}

/** Menu entries of the groups other engineers are building; a discovered route with the same path replaces one. */
const PLACEHOLDERS: ConsoleRoute[] = [
  { path: 'court', element: Placeholder, roles: ['COURT_LIAISON'], menu: { label: '法院联络', icon: <BankOutlined />, order: 30 } },
  { path: 'reviewer', element: Placeholder, roles: ['REVIEWER'], menu: { label: '案件评查', icon: <AuditOutlined />, order: 40 } },
  { path: 'admin', element: Placeholder, roles: ['ADMIN'], menu: { label: '系统管理', icon: <SettingOutlined />, order: 50 } },
];

export function allRoutes(): ConsoleRoute[] {
  const list = Object.keys(discovered)
    .sort()
    .flatMap((k) => discovered[k].routes ?? []);
  const paths = new Set(list.map((r) => r.path));
  return [...list, ...PLACEHOLDERS.filter((p) => !paths.has(p.path))];
}
