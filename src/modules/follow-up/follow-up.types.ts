import { createUnionType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { FollowUpMethod, PerformanceStatus } from '../../core/enums';
import { InvalidTransitionError, NotFoundError, ValidationError, VersionConflictError } from '../../core/errors';
import { PageInfo } from '../../core/pagination';
import { DateScalar } from '../../core/scalars';
import { FollowUp } from './follow-up.entity';

@InputType({ description: 'A follow-up visit (回访): how the party was reached, whether the outcome was performed, and the party’s satisfaction.' })
export class RecordFollowUpInput {
  @Field(() => DateScalar, { description: 'The day of the visit (China time): not before the dispute was resolved or closed, not in the future.' })
  visitedOn!: string;

  @Field(() => FollowUpMethod)
  method!: FollowUpMethod;

  @Field(() => PerformanceStatus, { description: '履行情况: whether the agreement, decision or other outcome was performed.' })
  performance!: PerformanceStatus;

  @Field(() => Int, { description: 'Satisfaction 1–5 with the professionalism of the staff.' })
  professionalism!: number;

  @Field(() => Int, { description: 'Satisfaction 1–5 with how easy the process was.' })
  ease!: number;

  @Field(() => Int, { description: 'Satisfaction 1–5 with timeliness.' })
  timeliness!: number;

  @Field(() => Int, { description: 'Satisfaction 1–5 with fair treatment.' })
  fairness!: number;

  @Field(() => String, { nullable: true, description: 'What the party said (free text, at most 2000 characters); read by the handling organization only, never on the timeline.' })
  comments?: string | null;
}

@ObjectType('FollowUpAttempt', { description: 'A contact attempt that did not reach the party.' })
export class FollowUpAttemptView {
  @Field(() => DateScalar)
  attemptedOn!: string;

  @Field(() => FollowUpMethod)
  method!: FollowUpMethod;

  @Field(() => Date)
  recordedAt!: Date;
}

@ObjectType()
export class FollowUpEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => FollowUp)
  node!: FollowUp;
}

@ObjectType({ description: 'A page of follow-ups, earliest due first.' })
export class FollowUpConnection {
  @Field(() => [FollowUpEdge])
  edges!: FollowUpEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

export const FollowUpResult = createUnionType({
  name: 'FollowUpResult',
  types: () => [FollowUp, ValidationError, NotFoundError, InvalidTransitionError, VersionConflictError] as const,
});
