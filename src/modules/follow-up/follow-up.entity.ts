import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { FollowUpMethod, FollowUpStatus, PerformanceStatus } from '../../core/enums';
import { Node } from '../../core/node';
import { DateScalar } from '../../core/scalars';

/** One contact attempt that did not reach the party. */
export interface FollowUpAttempt {
  on: string;
  method: FollowUpMethod;
  at: string;
  by: string;
}

/**
 * The follow-up visit (回访) of a resolved or closed dispute: one per dispute, owed by the
 * organization that handled it (the concluding proceeding's, or the registering one for a
 * dispute closed without a proceeding), with its FOLLOW_UP clock. The visit's answers
 * (method, performance, four scores 1–5) go to the timeline and the statistics; the
 * comments are free text and stay here, read by the handling organization and ADMIN only
 * (follow-up.policy.ts: nobody else sees the record at all).
 */
@ObjectType('FollowUp', { implements: Node })
@Entity({ tableName: 'follow_up' })
@Unique({ name: 'follow_up_dispute_unique', properties: ['disputeId'] })
@Index({ name: 'follow_up_organization_idx', properties: ['organizationId', 'status'] })
export class FollowUp {
  [OptionalProps]?: 'version' | 'attempts' | 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  disputeId!: string;

  /** The handling organization, which owes the visit. */
  @Property({ type: 'uuid' })
  organizationId!: string;

  /** The concluding proceeding; null for a dispute closed without one. */
  @Property({ type: 'uuid', nullable: true })
  proceedingId!: string | null;

  /** The FOLLOW_UP clock (a deadline row). */
  @Property({ type: 'uuid' })
  deadlineId!: string;

  @Field(() => FollowUpStatus)
  @Enum({ items: () => FollowUpStatus, type: 'text' })
  status!: FollowUpStatus;

  @Field(() => DateScalar, { description: 'The day the dispute was resolved (the outcome took effect) or closed: no visit or attempt may be dated before it.' })
  @Property({ type: 'date' })
  concludedOn!: string;

  @Property({ type: 'jsonb' })
  attempts: FollowUpAttempt[] = [];

  @Field(() => DateScalar, { nullable: true, description: 'The day of the visit.' })
  @Property({ type: 'date', nullable: true })
  visitedOn!: string | null;

  @Field(() => FollowUpMethod, { nullable: true })
  @Enum({ items: () => FollowUpMethod, type: 'text', nullable: true })
  method!: FollowUpMethod | null;

  @Field(() => PerformanceStatus, { nullable: true, description: '履行情况 as the party reported it.' })
  @Enum({ items: () => PerformanceStatus, type: 'text', nullable: true })
  performance!: PerformanceStatus | null;

  @Field(() => Int, { nullable: true, description: 'Satisfaction 1–5: the professionalism of the staff.' })
  @Property({ type: 'smallint', nullable: true })
  professionalism!: number | null;

  @Field(() => Int, { nullable: true, description: 'Satisfaction 1–5: how easy the process was.' })
  @Property({ type: 'smallint', nullable: true })
  ease!: number | null;

  @Field(() => Int, { nullable: true, description: 'Satisfaction 1–5: timeliness.' })
  @Property({ type: 'smallint', nullable: true })
  timeliness!: number | null;

  @Field(() => Int, { nullable: true, description: 'Satisfaction 1–5: fair treatment.' })
  @Property({ type: 'smallint', nullable: true })
  fairness!: number | null;

  /** Free text: never on the timeline (resolver: the handling organization and ADMIN). */
  @Property({ type: 'text', nullable: true })
  comments!: string | null;

  @Property({ type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the visit was recorded, or the follow-up closed.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Field(() => Int, { description: 'Optimistic-lock version; pass it back as expectedVersion.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
