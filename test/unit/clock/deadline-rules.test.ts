/**
 * Table tests for the rules of deadlines.md with real 2025/2026 schedules.
 * Every expected date was worked out by hand from the calendar; the reasoning
 * is in the comment of each row (S = start day, not counted; H = holiday;
 * W = make-up working day).
 */
import { ClockInput, ClockRule, checkExtension, computeDeadline, describeRule } from '../../../src/modules/clock';
import { RULES, officialCalendar } from './fixtures';

const cal = officialCalendar();

function due(rule: ClockRule, start: string, extra: Partial<ClockInput> = {}, today = start) {
  return computeDeadline(cal, { rule, start, pauses: [], extended: 0, ...extra }, today);
}

describe('acceptance review: 5 working days', () => {
  it('starting the Friday before Spring Festival 2026', () => {
    // S = Fri 02-13. 02-14 Sat W (1); 02-15..23 H; Tue 02-24 (2), 25 (3), 26 (4), Fri 02-27 (5)
    expect(due(RULES.procurementAcceptance, '2026-02-13')).toMatchObject({ dueOn: '2026-02-27', provisional: false, unit: 'WORKING_DAYS' });
  });
  it('starting the Friday before Spring Festival 2025', () => {
    // S = Fri 01-24. Sat 01-25 off; Sun 01-26 W (1); Mon 01-27 (2); 01-28..02-04 H; Wed 02-05 (3), 06 (4), Fri 02-07 (5)
    expect(due(RULES.procurementAcceptance, '2025-01-24').dueOn).toBe('2025-02-07');
  });
  it('land: 7 working days across Labour Day 2025', () => {
    // S = Thu 04-24. Fri 04-25 (1); Sat 26 off; Sun 04-27 W (2); Mon 28 (3), 29 (4), Wed 30 (5); 05-01..05 H; Tue 05-06 (6), Wed 05-07 (7)
    expect(due(RULES.landAcceptance, '2025-04-24').dueOn).toBe('2025-05-07');
  });
});

describe('procurement complaint: 30 working days', () => {
  it('across Labour Day 2026', () => {
    // S = Mon 04-20. 04-21..24 (4); 04-27..30 (8); 05-01..05 H; 05-06..08 (11); Sat 05-09 W (12);
    // 05-11..15 (17); 05-18..22 (22); 05-25..29 (27); 06-01 (28), 06-02 (29), Wed 06-03 (30)
    expect(due(RULES.procurementHandling, '2026-04-20').dueOn).toBe('2026-06-03');
  });
  it('across National Day 2025', () => {
    // S = Mon 09-15. 09-16..19 (4); 09-22..26 (9); Sun 09-28 W (10); 29, 30 (12); 10-01..08 H;
    // Thu 10-09 (13), Fri 10-10 (14), Sat 10-11 W (15); 10-13..17 (20); 10-20..24 (25); 10-27..31 (30)
    expect(due(RULES.procurementHandling, '2025-09-15').dueOn).toBe('2025-10-31');
  });
  it('plain spring 2026 (Qingming 04-04..06)', () => {
    // S = Mon 03-02. 03-03..06 (4); 09..13 (9); 16..20 (14); 23..27 (19); 30, 31 (21);
    // 04-01..03 (24); 04-04..06 H; 04-07..10 (28); Mon 04-13 (29), Tue 04-14 (30)
    expect(due(RULES.procurementHandling, '2026-03-02').dueOn).toBe('2026-04-14');
  });
});

