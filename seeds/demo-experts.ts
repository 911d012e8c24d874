/**
 * The demo expert pool (专家库) of 杭州市财政局: eight experts of 服务／环境卫生与保洁, the
 * field of the demo procurement complaint C04 (市区河道保洁服务项目). Two conflicts are
 * planted so that a draw for C04 shows its exclusions: one expert works for the
 * complainant, another declared that she worked for the purchaser within three years.
 * Created through the expert service as the bureau's head, like real use.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ExpertRelationshipKind, type Role } from '../src/core/enums';
import { isBusinessError } from '../src/core/errors';
import type { Viewer } from '../src/core/viewer';
import { User } from '../src/modules/auth/user.entity';
import { Expert } from '../src/modules/expert/expert.entity';
import { ExpertService } from '../src/modules/expert/expert.service';
import type { CreateExpertInput } from '../src/modules/expert/expert.types';
import { buildContext } from '../src/server/context';
import type { HubServices } from '../src/server/services';

/** The field every demo expert covers (C04 is a cleaning service contract). */
export const DEMO_EXPERT_FIELD = 'PROC-SERVICE-ENVIRONMENT';
/** The complainant of C04: the planted conflict's employer. */
export const DEMO_CONFLICT_EMPLOYER = '杭州某某环境工程有限公司';

const E = (name: string, title: string, employer: string, phone: string, more: Partial<CreateExpertInput> = {}): CreateExpertInput => ({
  name,
  title,
  employer,
  phone,
  fields: [DEMO_EXPERT_FIELD],
  relationships: [],
  ...more,
});

export const DEMO_EXPERTS: readonly CreateExpertInput[] = [
  E('沈某华', '高级工程师', '浙江某某环境科学研究院', '13957100101', { fields: [DEMO_EXPERT_FIELD, 'PROC-WORKS-WATER'] }),
  E('陆某明', '教授级高级工程师', '杭州某某市政设计院', '13957100102'),
  E('韩某芳', '高级经济师', '浙江某某工程咨询有限公司', '13957100103', { fields: [DEMO_EXPERT_FIELD, 'PROC-SERVICE-CONSULTING'] }),
  E('冯某强', '副教授', '某某大学环境与资源学院', '13957100104'),
  E('蒋某', '注册会计师', '浙江某某会计师事务所', '13957100105', { fields: [DEMO_EXPERT_FIELD, 'PROC-SERVICE-FINANCE'] }),
  E('许某杰', '高级工程师', '杭州某某水务集团有限公司', '13957100106'),
  // Planted conflict: works for the complainant of C04.
  E('邵某峰', '工程师', DEMO_CONFLICT_EMPLOYER, '13957100107'),
  // Planted conflict: declared that she worked for the purchaser of C04 until last year.
  E('钱某玲', '高级工程师', '杭州某某环卫科技有限公司', '13957100108', {
    relationships: [{ kind: ExpertRelationshipKind.FORMER_EMPLOYER, name: '杭州市某局', creditCode: null, endedOn: null }],
  }),
];

const FAR_FUTURE = new Date('2999-12-31T00:00:00Z');

/** Seeds the pool once (returns how many experts it created; 0 when the pool has experts or the account is missing). */
export async function seedDemoExperts(services: HubServices): Promise<number> {
  const em = services.orm.em.fork() as EntityManager;
  const head = await em.findOne(User, { username: 'head.finance', disabled: false });
  const orgId = head?.organization?.id;
  if (!head || !orgId) return 0;
  if (await em.count(Expert, { organizationId: orgId })) return 0;
  const viewer: Viewer = { userId: head.id, username: head.username, roles: [...head.roles] as Role[], organizationId: orgId, tokenExpiresAt: FAR_FUTURE };
  const ctx = await buildContext(services, { viewer });
  for (const input of DEMO_EXPERTS) {
    const r = await ExpertService.create(ctx, input);
    if (isBusinessError(r)) throw new Error(`Demo seed: expert ${input.name} refused: ${r.message}`);
  }
  return DEMO_EXPERTS.length;
}
