/**
 * Validation and normalization of a dispute registration (registerDispute's
 * RegisterDisputeInput), before anything touches the database.
 *
 * Pure: no I/O, no clock (the caller passes `today`, YYYY-MM-DD in China time).
 * Reports every problem at once, each as a FieldError naming the input path
 * ('title', 'parties.0.idNumber', 'applicationData.bidAmount', ...), with
 * a stable code and a Chinese message. Never throws, whatever it is given.
 */
import { createHash } from 'node:crypto';
import { FieldError } from '../../core/errors';
import { DisputeCategory, DisputeSource, FieldErrorCode, IdType, PartyKind, PartyRole } from '../../core/enums';
import { isCalendarDate } from '../../core/scalars';
import { isKnownRegion, normalizeResidentId, normalizeUscc, validateResidentId, validateUscc } from '../../core/validation';
import type { FormTemplate } from '../matter';
import {
  type Checked,
  type FormTemplateLike,
  checkMoney,
  checkPhone,
  checkText,
  chinaNoon,
  chinaToday,
  defineOwn,
  isBlank,
  isPlainObject,
  pathKey,
  validateApplicationData,
} from './application-form.validator';

// ---------------------------------------------------------------- API types

export interface PartyInputLike {
  role: string;
  kind: string;
  name: string;
  idType?: string | null;
  idNumber?: string | null;
  phone?: string | null;
  address?: string | null;
}

export interface RegisterInputLike {
  title: string;
  facts: string;
  category: string;
  matterCode?: string | null;
  amount?: string | null;
  region: string;
  source: string;
  occurredOn?: string | null;
  applicationData?: unknown;
  parties: PartyInputLike[];
  idempotencyKey?: string | null;
}

