import { BankOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';
import { usePendingConfirmations } from './badge';

export const routes: ConsoleRoute[] = [
  { path: 'court', element: lazy(() => import('./RegisterCourtDispute')), roles: ['COURT_LIAISON'], menu: { label: '法院联络', icon: <BankOutlined />, order: 30 } },
  { path: 'court/delegations', element: lazy(() => import('./Delegations')), roles: ['COURT_LIAISON'], menu: { label: '委派与委托', order: 31 } },
  { path: 'court/returned', element: lazy(() => import('./Returned')), roles: ['COURT_LIAISON'], menu: { label: '调解不成退回', order: 32 } },
  {
    path: 'court/confirmations',
    element: lazy(() => import('./Confirmations')),
    roles: ['COURT_LIAISON'],
    menu: { label: '司法确认', order: 33, useBadge: usePendingConfirmations },
  },
];
