import fc from 'fast-check';
import { ClockInput, ClockPause, addDays, computeDeadline, fromEpochDay, toEpochDay } from '../../../src/modules/clock';
import { ALL_RULES, RULES, officialCalendar } from './fixtures';

const cal = officialCalendar();

// 30 WD from Mon 2026-03-02 -> due Tue 04-14 (worked out in deadline-rules.test.ts).
// Working days after the start: 03-03..06 = 1..4, 09..13 = 5..9, 16..20 = 10..14, 23..27 = 15..19,
// 30, 31 = 20, 21, 04-01 = 22, 04-02 = 23, 04-03 = 24, (04-04..06 H), 07..10 = 25..28, 13 = 29, 14 = 30.
const procurement: ClockInput = { rule: RULES.procurementHandling, start: '2026-03-02', pauses: [], extended: 0 };

describe('states', () => {
  it('ON_TRACK', () => {
    // today Tue 03-10: used 6 of 30, remaining 24
    expect(computeDeadline(cal, procurement, '2026-03-10')).toMatchObject({
      state: 'ON_TRACK',
      remaining: 24,
      dueSoonOn: '2026-04-02',
      pausedUnits: 0,
      provisional: false,
    });
  });

  it('before the start nothing is used', () => {
    // today Fri 02-27: remaining = WD in (02-27, 04-14] = Sat 02-28 W + Mon 03-02 (the start day) + 30 = 32
    expect(computeDeadline(cal, procurement, '2026-02-27')).toMatchObject({ state: 'ON_TRACK', remaining: 32 });
  });

  it('DUE_SOON by the 75% rule', () => {
    // 75% of 30 = 22.5: DUE_SOON from the 23rd working day (Thu 04-02); remaining rule only from 04-10
    expect(computeDeadline(cal, procurement, '2026-04-01')).toMatchObject({ state: 'ON_TRACK', remaining: 8 });
    expect(computeDeadline(cal, procurement, '2026-04-02')).toMatchObject({ state: 'DUE_SOON', remaining: 7, dueSoonOn: '2026-04-02' });
    // holiday inside: 04-05 (Sunday of Qingming) -> same as 04-03
    expect(computeDeadline(cal, procurement, '2026-04-05')).toMatchObject({ state: 'DUE_SOON', remaining: 6 });
  });

  it('DUE_SOON by the fewer-than-3-units rule', () => {
    // 5 WD from Mon 03-02 -> 03, 04, 05, 06, Mon 09. 75% of 5 -> 4th WD (03-06); remaining < 3 from 03-05 (2 left)
    const acc: ClockInput = { ...procurement, rule: RULES.procurementAcceptance };
    expect(computeDeadline(cal, acc, '2026-03-04')).toMatchObject({ state: 'ON_TRACK', remaining: 3, dueOn: '2026-03-09' });
    expect(computeDeadline(cal, acc, '2026-03-05')).toMatchObject({ state: 'DUE_SOON', remaining: 2, dueSoonOn: '2026-03-05' });
    expect(computeDeadline(cal, acc, '2026-03-09')).toMatchObject({ state: 'DUE_SOON', remaining: 0 });
    // calendar days: 3 days from Wed 2026-02-11 -> Sat 02-14 (W). Remaining < 3 from 02-12 (2 left)
    const jc: ClockInput = { ...procurement, rule: RULES.judicialConfirmationAcceptance, start: '2026-02-11' };
    expect(computeDeadline(cal, jc, '2026-02-11')).toMatchObject({ state: 'ON_TRACK', remaining: 3, dueOn: '2026-02-14' });
    expect(computeDeadline(cal, jc, '2026-02-12')).toMatchObject({ state: 'DUE_SOON', remaining: 2 });
  });

  it('OVERDUE with negative remaining', () => {
    // today Thu 04-16: WD in (04-14, 04-16] = 15, 16
    expect(computeDeadline(cal, procurement, '2026-04-16')).toMatchObject({ state: 'OVERDUE', remaining: -2, dueSoonOn: '2026-04-02' });
    // Sat 04-18: (04-14, 04-18] = 15, 16, 17
    expect(computeDeadline(cal, procurement, '2026-04-18')).toMatchObject({ state: 'OVERDUE', remaining: -3 });
    // calendar-day rule: 30 days from 09-01 -> 10-08; today 10-10 -> -2 calendar days
    const pm: ClockInput = { ...procurement, rule: RULES.peoplesMediation, start: '2026-09-01' };
    expect(computeDeadline(cal, pm, '2026-10-10')).toMatchObject({ state: 'OVERDUE', remaining: -2 });
    const acc: ClockInput = { ...procurement, rule: RULES.procurementAcceptance, start: '2026-03-05' };
    // 5 WD from Thu 03-05: Fri 06, 09, 10, 11, Thu 12 -> due 03-12; today Sat 03-14: (03-12, 03-14] = Fri 13 -> -1
    expect(computeDeadline(cal, acc, '2026-03-14')).toMatchObject({ dueOn: '2026-03-12', state: 'OVERDUE', remaining: -1 });
    const fri: ClockInput = { ...procurement, rule: RULES.procurementAcceptance, start: '2026-03-06' };
    // 5 WD from Fri 03-06: 09, 10, 11, 12, Fri 13; today Sat 03-14: overdue, but (03-13, 03-14] has no WD -> 0
    const v = computeDeadline(cal, fri, '2026-03-14');
    expect(v).toMatchObject({ dueOn: '2026-03-13', state: 'OVERDUE', remaining: 0 });
    expect(Object.is(v.remaining, -0)).toBe(false);
  });

  it('PAUSED', () => {
    const v = computeDeadline(cal, { ...procurement, pauses: [{ from: '2026-04-10', to: null }] }, '2026-04-20');
    // used before the pause: 28 of 30 (04-10 is the 28th WD); would be DUE_SOON, but the clock is stopped
    // covers (04-10, 04-20] = 13, 14, 15, 16, 17, 20 = 6 WD -> 36 WD; remaining stays 2
    expect(v).toMatchObject({ state: 'PAUSED', pausedUnits: 6, remaining: 2, dueSoonOn: null });
  });

  it('MET and MISSED', () => {
    expect(computeDeadline(cal, { ...procurement, metOn: '2026-04-14' }, '2026-05-20')).toMatchObject({
      state: 'MET',
      remaining: null,
      dueSoonOn: null,
      dueOn: '2026-04-14',
    });
    expect(computeDeadline(cal, { ...procurement, metOn: '2026-03-03' }, '2026-03-03')).toMatchObject({ state: 'MET' });
    expect(computeDeadline(cal, { ...procurement, metOn: '2026-04-15' }, '2026-04-15')).toMatchObject({
      state: 'MISSED',
      remaining: null,
      dueSoonOn: null,
    });
  });
});

