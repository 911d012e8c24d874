import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../../core/enums';
import { Node } from '../../core/node';
import { Organization } from '../organization';

@ObjectType({ implements: Node })
@Entity({ tableName: 'hub_user' })
export class User implements Node {
  [OptionalProps]?: 'createdAt' | 'disabled';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Property({ type: 'text', unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  displayName!: string;

  /** scrypt$N$r$p$salt$hash; never leaves the server. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => [Role])
  @Property({ type: 'text[]' })
  roles!: Role[];

  /** Resolved through the organization loader (see auth.resolver). */
  @Index()
  @ManyToOne(() => Organization, { nullable: true, ref: true })
  organization!: Ref<Organization> | null;

  @Property({ type: 'boolean', default: false })
  disabled: boolean = false;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