describe('patent adjudication: 3 months, extension up to 1 month', () => {
  it('from 2025-11-30: clamps to 2026-02-28, which is a make-up Saturday (a working day)', () => {
    // 11-30 + 3 months = "02-30" -> clamped to 02-28 (2026 not leap); 02-28 is W, so no roll forward
    expect(due(RULES.patentHandling, '2025-11-30')).toMatchObject({ dueOn: '2026-02-28', unit: 'MONTHS' });
  });
  it('from 2025-11-30 with the 1-month extension', () => {
    // 11-30 + 4 months = 2026-03-30, a Monday
    expect(due(RULES.patentHandling, '2025-11-30', { extended: 1 }).dueOn).toBe('2026-03-30');
  });
  it('clamping to a Sunday month end, then rolling forward', () => {
    // 2026-11-30 + 3 months = "2027-02-30" -> 02-28, a Sunday -> Mon 2027-03-01 (2027: provisional)
    expect(due(RULES.patentHandling, '2026-11-30')).toMatchObject({ dueOn: '2027-03-01', provisional: true });
  });
  it('landing on the first day of Spring Festival 2026 rolls to 02-24', () => {
    // 2025-11-15 + 3 months = 2026-02-15 (H); 02-15..23 H -> Tue 02-24
    expect(due(RULES.patentHandling, '2025-11-15').dueOn).toBe('2026-02-24');
    // 2025-11-14 + 3 months = 2026-02-14, a make-up Saturday: stays
    expect(due(RULES.patentHandling, '2025-11-14').dueOn).toBe('2026-02-14');
  });
  it('landing on a plain Saturday rolls to Monday', () => {
    // 2025-10-31 + 3 months = 2026-01-31, Saturday -> Sun 02-01 off -> Mon 02-02
    expect(due(RULES.patentHandling, '2025-10-31').dueOn).toBe('2026-02-02');
  });
});

describe('land ownership: 6 months', () => {
  it('month-end clamping', () => {
    // 2025-10-31 + 6 months = "2026-04-31" -> 04-30, a Thursday
    expect(due(RULES.landHandling, '2025-10-31').dueOn).toBe('2026-04-30');
  });
  it('ending in Labour Day 2026', () => {
    // 2025-11-04 + 6 months = 2026-05-04 (H); 05-05 H -> Wed 05-06
    expect(due(RULES.landHandling, '2025-11-04').dueOn).toBe('2026-05-06');
  });
  it('1 month from 01-31 (month-end clamping)', () => {
    const oneMonth: ClockRule = { ...RULES.landHandling, amount: 1 };
    // 2026-01-31 + 1 month = 02-28 (make-up Saturday, working)
    expect(due(oneMonth, '2026-01-31').dueOn).toBe('2026-02-28');
    // 2025-01-31 + 1 month = 2025-02-28, a Friday
    expect(due(oneMonth, '2025-01-31').dueOn).toBe('2025-02-28');
    // 2024-01-31 + 1 month = 2024-02-29 (leap year), a Thursday
    expect(due(oneMonth, '2024-01-31').dueOn).toBe('2024-02-29');
  });
});

describe("people's mediation: 30 calendar days", () => {
  it('ending in National Day 2026 rolls forward to 10-08', () => {
    // 2026-09-01 + 30 = 10-01 (H); 10-01..07 H -> Thu 10-08
    expect(due(RULES.peoplesMediation, '2026-09-01')).toMatchObject({ dueOn: '2026-10-08', unit: 'CALENDAR_DAYS' });
  });
  it('ending in National Day 2025 rolls forward to 10-09 (10-08 is a holiday in 2025)', () => {
    // 2025-09-01 + 30 = 10-01 (H); 10-01..08 H -> Thu 10-09
    expect(due(RULES.peoplesMediation, '2025-09-01').dueOn).toBe('2025-10-09');
  });
  it('pre-filing delegated mediation: plain 30 days', () => {
    // 2026-03-02 + 30 = 04-01, a Wednesday
    expect(due(RULES.preFilingMediation, '2026-03-02').dueOn).toBe('2026-04-01');
  });
});

