import { TypicalCaseStatus as S } from '../../../src/core/enums';
import { typicalCaseMachine, typicalCaseRefusal, type TypicalCaseTransition } from '../../../src/modules/typical-case/typical-case.state-machine';

const ACTIONS: TypicalCaseTransition[] = ['update', 'submit', 'return', 'approve', 'withdraw'];

describe('the typical case machine', () => {
  it('allows exactly DRAFT → SUBMITTED → PUBLISHED → WITHDRAWN, a return to DRAFT, and withdrawal from any live status', () => {
    const table = Object.values(S)
      .flatMap((from) => ACTIONS.map((a) => [from, a, typicalCaseMachine.next(from, a)] as const))
      .filter(([, , to]) => to !== null);
    expect(table).toEqual([
      [S.DRAFT, 'update', S.DRAFT],
      [S.DRAFT, 'submit', S.SUBMITTED],
      [S.DRAFT, 'withdraw', S.WITHDRAWN],
      [S.SUBMITTED, 'return', S.DRAFT],
      [S.SUBMITTED, 'approve', S.PUBLISHED],
      [S.SUBMITTED, 'withdraw', S.WITHDRAWN],
      [S.PUBLISHED, 'withdraw', S.WITHDRAWN],
    ]);
  });

  it('refuses anything else in Chinese, naming the status, and leaves the record as it was', () => {
    const record = { status: S.PUBLISHED };
    const err = typicalCaseMachine.apply(record, 'update', typicalCaseRefusal('update', record.status));
    expect(err).toMatchObject({ code: 'INVALID_TRANSITION', currentStatus: 'PUBLISHED', message: '该典型案例当前为“已发布”，只有草稿可以修改。' });
    expect(record.status).toBe(S.PUBLISHED);
  });
});
