/**
 * The public calendar queries and the ADMIN holiday-schedule load, over real HTTP
 * with the typed documents of test/operations/calendar.graphql.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { AddWorkingDaysDocument, HolidayCalendarOfDocument, LoadHolidayCalendarDocument, WorkingDaysBetweenDocument, type HolidayScheduleInput } from '../generated/graphql';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';
import { CalendarService } from '../../src/modules/calendar/calendar.service';
import { Deadline } from '../../src/modules/deadline/deadline.entity';
import { DeadlineService } from '../../src/modules/deadline/deadline.service';
import { chinaDateOf, type ClockRule } from '../../src/modules/clock';
import { DeadlineKind } from '../../src/core/enums';
import { randomUUID } from 'node:crypto';

/** A fixed "now" (2026-12-30 10:00 in Beijing), so that nothing here depends on the day the suite runs. */
const NOW = new Date('2026-12-30T02:00:00Z');

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({}, { now: () => NOW });
});
afterAll(async () => {
  await t?.stop();
});

function codeOf(res: GqlResponse<unknown>): unknown {
  return res.errors?.[0]?.extensions?.code;
}

function range(from: string, toDay: number): string[] {
  // from = 'YYYY-MM-DD', consecutive days of the same month up to day `toDay`
  const out: string[] = [];
  for (let d = Number(from.slice(8)); d <= toDay; d++) out.push(`${from.slice(0, 8)}${String(d).padStart(2, '0')}`);
  return out;
}

/**
 * TEST FIXTURE, NOT THE REAL NOTICE: an invented but plausible 2027 schedule (the State
 * Council publishes the real one around November 2026). Spring Festival 2027: 除夕 is
 * 2027-02-06 (Saturday); here 02-06..02-13 are days off with make-up working days on
 * Sunday 2027-01-31 and Saturday 2027-02-20.
 */
const SCHEDULE_2027: HolidayScheduleInput = {
  year: 2027,
  holidays: [...range('2027-01-01', 3), ...range('2027-02-06', 13), ...range('2027-05-01', 5), ...range('2027-10-01', 7)],
  makeUpWorkdays: ['2027-01-31', '2027-02-20', '2027-04-25', '2027-10-09'],
  source: '测试用假想安排 (test fixture, not the State Council notice): 2027年部分节假日安排',
};

async function addWorkingDays(from: string, days: number): Promise<string> {
  const res = await t.gql(AddWorkingDaysDocument, { from, days });
  expect(res.errors).toBeUndefined();
  return res.data!.addWorkingDays;
}

async function auditRows(): Promise<{ action: string; target_ids: string[]; details: Record<string, unknown>; actor_user_id: string | null }[]> {
  return t.hub.orm.em.fork().getConnection().execute(`select action, target_ids, details, actor_user_id from audit_entry where action = 'loadHolidayCalendar' order by id`);
}

