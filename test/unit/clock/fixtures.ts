/**
 * Real holiday schedules (2004..2026) from the `chinese-days` package, and rule
 * fixtures matching /work/shared/domain/deadlines.md.
 */
import { ClockRule, WorkCalendar, YearSchedule } from '../../../src/modules/clock';

interface ChineseDaysJson {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const data: ChineseDaysJson = require('chinese-days/dist/chinese-days.json');

/** One YearSchedule per year present in chinese-days (holiday blocks include their weekends). */
export function chineseDaysSchedules(): YearSchedule[] {
  const byYear = new Map<number, YearSchedule>();
  const get = (d: string): YearSchedule => {
    const year = Number(d.slice(0, 4));
    let s = byYear.get(year);
    if (!s) {
      s = { year, holidays: [], makeUpWorkdays: [], source: 'chinese-days 1.5.7' };
      byYear.set(year, s);
    }
    return s;
  };
  for (const d of Object.keys(data.holidays)) get(d).holidays.push(d);
  for (const d of Object.keys(data.workdays)) get(d).makeUpWorkdays.push(d);
  return [...byYear.values()].map((s) => ({ ...s, holidays: [...s.holidays].sort(), makeUpWorkdays: [...s.makeUpWorkdays].sort() })).sort((a, b) => a.year - b.year);
}

export function officialCalendar(extra: YearSchedule[] = []): WorkCalendar {
  return new WorkCalendar([...chineseDaysSchedules(), ...extra]);
}

const base = { extensible: false, maxExtension: null } as const;

/** Rules from deadlines.md (amounts, units, bases). */
export const RULES = {
  procurementAcceptance: {
    ...base,
    amount: 5,
    unit: 'WORKING_DAYS',
    startsFrom: 'RECEIPT',
    legalBasis: '《政府采购质疑和投诉办法》(财政部令第94号) 第21条',
    action: '决定是否受理',
  },
  procurementHandling: {
    ...base,
    amount: 30,
    unit: 'WORKING_DAYS',
    startsFrom: 'RECEIPT',
    legalBasis: '《政府采购质疑和投诉办法》(财政部令第94号) 第21、27、28条',
    action: '作出处理决定',
  },
  patentHandling: {
    amount: 3,
    unit: 'MONTHS',
    startsFrom: 'ACCEPTANCE',
    extensible: true,
    maxExtension: 1,
    legalBasis: '《专利行政执法办法》第10、21条',
    action: '作出处理决定',
  },
  landHandling: {
    amount: 6,
    unit: 'MONTHS',
    startsFrom: 'ACCEPTANCE',
    extensible: true,
    maxExtension: null,
    legalBasis: '《土地权属争议调查处理办法》第13、28条',
    action: '提出调查处理意见',
  },
  landAcceptance: {
    ...base,
    amount: 7,
    unit: 'WORKING_DAYS',
    startsFrom: 'RECEIPT',
    legalBasis: '《土地权属争议调查处理办法》第13条',
    action: '决定是否受理',
  },
  peoplesMediation: {
    amount: 30,
    unit: 'CALENDAR_DAYS',
    startsFrom: 'ACCEPTANCE',
    extensible: true,
    maxExtension: null,
    legalBasis: '《人民调解工作若干规定》第33条',
    action: '调解结束',
  },
  preFilingMediation: {
    amount: 30,
    unit: 'CALENDAR_DAYS',
    startsFrom: 'RECEIPT',
    extensible: true,
    maxExtension: null,
    legalBasis: '法院诉前委派调解工作规则',
    action: '调解结束',
  },
  entrustedOrdinary: {
    amount: 15,
    unit: 'CALENDAR_DAYS',
    startsFrom: 'RECEIPT',
    extensible: true,
    maxExtension: null,
    legalBasis: '法院委托调解工作规则',
    action: '调解结束',
  },
  entrustedSimple: {
    amount: 7,
    unit: 'CALENDAR_DAYS',
    startsFrom: 'RECEIPT',
    extensible: true,
    maxExtension: null,
    legalBasis: '法院委托调解工作规则（简易程序）',
    action: '调解结束',
  },
  judicialConfirmationApplication: {
    ...base,
    amount: 30,
    unit: 'CALENDAR_DAYS',
    startsFrom: 'AGREEMENT_EFFECTIVE',
    legalBasis: '《人民调解法》第33条',
    action: '共同申请司法确认',
  },
  judicialConfirmationAcceptance: {
    ...base,
    amount: 3,
    unit: 'CALENDAR_DAYS',
    startsFrom: 'RECEIPT',
    legalBasis: '《民事诉讼法》第205条',
    action: '决定是否受理',
  },
  judicialConfirmationDecision: {
    amount: 15,
    unit: 'CALENDAR_DAYS',
    startsFrom: 'ACCEPTANCE',
    extensible: true,
    maxExtension: 10,
    legalBasis: '《民事诉讼法》第206条',
    action: '作出是否确认的裁定',
  },
  referralResponse: {
    ...base,
    amount: 3,
    unit: 'WORKING_DAYS',
    startsFrom: 'RECEIPT',
    legalBasis: '中心转办规则',
    action: '答复是否接收',
  },
  laborArbitration: {
    amount: 45,
    unit: 'CALENDAR_DAYS',
    startsFrom: 'ACCEPTANCE',
    extensible: true,
    maxExtension: 15,
    legalBasis: '《劳动争议调解仲裁法》第29、43条',
    action: '作出仲裁裁决',
  },
  judicialAppraisal: {
    amount: 30,
    unit: 'WORKING_DAYS',
    startsFrom: 'ACCEPTANCE',
    extensible: true,
    maxExtension: 30,
    legalBasis: '《司法鉴定程序通则》第28条',
    action: '完成鉴定',
  },
} satisfies Record<string, ClockRule>;

export const ALL_RULES: ClockRule[] = Object.values(RULES);
