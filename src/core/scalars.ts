import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLJSON } from 'graphql-scalars';

/** An instant, ISO-8601 with offset; type-graphql maps every TS `Date` to it. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, ISO-8601 with offset, e.g. 2026-03-02T09:30:00.000Z.',
  serialize(value) {
    const d = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(d.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date');
    return d.toISOString();
  },
  parseValue(value) {
    return parseInstant(value);
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be a string', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseInstant(ast.value);
  },
});

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;
/**
 * Date.parse alone rolls impossible values over instead of refusing them
 * (2026-02-30T00:00Z is March 2, T24:00 is the next day) and accepts year 0000,
 * which PostgreSQL rejects: every field must exist as written.
 */
function isRealInstant(value: string): boolean {
  const m = INSTANT.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number);
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  if (y < 1 || daysInMonth === undefined || d < 1 || d > daysInMonth) return false;
  if (h > 23 || mi > 59 || s > 59) return false;
  if (m[8] !== 'Z' && (Number(m[9]) > 23 || Number(m[10]) > 59)) return false;
  return !Number.isNaN(Date.parse(value));
}
function parseInstant(value: unknown): Date {
  if (typeof value !== 'string' || !isRealInstant(value)) {
    throw new GraphQLError('DateTime must be an ISO-8601 instant with offset, e.g. 2026-03-02T09:30:00Z', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  return new Date(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Strict calendar-date check without the process time zone. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2999 || mo < 1 || mo > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= dim;
}

/** Calendar dates the Date scalar has checked and answered (bounded: a few years of days). */
const servedDates = new Set<string>();

/** A calendar date in China Standard Time, kept as the string YYYY-MM-DD (a JS Date would shift a day in UTC+8). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date in China Standard Time, YYYY-MM-DD.',
  serialize(value) {
    // A list answers the same few due dates on every row: each is checked once.
    if (typeof value === 'string' && servedDates.has(value)) return value;
    if (value instanceof Date) throw new GraphQLError('Date fields must be resolved as YYYY-MM-DD strings');
    if (!isCalendarDate(value)) throw new GraphQLError(`Date cannot represent "${String(value)}"`);
    if (servedDates.size < 10_000) servedDates.add(value);
    return value;
  },
  parseValue(value) {
    if (!isCalendarDate(value)) throw new GraphQLError(`Date must be a real calendar date YYYY-MM-DD (got ${JSON.stringify(value)?.slice(0, 40)})`, { extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isCalendarDate(ast.value)) {
      throw new GraphQLError('Date must be a real calendar date YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return ast.value;
  },
});

/**
 * Money as an exact decimal string. Parsing only checks the lexical form; the
 * domain validation (scale, range) happens in the service so that it can
 * return a ValidationError naming the field.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'A decimal amount of money in yuan, as a string: "12000.50".',
  serialize(value) {
    if (typeof value !== 'string' && typeof value !== 'number') throw new GraphQLError('Decimal cannot represent this value');
    return String(value);
  },
  parseValue(value) {
    if (typeof value !== 'string') throw new GraphQLError('Decimal must be given as a string, e.g. "12000.50"', { extensions: { code: 'BAD_USER_INPUT' } });
    if (value.length > 64) throw new GraphQLError('Decimal is too long', { extensions: { code: 'BAD_USER_INPUT' } });
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Decimal must be given as a string, e.g. "12000.50"', { extensions: { code: 'BAD_USER_INPUT' } });
    if (ast.value.length > 64) throw new GraphQLError('Decimal is too long', { extensions: { code: 'BAD_USER_INPUT' } });
    return ast.value;
  },
});

export const JSONScalar = new GraphQLScalarType({
  ...GraphQLJSON.toConfig(),
  name: 'JSON',
  description: 'Free-form structured data.',
});
