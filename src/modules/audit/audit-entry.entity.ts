import { BigIntType, Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';

/** Append-only: who did what to which records, written in the request's transaction. */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['at'] })
export class AuditEntry {
  [OptionalProps]?: 'id' | 'at';

  @PrimaryKey({ type: new BigIntType('string'), autoincrement: true })
  id!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date = new Date();

  @Property({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  /** e.g. loadHolidayCalendar, registerDispute, readPersonalData */
  @Property({ type: 'text' })
  action!: string;

  @Property({ type: 'text[]' })
  targetIds!: string[];

  @Property({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;
}
