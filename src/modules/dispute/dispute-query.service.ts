import type { HubContext } from '../../core/context';
import { badUserInput } from '../../core/graphql-errors';
import { pageSize } from '../../core/pagination';
import { chinaDateOf, startOfChinaDay } from '../clock';
import { DisputeStatus, Role } from '../../core/enums';
import { DisputeStatusCount } from './dispute.types';
import { Dispute } from './dispute.entity';
import { disputeVisibility, seesEveryDispute, visibilityReadsOnlyId } from './dispute.policy';
import { DisputeRepository } from './dispute.repository';
import { isUuid } from '../../core/validation/uuid';
import { DisputeConnection, DisputeFilter } from './dispute.types';
import { keysetPage, type SqlList } from '../../core/db/keyset';
import { Projection } from '../../core/db/projection';
import { placeholders } from '../../core/db/read-model';
import { querySql } from '../../core/db/sql';
import { requireViewer } from '../../core/viewer';

/** A filter condition on rows of another table that name the dispute in `key`. */
interface RowCondition {
  from: string;
  key: string;
  where: string;
  params: unknown[];
  negated: boolean;
}
/** The DisputeFilter fields that make row conditions (assignedToMe: false makes none). */
const ROW_CONDITION_FIELDS = new Set(['overdue', 'dueSoon', 'assigneeId', 'assignedToMe']);

