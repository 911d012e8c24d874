import type { HubContext } from '../../core/context';
import { FieldErrorCode } from '../../core/enums';
import { FieldError, ValidationError } from '../../core/errors';
import { badUserInput } from '../../core/graphql-errors';
import { daysBetween, validateSchedule } from '../clock';
import { HolidayCalendarYear } from './holiday-calendar.entity';
import { HolidayCalendar, HolidayScheduleInput } from './calendar.types';

const MAX_SPAN_DAYS = 3650;

export class CalendarAppService {
  static async addWorkingDays(ctx: HubContext, from: string, days: number): Promise<string> {
    if (!Number.isInteger(days) || days < 0 || days > MAX_SPAN_DAYS) {
      throw badUserInput(`days must be between 0 and ${MAX_SPAN_DAYS} (got ${days})`, 'days');
    }
    const calendar = await ctx.services.calendar.get(ctx.em);
    try {
      return calendar.addWorkingDays(from, days).date;
    } catch (e) {
      // The result would fall after the last supported year (2999): the caller's input, not a server fault.
      if (e instanceof RangeError) throw badUserInput(`${days} working days after ${from} is beyond the supported calendar (${e.message})`, 'days');
      throw e;
    }
  }

  static async workingDaysBetween(ctx: HubContext, from: string, to: string): Promise<number> {
    const span = daysBetween(from, to);
    if (span < 0) throw badUserInput(`to (${to}) is before from (${from})`, 'to');
    if (span > MAX_SPAN_DAYS) throw badUserInput(`the span from ${from} to ${to} is over ten years (${MAX_SPAN_DAYS} days)`, 'to');
    const calendar = await ctx.services.calendar.get(ctx.em);
    return calendar.workingDaysBetween(from, to).days;
  }

  static async holidayCalendar(ctx: HubContext, year: number): Promise<HolidayCalendar> {
    if (!Number.isInteger(year) || year < 1900 || year > 2999) throw badUserInput(`year must be between 1900 and 2999 (got ${year})`, 'year');
    const calendar = await ctx.services.calendar.get(ctx.em);
    const schedule = calendar.scheduleFor(year);
    return Object.assign(new HolidayCalendar(), {
      year,
      official: schedule.official,
      source: schedule.official ? (schedule.source ?? null) : null,
      holidays: [...schedule.holidays].sort(),
      makeUpWorkdays: [...schedule.makeUpWorkdays].sort(),
    });
  }

  /** Loads or replaces a year's official schedule, audited, in one transaction. */
  static async loadSchedule(ctx: HubContext, input: HolidayScheduleInput): Promise<HolidayCalendar | ValidationError> {
    const schedule = { year: input.year, holidays: input.holidays, makeUpWorkdays: input.makeUpWorkdays, source: input.source };
    const problems = validateSchedule(schedule).map((p) => new FieldError(p.field, p.message));
    if (!input.source || input.source.trim().length < 4) problems.push(new FieldError('source', '请注明节假日安排所依据的通知（至少 4 个字符）', FieldErrorCode.TOO_SHORT));
    if (input.source && input.source.length > 500) problems.push(new FieldError('source', '最多 500 个字符', FieldErrorCode.TOO_LONG));
    if (problems.length) return new ValidationError(problems);

    await ctx.services.uow.run(ctx, 'loadHolidayCalendar', async (env) => {
      const { em } = env;
      const existing = await em.findOne(HolidayCalendarYear, { year: input.year });
      const row = existing ?? em.create(HolidayCalendarYear, { year: input.year, source: '', holidays: [], makeUpWorkdays: [], loadedBy: null });
      const previous = existing ? { holidays: existing.holidays.length, makeUpWorkdays: existing.makeUpWorkdays.length, source: existing.source } : null;
      row.source = input.source.trim();
      row.holidays = [...new Set(input.holidays)].sort();
      row.makeUpWorkdays = [...new Set(input.makeUpWorkdays)].sort();
      row.loadedAt = env.now;
      row.loadedBy = ctx.viewer?.userId ?? null;
      env.targets.push(String(input.year));
      env.auditDetails = { year: input.year, holidays: row.holidays.length, makeUpWorkdays: row.makeUpWorkdays.length, source: row.source, replaced: previous };
      await em.flush();
      ctx.services.calendar.invalidate();
      // Every open clock is recomputed on the new schedule in this transaction (the deadline module listens).
      return (await env.emit('calendar.changed', { year: input.year, calendar: await ctx.services.calendar.build(em) })) ?? true;
    });
    ctx.services.calendar.invalidate();
    return CalendarAppService.holidayCalendar(ctx, input.year);
  }
}
