import { Migration } from '@mikro-orm/migrations';

/**
 * Staff (#17): staff records per user (handling unit, qualifications, training), the handlers of
 * proceedings (one lead, co-handlers), and each organization's enforcement of the handler rules.
 */
export class Migration20261204110000_staff extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "staff_record" (
      "id" uuid not null primary key,
      "user_id" uuid not null references "hub_user" ("id"),
      "handling_unit" text null,
      "qualifications" jsonb not null default '[]',
      "training" jsonb not null default '[]',
      "version" integer not null default 1,
      "updated_at" timestamptz not null,
      "updated_by" uuid null,
      constraint "staff_record_user_id_unique" unique ("user_id"),
      constraint "staff_record_unit_length" check ("handling_unit" is null or char_length("handling_unit") between 1 and 50),
      constraint "staff_record_lists" check (jsonb_typeof("qualifications") = 'array' and jsonb_typeof("training") = 'array'));`);
    // Statistics group an organization's members by unit.
    this.addSql(`create index "staff_record_unit_idx" on "staff_record" ("handling_unit");`);

    this.addSql(`create table "proceeding_handler" (
      "id" uuid not null primary key,
      "proceeding_id" uuid not null references "proceeding" ("id"),
      "user_id" uuid not null references "hub_user" ("id"),
      "lead" boolean not null,
      "position" integer not null check ("position" >= 0),
      "named_at" timestamptz not null,
      "named_by" uuid null,
      constraint "proceeding_handler_once" unique ("proceeding_id", "user_id"));`);
    // Exactly one lead per proceeding (at most one here; the service always names one).
    this.addSql(`create unique index "proceeding_handler_one_lead" on "proceeding_handler" ("proceeding_id") where "lead";`);
    // Cases per handler (statistics).
    this.addSql(`create index "proceeding_handler_user_idx" on "proceeding_handler" ("user_id");`);

    this.addSql(`create table "staff_setting" (
      "id" uuid not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "enforce_handler_rules" boolean not null,
      "version" integer not null default 1,
      "updated_at" timestamptz not null,
      "updated_by" uuid null,
      constraint "staff_setting_organization_unique" unique ("organization_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staff_setting";`);
    this.addSql(`drop table if exists "proceeding_handler";`);
    this.addSql(`drop table if exists "staff_record";`);
  }
}
