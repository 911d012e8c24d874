import { InvalidTransitionError } from './errors';
import { ENUM_LABELS } from './labels';

/** The Chinese label of a status value, from whichever status table has it. */
function statusLabel(status: string): string {
  for (const table of [ENUM_LABELS.DisputeStatus, ENUM_LABELS.ProceedingStatus, ENUM_LABELS.ReferralStatus, ENUM_LABELS.JudicialConfirmationStatus, ENUM_LABELS.DocumentStatus]) {
    const label = (table as Readonly<Record<string, string>>)[status];
    if (label) return label;
  }
  return status;
}

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
    if (next === null) return new InvalidTransitionError(record.status, refusal ?? `当前状态（${statusLabel(record.status)}）不允许此操作（${action}）。`);
    record.status = next;
    return null;
  }
}
