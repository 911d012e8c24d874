/**
 * Calendar dates in China Standard Time (UTC+8), as 'YYYY-MM-DD' strings.
 *
 * Everything here is integer "epoch day" arithmetic (days since 1970-01-01),
 * using the proleptic Gregorian civil-date algorithms. No local-time Date
 * method is used anywhere, so results never depend on the process TZ.
 */

export type IsoDate = string;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

const MS_PER_DAY = 86_400_000;
const CST_OFFSET_MS = 8 * 3_600_000;

/** Epoch day of a civil date (no validation). */
export function epochDayOfCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil year of an epoch day (no validation). */
export function yearOfEpochDay(n: number): number {
  return civilOfEpochDay(n)[0];
}

function civilOfEpochDay(n: number): [number, number, number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export const MIN_EPOCH_DAY = epochDayOfCivil(MIN_YEAR, 1, 1);
export const MAX_EPOCH_DAY = epochDayOfCivil(MAX_YEAR, 12, 31);

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function daysInYear(y: number): number {
  return isLeapYear(y) ? 366 : 365;
}

/** Digit value of s[i], or -1. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Parses a strict 'YYYY-MM-DD' into its epoch day; NaN when invalid. Allocation-free. */
function parseEpoch(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10) return NaN;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN; // '-'
  const y0 = digit(s, 0),
    y1 = digit(s, 1),
    y2 = digit(s, 2),
    y3 = digit(s, 3);
  const m0 = digit(s, 5),
    m1 = digit(s, 6),
    d0 = digit(s, 8),
    d1 = digit(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return epochDayOfCivil(y, m, d);
}

function invalid(d: unknown, what: string): RangeError {
  return new RangeError(`Invalid ${what} ${JSON.stringify(d)}: expected a real calendar date 'YYYY-MM-DD' in years ${MIN_YEAR}..${MAX_YEAR}`);
}

/** Parses a strict 'YYYY-MM-DD'; [y, m, d], or throws RangeError. */
function parseOrThrow(d: unknown, what = 'date'): [number, number, number] {
  if (Number.isNaN(parseEpoch(d))) throw invalid(d, what);
  const s = d as string;
  return [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
}

/** Strict check: 'YYYY-MM-DD', a real calendar date, year 1900..2999. */
export function isIsoDate(s: unknown): s is IsoDate {
  return !Number.isNaN(parseEpoch(s));
}

/** Throws RangeError unless `d` is a valid IsoDate; `what` names it in the message. */
export function assertIsoDate(d: unknown, what = 'date'): asserts d is IsoDate {
  if (Number.isNaN(parseEpoch(d))) throw invalid(d, what);
}

/** Days since 1970-01-01 (negative before). Throws RangeError on an invalid date; `what` names it in the message. */
export function toEpochDay(d: IsoDate, what = 'date'): number {
  const n = parseEpoch(d);
  if (Number.isNaN(n)) throw invalid(d, what);
  return n;
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : '' + n;
}

/** Inverse of toEpochDay. Throws RangeError for non-integers or days outside years 1900..2999. */
export function fromEpochDay(n: number): IsoDate {
  if (!Number.isInteger(n) || n < MIN_EPOCH_DAY || n > MAX_EPOCH_DAY) {
    throw new RangeError(`Epoch day ${n} is not an integer day within years ${MIN_YEAR}..${MAX_YEAR}`);
  }
  const [y, m, d] = civilOfEpochDay(n);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** The calendar date in UTC+8 (China Standard Time) of an instant. */
export function chinaDateOf(instant: Date): IsoDate {
  const t = instant instanceof Date ? instant.getTime() : NaN;
  if (!Number.isFinite(t)) throw new RangeError('chinaDateOf: invalid Date');
  return fromEpochDay(Math.floor((t + CST_OFFSET_MS) / MS_PER_DAY));
}

/** The instant of 00:00 +08:00 on that date. */
export function startOfChinaDay(d: IsoDate): Date {
  return new Date(toEpochDay(d) * MS_PER_DAY - CST_OFFSET_MS);
}

function assertInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  assertInteger(n, 'addDays: n');
  return fromEpochDay(toEpochDay(d) + n);
}

/** to - from, in days. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Same day-of-month n months later (n may be negative), clamped to the target month's last day. */
export function addMonths(d: IsoDate, n: number): IsoDate {
  assertInteger(n, 'addMonths: n');
  const [y, m, day] = parseOrThrow(d);
  const total = y * 12 + (m - 1) + n;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  if (ty < MIN_YEAR || ty > MAX_YEAR) {
    throw new RangeError(`addMonths(${d}, ${n}) leaves years ${MIN_YEAR}..${MAX_YEAR}`);
  }
  const td = Math.min(day, daysInMonth(ty, tm));
  return `${ty}-${pad2(tm)}-${pad2(td)}`;
}

/** Day of week of an epoch day, 0 = Sunday (1970-01-01 was a Thursday). */
export function dayOfWeekOfEpochDay(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** 0 = Sunday .. 6 = Saturday. */
export function dayOfWeek(d: IsoDate): number {
  return dayOfWeekOfEpochDay(toEpochDay(d));
}

/** -1, 0 or 1. Both arguments are validated. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  assertIsoDate(a);
  assertIsoDate(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  let best = first;
  assertIsoDate(first);
  for (const d of rest) if (compareDates(d, best) > 0) best = d;
  return best;
}

export function minDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  let best = first;
  assertIsoDate(first);
  for (const d of rest) if (compareDates(d, best) < 0) best = d;
  return best;
}

export function yearOf(d: IsoDate): number {
  assertIsoDate(d);
  return (d.charCodeAt(0) - 48) * 1000 + (d.charCodeAt(1) - 48) * 100 + (d.charCodeAt(2) - 48) * 10 + (d.charCodeAt(3) - 48);
}