export interface NormalizedParty {
  role: string;
  kind: string;
  name: string;
  idType: string | null;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

export interface NormalizedIntake {
  title: string;
  facts: string;
  category: string;
  matterCode: string | null;
  amount: string | null;
  region: string;
  source: string;
  occurredOn: string | null;
  applicationData: Record<string, unknown> | null;
  parties: NormalizedParty[];
  idempotencyKey: string | null;
}

/** The catalog matter as validateIntake needs it (a Matter entity or a MatterSeed fits). */
export interface IntakeMatter {
  code: string;
  categories: readonly string[];
  applicationForm: FormTemplate | FormTemplateLike;
}

export const INTAKE_LIMITS = {
  TITLE_MIN: 2,
  TITLE_MAX: 200,
  FACTS_MIN: 5,
  FACTS_MAX: 20_000,
  PARTIES_MAX: 50,
  PARTY_NAME_MAX: 100,
  ADDRESS_MAX: 300,
  MATTER_CODE_MAX: 64,
  ID_NUMBER_MAX: 64,
  OTHER_ID_PATTERN: /^[A-Za-z0-9-]{5,30}$/,
  IDEMPOTENCY_KEY_PATTERN: /^[A-Za-z0-9_.:-]{8,128}$/,
  OCCURRED_ON_MIN: '1950-01-01',
  /** Free-form applicationData (no matter): keys, key length, serialized size per value, nesting. */
  FREE_DATA_KEYS: 50,
  FREE_DATA_KEY_MAX: 100,
  FREE_DATA_VALUE_BYTES: 10 * 1024,
  FREE_DATA_DEPTH: 20,
} as const;

/** Reported when reading the input itself failed (e.g. a throwing getter): never expected from GraphQL input. */
export const UNREADABLE_INPUT_FIELD = 'input';

const ROLES: ReadonlySet<string> = new Set(Object.values(PartyRole));
const KINDS: ReadonlySet<string> = new Set(Object.values(PartyKind));
const ID_TYPES: ReadonlySet<string> = new Set(Object.values(IdType));
const CATEGORIES: ReadonlySet<string> = new Set(Object.values(DisputeCategory));
const SOURCES: ReadonlySet<string> = new Set(Object.values(DisputeSource));

// ---------------------------------------------------------------- helpers

/** Reads a property of an object-like value; undefined for anything else. */
function prop(obj: unknown, key: string): unknown {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return undefined;
  return (obj as Record<string, unknown>)[key];
}

function enumValue(raw: unknown, allowed: ReadonlySet<string>, what: string): Checked<string> {
  if (raw === null || raw === undefined) return { ok: false, message: '必填', code: FieldErrorCode.REQUIRED };
  if (typeof raw !== 'string' || !allowed.has(raw)) return { ok: false, message: `应为${what}之一：${[...allowed].join(', ')}`, code: FieldErrorCode.INVALID };
  return { ok: true, value: raw };
}

type Errors = FieldError[];

/** Runs a check on a required value; pushes the error, returns the value or null. */
function required<T>(errors: Errors, path: string, raw: unknown, check: (raw: unknown) => Checked<T>): T | null {
  if (raw === null || raw === undefined) {
    errors.push(new FieldError(path, '必填', FieldErrorCode.REQUIRED));
    return null;
  }
  const r = check(raw);
  if (r.ok) return r.value;
  errors.push(new FieldError(path, r.message, r.code));
  return null;
}

/** Like required(), but null, undefined and blank strings give null without an error. */
function optional<T>(errors: Errors, path: string, raw: unknown, check: (raw: unknown) => Checked<T>): T | null {
  if (isBlank(raw)) return null;
  const r = check(raw);
  if (r.ok) return r.value;
  errors.push(new FieldError(path, r.message, r.code));
  return null;
}

// ---------------------------------------------------------------- parties

interface PartyResult {
  party: NormalizedParty | null;
  /** The normalized id number when it is valid for its type (for the duplicate check). */
  validIdNumber: string | null;
}

function validateParty(errors: Errors, raw: unknown, i: number, today: string): PartyResult {
  const p = `parties.${i}`;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    errors.push(new FieldError(p, '应为当事人对象', FieldErrorCode.INVALID_FORMAT));
    return { party: null, validIdNumber: null };
  }
  const before = errors.length;
  const role = required(errors, `${p}.role`, prop(raw, 'role'), (x) => enumValue(x, ROLES, '当事人角色'));
  const kind = required(errors, `${p}.kind`, prop(raw, 'kind'), (x) => enumValue(x, KINDS, '当事人类型'));
  const name = required(errors, `${p}.name`, prop(raw, 'name'), (x) => checkText(x, { min: 1, max: INTAKE_LIMITS.PARTY_NAME_MAX }));

  const idNumberRaw = optional(errors, `${p}.idNumber`, prop(raw, 'idNumber'), (x) => checkText(x, { min: 1, max: INTAKE_LIMITS.ID_NUMBER_MAX }));
  const idTypeGiven = prop(raw, 'idType');
  let idType: string | null = null;
  let idTypeOk = true;
  if (idTypeGiven !== null && idTypeGiven !== undefined) {
    const t = enumValue(idTypeGiven, ID_TYPES, '证件类型');
    if (t.ok) idType = t.value;
    else {
      errors.push(new FieldError(`${p}.idType`, t.message, t.code));
      idTypeOk = false;
    }
  }

