/**
 * The journeys' setup through the API (what another role did before the journey's person sits
 * down): register a dispute, refer it, accept the referral, conclude the proceeding. The journeys
 * then act and assert through the console only. Each call fails loudly with the server's answer.
 */
import { makeResidentId } from '../../../src/core/validation';
import type { TestHub } from '../../support/test-hub';

export interface Made {
  id: string;
  code: string;
  title: string;
  version: number;
}

let serial = 0;

async function call<T>(t: TestHub, what: string, query: string, variables: Record<string, unknown>, username: string): Promise<T> {
  const res = await t.gql<Record<string, unknown>, Record<string, unknown>>(query, variables, await t.login(username));
  const data = res.data ? Object.values(res.data)[0] : null;
  if (res.errors || !data || (typeof data === 'object' && 'message' in data && 'errorCode' in data)) {
    throw new Error(`setup: ${what} as ${username} failed: ${JSON.stringify(res.errors ?? data)}`);
  }
  return data as T;
}

export async function organizationId(t: TestHub, name: string): Promise<string> {
  const res = await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, never>>('{ organizations { id name } }', {});
  const org = res.data?.organizations.find((o) => o.name === name);
  if (!org) throw new Error(`setup: no organization ${name}`);
  return org.id;
}

/** The frontdesk registers a dispute of two persons (no matter: the referral names it). */
export async function registerDispute(t: TestHub, title: string, category = 'NEIGHBORHOOD', region = '富阳区'): Promise<Made> {
  serial += 1;
  const seq = String(200 + (serial % 700)).padStart(3, '0');
  return call<Made>(
    t,
    'registerDispute',
    `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) {
       ... on Dispute { id code title version } ... on ErrorResult { message errorCode } } }`,
    {
      input: {
        title,
        facts: '双方因相邻关系发生争执，多次协商未果，申请人请求处理。',
        category,
        region,
        source: 'WALK_IN',
        parties: [
          { role: 'APPLICANT', kind: 'PERSON', name: '郑某某', idNumber: makeResidentId(`33018319750505${seq}`), phone: '13700001111' },
          { role: 'RESPONDENT', kind: 'PERSON', name: '冯某某' },
        ],
      },
    },
    'frontdesk',
  );
}

/** The frontdesk refers the dispute; returns the referral's id. */
export async function referDispute(t: TestHub, dispute: Made, to: { organization: string; channel: string; matterCode?: string }, username = 'frontdesk'): Promise<string> {
  const current = await call<{ version: number }>(t, 'dispute version', 'query($id: ID!) { dispute(id: $id) { version } }', { id: dispute.id }, username);
  const referral = await call<{ id: string }>(
    t,
    'referDispute',
    `mutation($input: ReferDisputeInput!) { referDispute(input: $input) {
       ... on Referral { id } ... on ErrorResult { message errorCode } } }`,
    {
      input: {
        disputeId: dispute.id,
        expectedVersion: current.version,
        toOrganizationId: await organizationId(t, to.organization),
        channel: to.channel,
        kind: 'TRANSFER',
        matterCode: to.matterCode ?? null,
        reason: '属该单位职责范围',
      },
    },
    username,
  );
  return referral.id;
}

/** The receiving organization's handler accepts the referral; returns the proceeding it opened. */
export async function acceptReferral(t: TestHub, referralId: string, username: string): Promise<{ id: string; version: number; status: string }> {
  const accepted = await call<{ proceeding: { id: string; version: number; status: string } }>(
    t,
    'acceptReferral',
    `mutation($id: ID!) { acceptReferral(id: $id) {
       ... on Referral { proceeding { id version status } } ... on ErrorResult { message errorCode } } }`,
    { id: referralId },
    username,
  );
  return accepted.proceeding;
}

export async function concludeProceeding(t: TestHub, proceedingId: string, outcome: string, username: string): Promise<void> {
  await call(
    t,
    'concludeProceeding',
    `mutation($input: ConcludeProceedingInput!) { concludeProceeding(input: $input) {
       ... on Proceeding { id } ... on ErrorResult { message errorCode } } }`,
    { input: { proceedingId, outcome, summary: '双方自愿达成调解协议，当场履行完毕。' } },
    username,
  );
}

/** A dispute referred to 富阳区人民调解委员会 and accepted there: IN_PROGRESS, its mediation proceeding running. */
export async function mediationInProgress(t: TestHub, title: string): Promise<Made & { proceedingId: string }> {
  const d = await registerDispute(t, title);
  const referralId = await referDispute(t, d, { organization: '富阳区人民调解委员会', channel: 'MEDIATION', matterCode: 'PEOPLES-MEDIATION' });
  const p = await acceptReferral(t, referralId, 'mediator.fuyang');
  return { ...d, proceedingId: p.id };
}

/** Deadline state of a dispute's pending referral, as the frontdesk reads it. */
export async function referralDeadline(t: TestHub, disputeId: string): Promise<{ state: string; dueOn: string; remaining: number | null }> {
  const d = await call<{ referrals: { status: string; responseDeadline: { state: string; dueOn: string; remaining: number | null } }[] }>(
    t,
    'referral deadline',
    'query($id: ID!) { dispute(id: $id) { referrals { status responseDeadline { state dueOn remaining } } } }',
    { id: disputeId },
    'frontdesk',
  );
  const pending = d.referrals.find((r) => r.status === 'PENDING');
  if (!pending) throw new Error('setup: the dispute has no pending referral');
  return pending.responseDeadline;
}
