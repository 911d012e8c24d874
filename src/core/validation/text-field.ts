import { FieldError } from '../errors';

/** A trimmed free-text input between `min` and `max` characters, without control characters; null when empty. */
export function textField(field: string, value: string | null | undefined, min: number, max: number, errors: FieldError[]): string | null {
  const v = (value ?? '').trim();
  if (v.length < min) errors.push(new FieldError(field, min <= 1 ? 'is required' : `must be at least ${min} characters`));
  else if (v.length > max) errors.push(new FieldError(field, `must be at most ${max} characters`));
  // eslint-disable-next-line no-control-regex
  else if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v)) errors.push(new FieldError(field, 'must not contain control characters'));
  return v.length ? v : null;
}
