import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/node';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { JudicialConfirmationStatus } from '../../core/enums';
import { Organization } from '../organization';

/** 司法确认: a court's review of a mediation agreement (《人民调解法》 art 33). */
@ObjectType('JudicialConfirmation', { implements: Node })
@Entity({ tableName: 'judicial_confirmation' })
export class JudicialConfirmation {
  [OptionalProps]?: 'version' | 'acceptedAt' | 'decidedAt' | 'rulingNumber' | 'note' | 'declineReason';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  proceedingId!: string;

  @Index()
  @Property({ type: 'uuid' })
  disputeId!: string;

  @Index()
  @ManyToOne(() => Organization, { ref: true })
  court!: Ref<Organization>;

  @Field(() => JudicialConfirmationStatus)
  @Enum({ items: () => JudicialConfirmationStatus, type: 'text' })
  status!: JudicialConfirmationStatus;

  @Field(() => Int)
  @Property({ type: 'integer' })
  version: number = 1;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '裁定书 number.' })
  @Property({ type: 'text', nullable: true })
  rulingNumber: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => String, { nullable: true, description: 'Why the court declined to accept the application (不予受理).' })
  @Property({ type: 'text', nullable: true })
  declineReason: string | null = null;
}
