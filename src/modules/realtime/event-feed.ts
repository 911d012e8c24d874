import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../core/logger';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Referral } from '../referral';
import { DisputeEvent } from '../timeline';
import type { EventBus } from './event-bus';
import type { Viewer } from '../../core/viewer';
import { visibilityKey } from '../dispute';
import { DisputeRepository } from '../dispute';

/** Records the events of one batch refer to, read once for every subscription of the process. */
export interface FeedBatch {
  /**
   * The EntityManager the batch was read with, for its deliveries to every subscription: they only
   * read, and each statement carries its viewer's visibility (a fork per delivery cost as much as
   * the rest of the delivery).
   */
  em: EntityManager;
  referrals: Map<string, Referral>;
  /**
   * Whether viewers like `viewer` may read the dispute, checked once per batch for every
   * subscription with the same visibility (not once per subscriber), still fresh per batch.
   */
  visible(em: EntityManager, viewer: Viewer, disputeId: string): Promise<boolean>;
  /**
   * A value that depends on no viewer (what an event delivers, once it is authorized), made once
   * per batch for every subscription: alike subscribers then also share its execution.
   */
  once<T>(key: string, make: () => Promise<T>): Promise<T>;
}

function batchMemo(): FeedBatch['once'] {
  const made = new Map<string, Promise<unknown>>();
  return <T>(key: string, make: () => Promise<T>) => {
    let value = made.get(key) as Promise<T> | undefined;
    if (!value) made.set(key, (value = make()));
    return value;
  };
}

/** Visibility on the batch's memo: one check per visibility (visibilityKey) and dispute. */
function batchVisibility(once: FeedBatch['once']): FeedBatch['visible'] {
  return (em, viewer, disputeId) => once(`visible|${visibilityKey(viewer)}|${disputeId}`, () => DisputeRepository.findVisibleByIds(em, viewer, [disputeId]).then((rows) => rows.length > 0));
}

export interface FeedListener {
  (events: DisputeEvent[], batch: FeedBatch): void;
}

const BATCH = 500;

/**
 * One per process: on every doorbell ring it reads the events committed since
 * the last one it saw (one query, whatever the number of subscribers) and
 * hands them to every live subscription, which filters and authorizes them.
 * Writers commit events in seq order (TimelineService.lockWriters), so
 * "seq > last seen" never skips a late commit.
 */
export class EventFeed {
  private lastSeq = 0n;
  private readonly listeners = new Set<FeedListener>();
  private running: Promise<void> | null = null;
  private again = false;
  private poll: NodeJS.Timeout | null = null;
  private unring: (() => void) | null = null;
  private gate: (() => Promise<void>) | null = null;

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: EventBus,
    private readonly logger: Logger,
    private readonly pollMs = 5000,
  ) {}

  async start(): Promise<void> {
    this.lastSeq = await this.headSeq();
    this.unring = this.bus.onRing(() => this.poke());
    // A slow safety poll: a doorbell that never rang (e.g. a NOTIFY lost with a dying connection) delays, never loses.
    if (this.pollMs > 0) {
      this.poll = setInterval(() => this.poke(), this.pollMs);
      this.poll.unref();
    }
  }

  async stop(): Promise<void> {
    this.unring?.();
    if (this.poll) clearInterval(this.poll);
    this.listeners.clear();
    await this.running;
  }

  /** The highest committed seq now. */
  async headSeq(): Promise<bigint> {
    const [row] = await this.orm.em.fork().getConnection().execute<{ seq: string | null }[]>('select max(seq)::text as seq from dispute_event');
    return row?.seq ? BigInt(row.seq) : 0n;
  }

  /**
   * Work that must see the database as of after the events it precedes (e.g. ending the
   * subscriptions of an account disabled before those events committed): runs once per
   * batch, after the batch is read and before any subscriber gets it.
   */
  setGate(gate: () => Promise<void>): void {
    this.gate = gate;
  }

  listen(listener: FeedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  poke(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err) => this.logger.error({ err }, 'event feed read failed; the next ring retries'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const em = this.orm.em.fork() as EntityManager;
      const rows = await em.find(DisputeEvent, { seq: { $gt: this.lastSeq.toString() } }, { orderBy: { seq: 'asc' }, limit: BATCH });
      if (!rows.length) return;
      // Before lastSeq moves: a failed gate leaves the batch to the next ring.
      if (this.gate && this.listeners.size) await this.gate();
      this.lastSeq = BigInt(rows[rows.length - 1].seq);
      const referralIds = [...new Set(rows.map((r) => r.referralId).filter((id): id is string => !!id))];
      const once = batchMemo();
      const batch: FeedBatch = {
        em,
        referrals: new Map(referralIds.length && this.listeners.size ? (await em.find(Referral, { id: { $in: referralIds } })).map((r) => [r.id, r]) : []),
        visible: batchVisibility(once),
        once,
      };
      for (const listener of this.listeners) {
        try {
          listener(rows, batch);
        } catch (err) {
          this.logger.error({ err }, 'event feed listener failed');
        }
      }
      if (rows.length < BATCH) return;
    }
  }
}
