import { AuditOutlined, ReadOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';
import { useSubmittedBadge } from './badge';

export const routes: ConsoleRoute[] = [
  { path: 'typical-cases', element: lazy(() => import('./TypicalCaseList')), menu: { label: '典型案例', icon: <ReadOutlined />, order: 70 } },
  {
    path: 'typical-cases/approval',
    element: lazy(() => import('./ApprovalQueue')),
    roles: ['HEAD'],
    menu: { label: '典型案例审批', icon: <AuditOutlined />, order: 65, useBadge: useSubmittedBadge },
  },
  { path: 'typical-cases/new', element: lazy(() => import('./NewTypicalCase')), roles: ['HANDLER', 'COURT_LIAISON'] },
  { path: 'typical-cases/published/:id', element: lazy(() => import('./PublishedCase')) },
  { path: 'typical-cases/:id', element: lazy(() => import('./TypicalCasePage')) },
];
