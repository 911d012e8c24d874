import { SettingOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';

export const routes: ConsoleRoute[] = [
  { path: 'admin', element: lazy(() => import('./Organizations')), roles: ['ADMIN'], menu: { label: '系统管理', icon: <SettingOutlined />, order: 50 } },
  { path: 'admin/users', element: lazy(() => import('./Users')), roles: ['ADMIN'], menu: { label: '人员账号', order: 51 } },
  { path: 'admin/calendar', element: lazy(() => import('./HolidayCalendar')), roles: ['ADMIN'], menu: { label: '节假日安排', order: 52 } },
  { path: 'admin/audit', element: lazy(() => import('./AuditLog')), roles: ['ADMIN'], menu: { label: '审计日志', order: 53 } },
];
