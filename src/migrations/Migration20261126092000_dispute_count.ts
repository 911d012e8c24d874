import { Migration } from '@mikro-orm/migrations';

export class Migration20261126092000_dispute_count extends Migration {
  override async up(): Promise<void> {
    // totalCount and disputeStatusCounts of the frontdesk's lists (every dispute, filtered by status,
    // region and category at most) in O(1) instead of a scan of every dispute ever received. Kept exact
    // by triggers in the writing transaction; mutations flush under the event writers' advisory lock,
    // so two transactions never hold counter rows in opposite orders.
    this.addSql(
      `create table "dispute_count" ("status" text not null, "region" text not null, "category" text not null, "n" bigint not null, constraint "dispute_count_pkey" primary key ("status", "region", "category"));`,
    );
    this.addSql(`create or replace function "hub_dispute_count"() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update dispute_count set n = n - 1 where status = old.status and region = old.region and category = old.category;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into dispute_count (status, region, category, n) values (new.status, new.region, new.category, 1)
      on conflict (status, region, category) do update set n = dispute_count.n + 1;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger "dispute_count_write" after insert or delete on "dispute" for each row execute function "hub_dispute_count"();`);
    this.addSql(`create trigger "dispute_count_move" after update of "status", "region", "category" on "dispute" for each row
      when (old.status is distinct from new.status or old.region is distinct from new.region or old.category is distinct from new.category) execute function "hub_dispute_count"();`);
    this.addSql(`create or replace function "hub_dispute_count_reset"() returns trigger language plpgsql as $$
begin
  delete from dispute_count;
  return null;
end $$;`);
    this.addSql(`create trigger "dispute_count_truncate" after truncate on "dispute" for each statement execute function "hub_dispute_count_reset"();`);
    this.addSql(`insert into "dispute_count" ("status", "region", "category", "n") select "status", "region", "category", count(*) from "dispute" group by 1, 2, 3;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "dispute_count_truncate" on "dispute";`);
    this.addSql(`drop trigger if exists "dispute_count_move" on "dispute";`);
    this.addSql(`drop trigger if exists "dispute_count_write" on "dispute";`);
    this.addSql(`drop function if exists "hub_dispute_count_reset"();`);
    this.addSql(`drop function if exists "hub_dispute_count"();`);
    this.addSql(`drop table if exists "dispute_count";`);
  }
}
