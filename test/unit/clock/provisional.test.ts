import { FIXED_DATE_HOLIDAYS, YearSchedule, computeDeadline } from '../../../src/modules/clock';
import { RULES, officialCalendar } from './fixtures';

/**
 * A made-up 2027 schedule for the test only (the real one is not published yet):
 * National Day 10-01..07 with make-up Sunday 09-26 and Saturday 10-09.
 */
const TEST_2027: YearSchedule = {
  year: 2027,
  holidays: ['2027-01-01', '2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'],
  makeUpWorkdays: ['2027-09-26', '2027-10-09'],
  source: 'test fixture',
};

describe('provisional years', () => {
  const cal = officialCalendar();

  it('the fixed-date holidays of the 2025 revision', () => {
    expect([...FIXED_DATE_HOLIDAYS]).toEqual(['01-01', '05-01', '05-02', '10-01', '10-02', '10-03']);
  });

  it('2027 is not official with only chinese-days (ends 2026): fallback schedule', () => {
    expect(cal.isOfficial(2027)).toBe(false);
    expect(cal.isOfficial(2026)).toBe(true);
    const s = cal.scheduleFor(2027);
    expect(s.official).toBe(false);
    expect(s.holidays).toEqual(['2027-01-01', '2027-05-01', '2027-05-02', '2027-10-01', '2027-10-02', '2027-10-03']);
    expect(s.makeUpWorkdays).toEqual([]);
    // 2027-01-01 Fri, 05-01 Sat, 05-02 Sun, 10-01 Fri: off
    for (const d of ['2027-01-01', '2027-10-01', '2027-05-01', '2027-05-02']) expect(cal.isWorkingDay(d)).toBe(false);
    // 2027-10-04 is a Monday: the fallback knows nothing of a longer block
    expect(cal.isWorkingDay('2027-10-04')).toBe(true);
    expect(cal.isWorkingDay('2027-05-03')).toBe(true); // Monday
    expect(cal.isWorkingDay('2027-01-04')).toBe(true); // Monday
  });

  it('a 2027 date is provisional, a 2026-only span is not', () => {
    expect(cal.addWorkingDays('2026-12-01', 5).provisional).toBe(false);
    // 2026-12-28 Mon: 29, 30, 31 (3), then 2027-01-01 Fri (fallback holiday), 01-04 Mon (4), 01-05 (5)
    expect(cal.addWorkingDays('2026-12-28', 5)).toEqual({ date: '2027-01-05', provisional: true });
    expect(cal.workingDaysBetween('2026-12-28', '2027-01-05')).toEqual({ days: 5, provisional: true });
    expect(cal.nextWorkingDayOnOrAfter('2027-01-01')).toEqual({ date: '2027-01-04', provisional: true });
    expect(cal.isProvisionalSpan('2025-01-01', '2026-12-31')).toBe(false);
    expect(cal.isProvisionalSpan('2026-01-01', '2027-01-01')).toBe(true);
    expect(cal.isProvisionalSpan('2003-12-31', '2004-01-01')).toBe(true);

    const v = computeDeadline(cal, { rule: RULES.referralResponse, start: '2026-12-28', pauses: [], extended: 0 }, '2026-12-28');
    // 3 working days: 29, 30, 31 -> 2026-12-31, all in 2026
    expect(v).toMatchObject({ dueOn: '2026-12-31', provisional: false });
    const w = computeDeadline(cal, { rule: RULES.procurementAcceptance, start: '2026-12-28', pauses: [], extended: 0 }, '2026-12-28');
    expect(w).toMatchObject({ dueOn: '2027-01-05', provisional: true });
  });

  it('exact once a 2027 schedule is loaded', () => {
    const cal2 = officialCalendar([TEST_2027]);
    expect(cal2.isOfficial(2027)).toBe(true);
    expect(cal2.scheduleFor(2027).official).toBe(true);
    expect(cal2.addWorkingDays('2026-12-28', 5)).toEqual({ date: '2027-01-05', provisional: false });
    expect(cal2.isWorkingDay('2027-10-04')).toBe(false);
    expect(cal2.isWorkingDay('2027-09-26')).toBe(true);
    // 2027-09-30 Thu + 2 working days: 10-01..07 holidays, Fri 10-08 (1), make-up Sat 10-09 (2)
    expect(cal2.addWorkingDays('2027-09-30', 2)).toEqual({ date: '2027-10-09', provisional: false });
    // same with only the fallback: Fri 10-01..Sun 10-03 off, Mon 10-04 (1), Tue 10-05 (2)
    expect(cal.addWorkingDays('2027-09-30', 2)).toEqual({ date: '2027-10-05', provisional: true });
    expect(cal2.isProvisionalSpan('2026-12-28', '2027-12-31')).toBe(false);
    expect(cal2.isProvisionalSpan('2026-12-28', '2028-01-01')).toBe(true);
  });
});
