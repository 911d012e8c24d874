import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { ExtensionBasis, TimeUnit } from '../../core/enums';

/** An extension of a proceeding's handling limit or a judicial confirmation's decision limit, with who approved it and why. */
@ObjectType('Extension')
@Entity({ tableName: 'extension' })
export class ExtensionRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  proceedingId!: string | null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  judicialConfirmationId!: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => TimeUnit)
  @Enum({ items: () => TimeUnit, type: 'text' })
  unit!: TimeUnit;

  @Field(() => String)
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => ExtensionBasis)
  @Enum({ items: () => ExtensionBasis, type: 'text' })
  basis!: ExtensionBasis;

  @Field(() => String, { nullable: true, description: "Who approved it, when that person is not a hub user (e.g. the bureau's head)." })
  @Property({ type: 'text', nullable: true })
  approverName!: string | null;

  @Property({ type: 'uuid' })
  recordedBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz' })
  at!: Date;
}
