import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Organization } from '../organization';
import { AuthService } from './auth.service';
import { LoginResult } from './auth.types';
import { User } from './user.entity';

@Resolver(() => User)
export class AuthResolver {
  @Query(() => User, { nullable: true })
  me(@Ctx() ctx: HubContext): Promise<User | null> {
    return AuthService.me(ctx);
  }

  @Mutation(() => LoginResult)
  login(@Ctx() ctx: HubContext, @Arg('username', () => String) username: string, @Arg('password', () => String) password: string) {
    return AuthService.login(ctx, username, password);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Ctx() ctx: HubContext, @Root() user: User): Promise<Organization | null> | null {
    return user.organization ? ctx.loaders.organization.load(user.organization.id) : null;
  }
}
