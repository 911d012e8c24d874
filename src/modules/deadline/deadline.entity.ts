import { Entity, Enum, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { DeadlineKind } from '../../core/enums';
import type { ClockPause, ClockRule } from '../clock';

/**
 * One statutory clock (of a referral, proceeding or judicial confirmation).
 * The inputs (rule, start, pauses, extensions, met) are the truth; due_on,
 * due_soon_on, paused and provisional are materialized from them by the pure
 * clock module on every change, so that the sweep and the `overdue` filter
 * are plain indexed queries.
 */
@Entity({ tableName: 'deadline' })
@Index({ name: 'deadline_sweep_idx', properties: ['dueSoonOn', 'dueOn'], expression: 'create index "deadline_sweep_idx" on "deadline" ("due_soon_on", "due_on") where "open" and not "paused"' })
@Index({
  name: 'deadline_duty_idx',
  properties: ['disputeId', 'dueOn', 'dueSoonOn'],
  expression: `create index "deadline_duty_idx" on "deadline" ("dispute_id", "due_on", "due_soon_on") where "open" and not "paused" and "kind" <> 'JUDICIAL_CONFIRMATION_APPLICATION'`,
})
export class Deadline {
  [OptionalProps]?: 'extended' | 'open' | 'paused' | 'provisional' | 'createdAt' | 'updatedAt' | 'metOn' | 'dueSoonAlertedAt' | 'overdueAlertedAt' | 'pauses' | 'alertGeneration';

  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Enum({ items: () => DeadlineKind, type: 'text' })
  kind!: DeadlineKind;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  disputeId!: string | null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  referralId!: string | null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  proceedingId!: string | null;

  @Index()
  @Property({ type: 'uuid', nullable: true })
  judicialConfirmationId!: string | null;

  /** The organization that must act before the deadline (alerts go to it). */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Property({ type: 'jsonb' })
  rule!: ClockRule;

  @Property({ type: 'date' })
  startOn!: string;

  @Property({ type: 'jsonb' })
  pauses: ClockPause[] = [];

  @Property({ type: 'integer' })
  extended: number = 0;

  @Property({ type: 'date', nullable: true })
  metOn: string | null = null;

  /** False once met, missed and closed, or cancelled (e.g. the referral was withdrawn). */
  @Property({ type: 'boolean' })
  open: boolean = true;

  @Property({ type: 'date' })
  dueOn!: string;

  @Property({ type: 'date', nullable: true })
  dueSoonOn!: string | null;

  @Property({ type: 'boolean' })
  paused: boolean = false;

  @Property({ type: 'boolean' })
  provisional: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  dueSoonAlertedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  overdueAlertedAt: Date | null = null;

  /**
   * Incremented whenever the alert flags are reset (an extension): each alert event
   * records it in data.alertGeneration, and the unique index dispute_event_alert_once
   * is on (deadline_id, type, generation), so a crossing alerts once per generation.
   */
  @Property({ type: 'integer', default: 0 })
  alertGeneration: number = 0;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
