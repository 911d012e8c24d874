import fc from 'fast-check';
import { WorkCalendar, addDays, dayOfWeek, fromEpochDay, toEpochDay } from '../../../src/modules/clock';
import { chineseDaysSchedules, officialCalendar } from './fixtures';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const raw: { holidays: Record<string, string>; workdays: Record<string, string> } = require('chinese-days/dist/chinese-days.json');

const cal = officialCalendar();

/** Independent reference: straight from the raw chinese-days data, one day at a time. */
function naiveIsWorking(d: string): boolean {
  if (raw.workdays[d]) return true;
  if (raw.holidays[d]) return false;
  const w = dayOfWeek(d);
  return w !== 0 && w !== 6;
}

describe('check values of deadlines.md (2026 schedule)', () => {
  it('New Year: 01-01..03 holidays, Sunday 01-04 is a make-up working day', () => {
    for (const d of ['2026-01-01', '2026-01-02', '2026-01-03']) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2026-01-04')).toBe(true);
    expect(cal.isWorkingDay('2026-01-05')).toBe(true);
  });
  it('Spring Festival: 02-15..23 holidays (weekdays included), Saturdays 02-14 and 02-28 work', () => {
    for (let d = '2026-02-15'; d <= '2026-02-23'; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    expect(cal.isWorkingDay('2026-02-13')).toBe(true);
    expect(cal.isWorkingDay('2026-02-24')).toBe(true);
    expect(cal.isWorkingDay('2026-02-21')).toBe(false); // plain Saturday inside the block
  });
  it('Labour Day: 05-01..05 holidays, Saturday 05-09 works', () => {
    for (let d = '2026-05-01'; d <= '2026-05-05'; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2026-05-09')).toBe(true);
    expect(cal.isWorkingDay('2026-05-10')).toBe(false);
  });
  it('National Day: 10-01..07 holidays, Sunday 09-20 and Saturday 10-10 work', () => {
    for (let d = '2026-10-01'; d <= '2026-10-07'; d = addDays(d, 1)) expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.isWorkingDay('2026-09-20')).toBe(true);
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.isWorkingDay('2026-10-08')).toBe(true);
  });
  it('2025 blocks', () => {
    // Spring Festival 2025-01-28..02-04, make-ups Sunday 01-26 and Saturday 02-08
    expect(cal.isWorkingDay('2025-01-26')).toBe(true);
    expect(cal.isWorkingDay('2025-01-28')).toBe(false);
    expect(cal.isWorkingDay('2025-02-04')).toBe(false);
    expect(cal.isWorkingDay('2025-02-05')).toBe(true);
    expect(cal.isWorkingDay('2025-02-08')).toBe(true);
    // Labour Day 05-01..05, make-up Sunday 04-27
    expect(cal.isWorkingDay('2025-04-27')).toBe(true);
    expect(cal.isWorkingDay('2025-05-05')).toBe(false);
    // National Day 10-01..08 (Wednesday 10-08 is a holiday), make-ups 09-28 and 10-11
    expect(cal.isWorkingDay('2025-10-08')).toBe(false);
    expect(cal.isWorkingDay('2025-10-09')).toBe(true);
    expect(cal.isWorkingDay('2025-09-28')).toBe(true);
    expect(cal.isWorkingDay('2025-10-11')).toBe(true);
  });
  it('isWorkingDay matches the raw chinese-days data for every day 2004..2026', () => {
    for (let d = '2004-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) {
      if (cal.isWorkingDay(d) !== naiveIsWorking(d)) throw new Error(`mismatch on ${d}`);
    }
  });
});

