import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { User } from '../auth';
import { ExtensionRecord } from './extension.entity';

@Resolver(() => ExtensionRecord)
export class ExtensionResolver {
  @FieldResolver(() => User)
  async recordedBy(@Ctx() ctx: HubContext, @Root() e: ExtensionRecord): Promise<User> {
    return (await ctx.loaders.user.load(e.recordedBy))!;
  }
}
