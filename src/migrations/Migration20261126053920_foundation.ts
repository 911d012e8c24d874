import { Migration } from '@mikro-orm/migrations';

export class Migration20261126053920_foundation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_user_id" uuid null, "organization_id" uuid null, "action" text not null, "target_ids" text[] not null, "details" jsonb null);`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(
      `create table "deadline" ("id" uuid not null, "kind" text check ("kind" in ('ACCEPTANCE', 'HANDLING', 'REFERRAL_RESPONSE', 'JUDICIAL_CONFIRMATION_APPLICATION', 'JUDICIAL_CONFIRMATION_ACCEPTANCE', 'JUDICIAL_CONFIRMATION_DECISION')) not null, "dispute_id" uuid null, "referral_id" uuid null, "proceeding_id" uuid null, "judicial_confirmation_id" uuid null, "organization_id" uuid null, "rule" jsonb not null, "start_on" date not null, "pauses" jsonb not null, "extended" int not null default 0, "met_on" date null, "open" boolean not null default true, "due_on" date not null, "due_soon_on" date null, "paused" boolean not null default false, "provisional" boolean not null default false, "due_soon_alerted_at" timestamptz null, "overdue_alerted_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "deadline_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "deadline_dispute_id_index" on "deadline" ("dispute_id");`);
    this.addSql(`create index "deadline_referral_id_index" on "deadline" ("referral_id");`);
    this.addSql(`create index "deadline_proceeding_id_index" on "deadline" ("proceeding_id");`);
    this.addSql(`create index "deadline_judicial_confirmation_id_index" on "deadline" ("judicial_confirmation_id");`);
    this.addSql(`create index "deadline_organization_id_index" on "deadline" ("organization_id");`);
    this.addSql(`create index "deadline_sweep_idx" on "deadline" ("due_soon_on", "due_on") where "open" and not "paused";`);

    this.addSql(
      `create table "dispute_event" ("seq" bigserial primary key, "dispute_id" uuid not null, "type" text check ("type" in ('REGISTERED', 'REFERRED', 'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'REFERRAL_CANCELLED', 'PROCEEDING_ADMITTED', 'PROCEEDING_NOT_ACCEPTED', 'PAUSED', 'RESUMED', 'EXTENDED', 'CONCLUDED', 'JUDICIAL_CONFIRMATION_REQUESTED', 'JUDICIAL_CONFIRMATION_ACCEPTED', 'JUDICIAL_CONFIRMATION_DECIDED', 'DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE', 'CLOSED', 'WITHDRAWN')) not null, "at" timestamptz not null default now(), "actor_user_id" uuid null, "organization_id" uuid null, "referral_id" uuid null, "proceeding_id" uuid null, "deadline_id" uuid null, "summary" text not null, "data" jsonb null, "tx_id" xid8 not null default pg_current_xact_id());`,
    );
    this.addSql(`create index "dispute_event_organization_id_index" on "dispute_event" ("organization_id");`);
    this.addSql(`create index "dispute_event_dispute_id_seq_index" on "dispute_event" ("dispute_id", "seq");`);
    this.addSql(`create unique index "dispute_event_alert_once" on "dispute_event" ("deadline_id", "type") where "type" in ('DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE');`);

    this.addSql(
      `create table "holiday_calendar" ("year" int not null, "source" text not null, "holidays" text[] not null, "make_up_workdays" text[] not null, "loaded_at" timestamptz not null default now(), "loaded_by" uuid null, constraint "holiday_calendar_pkey" primary key ("year"));`,
    );

    this.addSql(
      `create table "organization" ("id" uuid not null, "key" text not null, "name" text not null, "kind" text check ("kind" in ('DISPUTE_CENTER', 'JUSTICE_BUREAU', 'ADJUDICATION_AUTHORITY', 'PEOPLES_MEDIATION_COMMITTEE', 'INDUSTRY_MEDIATION_ORG', 'LAWYER_MEDIATION_STUDIO', 'ARBITRATION_COMMISSION', 'LABOR_ARBITRATION_COMMISSION', 'NOTARY_OFFICE', 'APPRAISAL_INSTITUTION', 'PETITION_BUREAU', 'RECONSIDERATION_OFFICE', 'COURT')) not null, "channels" text[] not null, "region" text not null, constraint "organization_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "organization" add constraint "organization_key_unique" unique ("key");`);
    this.addSql(`create index "organization_region_index" on "organization" ("region");`);

    this.addSql(
      `create table "matter" ("id" uuid not null, "code" text not null, "name" text not null, "channel" text check ("channel" in ('ADJUDICATION', 'MEDIATION', 'ARBITRATION', 'NOTARIZATION', 'JUDICIAL_APPRAISAL', 'PETITION', 'RECONSIDERATION', 'LITIGATION')) not null, "authority_id" uuid null, "categories" text[] not null, "legal_basis" text[] not null, "conditions" text[] not null, "procedure" text[] not null, "acceptance_time_limit" jsonb null, "handling_time_limit" jsonb not null, "simplified_handling_time_limit" jsonb null, "required_materials" jsonb not null, "application_form" jsonb not null, "needs_verification" boolean not null default false, constraint "matter_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "matter" add constraint "matter_code_unique" unique ("code");`);

    this.addSql(`create table "matter_handler" ("matter_id" uuid not null, "organization_id" uuid not null, constraint "matter_handler_pkey" primary key ("matter_id", "organization_id"));`);

    this.addSql(
      `create table "hub_user" ("id" uuid not null, "username" text not null, "display_name" text not null, "password_hash" text not null, "roles" text[] not null, "organization_id" uuid null, "disabled" boolean not null default false, "created_at" timestamptz not null default now(), constraint "hub_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "hub_user" add constraint "hub_user_username_unique" unique ("username");`);
    this.addSql(`create index "hub_user_organization_id_index" on "hub_user" ("organization_id");`);

    this.addSql(`alter table "matter" add constraint "matter_authority_id_foreign" foreign key ("authority_id") references "organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "matter_handler" add constraint "matter_handler_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade on delete cascade;`);
    this.addSql(
      `alter table "matter_handler" add constraint "matter_handler_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter table "hub_user" add constraint "hub_user_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "matter" drop constraint "matter_authority_id_foreign";`);

    this.addSql(`alter table "matter_handler" drop constraint "matter_handler_organization_id_foreign";`);

    this.addSql(`alter table "hub_user" drop constraint "hub_user_organization_id_foreign";`);

    this.addSql(`alter table "matter_handler" drop constraint "matter_handler_matter_id_foreign";`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "deadline" cascade;`);

    this.addSql(`drop table if exists "dispute_event" cascade;`);

    this.addSql(`drop table if exists "holiday_calendar" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "matter" cascade;`);

    this.addSql(`drop table if exists "matter_handler" cascade;`);

    this.addSql(`drop table if exists "hub_user" cascade;`);
  }
}
