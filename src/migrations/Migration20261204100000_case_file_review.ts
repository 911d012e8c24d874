import { Migration } from '@mikro-orm/migrations';

/**
 * Case-file review (案卷评查, #16): the versioned checklist (reference data, applied on every
 * start), campaigns, their files with the automatic checks computed at the start, and the
 * reviewers' rounds on each file.
 */
export class Migration20261204100000_case_file_review extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "review_checklist" (
      "id" uuid not null primary key,
      "version" integer not null,
      "content" jsonb not null,
      "created_by" uuid null,
      "created_at" timestamptz not null default now(),
      constraint "review_checklist_version_unique" unique ("version"),
      constraint "review_checklist_version_positive" check ("version" > 0));`);
    this.addSql(`create table "review_campaign" (
      "id" uuid not null primary key,
      "kind" text not null check ("kind" in ('SELF_INSPECTION', 'CROSS_REVIEW', 'SPOT_CHECK')),
      "status" text not null check ("status" in ('DRAFT', 'IN_PROGRESS', 'REPORTED', 'CANCELLED')),
      "version" integer not null default 1,
      "title" text not null,
      "organization_id" uuid not null references "organization" ("id"),
      "runner_organization_id" uuid null references "organization" ("id"),
      "matter_code" text null,
      "channel" text null,
      "period_from" date not null,
      "period_to" date not null,
      "sample_size" integer null check ("sample_size" is null or "sample_size" > 0),
      "sample_seed" text null,
      "candidate_count" integer null,
      "candidate_hash" text null,
      "checklist_version" integer null references "review_checklist" ("version"),
      "reviewer_ids" jsonb not null,
      "created_by" uuid not null,
      "created_at" timestamptz not null,
      "started_at" timestamptz null,
      "reported_at" timestamptz null,
      "cancelled_at" timestamptz null,
      "report" jsonb null,
      "statistics" jsonb null,
      constraint "review_campaign_period" check ("period_from" <= "period_to"),
      constraint "review_campaign_started_pins" check ("status" in ('DRAFT', 'CANCELLED') or ("checklist_version" is not null and "started_at" is not null and "candidate_hash" is not null)),
      constraint "review_campaign_reported" check ("status" <> 'REPORTED' or ("reported_at" is not null and "report" is not null and "statistics" is not null)));`);
    this.addSql(`create index "review_campaign_organization_idx" on "review_campaign" ("organization_id", "created_at");`);
    this.addSql(`create index "review_campaign_reported_idx" on "review_campaign" ("reported_at") where "status" = 'REPORTED';`);
    this.addSql(`create table "review_file" (
      "id" uuid not null primary key,
      "campaign_id" uuid not null references "review_campaign" ("id"),
      "position" integer not null,
      "proceeding_id" uuid not null references "proceeding" ("id"),
      "dispute_id" uuid not null references "dispute" ("id"),
      "version" integer not null default 1,
      "checks" jsonb not null,
      constraint "review_file_one_per_proceeding" unique ("campaign_id", "proceeding_id"),
      constraint "review_file_position_unique" unique ("campaign_id", "position"));`);
    this.addSql(`create index "review_file_campaign_id_index" on "review_file" ("campaign_id");`);
    this.addSql(`create table "review_score" (
      "id" uuid not null primary key,
      "file_id" uuid not null references "review_file" ("id"),
      "campaign_id" uuid not null references "review_campaign" ("id"),
      "round" text not null check ("round" in ('FIRST', 'EXPERT')),
      "reviewer_id" uuid not null,
      "decisions" jsonb not null,
      "deductions" jsonb not null,
      "vetoes" jsonb not null,
      "comment" text null,
      "score" integer not null check ("score" between 0 and 100),
      "grade" text not null check ("grade" in ('EXCELLENT', 'GOOD', 'QUALIFIED', 'UNQUALIFIED')),
      "result" jsonb not null,
      "scored_at" timestamptz not null,
      constraint "review_score_one_per_round" unique ("file_id", "round"));`);
    this.addSql(`create index "review_score_campaign_id_index" on "review_score" ("campaign_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review_score";`);
    this.addSql(`drop table if exists "review_file";`);
    this.addSql(`drop table if exists "review_campaign";`);
    this.addSql(`drop table if exists "review_checklist";`);
  }
}
