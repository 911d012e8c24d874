import { AuditEntry } from '../../modules/audit/audit-entry.entity';
import { User } from '../../modules/auth/user.entity';
import { HolidayCalendarYear } from '../../modules/calendar/holiday-calendar.entity';
import { Matter } from '../../modules/matter/matter.entity';
import { Organization } from '../../modules/organization/organization.entity';
import { Deadline } from '../../modules/deadline/deadline.entity';
import { DisputeEvent } from '../../modules/timeline/dispute-event.entity';

/** Every entity the ORM knows; listed explicitly so no folder globbing is needed at run time. */
export const ENTITIES = [Organization, User, Matter, HolidayCalendarYear, AuditEntry, Deadline, DisputeEvent];