describe('addWorkingDays (public)', () => {
  it.each([
    ['2026-02-13', 1, '2026-02-14'], // Saturday 02-14 is a make-up working day
    ['2026-02-14', 1, '2026-02-24'], // 02-15..23 is the Spring Festival holiday
    ['2026-09-30', 1, '2026-10-08'], // 10-01..07 are holidays
    ['2025-12-31', 1, '2026-01-04'], // 01-01..03 holidays, Sunday 01-04 is a make-up working day
    ['2026-04-30', 1, '2026-05-06'], // 05-01..05 holidays
    ['2026-05-08', 1, '2026-05-09'], // Saturday 05-09 is a working day
    ['2026-09-18', 1, '2026-09-20'], // Sunday 09-20 is a working day
    ['2026-10-09', 1, '2026-10-10'], // Saturday 10-10 is a working day
    ['2026-02-13', 2, '2026-02-24'],
  ])('from %s adding %i working day(s) gives %s, anonymously', async (from, days, expected) => {
    const res = await t.gql(AddWorkingDaysDocument, { from, days }, null);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.addWorkingDays).toBe(expected);
  });

  it('days: 0 returns from, even on a non-working day', async () => {
    expect(await addWorkingDays('2026-02-15', 0)).toBe('2026-02-15');
    expect(await addWorkingDays('2026-03-02', 0)).toBe('2026-03-02');
  });

  it.each([-1, 3651])('days: %i is BAD_USER_INPUT naming days', async (days) => {
    const res = await t.gql(AddWorkingDaysDocument, { from: '2026-03-02', days });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/days/);
    expect(res.errors![0].extensions?.field).toBe('days');
    expect(res.data ?? null).toBeNull();
  });

  it('days: 3650 (the maximum) is answered', async () => {
    const res = await t.gql(AddWorkingDaysDocument, { from: '2026-03-02', days: 3650 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.addWorkingDays > '2040-01-01').toBe(true);
  });

  it.each(['2026-02-30', '2026-1-1', 'tomorrow', '', '2026-02-28T00:00:00Z', '1899-12-31', '3000-01-01'])('a bad date %j is BAD_USER_INPUT, never INTERNAL_SERVER_ERROR', async (from) => {
    const res = await t.gql(AddWorkingDaysDocument, { from, days: 1 });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/Date/);
    expect(res.data ?? null).toBeNull();
  });

  it('a bad date written inline in the query is refused by validation, not INTERNAL_SERVER_ERROR', async () => {
    // Apollo reports an invalid literal as a document validation failure (GRAPHQL_VALIDATION_FAILED, HTTP 400),
    // before any resolver runs; typed documents pass dates as variables, which give BAD_USER_INPUT (above).
    const res = await t.gql<{ addWorkingDays: string }, Record<string, never>>('{ addWorkingDays(from: "2026-02-30", days: 1) }');
    expect(res.status).toBe(400);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/Date must be a real calendar date/);
  });

  it('a result beyond the last supported year (2999) is BAD_USER_INPUT, not INTERNAL_SERVER_ERROR', async () => {
    const res = await t.gql(AddWorkingDaysDocument, { from: '2999-12-20', days: 30 });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
  });
});

