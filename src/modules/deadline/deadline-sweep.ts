import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DeadlineKind, type TimeUnit } from '../../core/enums';
import type { HubServices } from '../../core/context';
import { computeDeadline } from '../clock';
import { Timeline } from '../timeline';
import { Deadline } from './deadline.entity';

const BATCH = 500;

export interface SweepResult {
  dueSoon: number;
  overdue: number;
}

/**
 * Finds open clocks that crossed into DUE_SOON or OVERDUE and records one
 * timeline event per crossing. Exactly once across instances: rows are claimed
 * with FOR UPDATE SKIP LOCKED, the alerted flags are set in the same
 * transaction as the event, and a unique index on (deadline_id, type,
 * data.alertGeneration) for alert events refuses any second copy. An extension
 * resets the flags and starts a new alert generation, so the new due date's
 * crossings are alerted again, once each.
 */
export class DeadlineSweep {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SweepResult> | null = null;

  constructor(private readonly services: HubServices) {}

  async runOnce(): Promise<SweepResult> {
    const total: SweepResult = { dueSoon: 0, overdue: 0 };
    for (;;) {
      const batch = await this.sweepBatch();
      total.dueSoon += batch.dueSoon;
      total.overdue += batch.overdue;
      if (batch.claimed < BATCH) return total;
    }
  }

  private async sweepBatch(): Promise<SweepResult & { claimed: number }> {
    const result = { dueSoon: 0, overdue: 0, claimed: 0 };
    // The event writers' lock first, rows second (SKIP LOCKED never waits): no lock cycle with
    // a mutation that updates a deadline under the same lock.
    await this.services.uow.run(
      { services: this.services, em: this.services.orm.em.fork() as EntityManager, viewer: null },
      'deadlineSweep',
      async (env) => {
        const { em, now, today } = env;
        // Read inside the transaction: another instance may just have loaded a new year's schedule.
        const calendar = await this.services.calendar.build(em);
        const rows = await em
          .createQueryBuilder(Deadline, 'd')
          .select('*')
          .where({ open: true, paused: false, disputeId: { $ne: null } })
          .andWhere({
            $or: [
              { dueSoonAlertedAt: null, dueSoonOn: { $lte: today } },
              { overdueAlertedAt: null, dueOn: { $lt: today } },
            ],
          })
          .orderBy({ dueOn: 'asc' })
          .limit(BATCH)
          .setLockMode(LockMode.PESSIMISTIC_PARTIAL_WRITE) // FOR UPDATE SKIP LOCKED
          .getResultList();
        result.claimed = rows.length;
        for (const d of rows) {
          const view = computeDeadline(calendar, { rule: d.rule, start: d.startOn, pauses: d.pauses, extended: d.extended, metOn: d.metOn }, today);
          const refs = { disputeId: d.disputeId!, organizationId: d.organizationId, referralId: d.referralId, proceedingId: d.proceedingId, deadlineId: d.id, actorUserId: null };
          const data = { kind: d.kind, dueOn: view.dueOn, remaining: view.remaining, alertGeneration: d.alertGeneration };
          // The parties' 30-day window for judicial confirmation is an option, not a duty: remind before it ends, never call it overdue.
          const optional = d.kind === DeadlineKind.JUDICIAL_CONFIRMATION_APPLICATION;
          if (view.state === 'OVERDUE' && optional) {
            d.overdueAlertedAt = now;
          } else if (view.state === 'OVERDUE' && !d.overdueAlertedAt) {
            Timeline.append(env, 'DEADLINE_OVERDUE', refs, data, { action: d.rule.action });
            d.overdueAlertedAt = now;
            d.dueSoonAlertedAt ??= now; // a clock that jumps straight to overdue is not "due soon" afterwards
            result.overdue++;
          } else if (view.state === 'DUE_SOON' && !d.dueSoonAlertedAt) {
            Timeline.append(env, 'DEADLINE_DUE_SOON', refs, data, { action: d.rule.action, unit: view.unit as unknown as TimeUnit });
            d.dueSoonAlertedAt = now;
            result.dueSoon++;
          } else {
            // The materialized dates were stale (e.g. the calendar changed): refresh them.
            d.dueOn = view.dueOn;
            d.dueSoonOn = view.dueSoonOn;
          }
        }
        return true;
      },
      { lockWritersFirst: true, audit: false },
    );
    if (result.dueSoon + result.overdue > 0) this.services.logger.info({ dueSoon: result.dueSoon, overdue: result.overdue }, 'deadline sweep recorded alerts');
    return result;
  }

  /** Runs every intervalMs (0: never); overlapping runs in one process are skipped. */
  start(intervalMs: number): void {
    if (intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.runOnce()
        .catch((err) => {
          this.services.logger.error({ err }, 'deadline sweep failed');
          return { dueSoon: 0, overdue: 0 };
        })
        .finally(() => {
          this.running = null;
        });
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
