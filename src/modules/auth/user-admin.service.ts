import { randomInt, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import { runAdminCommand } from '../../core/command';
import { FieldErrorCode, Role } from '../../core/enums';
import { FieldError, ValidationError, type BusinessError } from '../../core/errors';
import { forbidden } from '../../core/graphql-errors';
import { isAdmin, requireViewer } from '../../core/viewer';
import { isUuid } from '../../core/validation/uuid';
import { textField } from '../../core/validation/text-field';
import { personalDataError } from '../../core/validation/no-personal-data';
import type { TransactionEnv } from '../../core/unit-of-work';
import { Organization } from '../organization';
import { hashPassword } from './password';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserInput, UserCredentials } from './user-admin.types';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;
// No 0/O, 1/l/I: read aloud or copied from paper without mistakes.
const OTP_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

export function oneTimePassword(length = 14): string {
  let s = '';
  for (let i = 0; i < length; i++) s += OTP_ALPHABET[randomInt(OTP_ALPHABET.length)];
  return s;
}

/** A person's name as every viewer sees it (an event's actor, an assignee): never with an identity or phone number. */
function displayNameField(value: string, errors: FieldError[]): string | null {
  const name = textField('displayName', value, 1, 50, errors);
  const personal = name && personalDataError('displayName', name, '姓名');
  if (personal) errors.push(personal);
  return name;
}

/** Checks roles and organization together: every role but ADMIN acts for an active organization. */
async function checkRolesAndOrganization(em: EntityManager, roles: Role[], organizationId: string | null, errors: FieldError[]): Promise<Organization | null> {
  if (!roles.length) errors.push(new FieldError('roles', '至少需要一个角色', FieldErrorCode.REQUIRED));
  let organization: Organization | null = null;
  if (organizationId) {
    organization = isUuid(organizationId) ? await em.findOne(Organization, { id: organizationId }) : null;
    if (!organization) errors.push(new FieldError('organizationId', '单位不存在', FieldErrorCode.NOT_FOUND));
    else if (!organization.active) errors.push(new FieldError('organizationId', '单位已停用'));
  } else if (roles.some((r) => r !== Role.ADMIN)) {
    errors.push(new FieldError('organizationId', '除系统管理员外，账号必须属于一个单位'));
  }
  return organization;
}

/** Refuses a change that would leave no enabled administrator (nobody could administer the hub any more). */
async function keepsAnAdministrator(em: EntityManager, exceptId: string): Promise<boolean> {
  const [row] = await em
    .getConnection()
    .execute<{ n: number }[]>(`select count(*)::int as n from hub_user where not disabled and 'ADMIN' = any(roles) and id <> ?`, [exceptId], 'all', em.getTransactionContext());
  return row.n > 0;
}

/**
 * Accounts, administered by ADMIN: every change audited, one transaction, version-checked.
 * Changes that end sessions (disable, password reset) raise the token generation; open
 * WebSockets of a changed account are closed by the server's session watch.
 */
export class UserAdminService {
  static async list(ctx: HubContext, filter: { organizationId: string | null; includeDisabled: boolean }): Promise<User[]> {
    const where: Record<string, unknown> = {};
    if (filter.organizationId) where.organization = isUuid(filter.organizationId) ? filter.organizationId : randomUUID();
    if (!filter.includeDisabled) where.disabled = false;
    return ctx.em.find(User, where, { orderBy: { username: 'asc' } });
  }

  /** Active accounts of an organization: the viewer's own (an ADMIN may name any). */
  static async members(ctx: HubContext, organizationId: string | null): Promise<User[]> {
    const viewer = requireViewer(ctx);
    const orgId = organizationId ?? viewer.organizationId;
    if (!isAdmin(viewer) && orgId !== viewer.organizationId) throw forbidden('只能查看本单位的人员。');
    if (!orgId || !isUuid(orgId)) return [];
    return ctx.em.find(User, { organization: orgId, disabled: false }, { orderBy: { displayName: 'asc' } });
  }

