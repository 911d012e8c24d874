import { randomUUID } from 'node:crypto';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DeadlineKind, DeadlineState, TimeUnit } from '../../core/enums';
import { chinaDateOf, computeDeadline, type ClockPause, type ClockRule, type IsoDate, type WorkCalendar } from '../clock';
import { Deadline } from './deadline.entity';
import type { DeadlineRow } from './deadline.loaders';
import { DeadlineView } from './deadline.types';

/** Open clocks recomputed per statement when a year's calendar changes. */
const RECOMPUTE_BATCH = 5_000;

export interface NewDeadline {
  /** A caller-chosen id (e.g. derived from the record the clock belongs to, so it can be found again); random otherwise. */
  id?: string;
  kind: DeadlineKind;
  rule: ClockRule;
  start: IsoDate;
  disputeId: string | null;
  referralId?: string | null;
  proceedingId?: string | null;
  judicialConfirmationId?: string | null;
  organizationId: string | null;
}

export class DeadlineService {
  /**
   * Open clocks a mutation is about to change, locked FOR UPDATE and read fresh,
   * so that a concurrent sweep's alert flags are neither lost nor overwritten.
   */
  static forUpdate(em: EntityManager, where: FilterQuery<Deadline>): Promise<Deadline[]> {
    return em.find(Deadline, where, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, orderBy: { id: 'asc' } });
  }

  /** Recomputes the materialized columns (due date, due-soon date, paused, provisional) from the clock's inputs. */
  static materialize(d: Deadline, calendar: WorkCalendar, today: IsoDate): void {
    const view = computeDeadline(calendar, { rule: d.rule, start: d.startOn, pauses: d.pauses, extended: d.extended, metOn: d.metOn }, today);
    d.dueOn = view.dueOn;
    d.dueSoonOn = view.dueSoonOn;
    d.paused = d.pauses.some((p) => p.to === null);
    d.provisional = view.provisional;
  }

  static create(em: EntityManager, calendar: WorkCalendar, today: IsoDate, input: NewDeadline): Deadline {
    const d = em.create(Deadline, {
      id: input.id ?? randomUUID(),
      kind: input.kind,
      rule: input.rule,
      startOn: input.start,
      disputeId: input.disputeId,
      referralId: input.referralId ?? null,
      proceedingId: input.proceedingId ?? null,
      judicialConfirmationId: input.judicialConfirmationId ?? null,
      organizationId: input.organizationId,
      dueOn: input.start,
      dueSoonOn: null,
    });
    DeadlineService.materialize(d, calendar, today);
    return d;
  }

  static pause(d: Deadline, calendar: WorkCalendar, today: IsoDate): void {
    if (!d.open || d.pauses.some((p) => p.to === null)) return;
    d.pauses = [...d.pauses, { from: today, to: null }];
    DeadlineService.materialize(d, calendar, today);
  }

  static resume(d: Deadline, calendar: WorkCalendar, today: IsoDate): void {
    if (!d.pauses.some((p) => p.to === null)) return;
    d.pauses = d.pauses.map((p) => (p.to === null ? { from: p.from, to: today } : p));
    DeadlineService.materialize(d, calendar, today);
  }

  static extend(d: Deadline, calendar: WorkCalendar, today: IsoDate, amount: number): void {
    d.extended += amount;
    // A new due date may make the deadline on track again: let the sweep alert afresh,
    // in a new alert generation (the unique index allows one event per crossing and generation).
    d.dueSoonAlertedAt = null;
    d.overdueAlertedAt = null;
    d.alertGeneration += 1;
    DeadlineService.materialize(d, calendar, today);
  }

  /** The act was done (accepted, concluded, decided): the clock stops, MET or MISSED by date. */
  static meet(d: Deadline, calendar: WorkCalendar, today: IsoDate): void {
    if (!d.open) return;
    if (d.pauses.some((p) => p.to === null)) d.pauses = d.pauses.map((p) => (p.to === null ? { from: p.from, to: today } : p));
    d.metOn = today;
    d.open = false;
    DeadlineService.materialize(d, calendar, today);
  }

  /**
   * The clock no longer applies (referral cancelled, dispute withdrawn): it stops
   * on that day like a met clock, so it reads MET (or MISSED if it had already run out)
   * and is never alerted again.
   */
  static cancel(d: Deadline, calendar: WorkCalendar, today: IsoDate): void {
    DeadlineService.meet(d, calendar, today);
  }

  static view(d: DeadlineRow, calendar: WorkCalendar, today: IsoDate): DeadlineView {
    const v = computeDeadline(calendar, { rule: d.rule, start: d.startOn, pauses: d.pauses, extended: d.extended, metOn: d.metOn }, today);
    const out = new DeadlineView();
    out.kind = d.kind;
    out.dueOn = v.dueOn;
    out.unit = v.unit as TimeUnit;
    out.state = v.state as DeadlineState;
    out.remaining = v.remaining;
    out.provisional = v.provisional;
    out.rule = v.rule;
    out.deadlineId = d.id;
    return out;
  }

  /** After a holiday schedule changes: every open clock's materialized dates follow the new calendar. */
  static async recomputeOpen(em: EntityManager, calendar: WorkCalendar, now: Date, batch = RECOMPUTE_BATCH): Promise<number> {
    // In the caller's transaction (the calendar change), in batches by id: at a million disputes
    // there are hundreds of thousands of open clocks, too many to hold as managed entities at once.
    const today = chinaDateOf(now);
    const conn = em.getConnection();
    const trx = em.getTransactionContext();
    let after = '00000000-0000-0000-0000-000000000000';
    let total = 0;
    for (;;) {
      const rows = await conn.execute<{ id: string; rule: ClockRule; start_on: IsoDate; pauses: ClockPause[]; extended: number; met_on: IsoDate | null }[]>(
        `select id, rule, start_on::text as start_on, pauses, extended, met_on::text as met_on from deadline where open and id > ? order by id limit ${Math.max(1, Math.floor(batch))}`,
        [after],
        'all',
        trx,
      );
      if (!rows.length) break;
      const updates = rows.map((r) => {
        const v = computeDeadline(calendar, { rule: r.rule, start: r.start_on, pauses: r.pauses, extended: r.extended, metOn: r.met_on }, today);
        return { id: r.id, due_on: v.dueOn, due_soon_on: v.dueSoonOn, paused: r.pauses.some((p) => p.to === null), provisional: v.provisional };
      });
      await conn.execute(
        `update deadline d set due_on = v.due_on, due_soon_on = v.due_soon_on, paused = v.paused, provisional = v.provisional
           from jsonb_to_recordset(?::jsonb) as v(id uuid, due_on date, due_soon_on date, paused boolean, provisional boolean)
          where d.id = v.id`,
        [JSON.stringify(updates)],
        'run',
        trx,
      );
      total += rows.length;
      after = rows[rows.length - 1].id;
    }
    return total;
  }
}
