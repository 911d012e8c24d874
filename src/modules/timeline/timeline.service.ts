import type { EntityManager } from '@mikro-orm/postgresql';
import { DisputeEventType } from '../../shared/enums';
import { DisputeEvent } from './dispute-event.entity';

export interface NewEvent {
  disputeId: string;
  type: DisputeEventType;
  actorUserId: string | null;
  organizationId: string | null;
  referralId?: string | null;
  proceedingId?: string | null;
  deadlineId?: string | null;
  summary: string;
  data?: Record<string, unknown> | null;
}

export class TimelineService {
  /** Adds an event to the unit of work of `em`: it commits with the change it records, or not at all. */
  static append(em: EntityManager, e: NewEvent): DisputeEvent {
    return em.create(DisputeEvent, {
      disputeId: e.disputeId,
      type: e.type,
      actorUserId: e.actorUserId,
      organizationId: e.organizationId,
      referralId: e.referralId ?? null,
      proceedingId: e.proceedingId ?? null,
      deadlineId: e.deadlineId ?? null,
      summary: e.summary,
      data: e.data ?? null,
    });
  }
}
