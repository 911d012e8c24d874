import { FolderOpenOutlined, InboxOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';
import { useInboxBadge } from './badge';

export const routes: ConsoleRoute[] = [
  { path: 'handler/inbox', element: lazy(() => import('./Inbox')), roles: ['HANDLER', 'COURT_LIAISON'], menu: { label: '转办收件箱', icon: <InboxOutlined />, order: 20, useBadge: useInboxBadge } },
  { path: 'handler/cases', element: lazy(() => import('./MyCases')), roles: ['HANDLER', 'COURT_LIAISON'], menu: { label: '我的案件', icon: <FolderOpenOutlined />, order: 21 } },
  { path: 'handler/organization', element: lazy(() => import('./OrgCases')), roles: ['HANDLER'], menu: { label: '本单位在办', icon: <TeamOutlined />, order: 22 } },
];
