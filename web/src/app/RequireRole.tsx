import { Result } from 'antd';
import type { ReactNode } from 'react';
import type { Role } from '../gql/graphql';
import { useAuth } from './auth';

export function RequireRole({ roles, children }: { roles?: Role[]; children: ReactNode }) {
  const { hasRole } = useAuth();
  if (roles?.length && !hasRole('ADMIN', ...roles)) return <Result status="403" title="无权访问" subTitle="您的角色不能使用此功能。" />;
  return <>{children}</>;
}
