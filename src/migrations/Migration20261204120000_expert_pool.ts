import { Migration } from '@mikro-orm/migrations';

/**
 * The expert pool (#17): experts per organization, draws for proceedings with their
 * seats (panel and alternates in order), and parties' challenges. A draw is never
 * deleted; one draw is in force per proceeding (a redraw supersedes it).
 */
export class Migration20261204120000_expert_pool extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "expert" (
      "id" uuid not null primary key,
      "organization_id" uuid not null references "organization" ("id"),
      "name" text not null,
      "fields" jsonb not null,
      "title" text null,
      "employer" text null,
      "employer_credit_code" text null,
      "phone" text null,
      "unavailable_until" date null,
      "relationships" jsonb not null default '[]',
      "removed" boolean not null default false,
      "flagged_for_removal" boolean not null default false,
      "flagged_at" timestamptz null,
      "version" integer not null default 1,
      "created_by" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      constraint "expert_fields_array" check (jsonb_typeof("fields") = 'array' and jsonb_array_length("fields") > 0),
      constraint "expert_relationships_array" check (jsonb_typeof("relationships") = 'array'));`);
    this.addSql(`create index "expert_organization_idx" on "expert" ("organization_id", "name", "id");`);
    // The draw's candidate query: a pool's experts of one field.
    this.addSql(`create index "expert_fields_idx" on "expert" using gin ("fields");`);

    this.addSql(`create table "expert_draw" (
      "id" uuid not null primary key,
      "proceeding_id" uuid not null references "proceeding" ("id"),
      "dispute_id" uuid not null references "dispute" ("id"),
      "organization_id" uuid not null references "organization" ("id"),
      "field" text not null,
      "panel_size" smallint not null check ("panel_size" between 1 and 15),
      "alternate_count" smallint not null check ("alternate_count" between 2 and 15),
      "status" text not null check ("status" in ('IN_FORCE', 'SUPERSEDED')),
      "seed" text not null,
      "candidate_hash" text not null,
      "candidate_ids" jsonb not null,
      "exclusions" jsonb not null,
      "drawn_order" jsonb not null,
      "previous_draw_id" uuid null references "expert_draw" ("id"),
      "redraw_reason" text null,
      "superseded_at" timestamptz null,
      "paused_clock" boolean not null default false,
      "opinion_file_id" uuid null references "stored_file" ("id"),
      "opinion_recorded_at" timestamptz null,
      "version" integer not null default 1,
      "drawn_by" uuid not null,
      "drawn_at" timestamptz not null,
      constraint "expert_draw_redraw_has_reason" check ("previous_draw_id" is null or "redraw_reason" is not null));`);
    this.addSql(`create index "expert_draw_proceeding_id_index" on "expert_draw" ("proceeding_id");`);
    // Not re-run to shop for a panel: one draw in force per proceeding (two racing draws: one wins).
    this.addSql(`create unique index "expert_draw_one_in_force" on "expert_draw" ("proceeding_id") where "status" = 'IN_FORCE';`);

    // The seats are written with their draw in one flush, in no guaranteed order: the draw is checked at commit.
    this.addSql(`create table "expert_seat" (
      "id" uuid not null primary key,
      "draw_id" uuid not null references "expert_draw" ("id") deferrable initially deferred,
      "expert_id" uuid not null references "expert" ("id"),
      "drawn_position" smallint not null,
      "panel_position" smallint null,
      "status" text not null check ("status" in ('SEATED', 'DECLARED', 'ALTERNATE', 'WITHDRAWN', 'RECUSED')),
      "replaced_id" uuid null,
      "declared_at" timestamptz null,
      "left_at" timestamptz null,
      "leave_reason" text null,
      "rating" smallint null check ("rating" between 1 and 5),
      "rating_comment" text null,
      "rated_at" timestamptz null,
      "rated_by" uuid null,
      constraint "expert_seat_draw_id_expert_id_unique" unique ("draw_id", "expert_id"));`);
    this.addSql(`create index "expert_seat_expert_id_index" on "expert_seat" ("expert_id");`);
    // One expert per panel seat is kept by the commands under the dispute's lock, not by an index: an
    // alternate taking a vacated seat is one multi-row UPDATE, and a unique index is checked row by row.

    this.addSql(`create table "expert_challenge" (
      "id" uuid not null primary key,
      "draw_id" uuid not null references "expert_draw" ("id"),
      "expert_id" uuid not null references "expert" ("id"),
      "party_id" uuid not null references "party" ("id"),
      "party_role" text not null,
      "reasons" text not null,
      "status" text not null check ("status" in ('PENDING', 'UPHELD', 'DISMISSED')),
      "recorded_by" uuid not null,
      "recorded_at" timestamptz not null,
      "decided_by" uuid null,
      "decided_at" timestamptz null,
      "decision_reason" text null);`);
    this.addSql(`create index "expert_challenge_draw_id_index" on "expert_challenge" ("draw_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "expert_challenge";`);
    this.addSql(`drop table if exists "expert_seat";`);
    this.addSql(`drop table if exists "expert_draw";`);
    this.addSql(`drop table if exists "expert";`);
  }
}
