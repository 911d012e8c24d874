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

  async get(em: EntityManager, now = Date.now()): Promise<WorkCalendar> {
    if (this.cached && now - this.cached.at < CACHE_TTL_MS) return this.cached.calendar;
    this.loading ??= this.load(em).finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  invalidate(): void {
    this.cached = null;
  }

  /** Reads the schedules through `em` (inside its transaction, if any) without touching the cache. */
  async build(em: EntityManager): Promise<WorkCalendar> {
    const rows = await em.find(HolidayCalendarYear, {}, { orderBy: { year: 'asc' } });
    return new WorkCalendar(rows.map(toSchedule));
  }

  private async load(em: EntityManager): Promise<WorkCalendar> {
    const calendar = await this.build(em);
    this.cached = { calendar, at: Date.now() };
    return calendar;
  }
}

export function toSchedule(row: HolidayCalendarYear): YearSchedule {
  return { year: row.year, holidays: row.holidays, makeUpWorkdays: row.makeUpWorkdays, source: row.source };
}

export { validateSchedule };
