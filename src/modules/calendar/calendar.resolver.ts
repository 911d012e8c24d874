import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Allow, Permission } from '../../core/permissions';
import { DateScalar } from '../../core/scalars';
import { CalendarAppService } from './calendar.app-service';
import { HolidayCalendar, HolidayScheduleInput, LoadHolidayCalendarResult } from './calendar.types';

@Resolver()
export class CalendarResolver {
  @Query(() => DateScalar, {
    description: 'Public: the date that is `days` working days after `from` (the start day not counted); 0 <= days <= 3650, else BAD_USER_INPUT.',
  })
  addWorkingDays(@Ctx() ctx: HubContext, @Arg('from', () => DateScalar) from: string, @Arg('days', () => Int) days: number): Promise<string> {
    return CalendarAppService.addWorkingDays(ctx, from, days);
  }

  @Query(() => Int, { description: 'Public: working days after `from` up to and including `to`; to < from or a span over ten years is BAD_USER_INPUT.' })
  workingDaysBetween(@Ctx() ctx: HubContext, @Arg('from', () => DateScalar) from: string, @Arg('to', () => DateScalar) to: string): Promise<number> {
    return CalendarAppService.workingDaysBetween(ctx, from, to);
  }

  @Query(() => HolidayCalendar, { description: 'Public: the holiday schedule the hub uses for a year.' })
  holidayCalendar(@Ctx() ctx: HubContext, @Arg('year', () => Int) year: number): Promise<HolidayCalendar> {
    return CalendarAppService.holidayCalendar(ctx, year);
  }

  @Allow(Permission.MANAGE_CALENDAR)
  @Mutation(() => LoadHolidayCalendarResult, {
    description: "ADMIN: load or replace a year's official holiday schedule. Open deadlines are recomputed against it.",
  })
  loadHolidayCalendar(@Ctx() ctx: HubContext, @Arg('input', () => HolidayScheduleInput) input: HolidayScheduleInput) {
    return CalendarAppService.loadSchedule(ctx, input);
  }
}
