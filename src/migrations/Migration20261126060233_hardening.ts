import { Migration } from '@mikro-orm/migrations';

export class Migration20261126060233_hardening extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "login_attempt" ("id" bigserial primary key, "username" text not null, "ip" text not null, "at" timestamptz not null default now());`);
    this.addSql(`create index "login_attempt_ip_at_index" on "login_attempt" ("ip", "at");`);
    this.addSql(`create index "login_attempt_username_at_index" on "login_attempt" ("username", "at");`);

    // The timeline and the audit log are append-only in the database itself, not only by convention.
    this.addSql(`create or replace function "hub_append_only"() returns trigger language plpgsql as $$ begin raise exception 'table % is append-only', TG_TABLE_NAME; end $$;`);
    this.addSql(`create trigger "audit_entry_append_only" before update or delete on "audit_entry" for each row execute function "hub_append_only"();`);
    this.addSql(`create trigger "dispute_event_append_only" before update or delete on "dispute_event" for each row execute function "hub_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "dispute_event_append_only" on "dispute_event";`);
    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "hub_append_only"();`);
    this.addSql(`drop table if exists "login_attempt" cascade;`);
  }
}
