/**
 * Statutory clocks: due date, state and remaining time of one deadline.
 * Pure: no database, no clock, no I/O. `today` is always passed in.
 *
 * Conventions (see /work/shared/domain/deadlines.md):
 * - The start day is not counted: N units from D count D+1 .. .
 * - WORKING_DAYS: dueOn = addWorkingDays(start, amount + extended + pausedUnits).
 *   CALENDAR_DAYS: start + amount + extended + pausedUnits days, rolled forward to a working day.
 *   MONTHS: addMonths(start, amount + extended) (month-end clamped) + pausedUnits days, rolled forward.
 * - A pause from P to R covers the units in (P, R] (working days for WORKING_DAYS, calendar
 *   days otherwise); an open pause covers (P, today]. Pauses are clipped to (start, ...) and,
 *   once the act is done, to (..., metOn]; overlapping pauses are merged.
 * - A pause counts only if it begins while allowed time is left, i.e. P is before the
 *   nominal end (the end before rolling forward over non-working days) computed from the
 *   earlier pauses. A pause that begins after the time ran out does not revive the clock.
 */
import { IsoDate, addMonths, fromEpochDay, toEpochDay } from './cst-date';
import { WorkCalendar } from './work-calendar';

export type TimeUnit = 'WORKING_DAYS' | 'CALENDAR_DAYS' | 'MONTHS';
export type DeadlineState = 'ON_TRACK' | 'DUE_SOON' | 'OVERDUE' | 'PAUSED' | 'MET' | 'MISSED';
export type ClockStart = 'RECEIPT' | 'ACCEPTANCE' | 'TRIBUNAL_FORMED' | 'AGREEMENT_EFFECTIVE' | 'DOCUMENT_ISSUED' | 'DOCUMENT_SERVED' | 'NOTICE_PUBLISHED' | 'DISPUTE_CONCLUDED';

export interface ClockRule {
  amount: number;
  unit: TimeUnit;
  startsFrom: ClockStart;
  extensible: boolean;
  maxExtension: number | null;
  legalBasis: string;
  /** what must be done, Chinese, e.g. '作出处理决定', '决定是否受理', '答复是否接收' */
  action: string;
}

/** to null = still paused. */
export interface ClockPause {
  from: IsoDate;
  to: IsoDate | null;
}

export interface ClockInput {
  rule: ClockRule;
  start: IsoDate;
  pauses: readonly ClockPause[];
  extended: number;
  /** date the act was done (clock stopped), if done */
  metOn?: IsoDate | null;
}

export interface DeadlineView {
  dueOn: IsoDate;
  unit: TimeUnit;
  state: DeadlineState;
  /**
   * In the rule's unit (working days for WORKING_DAYS, calendar days for CALENDAR_DAYS and MONTHS):
   * units in (today, dueOn]; when overdue, -(units in (dueOn, today]) (0 when only non-working
   * days have passed since a working-day dueOn); null when MET or MISSED.
   */
  remaining: number | null;
  /** dueOn depends on a year with no official holiday schedule */
  provisional: boolean;
  /** describeRule(rule) */
  rule: string;
  /** units the (counted) pauses cover so far */
  pausedUnits: number;
  /** First date on which this deadline is DUE_SOON if nothing changes (no new pause); null if met, missed or paused. */
  dueSoonOn: IsoDate | null;
}

/** DUE_SOON when fewer than this many units remain. */
export const DUE_SOON_REMAINING = 3;
/** DUE_SOON when used / allowed reaches DUE_SOON_USED_NUM / DUE_SOON_USED_DEN (75%). */
export const DUE_SOON_USED_NUM = 3;
export const DUE_SOON_USED_DEN = 4;

const UNITS: readonly TimeUnit[] = ['WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS'];

interface Span {
  /** covers epoch days (p, r] */
  p: number;
  r: number;
}

