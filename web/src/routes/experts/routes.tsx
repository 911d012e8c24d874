import { SolutionOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';

/** MANAGE_EXPERTS: the organization's heads and handlers keep its expert pool (ADMIN passes). */
export const routes: ConsoleRoute[] = [{ path: 'experts', element: lazy(() => import('./ExpertPool')), roles: ['HEAD', 'HANDLER'], menu: { label: '专家库', icon: <SolutionOutlined />, order: 65 } }];
