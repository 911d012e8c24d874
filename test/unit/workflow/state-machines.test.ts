import { DisputeStatus, ProceedingStatus, ReferralStatus } from '../../../src/core/enums';
import { disputeMachine, type DisputeAction } from '../../../src/modules/dispute/dispute.state-machine';
import { referralMachine, type ReferralAction } from '../../../src/modules/referral/referral.state-machine';
import { proceedingMachine, type ProceedingAction } from '../../../src/modules/proceeding/proceeding.state-machine';

// The three lifecycles, written out in full: for every status and every action
// the status the machine must lead to, or null where the action is forbidden.
// The tables are the specification (contract enums + README rules); they are
// deliberately not derived from the machines' own transition lists.

const _ = null;

// ------------------------------------------------------------------ dispute
const D = DisputeStatus;
const DISPUTE_ACTIONS: DisputeAction[] = ['refer', 'acceptReferral', 'declineReferral', 'cancelReferral', 'concludeSettling', 'concludeNotSettling', 'confirmationRejected', 'close', 'withdraw'];
// prettier-ignore
const DISPUTE_TABLE: Record<DisputeStatus, Record<DisputeAction, DisputeStatus | null>> = {
  AWAITING_ROUTING: { refer: D.REFERRED, acceptReferral: _, declineReferral: _, cancelReferral: _, concludeSettling: _, concludeNotSettling: _, confirmationRejected: _, close: D.CLOSED, withdraw: D.WITHDRAWN },
  REFERRED:         { refer: _, acceptReferral: D.IN_PROGRESS, declineReferral: D.AWAITING_ROUTING, cancelReferral: D.AWAITING_ROUTING, concludeSettling: _, concludeNotSettling: _, confirmationRejected: _, close: _, withdraw: D.WITHDRAWN },
  IN_PROGRESS:      { refer: _, acceptReferral: _, declineReferral: _, cancelReferral: _, concludeSettling: D.RESOLVED, concludeNotSettling: D.AWAITING_ROUTING, confirmationRejected: _, close: _, withdraw: D.WITHDRAWN },
  RESOLVED:         { refer: _, acceptReferral: _, declineReferral: _, cancelReferral: _, concludeSettling: _, concludeNotSettling: _, confirmationRejected: D.AWAITING_ROUTING, close: D.CLOSED, withdraw: D.WITHDRAWN },
  CLOSED:           { refer: _, acceptReferral: _, declineReferral: _, cancelReferral: _, concludeSettling: _, concludeNotSettling: _, confirmationRejected: _, close: _, withdraw: _ },
  WITHDRAWN:        { refer: _, acceptReferral: _, declineReferral: _, cancelReferral: _, concludeSettling: _, concludeNotSettling: _, confirmationRejected: _, close: _, withdraw: _ },
};

// ------------------------------------------------------------------ referral
const R = ReferralStatus;
const REFERRAL_ACTIONS: ReferralAction[] = ['accept', 'decline', 'cancel', 'complete'];
// prettier-ignore
const REFERRAL_TABLE: Record<ReferralStatus, Record<ReferralAction, ReferralStatus | null>> = {
  PENDING:   { accept: R.ACCEPTED, decline: R.DECLINED, cancel: R.CANCELLED, complete: _ },
  ACCEPTED:  { accept: _, decline: _, cancel: _, complete: R.COMPLETED },
  DECLINED:  { accept: _, decline: _, cancel: _, complete: _ },
  CANCELLED: { accept: _, decline: _, cancel: _, complete: _ },
  COMPLETED: { accept: _, decline: _, cancel: _, complete: _ },
};

