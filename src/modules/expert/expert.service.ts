import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import { runCommand } from '../../core/command';
import { FieldErrorCode } from '../../core/enums';
import { FieldError, ValidationError, type BusinessError } from '../../core/errors';
import type { TransactionEnv } from '../../core/unit-of-work';
import { isAdmin, requireViewer } from '../../core/viewer';
import { isUuid } from '../../core/validation/uuid';
import { textField } from '../../core/validation/text-field';
import { normalizePhone, normalizeUscc, validatePhone, validateUscc } from '../../core/validation';
import { compareDates, isIsoDate } from '../clock';
import { Organization } from '../organization';
import { expertField } from './expert-fields.data';
import { Expert, ExpertRelationship } from './expert.entity';
import { assertKeepsPool } from './expert.policy';
import type { CreateExpertInput, ExpertInput } from './expert.types';

const MAX_FIELDS = 20;
const MAX_RELATIONSHIPS = 30;

type Checked = Pick<Expert, 'name' | 'fields' | 'title' | 'employer' | 'employerCreditCode' | 'phone' | 'unavailableUntil' | 'relationships'>;

function creditCodeField(field: string, value: string | null | undefined, errors: FieldError[]): string | null {
  const v = value?.trim() ? normalizeUscc(value) : null;
  if (v) {
    const why = validateUscc(v);
    if (why) errors.push(new FieldError(field, `统一社会信用代码${why}`, FieldErrorCode.INVALID_CREDIT_CODE));
  }
  return v;
}

/** The checked record of an expert, or the field errors. */
export function checkExpertInput(input: ExpertInput, today: string): Checked | FieldError[] {
  const errors: FieldError[] = [];
  const name = textField('name', input.name, 2, 50, errors);
  const fields = [...new Set(input.fields ?? [])];
  if (!fields.length) errors.push(new FieldError('fields', '至少选择一个专业领域', FieldErrorCode.REQUIRED));
  else if (fields.length > MAX_FIELDS) errors.push(new FieldError('fields', `最多 ${MAX_FIELDS} 个专业领域`, FieldErrorCode.TOO_LONG));
  fields.forEach((f, i) => {
    if (!expertField(f)) errors.push(new FieldError(`fields.${i}`, `未知的专业领域：${String(f).slice(0, 40)}`, FieldErrorCode.INVALID));
  });
  const title = textField('title', input.title, 0, 50, errors);
  const employer = textField('employer', input.employer, 0, 100, errors);
  const employerCreditCode = creditCodeField('employerCreditCode', input.employerCreditCode, errors);
  let phone: string | null = input.phone?.trim() || null;
  if (phone) {
    const why = validatePhone(phone);
    if (why) errors.push(new FieldError('phone', why, FieldErrorCode.INVALID_PHONE));
    else phone = normalizePhone(phone);
  }
  const unavailableUntil = input.unavailableUntil ?? null;
  if (unavailableUntil !== null && !isIsoDate(unavailableUntil)) errors.push(new FieldError('unavailableUntil', '日期无效', FieldErrorCode.INVALID));
  const rels = input.relationships ?? [];
  if (rels.length > MAX_RELATIONSHIPS) errors.push(new FieldError('relationships', `最多申报 ${MAX_RELATIONSHIPS} 项关系`, FieldErrorCode.TOO_LONG));
  const relationships: ExpertRelationship[] = rels.slice(0, MAX_RELATIONSHIPS).map((r, i) => {
    const name = textField(`relationships.${i}.name`, r.name, 0, 100, errors);
    const creditCode = creditCodeField(`relationships.${i}.creditCode`, r.creditCode, errors);
    if (!name && !creditCode) errors.push(new FieldError(`relationships.${i}.name`, '请填写单位名称或统一社会信用代码', FieldErrorCode.REQUIRED));
    const endedOn = r.endedOn ?? null;
    if (endedOn !== null && !isIsoDate(endedOn)) errors.push(new FieldError(`relationships.${i}.endedOn`, '日期无效', FieldErrorCode.INVALID));
    else if (endedOn !== null && compareDates(endedOn, today) > 0) errors.push(new FieldError(`relationships.${i}.endedOn`, '终止日期不能晚于今天', FieldErrorCode.INVALID));
    return Object.assign(new ExpertRelationship(), { kind: r.kind, name, creditCode, endedOn });
  });
  if (errors.length) return errors;
  return { name: name!, fields, title, employer, employerCreditCode, phone, unavailableUntil, relationships };
}

/** Available on a day: not removed, and not marked unavailable through that day. */
export function isAvailable(e: Pick<Expert, 'removed' | 'unavailableUntil'>, today: string): boolean {
  return !e.removed && (e.unavailableUntil === null || compareDates(e.unavailableUntil, today) < 0);
}

