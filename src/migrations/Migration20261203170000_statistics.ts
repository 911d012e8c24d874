import { Migration } from '@mikro-orm/migrations';

/** The event types the statistics read (a trigger on any other type would be work for nothing). */
const STAT_EVENT_TYPES = `'REGISTERED', 'REFERRED', 'REFERRAL_ACCEPTED', 'REFERRAL_DECLINED', 'PROCEEDING_ADMITTED', 'PROCEEDING_NOT_ACCEPTED', 'CONCLUDED', 'JUDICIAL_CONFIRMATION_REQUESTED', 'JUDICIAL_CONFIRMATION_NOT_ACCEPTED', 'JUDICIAL_CONFIRMATION_DECIDED'`;

/** The flag columns of a fact, which the monthly rollup keeps as dimensions. */
const FLAGS = `"settled", "on_time", "withdrawn", "court_delegated", "accepted", "confirmed"`;
const ROLLUP_KEY = `"organization_id", "month", "kind", "side", "channel", "matter_code", "region", ${FLAGS}`;
/** stat_fact's columns, in the order stat_fact_source gives them. */
const FACT_COLUMNS = `"kind", "ref_id", "side", "organization_id", "seq", "dispute_id", "day", "start_day", "wd", "channel", "matter_code", "region", ${FLAGS}`;
/** A fact's month, without the session's time zone (a date is not an instant). */
const MONTH = `date_trunc('month', day::timestamp)::date`;
const WD_KEY = `"organization_id", "month", "kind", "channel", "matter_code", "region", "wd"`;
/** The earliest running acceptance or handling clock of an open proceeding (overdue when before today). */
const OPEN_DUE = `(select min(dl.due_on) from deadline dl where dl.proceeding_id = %P and dl.open and not dl.paused and dl.kind in ('ACCEPTANCE', 'HANDLING'))`;

/**
 * Statistics (#16): one fact row per counted event, kept by a trigger on dispute_event in the
 * writing transaction (events are inserted under the event writers' advisory lock, so the rollup
 * rows are updated one transaction at a time), a monthly rollup of their counts, the open cases,
 * and the working-day ordinals of the official calendar (kept by a trigger on holiday_calendar).
 *
 * Facts are derived from the events by one view, stat_fact_source: the trigger inserts the facts
 * of the new event's seq, the backfill (hub_stat_rebuild, also run by bench/seed-scale.ts after its
 * COPY) inserts those of every event. What a fact reads besides the event (the referral, the
 * proceeding, its handling clock) is final by the time the event is written: events are inserted
 * after the transaction's entity flush.
 */
