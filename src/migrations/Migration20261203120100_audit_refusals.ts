import { Migration } from '@mikro-orm/migrations';

export class Migration20261203120100_audit_refusals extends Migration {
  override async up(): Promise<void> {
    // Refused attempts (FORBIDDEN, NOT_FOUND) are audited after their rollback, at most
    // AUDIT_REFUSALS_PER_MINUTE per viewer and minute: counted here, in the database, so the
    // bound holds across instances. A viewer's rows of earlier minutes are deleted as it goes.
    this.addSql(
      `create table "audit_refusal_budget" ("viewer_key" text not null, "minute" timestamptz not null, "n" int not null, constraint "audit_refusal_budget_pkey" primary key ("viewer_key", "minute"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_refusal_budget";`);
  }
}
