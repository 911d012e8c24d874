import { CalendarOutlined, FormOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';

export const routes: ConsoleRoute[] = [
  { path: 'frontdesk', element: lazy(() => import('./DayView')), roles: ['FRONTDESK'], menu: { label: '今日工作', icon: <CalendarOutlined />, order: 10 } },
  { path: 'frontdesk/register', element: lazy(() => import('./RegisterDispute')), roles: ['FRONTDESK'], menu: { label: '纠纷登记', icon: <FormOutlined />, order: 11 } },
];
