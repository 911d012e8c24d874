import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../core/node';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Channel, ProcedureTrack, ReferralKind, ReferralStatus } from '../../core/enums';
import { Dispute } from '../dispute';
import { Matter } from '../matter';
import { Organization } from '../organization';

/** 转办 / 交办 / 委派 / 委托: a dispute sent from one organization to another, and the receiver's answer. */
@ObjectType('Referral', { implements: Node })
@Entity({ tableName: 'referral' })
@Index({ name: 'referral_inbox_idx', properties: ['toOrganization', 'createdAt', 'id'] })
@Index({ name: 'referral_inbox_status_idx', properties: ['toOrganization', 'status', 'createdAt', 'id'] })
export class Referral {
  [OptionalProps]?: 'createdAt' | 'respondedAt' | 'status';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => Dispute, { ref: true })
  dispute!: Ref<Dispute>;

  @Field(() => ReferralKind)
  @Enum({ items: () => ReferralKind, type: 'text' })
  kind!: ReferralKind;

  @Field(() => Channel)
  @Enum({ items: () => Channel, type: 'text' })
  channel!: Channel;

  @ManyToOne(() => Matter, { ref: true, nullable: true })
  matter!: Ref<Matter> | null;

  @Enum({ items: () => ProcedureTrack, type: 'text' })
  procedure!: ProcedureTrack;

  @Index()
  @ManyToOne(() => Organization, { ref: true })
  fromOrganization!: Ref<Organization>;

  @ManyToOne(() => Organization, { ref: true })
  toOrganization!: Ref<Organization>;

  @Field(() => ReferralStatus)
  @Enum({ items: () => ReferralStatus, type: 'text' })
  status: ReferralStatus = ReferralStatus.PENDING;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;

  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  respondedBy: string | null = null;

  /** The proceeding opened when it was accepted. */
  @Property({ type: 'uuid', nullable: true })
  proceedingId: string | null = null;
}
