import { FieldErrorCode } from '../enums';
import { FieldError } from '../errors';

/** A trimmed free-text input between `min` and `max` characters, without control characters; null when empty. */
export function textField(field: string, value: string | null | undefined, min: number, max: number, errors: FieldError[]): string | null {
  const v = (value ?? '').trim();
  if (v.length < min) errors.push(min <= 1 ? new FieldError(field, '必填', FieldErrorCode.REQUIRED) : new FieldError(field, `至少 ${min} 个字符`, FieldErrorCode.TOO_SHORT));
  else if (v.length > max) errors.push(new FieldError(field, `最多 ${max} 个字符`, FieldErrorCode.TOO_LONG));
  // eslint-disable-next-line no-control-regex
  else if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v)) errors.push(new FieldError(field, '不能包含控制字符', FieldErrorCode.CONTROL_CHARACTERS));
  return v.length ? v : null;
}
