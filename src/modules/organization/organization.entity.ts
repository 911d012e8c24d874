import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Channel, OrganizationKind } from '../../core/enums';
import { Node } from '../../core/node';

@ObjectType({ implements: Node })
@Entity({ tableName: 'organization' })
export class Organization implements Node {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Stable seed key, e.g. mediation-fuyang; not part of the API. */
  @Property({ type: 'text', unique: true })
  key!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => OrganizationKind)
  @Enum({ items: () => OrganizationKind, nativeEnumName: undefined, type: 'text' })
  kind!: OrganizationKind;

  @Field(() => [Channel])
  @Property({ type: 'text[]' })
  channels!: Channel[];

  @Field(() => String, { description: 'Administrative division, e.g. 杭州市, 富阳区, 桐庐县.' })
  @Index()
  @Property({ type: 'text' })
  region!: string;
}
