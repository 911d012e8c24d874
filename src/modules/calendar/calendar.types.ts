import { createUnionType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../core/scalars';
import { ValidationError } from '../../core/errors';

@ObjectType()
export class HolidayCalendar {
  @Field(() => Int)
  year!: number;

  @Field(() => Boolean, { description: "True when the State Council's schedule for the year is loaded; false: weekends and fixed-date holidays only (provisional)." })
  official!: boolean;

  @Field(() => String, { nullable: true })
  source!: string | null;

  @Field(() => [DateScalar])
  holidays!: string[];

  @Field(() => [DateScalar])
  makeUpWorkdays!: string[];
}

@InputType({ description: "A year's official schedule as published by the State Council." })
export class HolidayScheduleInput {
  @Field(() => Int)
  year!: number;

  @Field(() => [DateScalar], { description: 'Every day off, weekends inside a holiday block included.' })
  holidays!: string[];

  @Field(() => [DateScalar], { description: 'Saturdays or Sundays declared working days (调休上班日).' })
  makeUpWorkdays!: string[];

  @Field(() => String, { description: 'Where the schedule comes from, e.g. 国务院办公厅关于2027年部分节假日安排的通知 (国办发明电〔2026〕N号).' })
  source!: string;
}

export const LoadHolidayCalendarResult = createUnionType({
  name: 'LoadHolidayCalendarResult',
  types: () => [HolidayCalendar, ValidationError] as const,
});
