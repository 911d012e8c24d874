import type { HubContext } from '../../core/context';
import { andThen, type MaybePromise } from '../../core/maybe-async';
import { chinaDateOf, compareDates } from '../clock';
import type { DeadlineRow } from './deadline.loaders';
import { DeadlineService } from './deadline.service';
import type { DeadlineView } from './deadline.types';

/** Turns deadline records into the contract's Deadline views, with the cached calendar (at once while it is fresh) and today's date in China. */
export function presentDeadlines(ctx: HubContext, rows: readonly DeadlineRow[]): MaybePromise<DeadlineView[]> {
  if (!rows.length) return [];
  return andThen(ctx.services.calendar.current(ctx.em), (calendar) => {
    const today = chinaDateOf(ctx.services.now());
    return rows.map((d) => DeadlineService.view(d, calendar, today));
  });
}

/** The view of the newest of a dispute's deadlines that `match` picks, or null: through the dispute's deadlines, read once per request. */
export function presentDeadlineOf(ctx: HubContext, disputeId: string, match: (d: DeadlineRow) => boolean): Promise<DeadlineView | null> {
  return ctx.loaders.deadlinesByDispute.load(disputeId).then((all) => andThen(presentDeadlines(ctx, all.filter(match).slice(-1)), (views) => views[0] ?? null));
}

/** Open ones first (earliest due first), then closed ones by due date. */
export function sortDeadlines(views: DeadlineView[], rows: readonly DeadlineRow[]): DeadlineView[] {
  const open = new Map(rows.map((r) => [r.id, r.open]));
  return [...views].sort((a, b) => {
    const oa = open.get(a.deadlineId) ? 0 : 1;
    const ob = open.get(b.deadlineId) ? 0 : 1;
    return oa - ob || compareDates(a.dueOn, b.dueOn);
  });
}