describe('court entrusted mediation: 15 / 7 calendar days', () => {
  it('15 days into Spring Festival 2026', () => {
    // 2026-02-01 + 15 = 02-16 (H); 02-16..23 H -> Tue 02-24
    expect(due(RULES.entrustedOrdinary, '2026-02-01').dueOn).toBe('2026-02-24');
  });
  it('15 days onto a plain Saturday', () => {
    // 2026-03-06 + 15 = 03-21 Sat; Sun 03-22 -> Mon 03-23
    expect(due(RULES.entrustedOrdinary, '2026-03-06').dueOn).toBe('2026-03-23');
  });
  it('7 days (simple procedure) into Labour Day', () => {
    // 2026-04-27 + 7 = 05-04 (H); 05-05 H -> Wed 05-06
    expect(due(RULES.entrustedSimple, '2026-04-27').dueOn).toBe('2026-05-06');
    // 2025-04-24 + 7 = 05-01 (H); 05-01..05 H -> Tue 05-06
    expect(due(RULES.entrustedSimple, '2025-04-24').dueOn).toBe('2025-05-06');
  });
});

describe('judicial confirmation', () => {
  it('30-day application window from the agreement taking effect', () => {
    // 2025-12-30 + 30 = 2026-01-29, a Thursday
    expect(due(RULES.judicialConfirmationApplication, '2025-12-30').dueOn).toBe('2026-01-29');
    // 2025-12-02 + 30 = 2026-01-01 (H); 01-02 H, 01-03 H (Sat) -> Sun 01-04 is a make-up working day
    expect(due(RULES.judicialConfirmationApplication, '2025-12-02').dueOn).toBe('2026-01-04');
  });
  it('3 days to decide acceptance', () => {
    // 2026-09-28 Mon + 3 = 10-01 (H) -> 10-08
    expect(due(RULES.judicialConfirmationAcceptance, '2026-09-28').dueOn).toBe('2026-10-08');
    // 2026-02-11 Wed + 3 = 02-14, a make-up Saturday: stays
    expect(due(RULES.judicialConfirmationAcceptance, '2026-02-11').dueOn).toBe('2026-02-14');
  });
  it('15 days to rule, 10 more with extension', () => {
    // 2026-03-02 + 15 = 03-17 Tue; + 25 = 03-27 Fri
    expect(due(RULES.judicialConfirmationDecision, '2026-03-02').dueOn).toBe('2026-03-17');
    expect(due(RULES.judicialConfirmationDecision, '2026-03-02', { extended: 10 }).dueOn).toBe('2026-03-27');
  });
});

describe('referral response: 3 working days', () => {
  it('across the make-up Saturday after Labour Day 2026', () => {
    // S = Thu 05-07. Fri 05-08 (1), Sat 05-09 W (2), Sun off, Mon 05-11 (3)
    expect(due(RULES.referralResponse, '2026-05-07').dueOn).toBe('2026-05-11');
  });
  it('across the make-up Saturday before Spring Festival 2026', () => {
    // S = Thu 02-12. Fri 02-13 (1), Sat 02-14 W (2), 02-15..23 H, Tue 02-24 (3)
    expect(due(RULES.referralResponse, '2026-02-12').dueOn).toBe('2026-02-24');
  });
  it('across the make-up Saturday after National Day 2025', () => {
    // S = Thu 10-09. Fri 10-10 (1), Sat 10-11 W (2), Mon 10-13 (3)
    expect(due(RULES.referralResponse, '2025-10-09').dueOn).toBe('2025-10-13');
  });
  it('received on a holiday', () => {
    // S = 2026-10-03 (H). 10-04..07 H, Thu 10-08 (1), Fri 10-09 (2), Sat 10-10 W (3)
    expect(due(RULES.referralResponse, '2026-10-03').dueOn).toBe('2026-10-10');
  });
});

describe('labour arbitration: 45 days, extension 15', () => {
  it('counts and extends in calendar days', () => {
    // 2026-08-17 + 45 = 10-01 (H) -> 10-08; + 60 = 10-16 Fri
    expect(due(RULES.laborArbitration, '2026-08-17').dueOn).toBe('2026-10-08');
    expect(due(RULES.laborArbitration, '2026-08-17', { extended: 15 }).dueOn).toBe('2026-10-16');
  });
});