export class Migration20261203170000_statistics extends Migration {
  override async up(): Promise<void> {
    // ------------------------------------------------------------ working days
    // ordinal = working days from 2000-01-01 up to and including `day`; the working days in (a, b]
    // are ordinal(b) - ordinal(a). The rule is WorkCalendar's (src/modules/clock/work-calendar.ts):
    // an official year's make-up days work, its holidays do not, other weekdays work; a year without
    // a schedule has weekends and FIXED_DATE_HOLIDAYS off. test/e2e/statistics.test.ts compares every
    // day of the range with WorkCalendar.
    this.addSql(`create table "stat_work_day" ("day" date not null, "ordinal" int not null, constraint "stat_work_day_pkey" primary key ("day"));`);
    this.addSql(`create or replace function "hub_stat_work_days_rebuild"() returns void language plpgsql as $$
begin
  delete from stat_work_day;
  insert into stat_work_day (day, ordinal)
  select d, (sum(w) over (order by d))::int
    from (
      select g::date as d,
             (case when c.year is not null
                   then to_char(g, 'YYYY-MM-DD') = any (c.make_up_workdays)
                        or (extract(isodow from g) < 6 and not to_char(g, 'YYYY-MM-DD') = any (c.holidays))
                   else extract(isodow from g) < 6 and to_char(g, 'MM-DD') not in ('01-01', '05-01', '05-02', '10-01', '10-02', '10-03')
              end)::int as w
        from generate_series('2000-01-01'::date, '2099-12-31'::date, interval '1 day') g
        left join holiday_calendar c on c.year = extract(year from g)::int
    ) x;
end $$;`);

    // ------------------------------------------------------------ facts
    this.addSql(`create table "stat_fact" (
  "kind" text not null,
  "ref_id" uuid not null,
  "side" smallint not null,
  "organization_id" uuid not null,
  "seq" bigint not null,
  "dispute_id" uuid not null,
  "day" date not null,
  "start_day" date null,
  "wd" int null,
  "channel" text not null,
  "matter_code" text not null,
  "region" text not null,
  "settled" boolean not null,
  "on_time" boolean not null,
  "withdrawn" boolean not null,
  "court_delegated" boolean not null,
  "accepted" boolean not null,
  "confirmed" boolean not null,
  constraint "stat_fact_pkey" primary key ("kind", "ref_id", "side"));`);
    // One organization's facts of some kinds in a period (edge days of a period, and the working-day percentiles, index-only).
    this.addSql(`create index "stat_fact_org_idx" on "stat_fact" ("organization_id", "kind", "day") include ("side", "wd", "channel", "matter_code", "region");`);
    // The whole city: each fact once (side 0).
    this.addSql(`create index "stat_fact_all_idx" on "stat_fact" ("kind", "day") include ("wd", "channel", "matter_code", "region") where "side" = 0;`);

    this.addSql(`create table "stat_month" (
  "organization_id" uuid not null, "month" date not null, "kind" text not null, "side" smallint not null,
  "channel" text not null, "matter_code" text not null, "region" text not null,
  "settled" boolean not null, "on_time" boolean not null, "withdrawn" boolean not null, "court_delegated" boolean not null, "accepted" boolean not null, "confirmed" boolean not null,
  "n" bigint not null,
  constraint "stat_month_pkey" primary key (${ROLLUP_KEY}));`);
    this.addSql(`create index "stat_month_all_idx" on "stat_month" ("kind", "month") where "side" = 0;`);

    // The working days of the answers and conclusions as a histogram per month: exact percentiles of a year from a few hundred rows.
    this.addSql(`create table "stat_month_wd" (
  "organization_id" uuid not null, "month" date not null, "kind" text not null,
  "channel" text not null, "matter_code" text not null, "region" text not null, "wd" int not null,
  "n" bigint not null,
  constraint "stat_month_wd_pkey" primary key (${WD_KEY}));`);
    this.addSql(`create index "stat_month_wd_all_idx" on "stat_month_wd" ("kind", "month");`);

    // Open proceedings, with the due date of their earliest running acceptance or handling clock (kept by a trigger on deadline).
    this.addSql(
      `create table "stat_open" ("proceeding_id" uuid not null, "organization_id" uuid not null, "channel" text not null, "matter_code" text not null, "region" text not null, "due_on" date null, constraint "stat_open_pkey" primary key ("proceeding_id"));`,
    );
    this.addSql(`create index "stat_open_organization_idx" on "stat_open" ("organization_id") include ("due_on", "channel", "matter_code", "region");`);

    this.addSql(`create or replace function "hub_china_date"(timestamptz) returns date language sql immutable as $$ select (($1 at time zone 'UTC') + interval '8 hours')::date $$;`);

    // What each counted event contributes. side 0: the organization that acted or holds the case (each fact
    // counted once for the whole city); side 1: the other organization of a two-sided fact (the receiver of a
    // referral, the court of a judicial confirmation).
    this.addSql(`create view "stat_fact_source" as
-- A dispute registered: for the organization that registered it; channel and matter of the matter chosen at registration.
select 'RECEIVED'::text as kind, e.dispute_id as ref_id, 0::smallint as side, d.registered_by_organization_id as organization_id, e.seq, e.dispute_id,
       hub_china_date(e.at) as day, null::date as start_day, null::int as wd,
       coalesce(m.channel, '') as channel, coalesce(e.data->>'matterCode', '') as matter_code, coalesce(e.data->>'region', d.region) as region,
       false as settled, false as on_time, false as withdrawn, false as court_delegated, false as accepted, false as confirmed
  from dispute_event e
  join dispute d on d.id = e.dispute_id
  left join matter m on m.code = e.data->>'matterCode'
 where e.type = 'REGISTERED'
union all
-- A referral: sent (side 0, the sender) and received (side 1, the receiver).
select 'REFERRED', r.id, s.side, case s.side when 0 then r.from_organization_id else r.to_organization_id end, e.seq, e.dispute_id,
       hub_china_date(e.at), null, null,
       r.channel, coalesce(rm.code, ''), d.region,
       false, false, false, r.kind = 'COURT_DELEGATED', false, false
  from dispute_event e
  join referral r on r.id = e.referral_id
  join dispute d on d.id = e.dispute_id
  left join matter rm on rm.id = r.matter_id
  cross join (values (0::smallint), (1::smallint)) as s(side)
 where e.type = 'REFERRED'
union all
-- A referral answered by its receiver, and the working days from the day of the referral to the day of the answer.
select 'ANSWERED', r.id, 0, r.to_organization_id, e.seq, e.dispute_id,
       hub_china_date(e.at), hub_china_date(r.created_at), we.ordinal - ws.ordinal,
       r.channel, coalesce(rm.code, ''), d.region,
       false, false, false, r.kind = 'COURT_DELEGATED', e.type = 'REFERRAL_ACCEPTED', false
  from dispute_event e
  join referral r on r.id = e.referral_id
  join dispute d on d.id = e.dispute_id
  left join matter rm on rm.id = r.matter_id
  left join stat_work_day ws on ws.day = hub_china_date(r.created_at)
  left join stat_work_day we on we.day = hub_china_date(e.at)
 where e.type in ('REFERRAL_ACCEPTED', 'REFERRAL_DECLINED')
union all
-- A case taken in: the proceeding an accepted referral opened.
select 'OPENED', p.id, 0, p.organization_id, e.seq, e.dispute_id,
       hub_china_date(e.at), null, null,
       p.channel, coalesce(pm.code, ''), d.region,
       false, false, false, coalesce(r.kind = 'COURT_DELEGATED', false), false, false
  from dispute_event e
  join proceeding p on p.id = e.proceeding_id
  join dispute d on d.id = e.dispute_id
  left join matter pm on pm.id = p.matter_id
  left join referral r on r.id = p.referral_id
 where e.type = 'REFERRAL_ACCEPTED'
union all
-- The acceptance review ended: admitted, or not accepted.
select case e.type when 'PROCEEDING_ADMITTED' then 'ADMITTED' else 'NOT_ACCEPTED' end, p.id, 0, p.organization_id, e.seq, e.dispute_id,
       hub_china_date(e.at), null, null,
       p.channel, coalesce(pm.code, ''), d.region,
       false, false, false, coalesce(r.kind = 'COURT_DELEGATED', false), false, false
  from dispute_event e
  join proceeding p on p.id = e.proceeding_id
  join dispute d on d.id = e.dispute_id
  left join matter pm on pm.id = p.matter_id
  left join referral r on r.id = p.referral_id
 where e.type in ('PROCEEDING_ADMITTED', 'PROCEEDING_NOT_ACCEPTED')
union all
-- A proceeding concluded (any outcome, withdrawals included): settled, on time by its handling clock (none started: on time),
-- and the working days from the day the case reached the organization to the day it was concluded.
select 'CONCLUDED', p.id, 0, p.organization_id, e.seq, e.dispute_id,
       hub_china_date(e.at), hub_china_date(p.received_at), we.ordinal - ws.ordinal,
       p.channel, coalesce(pm.code, ''), d.region,
       coalesce((e.data->>'settles')::boolean, false), coalesce(hub_china_date(e.at) <= h.due_on, true), coalesce(e.data->>'outcome' = 'WITHDRAWN', false),
       coalesce(r.kind = 'COURT_DELEGATED', false), false, false
  from dispute_event e
  join proceeding p on p.id = e.proceeding_id
  join dispute d on d.id = e.dispute_id
  left join matter pm on pm.id = p.matter_id
  left join referral r on r.id = p.referral_id
  left join lateral (select dl.due_on from deadline dl where dl.proceeding_id = p.id and dl.kind = 'HANDLING' order by dl.created_at desc, dl.id desc limit 1) h on true
  left join stat_work_day ws on ws.day = hub_china_date(p.received_at)
  left join stat_work_day we on we.day = hub_china_date(e.at)
 where e.type = 'CONCLUDED'
union all
-- Judicial confirmation: applied for, not accepted, decided; side 0 the mediating organization, side 1 the court.
select case e.type when 'JUDICIAL_CONFIRMATION_REQUESTED' then 'JC_REQUESTED' when 'JUDICIAL_CONFIRMATION_NOT_ACCEPTED' then 'JC_NOT_ACCEPTED' else 'JC_DECIDED' end,
       jc.id, s.side, case s.side when 0 then p.organization_id else jc.court_id end, e.seq, e.dispute_id,
       hub_china_date(e.at), null, null,
       p.channel, coalesce(pm.code, ''), d.region,
       false, false, false, coalesce(r.kind = 'COURT_DELEGATED', false), false, coalesce(e.data->>'decision' = 'CONFIRM', false)
  from dispute_event e
  join judicial_confirmation jc on jc.id = (e.data->>'judicialConfirmationId')::uuid
  join proceeding p on p.id = jc.proceeding_id
  join dispute d on d.id = e.dispute_id
  left join matter pm on pm.id = p.matter_id
  left join referral r on r.id = p.referral_id
  cross join (values (0::smallint), (1::smallint)) as s(side)
 where e.type in ('JUDICIAL_CONFIRMATION_REQUESTED', 'JUDICIAL_CONFIRMATION_NOT_ACCEPTED', 'JUDICIAL_CONFIRMATION_DECIDED');`);

    // The facts of one new event, their counts in the rollup, and the open cases, in one statement.
    // A generic plan, made once per connection: the view's seven branches take ~25 ms to plan, and the
    // custom plans PL/pgSQL would make for the first five calls would cost that each time.
    this.addSql(`create or replace function "hub_stat_on_event"() returns trigger language plpgsql set plan_cache_mode = force_generic_plan as $$
begin
  with f as (
    insert into stat_fact (${FACT_COLUMNS}) select ${FACT_COLUMNS} from stat_fact_source where seq = new.seq on conflict do nothing returning *
  ), m as (
    insert into stat_month (${ROLLUP_KEY}, "n")
    select organization_id, ${MONTH}, kind, side, channel, matter_code, region, ${FLAGS}, count(*) from f
     group by organization_id, ${MONTH}, kind, side, channel, matter_code, region, ${FLAGS}
    on conflict (${ROLLUP_KEY}) do update set n = stat_month.n + excluded.n
  ), w as (
    insert into stat_month_wd (${WD_KEY}, "n")
    select organization_id, ${MONTH}, kind, channel, matter_code, region, wd, count(*) from f where wd is not null
     group by organization_id, ${MONTH}, kind, channel, matter_code, region, wd
    on conflict (${WD_KEY}) do update set n = stat_month_wd.n + excluded.n
  ), o as (
    insert into stat_open (proceeding_id, organization_id, channel, matter_code, region, due_on)
    select ref_id, organization_id, channel, matter_code, region, ${OPEN_DUE.replace('%P', 'f.ref_id')} from f where kind = 'OPENED' on conflict do nothing
  )
  delete from stat_open where proceeding_id in (select ref_id from f where kind in ('CONCLUDED', 'NOT_ACCEPTED'));
  return null;
end $$;`);
    this.addSql(`create trigger "stat_event_write" after insert on "dispute_event" for each row when (new.type in (${STAT_EVENT_TYPES})) execute function "hub_stat_on_event"();`);

    this.addSql(`create or replace function "hub_stat_month_wd_rebuild"() returns void language plpgsql as $$
begin
  delete from stat_month_wd;
  insert into stat_month_wd (${WD_KEY}, "n")
  select organization_id, ${MONTH}, kind, channel, matter_code, region, wd, count(*) from stat_fact where wd is not null
   group by organization_id, ${MONTH}, kind, channel, matter_code, region, wd;
end $$;`);

    // Everything again from the timeline: the backfill of a database with history, and bench/seed-scale.ts after its COPY.
    this.addSql(`create or replace function "hub_stat_rebuild"() returns void language plpgsql as $$
begin
  perform set_config('work_mem', '256MB', true);
  -- One large statement per table: compiling it (JIT) costs more than it saves.
  perform set_config('jit', 'off', true);
  delete from stat_open;
  delete from stat_month_wd;
  delete from stat_month;
  delete from stat_fact;
  insert into stat_fact (${FACT_COLUMNS}) select ${FACT_COLUMNS} from stat_fact_source on conflict do nothing;
  insert into stat_month (${ROLLUP_KEY}, "n")
  select organization_id, ${MONTH}, kind, side, channel, matter_code, region, ${FLAGS}, count(*) from stat_fact
   group by organization_id, ${MONTH}, kind, side, channel, matter_code, region, ${FLAGS};
  perform hub_stat_month_wd_rebuild();
  insert into stat_open (proceeding_id, organization_id, channel, matter_code, region, due_on)
  select o.ref_id, o.organization_id, o.channel, o.matter_code, o.region, ${OPEN_DUE.replace('%P', 'o.ref_id')} from stat_fact o
   where o.kind = 'OPENED' and not exists (select 1 from stat_fact c where c.kind in ('CONCLUDED', 'NOT_ACCEPTED') and c.ref_id = o.ref_id and c.side = 0);
end $$;`);
    this.addSql(`create or replace function "hub_stat_reset"() returns trigger language plpgsql as $$
begin
  delete from stat_open;
  delete from stat_month_wd;
  delete from stat_month;
  delete from stat_fact;
  return null;
end $$;`);
    this.addSql(`create trigger "stat_event_truncate" after truncate on "dispute_event" for each statement execute function "hub_stat_reset"();`);

    // A schedule loaded, replaced or removed (by an administrator, or by the seed on start): the ordinals follow,
    // and so do the working days of the facts already counted (a correction of the current year is rare, and exact).
    this.addSql(`create or replace function "hub_stat_calendar_changed"() returns trigger language plpgsql as $$
declare
  changed bigint;
begin
  perform hub_stat_work_days_rebuild();
  update stat_fact f set wd = we.ordinal - ws.ordinal
    from stat_work_day ws, stat_work_day we
   where f.start_day is not null and ws.day = f.start_day and we.day = f.day and f.wd is distinct from we.ordinal - ws.ordinal;
  get diagnostics changed = row_count;
  if changed > 0 then
    perform hub_stat_month_wd_rebuild();
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger "stat_calendar_changed" after insert or update or delete or truncate on "holiday_calendar" for each statement execute function "hub_stat_calendar_changed"();`);

    // A clock of an open proceeding created, moved, paused, resumed or stopped: its due date in stat_open follows.
    this.addSql(`create or replace function "hub_stat_open_due"() returns trigger language plpgsql as $$
begin
  update stat_open s set due_on = ${OPEN_DUE.replace('%P', 's.proceeding_id')} where s.proceeding_id = new.proceeding_id;
  return null;
end $$;`);
    this.addSql(`create trigger "stat_open_due" after insert or update of "due_on", "open", "paused" on "deadline" for each row
      when (new.proceeding_id is not null and new.kind in ('ACCEPTANCE', 'HANDLING')) execute function "hub_stat_open_due"();`);

    this.addSql(`select hub_stat_work_days_rebuild();`);
    this.addSql(`select hub_stat_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "stat_open_due" on "deadline";`);
    this.addSql(`drop function if exists "hub_stat_open_due"();`);
    this.addSql(`drop trigger if exists "stat_calendar_changed" on "holiday_calendar";`);
    this.addSql(`drop trigger if exists "stat_event_truncate" on "dispute_event";`);
    this.addSql(`drop trigger if exists "stat_event_write" on "dispute_event";`);
    this.addSql(`drop function if exists "hub_stat_calendar_changed"();`);
    this.addSql(`drop function if exists "hub_stat_reset"();`);
    this.addSql(`drop function if exists "hub_stat_rebuild"();`);
    this.addSql(`drop function if exists "hub_stat_month_wd_rebuild"();`);
    this.addSql(`drop function if exists "hub_stat_on_event"();`);
    this.addSql(`drop view if exists "stat_fact_source";`);
    this.addSql(`drop function if exists "hub_china_date"(timestamptz);`);
    this.addSql(`drop table if exists "stat_open";`);
    this.addSql(`drop table if exists "stat_month_wd";`);
    this.addSql(`drop table if exists "stat_month";`);
    this.addSql(`drop table if exists "stat_fact";`);
    this.addSql(`drop function if exists "hub_stat_work_days_rebuild"();`);
    this.addSql(`drop table if exists "stat_work_day";`);
  }
}
