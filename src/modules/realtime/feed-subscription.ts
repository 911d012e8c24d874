import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import { DisputeEvent } from '../timeline';
import type { FeedBatch } from './event-feed';

export interface FeedSubscriptionOptions<T> {
  ctx: HubContext;
  /** Replay events with seq > afterSeq first; null: live events only. */
  afterSeq: string | null;
  /** Which events belong to this feed (cheap, in memory). */
  matches: (e: DisputeEvent) => boolean;
  /** Authorizes and shapes one event for delivery (replayed: with a fresh EntityManager; live: with the batch's); null: not for this viewer. */
  deliver: (e: DisputeEvent, em: EntityManager, batch: FeedBatch | null) => Promise<T | null>;
  /** Backlog query for replay, already narrowed to the feed in SQL. */
  backlog: (em: EntityManager, afterSeq: string) => Promise<DisputeEvent[]>;
}

/**
 * Replay, then live, with no gap and no duplicate at the seam: the live
 * listener is registered before the backlog is read, and anything at or below
 * the last delivered seq is dropped.
 *
 * The returned generator's `return()` (client unsubscribed or disconnected)
 * also wakes the generator: an async generator awaiting the next ring would
 * otherwise only see the return request at its next `yield`, i.e. never for a
 * quiet feed, and keep its feed listener (and run `deliver` for every event)
 * for as long as the process lives.
 */
export function feedSubscription<T>(opts: FeedSubscriptionOptions<T>): AsyncGenerator<T> {
  const closing = new AbortController();
  const gen = run(opts, closing.signal);
  const returnOf = gen.return.bind(gen);
  gen.return = (value) => {
    closing.abort();
    return returnOf(value);
  };
  return gen;
}

async function* run<T>(opts: FeedSubscriptionOptions<T>, closing: AbortSignal): AsyncGenerator<T> {
  const { ctx } = opts;
  const feed = ctx.services.feed;
  const queue: { e: DisputeEvent; batch: FeedBatch }[] = [];
  let wake: (() => void) | null = null;
  const unlisten = feed.listen((events, batch) => {
    for (const e of events) if (opts.matches(e)) queue.push({ e, batch });
    wake?.();
  });
  const onClose = () => wake?.();
  closing.addEventListener('abort', onClose);
  // Each delivery reads current data: a subscription lives long, an identity map must not. (The
  // fields below a delivered event are resolved with a context of their own, made by the server.)
  const fresh = (): EntityManager => ctx.services.orm.em.fork() as EntityManager;
  try {
    let last: bigint;
    if (opts.afterSeq !== null) {
      last = BigInt(opts.afterSeq);
      for (;;) {
        const rows = await opts.backlog(fresh(), last.toString());
        if (!rows.length) break;
        for (const e of rows) {
          if (closing.aborted) return;
          last = BigInt(e.seq);
          const out = await opts.deliver(e, fresh(), null);
          if (out !== null && !closing.aborted) yield out;
        }
      }
    } else {
      last = await feed.headSeq();
    }
    for (;;) {
      if (closing.aborted) return;
      while (queue.length && !closing.aborted) {
        const { e, batch } = queue.shift()!;
        const seq = BigInt(e.seq);
        if (seq <= last) continue;
        last = seq;
        const out = await opts.deliver(e, batch.em, batch);
        if (out !== null && !closing.aborted) yield out;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (queue.length || closing.aborted) resolve();
      });
      wake = null;
    }
  } finally {
    closing.removeEventListener('abort', onClose);
    unlisten();
  }
}
