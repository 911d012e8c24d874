import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../core/graphql-errors';
import { decodeCursor, encodeCursor } from '../../core/pagination';
import { DisputeEvent } from './dispute-event.entity';
import { DisputeEventConnection } from './timeline.types';
import { placeholders, readModels } from '../../core/db/read-model';
import { querySql } from '../../core/db/sql';

export function eventCursor(seq: string): string {
  return encodeCursor('ev', [seq]);
}

/** The seq behind an event cursor; throws BAD_USER_INPUT for anything else. */
export function eventSeqOf(cursor: string): string {
  const [seq] = decodeCursor(cursor, 'ev', ['string']);
  if (!/^\d{1,18}$/.test(seq as string)) throw badUserInput('after is not a cursor this list gave out', 'after');
  return seq as string;
}

export interface EventPageKey {
  disputeId: string;
  first: number;
  afterSeq: string;
}

/**
 * A page of each dispute's timeline in one statement per (first, after)
 * combination, via a window function, however many disputes are on screen.
 */
export function eventPageLoader(em: EntityManager): DataLoader<EventPageKey, DisputeEventConnection, string> {
  return new DataLoader(
    async (keys) => {
      const groups = new Map<string, EventPageKey[]>();
      for (const k of keys) {
        const g = `${k.first}|${k.afterSeq}`;
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      const pages = new Map<string, DisputeEventConnection>();
      for (const group of groups.values()) {
        const { first, afterSeq } = group[0];
        const ids = [...new Set(group.map((k) => k.disputeId))];
        const rows: DisputeEvent[] = ids.length
          ? await querySql<DisputeEvent>(
              em,
              `select x.* from (
                 select e.*, row_number() over (partition by e.dispute_id order by e.seq) as rn
                 from dispute_event e where e.dispute_id in (${placeholders(ids.length)}) and e.seq > ?
               ) x where x.rn <= ? order by x.dispute_id, x.seq`,
              [...ids, afterSeq, first + 1],
            )
          : [];
        const entities = readModels(em, DisputeEvent, rows as never);
        for (const id of ids) {
          const mine = entities.filter((e) => e.disputeId === id);
          const page = mine.slice(0, first);
          const conn = new DisputeEventConnection();
          conn.edges = page.map((node) => ({ cursor: eventCursor(node.seq), node }));
          conn.pageInfo = {
            hasNextPage: mine.length > first,
            hasPreviousPage: afterSeq !== '0',
            startCursor: conn.edges[0]?.cursor ?? null,
            endCursor: conn.edges[conn.edges.length - 1]?.cursor ?? null,
          };
          pages.set(`${id}|${first}|${afterSeq}`, conn);
        }
      }
      return keys.map((k) => pages.get(`${k.disputeId}|${k.first}|${k.afterSeq}`)!);
    },
    { cacheKeyFn: (k) => `${k.disputeId}|${k.first}|${k.afterSeq}` },
  );
}
