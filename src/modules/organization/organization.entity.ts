import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Channel, OrganizationKind } from '../../core/enums';
import { Node } from '../../core/node';

@ObjectType({ implements: Node })
@Entity({ tableName: 'organization' })
export class Organization implements Node {
  [OptionalProps]?: 'version' | 'active' | 'parent' | 'createdAt';

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

  /** Resolved through the organization loader (organization.resolver). */
  @Index()
  @ManyToOne(() => Organization, { nullable: true, ref: true })
  parent: Ref<Organization> | null = null;

  @Field(() => Boolean, { description: 'A deactivated organization keeps its history but receives no new referrals.' })
  @Property({ type: 'boolean', default: true })
  active: boolean = true;

  @Field(() => Int, { description: 'Raised by every change; pass it back as expectedVersion.' })
  @Property({ type: 'int', default: 1 })
  version: number = 1;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