// ---------------------------------------------------------------- properties

const lo = toEpochDay('2020-01-01');
const hi = toEpochDay('2026-12-31');
const dateArb = fc.integer({ min: lo, max: hi }).map(fromEpochDay);
const ruleArb = fc.constantFrom(...ALL_RULES);

interface Gen {
  start: string;
  pauses: ClockPause[];
  extended: number;
  today: string;
}
/** start, 0..3 pauses placed after start (closed unless `open`), extension, today. */
const genArb = (allowOpen: boolean) =>
  fc
    .record({
      startDay: fc.integer({ min: lo, max: hi }),
      pauses: fc.array(fc.record({ offset: fc.integer({ min: -5, max: 120 }), length: fc.integer({ min: 0, max: 40 }), open: allowOpen ? fc.boolean() : fc.constant(false) }), { maxLength: 3 }),
      extended: fc.integer({ min: 0, max: 30 }),
      todayOffset: fc.integer({ min: -10, max: 300 }),
    })
    .map(({ startDay, pauses, extended, todayOffset }): Gen => {
      const start = fromEpochDay(startDay);
      return {
        start,
        pauses: pauses.map((p) => ({
          from: addDays(start, p.offset),
          to: p.open ? null : addDays(start, p.offset + p.length),
        })),
        extended,
        today: addDays(start, todayOffset),
      };
    });

