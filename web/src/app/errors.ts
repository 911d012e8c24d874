/**
 * ErrorResult handling for mutation results.
 *
 * Select in every mutation: `__typename ... on ErrorResult { errorCode: code message }` and for
 * ValidationError `fieldErrors { field message }`. (`errorCode` becomes a real field on ErrorResult;
 * until then the alias keeps documents that also select Dispute.code valid.)
 */
import type { FormInstance } from 'antd';

export interface FieldErrorLike {
  field: string;
  message: string;
}

export interface ErrorLike {
  __typename?: string;
  message?: string;
  errorCode?: string | null;
  fieldErrors?: FieldErrorLike[] | null;
}

/** True for any ErrorResult member (the union members are named *Error). */
export function isErrorResult(r: unknown): r is ErrorLike & { message: string } {
  const t = (r as { __typename?: string } | null | undefined)?.__typename;
  return typeof t === 'string' && t.endsWith('Error');
}

export function fieldErrorsOf(r: unknown): FieldErrorLike[] {
  const fe = (r as ErrorLike | null | undefined)?.fieldErrors;
  return Array.isArray(fe) ? fe : [];
}

/** 'parties.0.idNumber' → ['parties', 0, 'idNumber']; drops a leading 'input.'. */
export function fieldPath(path: string): (string | number)[] {
  const parts = path.split('.').filter(Boolean);
  if (parts[0] === 'input') parts.shift();
  return parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts the server's field errors on the form's fields. Returns the errors that matched no field
 * (show them in an Alert). `registered` limits matching to fields the form actually has.
 */
export function applyFieldErrors(form: FormInstance, errors: FieldErrorLike[]): FieldErrorLike[] {
  const unmatched: FieldErrorLike[] = [];
  const fields: { name: (string | number)[]; errors: string[] }[] = [];
  const known = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  for (const e of errors) {
    const name = fieldPath(e.field);
    if (known.has(JSON.stringify(name))) fields.push({ name, errors: [e.message] });
    else unmatched.push(e);
  }
  if (fields.length) {
    form.setFields(fields);
    form.scrollToField(fields[0].name);
  }
  return unmatched;
}

/** Message of a failed urql operation (network or GraphQL error), in Chinese where we know it. */
export function operationErrorMessage(error: { networkError?: Error; graphQLErrors: { message: string; extensions?: Record<string, unknown> }[] } | undefined): string | null {
  if (!error) return null;
  if (error.networkError) return '网络错误：无法连接服务器。';
  const e = error.graphQLErrors[0];
  if (!e) return '请求失败';
  if (e.extensions?.code === 'FORBIDDEN') return `无权执行此操作：${e.message}`;
  return e.message;
}