  static async create(ctx: HubContext, input: CreateUserInput): Promise<UserCredentials | ValidationError> {
    const viewer = requireViewer(ctx);
    const errors: FieldError[] = [];
    const username = input.username.trim().toLowerCase();
    if (!USERNAME_PATTERN.test(username)) errors.push(new FieldError('username', '用户名为 3–40 个小写字母、数字、“.”“_”或“-”，以字母或数字开头', FieldErrorCode.INVALID_FORMAT));
    const displayName = displayNameField(input.displayName, errors);
    const roles = [...new Set(input.roles)];
    const password = oneTimePassword();
    const hash = await hashPassword(password);
    const taken = () => ValidationError.of('username', '用户名已被使用', FieldErrorCode.TAKEN);
    const result = await ctx.services.uow.run<User>(
      { services: ctx.services, em: ctx.em, viewer },
      'createUser',
      async (env): Promise<User | BusinessError> => {
        const organization = await checkRolesAndOrganization(env.em, roles, input.organizationId ?? null, errors);
        if (!errors.some((e) => e.field === 'username') && (await env.em.count(User, { username }))) errors.push(taken().fieldErrors[0]);
        if (errors.length) return new ValidationError(errors);
        const user = env.em.create(User, {
          id: randomUUID(),
          username,
          displayName: displayName!,
          passwordHash: hash,
          roles,
          organization: organization ? env.em.getReference(Organization, organization.id) : null,
          mustChangePassword: true,
        } as never) as User;
        env.targets.push(user.id);
        env.auditDetails = { username, roles, organizationId: organization?.id ?? null };
        return user;
      },
      { onUniqueViolation: async () => taken() },
    );
    if (!(result instanceof User)) return result as ValidationError;
    ctx.services.users.invalidate();
    return Object.assign(new UserCredentials(), { user: result, oneTimePassword: password });
  }

  static update(ctx: HubContext, id: string, input: UpdateUserInput, expectedVersion: number): Promise<User | BusinessError> {
    return UserAdminService.change(ctx, 'updateUser', id, expectedVersion, async (env, user) => {
      const errors: FieldError[] = [];
      const displayName = input.displayName === undefined || input.displayName === null ? undefined : displayNameField(input.displayName, errors);
      const roles = input.roles ? [...new Set(input.roles)] : user.roles;
      const organizationId = input.organizationId === undefined ? (user.organization?.id ?? null) : input.organizationId;
      const organization = await checkRolesAndOrganization(env.em, roles, organizationId, errors);
      if (errors.length) return new ValidationError(errors);
      if (user.roles.includes(Role.ADMIN) && !roles.includes(Role.ADMIN) && !(await keepsAnAdministrator(env.em, user.id))) {
        return ValidationError.of('roles', '至少要保留一名启用的系统管理员');
      }
      const before = { roles: user.roles, organizationId: user.organization?.id ?? null };
      if (displayName) user.displayName = displayName;
      user.roles = roles;
      user.organization = organization ? (env.em.getReference(Organization, organization.id) as never) : null;
      env.auditDetails = { before, after: { roles, organizationId: organization?.id ?? null }, displayNameChanged: !!displayName };
      return user;
    });
  }

  static setDisabled(ctx: HubContext, id: string, disabled: boolean, expectedVersion: number): Promise<User | BusinessError> {
    return UserAdminService.change(ctx, disabled ? 'disableUser' : 'enableUser', id, expectedVersion, async (env, user) => {
      if (disabled && user.roles.includes(Role.ADMIN) && !(await keepsAnAdministrator(env.em, user.id))) return ValidationError.of('id', '至少要保留一名启用的系统管理员');
      if (user.disabled === disabled) return user;
      user.disabled = disabled;
      // Sessions of a disabled account end everywhere; enabling does not bring old tokens back.
      user.tokenGeneration += 1;
      return user;
    });
  }

  static async resetPassword(ctx: HubContext, id: string, expectedVersion: number): Promise<UserCredentials | BusinessError> {
    const password = oneTimePassword();
    const hash = await hashPassword(password);
    const result = await UserAdminService.change(ctx, 'resetPassword', id, expectedVersion, async (_env, user) => {
      user.passwordHash = hash;
      user.mustChangePassword = true;
      user.tokenGeneration += 1;
      return user;
    });
    if (!(result instanceof User)) return result;
    return Object.assign(new UserCredentials(), { user: result, oneTimePassword: password });
  }

  /** Every change to an account: lock, ADMIN only, version check, change, audit, one version raise. */
  private static async change(
    ctx: HubContext,
    action: string,
    id: string,
    expectedVersion: number,
    apply: (env: TransactionEnv, user: User) => Promise<User | BusinessError>,
  ): Promise<User | BusinessError> {
    const result = await runAdminCommand(ctx, User, {
      action,
      id,
      notFound: `账号 ${id} 不存在。`,
      refusal: '只有系统管理员可以管理账号。',
      expectedVersion,
      apply: async (env, user) => {
        const r = await apply(env, user);
        if (r instanceof User) r.updatedAt = env.now;
        return r;
      },
    });
    if (result instanceof User) ctx.services.users.invalidate();
    return result;
  }
}
