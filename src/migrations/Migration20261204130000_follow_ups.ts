import { Migration } from '@mikro-orm/migrations';

/** stat_follow_up's columns, in the order stat_follow_up_source gives them. */
const FACT_COLUMNS = `"kind", "follow_up_id", "seq", "organization_id", "dispute_id", "day", "channel", "matter_code", "region", "performance", "professionalism", "ease", "timeliness", "fairness", "satisfied"`;
const ROLLUP_KEY = `"organization_id", "month", "kind", "channel", "matter_code", "region", "performance"`;
const MONTH = `date_trunc('month', day::timestamp)::date`;
/** The rollup's sums of a set of facts `f`. */
const SUMS = `count(*), sum(professionalism), sum(ease), sum(timeliness), sum(fairness), count(*) filter (where satisfied)`;
const ROLLUP_COLUMNS = `${ROLLUP_KEY}, "n", "professionalism", "ease", "timeliness", "fairness", "satisfied"`;

/**
 * Follow-up visits (回访, #17): one follow_up row per resolved or closed dispute, and their
 * statistics, kept like the others (Migration20261203170000_statistics) by a trigger on
 * dispute_event in the writing transaction: one fact per visit (FOLLOW_UP_RECORDED: the
 * performance and the four scores) or per follow-up closed as unreachable (FOLLOW_UP_CLOSED
 * with unreachable), and a monthly rollup with the sums the averages and the satisfaction
 * rate are computed from. A visit is satisfied when the mean of its four scores is at least 4
 * (their sum at least 16). The facts have tables of their own, so that the statistics'
 * existing facts, their trigger and the 1M benchmark's load stay as they were;
 * hub_stat_rebuild() rebuilds both.
 */
export class Migration20261204130000_follow_ups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "follow_up" (
      "id" uuid not null primary key,
      "dispute_id" uuid not null references "dispute" ("id"),
      "organization_id" uuid not null references "organization" ("id"),
      "proceeding_id" uuid null references "proceeding" ("id"),
      -- Deferred: the clock and the follow-up are inserted in one flush, in no guaranteed order.
      "deadline_id" uuid not null references "deadline" ("id") deferrable initially deferred,
      "status" text not null check ("status" in ('OPEN', 'VISITED', 'UNREACHABLE', 'CANCELLED')),
      "concluded_on" date not null,
      "attempts" jsonb not null default '[]',
      "visited_on" date null,
      "method" text null check ("method" in ('PHONE', 'VISIT', 'SMS', 'ONLINE', 'LETTER', 'IN_PERSON')),
      "performance" text null check ("performance" in ('PERFORMED', 'PARTLY', 'NOT_PERFORMED', 'NOT_APPLICABLE')),
      "professionalism" smallint null check ("professionalism" between 1 and 5),
      "ease" smallint null check ("ease" between 1 and 5),
      "timeliness" smallint null check ("timeliness" between 1 and 5),
      "fairness" smallint null check ("fairness" between 1 and 5),
      "comments" text null,
      "recorded_by" uuid null,
      "closed_at" timestamptz null,
      "version" integer not null default 1,
      "created_at" timestamptz not null default now(),
      constraint "follow_up_dispute_unique" unique ("dispute_id"),
      constraint "follow_up_visit_complete" check ("status" <> 'VISITED' or ("visited_on" is not null and "method" is not null and "performance" is not null
        and "professionalism" is not null and "ease" is not null and "timeliness" is not null and "fairness" is not null)));`);
    // The queue: an organization's follow-ups by status (then by the clock's due date, joined).
    this.addSql(`create index "follow_up_organization_idx" on "follow_up" ("organization_id", "status");`);
    this.addSql(`create index "follow_up_deadline_idx" on "follow_up" ("deadline_id");`);

    // ------------------------------------------------------------ statistics
    this.addSql(`create table "stat_follow_up" (
  "kind" text not null,
  "follow_up_id" uuid not null,
  "seq" bigint not null,
  "organization_id" uuid not null,
  "dispute_id" uuid not null,
  "day" date not null,
  "channel" text not null,
  "matter_code" text not null,
  "region" text not null,
  "performance" text not null,
  "professionalism" smallint not null,
  "ease" smallint not null,
  "timeliness" smallint not null,
  "fairness" smallint not null,
  "satisfied" boolean not null,
  constraint "stat_follow_up_pkey" primary key ("kind", "follow_up_id"));`);
    this.addSql(`create index "stat_follow_up_org_idx" on "stat_follow_up" ("organization_id", "day");`);
    this.addSql(`create index "stat_follow_up_day_idx" on "stat_follow_up" ("day");`);
    this.addSql(`create table "stat_follow_up_month" (
  "organization_id" uuid not null, "month" date not null, "kind" text not null,
  "channel" text not null, "matter_code" text not null, "region" text not null, "performance" text not null,
  "n" bigint not null, "professionalism" bigint not null, "ease" bigint not null, "timeliness" bigint not null, "fairness" bigint not null, "satisfied" bigint not null,
  constraint "stat_follow_up_month_pkey" primary key (${ROLLUP_KEY}));`);
    this.addSql(`create index "stat_follow_up_month_all_idx" on "stat_follow_up_month" ("month");`);

    // A visit (the four scores from the event) or a follow-up closed as unreachable, for the handling organization
    // (the event's), with the channel and matter of the concluding proceeding (else of the dispute's matter).
    this.addSql(`create view "stat_follow_up_source" as
