/**
 * Benchmark of the statutory-clock module (not a test).
 *
 *   node -r @swc-node/register bench/deadlines.ts [count=100000] [runs=7]
 *
 * Builds a WorkCalendar from the chinese-days schedules (2004..2026; later years
 * fall back and are provisional), generates `count` synthetic proceedings with a
 * fixed-seed PRNG (rules of deadlines.md, starts in 2024..2026, 0..3 pauses,
 * some open, some extensions, some already met), then computes every deadline
 * `runs` times and prints the median.
 */
import os from 'os';
import { prng } from './scale-data';
import { performance } from 'perf_hooks';
import { ClockInput, ClockPause, ClockRule, WorkCalendar, YearSchedule, computeDeadline, fromEpochDay, toEpochDay } from '../src/modules/clock';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const raw: { holidays: Record<string, string>; workdays: Record<string, string> } = require('chinese-days/dist/chinese-days.json');

function schedules(): YearSchedule[] {
  const byYear = new Map<number, YearSchedule>();
  const get = (d: string) => {
    const year = Number(d.slice(0, 4));
    let s = byYear.get(year);
    if (!s) byYear.set(year, (s = { year, holidays: [], makeUpWorkdays: [], source: 'chinese-days' }));
    return s;
  };
  for (const d of Object.keys(raw.holidays)) get(d).holidays.push(d);
  for (const d of Object.keys(raw.workdays)) get(d).makeUpWorkdays.push(d);
  return [...byYear.values()];
}

const r = (amount: number, unit: ClockRule['unit'], extensible: boolean, maxExtension: number | null, legalBasis: string): ClockRule => ({
  amount,
  unit,
  startsFrom: 'ACCEPTANCE',
  extensible,
  maxExtension,
  legalBasis,
  action: '作出处理决定',
});

const RULES: ClockRule[] = [
  r(5, 'WORKING_DAYS', false, null, '财政部令第94号 第21条'),
  r(30, 'WORKING_DAYS', false, null, '财政部令第94号 第21、27、28条'),
  r(3, 'MONTHS', true, 1, '《专利行政执法办法》第10、21条'),
  r(6, 'MONTHS', true, null, '《土地权属争议调查处理办法》第28条'),
  r(7, 'WORKING_DAYS', false, null, '《土地权属争议调查处理办法》第13条'),
  r(30, 'CALENDAR_DAYS', true, null, '《人民调解工作若干规定》第33条'),
  r(15, 'CALENDAR_DAYS', true, null, '委托调解'),
  r(7, 'CALENDAR_DAYS', true, null, '委托调解（简易程序）'),
  r(30, 'CALENDAR_DAYS', false, null, '《人民调解法》第33条'),
  r(3, 'CALENDAR_DAYS', false, null, '《民事诉讼法》第205条'),
  r(15, 'CALENDAR_DAYS', true, 10, '《民事诉讼法》第206条'),
  r(3, 'WORKING_DAYS', false, null, '中心转办规则'),
  r(45, 'CALENDAR_DAYS', true, 15, '《劳动争议调解仲裁法》第43条'),
  r(60, 'CALENDAR_DAYS', true, 30, '《信访工作条例》'),
  r(15, 'WORKING_DAYS', false, null, '《公证程序规则》'),
  r(30, 'WORKING_DAYS', true, 30, '《司法鉴定程序通则》第28条'),
];

function generate(count: number, seed: number): { input: ClockInput; today: string }[] {
  const rnd = prng(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const lo = toEpochDay('2024-01-01');
  const span = toEpochDay('2026-12-31') - lo + 1;
  const out: { input: ClockInput; today: string }[] = [];
  for (let i = 0; i < count; i++) {
    const rule = RULES[int(RULES.length)];
    const s = lo + int(span);
    const nPauses = int(4);
    const pauses: ClockPause[] = [];
    let cursor = s;
    for (let k = 0; k < nPauses; k++) {
      const from = cursor + 1 + int(20);
      const open = k === nPauses - 1 && rnd() < 0.3;
      const to = from + int(15);
      pauses.push({ from: fromEpochDay(from), to: open ? null : fromEpochDay(to) });
      cursor = to;
    }
    const extended = rule.extensible && rnd() < 0.2 ? 1 + int(rule.maxExtension ?? 10) : 0;
    const today = s + int(220);
    const metOn = rnd() < 0.15 ? fromEpochDay(s + 1 + int(120)) : null;
    out.push({ input: { rule, start: fromEpochDay(s), pauses, extended, metOn }, today: fromEpochDay(today) });
  }
  return out;
}

function main(): void {
  const count = Number(process.argv[2] ?? 100_000);
  const runs = Number(process.argv[3] ?? 7);
  const data = generate(count, 20260101);

  const t0 = performance.now();
  const cal = new WorkCalendar(schedules());
  const tBuild = performance.now() - t0;

  const states: Record<string, number> = {};
  const times: number[] = [];
  let provisional = 0;
  for (let run = 0; run <= runs; run++) {
    const a = performance.now();
    for (const { input, today } of data) {
      const v = computeDeadline(cal, input, today);
      if (run === 0) {
        states[v.state] = (states[v.state] ?? 0) + 1;
        if (v.provisional) provisional++;
      }
    }
    const ms = performance.now() - a;
    if (run === 0) console.log(`cold run (includes lazy per-year tables): ${ms.toFixed(1)} ms`);
    else times.push(ms);
  }
  times.sort((x, y) => x - y);
  const median = times[Math.floor(times.length / 2)];
  console.log(`node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'})`);
  console.log(`calendar construction: ${tBuild.toFixed(2)} ms (${cal.officialYears().length} official years)`);
  console.log(`proceedings: ${count}; states: ${JSON.stringify(states)}; provisional: ${provisional}`);
  console.log(`runs (warm): ${times.map((t) => t.toFixed(1)).join(', ')} ms`);
  console.log(`median: ${median.toFixed(1)} ms per ${count}; ${((median * 100_000) / count).toFixed(1)} ms per 100k; ${Math.round((count / median) * 1000).toLocaleString('en-US')} ops/s`);
}

main();
