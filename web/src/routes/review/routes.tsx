import { FileSearchOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';

/** RUN_REVIEW (HEAD, REVIEWER) opens campaigns; REVIEW_CASE_FILES's roles review the files of those they are named in. */
export const routes: ConsoleRoute[] = [
  {
    path: 'review',
    element: lazy(() => import('./CampaignList')),
    roles: ['HEAD', 'REVIEWER', 'HANDLER', 'COURT_LIAISON'],
    menu: { label: '案卷评查', icon: <FileSearchOutlined />, order: 45 },
  },
  { path: 'review/new', element: lazy(() => import('./NewCampaign')), roles: ['HEAD', 'REVIEWER'] },
  { path: 'review/files/:id', element: lazy(() => import('./ReviewFilePage')), roles: ['HEAD', 'REVIEWER', 'HANDLER', 'COURT_LIAISON'] },
  { path: 'review/:id', element: lazy(() => import('./CampaignPage')), roles: ['HEAD', 'REVIEWER', 'HANDLER', 'COURT_LIAISON'] },
];
