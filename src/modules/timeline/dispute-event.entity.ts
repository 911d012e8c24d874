import { BigIntType, Entity, Enum, Index, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DisputeEventType } from '../../core/enums';
import { JSONScalar } from '../../core/scalars';

/**
 * The append-only timeline. `seq` is one global, strictly increasing sequence;
 * `txId` (pg_current_xact_id()) lets readers hold back events of transactions
 * that have not committed yet, so cursors follow commit order.
 * Rows are written in the same transaction as the change they record.
 */
@ObjectType('DisputeEvent')
@Entity({ tableName: 'dispute_event' })
@Index({ properties: ['disputeId', 'seq'] })
// A deadline crossing is recorded once, whatever number of hub instances sweep.
@Unique({
  name: 'dispute_event_alert_once',
  // One alert per crossing and alert generation (an extension starts a new generation); see Migration20261126054452_alert_generation.
  expression: `create unique index "dispute_event_alert_once" on "dispute_event" ("deadline_id", "type", (coalesce("data"->>'alertGeneration', '0'))) where "type" in ('DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE')`,
})
export class DisputeEvent {
  [OptionalProps]?: 'seq' | 'at' | 'txId';

  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  seq!: string;

  @Property({ type: 'uuid' })
  disputeId!: string;

  @Field(() => DisputeEventType)
  @Enum({ items: () => DisputeEventType, type: 'text' })
  type!: DisputeEventType;

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  /** The organization that acted, or that an alert is for. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  referralId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  proceedingId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  deadlineId!: string | null;

  /** One line in Chinese, never personal data. */
  @Field(() => String, { description: 'One line a person can read, e.g. 转办至 富阳区人民调解委员会. Never contains personal data.' })
  @Property({ type: 'text' })
  summary!: string;

  /** Event-specific details, never personal data. */
  @Field(() => JSONScalar, { nullable: true, description: 'Event-specific details; never contains personal data.' })
  @Property({ type: 'jsonb', nullable: true })
  data!: Record<string, unknown> | null;

  @Property({ type: 'string', columnType: 'xid8', defaultRaw: 'pg_current_xact_id()', lazy: true })
  txId!: string;
}
