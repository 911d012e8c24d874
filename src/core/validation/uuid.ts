const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive as GraphQL `ID` strings; anything not a UUID is "not found" or a client error, never a database error. */
export function isUuid(s: unknown): s is string {
  return typeof s === 'string' && UUID.test(s);
}
