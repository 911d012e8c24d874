import { Migration } from '@mikro-orm/migrations';

/**
 * Alert generations: DeadlineService.extend resets a deadline's alert flags so the
 * sweep alerts afresh for the new due date, but the unique index
 * dispute_event_alert_once on (deadline_id, type) refused that second event, failing
 * the sweep's whole batch transaction on every run from then on. A deadline now
 * carries alert_generation (incremented with each reset); alert events record it in
 * data.alertGeneration, and the index is unique per (deadline_id, type, generation):
 * still one event per crossing and generation, whatever the number of sweeping
 * instances. Events written before this migration count as generation 0.
 *
 * The index keeps its name: MikroORM compares expression indexes by name only, so the
 * entity declaration in dispute-event.entity.ts does not make a later migration revert it.
 */
export class Migration20261126054452_alert_generation extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "deadline" add column "alert_generation" int not null default 0;`);
    this.addSql(`drop index if exists "dispute_event_alert_once";`);
    this.addSql(
      `create unique index "dispute_event_alert_once" on "dispute_event" ("deadline_id", "type", (coalesce("data"->>'alertGeneration', '0'))) where "type" in ('DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE');`,
    );
  }

  override async down(): Promise<void> {
    // Back to one alert per crossing ever. The timeline is append-only, so this does not
    // delete events: it fails (unique violation) while a deadline has alerts of two generations.
    this.addSql(`drop index if exists "dispute_event_alert_once";`);
    this.addSql(`create unique index "dispute_event_alert_once" on "dispute_event" ("deadline_id", "type") where "type" in ('DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE');`);
    this.addSql(`alter table "deadline" drop column "alert_generation";`);
  }
}