describe('addWorkingDays / workingDaysBetween / nextWorkingDayOnOrAfter', () => {
  it.each([
    // [from, n, expected, reasoning]
    ['2026-02-13', 1, '2026-02-14', 'Sat 02-14 is a make-up working day'],
    ['2026-02-13', 2, '2026-02-24', '02-15..23 holiday; Tue 02-24 is next'],
    ['2026-02-14', 0, '2026-02-14', 'n = 0 returns from'],
    ['2026-02-15', 0, '2026-02-15', 'n = 0 returns from even on a holiday'],
    ['2026-02-20', 1, '2026-02-24', 'from inside the block: first working day after it'],
    ['2026-02-27', 1, '2026-02-28', 'Fri -> make-up Sat'],
    ['2026-02-28', 1, '2026-03-02', 'Sat -> Mon (Sun 03-01 off)'],
    ['2025-12-31', 1, '2026-01-04', '01-01..03 holidays, Sun 01-04 make-up'],
    ['2025-12-31', 2, '2026-01-05', ''],
    ['2026-09-30', 1, '2026-10-08', 'National Day 10-01..07'],
    ['2026-09-30', 3, '2026-10-10', '10-08 Thu, 10-09 Fri, 10-10 make-up Sat'],
    ['2025-09-30', 1, '2025-10-09', '2025 block runs to Wed 10-08'],
  ])('addWorkingDays(%s, %i) = %s  (%s)', (from, n, expected) => {
    expect(cal.addWorkingDays(from, n)).toEqual({ date: expected, provisional: false });
  });

  it('workingDaysBetween counts (from, to]', () => {
    // (02-13, 02-28]: 02-14 (make-up), 02-24..27 (4), 02-28 (make-up) = 6
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-28')).toEqual({ days: 6, provisional: false });
    expect(cal.workingDaysBetween('2026-02-13', '2026-02-13').days).toBe(0);
    // whole 2026, against a day-by-day count of the raw data
    let naive = 0;
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) if (naiveIsWorking(d)) naive++;
    expect(cal.workingDaysBetween('2025-12-31', '2026-12-31').days).toBe(naive);
    // across several years, vs naive
    let naive2 = 0;
    for (let d = '2019-07-02'; d <= '2025-03-03'; d = addDays(d, 1)) if (naiveIsWorking(d)) naive2++;
    expect(cal.workingDaysBetween('2019-07-01', '2025-03-03').days).toBe(naive2);
    expect(() => cal.workingDaysBetween('2026-03-02', '2026-03-01')).toThrow(RangeError);
  });

  it('nextWorkingDayOnOrAfter', () => {
    expect(cal.nextWorkingDayOnOrAfter('2026-02-16').date).toBe('2026-02-24');
    expect(cal.nextWorkingDayOnOrAfter('2026-02-14').date).toBe('2026-02-14');
    expect(cal.nextWorkingDayOnOrAfter('2026-03-01').date).toBe('2026-03-02');
    expect(cal.nextWorkingDayOnOrAfter('2026-10-01')).toEqual({ date: '2026-10-08', provisional: false });
    // 2026-12-31 is Thursday: a working day
    expect(cal.nextWorkingDayOnOrAfter('2026-12-31')).toEqual({ date: '2026-12-31', provisional: false });
  });

  it('rejects invalid input with RangeError', () => {
    expect(() => cal.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-02-01', -1)).toThrow(/non-negative integer/);
    expect(() => cal.addWorkingDays('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-1-1')).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2999-12-01', 100)).toThrow(RangeError);
    expect(() => cal.scheduleFor(3000)).toThrow(RangeError);
  });

  it('supports 1900..2999 (fallback years computed lazily)', () => {
    expect(cal.isWorkingDay('1900-01-01')).toBe(false); // Monday, fixed-date 元旦 in the fallback
    expect(cal.isWorkingDay('1900-01-02')).toBe(true);
    expect(cal.isWorkingDay('2999-12-31')).toBe(true); // Tuesday
    const r = cal.addWorkingDays('2990-01-01', 2000);
    expect(r.provisional).toBe(true);
    expect(cal.workingDaysBetween('2990-01-01', r.date).days).toBe(2000);
  });
});

describe('properties (fast-check)', () => {
  const lo = toEpochDay('2004-01-01');
  const hi = toEpochDay('2028-12-31');
  const dateArb = fc.integer({ min: lo, max: hi }).map(fromEpochDay);

  it('adding N >= 1 working days gives a working day, and workingDaysBetween inverts it', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 800 }), (d, n) => {
        const r = cal.addWorkingDays(d, n);
        expect(cal.isWorkingDay(r.date)).toBe(true);
        expect(r.date > d).toBe(true);
        expect(cal.workingDaysBetween(d, r.date).days).toBe(n);
        // the day before the result still has only n-1 working days
        expect(cal.workingDaysBetween(d, addDays(r.date, -1)).days).toBe(n - 1);
      }),
      { numRuns: 300 },
    );
  });

  it('more days never give an earlier date', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (d, a, b) => {
        const [n, m] = a <= b ? [a, b] : [b, a];
        expect(cal.addWorkingDays(d, n).date <= cal.addWorkingDays(d, m).date).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a day-by-day walk over the raw data', () => {
    fc.assert(
      fc.property(fc.integer({ min: lo, max: toEpochDay('2026-06-30') }).map(fromEpochDay), fc.integer({ min: 1, max: 120 }), (d, n) => {
        let cur = d;
        for (let k = 0; k < n;) {
          cur = addDays(cur, 1);
          if (naiveIsWorking(cur)) k++;
        }
        expect(cal.addWorkingDays(d, n).date).toBe(cur);
      }),
      { numRuns: 300 },
    );
  });

  it('nextWorkingDayOnOrAfter is the first working day >= d', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const r = cal.nextWorkingDayOnOrAfter(d).date;
        expect(cal.isWorkingDay(r)).toBe(true);
        for (let x = d; x < r; x = addDays(x, 1)) expect(cal.isWorkingDay(x)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('construction', () => {
  it('lists official years and returns copies of schedules', () => {
    const years = cal.officialYears();
    expect(years[0]).toBe(2004);
    expect(years[years.length - 1]).toBe(2026);
    const s = cal.scheduleFor(2026);
    expect(s.official).toBe(true);
    expect(s.makeUpWorkdays).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
    s.holidays.push('2026-03-03');
    expect(cal.isWorkingDay('2026-03-03')).toBe(true);
  });
  it('rejects an invalid schedule and a year given twice', () => {
    expect(() => new WorkCalendar([{ year: 2026, holidays: ['2026-02-30'], makeUpWorkdays: [] }])).toThrow(/holidays\.0/);
    const s = chineseDaysSchedules().find((x) => x.year === 2026)!;
    expect(() => new WorkCalendar([s, s])).toThrow(/more than once/);
  });
});
