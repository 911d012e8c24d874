import { InvalidTransitionError } from './errors';

/**
 * A workflow as data: the allowed (from, action) → to transitions of one record
 * type. `apply()` is the only code that writes a record's status; anything not
 * in the table is an InvalidTransitionError naming the current status.
 */
export interface Transition<S extends string, A extends string> {
  action: A;
  from: readonly S[];
  /** 'same' keeps the status (e.g. extending a proceeding). */
  to: S | 'same';
}

export class StateMachine<S extends string, A extends string> {
  constructor(
    readonly name: string,
    readonly transitions: readonly Transition<S, A>[],
  ) {}

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

  /** Moves `record` by `action`, or says why it cannot (the record is then unchanged). */
  apply(record: { status: S }, action: A, refusal?: string): InvalidTransitionError | null {
    const next = this.next(record.status, action);
    if (next === null) return new InvalidTransitionError(record.status, refusal ?? `A ${this.name} in status ${record.status} does not allow ${action}.`);
    record.status = next;
    return null;
  }
}
