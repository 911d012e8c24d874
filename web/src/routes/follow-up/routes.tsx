import { PhoneOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';

/** RECORD_FOLLOW_UP's roles (ADMIN passes every check). */
export const routes: ConsoleRoute[] = [
  {
    path: 'follow-ups',
    element: lazy(() => import('./FollowUpQueue')),
    roles: ['FRONTDESK', 'HANDLER', 'COURT_LIAISON'],
    menu: { label: '回访管理', icon: <PhoneOutlined />, order: 25 },
  },
];
