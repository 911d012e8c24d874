import { AuditOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { ConsoleRoute } from '../../app/types';

export const routes: ConsoleRoute[] = [{ path: 'reviewer', element: lazy(() => import('./ClosedDisputes')), roles: ['REVIEWER'], menu: { label: '案件评查', icon: <AuditOutlined />, order: 40 } }];
