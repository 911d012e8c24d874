/**
 * A workflow as data: the allowed (from, action) → to transitions of one record
 * type. Services ask `next()` before changing a status; anything not in the
 * table is an InvalidTransitionError naming the current status.
 */
export interface Transition<S extends string, A extends string> {
  action: A;
  from: readonly S[];
  /** 'same' keeps the status (e.g. extending a proceeding). */
  to: S | 'same';
}

export class StateMachine<S extends string, A extends string> {
  constructor(readonly name: string, readonly transitions: readonly Transition<S, A>[]) {}

  next(from: S, action: A): S | null {
    const t = this.transitions.find((x) => x.action === action && x.from.includes(from));
    if (!t) return null;
    return t.to === 'same' ? from : t.to;
  }

  allows(from: S, action: A): boolean {
    return this.next(from, action) !== null;
  }

  actions(): A[] {
    return [...new Set(this.transitions.map((t) => t.action))];
  }
}