  let idNumber: string | null = null;
  let validIdNumber: string | null = null;
  if (idNumberRaw === null) {
    idType = null; // no number, no type
  } else {
    idNumber = idNumberRaw.toUpperCase();
    if (idTypeOk && idType === null) idType = kind === PartyKind.PERSON ? IdType.RESIDENT_ID : kind === PartyKind.ORGANIZATION ? IdType.USCC : null;
    if (kind === PartyKind.PERSON && idType === IdType.USCC) {
      errors.push(new FieldError(`${p}.idType`, '自然人不能以统一社会信用代码作为证件', FieldErrorCode.INVALID));
    } else if (kind === PartyKind.ORGANIZATION && idType === IdType.RESIDENT_ID) {
      errors.push(new FieldError(`${p}.idType`, '单位不能以居民身份证号码作为证件', FieldErrorCode.INVALID));
    }
    let reason: string | null = null;
    let reasonCode: FieldErrorCode = FieldErrorCode.INVALID_ID_NUMBER;
    if (idType === IdType.RESIDENT_ID) {
      idNumber = normalizeResidentId(idNumber);
      const r = validateResidentId(idNumber, chinaNoon(today));
      if (r !== null) reason = `不是有效的居民身份证号码：${r}`;
    } else if (idType === IdType.USCC) {
      idNumber = normalizeUscc(idNumber);
      const r = validateUscc(idNumber);
      if (r !== null) {
        reason = `不是有效的统一社会信用代码：${r}`;
        reasonCode = FieldErrorCode.INVALID_CREDIT_CODE;
      }
    } else if (idType !== null) {
      if (!INTAKE_LIMITS.OTHER_ID_PATTERN.test(idNumber)) reason = '应为 5–30 位字母、数字或“-”';
    }
    if (reason !== null) errors.push(new FieldError(`${p}.idNumber`, reason, reasonCode));
    else if (idType !== null) validIdNumber = idNumber;
  }

  const phone = optional(errors, `${p}.phone`, prop(raw, 'phone'), checkPhone);
  const address = optional(errors, `${p}.address`, prop(raw, 'address'), (x) => checkText(x, { max: INTAKE_LIMITS.ADDRESS_MAX }));

  if (errors.length > before || role === null || kind === null || name === null) return { party: null, validIdNumber };
  return { party: { role, kind, name, idType, idNumber, phone, address }, validIdNumber };
}

function validateParties(errors: Errors, raw: unknown, today: string): NormalizedParty[] | null {
  if (raw === null || raw === undefined) {
    errors.push(new FieldError('parties', '必填：至少需要一名申请人', FieldErrorCode.REQUIRED));
    return null;
  }
  if (!Array.isArray(raw)) {
    errors.push(new FieldError('parties', '应为当事人列表', FieldErrorCode.INVALID_FORMAT));
    return null;
  }
  if (raw.length > INTAKE_LIMITS.PARTIES_MAX) {
    errors.push(new FieldError('parties', `最多 ${INTAKE_LIMITS.PARTIES_MAX} 名当事人（实际 ${raw.length} 名）`, FieldErrorCode.TOO_LONG));
    return null;
  }
  const before = errors.length;
  const parties: NormalizedParty[] = [];
  const seenIds = new Map<string, number>();
  let applicants = 0;
  for (let i = 0; i < raw.length; i++) {
    const item: unknown = raw[i];
    if (prop(item, 'role') === PartyRole.APPLICANT) applicants++;
    const { party, validIdNumber } = validateParty(errors, item, i, today);
    if (validIdNumber !== null) {
      const first = seenIds.get(validIdNumber);
      if (first !== undefined) errors.push(new FieldError(`parties.${i}.idNumber`, `与 parties.${first} 的证件号码重复`, FieldErrorCode.TAKEN));
      else seenIds.set(validIdNumber, i);
    }
    if (party) parties.push(party);
  }
  if (applicants === 0) errors.push(new FieldError('parties', '至少需要一名申请人', FieldErrorCode.REQUIRED));
  return errors.length > before ? null : parties;
}

// ---------------------------------------------------------------- free-form applicationData (no matter)

type JsonCheck = { ok: true; value: unknown; approxBytes: number } | { ok: false; message: string; code?: FieldErrorCode };

/**
 * Checks that `x` is a JSON value (null, boolean, finite number, string without control
 * characters, array, plain object) of bounded nesting, and copies it. The byte count is
 * a lower bound of its serialized size, so the walk stops early on huge values.
 */
