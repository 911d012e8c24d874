import { User } from './user.entity';
import { LoginAttempt } from './login-attempt.entity';

const THROTTLE_WINDOW_MS = 15 * 60_000;
import { dummyPasswordHash, verifyPassword } from './password';
import { InvalidCredentialsError } from '../../core/errors';
import { Session } from './auth.types';
import type { HubContext } from '../../core/context';

export class AuthService {
  static async login(ctx: HubContext, username: string, password: string): Promise<Session | InvalidCredentialsError> {
    // Bounded work for hostile input: no KDF over megabytes, no lookup of absurd names.
    if (username.length > 100 || password.length > 200) return new InvalidCredentialsError();
    const name = username.trim();
    if (await AuthService.throttled(ctx, name)) {
      ctx.log.warn({ event: 'login_throttled' }, 'login throttled');
      return Object.assign(new InvalidCredentialsError(), { message: 'Too many failed sign-ins: try again in 15 minutes.' });
    }
    const user = await ctx.em.findOne(User, { username: username.trim(), disabled: false }, { populate: ['passwordHash'] });
    // Always run the KDF so the response time does not reveal whether the username exists.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok) {
      ctx.log.info({ event: 'login_failed' }, 'login failed');
      await ctx.em.fork().insert(LoginAttempt, { username: name.slice(0, 100), ip: ctx.ip });
      return new InvalidCredentialsError();
    }
    // Tokens live on the wall clock, not on the business clock that tests may fix.
    const { token, expiresAt } = await ctx.services.tokens.issue(user.id);
    ctx.log.info({ event: 'login', userId: user.id }, 'login');
    return Object.assign(new Session(), { token, expiresAt, user });
  }

  /** Failed sign-ins in the last 15 minutes, per username and per address, across every instance. */
  private static async throttled(ctx: HubContext, username: string): Promise<boolean> {
    const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
    const [row] = await ctx.em.getConnection().execute<{ by_user: number; by_ip: number }[]>(
      `select count(*) filter (where username = ?)::int as by_user, count(*) filter (where ip = ?)::int as by_ip
         from login_attempt where at > ? and (username = ? or ip = ?)`,
      [username, ctx.ip, since, username, ctx.ip],
    );
    const config = ctx.services.settings;
    return row.by_user >= config.loginMaxFailuresPerUser || row.by_ip >= config.loginMaxFailuresPerIp;
  }

  static async me(ctx: HubContext): Promise<User | null> {
    if (!ctx.viewer) return null;
    return ctx.em.findOne(User, { id: ctx.viewer.userId });
  }
}
