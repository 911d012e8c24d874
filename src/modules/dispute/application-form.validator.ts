/**
 * Validation of the answers to a matter's application form (申请书 / 投诉书 ...).
 *
 * Pure functions: no I/O, no clock (the caller passes `today`), never throw.
 * Messages are Chinese, each with a stable FieldErrorCode; every error names the input path of the offending
 * value ('applicationData.contactPhone').
 */
import { chinaDateOf } from '../clock';
import { FieldError } from '../../core/errors';
import { FieldErrorCode, FormFieldType } from '../../core/enums';
import { isCalendarDate } from '../../core/scalars';
import { normalizeResidentId, normalizePhone, parseAmount, validatePhone, validateResidentId, validateUscc } from '../../core/validation';
import type { FormTemplate } from '../matter';

// ---------------------------------------------------------------- form shape

/**
 * Structural form field: accepts the published `FormField` (enum-typed) as well
 * as the catalog seeds (string-literal-typed).
 */
export interface FormFieldLike {
  key: string;
  label?: string;
  type: FormFieldType | `${FormFieldType}`;
  required: boolean;
  options?: readonly string[] | null;
}

export interface FormTemplateLike {
  title?: string;
  fields: readonly FormFieldLike[];
}

export const FORM_LIMITS = {
  TEXT: 500,
  TEXTAREA: 10_000,
  /** Files one FILE field may name. */
  FILE_IDS: 20,
  ID_NUMBER: 64,
  NUMBER: 40,
  /** Unknown keys reported one by one before they are summarized. */
  UNKNOWN_KEYS_REPORTED: 20,
  /** Longest key echoed in an error path. */
  PATH_KEY: 100,
} as const;

// ---------------------------------------------------------------- shared string helpers (also used by intake.validator)

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string; code?: FieldErrorCode };

export interface TextRule {
  /** Minimum length in characters (code points) after trimming; default 0. */
  min?: number;
  /** Maximum length in characters (code points) after trimming. */
  max: number;
  /** Allows \n and \t (a \r\n or lone \r is normalized to \n). */
  multiline?: boolean;
  /** Default true. */
  trim?: boolean;
}

/** C0/C1 control characters; the multiline variant allows \t and \n. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** Bidirectional embedding/override/isolate controls (spoofing, "Trojan source"). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Length in Unicode code points, without materializing an array. */
function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/**
 * Checks and normalizes one string: must be a string, trimmed length within
 * [min, max] code points, no control characters (but \n \t when multiline),
 * no bidi controls, no unpaired surrogates. Never throws, bounded work on huge input.
 */
export function checkText(raw: unknown, rule: TextRule): Checked<string> {
  if (typeof raw !== 'string') return { ok: false, message: '应为文本', code: FieldErrorCode.INVALID_FORMAT };
  const min = rule.min ?? 0;
  // A code point is 1 or 2 UTF-16 units, so twice the limit plus generous room for
  // surrounding whitespace bounds the work before anything else is done.
  if (raw.length > rule.max * 2 + 10_000) return { ok: false, message: `最多 ${rule.max} 个字符`, code: FieldErrorCode.TOO_LONG };
  let s = rule.trim === false ? raw : raw.trim();
  if (rule.multiline) s = s.replace(/\r\n?/g, '\n');
  if (s.length === 0 && min > 0) return { ok: false, message: '不能为空', code: FieldErrorCode.REQUIRED };
  const len = s.length <= rule.max ? s.length : codePointLength(s);
  if (len > rule.max) return { ok: false, message: `最多 ${rule.max} 个字符`, code: FieldErrorCode.TOO_LONG };
  if ((rule.multiline ? CONTROL_MULTILINE : CONTROL).test(s) || BIDI_CONTROL.test(s)) {
    return { ok: false, message: rule.multiline ? '不能包含控制字符（换行和制表符除外）' : '不能包含控制字符', code: FieldErrorCode.CONTROL_CHARACTERS };
  }
  if (LONE_SURROGATE.test(s)) return { ok: false, message: '含有无效的 Unicode 字符（不成对的代理项）', code: FieldErrorCode.INVALID_FORMAT };
  if (codePointLength(s) < min) return { ok: false, message: `至少 ${min} 个字符`, code: FieldErrorCode.TOO_SHORT };
  return { ok: true, value: s };
}