select case e.type when 'FOLLOW_UP_RECORDED' then 'VISITED' else 'UNREACHABLE' end::text as kind,
       (e.data->>'followUpId')::uuid as follow_up_id, e.seq, e.organization_id, e.dispute_id, hub_china_date(e.at) as day,
       case when p.id is not null then p.channel else coalesce(dm.channel, '') end as channel,
       case when p.id is not null then coalesce(pm.code, '') else coalesce(dm.code, '') end as matter_code,
       d.region,
       coalesce(e.data->>'performance', '') as performance,
       coalesce((e.data->>'professionalism')::smallint, 0::smallint) as professionalism,
       coalesce((e.data->>'ease')::smallint, 0::smallint) as ease,
       coalesce((e.data->>'timeliness')::smallint, 0::smallint) as timeliness,
       coalesce((e.data->>'fairness')::smallint, 0::smallint) as fairness,
       e.type = 'FOLLOW_UP_RECORDED' and coalesce((e.data->>'professionalism')::int + (e.data->>'ease')::int + (e.data->>'timeliness')::int + (e.data->>'fairness')::int >= 16, false) as satisfied
  from dispute_event e
  join dispute d on d.id = e.dispute_id
  left join proceeding p on p.id = e.proceeding_id
  left join matter pm on pm.id = p.matter_id
  left join matter dm on dm.id = d.matter_id
 where e.organization_id is not null
   and (e.type = 'FOLLOW_UP_RECORDED' or (e.type = 'FOLLOW_UP_CLOSED' and coalesce((e.data->>'unreachable')::boolean, false)));`);

    this.addSql(`create or replace function "hub_stat_follow_up_on_event"() returns trigger language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
  with f as (
    insert into stat_follow_up (${FACT_COLUMNS}) select ${FACT_COLUMNS} from stat_follow_up_source where seq = new.seq on conflict do nothing returning *
  )
  insert into stat_follow_up_month (${ROLLUP_COLUMNS})
  select organization_id, ${MONTH}, kind, channel, matter_code, region, performance, ${SUMS} from f
   group by organization_id, ${MONTH}, kind, channel, matter_code, region, performance
  on conflict (${ROLLUP_KEY}) do update set
    n = stat_follow_up_month.n + excluded.n,
    professionalism = stat_follow_up_month.professionalism + excluded.professionalism,
    ease = stat_follow_up_month.ease + excluded.ease,
    timeliness = stat_follow_up_month.timeliness + excluded.timeliness,
    fairness = stat_follow_up_month.fairness + excluded.fairness,
    satisfied = stat_follow_up_month.satisfied + excluded.satisfied;
  return null;
end $$;`);
    this.addSql(
      `create trigger "stat_follow_up_write" after insert on "dispute_event" for each row when (new.type in ('FOLLOW_UP_RECORDED', 'FOLLOW_UP_CLOSED')) execute function "hub_stat_follow_up_on_event"();`,
    );

    this.addSql(`create or replace function "hub_stat_follow_up_rebuild"() returns void language plpgsql as $$
begin
  delete from stat_follow_up_month;
  delete from stat_follow_up;
  insert into stat_follow_up (${FACT_COLUMNS}) select ${FACT_COLUMNS} from stat_follow_up_source on conflict do nothing;
  insert into stat_follow_up_month (${ROLLUP_COLUMNS})
  select organization_id, ${MONTH}, kind, channel, matter_code, region, performance, ${SUMS} from stat_follow_up
   group by organization_id, ${MONTH}, kind, channel, matter_code, region, performance;
end $$;`);
    this.addSql(`create or replace function "hub_stat_follow_up_reset"() returns trigger language plpgsql as $$
begin
  delete from stat_follow_up_month;
  delete from stat_follow_up;
  return null;
end $$;`);
    this.addSql(`create trigger "stat_follow_up_truncate" after truncate on "dispute_event" for each statement execute function "hub_stat_follow_up_reset"();`);

    // hub_stat_rebuild() (the backfill, bench/seed-scale.ts) rebuilds the follow-up facts too: the function
    // as it was keeps its body under another name, and the name calls both.
    this.addSql(`alter function "hub_stat_rebuild"() rename to "hub_stat_rebuild_facts";`);
    this.addSql(`create function "hub_stat_rebuild"() returns void language plpgsql as $$
begin
  perform hub_stat_rebuild_facts();
  perform hub_stat_follow_up_rebuild();
end $$;`);
    this.addSql(`select hub_stat_follow_up_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "hub_stat_rebuild"();`);
    this.addSql(`alter function "hub_stat_rebuild_facts"() rename to "hub_stat_rebuild";`);
    this.addSql(`drop trigger if exists "stat_follow_up_truncate" on "dispute_event";`);
    this.addSql(`drop trigger if exists "stat_follow_up_write" on "dispute_event";`);
    this.addSql(`drop function if exists "hub_stat_follow_up_reset"();`);
    this.addSql(`drop function if exists "hub_stat_follow_up_rebuild"();`);
    this.addSql(`drop function if exists "hub_stat_follow_up_on_event"();`);
    this.addSql(`drop view if exists "stat_follow_up_source";`);
    this.addSql(`drop table if exists "stat_follow_up_month";`);
    this.addSql(`drop table if exists "stat_follow_up";`);
    this.addSql(`drop table if exists "follow_up";`);
  }
}
