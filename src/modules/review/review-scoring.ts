import { ReviewCheckStatus, ReviewGrade, ReviewItemGroup, type ReviewCheckCode } from '../../core/enums';
import type { ChecklistContent } from './review-checklist.data';

/** An automatic check as stored with a file when its campaign started. */
export interface CheckOutcome {
  code: ReviewCheckCode;
  status: ReviewCheckStatus;
  itemCode: string | null;
  vetoCode: string | null;
  /** What the check suggests deducting (0 unless it failed and scores an item). */
  suggestedDeduction: number;
}

/** A reviewer's word on one automatic check: confirmed as computed, or overridden (with a reason, checked by the service). */
export interface CheckDecision {
  code: ReviewCheckCode;
  confirmed: boolean;
  /** The status the reviewer finds instead (override). */
  status: ReviewCheckStatus | null;
  /** The deduction the reviewer applies instead (override of a FAIL); null: the checklist's suggestion. */
  deduction: number | null;
  reason: string | null;
}

export interface ManualDeduction {
  itemCode: string;
  points: number;
  note: string | null;
}

export interface ScoredItem {
  itemCode: string;
  group: ReviewItemGroup;
  /** What was asked, before the item's maximum. */
  asked: number;
  /** What counts: never more than the item's maximum. */
  points: number;
}

export interface ScoreResult {
  score: number;
  grade: ReviewGrade;
  items: ScoredItem[];
  groups: { group: ReviewItemGroup; points: number }[];
  /** Veto items that apply (the reviewer's, and those of failed checks they confirmed). */
  vetoes: string[];
}

/** The grade of a score under the checklist's cut-offs; any veto makes it 不合格. */
export function gradeOf(checklist: ChecklistContent, score: number, vetoed: boolean): ReviewGrade {
  if (vetoed) return ReviewGrade.UNQUALIFIED;
  const cutoffs = [...checklist.grades].sort((a, b) => b.minScore - a.minScore);
  return cutoffs.find((c) => score >= c.minScore)?.grade ?? ReviewGrade.UNQUALIFIED;
}

/**
 * A file's score: 100 minus the deductions, each item capped at its maximum and each group at
 * its own; a veto makes it 0 and 不合格. Automatic checks count as computed unless the reviewer
 * overrides them; a check not mentioned counts as confirmed. Pure.
 */
export function scoreFile(
  checklist: ChecklistContent,
  checks: readonly CheckOutcome[],
  decisions: readonly CheckDecision[],
  manual: readonly ManualDeduction[],
  vetoes: readonly string[],
): ScoreResult {
  const items = new Map(checklist.items.map((i) => [i.code, i]));
  const asked = new Map<string, number>();
  const add = (code: string, points: number) => asked.set(code, (asked.get(code) ?? 0) + Math.max(0, points));
  const applied = new Set(vetoes);
  const byCode = new Map(decisions.map((d) => [d.code, d]));
  for (const check of checks) {
    const d = byCode.get(check.code);
    const status = d && !d.confirmed && d.status ? d.status : check.status;
    if (status !== ReviewCheckStatus.FAIL) continue;
    if (check.vetoCode) applied.add(check.vetoCode);
    if (!check.itemCode || !items.has(check.itemCode)) continue;
    const rule = checklist.checks.find((r) => r.check === check.code);
    const points = d && !d.confirmed && d.deduction !== null ? d.deduction : check.status === ReviewCheckStatus.FAIL ? check.suggestedDeduction : (rule?.deduction ?? 0);
    add(check.itemCode, points);
  }
  for (const m of manual) if (items.has(m.itemCode)) add(m.itemCode, m.points);
  const scored: ScoredItem[] = [...asked.entries()]
    .filter(([, points]) => points > 0)
    .map(([code, points]) => {
      const item = items.get(code)!;
      return { itemCode: code, group: item.group, asked: points, points: Math.min(points, item.maxDeduction) };
    });
  const groups = checklist.groups.map((g) => ({
    group: g.group,
    points: Math.min(
      g.max,
      scored.filter((s) => s.group === g.group).reduce((a, s) => a + s.points, 0),
    ),
  }));
  const vetoed = [...applied].filter((v) => checklist.vetoItems.some((x) => x.code === v));
  const deducted = groups.reduce((a, g) => a + g.points, 0);
  const score = vetoed.length ? 0 : Math.max(0, 100 - deducted);
  return { score, grade: gradeOf(checklist, score, vetoed.length > 0), items: scored, groups, vetoes: vetoed };
}
