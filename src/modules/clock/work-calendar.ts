/**
 * Working-day calendar of mainland China.
 *
 * Official years come from the State Council's annual schedules (data, loaded
 * by the caller); any other year in 1900..2999 falls back to "weekends plus
 * the fixed-date statutory holidays" and is flagged provisional.
 *
 * Per year (lazily, cached) we keep a prefix count of working days and the
 * list of working-day offsets, so counting is O(1) per year and adding n
 * working days is O(years crossed).
 */
import {
  IsoDate,
  MAX_EPOCH_DAY,
  MAX_YEAR,
  MIN_EPOCH_DAY,
  MIN_YEAR,
  assertIsoDate,
  dayOfWeekOfEpochDay,
  daysInYear,
  epochDayOfCivil,
  fromEpochDay,
  isIsoDate,
  toEpochDay,
  yearOf,
  yearOfEpochDay,
} from './cst-date';

export interface YearSchedule {
  year: number;
  holidays: IsoDate[];
  makeUpWorkdays: IsoDate[];
  source?: string | null;
}

/**
 * Fixed-date statutory holidays ('MM-DD') used for years with no official
 * schedule (the 2025 revision of 全国年节及纪念日放假办法): 元旦 01-01,
 * 劳动节 05-01 and 05-02, 国庆节 10-01..10-03. The lunar holidays (春节, 清明,
 * 端午, 中秋) cannot be placed without the official schedule and are omitted.
 */
export const FIXED_DATE_HOLIDAYS: readonly string[] = Object.freeze(['01-01', '05-01', '05-02', '10-01', '10-02', '10-03']);

const FALLBACK_SOURCE = 'provisional: weekends and fixed-date statutory holidays only (全国年节及纪念日放假办法, 2025 revision); no official schedule loaded';

export interface ScheduleError {
  field: string;
  message: string;
}

const LIST_LABELS = { holidays: '放假日期', makeUpWorkdays: '调休上班日期' } as const;

function checkDateList(list: unknown, name: 'holidays' | 'makeUpWorkdays', year: number | null, errors: ScheduleError[]): Set<string> {
  const seen = new Set<string>();
  if (!Array.isArray(list)) {
    errors.push({ field: name, message: `${LIST_LABELS[name]}应为日期（YYYY-MM-DD）列表` });
    return seen;
  }
  list.forEach((d: unknown, i: number) => {
    const field = `${name}.${i}`;
    if (!isIsoDate(d)) {
      errors.push({ field, message: `${JSON.stringify(d)} 不是有效日期（YYYY-MM-DD）` });
      return;
    }
    if (year !== null && yearOf(d) !== year) {
      errors.push({ field, message: `${d} 不在 ${year} 年内` });
    }
    if (seen.has(d)) {
      errors.push({ field, message: `${d} 在${LIST_LABELS[name]}中重复` });
    }
    seen.add(d);
    if (name === 'makeUpWorkdays') {
      const dow = dayOfWeekOfEpochDay(toEpochDay(d));
      if (dow !== 0 && dow !== 6) {
        errors.push({ field, message: `${d} 是工作日；调休上班日应为星期六或星期日` });
      }
    }
  });
  return seen;
}

/** Returns every problem found (empty array: valid). Field paths like 'year', 'holidays.3', 'makeUpWorkdays.0'. */
export function validateSchedule(s: YearSchedule): ScheduleError[] {
  const errors: ScheduleError[] = [];
  if (s === null || typeof s !== 'object') {
    return [{ field: '', message: '放假安排应为对象' }];
  }
  let year: number | null = null;
  if (typeof s.year !== 'number' || !Number.isInteger(s.year) || s.year < MIN_YEAR || s.year > MAX_YEAR) {
    errors.push({ field: 'year', message: `年份应为 ${MIN_YEAR} 至 ${MAX_YEAR} 之间的整数（收到 ${JSON.stringify(s.year)}）` });
  } else {
    year = s.year;
  }
  const holidays = checkDateList(s.holidays, 'holidays', year, errors);
  const makeUps = checkDateList(s.makeUpWorkdays, 'makeUpWorkdays', year, errors);
  if (Array.isArray(s.makeUpWorkdays)) {
    s.makeUpWorkdays.forEach((d, i) => {
      if (holidays.has(d) && makeUps.has(d)) {
        errors.push({ field: `makeUpWorkdays.${i}`, message: `${d} 同时列为放假日期和调休上班日期` });
      }
    });
  }
  if (s.source !== undefined && s.source !== null && typeof s.source !== 'string') {
    errors.push({ field: 'source', message: '来源应为文字或留空' });
  }
  return errors;
}

