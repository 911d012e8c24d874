import { Field, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { PauseReason } from '../../core/enums';

/** A period in which a proceeding's clock stood still (补正材料, 专家评审, 鉴定, 中止...). */
@ObjectType('Pause')
@Entity({ tableName: 'proceeding_pause' })
export class ProceedingPause {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid' })
  proceedingId!: string;

  @Field(() => PauseReason)
  @Enum({ items: () => PauseReason, type: 'text' })
  reason!: PauseReason;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note!: string | null;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Property({ type: 'uuid' })
  startedBy!: string;
}
