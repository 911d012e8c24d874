import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Allow, Permission } from '../../core/permissions';
import { User } from './user.entity';
import { UserAdminService } from './user-admin.service';
import { CreateUserInput, CreateUserResult, ResetPasswordResult, UpdateUserInput, UpdateUserResult } from './user-admin.types';

@Resolver()
export class UserAdminResolver {
  @Allow(Permission.MANAGE_USERS)
  @Query(() => [User], { description: 'ADMIN: accounts, by username; disabled ones only when asked.' })
  users(
    @Ctx() ctx: HubContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string | null,
    @Arg('includeDisabled', () => Boolean, { nullable: true, defaultValue: false }) includeDisabled?: boolean,
  ): Promise<User[]> {
    return UserAdminService.list(ctx, { organizationId: organizationId ?? null, includeDisabled: !!includeDisabled });
  }

  @Allow(Permission.LIST_COLLEAGUES)
  @Query(() => [User], { description: "Active accounts of the viewer's own organization (to assign a proceeding); ADMIN may name any organization." })
  organizationMembers(@Ctx() ctx: HubContext, @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string | null): Promise<User[]> {
    return UserAdminService.members(ctx, organizationId ?? null);
  }

  @Allow(Permission.MANAGE_USERS)
  @Mutation(() => CreateUserResult, { description: 'ADMIN: creates an account with a one-time password, which the user must change at the first sign-in.' })
  createUser(@Ctx() ctx: HubContext, @Arg('input', () => CreateUserInput) input: CreateUserInput) {
    return UserAdminService.create(ctx, input);
  }

  @Allow(Permission.MANAGE_USERS)
  @Mutation(() => UpdateUserResult, { description: "ADMIN: changes an account's name, roles or organization. Open WebSockets of the account are closed." })
  updateUser(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return UserAdminService.update(ctx, id, input, expectedVersion);
  }

  @Allow(Permission.MANAGE_USERS)
  @Mutation(() => UpdateUserResult, { description: 'ADMIN: disables an account; its sessions end at once on every instance.' })
  disableUser(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return UserAdminService.setDisabled(ctx, id, true, expectedVersion);
  }

  @Allow(Permission.MANAGE_USERS)
  @Mutation(() => UpdateUserResult, { description: 'ADMIN: enables a disabled account (it signs in anew).' })
  enableUser(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return UserAdminService.setDisabled(ctx, id, false, expectedVersion);
  }

  @Allow(Permission.MANAGE_USERS)
  @Mutation(() => ResetPasswordResult, { description: 'ADMIN: a new one-time password; every session of the account ends.' })
  resetPassword(@Ctx() ctx: HubContext, @Arg('id', () => ID) id: string, @Arg('expectedVersion', () => Int) expectedVersion: number) {
    return UserAdminService.resetPassword(ctx, id, expectedVersion);
  }
}
