import { BarChartOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';

/** READ_STATISTICS's roles (ADMIN passes every check). */
export const routes: ConsoleRoute[] = [
  {
    path: 'statistics',
    element: lazy(() => import('./StatisticsDashboard')),
    roles: ['FRONTDESK', 'HANDLER', 'COURT_LIAISON', 'HEAD', 'REVIEWER'],
    menu: { label: '统计分析', icon: <BarChartOutlined />, order: 60 },
  },
];
