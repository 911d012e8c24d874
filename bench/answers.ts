/**
 * The answers of the servers to cases (a)-(c) in one shape, so that bench/run-all.ts can check
 * before timing that the hub and both PostGraphile peers return the same data.
 *
 * - Peers: cursors set aside (opaque, encoded differently by 4.14 and 5); timestamps compared as
 *   instants (5 prints `…56.726000+00:00`, 4.14 `…56.726+00:00`, the hub `…56.726Z`).
 * - Hub vs peer: the contract's names mapped onto PostGraphile's; of a deadline, what both store
 *   (kind, due date, unit, provisional), not the states the hub computes with the clock module
 *   (state, remaining, the rule's text) nor the inputs the peers return for a client to compute
 *   them; a proceeding's clocks of the kinds the hub's fields name (acceptance, handling,
 *   judicial confirmation); a dispute's deadlines as a set (the hub lists open ones first). Personal data the hub masked ((a): disputes its organization sees
 *   masked) must equal the peer's value masked by the hub's own functions.
 */
import { isDeepStrictEqual } from 'node:util';
import { maskIdNumber, maskPhone } from '../src/core/validation/mask';
import type { PeerCaseId } from './cases';

type J = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON answers

/** A timestamp string as an instant (ISO, milliseconds, UTC); anything else as it is. */
function instant(v: unknown): unknown {
  if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?([+-]\d\d:\d\d|Z)$/.test(v)) return new Date(v).toISOString();
  return v;
}

/** A peer's answer with cursors dropped and timestamps as instants (peer vs peer5). */
export function canonicalPeerAnswer(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonicalPeerAnswer);
  if (v && typeof v === 'object') {
    const o: J = {};
    for (const [key, x] of Object.entries(v)) if (key !== 'cursor' && key !== 'startCursor' && key !== 'endCursor') o[key] = canonicalPeerAnswer(x);
    return o;
  }
  return instant(v);
}

interface Deadline {
  kind: string;
  dueOn: string;
  unit: string;
  provisional: boolean;
}
const hubDeadline = (d: J | null): Deadline | null => d && { kind: d.kind, dueOn: d.dueOn, unit: d.unit, provisional: d.provisional };
const peerDeadline = (d: J | null | undefined): Deadline | null => (d ? { kind: d.kind, dueOn: d.dueOn, unit: d.rule?.unit, provisional: d.provisional } : null);
const PROCEEDING_CLOCKS = ['ACCEPTANCE', 'HANDLING', 'JUDICIAL_CONFIRMATION_APPLICATION'];
/** A dispute's deadlines as a set: the hub lists open ones first (by its computed state), the peers by creation. */
const asSet = (ds: (Deadline | null)[]) => [...ds].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));

const referralHead = (r: J) => ({ id: r.id, kind: r.kind, channel: r.channel, status: r.status, reason: r.reason, declineReason: r.declineReason });

/** (a), (b), (c) as the hub answers them, in the common shape. */
export function hubCommon(c: PeerCaseId, body: J): unknown {
  const referral = (r: J) => ({
    ...referralHead(r),
    from: r.fromOrganization,
    to: r.toOrganization,
    responseDeadline: hubDeadline(r.responseDeadline),
    proceeding: r.proceeding,
  });
  if (c === 'a') {
    const inbox = body.data.referralInbox;
    return {
      totalCount: inbox.totalCount,
      hasNextPage: inbox.pageInfo.hasNextPage,
      items: inbox.edges.map(({ node: r }: J) => ({ ...referral(r), dispute: { id: r.dispute.id, code: r.dispute.code, parties: r.dispute.parties } })),
    };
  }
  if (c === 'b') {
    const d = body.data.dispute;
    return {
      ...disputeHead(d),
      matter: d.matter,
      currentOrganization: d.currentOrganization,
      parties: d.parties,
      referrals: d.referrals.map(referral),
      proceedings: d.proceedings.map((p: J) => ({
        ...proceedingHead(p),
        organization: p.organization,
        matter: p.matter,
        clocks: [p.acceptanceDeadline, p.handlingDeadline, p.judicialConfirmationApplicationDeadline].filter(Boolean).map(hubDeadline),
        pauses: p.pauses.map((x: J) => ({ ...x, startedAt: instant(x.startedAt), endedAt: instant(x.endedAt) })),
        extensions: p.extensions.map((x: J) => ({ amount: x.amount, unit: x.unit, reason: x.reason, basis: x.basis, approverName: x.approverName, recordedBy: x.recordedBy?.username ?? null })),
        outcome: p.outcome,
      })),
      deadlines: asSet(d.deadlines.map(hubDeadline)),
      events: d.events.edges.map(({ node: e }: J) => ({
        type: e.type,
        summary: e.summary,
        at: instant(e.at),
        data: e.data,
        actor: e.actor?.username ?? null,
        organization: e.organization?.name ?? null,
        referral: e.referral?.id ?? null,
        proceeding: e.proceeding?.id ?? null,
      })),
      eventsHasNextPage: d.events.pageInfo.hasNextPage,
    };
  }
  const list = body.data.disputes;
  return {
    totalCount: list.totalCount,
    hasNextPage: list.pageInfo.hasNextPage,
    items: list.edges.map(({ node: d }: J) => ({
      id: d.id,
      code: d.code,
      status: d.status,
      region: d.region,
      category: d.category,
      receivedAt: instant(d.receivedAt),
      currentOrganization: d.currentOrganization?.name ?? null,
      nextDeadline: hubDeadline(d.nextDeadline),
    })),
  };
}