function likePattern(s: string): string {
  return `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class DisputeQueryService {
  static async byId(ctx: HubContext, id: string): Promise<Dispute | null> {
    if (!isUuid(id)) return null;
    return ctx.loaders.visibleDispute.load(id);
  }

  static byCode(ctx: HubContext, code: string): Promise<Dispute | null> {
    return DisputeRepository.findVisibleByCode(ctx.em, ctx.viewer, code);
  }

  /** Keyset pagination on (received_at desc, id desc) under the viewer's visibility, every filter in SQL. */
  static async connection(
    ctx: HubContext,
    filter: DisputeFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    /** The columns the page's fields need (with receivedAt, its cursor's): every column by default. */
    projection: Projection = Projection.ALL,
  ): Promise<DisputeConnection> {
    // The page's row conditions serve its count too: one day, one validation, per request.
    const { list, rows } = DisputeQueryService.visibleList(ctx, filter, 'page');
    const counters = DisputeQueryService.countersServe(ctx, filter);
    const page = await keysetPage(ctx.em, list, Dispute, {
      kind: 'd',
      alias: 'd',
      instantColumn: 'received_at',
      instantOf: (d) => d.receivedAt,
      limit: pageSize(first, 20),
      after,
      projection,
      count: counters ? async () => (await DisputeQueryService.countedByStatus(ctx, filter)).reduce((sum, r) => sum + r.n, 0) : () => DisputeQueryService.countMatches(ctx, filter, rows),
    });
    for (const { node } of page.edges) ctx.loaders.visibleDispute.prime(node.id, node, projection);
    return Object.setPrototypeOf(page, DisputeConnection.prototype) as DisputeConnection;
  }

  /** Counts by status of the disputes the viewer may read, under the same filter (its status part aside). */
  static async statusCounts(ctx: HubContext, filter: DisputeFilter | null | undefined): Promise<DisputeStatusCount[]> {
    const unfiltered = { ...(filter ?? {}), status: null };
    let rows: { status: DisputeStatus; n: number }[];
    if (DisputeQueryService.countersServe(ctx, unfiltered)) rows = await DisputeQueryService.countedByStatus(ctx, unfiltered);
    else {
      const { list } = DisputeQueryService.visibleList(ctx, unfiltered, 'count');
      rows = await querySql<{ status: DisputeStatus; n: number }>(ctx.em, `select d.status, count(*)::int as n from ${list.from}${whereClause(list)} group by d.status`, list.params);
    }
    const counts = new Map(rows.map((r) => [r.status, Number(r.n)]));
    return Object.values(DisputeStatus).map((status) => Object.assign(new DisputeStatusCount(), { status, count: counts.get(status) ?? 0 }));
  }

  /**
   * Whether the dispute_count counters answer this count: a viewer who sees every dispute, and no
   * condition but status, region and category (what the counters are kept by).
   */
  private static countersServe(ctx: HubContext, filter: DisputeFilter | null | undefined): boolean {
    if (!seesEveryDispute(ctx.viewer)) return false;
    const f = filter ?? {};
    const other =
      f.channel ||
      f.organizationId ||
      (f.overdue !== null && f.overdue !== undefined) ||
      (f.dueSoon !== null && f.dueSoon !== undefined) ||
      f.search?.trim() ||
      f.receivedFrom ||
      f.receivedTo ||
      f.referredByOrganizationId ||
      f.judicialConfirmationStatus?.length ||
      f.assigneeId ||
      f.assignedToMe;
    return !other;
  }

  /** Disputes by status from the counters the dispute triggers keep exact (see countersServe for when they apply). */
  private static async countedByStatus(ctx: HubContext, filter: DisputeFilter | null | undefined): Promise<{ status: DisputeStatus; n: number }[]> {
    const f = filter ?? {};
    const where: string[] = [];
    const params: unknown[] = [];
    const within = (column: string, values: readonly string[]) => {
      where.push(`${column} in (${placeholders(values.length)})`);
      params.push(...values);
    };
    if (f.status?.length) within('status', f.status);
    if (f.category?.length) within('category', f.category);
    if (f.region) within('region', [f.region]);
    const rows = await querySql<{ status: DisputeStatus; n: string }>(
      ctx.em,
      `select status, sum(n)::text as n from dispute_count${where.length ? ` where ${where.join(' and ')}` : ''} group by status`,
      params,
    );
    return rows.map((r) => ({ status: r.status, n: Number(r.n) }));
  }

  /**
   * How many disputes the list has. With one condition on another table's rows and nothing else but
   * a visibility that reads only the dispute's id, the matching ids are counted without the dispute
   * table (disputes are never deleted, so every id a clock or an assignment names exists): at 1M,
   * the frontdesk's overdue count 55 → ~11 ms. Otherwise the filtered, visibility-scoped query.
   */
  private static async countMatches(ctx: HubContext, filter: DisputeFilter | null | undefined, rows: RowCondition[]): Promise<number> {
    const f = filter ?? {};
    const onlyRows = Object.entries(f).every(([k, v]) => ROW_CONDITION_FIELDS.has(k) || v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length));
    if (rows.length === 1 && !rows[0].negated && onlyRows && visibilityReadsOnlyId(ctx.viewer)) {
      const [row] = rows;
      const vis = disputeVisibility(ctx.viewer, 'd');
      const [counted] = await querySql<{ n: string }>(
        ctx.em,
        `select count(*)::text as n from (select distinct ${row.key} as id from ${row.from} where ${row.key} is not null and ${row.where}) d${vis ? ` where ${vis.sql}` : ''}`,
        [...row.params, ...(vis?.params ?? [])],
      );
      return Number(counted.n);
    }
    const { list } = DisputeQueryService.visibleList(ctx, filter, 'count', rows);
    const [counted] = await querySql<{ n: string }>(ctx.em, `select count(*)::text as n from ${list.from}${whereClause(list)}`, list.params);
    return Number(counted.n);
  }

  /** The filter's conditions on rows of another table that name the dispute (`key`): running clocks, assignments. */
  private static rowConditions(ctx: HubContext, f: DisputeFilter): RowCondition[] {
    const out: RowCondition[] = [];
    // Running clocks that are somebody's duty: the judicial-confirmation application window is the
    // parties' option, not a duty, so its end is no overdue case. Index deadline_duty_idx.
    const duty = `dl.open and not dl.paused and dl.kind <> 'JUDICIAL_CONFIRMATION_APPLICATION'`;
    if (f.overdue !== null && f.overdue !== undefined) {
      const today = chinaDateOf(ctx.services.now());
      out.push({ from: 'deadline dl', key: 'dl.dispute_id', where: `${duty} and dl.due_on < ?`, params: [today], negated: !f.overdue });
    }
    if (f.dueSoon !== null && f.dueSoon !== undefined) {
      const today = chinaDateOf(ctx.services.now());
      // The same window the sweep alerts on (due_soon_on ≤ today ≤ due_on).
      out.push({ from: 'deadline dl', key: 'dl.dispute_id', where: `${duty} and dl.due_soon_on <= ? and dl.due_on >= ?`, params: [today, today], negated: !f.dueSoon });
    }
    // A handler's own cases: disputes with a proceeding assigned to the user (proceeding is a later
    // module; read here as a table, like channel). Index proceeding_assignee_dispute_idx.
    const assignees = new Set<string>();
    if (f.assigneeId) {
      if (!isUuid(f.assigneeId)) throw badUserInput('filter.assigneeId is not a user id', 'filter.assigneeId');
      assignees.add(f.assigneeId);
    }
    if (f.assignedToMe) assignees.add(requireViewer(ctx).userId);
    for (const assignee of assignees) out.push({ from: 'proceeding pr', key: 'pr.dispute_id', where: 'pr.assignee_id = ?', params: [assignee], negated: false });
    return out;
  }

  /**
   * The disputes `d` the viewer may read, with every DisputeFilter condition, in hand-written SQL
   * (a QueryBuilder and its criteria tree were ~7% of a list page's CPU). A page walks the
   * disputes newest first and probes each one (`exists`, per dispute, on an index), stopping at the
   * page's end. A count (`use: 'count'`) must see every match instead, so a condition on a few rows
   * of another table (a running clock, an assignment) starts from those rows, read from an index,
   * rather than probing every dispute (at 1M disputes the overdue tab's count: 233 → 55 ms).
   * Returns the row conditions it applied (`known`, when given), for the count of the same list.
   */
  private static visibleList(ctx: HubContext, filter: DisputeFilter | null | undefined, use: 'page' | 'count', known?: RowCondition[]): { list: SqlList; rows: RowCondition[] } {
    const f = filter ?? {};
    const list: SqlList = { from: 'dispute d', where: [], params: [] };
    const and = (sql: string, params: readonly unknown[] = []) => {
      list.where.push(sql);
      list.params.push(...params);
    };
    const vis = disputeVisibility(ctx.viewer, 'd');
    if (vis) and(vis.sql, vis.params);
    if (f.status?.length) and(`d.status in (${placeholders(f.status.length)})`, f.status);
    if (f.category?.length) and(`d.category in (${placeholders(f.category.length)})`, f.category);
    if (f.region) and('d.region = ?', [f.region]);
    if (f.organizationId) {
      if (!isUuid(f.organizationId)) throw badUserInput('filter.organizationId is not an organization id', 'filter.organizationId');
      and('d.current_organization_id = ?', [f.organizationId]);
    }
    if (f.channel) {
      and('(exists (select 1 from proceeding p where p.dispute_id = d.id and p.channel = ?) or exists (select 1 from referral r where r.dispute_id = d.id and r.channel = ?))', [f.channel, f.channel]);
    }
    if (f.search) {
      const term = f.search.trim();
      if (term.length > 100) throw badUserInput('filter.search must be at most 100 characters', 'filter.search');
      if (term) {
        const like = likePattern(term);
        and(`(d.code ilike ? or d.title ilike ? or d.facts ilike ? or exists (select 1 from party pa where pa.dispute_id = d.id and pa.name ilike ?))`, [like, like, like, like]);
      }
    }
    if (f.receivedFrom) and('d.received_at >= ?', [startOfChinaDay(f.receivedFrom)]);
    // The end of the day, not the start of the next: the Date scalar allows 2999-12-31, whose next day the clock module rejects.
    if (f.receivedTo) and('d.received_at < ?', [new Date(startOfChinaDay(f.receivedTo).getTime() + 86_400_000)]);

    if (f.referredByOrganizationId) {
      if (!isUuid(f.referredByOrganizationId)) throw badUserInput('filter.referredByOrganizationId is not an organization id', 'filter.referredByOrganizationId');
      and('exists (select 1 from referral rf where rf.dispute_id = d.id and rf.from_organization_id = ?)', [f.referredByOrganizationId]);
    }
    if (f.judicialConfirmationStatus?.length) {
      const court = ctx.viewer?.roles.includes(Role.COURT_LIAISON) && !seesEveryDispute(ctx.viewer) ? ctx.viewer.organizationId : null;
      and(`exists (select 1 from judicial_confirmation jc where jc.dispute_id = d.id and jc.status in (${placeholders(f.judicialConfirmationStatus.length)})${court ? ' and jc.court_id = ?' : ''})`, [
        ...f.judicialConfirmationStatus,
        ...(court ? [court] : []),
      ]);
    }
    // `exists (select 1 from <from> where <key> = d.id and …)`; for a count, the matching ids first.
    const rows = known ?? DisputeQueryService.rowConditions(ctx, f);
    for (const { from, key, where, params, negated } of rows) {
      if (negated || use === 'page') and(`${negated ? 'not ' : ''}exists (select 1 from ${from} where ${key} = d.id and ${where})`, params);
      else and(`d.id = any(array(select ${key} from ${from} where ${key} is not null and ${where}))`, params);
    }
    return { list, rows };
  }
}

function whereClause(list: SqlList): string {
  return list.where.length ? ` where ${list.where.join(' and ')}` : '';
}
