import { Migration } from '@mikro-orm/migrations';

/**
 * Typical cases (#16): drafted from a concluded dispute by the organization that handled it,
 * anonymized, approved by the organization's head, published, possibly withdrawn.
 */
export class Migration20261203171000_typical_cases extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "typical_case" (
      "id" uuid not null primary key,
      "dispute_id" uuid not null references "dispute" ("id"),
      "proceeding_id" uuid not null references "proceeding" ("id"),
      "organization_id" uuid not null references "organization" ("id"),
      "status" text not null check ("status" in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'WITHDRAWN')),
      "version" integer not null default 1,
      "matter_code" text null,
      "channel" text not null,
      "year" integer not null,
      "draft" jsonb not null,
      "anonymized" jsonb not null,
      "replacements" jsonb not null,
      "keep" jsonb not null default '[]',
      "history" jsonb not null,
      "drafted_by" uuid not null,
      "drafted_at" timestamptz not null,
      "updated_by" uuid null,
      "updated_at" timestamptz not null,
      "submitted_by" uuid null,
      "submitted_at" timestamptz null,
      "approved_by" uuid null,
      "published_at" timestamptz null,
      "withdrawn_by" uuid null,
      "withdrawn_at" timestamptz null,
      "withdraw_reason" text null,
      constraint "typical_case_published_has_date" check ("status" not in ('PUBLISHED') or "published_at" is not null));`);
    this.addSql(`create index "typical_case_dispute_id_index" on "typical_case" ("dispute_id");`);
    // Staff lists: an organization's own cases, and the overseen statuses, newest draft first.
    this.addSql(`create index "typical_case_organization_idx" on "typical_case" ("organization_id", "drafted_at", "id");`);
    this.addSql(`create index "typical_case_status_idx" on "typical_case" ("status", "drafted_at", "id");`);
    // The public list: published cases only, newest publication first.
    this.addSql(`create index "typical_case_published_idx" on "typical_case" ("published_at" desc, "id" desc) where "status" = 'PUBLISHED';`);
    // One case per dispute and organization that is not withdrawn (two drafts racing: one wins).
    this.addSql(`create unique index "typical_case_one_active" on "typical_case" ("dispute_id", "organization_id") where "status" <> 'WITHDRAWN';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "typical_case";`);
  }
}
