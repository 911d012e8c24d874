import { Migration } from '@mikro-orm/migrations';

export class Migration20261203100000_accounts extends Migration {
  override async up(): Promise<void> {
    // Organizations are administered through the API: versioned, deactivated rather than deleted, in a hierarchy.
    this.addSql(`alter table "organization" add column "version" int not null default 1, add column "active" boolean not null default true,
      add column "parent_id" uuid null references "organization" ("id") on update cascade on delete set null,
      add column "created_at" timestamptz not null default now();`);
    this.addSql(`create index "organization_parent_id_index" on "organization" ("parent_id");`);
    // Accounts: versioned; a one-time password must be changed at the next sign-in; tokens carry the
    // generation they were issued in, so a password reset or change ends every earlier session.
    this.addSql(`alter table "hub_user" add column "version" int not null default 1, add column "must_change_password" boolean not null default false,
      add column "token_generation" int not null default 1, add column "demo_account" boolean not null default false,
      add column "updated_at" timestamptz not null default now();`);
    // Accounts the demo seed made before this column existed (the usernames it has always used): production
    // refuses to start while one of them still accepts the demo password.
    this.addSql(`update "hub_user" set "demo_account" = true where "username" in ('frontdesk', 'mediator.fuyang', 'adjudicator.finance', 'adjudicator.market',
      'adjudicator.land', 'court.liaison', 'reviewer', 'admin', 'mediator2.fuyang', 'mediator.gongshu', 'adjudicator.fuyang-finance');`);
    // Sign-in attempts are recorded before the password is checked (throttling holds under concurrency);
    // a successful attempt is removed, so the rows are failures and attempts in flight.
    this.addSql(`create index "login_attempt_username_ip_at_index" on "login_attempt" ("username", "ip", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "login_attempt_username_ip_at_index";`);
    this.addSql(`alter table "hub_user" drop column "version", drop column "must_change_password", drop column "token_generation", drop column "demo_account", drop column "updated_at";`);
    this.addSql(`alter table "organization" drop column "version", drop column "active", drop column "parent_id", drop column "created_at";`);
  }
}
