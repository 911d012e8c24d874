import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubModule } from '../../core/module';
import type { HubServices } from '../../core/context';
import { chinaDateOf, type IsoDate, type WorkCalendar } from '../clock';
import { CalendarResolver } from './calendar.resolver';
import type { CalendarService } from './calendar.service';
import { HolidayCalendarYear } from './holiday-calendar.entity';

export * from './calendar.service';
export * from './holiday-calendar.entity';
export { CalendarAppService } from './calendar.app-service';

declare module '../../core/context' {
  interface HubServices {
    /** The official working-day calendar, cached per process. */
    calendar: CalendarService;
  }
}

declare module '../../core/unit-of-work' {
  interface EnvExtensions {
    /** The working-day calendar as the transaction began. */
    readonly calendar: WorkCalendar;
    /** The business date in China Standard Time. */
    readonly today: IsoDate;
  }
  interface DomainEvents {
    /** A year's official schedule was loaded or replaced: clocks computed on the old one are stale. */
    'calendar.changed': { year: number; calendar: WorkCalendar };
  }
}

/** The unit of work's calendar part: read before the transaction opens (PGlite has one connection). */
export async function prepareCalendar(services: HubServices, em: EntityManager, now: Date) {
  return { calendar: await services.calendar.get(em), today: chinaDateOf(now) };
}

export const calendarModule: HubModule = {
  name: 'calendar',
  entities: [HolidayCalendarYear],
  resolvers: [CalendarResolver],
};
