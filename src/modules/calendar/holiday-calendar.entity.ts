import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** One year's official schedule (State Council notice): holidays and make-up working days. */
@Entity({ tableName: 'holiday_calendar' })
export class HolidayCalendarYear {
  [OptionalProps]?: 'loadedAt';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'text' })
  source!: string;

  /** YYYY-MM-DD strings, sorted. */
  @Property({ type: 'text[]' })
  holidays!: string[];

  @Property({ type: 'text[]' })
  makeUpWorkdays!: string[];

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  loadedAt: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  loadedBy!: string | null;
}