function checkJson(x: unknown, depth: number, budget: number): JsonCheck {
  if (budget < 0) return { ok: false, message: `JSON 序列化后最多 ${INTAKE_LIMITS.FREE_DATA_VALUE_BYTES} 字节`, code: FieldErrorCode.TOO_LONG };
  if (depth > INTAKE_LIMITS.FREE_DATA_DEPTH) return { ok: false, message: `嵌套不能超过 ${INTAKE_LIMITS.FREE_DATA_DEPTH} 层`, code: FieldErrorCode.INVALID_FORMAT };
  if (x === null) return { ok: true, value: null, approxBytes: 4 };
  switch (typeof x) {
    case 'boolean':
      return { ok: true, value: x, approxBytes: 4 };
    case 'number':
      return Number.isFinite(x) ? { ok: true, value: x, approxBytes: 1 } : { ok: false, message: '只能包含有限的数字', code: FieldErrorCode.INVALID_FORMAT };
    case 'string': {
      if (x.length > budget) return { ok: false, message: `JSON 序列化后最多 ${INTAKE_LIMITS.FREE_DATA_VALUE_BYTES} 字节`, code: FieldErrorCode.TOO_LONG };
      const t = checkText(x, { max: INTAKE_LIMITS.FREE_DATA_VALUE_BYTES, multiline: true, trim: false });
      return t.ok ? { ok: true, value: t.value, approxBytes: t.value.length + 2 } : { ok: false, message: `含有不合要求的字符串：${t.message}`, code: t.code };
    }
    case 'object':
      break;
    default:
      return { ok: false, message: '应为 JSON 值', code: FieldErrorCode.INVALID_FORMAT };
  }
  let used = 2;
  if (Array.isArray(x)) {
    if (x.length > budget) return { ok: false, message: `JSON 序列化后最多 ${INTAKE_LIMITS.FREE_DATA_VALUE_BYTES} 字节`, code: FieldErrorCode.TOO_LONG };
    const out: unknown[] = [];
    for (let i = 0; i < x.length; i++) {
      const r = checkJson(x[i], depth + 1, budget - used);
      if (!r.ok) return r;
      out.push(r.value);
      used += r.approxBytes + 1;
    }
    return { ok: true, value: out, approxBytes: used };
  }
  if (!isPlainObject(x)) return { ok: false, message: '应为 JSON 值', code: FieldErrorCode.INVALID_FORMAT };
  const keys = Object.keys(x);
  if (keys.length > budget) return { ok: false, message: `JSON 序列化后最多 ${INTAKE_LIMITS.FREE_DATA_VALUE_BYTES} 字节`, code: FieldErrorCode.TOO_LONG };
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const kc = checkText(k, { max: INTAKE_LIMITS.FREE_DATA_KEY_MAX, trim: false });
    if (!kc.ok) return { ok: false, message: `含有不合要求的键名：${kc.message}`, code: kc.code };
    used += k.length + 3;
    const r = checkJson(x[k], depth + 1, budget - used);
    if (!r.ok) return r;
    defineOwn(out, k, r.value);
    used += r.approxBytes + 1;
  }
  return { ok: true, value: out, approxBytes: used };
}

function validateFreeApplicationData(errors: Errors, raw: unknown): Record<string, unknown> | null {
  if (raw === null || raw === undefined) return null;
  if (!isPlainObject(raw)) {
    errors.push(new FieldError('applicationData', '应为对象（或 null）', FieldErrorCode.INVALID_FORMAT));
    return null;
  }
  const keys = Object.keys(raw);
  if (keys.length > INTAKE_LIMITS.FREE_DATA_KEYS) {
    errors.push(new FieldError('applicationData', `最多 ${INTAKE_LIMITS.FREE_DATA_KEYS} 个键（实际 ${keys.length} 个）`, FieldErrorCode.TOO_LONG));
    return null;
  }
  const before = errors.length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const path = `applicationData.${pathKey(key)}`;
    const kc = checkText(key, { min: 1, max: INTAKE_LIMITS.FREE_DATA_KEY_MAX, trim: false });
    if (!kc.ok) {
      errors.push(new FieldError(path, `键名${kc.message}`, kc.code));
      continue;
    }
    const r = checkJson(raw[key], 0, INTAKE_LIMITS.FREE_DATA_VALUE_BYTES);
    if (!r.ok) {
      errors.push(new FieldError(path, r.message, r.code));
      continue;
    }
    if (Buffer.byteLength(JSON.stringify(r.value), 'utf8') > INTAKE_LIMITS.FREE_DATA_VALUE_BYTES) {
      errors.push(new FieldError(path, `JSON 序列化后最多 ${INTAKE_LIMITS.FREE_DATA_VALUE_BYTES} 字节`, FieldErrorCode.TOO_LONG));
      continue;
    }
    defineOwn(out, key, r.value);
  }
  return errors.length > before ? null : out;
}

