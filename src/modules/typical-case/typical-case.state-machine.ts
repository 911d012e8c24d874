import { TypicalCaseStatus as S } from '../../core/enums';
import { TYPICAL_CASE_STATUS_LABELS } from '../../core/labels';
import { StateMachine } from '../../core/state-machine';

export type TypicalCaseTransition = 'update' | 'submit' | 'return' | 'approve' | 'withdraw';

/**
 * 典型案例: DRAFT → SUBMITTED (to the head) → PUBLISHED → WITHDRAWN. The head may send a submitted
 * case back to DRAFT; a case is withdrawn from any status but WITHDRAWN, and stays as a record.
 */
export const typicalCaseMachine = new StateMachine<S, TypicalCaseTransition>('typicalCase', [
  { action: 'update', from: [S.DRAFT], to: 'same' },
  { action: 'submit', from: [S.DRAFT], to: S.SUBMITTED },
  { action: 'return', from: [S.SUBMITTED], to: S.DRAFT },
  { action: 'approve', from: [S.SUBMITTED], to: S.PUBLISHED },
  { action: 'withdraw', from: [S.DRAFT, S.SUBMITTED, S.PUBLISHED], to: S.WITHDRAWN },
]);

const REFUSALS: Record<TypicalCaseTransition, string> = {
  update: '只有草稿可以修改',
  submit: '只有草稿可以提交审批',
  return: '只有待审批的案例可以退回修改',
  approve: '只有待审批的案例可以批准发布',
  withdraw: '该案例已撤回',
};

/** The Chinese refusal of an action in a status (the machine's own message names no typical-case status). */
export function typicalCaseRefusal(action: TypicalCaseTransition, status: S): string {
  return `该典型案例当前为“${TYPICAL_CASE_STATUS_LABELS[status]}”，${REFUSALS[action]}。`;
}
