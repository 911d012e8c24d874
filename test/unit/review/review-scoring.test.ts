import { ReviewCheckCode, ReviewCheckStatus, ReviewGrade, ReviewItemGroup } from '../../../src/core/enums';
import { gradeOf, scoreFile, SHIPPED_CHECKLIST, validateChecklist, type ChecklistContent, type CheckOutcome } from '../../../src/modules/review';

const C = SHIPPED_CHECKLIST;

function check(code: ReviewCheckCode, status: ReviewCheckStatus): CheckOutcome {
  const rule = C.checks.find((r) => r.check === code)!;
  return { code, status, itemCode: rule.itemCode, vetoCode: rule.vetoCode, suggestedDeduction: status === ReviewCheckStatus.FAIL && rule.itemCode ? rule.deduction : 0 };
}

describe('the shipped checklist', () => {
  it('is valid: groups 20 + 80, cut-offs 90 / 80 / 60, every automatic check mapped', () => {
    expect(validateChecklist(C)).toEqual([]);
    expect(C.groups).toEqual([
      { group: ReviewItemGroup.FORM, max: 20 },
      { group: ReviewItemGroup.SUBSTANCE, max: 80 },
    ]);
    expect(C.checks.map((r) => r.check).sort()).toEqual(Object.values(ReviewCheckCode).sort());
    expect(C.vetoItems).toHaveLength(7);
  });

  it('refuses groups that do not sum to 100, rising cut-offs, a check mapped to a missing item, a deduction above the item maximum', () => {
    const bad: ChecklistContent = {
      ...C,
      groups: [
        { group: ReviewItemGroup.FORM, max: 30 },
        { group: ReviewItemGroup.SUBSTANCE, max: 80 },
      ],
      grades: [
        { grade: ReviewGrade.EXCELLENT, minScore: 90 },
        { grade: ReviewGrade.QUALIFIED, minScore: 95 },
      ],
      checks: [
        { check: ReviewCheckCode.DATE_ORDER, itemCode: 'NO_SUCH_ITEM', vetoCode: null, deduction: 5 },
        { check: ReviewCheckCode.REMEDY_NOTICE, itemCode: 'S_REMEDY', vetoCode: null, deduction: 3 },
      ],
    };
    const fields = validateChecklist(bad).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['groups', 'grades.1.minScore', 'checks.0.itemCode', 'checks.1.deduction']));
  });

  it('allows the cut-offs without 良好 (optional) but not without 合格', () => {
    expect(validateChecklist({ ...C, grades: C.grades.filter((g) => g.grade !== ReviewGrade.GOOD) })).toEqual([]);
    expect(validateChecklist({ ...C, grades: C.grades.filter((g) => g.grade !== ReviewGrade.QUALIFIED) }).map((e) => e.field)).toContain('grades');
  });
});

describe('gradeOf', () => {
  it.each([
    [100, ReviewGrade.EXCELLENT],
    [90, ReviewGrade.EXCELLENT],
    [89, ReviewGrade.GOOD],
    [80, ReviewGrade.GOOD],
    [79, ReviewGrade.QUALIFIED],
    [60, ReviewGrade.QUALIFIED],
    [59, ReviewGrade.UNQUALIFIED],
    [0, ReviewGrade.UNQUALIFIED],
  ])('%i → %s', (score, grade) => {
    expect(gradeOf(C, score, false)).toBe(grade);
  });

  it('without 良好, 85 is 合格; a veto is 不合格 whatever the score', () => {
    const noGood = { ...C, grades: C.grades.filter((g) => g.grade !== ReviewGrade.GOOD) };
    expect(gradeOf(noGood, 85, false)).toBe(ReviewGrade.QUALIFIED);
    expect(gradeOf(C, 100, true)).toBe(ReviewGrade.UNQUALIFIED);
  });
});

