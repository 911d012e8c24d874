import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from '../../core/node';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { IdType, PartyKind, PartyRole } from '../../core/enums';
import { Dispute } from './dispute.entity';

/** A party of a dispute. idNumber and phone are personal data: masked for viewers outside the dispute. */
@ObjectType('Party', { implements: Node })
@Entity({ tableName: 'party' })
export class Party {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Index()
  @ManyToOne(() => Dispute, { ref: true, deleteRule: 'cascade' })
  dispute!: Ref<Dispute>;

  /** Order as registered. */
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => PartyRole)
  @Enum({ items: () => PartyRole, type: 'text' })
  role!: PartyRole;

  @Field(() => PartyKind)
  @Enum({ items: () => PartyKind, type: 'text' })
  kind!: PartyKind;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => IdType, { nullable: true })
  @Enum({ items: () => IdType, type: 'text', nullable: true })
  idType!: IdType | null;

  /** Indexed: search by person and Dispute.relatedDisputes match it exactly, in its normalized form. */
  @Index()
  @Property({ type: 'text', nullable: true })
  idNumber!: string | null;

  /** Indexed: search by person and Dispute.relatedDisputes match it exactly, in its normalized form. */
  @Index()
  @Property({ type: 'text', nullable: true })
  phone!: string | null;

  @Property({ type: 'text', nullable: true })
  address!: string | null;
}
