import { LockMode } from '@mikro-orm/core';
import { ErrorCode } from '../../core/enums';
import { FieldError, InvalidCredentialsError, ValidationError, type BusinessError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { requireViewer } from '../../core/viewer';
import { admitLoginAttempt, forgetLoginAttempt } from './login-throttle';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password';
import { PASSWORD_MAX_LENGTH, passwordProblems } from './password-policy';
import { Session } from './auth.types';
import { User } from './user.entity';

function throttledError(): InvalidCredentialsError {
  return Object.assign(new InvalidCredentialsError(), { code: ErrorCode.LOGIN_THROTTLED, message: '登录失败次数过多，请 15 分钟后再试。' });
}

export class AuthService {
  static async login(ctx: HubContext, username: string, password: string): Promise<Session | InvalidCredentialsError> {
    // Bounded work for hostile input: no KDF over megabytes, no lookup of absurd names.
    if (username.length > 100 || password.length > PASSWORD_MAX_LENGTH) return new InvalidCredentialsError();
    const name = username.trim().toLowerCase();
    const admission = await admitLoginAttempt(ctx.em.fork(), ctx.services.settings, name, ctx.ip);
    if (!admission.admitted) {
      ctx.log.warn({ event: 'login_throttled' }, 'login throttled');
      return throttledError();
    }
    if (admission.delayMs) await new Promise((resolve) => setTimeout(resolve, admission.delayMs));
    const user = await ctx.em.findOne(User, { username: name, disabled: false }, { populate: ['passwordHash'] });
    // Always run the KDF so the response time does not reveal whether the username exists.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
    if (!user || !ok) {
      ctx.log.warn({ event: 'login_failed' }, 'login failed');
      return new InvalidCredentialsError();
    }
    await forgetLoginAttempt(ctx.em, admission.attemptId);
    ctx.log.info({ event: 'login', userId: user.id }, 'login');
    return AuthService.session(ctx, user);
  }

  /** Tokens live on the wall clock, not on the business clock that tests may fix. */
  private static async session(ctx: HubContext, user: User): Promise<Session> {
    const { token, expiresAt } = await ctx.services.tokens.issue(user.id, user.tokenGeneration);
    return Object.assign(new Session(), { token, expiresAt, user, mustChangePassword: user.mustChangePassword });
  }

  /**
   * One's own password: the current one proves it is the owner; the new one follows the
   * password rules. Every earlier token of the account stops working (also on open sockets).
   */
  static async changePassword(ctx: HubContext, currentPassword: string, newPassword: string): Promise<Session | InvalidCredentialsError | ValidationError> {
    const viewer = requireViewer(ctx);
    if (currentPassword.length > PASSWORD_MAX_LENGTH) return new InvalidCredentialsError();
    const problems = passwordProblems(newPassword, viewer.username);
    if (!problems.length && currentPassword === newPassword) problems.push(new FieldError('newPassword', '新密码不能与当前密码相同'));
    const stored = await ctx.em.fork().findOne(User, { id: viewer.userId, disabled: false }, { populate: ['passwordHash'] });
    if (!stored || !(await verifyPassword(currentPassword, stored.passwordHash))) return Object.assign(new InvalidCredentialsError(), { message: '当前密码不正确。' });
    if (problems.length) return new ValidationError(problems);
    const hash = await hashPassword(newPassword);
    const result = await ctx.services.uow.run<User>({ services: ctx.services, em: ctx.em, viewer }, 'changePassword', async (env): Promise<User | BusinessError> => {
      const user = await env.em.findOne(User, { id: viewer.userId }, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['passwordHash'] });
      // Changed meanwhile (a reset, another change): the current password proven above is no longer current.
      if (!user || user.disabled || user.passwordHash !== stored.passwordHash) return Object.assign(new InvalidCredentialsError(), { message: '当前密码不正确。' }) as never;
      env.targets.push(user.id);
      user.passwordHash = hash;
      user.mustChangePassword = false;
      user.tokenGeneration += 1;
      user.version += 1;
      user.updatedAt = env.now;
      return user;
    });
    if (!(result instanceof User)) return result as InvalidCredentialsError;
    return AuthService.session(ctx, result);
  }

  /**
   * Ends every session of the signed-in account: a bearer token cannot be recalled one by
   * one without a lookup on every request, so the account's token generation rises (as on a
   * password change) and every token issued before stops working, open sockets included.
   */
  static async signOut(ctx: HubContext): Promise<boolean> {
    const viewer = requireViewer(ctx);
    await ctx.services.uow.run<User>({ services: ctx.services, em: ctx.em, viewer }, 'signOut', async (env): Promise<User> => {
      const user = await env.em.findOneOrFail(User, { id: viewer.userId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      env.targets.push(user.id);
      user.tokenGeneration += 1;
      user.updatedAt = env.now;
      return user;
    });
    ctx.log.info({ event: 'sign_out', userId: viewer.userId }, 'sign out');
    return true;
  }

  static async me(ctx: HubContext): Promise<User | null> {
    const viewer = requireViewer(ctx);
    return ctx.em.findOne(User, { id: viewer.userId });
  }
}
