import type { EntityManager } from '@mikro-orm/postgresql';
import { Channel } from '../../core/enums';
import { addDays, addMonths, type IsoDate } from '../clock';

// The SQL of the statistics: fixed statements over the fact tables that the trigger on
// dispute_event keeps (Migration20261203170000_statistics), one statement per request.

/** Every kind of fact, listed so that the (organization_id, kind, day) index bounds the day range. */
export const FACT_KINDS = ['RECEIVED', 'REFERRED', 'ANSWERED', 'OPENED', 'ADMITTED', 'NOT_ACCEPTED', 'CONCLUDED', 'JC_REQUESTED', 'JC_NOT_ACCEPTED', 'JC_DECIDED'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const KIND_LIST = FACT_KINDS.map((k) => `'${k}'`).join(', ');
const FLAG_COLUMNS = 'kind, side, settled, on_time, withdrawn, court_delegated, accepted, confirmed';

/** The facts of one kind and flags, summed: what every count of the statistics is made of. */
export interface CountRow {
  kind: FactKind;
  side: number;
  settled: boolean;
  on_time: boolean;
  withdrawn: boolean;
  court_delegated: boolean;
  accepted: boolean;
  confirmed: boolean;
  n: number;
}

/** How many answers or conclusions took `wd` working days: the percentiles are read from this histogram. */
export interface DurationRow {
  kind: 'ANSWERED' | 'CONCLUDED';
  wd: number;
  n: number;
}

/** Follow-up facts of one kind and performance, with the sums of their scores (stat_follow_up, stat_follow_up_month). */
export interface FollowUpRow {
  kind: 'VISITED' | 'UNREACHABLE';
  performance: string;
  n: number;
  professionalism: number;
  ease: number;
  timeliness: number;
  fairness: number;
  satisfied: number;
}

export interface SliceFigures {
  counts: CountRow[];
  durations: DurationRow[];
  open: { open: number; overdue: number };
  followUps: FollowUpRow[];
}

export interface Slice {
  from: IsoDate;
  to: IsoDate;
  /** null: the whole city (each fact counted once, on side 0). */
  organizationId: string | null;
  channel: Channel | null;
  matterCode: string | null;
  region: string | null;
  /** The business date, for the overdue cases. */
  today: IsoDate;
}

/**
 * The whole months of [from, to] (read from the monthly rollup) and the days before and after
 * them (read from the facts). A period without a whole month is all edge.
 */
export function splitPeriod(from: IsoDate, to: IsoDate): { months: [IsoDate, IsoDate] | null; edges: [IsoDate, IsoDate][] } {
  const firstOf = (d: IsoDate) => `${d.slice(0, 8)}01`;
  const lastOf = (d: IsoDate) => addDays(addMonths(firstOf(d), 1), -1);
  const monthFrom = from === firstOf(from) ? from : addMonths(firstOf(from), 1);
  const monthTo = to === lastOf(to) ? firstOf(to) : addMonths(firstOf(to), -1);
  if (monthFrom > monthTo) return { months: null, edges: [[from, to]] };
  const edges: [IsoDate, IsoDate][] = [
    [from, addDays(monthFrom, -1)],
    [addDays(lastOf(monthTo), 1), to],
  ];
  return { months: [monthFrom, monthTo], edges: edges.filter(([a, b]) => a <= b) };
}

/** Parameterized SQL, built in placeholder order. */
class Sql {
  text = '';
  readonly params: unknown[] = [];
  add(text: string, ...params: unknown[]): this {
    this.text += text;
    this.params.push(...params);
    return this;
  }
}

function sliceFilters(sql: Sql, slice: Slice): Sql {
  if (slice.channel) sql.add(' and channel = ?', slice.channel);
  if (slice.matterCode) sql.add(' and matter_code = ?', slice.matterCode);
  if (slice.region) sql.add(' and region = ?', slice.region);
  return sql;
}

/** Rows of one organization, or of the whole city; `sides`: the table has a side column (side 0 counts each fact once). */
function scope(sql: Sql, slice: Slice, sides = true): Sql {
  if (slice.organizationId) return sql.add('organization_id = ?', slice.organizationId);
  return sql.add(sides ? 'side = 0' : 'true');
}

/**
 * Every figure of one slice in one statement: counts (the monthly rollup for whole months, the facts
 * for the days around them), the working-day histogram of answers and conclusions (likewise), and
 * the open and overdue cases now.
 */
export async function readSlice(em: EntityManager, slice: Slice): Promise<SliceFigures> {
  const { months, edges } = splitPeriod(slice.from, slice.to);
  const sql = new Sql();
  const unionAll = (parts: ((s: Sql) => void)[]) =>
    parts.forEach((part, i) => {
      if (i) sql.add(' union all ');
      part(sql);
    });

  const counts: ((s: Sql) => void)[] = [];
  const durations: ((s: Sql) => void)[] = [];
  const followUps: ((s: Sql) => void)[] = [];
  if (months) {
    followUps.push((s) => {
      s.add(`select kind, performance, sum(n) as n, sum(professionalism) as p, sum(ease) as e, sum(timeliness) as t, sum(fairness) as f, sum(satisfied) as s from stat_follow_up_month where `);
      scope(s, slice, false).add(' and month between ?::date and ?::date', months[0], months[1]);
      sliceFilters(s, slice).add(' group by kind, performance');
    });
    counts.push((s) => {
      s.add(`select ${FLAG_COLUMNS}, sum(n) as n from stat_month where `);
      scope(s, slice).add(' and month between ?::date and ?::date', months[0], months[1]);
      sliceFilters(s, slice).add(` group by ${FLAG_COLUMNS}`);
    });
    durations.push((s) => {
      s.add(`select kind, wd, sum(n) as n from stat_month_wd where `);
      scope(s, slice, false).add(` and kind in ('ANSWERED', 'CONCLUDED') and month between ?::date and ?::date`, months[0], months[1]);
      sliceFilters(s, slice).add(' group by kind, wd');
    });
  }
  for (const [a, b] of edges) {
    followUps.push((s) => {
      s.add(
        `select kind, performance, count(*) as n, sum(professionalism) as p, sum(ease) as e, sum(timeliness) as t, sum(fairness) as f, count(*) filter (where satisfied) as s from stat_follow_up where `,
      );
      scope(s, slice, false).add(' and day between ?::date and ?::date', a, b);
      sliceFilters(s, slice).add(' group by kind, performance');
    });
    counts.push((s) => {
      s.add(`select ${FLAG_COLUMNS}, count(*) as n from stat_fact where `);
      scope(s, slice).add(` and kind in (${KIND_LIST}) and day between ?::date and ?::date`, a, b);
      sliceFilters(s, slice).add(` group by ${FLAG_COLUMNS}`);
    });
    durations.push((s) => {
      s.add(`select kind, wd, count(*) as n from stat_fact where `);
      scope(s, slice).add(` and kind in ('ANSWERED', 'CONCLUDED') and day between ?::date and ?::date and wd is not null`, a, b);
      sliceFilters(s, slice).add(' group by kind, wd');
    });
  }
  sql.add('with c as (');
  unionAll(counts);
  sql.add('), w as (');
  unionAll(durations);
  sql.add('), fu as (');
  unionAll(followUps);
  sql.add('), o as (select count(*) as open, count(*) filter (where due_on < ?::date) as overdue from stat_open where ', slice.today);
  scope(sql, slice, false);
  sliceFilters(sql, slice);
  sql.add(
    `) select (select coalesce(json_agg(c), '[]'::json) from c) as counts,` +
      ` (select coalesce(json_agg(x), '[]'::json) from (select kind, wd, sum(n) as n from w group by kind, wd) x) as durations,` +
      ` (select row_to_json(o) from o) as open,` +
      ` (select coalesce(json_agg(x), '[]'::json) from (select kind, performance, sum(n) as n, sum(p) as professionalism, sum(e) as ease, sum(t) as timeliness, sum(f) as fairness, sum(s) as satisfied from fu group by kind, performance) x) as follow_ups`,
  );
  const [row] = await em
    .getConnection()
    .execute<{ counts: CountRow[] | string; durations: DurationRow[] | string; open: SliceFigures['open'] | string; follow_ups: FollowUpRow[] | string }[]>(sql.text, sql.params, 'all');
  // json columns arrive parsed from node-postgres; parse them where a driver hands over text.
  const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
  const open = json(row.open);
  const durationRows = json(row.durations).map((d) => ({ kind: d.kind, wd: Number(d.wd), n: Number(d.n) }));
  const followUpRows = json(row.follow_ups).map((r) => ({
    kind: r.kind,
    performance: r.performance,
    n: Number(r.n),
    professionalism: Number(r.professionalism),
    ease: Number(r.ease),
    timeliness: Number(r.timeliness),
    fairness: Number(r.fairness),
    satisfied: Number(r.satisfied),
  }));
  return { counts: json(row.counts), durations: durationRows, open: { open: Number(open.open), overdue: Number(open.overdue) }, followUps: followUpRows };
}

export interface PublicRow {
  month: number;
  channel: Channel;
  kind: 'OPENED' | 'CONCLUDED';
  settled: boolean;
  on_time: boolean;
  n: number;
}

/** The city's cases taken in and concluded per month and channel of one year, from the monthly rollup. */
export async function readPublicYear(em: EntityManager, year: number): Promise<PublicRow[]> {
  const rows = await em.getConnection().execute<(Omit<PublicRow, 'n'> & { n: string | number })[]>(
    `select extract(month from month)::int as month, channel, kind, settled, on_time, sum(n) as n
       from stat_month
      where side = 0 and kind in ('OPENED', 'CONCLUDED') and month between ?::date and ?::date
      group by 1, 2, 3, 4, 5`,
    [`${year}-01-01`, `${year}-12-01`],
    'all',
  );
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}

export interface PublicFollowUpRow {
  month: number;
  channel: Channel;
  visits: number;
  satisfied: number;
}

/** The city's follow-up visits per month and channel of one year, from their monthly rollup. */
export async function readPublicFollowUps(em: EntityManager, year: number): Promise<PublicFollowUpRow[]> {
  const rows = await em.getConnection().execute<{ month: number; channel: Channel; visits: string | number; satisfied: string | number }[]>(
    `select extract(month from month)::int as month, channel, sum(n) as visits, sum(satisfied) as satisfied
       from stat_follow_up_month
      where kind = 'VISITED' and month between ?::date and ?::date
      group by 1, 2`,
    [`${year}-01-01`, `${year}-12-01`],
    'all',
  );
  return rows.map((r) => ({ month: r.month, channel: r.channel, visits: Number(r.visits), satisfied: Number(r.satisfied) }));
}