function isNonNegInt(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

function validateRule(rule: ClockRule): void {
  if (rule === null || typeof rule !== 'object') throw new RangeError('Clock rule is missing');
  if (!UNITS.includes(rule.unit)) {
    throw new RangeError(`Unknown time unit ${JSON.stringify(rule.unit)}; expected one of ${UNITS.join(', ')}`);
  }
  if (!isNonNegInt(rule.amount) || rule.amount < 1) {
    throw new RangeError(`Time limit amount must be a positive integer, got ${JSON.stringify(rule.amount)}`);
  }
}

export function computeDeadline(cal: WorkCalendar, input: ClockInput, today: IsoDate): DeadlineView {
  const { rule } = input;
  validateRule(rule);
  if (!isNonNegInt(input.extended)) {
    throw new RangeError(`Extension must be a non-negative integer, got ${JSON.stringify(input.extended)}`);
  }
  if (!Array.isArray(input.pauses)) throw new RangeError('pauses must be an array');

  const unit = rule.unit;
  const working = unit === 'WORKING_DAYS';
  const s = toEpochDay(input.start, 'clock start date');
  const t = toEpochDay(today, 'today');
  const met = input.metOn != null ? toEpochDay(input.metOn, 'date the act was done (metOn)') : null;
  const horizon = met ?? t; // where open pauses end
  const limit = rule.amount + input.extended;

  // ---- pauses: validate, clip, merge
  let activeOpen = false;
  const spans: Span[] = [];
  input.pauses.forEach((pause, i) => {
    if (pause === null || typeof pause !== 'object') throw new RangeError(`pauses.${i} is not a pause`);
    let p = toEpochDay(pause.from, `pauses.${i}.from`);
    let r: number;
    if (pause.to == null) {
      r = horizon;
      if (met === null && p <= t) activeOpen = true;
    } else {
      r = toEpochDay(pause.to as IsoDate, `pauses.${i}.to`);
      if (r < p) throw new RangeError(`pauses.${i}: resumed on ${pause.to}, before it began on ${pause.from}`);
      if (met !== null && r > met) r = met;
    }
    if (p < s) p = s;
    if (r > p) spans.push({ p, r });
  });
  spans.sort((a, b) => a.p - b.p);
  const merged: Span[] = [];
  for (const sp of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && sp.p <= last.r) {
      if (sp.r > last.r) last.r = sp.r;
    } else {
      merged.push({ ...sp });
    }
  }

  const unitsIn = (a: number, b: number): number => (working ? cal.countWorkingEpochDays(a, b) : b - a);
  const monthBase = unit === 'MONTHS' ? toEpochDay(addMonths(input.start, limit)) : 0;
  /** end before rolling forward */
  const nominal = (paused: number): number => {
    if (working) return cal.addWorkingEpochDays(s, limit + paused).day;
    if (unit === 'CALENDAR_DAYS') return s + limit + paused;
    return monthBase + paused;
  };
  const roll = (e: number): number => (cal.isWorkingEpochDay(e) ? e : cal.addWorkingEpochDays(e, 1).day);

  // ---- count pauses in order; each only if it began while time was left
  let pausedUnits = 0;
  let end = nominal(0);
  const counted: Span[] = [];
  for (const sp of merged) {
    if (sp.p >= end) break; // later spans start later still
    counted.push(sp);
    const u = unitsIn(sp.p, sp.r);
    if (u > 0) {
      pausedUnits += u;
      end = nominal(pausedUnits);
    }
  }
  const due = working ? end : roll(end);
  const provisional = cal.isProvisionalEpochSpan(s, due);
  const dueOn = fromEpochDay(due);
  const ruleText = describeRule(rule);

  if (met !== null) {
    return {
      dueOn,
      unit,
      state: met <= due ? 'MET' : 'MISSED',
      remaining: null,
      provisional,
      rule: ruleText,
      pausedUnits,
      dueSoonOn: null,
    };
  }

  let remaining = t <= due ? unitsIn(t, due) : -unitsIn(due, t);
  if (remaining === 0) remaining = 0; // no -0
  const allowed = unitsIn(s, due) - pausedUnits;
  let state: DeadlineState;
  if (activeOpen && t <= due) {
    state = 'PAUSED';
  } else if (t > due) {
    state = 'OVERDUE';
  } else {
    let used = 0;
    if (t > s) {
      used = unitsIn(s, t);
      for (const sp of counted) {
        if (sp.p >= t) break;
        used -= unitsIn(sp.p, Math.min(sp.r, t));
      }
    }
    const dueSoon = remaining < DUE_SOON_REMAINING || allowed <= 0 || used * DUE_SOON_USED_DEN >= allowed * DUE_SOON_USED_NUM;
    state = dueSoon ? 'DUE_SOON' : 'ON_TRACK';
  }

  let dueSoonOn: IsoDate | null = null;
  if (state !== 'PAUSED') {
    // first day with remaining < 3: remaining(t) = units in (t, due] <= 2
    const byRemaining = working ? cal.subtractWorkingEpochDays(due, DUE_SOON_REMAINING - 1) : due - (DUE_SOON_REMAINING - 1);
    let first = byRemaining;
    if (allowed <= 0) {
      first = Math.min(first, s);
    } else {
      // first day with used >= 75% of allowed: the need-th unpaused unit after start
      let need = Math.ceil((allowed * DUE_SOON_USED_NUM) / DUE_SOON_USED_DEN);
      let cursor = s;
      for (const sp of counted) {
        const u = unitsIn(cursor, sp.p);
        if (u >= need) break;
        need -= u;
        cursor = sp.r;
      }
      first = Math.min(first, working ? cal.addWorkingEpochDays(cursor, need).day : cursor + need);
    }
    dueSoonOn = fromEpochDay(first);
  }

  return { dueOn, unit, state, remaining, provisional, rule: ruleText, pausedUnits, dueSoonOn };
}

