import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import type { ExtensionBasis, TimeUnit } from '../../core/enums';
import { ExtensionNotAllowedError, InvalidTransitionError } from '../../core/errors';
import type { TransactionEnv } from '../../core/unit-of-work';
import { checkExtension, type ClockRule, type ExtensionCheck } from '../clock';
import type { Deadline } from './deadline.entity';
import { DeadlineService } from './deadline.service';
import { ExtensionRecord } from './extension.entity';

export interface ClockExtension {
  /** The running clock to extend (one row, locked). */
  clock: FilterQuery<Deadline>;
  /** Said with the record's status when no such clock runs. */
  noClock: { status: string; message: string };
  rule: ClockRule;
  amount: number;
  /** Whose clock it is, recorded with the extension. */
  owner: { proceedingId: string | null; judicialConfirmationId: string | null };
  reason: string;
  basis: ExtensionBasis;
  approverName: string | null;
  /** The refusal's message when the rule does not allow the extension. */
  refusal: (check: Extract<ExtensionCheck, { ok: false }>) => string;
}

/**
 * Extends a running clock by its rule and records the extension with who
 * approved it and why: the one way proceedings and judicial confirmations do it.
 */
export async function extendClock(env: TransactionEnv, x: ClockExtension): Promise<Deadline | ExtensionNotAllowedError | InvalidTransitionError> {
  const [deadline] = await DeadlineService.forUpdate(env.em, Object.assign({}, x.clock, { open: true }) as FilterQuery<Deadline>);
  if (!deadline) return new InvalidTransitionError(x.noClock.status, x.noClock.message);
  const check = checkExtension(x.rule, deadline.extended, x.amount);
  if (!check.ok) return new ExtensionNotAllowedError(check.maxExtension, check.alreadyExtended, x.refusal(check));
  env.em.create(ExtensionRecord, {
    id: randomUUID(),
    ...x.owner,
    amount: x.amount,
    unit: x.rule.unit as unknown as TimeUnit,
    reason: x.reason,
    basis: x.basis,
    approverName: x.approverName,
    recordedBy: env.viewer!.userId,
    at: env.now,
  });
  DeadlineService.extend(deadline, env.calendar, env.today, x.amount);
  return deadline;
}