describe('pauses', () => {
  const rule = RULES.procurementHandling; // 30 WD; from Mon 2026-03-02 due Tue 04-14 (see above)

  it('a closed pause pushes out by the working days it covers', () => {
    // pause (03-10, 03-17]: Wed 11, Thu 12, Fri 13, Mon 16, Tue 17 = 5 WD -> 35 WD: 04-14 (30), 15, 16, 17 (33), 20 (34), 21 (35)
    const v = due(rule, '2026-03-02', { pauses: [{ from: '2026-03-10', to: '2026-03-17' }] }, '2026-03-20');
    expect(v).toMatchObject({ dueOn: '2026-04-21', pausedUnits: 5 });
  });

  it('an open pause covers (from, today] and the state is PAUSED', () => {
    // open since Tue 03-10, today Fri 03-13: 11, 12, 13 = 3 WD -> 33 WD = 04-17
    // used before the pause: 03-03..06, 09, 10 = 6 -> 24 left: WD in (03-13, 04-17] = 24
    const v = due(rule, '2026-03-02', { pauses: [{ from: '2026-03-10', to: null }] }, '2026-03-13');
    expect(v).toMatchObject({ dueOn: '2026-04-17', pausedUnits: 3, state: 'PAUSED', remaining: 24, dueSoonOn: null });
    // over the weekend nothing changes (Sat/Sun are not working days)
    const w = due(rule, '2026-03-02', { pauses: [{ from: '2026-03-10', to: null }] }, '2026-03-15');
    expect(w).toMatchObject({ dueOn: '2026-04-17', pausedUnits: 3, state: 'PAUSED' });
  });

  it('overlapping pauses are merged, not double counted', () => {
    // (03-10, 03-17] and (03-13, 03-20] merge to (03-10, 03-20]: 11, 12, 13, 16..20 = 8 WD
    // 38 WD: 04-14 (30), 15..17 (33), 20..24 (38)
    const v = due(
      rule,
      '2026-03-02',
      {
        pauses: [
          { from: '2026-03-13', to: '2026-03-20' },
          { from: '2026-03-10', to: '2026-03-17' },
        ],
      },
      '2026-03-25',
    );
    expect(v).toMatchObject({ dueOn: '2026-04-24', pausedUnits: 8 });
    // a pause contained in another adds nothing
    const w = due(
      rule,
      '2026-03-02',
      {
        pauses: [
          { from: '2026-03-10', to: '2026-03-20' },
          { from: '2026-03-11', to: '2026-03-12' },
        ],
      },
      '2026-03-25',
    );
    expect(w).toMatchObject({ dueOn: '2026-04-24', pausedUnits: 8 });
  });

  it('a pause resumed the same day covers nothing', () => {
    const v = due(rule, '2026-03-02', { pauses: [{ from: '2026-03-10', to: '2026-03-10' }] }, '2026-03-11');
    expect(v).toMatchObject({ dueOn: '2026-04-14', pausedUnits: 0 });
  });

  it('a working-day pause across Spring Festival counts only working days', () => {
    // no pause, S = Mon 02-02: 02-03..06 (4), 09..13 (9), Sat 14 W (10), 15..23 H, 24..27 (14),
    // Sat 28 W (15), 03-02..06 (20), 09..13 (25), 16..20 (30) -> 03-20
    expect(due(rule, '2026-02-02').dueOn).toBe('2026-03-20');
    // pause (02-12, 02-25]: Fri 13, Sat 14 W, Tue 24, Wed 25 = 4 WD -> 34 WD: 23..26 -> Thu 03-26
    const v = due(rule, '2026-02-02', { pauses: [{ from: '2026-02-12', to: '2026-02-25' }] }, '2026-02-26');
    expect(v).toMatchObject({ dueOn: '2026-03-26', pausedUnits: 4 });
  });

  it('a calendar-day pause across Spring Festival counts calendar days', () => {
    // 2026-02-01 + 30 = 03-03 Tue; pause (02-12, 02-25] = 13 days -> 02-01 + 43 = 03-16 Mon
    expect(due(RULES.peoplesMediation, '2026-02-01').dueOn).toBe('2026-03-03');
    const v = due(RULES.peoplesMediation, '2026-02-01', { pauses: [{ from: '2026-02-12', to: '2026-02-25' }] }, '2026-02-26');
    expect(v).toMatchObject({ dueOn: '2026-03-16', pausedUnits: 13 });
  });

  it('a month limit is pushed out by paused calendar days', () => {
    // 2025-11-30 + 3 months = 02-28 (W); pause (12-01, 12-11] = 10 days -> 03-10 Tue
    const v = due(RULES.patentHandling, '2025-11-30', { pauses: [{ from: '2025-12-01', to: '2025-12-11' }] }, '2025-12-20');
    expect(v).toMatchObject({ dueOn: '2026-03-10', pausedUnits: 10 });
  });

  it('the part of a pause before the start is ignored', () => {
    // pause (02-25, 03-04] clipped to (03-02, 03-04] = Tue 03, Wed 04 = 2 WD -> 32 WD: 15, 16 -> 04-16
    const v = due(rule, '2026-03-02', { pauses: [{ from: '2026-02-25', to: '2026-03-04' }] }, '2026-03-05');
    expect(v).toMatchObject({ dueOn: '2026-04-16', pausedUnits: 2 });
  });

  it('a pause that begins once the time has run out does not revive the clock', () => {
    // due 04-14; a pause from 04-14 (the last day, fully counted) or later covers nothing
    for (const from of ['2026-04-14', '2026-04-20']) {
      const v = due(rule, '2026-03-02', { pauses: [{ from, to: '2026-04-30' }] }, '2026-05-06');
      expect(v).toMatchObject({ dueOn: '2026-04-14', pausedUnits: 0, state: 'OVERDUE' });
    }
    // ...but one that began the day before does
    const w = due(rule, '2026-03-02', { pauses: [{ from: '2026-04-13', to: '2026-04-15' }] }, '2026-04-15');
    // (04-13, 04-15] = Tue 14, Wed 15 = 2 WD -> 32 WD = 04-16
    expect(w).toMatchObject({ dueOn: '2026-04-16', pausedUnits: 2 });
  });

  it('an open pause ends when the act is done', () => {
    // open since 03-10, act done on Fri 03-13: covers 11, 12, 13 = 3 WD -> due 04-17, MET
    const v = due(rule, '2026-03-02', { pauses: [{ from: '2026-03-10', to: null }], metOn: '2026-03-13' }, '2026-05-01');
    expect(v).toMatchObject({ dueOn: '2026-04-17', pausedUnits: 3, state: 'MET', remaining: null, dueSoonOn: null });
  });

  it('does not mutate its input', () => {
    const input: ClockInput = {
      rule,
      start: '2026-03-02',
      pauses: [
        { from: '2026-03-13', to: '2026-03-20' },
        { from: '2026-03-10', to: null },
      ],
      extended: 0,
    };
    const copy = JSON.parse(JSON.stringify(input));
    computeDeadline(cal, input, '2026-03-25');
    expect(input).toEqual(copy);
  });

  it('rejects invalid input with RangeError', () => {
    const base: ClockInput = { rule, start: '2026-03-02', pauses: [], extended: 0 };
    expect(() => computeDeadline(cal, { ...base, start: '2026-02-30' }, '2026-03-02')).toThrow(RangeError);
    expect(() => computeDeadline(cal, base, '2026/03/02')).toThrow(/today/);
    expect(() => computeDeadline(cal, { ...base, pauses: [{ from: '2026-03-10', to: '2026-03-09' }] }, '2026-03-12')).toThrow(/pauses\.0/);
    expect(() => computeDeadline(cal, { ...base, pauses: [{ from: 'x', to: null }] }, '2026-03-12')).toThrow(RangeError);
    expect(() => computeDeadline(cal, { ...base, extended: -1 }, '2026-03-12')).toThrow(RangeError);
    expect(() => computeDeadline(cal, { ...base, rule: { ...rule, amount: 0 } }, '2026-03-12')).toThrow(RangeError);
    expect(() => computeDeadline(cal, { ...base, rule: { ...rule, unit: 'WEEKS' as never } }, '2026-03-12')).toThrow(RangeError);
    expect(() => computeDeadline(cal, { ...base, metOn: '2026-3-3' }, '2026-03-12')).toThrow(RangeError);
  });
});

