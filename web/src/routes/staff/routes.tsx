import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';

/** MANAGE_STAFF: the organization's head (ADMIN passes every check and picks the organization). */
export const routes: ConsoleRoute[] = [{ path: 'staff', element: lazy(() => import('./StaffPage')), roles: ['HEAD'], menu: { label: '人员与资格', icon: <TeamOutlined />, order: 60 } }];
