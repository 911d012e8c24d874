import { AuditEntry } from '../../modules/audit/audit-entry.entity';
import { User } from '../../modules/auth/user.entity';
import { HolidayCalendarYear } from '../../modules/calendar/holiday-calendar.entity';
import { Matter } from '../../modules/matter/matter.entity';
import { Organization } from '../../modules/organization/organization.entity';
import { Deadline } from '../../modules/deadline/deadline.entity';
import { DisputeEvent } from '../../modules/timeline/dispute-event.entity';
import { Dispute } from '../../modules/dispute/dispute.entity';
import { Party } from '../../modules/dispute/party.entity';
import { DisputeAccess } from '../../modules/dispute/dispute-access.entity';
import { Referral } from '../../modules/referral/referral.entity';
import { Proceeding } from '../../modules/proceeding/proceeding.entity';
import { ProceedingPause } from '../../modules/proceeding/proceeding-pause.entity';
import { ExtensionRecord } from '../../modules/proceeding/extension.entity';
import { JudicialConfirmation } from '../../modules/court/judicial-confirmation.entity';
import { LoginAttempt } from '../../modules/auth/login-attempt.entity';

/** Every entity the ORM knows; listed explicitly so no folder globbing is needed at run time. */
export const ENTITIES = [
  Organization, User, Matter, HolidayCalendarYear, AuditEntry,
  Deadline,
  DisputeEvent,
  Dispute,
  Party,
  DisputeAccess,
  Referral,
  Proceeding,
  ProceedingPause,
  ExtensionRecord,
  JudicialConfirmation,
  LoginAttempt,
];