describe('extensions', () => {
  it('none allowed', () => {
    expect(checkExtension(RULES.procurementHandling, 0, 5)).toEqual({
      ok: false,
      reason: 'NOT_EXTENSIBLE',
      maxExtension: null,
      alreadyExtended: 0,
    });
  });
  it('within the maximum', () => {
    expect(checkExtension(RULES.patentHandling, 0, 1)).toEqual({ ok: true });
    expect(checkExtension(RULES.judicialConfirmationDecision, 4, 6)).toEqual({ ok: true });
  });
  it('over the maximum', () => {
    expect(checkExtension(RULES.patentHandling, 1, 1)).toEqual({
      ok: false,
      reason: 'EXCEEDS_MAXIMUM',
      maxExtension: 1,
      alreadyExtended: 1,
    });
    expect(checkExtension(RULES.judicialConfirmationDecision, 0, 11)).toMatchObject({ ok: false, reason: 'EXCEEDS_MAXIMUM', maxExtension: 10 });
  });
  it('no fixed maximum', () => {
    expect(checkExtension(RULES.landHandling, 12, 6)).toEqual({ ok: true });
  });
  it.each([0, -1, 1.5, NaN])('invalid amount %p', (amount) => {
    expect(checkExtension(RULES.patentHandling, 0, amount)).toMatchObject({ ok: false, reason: 'INVALID_AMOUNT', maxExtension: 1 });
  });
  it('an extension never makes the due date earlier and is counted in the unit', () => {
    // judicial appraisal 30 WD from Mon 03-02 -> 04-14; + 5 WD -> 15, 16, 17, 20, 21 -> 04-21
    expect(due(RULES.judicialAppraisal, '2026-03-02', { extended: 5 }).dueOn).toBe('2026-04-21');
  });
});

