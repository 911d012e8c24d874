import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import { runAdminCommand } from '../../core/command';
import { FieldErrorCode } from '../../core/enums';
import { FieldError, ValidationError, type BusinessError } from '../../core/errors';
import type { TransactionEnv } from '../../core/unit-of-work';
import { requireViewer } from '../../core/viewer';
import { isKnownRegion } from '../../core/validation/regions';
import { isUuid } from '../../core/validation/uuid';
import { textField } from '../../core/validation/text-field';
import { personalDataError } from '../../core/validation/no-personal-data';
import type { Channel, OrganizationKind } from '../../core/enums';
import { Organization } from './organization.entity';
import { CreateOrganizationInput, UpdateOrganizationInput } from './organization.types';

interface OrganizationFields {
  name: string;
  kind: OrganizationKind;
  channels: Channel[];
  region: string;
  parent: Organization | null;
}

/** Checks the fields an organization has after a create or an update; the parent must exist and not be the organization or below it. */
async function checkFields(em: EntityManager, self: string | null, f: { name: string | null | undefined; kind: OrganizationKind; channels: Channel[]; region: string; parentId: string | null }) {
  const errors: FieldError[] = [];
  const name = textField('name', f.name, 2, 60, errors);
  // The name is copied into timeline summaries (转办至 …), which masked viewers read.
  const personal = name && personalDataError('name', name, '单位名称');
  if (personal) errors.push(personal);
  if (!isKnownRegion(f.region)) errors.push(new FieldError('region', `未知的行政区划：${f.region}`, FieldErrorCode.UNKNOWN_REGION));
  let parent: Organization | null = null;
  if (f.parentId) {
    parent = isUuid(f.parentId) ? await em.findOne(Organization, { id: f.parentId }) : null;
    if (!parent) errors.push(new FieldError('parentId', '上级单位不存在', FieldErrorCode.NOT_FOUND));
    else if (self && (await isBelow(em, parent.id, self))) errors.push(new FieldError('parentId', '上级单位不能是本单位或其下级单位'));
  }
  if (name && (await em.count(Organization, { name, ...(self ? { id: { $ne: self } } : {}) }))) errors.push(new FieldError('name', '已有同名单位', FieldErrorCode.TAKEN));
  if (errors.length) return new ValidationError(errors);
  return { name: name!, kind: f.kind, channels: [...new Set(f.channels)], region: f.region, parent } satisfies OrganizationFields;
}

/** Whether `candidate` is `ancestor` or one of its descendants (walking up from candidate). */
async function isBelow(em: EntityManager, candidate: string, ancestor: string): Promise<boolean> {
  const [row] = await em.getConnection().execute<{ found: boolean }[]>(
    `with recursive up(id, parent_id, depth) as (select id, parent_id, 0 from organization where id = ?
       union all select o.id, o.parent_id, up.depth + 1 from organization o join up on o.id = up.parent_id where up.depth < 50)
     select exists (select 1 from up where id = ?) as found`,
    [candidate, ancestor],
    'all',
    em.getTransactionContext(),
  );
  return row.found;
}

/** Organizations, administered by ADMIN: audited, one transaction each, version-checked; deactivated, never deleted. */
export class OrganizationAdminService {
  static async create(ctx: HubContext, input: CreateOrganizationInput): Promise<Organization | BusinessError> {
    const viewer = requireViewer(ctx);
    return ctx.services.uow.run<Organization>({ services: ctx.services, em: ctx.em, viewer }, 'createOrganization', async (env) => {
      const fields = await checkFields(env.em, null, { ...input, parentId: input.parentId ?? null });
      if (fields instanceof ValidationError) return fields;
      // The key names seed organizations; organizations made through the API get an opaque one.
      const org = env.em.create(Organization, { id: randomUUID(), key: `org-${randomBytes(6).toString('hex')}`, ...fields });
      env.targets.push(org.id);
      env.auditDetails = { name: fields.name, kind: fields.kind, channels: fields.channels, region: fields.region, parentId: fields.parent?.id ?? null };
      env.afterCommit(() => ctx.services.organizations.invalidate());
      return org;
    });
  }

  static update(ctx: HubContext, id: string, input: UpdateOrganizationInput, expectedVersion: number): Promise<Organization | BusinessError> {
    return OrganizationAdminService.change(ctx, 'updateOrganization', id, expectedVersion, async (env, org) => {
      const fields = await checkFields(env.em, org.id, {
        name: input.name ?? org.name,
        kind: input.kind ?? org.kind,
        channels: input.channels ?? org.channels,
        region: input.region ?? org.region,
        parentId: input.parentId === undefined ? (org.parent?.id ?? null) : input.parentId,
      });
      if (fields instanceof ValidationError) return fields;
      env.auditDetails = {
        before: { name: org.name, kind: org.kind, channels: org.channels, region: org.region, parentId: org.parent?.id ?? null },
        after: { name: fields.name, kind: fields.kind, channels: fields.channels, region: fields.region, parentId: fields.parent?.id ?? null },
      };
      Object.assign(org, { ...fields, parent: fields.parent ? env.em.getReference(Organization, fields.parent.id) : null });
      return org;
    });
  }

  /** A deactivated organization keeps its disputes, referrals and history, and receives no new referrals. */
  static setActive(ctx: HubContext, id: string, active: boolean, expectedVersion: number): Promise<Organization | BusinessError> {
    return OrganizationAdminService.change(ctx, active ? 'reactivateOrganization' : 'deactivateOrganization', id, expectedVersion, async (_env, org) => {
      org.active = active;
      return org;
    });
  }

  private static async change(
    ctx: HubContext,
    action: string,
    id: string,
    expectedVersion: number,
    apply: (env: TransactionEnv, org: Organization) => Promise<Organization | BusinessError>,
  ): Promise<Organization | BusinessError> {
    const result = await runAdminCommand(ctx, Organization, { action, id, notFound: `单位 ${id} 不存在。`, refusal: '只有系统管理员可以管理单位。', expectedVersion, apply });
    if (result instanceof Organization) ctx.services.organizations.invalidate();
    return result;
  }
}
