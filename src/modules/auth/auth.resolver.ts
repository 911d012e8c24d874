import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Allow, Permission } from '../../core/permissions';
import { Organization } from '../organization';
import { AuthService } from './auth.service';
import { ChangePasswordResult, LoginResult } from './auth.types';
import { User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  @Allow(Permission.SIGNED_IN)
  @Query(() => User, { nullable: true, description: 'The signed-in account. Anonymous: UNAUTHENTICATED, like every field outside the public list.' })
  me(@Ctx() ctx: HubContext): Promise<User | null> {
    return AuthService.me(ctx);
  }

  @Mutation(() => LoginResult)
  login(@Ctx() ctx: HubContext, @Arg('username', () => String) username: string, @Arg('password', () => String) password: string) {
    return AuthService.login(ctx, username, password);
  }

  @Allow(Permission.SIGNED_IN)
  @Mutation(() => ChangePasswordResult, {
    description: "Changes one's own password (at least 10 characters, not the username, not a common password). Returns a new session: every earlier token stops working.",
  })
  changePassword(@Ctx() ctx: HubContext, @Arg('currentPassword', () => String) currentPassword: string, @Arg('newPassword', () => String) newPassword: string) {
    return AuthService.changePassword(ctx, currentPassword, newPassword);
  }

  @Allow(Permission.SIGNED_IN)
  @Mutation(() => Boolean, {
    description: 'Signs the account out everywhere: every token issued to it so far stops working, on every instance, and its open WebSockets close. Always true.',
  })
  signOut(@Ctx() ctx: HubContext): Promise<boolean> {
    return AuthService.signOut(ctx);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Ctx() ctx: HubContext, @Root() user: User): Promise<Organization | null> | null {
    return user.organization ? ctx.loaders.organization.load(user.organization.id) : null;
  }
}
