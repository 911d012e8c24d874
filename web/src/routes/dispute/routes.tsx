import { SearchOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';

export const routes: ConsoleRoute[] = [
  { path: 'disputes', element: lazy(() => import('./DisputeList')), menu: { label: '纠纷查询', icon: <SearchOutlined />, order: 90 } },
  { path: 'disputes/:id', element: lazy(() => import('./DisputePage')) },
];
