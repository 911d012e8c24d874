import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkCalendar, validateSchedule, type YearSchedule } from '../clock';
import { HolidayCalendarYear } from './holiday-calendar.entity';

const CACHE_TTL_MS = 30_000;

/**
 * The official calendar lives in the database; each process keeps a cached
 * WorkCalendar for at most CACHE_TTL_MS (another instance's schedule load is
 * seen within that time; this process's own load is seen at once).
 */
export class CalendarService {
  private cached: { calendar: WorkCalendar; at: number } | null = null;
  private loading: Promise<WorkCalendar> | null = null;
  /** Bumped by invalidate(): a load that began before it read old rows and must not be cached or shared. */
  private generation = 0;

  async get(em: EntityManager, now = Date.now()): Promise<WorkCalendar> {
    return this.current(em, now);
  }

  /** The calendar at once while the cached one is fresh, else a promise of it (as `get`). */
  current(em: EntityManager, now = Date.now()): WorkCalendar | Promise<WorkCalendar> {
    if (this.cached && now - this.cached.at < CACHE_TTL_MS) return this.cached.calendar;
    if (this.loading) return this.loading;
    const loading = this.load(em, this.generation).finally(() => {
      if (this.loading === loading) this.loading = null;
    });
    this.loading = loading;
    return loading;
  }

  invalidate(): void {
    this.generation++;
    this.cached = null;
    this.loading = null;
  }

  /** Reads the schedules through `em` (inside its transaction, if any) without touching the cache. */
  async build(em: EntityManager): Promise<WorkCalendar> {
    const rows = await em.find(HolidayCalendarYear, {}, { orderBy: { year: 'asc' } });
    return new WorkCalendar(rows.map(toSchedule));
  }

  private async load(em: EntityManager, generation: number): Promise<WorkCalendar> {
    const calendar = await this.build(em);
    if (generation === this.generation) this.cached = { calendar, at: Date.now() };
    return calendar;
  }
}

export function toSchedule(row: HolidayCalendarYear): YearSchedule {
  return { year: row.year, holidays: row.holidays, makeUpWorkdays: row.makeUpWorkdays, source: row.source };
}

export { validateSchedule };
