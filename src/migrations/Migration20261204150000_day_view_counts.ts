import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for the console's day view and "my cases" at scale (issue #18): their counts start from
 * the few rows that match (a running duty clock, an assignment) instead of every dispute.
 * - `deadline_duty_idx`: the running clocks that are somebody's duty (open, not paused, not the
 *   parties' judicial-confirmation window), with the columns the overdue and due-soon filters
 *   read, so that both the per-dispute probe and the count are index-only.
 * - `proceeding_assignee_dispute_idx` replaces `proceeding_assignee_id_index`: the same lookup,
 *   with the dispute, so that a handler's cases are read from the index alone.
 */
export class Migration20261204150000_day_view_counts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "deadline_duty_idx" on "deadline" ("dispute_id", "due_on", "due_soon_on") where "open" and not "paused" and "kind" <> 'JUDICIAL_CONFIRMATION_APPLICATION';`);
    this.addSql(`create index "proceeding_assignee_dispute_idx" on "proceeding" ("assignee_id", "dispute_id");`);
    this.addSql(`drop index "proceeding_assignee_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "proceeding_assignee_id_index" on "proceeding" ("assignee_id");`);
    this.addSql(`drop index "proceeding_assignee_dispute_idx";`);
    this.addSql(`drop index "deadline_duty_idx";`);
  }
}
