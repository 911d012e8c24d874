import { YearSchedule, validateSchedule } from '../../../src/modules/clock';
import { chineseDaysSchedules } from './fixtures';

const ok: YearSchedule = {
  year: 2026,
  holidays: ['2026-01-01', '2026-01-02', '2026-01-03'],
  makeUpWorkdays: ['2026-01-04'],
  source: 'State Council notice',
};

describe('validateSchedule', () => {
  it('accepts a valid schedule and every chinese-days year', () => {
    expect(validateSchedule(ok)).toEqual([]);
    for (const s of chineseDaysSchedules()) expect(validateSchedule(s)).toEqual([]);
  });

  it.each([2026.5, 1899, 3000, NaN, '2026' as unknown as number])('rejects year %p', (year) => {
    const errors = validateSchedule({ ...ok, year });
    expect(errors.map((e) => e.field)).toContain('year');
    expect(errors.find((e) => e.field === 'year')!.message).toMatch(/1900 至 2999 之间的整数/);
  });

  it('rejects invalid dates with their index', () => {
    const errors = validateSchedule({ ...ok, holidays: ['2026-01-01', '2026-02-29', 'x', ' 2026-01-02'] });
    expect(errors.map((e) => e.field)).toEqual(['holidays.1', 'holidays.2', 'holidays.3']);
    expect(errors[0].message).toMatch(/不是有效日期/);
  });

  it('rejects dates outside the year', () => {
    const errors = validateSchedule({ ...ok, holidays: ['2026-01-01', '2025-12-31'], makeUpWorkdays: ['2027-01-03'] });
    expect(errors).toEqual([
      { field: 'holidays.1', message: '2025-12-31 不在 2026 年内' },
      { field: 'makeUpWorkdays.0', message: '2027-01-03 不在 2026 年内' },
    ]);
  });

  it('rejects duplicates', () => {
    const errors = validateSchedule({ ...ok, holidays: ['2026-01-01', '2026-01-02', '2026-01-01'] });
    expect(errors).toEqual([{ field: 'holidays.2', message: '2026-01-01 在放假日期中重复' }]);
  });

  it('rejects a date both holiday and make-up workday', () => {
    // 2026-02-14 is a Saturday so only the overlap is reported
    const errors = validateSchedule({ ...ok, holidays: ['2026-02-14'], makeUpWorkdays: ['2026-01-04', '2026-02-14'] });
    expect(errors).toEqual([{ field: 'makeUpWorkdays.1', message: '2026-02-14 同时列为放假日期和调休上班日期' }]);
  });

  it('rejects a make-up workday that is not a Saturday or Sunday', () => {
    // 2026-01-05 is a Monday
    const errors = validateSchedule({ ...ok, makeUpWorkdays: ['2026-01-04', '2026-01-05'] });
    expect(errors).toEqual([{ field: 'makeUpWorkdays.1', message: '2026-01-05 是工作日；调休上班日应为星期六或星期日' }]);
  });

  it('rejects non-array lists', () => {
    const errors = validateSchedule({ ...ok, holidays: null as unknown as string[] });
    expect(errors).toEqual([{ field: 'holidays', message: '放假日期应为日期（YYYY-MM-DD）列表' }]);
  });

  it('reports several problems at once', () => {
    const errors = validateSchedule({ year: 3000, holidays: ['2026-13-01'], makeUpWorkdays: ['2026-01-06'] });
    expect(errors.map((e) => e.field)).toEqual(['year', 'holidays.0', 'makeUpWorkdays.0']);
  });
});
