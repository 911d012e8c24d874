import { Role } from '../../core/enums';
import { forbidden } from '../../core/graphql-errors';
import type { Viewer } from '../../core/viewer';

/**
 * Whose statistics a viewer reads: ADMIN and the justice bureau's REVIEWER any organization's,
 * or the whole city's (null); every other role its own organization's only, which is also what
 * it gets without asking. Another organization is FORBIDDEN (not NOT_FOUND: the answer must not
 * tell whether an id exists).
 */
export function statisticsOrganization(viewer: Viewer, requested: string | null | undefined): string | null {
  if (viewer.roles.includes(Role.ADMIN) || viewer.roles.includes(Role.REVIEWER)) return requested ?? null;
  if (!viewer.organizationId) throw forbidden('没有所属单位的账号不能查看统计数据。');
  if (requested && requested !== viewer.organizationId) throw forbidden('只能查看本单位的统计数据。');
  return viewer.organizationId;
}
