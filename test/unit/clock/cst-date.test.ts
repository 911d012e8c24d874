import fc from 'fast-check';
import { addDays, addMonths, chinaDateOf, compareDates, dayOfWeek, daysBetween, fromEpochDay, isIsoDate, maxDate, minDate, startOfChinaDay, toEpochDay, yearOf } from '../../../src/modules/clock';

describe('isIsoDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2000-02-29', '1900-01-01', '2999-12-31', '2026-12-31'])('accepts %s', (s) => {
    expect(isIsoDate(s)).toBe(true);
  });
  it.each([
    '2026-02-29', // 2026 is not a leap year
    '1900-02-29', // 1900 is not a leap year (divisible by 100, not 400)
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '2026-01-00',
    ' 2026-01-01',
    '2026-01-01 ',
    '2026-1-01',
    '2026/01/01',
    '20260101',
    '1899-12-31',
    '3000-01-01',
    '+02026-01-01',
    '2026-01-01T00:00:00Z',
    '２０２６-01-01',
    '',
    null,
    undefined,
    20260101,
    new Date(0),
  ])('rejects %p', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });
});

describe('epoch days', () => {
  it('known values', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('1970-01-02')).toBe(1);
    expect(toEpochDay('1969-12-31')).toBe(-1);
    // 2000-01-01: 30 years incl. 7 leap years (72,76,80,84,88,92,96) = 30*365 + 7 = 10957
    expect(toEpochDay('2000-01-01')).toBe(10957);
    expect(fromEpochDay(10957)).toBe('2000-01-01');
    expect(fromEpochDay(-25567)).toBe('1900-01-01');
  });
  it('agrees with Date.UTC over 1900..2999 (property)', () => {
    const min = Date.UTC(1900, 0, 1) / 86400000;
    const max = Date.UTC(2999, 11, 31) / 86400000;
    fc.assert(
      fc.property(fc.integer({ min, max }), (n) => {
        const iso = new Date(n * 86400000).toISOString().slice(0, 10);
        expect(fromEpochDay(n)).toBe(iso);
        expect(toEpochDay(iso)).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
  it('throws RangeError on bad input', () => {
    expect(() => toEpochDay('2026-02-29')).toThrow(RangeError);
    expect(() => toEpochDay('2026-02-29')).toThrow(/2026-02-29/);
    expect(() => fromEpochDay(1.5)).toThrow(RangeError);
    expect(() => fromEpochDay(toEpochDay('2999-12-31') + 1)).toThrow(RangeError);
    expect(() => fromEpochDay(toEpochDay('1900-01-01') - 1)).toThrow(RangeError);
  });
});

describe('China Standard Time', () => {
  it('chinaDateOf uses UTC+8 whatever the process TZ', () => {
    expect(chinaDateOf(new Date('2026-01-31T15:59:59.999Z'))).toBe('2026-01-31');
    expect(chinaDateOf(new Date('2026-01-31T16:00:00.000Z'))).toBe('2026-02-01');
    expect(chinaDateOf(new Date('2026-02-01T00:30:00+08:00'))).toBe('2026-02-01');
    expect(chinaDateOf(new Date('2025-12-31T23:59:59-08:00'))).toBe('2026-01-01');
    expect(() => chinaDateOf(new Date('nope'))).toThrow(RangeError);
  });
  it('startOfChinaDay is 00:00 +08:00', () => {
    expect(startOfChinaDay('2026-02-01').toISOString()).toBe('2026-01-31T16:00:00.000Z');
    expect(chinaDateOf(startOfChinaDay('2026-10-01'))).toBe('2026-10-01');
    expect(chinaDateOf(new Date(startOfChinaDay('2026-10-01').getTime() - 1))).toBe('2026-09-30');
  });
});

describe('arithmetic', () => {
  it('addDays / daysBetween', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });
  it('addMonths clamps to month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-10-31', 6)).toBe('2026-04-30');
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2026-05-20', 0)).toBe('2026-05-20');
    expect(() => addMonths('2999-12-01', 1)).toThrow(RangeError);
  });
  it('dayOfWeek (0 = Sunday)', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2026-01-04')).toBe(0); // make-up Sunday
    expect(dayOfWeek('2026-02-14')).toBe(6);
    expect(dayOfWeek('2026-10-01')).toBe(4);
    expect(dayOfWeek('1900-01-01')).toBe(1);
  });
  it('compare / min / max / yearOf', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2026-10-02', '2026-09-30')).toBe(1);
    expect(maxDate('2026-01-01', '2026-03-01', '2025-12-31')).toBe('2026-03-01');
    expect(minDate('2026-01-01', '2026-03-01', '2025-12-31')).toBe('2025-12-31');
    expect(yearOf('2027-06-01')).toBe(2027);
    expect(() => compareDates('2026-01-01', 'x')).toThrow(RangeError);
  });
});
