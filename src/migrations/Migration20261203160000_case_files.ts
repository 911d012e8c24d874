import { Migration } from '@mikro-orm/migrations';

/**
 * Case files (#15): stored files and their content (PostgreSQL store), the materials
 * checklist, document templates, number series, issued legal documents, service
 * records and parties' service-address confirmations.
 */
export class Migration20261203160000_case_files extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "stored_file" (
      "id" uuid not null primary key,
      "dispute_id" uuid not null references "dispute" ("id"),
      "origin" text not null check ("origin" in ('UPLOAD', 'GENERATED')),
      "file_name" text not null,
      "content_type" text not null,
      "size" integer not null check ("size" >= 0),
      "sha256" text not null check ("sha256" ~ '^[0-9a-f]{64}$'),
      "storage" text not null check ("storage" in ('postgres', 's3')),
      "storage_key" text not null,
      "organization_id" uuid null references "organization" ("id"),
      "uploaded_by" uuid null,
      "created_at" timestamptz not null default now());`);
    this.addSql(`create index "stored_file_dispute_id_created_at_index" on "stored_file" ("dispute_id", "created_at");`);
    // The bytes of files kept in PostgreSQL; read only by a download, never by a listing.
    this.addSql(`create table "stored_file_content" (
      "file_id" uuid not null primary key references "stored_file" ("id") on delete cascade,
      "content" bytea not null);`);
    this.addSql(`alter table "stored_file_content" alter column "content" set storage external;`);

    this.addSql(`create table "material_item" (
      "id" uuid not null primary key,
      "dispute_id" uuid not null references "dispute" ("id"),
      "name" text not null,
      "required" boolean not null,
      "status" text not null check ("status" in ('RECEIVED', 'MISSING', 'NOT_APPLICABLE')),
      "receipt" text null check ("receipt" in ('FILE', 'PAPER_ORIGINAL')),
      "file_ids" uuid[] not null default '{}',
      "remark" text null,
      "recorded_by" uuid null,
      "recorded_at" timestamptz null,
      "version" integer not null default 1,
      constraint "material_item_dispute_id_name_unique" unique ("dispute_id", "name"));`);

    this.addSql(`create table "document_template" (
      "id" uuid not null primary key,
      "kind" text not null,
      "matter_code" text null,
      "channel" text null,
      "organization_id" uuid null references "organization" ("id"),
      "version" integer not null check ("version" >= 1),
      "active" boolean not null default true,
      "title" text not null,
      "sections" jsonb not null,
      "created_by" uuid null,
      "created_at" timestamptz not null default now());`);
    this.addSql(`create index "document_template_kind_active_index" on "document_template" ("kind", "active");`);
    // One version number per template line, and one active version.
    this.addSql(
      `create unique index "document_template_line_version" on "document_template" ("kind", coalesce("matter_code", ''), coalesce("channel", ''), coalesce("organization_id", '00000000-0000-0000-0000-000000000000'::uuid), "version");`,
    );
    this.addSql(
      `create unique index "document_template_line_active" on "document_template" ("kind", coalesce("matter_code", ''), coalesce("channel", ''), coalesce("organization_id", '00000000-0000-0000-0000-000000000000'::uuid)) where "active";`,
    );

    // The prefix of an organization's document numbers (杭财采监), per kind or for every kind (kind null).
    this.addSql(`create table "document_number_prefix" (
      "organization_id" uuid not null references "organization" ("id"),
      "kind" text not null default '*',
      "prefix" text not null,
      primary key ("organization_id", "kind"));`);
    // The last number issued per organization, kind and year: taken with UPDATE ... RETURNING in the issuing transaction, so numbers are gap-free.
    this.addSql(`create table "document_series" (
      "organization_id" uuid not null references "organization" ("id"),
      "kind" text not null,
      "year" integer not null,
      "last_number" integer not null default 0,
      primary key ("organization_id", "kind", "year"));`);

    this.addSql(`create table "legal_document" (
      "id" uuid not null primary key,
      "dispute_id" uuid not null references "dispute" ("id"),
      "proceeding_id" uuid null references "proceeding" ("id"),
      "organization_id" uuid not null references "organization" ("id"),
      "kind" text not null,
      "title" text not null,
      "number" text not null,
      "year" integer not null,
      "serial" integer not null,
      "version" integer not null default 1,
      "supersedes_id" uuid null references "legal_document" ("id"),
      "superseded_by_id" uuid null references "legal_document" ("id"),
      "status" text not null default 'ISSUED' check ("status" in ('ISSUED', 'SUPERSEDED')),
      "template_id" uuid not null references "document_template" ("id"),
      "template_version" integer not null,
      "sections" jsonb not null,
      "parts" jsonb null,
      "recipient_ids" uuid[] not null default '{}',
      "pdf_file_id" uuid not null references "stored_file" ("id"),
      "docx_file_id" uuid not null references "stored_file" ("id"),
      "sha256" text not null,
      "issued_by" uuid not null,
      "issued_at" timestamptz not null,
      "acknowledged_at" timestamptz null,
      "acknowledged_by" uuid null,
      constraint "legal_document_organization_id_kind_year_serial_unique" unique ("organization_id", "kind", "year", "serial"));`);
    this.addSql(`create index "legal_document_dispute_id_issued_at_index" on "legal_document" ("dispute_id", "issued_at");`);
    this.addSql(`create index "legal_document_proceeding_id_kind_index" on "legal_document" ("proceeding_id", "kind");`);

    this.addSql(`create table "document_service" (
      "id" uuid not null primary key,
      "document_id" uuid not null references "legal_document" ("id"),
      "dispute_id" uuid not null references "dispute" ("id"),
      "party_id" uuid not null references "party" ("id"),
      "recipient_role" text not null,
      "method" text not null check ("method" in ('DIRECT', 'LEFT_AT_RESIDENCE', 'ELECTRONIC', 'POSTAL', 'PUBLIC_NOTICE', 'ENTRUSTED')),
      "signer" text null,
      "signer_name" text null,
      "served_on" date not null,
      "completed_on" date not null,
      "abroad" boolean not null default false,
      "carrier" text null,
      "tracking_number" text null,
      "published_where" text null,
      "reason" text null,
      "evidence" jsonb not null,
      "recorded_by" uuid not null,
      "recorded_at" timestamptz not null default now());`);
    this.addSql(`create index "document_service_document_id_party_id_index" on "document_service" ("document_id", "party_id");`);
    this.addSql(`create index "document_service_dispute_id_index" on "document_service" ("dispute_id");`);

    this.addSql(`create table "service_address_confirmation" (
      "id" uuid not null primary key,
      "dispute_id" uuid not null references "dispute" ("id"),
      "party_id" uuid not null references "party" ("id"),
      "electronic_consent" boolean not null,
      "electronic_address" text null,
      "postal_address" text null,
      "file_id" uuid null references "stored_file" ("id"),
      "recorded_by" uuid not null,
      "recorded_at" timestamptz not null default now());`);
    this.addSql(`create index "service_address_confirmation_party_id_recorded_at_index" on "service_address_confirmation" ("party_id", "recorded_at");`);
  }

  override async down(): Promise<void> {
    for (const t of [
      'service_address_confirmation',
      'document_service',
      'legal_document',
      'document_series',
      'document_number_prefix',
      'document_template',
      'material_item',
      'stored_file_content',
      'stored_file',
    ])
      this.addSql(`drop table if exists "${t}" cascade;`);
  }
}
