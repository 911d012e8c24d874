import { Migration } from '@mikro-orm/migrations';

export class Migration20261126054802_dispute_lifecycle extends Migration {
  override async up(): Promise<void> {
    // Dispute codes (HZ2026-000123) come from one sequence: unique and gap-tolerant across instances.
    this.addSql(`create sequence if not exists "dispute_code_seq";`);
    this.addSql(
      `create table "dispute_access" ("dispute_id" uuid not null, "organization_id" uuid not null, "unmasked" boolean not null, "reason" text not null, "granted_at" timestamptz not null default now(), constraint "dispute_access_pkey" primary key ("dispute_id", "organization_id"));`,
    );
    this.addSql(`create index "dispute_access_org_idx" on "dispute_access" ("organization_id", "dispute_id");`);

    this.addSql(
      `create table "extension" ("id" uuid not null, "proceeding_id" uuid null, "judicial_confirmation_id" uuid null, "amount" int not null, "unit" text check ("unit" in ('CALENDAR_DAYS', 'WORKING_DAYS', 'MONTHS')) not null, "reason" text not null, "basis" text check ("basis" in ('HEAD_APPROVAL', 'PARTIES_CONSENT', 'INSTITUTION_RULES')) not null, "approver_name" text null, "recorded_by" uuid not null, "at" timestamptz not null, constraint "extension_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "extension_proceeding_id_index" on "extension" ("proceeding_id");`);
    this.addSql(`create index "extension_judicial_confirmation_id_index" on "extension" ("judicial_confirmation_id");`);

    this.addSql(
      `create table "judicial_confirmation" ("id" uuid not null, "proceeding_id" uuid not null, "dispute_id" uuid not null, "court_id" uuid not null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'CONFIRMED', 'REJECTED', 'NOT_ACCEPTED', 'WITHDRAWN')) not null, "version" int not null default 1, "requested_at" timestamptz not null, "requested_by" uuid not null, "accepted_at" timestamptz null, "decided_at" timestamptz null, "ruling_number" text null, "note" text null, "decline_reason" text null, constraint "judicial_confirmation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "judicial_confirmation_proceeding_id_index" on "judicial_confirmation" ("proceeding_id");`);
    this.addSql(`create index "judicial_confirmation_dispute_id_index" on "judicial_confirmation" ("dispute_id");`);
    this.addSql(`create index "judicial_confirmation_court_id_index" on "judicial_confirmation" ("court_id");`);

    this.addSql(
      `create table "dispute" ("id" uuid not null, "code" text not null, "title" text not null, "facts" text not null, "category" text check ("category" in ('GOVERNMENT_PROCUREMENT', 'PATENT_INFRINGEMENT', 'LAND_OWNERSHIP', 'CONTRACT', 'LABOR', 'NEIGHBORHOOD', 'FAMILY', 'PROPERTY_MANAGEMENT', 'CONSUMER', 'CONSTRUCTION', 'MEDICAL', 'TRAFFIC', 'OTHER')) not null, "matter_id" uuid null, "amount" numeric(17,2) null, "region" text not null, "source" text check ("source" in ('WALK_IN', 'ONLINE', 'HOTLINE', 'PETITION', 'COURT', 'GRID_INSPECTION', 'OTHER')) not null, "occurred_on" date null, "application_data" jsonb null, "status" text check ("status" in ('AWAITING_ROUTING', 'REFERRED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'WITHDRAWN')) not null, "version" int not null default 1, "current_organization_id" uuid null, "registered_by_organization_id" uuid not null, "registered_by" uuid not null, "received_at" timestamptz not null default now(), "closed_at" timestamptz null, "idempotency_key" text null, "idempotency_fingerprint" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "dispute_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "dispute" add constraint "dispute_code_unique" unique ("code");`);
    this.addSql(`create index "dispute_current_organization_id_index" on "dispute" ("current_organization_id");`);
    this.addSql(`alter table "dispute" add constraint "dispute_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "dispute_status_region_idx" on "dispute" ("status", "region", "received_at");`);
    this.addSql(`create index "dispute_received_keyset_idx" on "dispute" ("received_at", "id");`);

    this.addSql(
      `create table "party" ("id" uuid not null, "dispute_id" uuid not null, "position" smallint not null, "role" text check ("role" in ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY')) not null, "kind" text check ("kind" in ('PERSON', 'ORGANIZATION')) not null, "name" text not null, "id_type" text check ("id_type" in ('RESIDENT_ID', 'USCC', 'PASSPORT', 'HK_MACAO_PERMIT', 'TAIWAN_PERMIT', 'FOREIGN_PERMANENT_RESIDENT_ID', 'OTHER')) null, "id_number" text null, "phone" text null, "address" text null, constraint "party_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "party_dispute_id_index" on "party" ("dispute_id");`);

    this.addSql(
      `create table "proceeding_pause" ("id" uuid not null, "proceeding_id" uuid not null, "reason" text check ("reason" in ('MATERIALS_SUPPLEMENT', 'EXPERT_REVIEW', 'INSPECTION_OR_APPRAISAL', 'PUBLIC_NOTICE', 'HEARING', 'VERIFICATION', 'SAMPLE_COLLECTION', 'FORCE_MAJEURE', 'SUSPENSION')) not null, "note" text null, "started_at" timestamptz not null, "ended_at" timestamptz null, "started_by" uuid not null, constraint "proceeding_pause_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "proceeding_pause_proceeding_id_index" on "proceeding_pause" ("proceeding_id");`);

    this.addSql(
      `create table "referral" ("id" uuid not null, "dispute_id" uuid not null, "kind" text check ("kind" in ('TRANSFER', 'ASSIGN', 'COURT_DELEGATED', 'COURT_ENTRUSTED')) not null, "channel" text check ("channel" in ('ADJUDICATION', 'MEDIATION', 'ARBITRATION', 'NOTARIZATION', 'JUDICIAL_APPRAISAL', 'PETITION', 'RECONSIDERATION', 'LITIGATION')) not null, "matter_id" uuid null, "procedure" text check ("procedure" in ('ORDINARY', 'SIMPLIFIED')) not null, "from_organization_id" uuid not null, "to_organization_id" uuid not null, "status" text check ("status" in ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED', 'COMPLETED')) not null default 'PENDING', "reason" text not null, "note" text null, "decline_reason" text null, "cancel_reason" text null, "created_by" uuid not null, "created_at" timestamptz not null default now(), "responded_at" timestamptz null, "responded_by" uuid null, "proceeding_id" uuid null, constraint "referral_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "referral_dispute_id_index" on "referral" ("dispute_id");`);
    this.addSql(`create index "referral_from_organization_id_index" on "referral" ("from_organization_id");`);
    this.addSql(`create index "referral_inbox_idx" on "referral" ("to_organization_id", "created_at", "id");`);

    this.addSql(
      `create table "proceeding" ("id" uuid not null, "dispute_id" uuid not null, "referral_id" uuid null, "channel" text check ("channel" in ('ADJUDICATION', 'MEDIATION', 'ARBITRATION', 'NOTARIZATION', 'JUDICIAL_APPRAISAL', 'PETITION', 'RECONSIDERATION', 'LITIGATION')) not null, "organization_id" uuid not null, "matter_id" uuid null, "case_number" text null, "assignee_id" uuid null, "status" text check ("status" in ('ACCEPTANCE_REVIEW', 'IN_PROGRESS', 'PAUSED', 'CONCLUDED', 'NOT_ACCEPTED')) not null, "procedure" text check ("procedure" in ('ORDINARY', 'SIMPLIFIED')) not null, "version" int not null default 1, "received_at" timestamptz not null, "started_at" timestamptz not null, "accepted_at" timestamptz null, "handling_rule" jsonb not null, "acceptance_rule" jsonb null, "reject_reason" text null, "outcome_kind" text check ("outcome_kind" in ('AGREEMENT', 'MEDIATION_FAILED', 'DECISION', 'AWARD', 'CERTIFICATE', 'APPRAISAL_OPINION', 'REPLY', 'HANDLING_OPINION', 'JUDGMENT', 'DISMISSED', 'WITHDRAWN', 'TERMINATED')) null, "outcome_settles" boolean null, "outcome_summary" text null, "outcome_document_number" text null, "outcome_effective_on" date null, "outcome_at" timestamptz null, constraint "proceeding_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "proceeding_dispute_id_index" on "proceeding" ("dispute_id");`);
    this.addSql(`create index "proceeding_organization_id_index" on "proceeding" ("organization_id");`);

    this.addSql(`alter table "judicial_confirmation" add constraint "judicial_confirmation_court_id_foreign" foreign key ("court_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "dispute" add constraint "dispute_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade on delete set null;`);
    this.addSql(
      `alter table "dispute" add constraint "dispute_current_organization_id_foreign" foreign key ("current_organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "dispute" add constraint "dispute_registered_by_organization_id_foreign" foreign key ("registered_by_organization_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(`alter table "party" add constraint "party_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "referral" add constraint "referral_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "referral" add constraint "referral_from_organization_id_foreign" foreign key ("from_organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "referral" add constraint "referral_to_organization_id_foreign" foreign key ("to_organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "proceeding" add constraint "proceeding_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`);
    this.addSql(`alter table "proceeding" add constraint "proceeding_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "proceeding" add constraint "proceeding_matter_id_foreign" foreign key ("matter_id") references "matter" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "proceeding" add constraint "proceeding_assignee_id_foreign" foreign key ("assignee_id") references "hub_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "dispute_event" drop constraint if exists "dispute_event_type_check";`);

    this.addSql(
      `alter table "dispute_event" add constraint "dispute_event_type_check" check("type" in ('REGISTERED', 'REFERRED', 'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'REFERRAL_CANCELLED', 'PROCEEDING_ADMITTED', 'PROCEEDING_NOT_ACCEPTED', 'PROCEEDING_ASSIGNED', 'JUDICIAL_CONFIRMATION_NOT_ACCEPTED', 'PAUSED', 'RESUMED', 'EXTENDED', 'CONCLUDED', 'JUDICIAL_CONFIRMATION_REQUESTED', 'JUDICIAL_CONFIRMATION_ACCEPTED', 'JUDICIAL_CONFIRMATION_DECIDED', 'DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE', 'CLOSED', 'WITHDRAWN'));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop sequence if exists "dispute_code_seq";`);
    this.addSql(`alter table "party" drop constraint "party_dispute_id_foreign";`);

    this.addSql(`alter table "referral" drop constraint "referral_dispute_id_foreign";`);

    this.addSql(`alter table "proceeding" drop constraint "proceeding_dispute_id_foreign";`);

    this.addSql(`drop table if exists "dispute_access" cascade;`);

    this.addSql(`drop table if exists "extension" cascade;`);

    this.addSql(`drop table if exists "judicial_confirmation" cascade;`);

    this.addSql(`drop table if exists "dispute" cascade;`);

    this.addSql(`drop table if exists "party" cascade;`);

    this.addSql(`drop table if exists "proceeding_pause" cascade;`);

    this.addSql(`drop table if exists "referral" cascade;`);

    this.addSql(`drop table if exists "proceeding" cascade;`);

    this.addSql(`alter table "dispute_event" drop constraint if exists "dispute_event_type_check";`);

    this.addSql(
      `alter table "dispute_event" add constraint "dispute_event_type_check" check("type" in ('REGISTERED', 'REFERRED', 'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'REFERRAL_CANCELLED', 'PROCEEDING_ADMITTED', 'PROCEEDING_NOT_ACCEPTED', 'PAUSED', 'RESUMED', 'EXTENDED', 'CONCLUDED', 'JUDICIAL_CONFIRMATION_REQUESTED', 'JUDICIAL_CONFIRMATION_ACCEPTED', 'JUDICIAL_CONFIRMATION_DECIDED', 'DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE', 'CLOSED', 'WITHDRAWN'));`,
    );
  }
}
