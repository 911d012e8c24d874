import type { EntityManager } from '@mikro-orm/postgresql';
import { DisputeEventType } from '../../shared/enums';
import { DisputeEvent } from './dispute-event.entity';

export interface NewEvent {
  disputeId: string;
  /** The business clock's now (services.now()): tests and demo seeds run on a fixed clock. */
  at: Date;
  type: DisputeEventType;
  actorUserId: string | null;
  organizationId: string | null;
  referralId?: string | null;
  proceedingId?: string | null;
  deadlineId?: string | null;
  summary: string;
  data?: Record<string, unknown> | null;
}

/** Advisory lock key serializing the commit of event-writing transactions. */
export const EVENT_WRITER_LOCK = 7_438_201;

export class TimelineService {
  /**
   * Takes the event writers' lock for the rest of the transaction. Called just
   * before the flush that inserts the events: seq values are then assigned in
   * commit order, so a reader resuming "after N" never skips a late commit.
   * Events must therefore be inserted by the transaction's last flush only.
   */
  static async lockWriters(em: EntityManager): Promise<void> {
    await em.getConnection().execute('select pg_advisory_xact_lock(?)', [EVENT_WRITER_LOCK], 'run', em.getTransactionContext());
  }

  /** Adds an event to the unit of work of `em`: it commits with the change it records, or not at all. */
  static append(em: EntityManager, e: NewEvent): DisputeEvent {
    return em.create(DisputeEvent, {
      disputeId: e.disputeId,
      at: e.at,
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