// ---------------------------------------------------------------- the intake

function validateIntakeUnsafe(input: unknown, matterArg: unknown, todayArg: unknown): { errors: FieldError[]; value: NormalizedIntake | null } {
  const errors: Errors = [];
  const today = typeof todayArg === 'string' && isCalendarDate(todayArg) ? todayArg : chinaToday();

  const title = required(errors, 'title', prop(input, 'title'), (x) => checkText(x, { min: INTAKE_LIMITS.TITLE_MIN, max: INTAKE_LIMITS.TITLE_MAX }));
  const facts = required(errors, 'facts', prop(input, 'facts'), (x) => checkText(x, { min: INTAKE_LIMITS.FACTS_MIN, max: INTAKE_LIMITS.FACTS_MAX, multiline: true }));
  const category = required(errors, 'category', prop(input, 'category'), (x) => enumValue(x, CATEGORIES, '纠纷类别'));

  // matterCode: the caller looked the matter up (null: unknown code, undefined: no code).
  const matterCode = optional(errors, 'matterCode', prop(input, 'matterCode'), (x) => checkText(x, { min: 1, max: INTAKE_LIMITS.MATTER_CODE_MAX }));
  // The input decides whether there is a matter: a matter passed without a code is ignored.
  let matter: IntakeMatter | null = null;
  if (matterCode !== null) {
    if (matterArg !== null && typeof matterArg === 'object') matter = matterArg as IntakeMatter;
    else errors.push(new FieldError('matterCode', '未知的事项', FieldErrorCode.NOT_FOUND));
  }
  if (matter !== null && category !== null) {
    const categories = prop(matter, 'categories');
    if (Array.isArray(categories) && !categories.includes(category)) {
      errors.push(new FieldError('category', `应为该事项适用的纠纷类别之一：${categories.join(', ')}`, FieldErrorCode.INVALID));
    }
  }

  const amount = optional(errors, 'amount', prop(input, 'amount'), (x) =>
    typeof x === 'string' ? checkMoney(x) : { ok: false, message: '应为十进制数字字符串，如 "12000.50"', code: FieldErrorCode.INVALID_AMOUNT },
  );
  const region = required(errors, 'region', prop(input, 'region'), (x) => {
    if (typeof x !== 'string') return { ok: false, message: '应为文本', code: FieldErrorCode.INVALID_FORMAT };
    const s = x.length <= 100 ? x.trim() : x;
    return isKnownRegion(s) ? { ok: true, value: s } : { ok: false, message: '应为杭州市已知的行政区划（如 杭州市、西湖区、桐庐县）', code: FieldErrorCode.UNKNOWN_REGION };
  });
  const source = required(errors, 'source', prop(input, 'source'), (x) => enumValue(x, SOURCES, '纠纷来源'));
  const occurredOn = optional(errors, 'occurredOn', prop(input, 'occurredOn'), (x): Checked<string> => {
    if (typeof x !== 'string') return { ok: false, message: '应为日期 YYYY-MM-DD', code: FieldErrorCode.INVALID_FORMAT };
    const s = x.length <= 100 ? x.trim() : x;
    if (!isCalendarDate(s)) return { ok: false, message: '应为真实存在的日期 YYYY-MM-DD', code: FieldErrorCode.INVALID_FORMAT };
    if (s < INTAKE_LIMITS.OCCURRED_ON_MIN) return { ok: false, message: `不能早于 ${INTAKE_LIMITS.OCCURRED_ON_MIN}`, code: FieldErrorCode.INVALID };
    if (s > today) return { ok: false, message: `不能晚于今天（${today}）`, code: FieldErrorCode.INVALID };
    return { ok: true, value: s };
  });

  const parties = validateParties(errors, prop(input, 'parties'), today);

  const rawData = prop(input, 'applicationData');
  let applicationData: Record<string, unknown> | null = null;
  if (matter !== null) {
    const absent = rawData === null || rawData === undefined;
    const r = validateApplicationData(matter.applicationForm, absent ? {} : rawData, { today });
    errors.push(...r.errors);
    applicationData = absent ? null : r.value;
  } else {
    applicationData = validateFreeApplicationData(errors, rawData);
  }

  const idempotencyKey = optional(errors, 'idempotencyKey', prop(input, 'idempotencyKey'), (x): Checked<string> => {
    if (typeof x !== 'string') return { ok: false, message: '应为文本', code: FieldErrorCode.INVALID_FORMAT };
    const s = x.length <= 1000 ? x.trim() : x;
    return INTAKE_LIMITS.IDEMPOTENCY_KEY_PATTERN.test(s) ? { ok: true, value: s } : { ok: false, message: '应为 8–128 位字母、数字或“_”“.”“:”“-”', code: FieldErrorCode.INVALID_FORMAT };
  });

  if (errors.length > 0 || title === null || facts === null || category === null || region === null || source === null || parties === null) {
    return { errors, value: null };
  }
  return {
    errors,
    value: { title, facts, category, matterCode, amount, region, source, occurredOn, applicationData, parties, idempotencyKey },
  };
}

