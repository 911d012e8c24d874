import { Field, Int, ObjectType } from 'type-graphql';
import { DeadlineKind, DeadlineState, TimeUnit } from '../../core/enums';
import { DateScalar } from '../../core/scalars';

@ObjectType('Deadline')
export class DeadlineView {
  @Field(() => DeadlineKind)
  kind!: DeadlineKind;

  @Field(() => DateScalar, { description: 'Last day on which the act is on time (China Standard Time).' })
  dueOn!: string;

  @Field(() => TimeUnit)
  unit!: TimeUnit;

  @Field(() => DeadlineState)
  state!: DeadlineState;

  @Field(() => Int, {
    nullable: true,
    description: 'Days left: working days for WORKING_DAYS rules, calendar days otherwise (MONTHS included); null once met or missed.',
  })
  remaining!: number | null;

  @Field(() => Boolean, { description: 'True when dueOn depends on a year whose official holiday schedule is not loaded.' })
  provisional!: boolean;

  @Field(() => String, { description: 'Human-readable rule, with its legal basis.' })
  rule!: string;

  /** Internal: the record it was computed from. */
  deadlineId!: string;
}