/** null, undefined, or a string that is empty after trimming. */
export function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === 'string' && x.trim().length === 0);
}

/** A plain object (literal, JSON.parse output or null-prototype object), not an array, Date, class instance... */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** Sets an own enumerable property, also for keys such as '__proto__'. */
export function defineOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A key as it may appear in an error path: bounded length. */
export function pathKey(key: string): string {
  return key.length > FORM_LIMITS.PATH_KEY ? `${key.slice(0, FORM_LIMITS.PATH_KEY)}…` : key;
}

/** Noon of a YYYY-MM-DD day in China Standard Time, for validateResidentId's birth-date bound. */
export function chinaNoon(today: string): Date {
  return new Date(`${today}T12:00:00+08:00`);
}

/** Today (YYYY-MM-DD) in China Standard Time. */
export function chinaToday(now: Date = new Date()): string {
  return chinaDateOf(now);
}

/** A resident ID number (GB 11643) or a USCC (GB 32100), normalized to uppercase. */
export function checkIdNumberAny(raw: unknown, today: string): Checked<string> {
  const t = checkText(raw, { min: 1, max: FORM_LIMITS.ID_NUMBER });
  if (!t.ok) return t;
  const s = normalizeResidentId(t.value);
  const asResident = validateResidentId(s, chinaNoon(today));
  if (asResident === null) return { ok: true, value: s };
  const asUscc = validateUscc(s);
  if (asUscc === null) return { ok: true, value: s };
  return { ok: false, message: `不是有效的居民身份证号码（${asResident}）或统一社会信用代码（${asUscc}）`, code: FieldErrorCode.INVALID_ID_NUMBER };
}

/** A mainland mobile or landline number, normalized. */
export function checkPhone(raw: unknown): Checked<string> {
  if (typeof raw !== 'string') return { ok: false, message: '应为文本', code: FieldErrorCode.INVALID_PHONE };
  if (raw.length > 200) return { ok: false, message: '过长', code: FieldErrorCode.TOO_LONG };
  const s = raw.trim();
  const reason = validatePhone(s);
  const normalized = reason === null ? normalizePhone(s) : null;
  return normalized !== null ? { ok: true, value: normalized } : { ok: false, message: reason ?? '不是有效的电话号码', code: FieldErrorCode.INVALID_PHONE };
}

/** A money amount: a decimal string, or a JS number whose decimal string form parses. */
export function checkMoney(raw: unknown): Checked<string> {
  let s: string;
  if (typeof raw === 'string') {
    if (raw.length > 200) return { ok: false, message: '过长', code: FieldErrorCode.TOO_LONG };
    s = raw.trim();
  } else if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, message: '应为有限的金额', code: FieldErrorCode.INVALID_AMOUNT };
    s = String(raw);
  } else {
    return { ok: false, message: '应为十进制数字字符串，如 "12000.50"', code: FieldErrorCode.INVALID_AMOUNT };
  }
  const r = parseAmount(s);
  return r.ok ? { ok: true, value: r.value } : { ok: false, message: r.message, code: FieldErrorCode.INVALID_AMOUNT };
}