describe('describeRule', () => {
  it('names the start, amount, unit, action, extension and legal basis', () => {
    expect(describeRule(RULES.procurementHandling)).toBe('自收到申请之日起 30 个工作日内作出处理决定，不得延长（依据：《政府采购质疑和投诉办法》(财政部令第94号) 第21、27、28条）');
    expect(describeRule({ ...RULES.procurementHandling, startsFrom: 'ACCEPTANCE' })).toBe(
      '自受理之日起 30 个工作日内作出处理决定，不得延长（依据：《政府采购质疑和投诉办法》(财政部令第94号) 第21、27、28条）',
    );
    expect(describeRule(RULES.patentHandling)).toBe('自受理之日起 3 个月内作出处理决定，可延长 1 个月（依据：《专利行政执法办法》第10、21条）');
    expect(describeRule(RULES.landHandling)).toContain('6 个月内提出调查处理意见，可延长，无固定上限');
    expect(describeRule(RULES.judicialConfirmationApplication)).toBe('自调解协议生效之日起 30 日内共同申请司法确认，不得延长（依据：《人民调解法》第33条）');
    expect(describeRule(RULES.judicialConfirmationDecision)).toContain('可延长 10 日');
    expect(due(RULES.referralResponse, '2026-05-07').rule).toBe(describeRule(RULES.referralResponse));
  });
});