function disputeHead(d: J) {
  return {
    id: d.id,
    code: d.code,
    title: d.title,
    status: d.status,
    version: d.version,
    amount: d.amount,
    region: d.region,
    category: d.category,
    source: d.source,
    receivedAt: instant(d.receivedAt),
    closedAt: instant(d.closedAt),
  };
}
function proceedingHead(p: J) {
  return {
    id: p.id,
    status: p.status,
    version: p.version,
    channel: p.channel,
    procedure: p.procedure,
    caseNumber: p.caseNumber,
    receivedAt: instant(p.receivedAt),
    acceptedAt: instant(p.acceptedAt),
  };
}

/** (a), (b), (c) as a peer answers them (PEER or PEER5 of bench/cases.ts: the same names), in the common shape. */
export function peerCommon(c: PeerCaseId, body: J): unknown {
  const referral = (r: J) => ({
    ...referralHead(r),
    from: r.organizationByFromOrganizationId,
    to: r.organizationByToOrganizationId,
    responseDeadline: peerDeadline(r.deadlinesByReferralId.nodes[0]),
    proceeding: r.proceedingByProceedingId,
  });
  if (c === 'a') {
    const inbox = body.data.allReferrals;
    return {
      totalCount: inbox.totalCount,
      hasNextPage: inbox.pageInfo.hasNextPage,
      items: inbox.edges.map(({ node: r }: J) => ({
        ...referral(r),
        dispute: { id: r.disputeByDisputeId.id, code: r.disputeByDisputeId.code, parties: r.disputeByDisputeId.partiesByDisputeId.nodes },
      })),
    };
  }
  if (c === 'b') {
    const d = body.data.disputeById;
    return {
      ...disputeHead(d),
      matter: d.matterByMatterId,
      currentOrganization: d.organizationByCurrentOrganizationId,
      parties: d.partiesByDisputeId.nodes,
      referrals: d.referralsByDisputeId.nodes.map(referral),
      proceedings: d.proceedingsByDisputeId.nodes.map((p: J) => ({
        ...proceedingHead(p),
        organization: p.organizationByOrganizationId,
        matter: p.matterByMatterId,
        clocks: p.deadlinesByProceedingId.nodes
          .filter((x: J) => PROCEEDING_CLOCKS.includes(x.kind))
          .sort((x: J, y: J) => PROCEEDING_CLOCKS.indexOf(x.kind) - PROCEEDING_CLOCKS.indexOf(y.kind))
          .map(peerDeadline),
        pauses: p.proceedingPausesByProceedingId.nodes.map((x: J) => ({ ...x, startedAt: instant(x.startedAt), endedAt: instant(x.endedAt) })),
        extensions: p.extensionsByProceedingId.nodes.map((x: J) => ({
          amount: x.amount,
          unit: x.unit,
          reason: x.reason,
          basis: x.basis,
          approverName: x.approverName,
          recordedBy: x.hubUserByRecordedBy?.username ?? null,
        })),
        outcome: p.outcomeKind ? { kind: p.outcomeKind, settles: p.outcomeSettles, summary: p.outcomeSummary, documentNumber: p.outcomeDocumentNumber, effectiveOn: p.outcomeEffectiveOn } : null,
      })),
      deadlines: asSet(d.deadlinesByDisputeId.nodes.map(peerDeadline)),
      events: d.disputeEventsByDisputeId.edges.map(({ node: e }: J) => ({
        type: e.type,
        summary: e.summary,
        at: instant(e.at),
        data: e.data,
        actor: e.hubUserByActorUserId?.username ?? null,
        organization: e.organizationByOrganizationId?.name ?? null,
        referral: e.referralId,
        proceeding: e.proceedingId,
      })),
      eventsHasNextPage: d.disputeEventsByDisputeId.pageInfo.hasNextPage,
    };
  }
  const list = body.data.allDisputes;
  return {
    totalCount: list.totalCount,
    hasNextPage: list.pageInfo.hasNextPage,
    items: list.edges.map(({ node: d }: J) => ({
      id: d.id,
      code: d.code,
      status: d.status,
      region: d.region,
      category: d.category,
      receivedAt: instant(d.receivedAt),
      currentOrganization: d.organizationByCurrentOrganizationId?.name ?? null,
      nextDeadline: peerDeadline(d.deadlinesByDisputeId.nodes[0]),
    })),
  };
}

/**
 * Where the hub masked a party's id number or phone and the peer's value, masked by the hub's
 * own functions, is what the hub sent, takes the hub's value into the peer's common answer.
 * Returns how many values were reconciled so (they are reported, not hidden).
 */
export function applyHubMasking(hub: unknown, peer: unknown): number {
  let n = 0;
  const walk = (h: unknown, p: unknown) => {
    if (!h || !p || typeof h !== 'object' || typeof p !== 'object') return;
    if (Array.isArray(h) && Array.isArray(p)) return h.forEach((x, i) => walk(x, p[i]));
    const ho = h as J;
    const po = p as J;
    for (const [key, mask] of [
      ['idNumber', maskIdNumber],
      ['phone', maskPhone],
    ] as const) {
      if (typeof ho[key] === 'string' && typeof po[key] === 'string' && ho[key] !== po[key] && mask(po[key]) === ho[key]) {
        po[key] = ho[key];
        n++;
      }
    }
    for (const key of Object.keys(ho)) walk(ho[key], po[key]);
  };
  walk(hub, peer);
  return n;
}

/** The first path at which two JSON values differ, or null. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as J)[key], (b as J)[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}