describe('properties', () => {
  it('dueSoonOn: DUE_SOON on that day, ON_TRACK the day before (no open pause)', () => {
    fc.assert(
      fc.property(ruleArb, genArb(false), (rule, g) => {
        const input: ClockInput = { rule, start: g.start, pauses: g.pauses, extended: g.extended };
        const v = computeDeadline(cal, input, g.today);
        expect(v.dueSoonOn).not.toBeNull();
        const d = v.dueSoonOn!;
        expect(d <= v.dueOn).toBe(true);
        expect(computeDeadline(cal, input, d).state).toBe('DUE_SOON');
        expect(computeDeadline(cal, input, addDays(d, -1)).state).toBe('ON_TRACK');
        // and for any today up to dueOn the state follows dueSoonOn
        if (g.today <= v.dueOn) expect(v.state).toBe(g.today >= d ? 'DUE_SOON' : 'ON_TRACK');
        else expect(v.state).toBe('OVERDUE');
      }),
      { numRuns: 300 },
    );
  });

  it('with no pauses, dueSoonOn matches the first DUE_SOON day found by walking', () => {
    fc.assert(
      fc.property(ruleArb, dateArb, fc.integer({ min: 0, max: 5 }), (rule, start, extended) => {
        const input: ClockInput = { rule, start, pauses: [], extended };
        const v = computeDeadline(cal, input, start);
        let first: string | null = null;
        for (let d = addDays(start, -10); d <= v.dueOn; d = addDays(d, 1)) {
          if (computeDeadline(cal, input, d).state === 'DUE_SOON') {
            first = d;
            break;
          }
        }
        expect(v.dueSoonOn).toBe(first);
      }),
      { numRuns: 150 },
    );
  });

  it('a pause never makes dueOn earlier', () => {
    fc.assert(
      fc.property(ruleArb, genArb(true), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 30 }), (rule, g, off, len) => {
        const input: ClockInput = { rule, start: g.start, pauses: g.pauses, extended: g.extended };
        const before = computeDeadline(cal, input, g.today);
        const extra: ClockPause = { from: addDays(g.start, off), to: addDays(g.start, off + len) };
        const after = computeDeadline(cal, { ...input, pauses: [...g.pauses, extra] }, g.today);
        expect(after.dueOn >= before.dueOn).toBe(true);
        expect(after.pausedUnits >= before.pausedUnits).toBe(true);
        // and with no pause at all it is never later
        const none = computeDeadline(cal, { ...input, pauses: [] }, g.today);
        expect(none.dueOn <= before.dueOn).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('an extension never makes dueOn earlier', () => {
    fc.assert(
      fc.property(ruleArb, genArb(true), fc.integer({ min: 1, max: 30 }), (rule, g, k) => {
        const input: ClockInput = { rule, start: g.start, pauses: g.pauses, extended: g.extended };
        const a = computeDeadline(cal, input, g.today);
        const b = computeDeadline(cal, { ...input, extended: g.extended + k }, g.today);
        expect(b.dueOn >= a.dueOn).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('dueOn is a working day, after the start; remaining matches the unit', () => {
    fc.assert(
      fc.property(ruleArb, genArb(true), (rule, g) => {
        const v = computeDeadline(cal, { rule, start: g.start, pauses: g.pauses, extended: g.extended }, g.today);
        expect(cal.isWorkingDay(v.dueOn)).toBe(true);
        expect(v.dueOn > g.start).toBe(true);
        const units = (a: string, b: string) => (rule.unit === 'WORKING_DAYS' ? cal.workingDaysBetween(a, b).days : toEpochDay(b) - toEpochDay(a));
        if (g.today <= v.dueOn) expect(v.remaining).toBe(units(g.today, v.dueOn));
        else expect(v.remaining).toBe(-units(v.dueOn, g.today) || 0);
        if (v.state === 'OVERDUE') expect(g.today > v.dueOn).toBe(true);
        if (v.state === 'PAUSED') expect(g.pauses.some((p) => p.to === null && p.from <= g.today)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('WORKING_DAYS: dueOn = addWorkingDays(start, amount + extended + pausedUnits)', () => {
    const wd = ALL_RULES.filter((r) => r.unit === 'WORKING_DAYS');
    fc.assert(
      fc.property(fc.constantFrom(...wd), genArb(true), (rule, g) => {
        const v = computeDeadline(cal, { rule, start: g.start, pauses: g.pauses, extended: g.extended }, g.today);
        expect(cal.addWorkingDays(g.start, rule.amount + g.extended + v.pausedUnits).date).toBe(v.dueOn);
      }),
      { numRuns: 300 },
    );
  });
});
