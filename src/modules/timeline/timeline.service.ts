import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventStore, TransactionEnv } from '../../core/unit-of-work';
import type { DisputeEventType } from '../../core/enums';
import { redactPersonalData } from '../../core/validation/personal-data';
import { DisputeEvent } from './dispute-event.entity';
import { summarize } from './event-summaries';
import type { EventData, EventFacts, EventType } from './event-types';

/** Where an event sits and who caused it; the actor is the transaction's viewer unless given (null: the system). */
export interface EventRefs {
  disputeId: string;
  organizationId: string | null;
  actorUserId?: string | null;
  referralId?: string | null;
  proceedingId?: string | null;
  deadlineId?: string | null;
}

interface QueuedEvent extends Required<EventRefs> {
  at: Date;
  type: EventType;
  summary: string;
  data: object | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An event's data with identity and phone numbers redacted from its strings (ids stay as they are). */
function redactData(value: unknown): unknown {
  if (typeof value === 'string') return UUID.test(value) ? value : redactPersonalData(value);
  if (Array.isArray(value)) return value.map(redactData);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactData(v)]));
  return value;
}

/** Advisory lock key serializing the commit of event-writing transactions. */
export const EVENT_WRITER_LOCK = 7_438_201;

export class Timeline {
  /**
   * Queues an event in the transaction: the unit of work inserts it under the
   * writers' lock just before the commit, with the change it records, or not at all.
   */
  static append<T extends EventType>(env: TransactionEnv, type: T, refs: EventRefs, data: EventData<T>, facts: EventFacts<T>): void {
    const event: QueuedEvent = {
      disputeId: refs.disputeId,
      organizationId: refs.organizationId,
      actorUserId: refs.actorUserId !== undefined ? refs.actorUserId : (env.viewer?.userId ?? null),
      referralId: refs.referralId ?? null,
      proceedingId: refs.proceedingId ?? null,
      deadlineId: refs.deadlineId ?? null,
      // The business clock's now (services.now()): tests and demo seeds run on a fixed clock.
      at: env.now,
      type,
      // Inputs copied into events are validated (document numbers); this is the last guard, for text
      // no validator saw (e.g. an organization's name): no identity or phone number reaches the timeline.
      summary: redactPersonalData(summarize(type, data, facts)),
      data: redactData(data) as object | null,
    };
    env.events.push(event);
  }
}

/**
 * The unit of work's event store. Writers take one advisory lock just before
 * they insert, held to the commit: seq values are then assigned in commit
 * order, so a reader resuming "after N" never skips a late commit.
 */
export const timelineEventStore: EventStore = {
  async lockWriters(em: EntityManager): Promise<void> {
    await em.getConnection().execute('select pg_advisory_xact_lock(?)', [EVENT_WRITER_LOCK], 'run', em.getTransactionContext());
  },
  write(em: EntityManager, events: unknown[]): void {
    for (const e of events as QueuedEvent[]) {
      em.create(DisputeEvent, { ...e, type: e.type as DisputeEventType, data: e.data as Record<string, unknown> | null });
    }
  },
};
