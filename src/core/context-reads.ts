import type { Viewer } from './viewer';

/**
 * What one execution read of its request: which of the viewer's properties, and whether anything
 * that is the request's alone (its id, its address, its log). Another viewer that has the same
 * value in each property read gets the same result from the same document, variables, root and
 * database: a live event's payload can then be executed once for a thousand subscribers. Safe by
 * construction: a resolver that starts reading another property of the viewer narrows the
 * sharing by itself, with nobody having to keep a list.
 */
export class ContextReads {
  /** The viewer as the execution sees it: every read goes through here. */
  readonly viewer: Viewer;
  private readonly props = new Set<PropertyKey>();
  private everyProp = false;
  private own = false;

  constructor(private readonly original: Viewer) {
    this.viewer = new Proxy(original, {
      get: (target, p, receiver) => {
        this.props.add(p);
        return Reflect.get(target, p, receiver) as unknown;
      },
      has: (target, p) => {
        this.props.add(p);
        return Reflect.has(target, p);
      },
      getOwnPropertyDescriptor: (target, p) => {
        this.props.add(p);
        return Reflect.getOwnPropertyDescriptor(target, p);
      },
      // Listing the properties (a spread, JSON.stringify) may depend on all of them.
      ownKeys: (target) => {
        this.everyProp = true;
        return Reflect.ownKeys(target);
      },
    });
  }

  /** The execution read something only its request has: its result is its own. */
  markOwn(): void {
    this.own = true;
  }

  get isOwn(): boolean {
    return this.own;
  }

  /**
   * The values `other` has in the properties read so far: viewers with the same group would most
   * likely be answered alike. Null once the result is the request's own.
   */
  groupOf(other: Viewer): string | null {
    if (this.own) return null;
    const keys = this.everyProp ? Reflect.ownKeys(other) : [...this.props];
    const names = keys.map(String).sort();
    return JSON.stringify([this.everyProp, names, names.map((k) => comparable(Reflect.get(other, k)))]);
  }

  /** Whether `other` answers every read of the execution as this viewer did, so that the result is also `other`'s. */
  fits(other: Viewer): boolean {
    if (this.own) return false;
    const keys = this.everyProp ? new Set([...Reflect.ownKeys(this.original), ...Reflect.ownKeys(other)]) : this.props;
    for (const k of keys) {
      if (!sameValue(Reflect.get(this.original, k), Reflect.get(other, k))) return false;
    }
    return true;
  }
}

function comparable(v: unknown): unknown {
  if (v instanceof Date) return v.getTime();
  if (Array.isArray(v)) return v.map(comparable);
  return v === undefined ? null : v;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return false;
}