describe('workingDaysBetween (public)', () => {
  it.each([
    ['2026-02-13', '2026-02-28', 6], // 02-14 (make-up), 02-24..27, 02-28 (make-up)
    ['2026-02-14', '2026-02-23', 0], // the Spring Festival block
    ['2026-02-14', '2026-02-24', 1],
    ['2026-02-13', '2026-02-13', 0], // from == to
    ['2026-09-30', '2026-10-10', 3], // 10-08, 10-09, 10-10 (make-up)
    ['2025-12-31', '2026-12-31', 248],
  ])('from %s to %s is %i, anonymously', async (from, to, expected) => {
    const res = await t.gql(WorkingDaysBetweenDocument, { from, to }, null);
    expect(res.errors).toBeUndefined();
    expect(res.data!.workingDaysBetween).toBe(expected);
  });

  it('agrees with addWorkingDays', async () => {
    const end = await addWorkingDays('2026-01-30', 20);
    const res = await t.gql(WorkingDaysBetweenDocument, { from: '2026-01-30', to: end });
    expect(res.data!.workingDaysBetween).toBe(20);
  });

  it('to before from is BAD_USER_INPUT', async () => {
    const res = await t.gql(WorkingDaysBetweenDocument, { from: '2026-03-02', to: '2026-03-01' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.data ?? null).toBeNull();
  });

  it('a span over 3650 days is BAD_USER_INPUT; exactly 3650 is answered', async () => {
    const over = await t.gql(WorkingDaysBetweenDocument, { from: '2026-01-01', to: '2036-01-01' }); // 3652 days
    expect(codeOf(over)).toBe('BAD_USER_INPUT');
    const limit = await t.gql(WorkingDaysBetweenDocument, { from: '2026-01-01', to: '2035-12-30' }); // 3650 days
    expect(limit.errors).toBeUndefined();
    expect(limit.data!.workingDaysBetween).toBeGreaterThan(2400);
    const oneMore = await t.gql(WorkingDaysBetweenDocument, { from: '2026-01-01', to: '2035-12-31' }); // 3651 days
    expect(codeOf(oneMore)).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['2026-02-30', '2026-03-01'],
    ['2026-03-01', '2026-1-1'],
    ['tomorrow', '2026-03-01'],
  ])('bad dates (%j, %j) are BAD_USER_INPUT', async (from, to) => {
    const res = await t.gql(WorkingDaysBetweenDocument, { from, to });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});

describe('holidayCalendar (public)', () => {
  it('2026 is official, from chinese-days, with the check values', async () => {
    const res = await t.gql(HolidayCalendarOfDocument, { year: 2026 }, null);
    expect(res.errors).toBeUndefined();
    const cal = res.data!.holidayCalendar;
    expect(cal.year).toBe(2026);
    expect(cal.official).toBe(true);
    expect(cal.source).toMatch(/chinese-days/);
    expect(cal.source).toMatch(/2026/);
    for (const d of ['2026-01-01', '2026-01-02', '2026-01-03', ...range('2026-02-15', 23), ...range('2026-05-01', 5), ...range('2026-10-01', 7)]) {
      expect(cal.holidays).toContain(d);
    }
    for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']) {
      expect(cal.makeUpWorkdays).toContain(d);
    }
    expect([...cal.holidays].sort()).toEqual(cal.holidays);
    expect(cal.holidays.every((d) => d.startsWith('2026-'))).toBe(true);
  });

  it('2027 is provisional before a schedule is loaded: fixed-date holidays only, no weekends, no source', async () => {
    const res = await t.gql(HolidayCalendarOfDocument, { year: 2027 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.holidayCalendar).toEqual({
      year: 2027,
      official: false,
      source: null,
      holidays: ['2027-01-01', '2027-05-01', '2027-05-02', '2027-10-01', '2027-10-02', '2027-10-03'],
      makeUpWorkdays: [],
    });
  });

  it('a year outside 1900..2999 is BAD_USER_INPUT', async () => {
    for (const year of [1899, 3000]) {
      const res = await t.gql(HolidayCalendarOfDocument, { year });
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('loadHolidayCalendar (ADMIN)', () => {
  let admin: string;
  let provisionalDeadlineId: string;
  const rule: ClockRule = {
    amount: 30,
    unit: 'WORKING_DAYS',
    startsFrom: 'ACCEPTANCE',
    extensible: false,
    maxExtension: null,
    legalBasis: '《政府采购质疑和投诉办法》(财政部令第94号) 第21、27、28条',
    action: '作出处理决定',
  };

  beforeAll(async () => {
    admin = await t.login('admin');
  });

  it('is UNAUTHENTICATED anonymously and FORBIDDEN for frontdesk; nothing is written', async () => {
    const anonymous = await t.gql(LoadHolidayCalendarDocument, { input: SCHEDULE_2027 }, null);
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data ?? null).toBeNull();
    const frontdesk = await t.gql(LoadHolidayCalendarDocument, { input: SCHEDULE_2027 }, await t.login('frontdesk'));
    expect(codeOf(frontdesk)).toBe('FORBIDDEN');
    expect(frontdesk.data ?? null).toBeNull();
    const rows = await t.hub.orm.em.fork().getConnection().execute('select count(*)::int as n from holiday_calendar where year = 2027');
    expect(rows[0].n).toBe(0);
    expect(await auditRows()).toEqual([]);
  });

  it.each([
    ['a date outside the year', { holidays: [...(SCHEDULE_2027.holidays as string[]), '2026-12-31'] }, 'holidays.23', /不在 2027 年内/],
    ['a date both holiday and make-up day', { makeUpWorkdays: ['2027-01-02'] }, 'makeUpWorkdays.0', /同时列为放假日期和调休上班日期/],
    ['a make-up day on a weekday', { makeUpWorkdays: ['2027-01-31', '2027-02-19'] }, 'makeUpWorkdays.1', /调休上班日应为星期六或星期日/],
    ['an empty source', { source: '' }, 'source', /通知/],
    ['a blank source', { source: '   ' }, 'source', /通知/],
  ])('rejects %s with a ValidationError naming the field; nothing is written', async (_what, patch, field, message) => {
    const res = await t.gql(LoadHolidayCalendarDocument, { input: { ...SCHEDULE_2027, ...patch } }, admin);
    expect(res.errors).toBeUndefined();
    const out = res.data!.loadHolidayCalendar;
    expect(out.__typename).toBe('ValidationError');
    if (out.__typename !== 'ValidationError') throw new Error('unreachable');
    expect(out.code).toBe('VALIDATION_FAILED');
    expect(out.fieldErrors).toEqual([{ field, message: expect.stringMatching(message) }]);
    const rows = await t.hub.orm.em.fork().getConnection().execute('select count(*)::int as n from holiday_calendar where year = 2027');
    expect(rows[0].n).toBe(0);
    expect(await auditRows()).toEqual([]);
  });

  it('reports every problem at once', async () => {
    const res = await t.gql(LoadHolidayCalendarDocument, { input: { year: 2027, holidays: ['2028-01-01'], makeUpWorkdays: ['2027-02-19'], source: '' } }, admin);
    const out = res.data!.loadHolidayCalendar;
    if (out.__typename !== 'ValidationError') throw new Error(`expected a ValidationError, got ${out.__typename}`);
    expect(out.fieldErrors.map((e) => e.field).sort()).toEqual(['holidays.0', 'makeUpWorkdays.0', 'source']);
  });

  it('a 2027 deadline is provisional before the 2027 schedule is loaded', async () => {
    const em = t.hub.orm.em.fork() as EntityManager;
    const calendar = await t.hub.services.calendar.get(em);
    const d = DeadlineService.create(em, calendar, chinaDateOf(NOW), {
      kind: DeadlineKind.HANDLING,
      rule,
      start: '2026-12-28',
      disputeId: randomUUID(),
      organizationId: randomUUID(),
    });
    await em.flush();
    provisionalDeadlineId = d.id;
    // Provisional 2027 (weekends + 01-01 only): 12-29..31, 20 weekdays of January after 01-01, 02-01..05, 02-08, 02-09.
    const rows = await t.hub.orm.em.fork().getConnection().execute('select due_on::text as due_on, provisional from deadline where id = ?', [d.id]);
    expect(rows[0]).toEqual({ due_on: '2027-02-09', provisional: true });
    expect(DeadlineService.view(d, calendar, chinaDateOf(NOW))).toMatchObject({ dueOn: '2027-02-09', provisional: true, state: 'ON_TRACK' });
  });

  it('a valid 2027 schedule loads: official, audited, and the calendar and open deadlines follow it', async () => {
    // Before: 2027 is provisional, so the Spring Festival is ordinary working days.
    expect(await addWorkingDays('2027-02-05', 3)).toBe('2027-02-10');
    expect(await addWorkingDays('2027-01-29', 5)).toBe('2027-02-05');
    const before = await t.gql(WorkingDaysBetweenDocument, { from: '2027-02-05', to: '2027-02-20' });
    expect(before.data!.workingDaysBetween).toBe(10);

    const res = await t.gql(LoadHolidayCalendarDocument, { input: SCHEDULE_2027 }, admin);
    expect(res.errors).toBeUndefined();
    const out = res.data!.loadHolidayCalendar;
    expect(out).toEqual({
      __typename: 'HolidayCalendar',
      year: 2027,
      official: true,
      source: SCHEDULE_2027.source,
      holidays: [...(SCHEDULE_2027.holidays as string[])].sort(),
      makeUpWorkdays: [...(SCHEDULE_2027.makeUpWorkdays as string[])].sort(),
    });

    // After: 02-06..13 are off, 02-14 is a Sunday; Sunday 01-31 and Saturday 02-20 are working days.
    expect(await addWorkingDays('2027-02-05', 3)).toBe('2027-02-17');
    expect(await addWorkingDays('2027-01-29', 5)).toBe('2027-02-04');
    const after = await t.gql(WorkingDaysBetweenDocument, { from: '2027-02-05', to: '2027-02-20' });
    expect(after.data!.workingDaysBetween).toBe(6); // 02-15..19 and 02-20
    const published = await t.gql(HolidayCalendarOfDocument, { year: 2027 }, null);
    expect(published.data!.holidayCalendar).toMatchObject({ official: true, source: SCHEDULE_2027.source });

    const audit = await auditRows();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'loadHolidayCalendar',
      target_ids: ['2027'],
      details: { year: 2027, holidays: 23, makeUpWorkdays: 4, source: SCHEDULE_2027.source, replaced: null },
    });
    expect(audit[0].actor_user_id).toMatch(/^[0-9a-f-]{36}$/);
    const stored = await t.hub.orm.em.fork().getConnection().execute('select source, loaded_by from holiday_calendar where year = 2027');
    expect(stored[0]).toEqual({ source: SCHEDULE_2027.source, loaded_by: audit[0].actor_user_id });
  });

  it('the 2027 deadline was recomputed: exact (not provisional), due after the Spring Festival', async () => {
    // Official 2027: 12-29..31, 01-04..29 (20) + Sunday 01-31, 02-01..05, then 02-06..14 off: the 30th is 02-15.
    const rows = await t.hub.orm.em.fork().getConnection().execute('select due_on::text as due_on, due_soon_on::text as due_soon_on, provisional from deadline where id = ?', [provisionalDeadlineId]);
    expect(rows[0]).toEqual({ due_on: '2027-02-15', due_soon_on: '2027-01-29', provisional: false });
    const em = t.hub.orm.em.fork() as EntityManager;
    const d = await em.findOneOrFail(Deadline, provisionalDeadlineId);
    expect(DeadlineService.view(d, await t.hub.services.calendar.get(em), chinaDateOf(NOW))).toMatchObject({ dueOn: '2027-02-15', provisional: false });
  });

  it("recomputes every open clock, batch after batch, in the caller's transaction", async () => {
    const em = t.hub.orm.em.fork() as EntityManager;
    const calendar = await t.hub.services.calendar.get(em);
    const made = [0, 1, 2, 3, 4].map(() =>
      DeadlineService.create(em, calendar, chinaDateOf(NOW), { kind: DeadlineKind.HANDLING, rule, start: '2026-12-28', disputeId: randomUUID(), organizationId: randomUUID() }),
    );
    await em.flush();
    const ids = made.map((d) => d.id);
    // Stale materialized dates, as if computed under another calendar.
    const conn = t.hub.orm.em.fork().getConnection();
    await conn.execute(`update deadline set due_on = '2000-01-03', due_soon_on = null, provisional = true where id in (${ids.map(() => '?').join(', ')})`, ids);
    const [{ open }] = await conn.execute<{ open: number }[]>('select count(*)::int as open from deadline where open');
    const tx = t.hub.orm.em.fork() as EntityManager;
    const recomputed = await tx.transactional((inner) => DeadlineService.recomputeOpen(inner as EntityManager, calendar, NOW, 2));
    expect(recomputed).toBe(open);
    const rows = await conn.execute(`select due_on::text as due_on, due_soon_on::text as due_soon_on, provisional from deadline where id in (${ids.map(() => '?').join(', ')})`, ids);
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(r).toEqual({ due_on: '2027-02-15', due_soon_on: '2027-01-29', provisional: false });
  });

  it('loading the same year again replaces it and is audited again', async () => {
    // A corrected fixture: Sunday 02-14 becomes a make-up working day as well.
    const corrected: HolidayScheduleInput = {
      ...SCHEDULE_2027,
      makeUpWorkdays: [...(SCHEDULE_2027.makeUpWorkdays as string[]), '2027-02-14'],
      source: `${SCHEDULE_2027.source} (corrected)`,
    };
    const res = await t.gql(LoadHolidayCalendarDocument, { input: corrected }, admin);
    const out = res.data!.loadHolidayCalendar;
    if (out.__typename !== 'HolidayCalendar') throw new Error(`expected a HolidayCalendar, got ${JSON.stringify(res)}`);
    expect(out.official).toBe(true);
    expect(out.source).toBe(corrected.source);
    expect(out.makeUpWorkdays).toContain('2027-02-14');
    expect(await addWorkingDays('2027-02-05', 3)).toBe('2027-02-16');

    const rows = await t.hub.orm.em.fork().getConnection().execute('select count(*)::int as n from holiday_calendar where year = 2027');
    expect(rows[0].n).toBe(1);
    const audit = await auditRows();
    expect(audit).toHaveLength(2);
    expect(audit[1].details).toMatchObject({
      year: 2027,
      makeUpWorkdays: 5,
      source: corrected.source,
      replaced: { holidays: 23, makeUpWorkdays: 4, source: SCHEDULE_2027.source },
    });
    const deadline = await t.hub.orm.em.fork().getConnection().execute('select due_on::text as due_on, provisional from deadline where id = ?', [provisionalDeadlineId]);
    expect(deadline[0]).toEqual({ due_on: '2027-02-14', provisional: false });
  });
});

describe('CalendarService cache', () => {
  it('a load that was in flight when the schedule changed is not kept as the current calendar', async () => {
    const service = new CalendarService();
    const em = t.hub.orm.em.fork() as EntityManager;
    // A slow read of the schedules, resolved by hand after the invalidation.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slowEm = {
      find: async (...args: Parameters<EntityManager['find']>) => {
        const rows = await em.fork().find(...args);
        await gate;
        return rows.filter((r) => (r as { year: number }).year !== 2027); // what it read before the change
      },
    } as unknown as EntityManager;
    const stale = service.get(slowEm);
    service.invalidate(); // a schedule load committed meanwhile
    release();
    expect((await stale).isOfficial(2027)).toBe(false); // the caller that started before gets what it read
    expect((await service.get(em)).isOfficial(2027)).toBe(true); // later callers read again
  });
});
