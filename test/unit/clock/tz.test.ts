/**
 * Results must not depend on the process time zone. jest is also run under
 * TZ=UTC, TZ=America/Los_Angeles and TZ=Asia/Shanghai; in addition this file
 * switches process.env.TZ at run time (Node re-reads it) and compares.
 */
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { chinaDateOf, computeDeadline, fromEpochDay, startOfChinaDay, toEpochDay } from '../../../src/modules/clock';
import { ALL_RULES, officialCalendar } from './fixtures';

const SRC = join(__dirname, '../../../src/modules/clock');

describe('time-zone independence', () => {
  it('no local-time Date methods in the clock module', () => {
    const local = /\.(get|set)(Date|Day|Month|FullYear|Year|Hours|Minutes|Seconds|Milliseconds|TimezoneOffset)\s*\(|toLocale|toDateString|new Date\(\s*\d+\s*,|Date\.parse/;
    for (const f of readdirSync(SRC).filter((x) => x.endsWith('.ts'))) {
      const lines = readFileSync(join(SRC, f), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (local.test(line)) throw new Error(`${f}:${i + 1} uses local time: ${line.trim()}`);
      });
    }
  });

  it('identical results whatever process.env.TZ is', () => {
    const saved = process.env.TZ;
    const run = () => {
      const cal = officialCalendar();
      const out: unknown[] = [];
      let seed = 7;
      const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
      for (let i = 0; i < 300; i++) {
        const start = fromEpochDay(toEpochDay('2024-01-01') + rnd(1000));
        const today = fromEpochDay(toEpochDay(start) + rnd(200));
        const pauses = rnd(2) ? [{ from: fromEpochDay(toEpochDay(start) + rnd(20)), to: rnd(2) ? null : fromEpochDay(toEpochDay(start) + 20 + rnd(20)) }] : [];
        out.push(computeDeadline(cal, { rule: ALL_RULES[rnd(ALL_RULES.length)], start, pauses, extended: rnd(3) }, today));
      }
      out.push(chinaDateOf(new Date(Date.UTC(2026, 0, 31, 16, 30))), startOfChinaDay('2026-10-01').getTime());
      return JSON.stringify(out);
    };
    try {
      const results = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((tz) => {
        process.env.TZ = tz;
        return run();
      });
      for (const r of results) expect(r).toBe(results[0]);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
