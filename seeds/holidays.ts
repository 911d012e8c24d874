import data from 'chinese-days/dist/chinese-days.json';
import type { YearSchedule } from '../src/modules/clock';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const CHINESE_DAYS_VERSION: string = require('chinese-days/package.json').version;

/**
 * The official schedules (holidays and make-up working days per year) shipped
 * by the npm package chinese-days, which transcribes the State Council's
 * annual notices (国务院办公厅关于部分节假日安排的通知).
 */
export function officialSchedulesFromChineseDays(): (YearSchedule & { source: string })[] {
  const byYear = new Map<number, { holidays: string[]; makeUpWorkdays: string[] }>();
  const entry = (y: number) => {
    let e = byYear.get(y);
    if (!e) byYear.set(y, (e = { holidays: [], makeUpWorkdays: [] }));
    return e;
  };
  for (const d of Object.keys((data as { holidays: Record<string, string> }).holidays)) entry(Number(d.slice(0, 4))).holidays.push(d);
  for (const d of Object.keys((data as { workdays: Record<string, string> }).workdays)) entry(Number(d.slice(0, 4))).makeUpWorkdays.push(d);
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, e]) => ({
      year,
      holidays: e.holidays.sort(),
      makeUpWorkdays: e.makeUpWorkdays.sort(),
      source: `国务院办公厅关于${year}年部分节假日安排的通知 (transcribed by the npm package chinese-days ${CHINESE_DAYS_VERSION})`,
    }));
}