interface YearData {
  year: number;
  official: boolean;
  /** epoch day of January 1 */
  start: number;
  /** prefix[i] = working days among the first i days of the year; length = days + 1 */
  prefix: Int32Array;
  /** day offsets (0-based) of the working days, ascending */
  workIdx: Int32Array;
  total: number;
  schedule: YearSchedule;
}

function fallbackSchedule(year: number): YearSchedule {
  return {
    year,
    holidays: FIXED_DATE_HOLIDAYS.map((md) => `${year}-${md}`),
    makeUpWorkdays: [],
    source: FALLBACK_SOURCE,
  };
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Year must be an integer from ${MIN_YEAR} to ${MAX_YEAR}, got ${year}`);
  }
}

function assertCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`${what} must be a non-negative integer, got ${n}`);
  }
}

export class WorkCalendar {
  private readonly official = new Map<number, YearSchedule>();
  private readonly cache: (YearData | undefined)[] = new Array(MAX_YEAR - MIN_YEAR + 1);

  /** Official schedules; throws RangeError if one is invalid or a year is given twice. */
  constructor(schedules: Iterable<YearSchedule>) {
    for (const s of schedules) {
      const errors = validateSchedule(s);
      if (errors.length > 0) {
        const y = s && typeof s === 'object' ? JSON.stringify(s.year) : '?';
        throw new RangeError(`Invalid holiday schedule for year ${y}: ` + errors.map((e) => `${e.field}: ${e.message}`).join('; '));
      }
      if (this.official.has(s.year)) {
        throw new RangeError(`Holiday schedule for year ${s.year} given more than once`);
      }
      this.official.set(s.year, {
        year: s.year,
        holidays: [...s.holidays].sort(),
        makeUpWorkdays: [...s.makeUpWorkdays].sort(),
        source: s.source ?? null,
      });
    }
  }

  isOfficial(year: number): boolean {
    return this.official.has(year);
  }

  officialYears(): number[] {
    return [...this.official.keys()].sort((a, b) => a - b);
  }

  /** The schedule in force for the year: the official one, or the provisional fallback. Returns a copy. */
  scheduleFor(year: number): YearSchedule & { official: boolean } {
    assertYear(year);
    const s = this.official.get(year) ?? fallbackSchedule(year);
    return {
      year: s.year,
      holidays: [...s.holidays],
      makeUpWorkdays: [...s.makeUpWorkdays],
      source: s.source ?? null,
      official: this.official.has(year),
    };
  }

  private data(year: number): YearData {
    const cached = this.cache[year - MIN_YEAR];
    if (cached !== undefined) return cached;
    const official = this.official.get(year);
    const schedule = official ?? fallbackSchedule(year);
    const start = epochDayOfCivil(year, 1, 1);
    const len = daysInYear(year);
    const working = new Uint8Array(len);
    const dow0 = dayOfWeekOfEpochDay(start);
    for (let i = 0; i < len; i++) {
      const dow = (dow0 + i) % 7;
      working[i] = dow === 0 || dow === 6 ? 0 : 1;
    }
    for (const h of schedule.holidays) working[toEpochDay(h) - start] = 0;
    for (const w of schedule.makeUpWorkdays) working[toEpochDay(w) - start] = 1;
    const prefix = new Int32Array(len + 1);
    let total = 0;
    for (let i = 0; i < len; i++) {
      total += working[i];
      prefix[i + 1] = total;
    }
    const workIdx = new Int32Array(total);
    for (let i = 0, k = 0; i < len; i++) if (working[i] === 1) workIdx[k++] = i;
    const data: YearData = { year, official: official !== undefined, start, prefix, workIdx, total, schedule };
    this.cache[year - MIN_YEAR] = data;
    return data;
  }

  /** Working day? Make-up workdays count; weekdays inside a holiday block do not. */
  isWorkingDay(d: IsoDate): boolean {
    const e = toEpochDay(d);
    const yd = this.data(yearOf(d));
    const i = e - yd.start;
    return yd.prefix[i + 1] - yd.prefix[i] === 1;
  }

  /** Epoch-day variant of isWorkingDay (no string parsing). */
  isWorkingEpochDay(e: number): boolean {
    const yd = this.data(this.yearOfEpoch(e));
    const i = e - yd.start;
    return yd.prefix[i + 1] - yd.prefix[i] === 1;
  }

  private yearOfEpoch(e: number): number {
    if (!Number.isInteger(e) || e < MIN_EPOCH_DAY || e > MAX_EPOCH_DAY) {
      throw new RangeError(`Epoch day ${e} is not an integer day within years ${MIN_YEAR}..${MAX_YEAR}`);
    }
    return yearOfEpochDay(e);
  }

  private anyProvisional(y0: number, y1: number): boolean {
    for (let y = y0; y <= y1; y++) if (!this.official.has(y)) return true;
    return false;
  }

  /**
   * The date that is n working days after `from` (start day not counted); n = 0 returns `from`.
   * provisional: true when any year touched (from..result) is not official.
   */
  addWorkingDays(from: IsoDate, n: number): { date: IsoDate; provisional: boolean } {
    assertIsoDate(from, 'start date');
    assertCount(n, 'Number of working days');
    const r = this.addWorkingEpochDays(toEpochDay(from), n);
    return { date: n === 0 ? from : fromEpochDay(r.day), provisional: r.provisional };
  }

  /** Epoch-day variant of addWorkingDays (n >= 0 integer, not re-validated). */
  addWorkingEpochDays(from: number, n: number): { day: number; provisional: boolean } {
    const y0 = this.yearOfEpoch(from);
    let yd = this.data(y0);
    if (n === 0) return { day: from, provisional: !yd.official };
    let provisional = !yd.official;
    let k = yd.prefix[from - yd.start + 1] + n; // k-th working day of year yd (1-based)
    while (k > yd.total) {
      k -= yd.total;
      if (yd.year >= MAX_YEAR) {
        throw new RangeError(`Adding ${n} working days to ${fromEpochDay(from)} goes beyond year ${MAX_YEAR}`);
      }
      yd = this.data(yd.year + 1);
      if (!yd.official) provisional = true;
    }
    return { day: yd.start + yd.workIdx[k - 1], provisional };
  }

  /**
   * Epoch-day helper: the working day w with W(from) - W(w) = n, where W counts working days
   * cumulatively (for a working day `from` and n >= 1: the n-th working day before it).
   * n = 0 with a non-working `from` gives the last working day before it. Clamps at 1900-01-01.
   */
  subtractWorkingEpochDays(from: number, n: number): number {
    let yd = this.data(this.yearOfEpoch(from));
    let k = yd.prefix[from - yd.start + 1] - n; // k-th working day of year yd (1-based)
    while (k < 1) {
      if (yd.year <= MIN_YEAR) return MIN_EPOCH_DAY;
      yd = this.data(yd.year - 1);
      k += yd.total;
    }
    return yd.start + yd.workIdx[k - 1];
  }

  /** Cumulative working-day difference W(to) - W(from) for epoch days (any order). */
  countWorkingEpochDays(from: number, to: number): number {
    if (to < from) return -this.countWorkingEpochDays(to, from);
    const yf = this.yearOfEpoch(from);
    const yt = this.yearOfEpoch(to);
    let yd = this.data(yf);
    let count = -yd.prefix[from - yd.start + 1];
    for (let y = yf; y < yt; y++) {
      count += yd.total;
      yd = this.data(y + 1);
    }
    return count + yd.prefix[to - yd.start + 1];
  }

  /** Working days in (from, to]; throws RangeError when to < from. */
  workingDaysBetween(from: IsoDate, to: IsoDate): { days: number; provisional: boolean } {
    const f = toEpochDay(from);
    const t = toEpochDay(to);
    if (t < f) throw new RangeError(`workingDaysBetween: end ${to} is before start ${from}`);
    return { days: this.countWorkingEpochDays(f, t), provisional: this.anyProvisional(yearOf(from), yearOf(to)) };
  }

  /** `d` if it is a working day, else the next working day after it. */
  nextWorkingDayOnOrAfter(d: IsoDate): { date: IsoDate; provisional: boolean } {
    const e = toEpochDay(d);
    if (this.isWorkingEpochDay(e)) return { date: d, provisional: !this.isOfficial(yearOf(d)) };
    const r = this.addWorkingEpochDays(e, 1);
    return { date: fromEpochDay(r.day), provisional: r.provisional };
  }

  /** Epoch-day variant of isProvisionalSpan. */
  isProvisionalEpochSpan(from: number, to: number): boolean {
    const a = this.yearOfEpoch(from);
    const b = this.yearOfEpoch(to);
    return this.anyProvisional(Math.min(a, b), Math.max(a, b));
  }

  /** True when any year between the two dates (inclusive, either order) has no official schedule. */
  isProvisionalSpan(from: IsoDate, to: IsoDate): boolean {
    const a = yearOf(from);
    const b = yearOf(to);
    return this.anyProvisional(Math.min(a, b), Math.max(a, b));
  }
}