/** Audit details of a pool change: ids and flags, never the expert's name or phone. */
function auditOf(e: Expert): Record<string, unknown> {
  return { organizationId: e.organizationId, fields: e.fields, removed: e.removed, version: e.version };
}

export class ExpertService {
  static create(ctx: HubContext, input: CreateExpertInput): Promise<Expert | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<Expert>({ services: ctx.services, em: ctx.em, viewer }, 'createExpert', async (env) => {
      const orgId = input.organizationId && isAdmin(viewer) ? input.organizationId : viewer.organizationId;
      if (input.organizationId && !isAdmin(viewer) && input.organizationId !== viewer.organizationId) assertKeepsPool(viewer, input.organizationId);
      if (!orgId || !isUuid(orgId) || !(await env.em.findOne(Organization, { id: orgId }, { fields: ['id'] }))) {
        return ValidationError.of('organizationId', '请指定专家库所属单位', orgId ? FieldErrorCode.NOT_FOUND : FieldErrorCode.REQUIRED);
      }
      assertKeepsPool(viewer, orgId);
      const checked = checkExpertInput(input, env.today);
      if (Array.isArray(checked)) return new ValidationError(checked);
      const expert = env.em.create(Expert, { id: randomUUID(), organizationId: orgId, ...checked, createdBy: viewer.userId, createdAt: env.now, updatedAt: env.now });
      env.targets.push(expert.id, orgId);
      env.auditDetails = auditOf(expert);
      return expert;
    });
  }

  private static onExpert(ctx: HubContext, action: string, id: string, expectedVersion: number | null | undefined, fn: (env: TransactionEnv, e: Expert) => Promise<Expert | BusinessError>) {
    return runCommand<Expert, Expert, never, never, Expert>(ctx, {
      action,
      target: id,
      notFound: `专家 ${id} 不存在。`,
      lock: async (env, viewer) => {
        if (!isUuid(id)) return null;
        const e = await env.em.findOne(Expert, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
        // Another organization's expert answers as a missing one: the pool is not theirs to probe.
        if (!e || (!isAdmin(viewer) && e.organizationId !== viewer.organizationId)) return null;
        return { record: e, root: e };
      },
      authorize: (viewer, { record }) => assertKeepsPool(viewer, record.organizationId),
      expectedVersion,
      apply: async (env, e) => {
        const r = await fn(env, e);
        if (r instanceof Expert) {
          r.updatedAt = env.now;
          env.auditDetails = auditOf(r);
        }
        return r;
      },
    });
  }

  static update(ctx: HubContext, id: string, input: ExpertInput, expectedVersion: number | null | undefined) {
    return ExpertService.onExpert(ctx, 'updateExpert', id, expectedVersion, async (env, e) => {
      const checked = checkExpertInput(input, env.today);
      if (Array.isArray(checked)) return new ValidationError(checked);
      Object.assign(e, checked);
      return e;
    });
  }

  /** Removes an expert from the pool, or restores one; either way the keepers have decided, so a flag is cleared. */
  static setRemoved(ctx: HubContext, id: string, removed: boolean, expectedVersion: number | null | undefined) {
    return ExpertService.onExpert(ctx, removed ? 'removeExpert' : 'restoreExpert', id, expectedVersion, async (_env, e) => {
      e.removed = removed;
      e.flaggedForRemoval = false;
      e.flaggedAt = null;
      return e;
    });
  }

  /** The viewer's organization's pool (ADMIN: any organization's), by name. */
  static async list(ctx: HubContext, filter: { organizationId?: string | null; field?: string | null; includeRemoved?: boolean | null; flaggedOnly?: boolean | null }): Promise<Expert[]> {
    const viewer = requireViewer(ctx);
    const orgId = isAdmin(viewer) && filter.organizationId ? filter.organizationId : viewer.organizationId;
    if (!orgId || !isUuid(orgId)) return [];
    if (!isAdmin(viewer) && filter.organizationId && filter.organizationId !== orgId) return [];
    return ExpertService.pool(ctx.em, orgId, filter);
  }

  static pool(em: EntityManager, orgId: string, filter: { field?: string | null; includeRemoved?: boolean | null; flaggedOnly?: boolean | null }): Promise<Expert[]> {
    const where: Record<string, unknown> = { organizationId: orgId };
    if (!filter.includeRemoved) where.removed = false;
    if (filter.flaggedOnly) where.flaggedForRemoval = true;
    if (filter.field) where.fields = { $contains: [filter.field] };
    return em.find(Expert, where, { orderBy: { name: 'asc', id: 'asc' }, limit: 1000 });
  }
}