/**
 * Validates and normalizes a dispute registration.
 *
 * matter: the catalog matter for input.matterCode (null when the code is unknown,
 * undefined when no code was given; a matter passed without a code in the input is
 * ignored). today: YYYY-MM-DD in China time (bounds occurredOn and ID birth dates; when
 * it is not a real date, the current date in China is used).
 *
 * Returns every problem at once (not just the first), each a FieldError with the input
 * path: 'title', 'facts', 'category', 'amount', 'region', 'source', 'matterCode',
 * 'occurredOn', 'parties', 'parties.0.idNumber', 'parties.1.phone',
 * 'applicationData.bidAmount', 'idempotencyKey', ... The value is null when there is
 * any error. Normalization: strings trimmed (line breaks in facts normalized to \n),
 * ID numbers uppercased, phones and amounts normalized, idType defaulted from the
 * party kind. Never throws.
 */
export function validateIntake(input: RegisterInputLike, matter: IntakeMatter | null | undefined, today: string): { errors: FieldError[]; value: NormalizedIntake | null } {
  try {
    return validateIntakeUnsafe(input, matter, today);
  } catch {
    // Only reachable with exotic objects (throwing getters, revoked proxies), never with GraphQL input.
    return { errors: [new FieldError(UNREADABLE_INPUT_FIELD, '无法读取', FieldErrorCode.INVALID_FORMAT)], value: null };
  }
}

// ---------------------------------------------------------------- fingerprint

/** JSON with object keys sorted at every level; undefined members are left out. */
function canonicalJson(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/**
 * A stable fingerprint (sha256 hex of a canonical JSON of the normalized intake without
 * idempotencyKey) for idempotency comparisons: a retry with the same key must carry the
 * same fingerprint. Party order counts.
 */
export function intakeFingerprint(value: NormalizedIntake): string {
  const { idempotencyKey: _ignored, ...rest } = value;
  return createHash('sha256')
    .update(`dispute-intake/v1\n${canonicalJson(rest)}`, 'utf8')
    .digest('hex');
}
