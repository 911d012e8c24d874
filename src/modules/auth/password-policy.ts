import { FieldErrorCode } from '../../core/enums';
import { FieldError } from '../../core/errors';
import { COMMON_PASSWORDS } from './common-passwords.data';

export const PASSWORD_MIN_LENGTH = 10;
/** Bounded KDF work for hostile input (login refuses longer passwords too). */
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set(COMMON_PASSWORDS);

/** Problems with a new password, as field errors (empty when it is acceptable). */
export function passwordProblems(password: string, username: string, field = 'newPassword'): FieldError[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return [new FieldError(field, `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`, FieldErrorCode.TOO_SHORT)];
  if (length > PASSWORD_MAX_LENGTH) return [new FieldError(field, `密码最多 ${PASSWORD_MAX_LENGTH} 个字符`, FieldErrorCode.TOO_LONG)];
  const lower = password.normalize('NFKC').toLowerCase();
  const name = username.trim().toLowerCase();
  if (name && (lower === name || (name.length >= 4 && lower.includes(name)))) return [new FieldError(field, '密码不能是用户名，也不能包含用户名')];
  if (COMMON.has(lower)) return [new FieldError(field, '这是常见密码，容易被猜中，请换一个')];
  if (new Set(lower).size < 4) return [new FieldError(field, '密码的字符种类太少，容易被猜中')];
  return [];
}
