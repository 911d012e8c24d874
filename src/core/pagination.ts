import { Field, ObjectType } from 'type-graphql';
import { badUserInput } from './graphql-errors';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

/** `first` between 0 and MAX_PAGE_SIZE, else BAD_USER_INPUT. */
export function pageSize(first: number | null | undefined, dflt: number): number {
  const n = first ?? dflt;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) throw badUserInput(`first must be between 0 and ${MAX_PAGE_SIZE} (got ${n})`, 'first');
  return n;
}

/** Opaque cursors: base64url of a small JSON tuple, validated on the way in. */
export function encodeCursor(kind: string, parts: (string | number)[]): string {
  return Buffer.from(JSON.stringify([kind, ...parts])).toString('base64url');
}

export function decodeCursor(cursor: string, kind: string, shape: ('string' | 'number')[]): (string | number)[] {
  const fail = () => badUserInput('after is not a cursor this list gave out', 'after');
  if (typeof cursor !== 'string' || cursor.length > 200 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw fail();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (!Array.isArray(parsed) || parsed[0] !== kind || parsed.length !== shape.length + 1) throw fail();
  const parts = parsed.slice(1);
  parts.forEach((p, i) => {
    if (typeof p !== shape[i]) throw fail();
  });
  return parts;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The instant inside a keyset cursor: exactly what Date#toISOString() gave out
 * (UTC, milliseconds, a year 0001..9999), else BAD_USER_INPUT. Date.parse alone
 * accepts instants PostgreSQL rejects (-271821-04-20T00:00:00.000Z, year 0000),
 * which would fail in the database as an internal error.
 */
export function cursorInstant(at: string): Date {
  const d = new Date(at);
  if (!ISO_INSTANT.test(at) || Number.isNaN(d.getTime()) || d.toISOString() !== at || d.getUTCFullYear() < 1) throw badUserInput('after is not a cursor this list gave out', 'after');
  return d;
}