const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function checkNumber(raw: unknown): Checked<number> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, message: '应为有限的数字', code: FieldErrorCode.INVALID_FORMAT };
  if (typeof raw !== 'string') return { ok: false, message: '应为数字', code: FieldErrorCode.INVALID_FORMAT };
  if (raw.length > FORM_LIMITS.NUMBER + 100) return { ok: false, message: '应为数字', code: FieldErrorCode.INVALID_FORMAT };
  const s = raw.trim();
  if (s.length > FORM_LIMITS.NUMBER || !NUMERIC.test(s)) return { ok: false, message: '应为数字', code: FieldErrorCode.INVALID_FORMAT };
  const n = Number(s);
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: '应为有限的数字', code: FieldErrorCode.INVALID_FORMAT };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A FILE field: the id of an uploaded file, or a list of 1..20 of them (format only here; the
 * material module checks at registration that each is the registrant's own pending upload).
 * Ids are lowercased and a repeated id is kept once; a single id stays a string.
 */
function checkFileIds(raw: unknown): Checked<string | string[]> {
  const notId = { ok: false as const, message: '应为已上传文件的编号（POST /files 返回的 id）或编号列表', code: FieldErrorCode.INVALID_FORMAT };
  if (typeof raw === 'string') {
    const s = raw.length <= 100 ? raw.trim() : raw;
    return UUID.test(s) ? { ok: true, value: s.toLowerCase() } : notId;
  }
  if (!Array.isArray(raw)) return notId;
  if (raw.length > FORM_LIMITS.FILE_IDS) return { ok: false, message: `最多 ${FORM_LIMITS.FILE_IDS} 个文件`, code: FieldErrorCode.TOO_LONG };
  const ids: string[] = [];
  for (const x of raw) {
    if (typeof x !== 'string' || x.length > 100 || !UUID.test(x.trim())) return notId;
    const id = x.trim().toLowerCase();
    if (!ids.includes(id)) ids.push(id);
  }
  return { ok: true, value: ids };
}

// ---------------------------------------------------------------- one field

function checkField(field: FormFieldLike, raw: unknown, today: string): Checked<unknown> {
  switch (field.type) {
    case FormFieldType.TEXT:
      return checkText(raw, { min: 1, max: FORM_LIMITS.TEXT });
    case FormFieldType.TEXTAREA:
      return checkText(raw, { min: 1, max: FORM_LIMITS.TEXTAREA, multiline: true });
    case FormFieldType.DATE: {
      if (typeof raw !== 'string') return { ok: false, message: '应为日期 YYYY-MM-DD', code: FieldErrorCode.INVALID_FORMAT };
      const s = raw.length <= 100 ? raw.trim() : raw;
      return isCalendarDate(s) ? { ok: true, value: s } : { ok: false, message: '应为真实存在的日期 YYYY-MM-DD', code: FieldErrorCode.INVALID_FORMAT };
    }
    case FormFieldType.NUMBER:
      return checkNumber(raw);
    case FormFieldType.MONEY:
      return checkMoney(raw);
    case FormFieldType.SELECT: {
      const options = Array.isArray(field.options) ? field.options : [];
      if (typeof raw !== 'string') return { ok: false, message: '应为文本', code: FieldErrorCode.INVALID_FORMAT };
      const s = raw.length <= 1000 ? raw.trim() : raw;
      return options.includes(s) ? { ok: true, value: s } : { ok: false, message: `应为以下选项之一：${options.join('、')}`, code: FieldErrorCode.INVALID };
    }
    case FormFieldType.ID_NUMBER:
      return checkIdNumberAny(raw, today);
    case FormFieldType.PHONE:
      return checkPhone(raw);
    case FormFieldType.FILE:
      return checkFileIds(raw);
    default:
      return { ok: false, message: `字段类型不受支持（${String(field.type).slice(0, 40)}）`, code: FieldErrorCode.INVALID };
  }
}

// ---------------------------------------------------------------- the form

export interface ApplicationDataOptions {
  /** YYYY-MM-DD in China time; bounds birth dates in resident ID numbers. Default: today. */
  today?: string;
  /** Path prefix of the errors; default 'applicationData'. */
  path?: string;
}

/**
 * Validates answers to a matter's application form. Returns FieldErrors with paths
 * 'applicationData.<key>' (or 'applicationData' when not an object). Unknown keys are
 * errors ('not a field of this form'). Required fields must be present and non-empty;
 * empty optional fields are left out of the normalized value. Types: TEXT ≤ 500 chars,
 * TEXTAREA ≤ 10000 (line breaks and tabs allowed), DATE a real YYYY-MM-DD, NUMBER a
 * finite JSON number or numeric string (normalized to a number), MONEY via parseAmount
 * (string or number; a JS number is accepted only if its decimal string form parses;
 * normalized to 'D.DD'), SELECT one of options, ID_NUMBER a valid resident ID or USCC
 * (uppercased), PHONE a valid phone (normalized), FILE the id of an uploaded file or a list of
 * 1..20 ids (format only; lowercased, repeats dropped; may be empty even when required).
 * Strings are trimmed; control characters are errors. Never throws.
 */
export function validateApplicationData(form: FormTemplate | FormTemplateLike, data: unknown, options: ApplicationDataOptions = {}): { errors: FieldError[]; value: Record<string, unknown> | null } {
  const base = typeof options?.path === 'string' ? options.path : 'applicationData';
  try {
    return validateApplicationDataUnsafe(form, data, base, options?.today);
  } catch {
    // Only reachable with exotic objects (throwing getters, proxies), never with JSON input.
    return { errors: [new FieldError(base, '无法读取', FieldErrorCode.INVALID_FORMAT)], value: null };
  }
}

function validateApplicationDataUnsafe(
  form: FormTemplate | FormTemplateLike,
  data: unknown,
  base: string,
  todayArg: string | undefined,
): { errors: FieldError[]; value: Record<string, unknown> | null } {
  const today = typeof todayArg === 'string' && isCalendarDate(todayArg) ? todayArg : chinaToday();
  const errors: FieldError[] = [];
  if (!isPlainObject(data)) return { errors: [new FieldError(base, '应为以表单字段为键的对象', FieldErrorCode.INVALID_FORMAT)], value: null };

  const fields: readonly FormFieldLike[] = form !== null && typeof form === 'object' && Array.isArray(form.fields) ? form.fields : [];
  const byKey = new Map<string, FormFieldLike>();
  for (const f of fields) if (f !== null && typeof f === 'object' && typeof f.key === 'string') byKey.set(f.key, f);

  const value: Record<string, unknown> = {};
  for (const [key, field] of byKey) {
    const raw = Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
    const path = `${base}.${key}`;
    // A required FILE field may stay empty: the material then shows as missing on the checklist
    // and is asked for with a 补正通知书, instead of the application being refused at the counter.
    if (isBlank(raw) || (field.type === FormFieldType.FILE && Array.isArray(raw) && raw.length === 0)) {
      if (field.required === true && field.type !== FormFieldType.FILE) errors.push(new FieldError(path, '必填', FieldErrorCode.REQUIRED));
      continue;
    }
    const r = checkField(field, raw, today);
    if (r.ok) defineOwn(value, key, r.value);
    else errors.push(new FieldError(path, r.message, r.code));
  }

  let unknown = 0;
  for (const key of Object.keys(data)) {
    if (byKey.has(key)) continue;
    unknown++;
    if (unknown <= FORM_LIMITS.UNKNOWN_KEYS_REPORTED) errors.push(new FieldError(`${base}.${pathKey(key)}`, '不是此表单的字段', FieldErrorCode.INVALID));
  }
  if (unknown > FORM_LIMITS.UNKNOWN_KEYS_REPORTED) {
    errors.push(new FieldError(base, `另有 ${unknown - FORM_LIMITS.UNKNOWN_KEYS_REPORTED} 个键不是此表单的字段`, FieldErrorCode.INVALID));
  }

  return errors.length > 0 ? { errors, value: null } : { errors, value };
}
