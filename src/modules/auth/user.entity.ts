import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../../core/enums';
import { Node } from '../../core/node';
import { Organization } from '../organization';

@ObjectType({ implements: Node })
@Entity({ tableName: 'hub_user' })
export class User implements Node {
  [OptionalProps]?: 'createdAt' | 'disabled' | 'version' | 'mustChangePassword' | 'tokenGeneration' | 'demoAccount' | 'updatedAt';

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

  @Field(() => Boolean, { description: 'A disabled account cannot sign in; its sessions end at once.' })
  @Property({ type: 'boolean', default: false })
  disabled: boolean = false;

  @Field(() => Boolean, { description: 'Signed in with a one-time password: only changePassword is allowed until it is changed.' })
  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean = false;

  /** Tokens carry the generation they were issued in; a password reset or change raises it, ending earlier sessions. */
  @Property({ type: 'int', default: 1 })
  tokenGeneration: number = 1;

  /** Created by the demo seed: production refuses to start while such an account accepts the demo password. */
  @Property({ type: 'boolean', default: false })
  demoAccount: boolean = false;

  @Field(() => Int, { description: 'Raised by every change; pass it back as expectedVersion.' })
  @Property({ type: 'int', default: 1 })
  version: number = 1;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