describe('scoreFile', () => {
  it('deducts confirmed failed checks by the checklist and a person’s deductions', () => {
    const r = scoreFile(
      C,
      [check(ReviewCheckCode.CLOCK_HANDLING, ReviewCheckStatus.FAIL), check(ReviewCheckCode.DATE_ORDER, ReviewCheckStatus.PASS)],
      [],
      [{ itemCode: 'S_FACTS', points: 3, note: null }],
      [],
    );
    expect(r.score).toBe(100 - 10 - 3);
    expect(r.grade).toBe(ReviewGrade.GOOD);
    expect(r.items).toEqual(
      expect.arrayContaining([
        { itemCode: 'S_TIME_LIMITS', group: ReviewItemGroup.SUBSTANCE, asked: 10, points: 10 },
        { itemCode: 'S_FACTS', group: ReviewItemGroup.SUBSTANCE, asked: 3, points: 3 },
      ]),
    );
  });

  it('caps an item at its maximum: three missed clocks on one item deduct 10, not 17', () => {
    const r = scoreFile(
      C,
      [check(ReviewCheckCode.CLOCK_HANDLING, ReviewCheckStatus.FAIL), check(ReviewCheckCode.CLOCK_ACCEPTANCE, ReviewCheckStatus.FAIL), check(ReviewCheckCode.CLOCK_ANSWER, ReviewCheckStatus.FAIL)],
      [],
      [],
      [],
    );
    expect(r.items).toEqual([{ itemCode: 'S_TIME_LIMITS', group: ReviewItemGroup.SUBSTANCE, asked: 17, points: 10 }]);
    expect(r.score).toBe(90);
  });

  it('caps a group at its maximum: every form item at its maximum deducts 20', () => {
    const narrow: ChecklistContent = {
      ...C,
      groups: [
        { group: ReviewItemGroup.FORM, max: 10 },
        { group: ReviewItemGroup.SUBSTANCE, max: 90 },
      ],
    };
    const manual = C.items.filter((i) => i.group === ReviewItemGroup.FORM).map((i) => ({ itemCode: i.code, points: i.maxDeduction, note: null }));
    expect(scoreFile(C, [], [], manual, []).score).toBe(80);
    expect(scoreFile(narrow, [], [], manual, []).groups).toEqual([
      { group: ReviewItemGroup.FORM, points: 10 },
      { group: ReviewItemGroup.SUBSTANCE, points: 0 },
    ]);
  });

  it('an override to PASS removes the deduction; an override to FAIL with a deduction applies it', () => {
    const checks = [check(ReviewCheckCode.CLOCK_HANDLING, ReviewCheckStatus.FAIL), check(ReviewCheckCode.SERVICE_PROOF, ReviewCheckStatus.PASS)];
    const r = scoreFile(
      C,
      checks,
      [
        { code: ReviewCheckCode.CLOCK_HANDLING, confirmed: false, status: ReviewCheckStatus.PASS, deduction: null, reason: '延期已获批准' },
        { code: ReviewCheckCode.SERVICE_PROOF, confirmed: false, status: ReviewCheckStatus.FAIL, deduction: 4, reason: '回证签名不全' },
      ],
      [],
      [],
    );
    expect(r.score).toBe(96);
  });

  it('a veto (the reviewer’s, or a confirmed failed handler check) makes the score 0 and 不合格', () => {
    expect(scoreFile(C, [], [], [], ['V_WRONG_LAW'])).toMatchObject({ score: 0, grade: ReviewGrade.UNQUALIFIED, vetoes: ['V_WRONG_LAW'] });
    const two = check(ReviewCheckCode.TWO_HANDLERS, ReviewCheckStatus.FAIL);
    expect(scoreFile(C, [two], [], [], [])).toMatchObject({ score: 0, grade: ReviewGrade.UNQUALIFIED, vetoes: ['V_FEWER_THAN_TWO_HANDLERS'] });
    // overridden: no veto
    expect(scoreFile(C, [two], [{ code: two.code, confirmed: false, status: ReviewCheckStatus.PASS, deduction: null, reason: '卷内有两名承办人签名' }], [], [])).toMatchObject({
      score: 100,
      vetoes: [],
    });
  });

  it('NOT_RECORDED and NOT_APPLICABLE deduct nothing', () => {
    expect(scoreFile(C, [check(ReviewCheckCode.HANDLERS_QUALIFIED, ReviewCheckStatus.NOT_RECORDED), check(ReviewCheckCode.CLOCK_ANSWER, ReviewCheckStatus.NOT_APPLICABLE)], [], [], []).score).toBe(
      100,
    );
  });
});
