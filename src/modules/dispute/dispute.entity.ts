import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../core/node';
import { DateScalar, DecimalScalar } from '../../core/scalars';
import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique, type Ref } from '@mikro-orm/core';
import { DisputeCategory, DisputeSource, DisputeStatus } from '../../core/enums';
import { Matter } from '../matter';
import { Organization } from '../organization';

/** One dispute, one code: every channel it passes through adds to its one timeline. */
@ObjectType('Dispute', { implements: Node })
@Entity({ tableName: 'dispute' })
@Index({ name: 'dispute_received_keyset_idx', properties: ['receivedAt', 'id'] })
@Index({ name: 'dispute_status_region_idx', properties: ['status', 'region', 'receivedAt'] })
/** An idempotency key is the registering user's own: another user's equal key neither collides nor reveals anything. */
@Unique({ name: 'dispute_registered_by_idempotency_key_unique', properties: ['registeredBy', 'idempotencyKey'] })
export class Dispute {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt' | 'closedAt' | 'receivedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** HZ2026-000123, from the dispute_code_seq sequence. */
  @Field(() => String, { description: 'One dispute, one code, human-readable and unique, e.g. HZ2026-000123.' })
  @Property({ type: 'text', unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  facts!: string;

  @Field(() => DisputeCategory)
  @Enum({ items: () => DisputeCategory, type: 'text' })
  category!: DisputeCategory;

  @ManyToOne(() => Matter, { nullable: true, ref: true })
  matter!: Ref<Matter> | null;

  /** Exact decimal yuan; numeric(17,2) read back as a string. */
  @Field(() => DecimalScalar, { nullable: true })
  @Property({ type: 'decimal', precision: 17, scale: 2, nullable: true })
  amount!: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  region!: string;

  @Field(() => DisputeSource)
  @Enum({ items: () => DisputeSource, type: 'text' })
  source!: DisputeSource;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  occurredOn!: string | null;

  @Property({ type: 'jsonb', nullable: true })
  applicationData!: Record<string, unknown> | null;

  @Field(() => DisputeStatus)
  @Enum({ items: () => DisputeStatus, type: 'text' })
  status!: DisputeStatus;

  /** Bumped by every change of the dispute or its referrals; clients pass it back as expectedVersion. */
  @Field(() => Int, { description: 'Optimistic-lock version; pass it back as expectedVersion.' })
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Index()
  @ManyToOne(() => Organization, { nullable: true, ref: true })
  currentOrganization!: Ref<Organization> | null;

  @ManyToOne(() => Organization, { ref: true })
  registeredByOrganization!: Ref<Organization>;

  @Property({ type: 'uuid' })
  registeredBy!: string;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  receivedAt: Date = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Property({ type: 'text', nullable: true })
  idempotencyFingerprint!: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
