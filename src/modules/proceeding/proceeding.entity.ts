import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/node';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Channel, OutcomeKind, ProceedingStatus, ProcedureTrack } from '../../core/enums';
import { User } from '../auth';
import { Dispute } from '../dispute';
import { Matter } from '../matter';
import { Organization } from '../organization';
import type { TimeLimit } from '../matter';

/** A dispute's case at one organization (受理审查 → 办理 → 办结), with its statutory clocks. */
@ObjectType('Proceeding', { implements: Node })
@Entity({ tableName: 'proceeding' })
@Index({ name: 'proceeding_assignee_dispute_idx', properties: ['assignee', 'dispute'] })
export class Proceeding {
  [OptionalProps]?: 'version' | 'acceptedAt' | 'caseNumber' | 'assignee' | 'rejectReason' | 'outcomeKind';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => Dispute, { ref: true })
  dispute!: Ref<Dispute>;

  @Property({ type: 'uuid', nullable: true })
  referralId!: string | null;

  @Field(() => Channel)
  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;

  @Index()
  @ManyToOne(() => Organization, { ref: true })
  organization!: Ref<Organization>;

  @ManyToOne(() => Matter, { ref: true, nullable: true })
  matter!: Ref<Matter> | null;

  @Field(() => String, { nullable: true, description: '案号, assigned by the organization.' })
  @Property({ type: 'text', nullable: true })
  caseNumber: string | null = null;

  /** Indexed with the dispute for DisputeFilter.assigneeId / assignedToMe (a handler's own cases). */
  @ManyToOne(() => User, { ref: true, nullable: true })
  assignee: Ref<User> | null = null;

  @Field(() => ProceedingStatus)
  @Enum({ items: () => ProceedingStatus, type: 'text' })
  status!: ProceedingStatus;

  @Field(() => ProcedureTrack)
  @Enum({ items: () => ProcedureTrack, type: 'text' })
  procedure!: ProcedureTrack;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version: number = 1;

  @Field(() => Date, { description: 'When the case reached the organization; RECEIPT clocks start here.' })
  @Property({ type: 'timestamptz' })
  receivedAt!: Date;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  /** The handling rule this proceeding runs under (court referral kind, matter, or channel default). */
  @Property({ type: 'jsonb' })
  handlingRule!: TimeLimit;

  @Property({ type: 'jsonb', nullable: true })
  acceptanceRule!: TimeLimit | null;

  @Property({ type: 'text', nullable: true })
  rejectReason: string | null = null;

  @Enum({ items: () => OutcomeKind, type: 'text', nullable: true })
  outcomeKind: OutcomeKind | null = null;

  @Property({ type: 'boolean', nullable: true })
  outcomeSettles: boolean | null = null;

  @Property({ type: 'text', nullable: true })
  outcomeSummary: string | null = null;

  @Property({ type: 'text', nullable: true })
  outcomeDocumentNumber: string | null = null;

  @Property({ type: 'date', nullable: true })
  outcomeEffectiveOn: string | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  outcomeAt: Date | null = null;
}