// ------------------------------------------------------------------ proceeding
const P = ProceedingStatus;
const PROCEEDING_ACTIONS: ProceedingAction[] = ['admit', 'reject', 'assign', 'pause', 'resume', 'extend', 'conclude', 'withdraw'];
// prettier-ignore
const PROCEEDING_TABLE: Record<ProceedingStatus, Record<ProceedingAction, ProceedingStatus | null>> = {
  ACCEPTANCE_REVIEW: { admit: P.IN_PROGRESS, reject: P.NOT_ACCEPTED, assign: P.ACCEPTANCE_REVIEW, pause: _, resume: _, extend: _, conclude: _, withdraw: P.CONCLUDED },
  IN_PROGRESS:       { admit: _, reject: _, assign: P.IN_PROGRESS, pause: P.PAUSED, resume: _, extend: P.IN_PROGRESS, conclude: P.CONCLUDED, withdraw: P.CONCLUDED },
  PAUSED:            { admit: _, reject: _, assign: P.PAUSED, pause: _, resume: P.IN_PROGRESS, extend: P.PAUSED, conclude: P.CONCLUDED, withdraw: P.CONCLUDED },
  CONCLUDED:         { admit: _, reject: _, assign: _, pause: _, resume: _, extend: _, conclude: _, withdraw: _ },
  NOT_ACCEPTED:      { admit: _, reject: _, assign: _, pause: _, resume: _, extend: _, conclude: _, withdraw: _ },
};

function cases<S extends string, A extends string>(table: Record<S, Record<A, S | null>>): [S, A, S | null][] {
  const out: [S, A, S | null][] = [];
  for (const s of Object.keys(table) as S[]) for (const a of Object.keys(table[s]) as A[]) out.push([s, a, table[s][a]]);
  return out;
}

describe('dispute state machine', () => {
  it('the table covers every status of the contract enum and every action of the machine', () => {
    expect(Object.keys(DISPUTE_TABLE).sort()).toEqual(Object.values(DisputeStatus).sort());
    expect([...disputeMachine.actions()].sort()).toEqual([...DISPUTE_ACTIONS].sort());
    for (const row of Object.values(DISPUTE_TABLE)) expect(Object.keys(row).sort()).toEqual([...DISPUTE_ACTIONS].sort());
  });

  it.each(cases(DISPUTE_TABLE))('%s --%s--> %s', (from, action, to) => {
    expect(disputeMachine.next(from, action)).toBe(to);
    expect(disputeMachine.allows(from, action)).toBe(to !== null);
  });

  it('final statuses allow nothing', () => {
    for (const s of [D.CLOSED, D.WITHDRAWN]) for (const a of DISPUTE_ACTIONS) expect(disputeMachine.next(s, a)).toBeNull();
  });
});

describe('referral state machine', () => {
  it('the table covers every status of the contract enum and every action of the machine', () => {
    expect(Object.keys(REFERRAL_TABLE).sort()).toEqual(Object.values(ReferralStatus).sort());
    expect([...referralMachine.actions()].sort()).toEqual([...REFERRAL_ACTIONS].sort());
    for (const row of Object.values(REFERRAL_TABLE)) expect(Object.keys(row).sort()).toEqual([...REFERRAL_ACTIONS].sort());
  });

  it.each(cases(REFERRAL_TABLE))('%s --%s--> %s', (from, action, to) => {
    expect(referralMachine.next(from, action)).toBe(to);
    expect(referralMachine.allows(from, action)).toBe(to !== null);
  });
});

describe('proceeding state machine', () => {
  it('the table covers every status of the contract enum and every action of the machine', () => {
    expect(Object.keys(PROCEEDING_TABLE).sort()).toEqual(Object.values(ProceedingStatus).sort());
    expect([...proceedingMachine.actions()].sort()).toEqual([...PROCEEDING_ACTIONS].sort());
    for (const row of Object.values(PROCEEDING_TABLE)) expect(Object.keys(row).sort()).toEqual([...PROCEEDING_ACTIONS].sort());
  });

  it.each(cases(PROCEEDING_TABLE))('%s --%s--> %s', (from, action, to) => {
    expect(proceedingMachine.next(from, action)).toBe(to);
    expect(proceedingMachine.allows(from, action)).toBe(to !== null);
  });
});
