/**
 * PostgreSQL cannot store a NUL character in text, nor an unpaired UTF-16
 * surrogate in jsonb. Such input is refused at the edge (HTTP body and
 * WebSocket subscribe payload) with BAD_USER_INPUT, so no resolver, validator
 * or audit write ever meets it and fails with an internal error.
 */
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string that cannot be stored, or null. */
export function findUnstorableString(value: unknown, path = 'input', depth = 0): string | null {
  if (depth > 64) return null;
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findUnstorableString(value[i], `${path}.${i}`, depth + 1);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = UNSTORABLE.test(k) ? `${path}.${k}` : findUnstorableString(v, `${path}.${k}`, depth + 1);
      if (hit) return hit;
    }
  }
  return null;
}

export function unstorableMessage(path: string): string {
  return `${path} contains a NUL character or an unpaired surrogate, which cannot be stored.`;
}
