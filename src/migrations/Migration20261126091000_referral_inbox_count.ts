import { Migration } from '@mikro-orm/migrations';

export class Migration20261126091000_referral_inbox_count extends Migration {
  override async up(): Promise<void> {
    // An inbox's totalCount in O(1): counting an organization's referrals walks its whole history
    // (175,000 index entries for one mediation committee at a million disputes). Kept exact by
    // triggers in the writing transaction; referral transitions only go forward (PENDING → ACCEPTED →
    // COMPLETED, ...), so the counter rows are always locked in the same order.
    this.addSql(
      `create table "referral_inbox_count" ("to_organization_id" uuid not null, "status" text not null, "n" bigint not null, constraint "referral_inbox_count_pkey" primary key ("to_organization_id", "status"));`,
    );
    this.addSql(`create or replace function "hub_referral_inbox_count"() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update referral_inbox_count set n = n - 1 where to_organization_id = old.to_organization_id and status = old.status;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into referral_inbox_count (to_organization_id, status, n) values (new.to_organization_id, new.status, 1)
      on conflict (to_organization_id, status) do update set n = referral_inbox_count.n + 1;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger "referral_inbox_count_write" after insert or delete on "referral" for each row execute function "hub_referral_inbox_count"();`);
    this.addSql(`create trigger "referral_inbox_count_move" after update of "status", "to_organization_id" on "referral" for each row
      when (old.status is distinct from new.status or old.to_organization_id is distinct from new.to_organization_id) execute function "hub_referral_inbox_count"();`);
    this.addSql(`create or replace function "hub_referral_inbox_count_reset"() returns trigger language plpgsql as $$
begin
  delete from referral_inbox_count;
  return null;
end $$;`);
    this.addSql(`create trigger "referral_inbox_count_truncate" after truncate on "referral" for each statement execute function "hub_referral_inbox_count_reset"();`);
    this.addSql(`insert into "referral_inbox_count" ("to_organization_id", "status", "n") select "to_organization_id", "status", count(*) from "referral" group by 1, 2;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "referral_inbox_count_truncate" on "referral";`);
    this.addSql(`drop trigger if exists "referral_inbox_count_move" on "referral";`);
    this.addSql(`drop trigger if exists "referral_inbox_count_write" on "referral";`);
    this.addSql(`drop function if exists "hub_referral_inbox_count_reset"();`);
    this.addSql(`drop function if exists "hub_referral_inbox_count"();`);
    this.addSql(`drop table if exists "referral_inbox_count";`);
  }
}
