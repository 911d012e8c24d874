import { User } from './user.entity';
import { dummyPasswordHash, verifyPassword } from './password';
import { InvalidCredentialsError } from '../../shared/errors';
import { Session } from './auth.types';
import type { HubContext } from '../../server/context';

export class AuthService {
  static async login(ctx: HubContext, username: string, password: string): Promise<Session | InvalidCredentialsError> {
    // Bounded work for hostile input: no KDF over megabytes, no lookup of absurd names.
    if (username.length > 100 || password.length > 200) return new InvalidCredentialsError();
    const user = await ctx.em.findOne(User, { username: username.trim(), disabled: false }, { populate: ['passwordHash'] });
    // Always run the KDF so the response time does not reveal whether the username exists.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok) {
      ctx.log.info({ event: 'login_failed' }, 'login failed');
      return new InvalidCredentialsError();
    }
    // Tokens live on the wall clock, not on the business clock that tests may fix.
    const { token, expiresAt } = await ctx.services.tokens.issue(user.id);
    ctx.log.info({ event: 'login', userId: user.id }, 'login');
    return Object.assign(new Session(), { token, expiresAt, user });
  }

  static async me(ctx: HubContext): Promise<User | null> {
    if (!ctx.viewer) return null;
    return ctx.em.findOne(User, { id: ctx.viewer.userId });
  }
}