const START_LABEL: Record<ClockStart, string> = {
  RECEIPT: '收到申请',
  ACCEPTANCE: '受理',
  TRIBUNAL_FORMED: '仲裁庭组成',
  AGREEMENT_EFFECTIVE: '调解协议生效',
  // Clocks of the service of documents (送达): the center's own service rule, a party's time to answer, a public notice.
  DOCUMENT_ISSUED: '文书制发',
  DOCUMENT_SERVED: '文书送达',
  NOTICE_PUBLISHED: '公告发出',
  // The follow-up visit (回访): the center's own rule, from the day the dispute was resolved or closed.
  DISPUTE_CONCLUDED: '纠纷化解或办结',
};

function quantity(n: number, unit: TimeUnit): string {
  switch (unit) {
    case 'WORKING_DAYS':
      return `${n} 个工作日`;
    case 'CALENDAR_DAYS':
      return `${n} 日`;
    case 'MONTHS':
      return `${n} 个月`;
  }
}

/**
 * One readable Chinese sentence, e.g.
 * '自受理之日起 30 个工作日内作出处理决定，不得延长（依据：《政府采购质疑和投诉办法》(财政部令第94号) 第21、27、28条）'.
 */
export function describeRule(rule: ClockRule): string {
  const start = START_LABEL[rule.startsFrom] ?? String(rule.startsFrom);
  const action = rule.action && rule.action.trim() ? rule.action.trim() : '办结';
  const extension = !rule.extensible ? '不得延长' : rule.maxExtension == null ? '可延长，无固定上限' : `可延长 ${quantity(rule.maxExtension, rule.unit)}`;
  const basis = rule.legalBasis && rule.legalBasis.trim() ? `（依据：${rule.legalBasis.trim()}）` : '（依据：未注明）';
  return `自${start}之日起 ${quantity(rule.amount, rule.unit)}内${action}，${extension}${basis}`;
}

export type ExtensionCheck =
  | { ok: true }
  | {
      ok: false;
      reason: 'NOT_EXTENSIBLE' | 'EXCEEDS_MAXIMUM' | 'INVALID_AMOUNT';
      maxExtension: number | null;
      alreadyExtended: number;
    };

/**
 * May `amount` more units be added to a clock already extended by `alreadyExtended`?
 * Order of checks: amount (positive integer), extensible, maximum (null = no fixed maximum).
 */
export function checkExtension(rule: ClockRule, alreadyExtended: number, amount: number): ExtensionCheck {
  if (!isNonNegInt(alreadyExtended)) {
    throw new RangeError(`alreadyExtended must be a non-negative integer, got ${JSON.stringify(alreadyExtended)}`);
  }
  if (!isNonNegInt(amount) || amount < 1) {
    return { ok: false, reason: 'INVALID_AMOUNT', maxExtension: rule.extensible ? rule.maxExtension : null, alreadyExtended };
  }
  if (!rule.extensible) {
    return { ok: false, reason: 'NOT_EXTENSIBLE', maxExtension: null, alreadyExtended };
  }
  if (rule.maxExtension != null && alreadyExtended + amount > rule.maxExtension) {
    return { ok: false, reason: 'EXCEEDS_MAXIMUM', maxExtension: rule.maxExtension, alreadyExtended };
  }
  return { ok: true };
}
