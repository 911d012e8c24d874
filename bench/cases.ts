/**
 * The benchmark's cases, for the hub (the real client operations of
 * test/operations/lifecycle.graphql), for the PostGraphile peer (the same data in its
 * generated schema) and for the SQL floor (bench/sql-floor.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, visit, type DefinitionNode, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { DashboardStatisticsDocument, DisputeListDocument, FrontdeskStatusCountsDocument } from '../web/src/gql/graphql';
import { makeResidentId } from '../src/core/validation';

/** A named operation of a .graphql file with the fragments it uses (transitively). */
export function operationFrom(file: string, name: string): string {
  const doc = parse(readFileSync(file, 'utf8'));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`no operation ${name} in ${file}`);
  const used = new Set<string>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(s) {
        if (used.has(s.name.value)) return;
        used.add(s.name.value);
        walk(fragments.get(s.name.value)!);
      },
    });
  walk(op);
  return [op, ...[...used].map((n) => fragments.get(n)!)].map((d) => print(d)).join('\n\n');
}

const LIFECYCLE = join(__dirname, '..', 'test', 'operations', 'lifecycle.graphql');

/** The reads PostGraphile answers too. */
export type PeerCaseId = 'a' | 'b' | 'c';
/** The console's own reads (issue #18, deliverable 3): filters and figures PostGraphile's generated schema has no counterpart for. */
export type ConsoleCaseId = 'e' | 'f' | 'g' | 'h' | 'i' | 'j';
export type CaseId = PeerCaseId | 'd' | ConsoleCaseId;

export const PEER_CASES: readonly CaseId[] = ['a', 'b', 'c'];
export const isPeerCase = (c: CaseId): c is PeerCaseId => PEER_CASES.includes(c);
export const CONSOLE_CASES: readonly CaseId[] = ['e', 'f', 'g', 'h', 'i', 'j'];
export const isConsoleCase = (c: CaseId): c is ConsoleCaseId => CONSOLE_CASES.includes(c);

export const CASE_TITLES: Record<CaseId, string> = {
  a: '(a) referralInbox(first: 20) as mediator.fuyang',
  b: '(b) dispute page (parties, referrals, proceedings with deadlines, 20 events)',
  c: '(c) disputes(first: 50, filter: {status, region}) + organizations + next deadlines',
  d: '(d) registerDispute',
  e: '(e) day view: disputeStatusCounts (frontdesk)',
  f: '(f) day view: awaiting routing, first 50 (frontdesk)',
  g: '(g) day view: overdue, first 50 (frontdesk)',
  h: '(h) day view: due soon, first 50 (frontdesk)',
  i: '(i) my cases: assignedToMe, first 20 (mediator.fuyang)',
  j: '(j) statistics: own organization, this year to date (mediator.fuyang)',
};

/** An operation of the console as it sends it (web/src/gql, generated from the console's sources by codegen). */
const consoleOperation = (doc: DocumentNode) => () => print(doc);

export const HUB = {
  a: { query: () => operationFrom(LIFECYCLE, 'ReferralInbox'), operationName: 'ReferralInbox', viewer: 'mediator.fuyang' },
  b: { query: () => operationFrom(LIFECYCLE, 'DisputePage'), operationName: 'DisputePage', viewer: 'frontdesk' },
  c: { query: () => operationFrom(LIFECYCLE, 'DisputeList'), operationName: 'DisputeList', viewer: 'frontdesk' },
  d: { query: () => operationFrom(LIFECYCLE, 'RegisterDispute'), operationName: 'RegisterDispute', viewer: 'frontdesk' },
  // The frontdesk's 今日工作 (web/src/routes/frontdesk/DayView.tsx): the counts above, then one tab's list.
  e: { query: consoleOperation(FrontdeskStatusCountsDocument), operationName: 'FrontdeskStatusCounts', viewer: 'frontdesk' },
  f: { query: consoleOperation(DisputeListDocument), operationName: 'DisputeList', viewer: 'frontdesk' },
  g: { query: consoleOperation(DisputeListDocument), operationName: 'DisputeList', viewer: 'frontdesk' },
  h: { query: consoleOperation(DisputeListDocument), operationName: 'DisputeList', viewer: 'frontdesk' },
  // The handler's 我的案件 (web/src/routes/handler/MyCases.tsx, DisputeBrowser's page of 20).
  i: { query: consoleOperation(DisputeListDocument), operationName: 'DisputeList', viewer: 'mediator.fuyang' },
  // The statistics dashboard as it opens (web/src/routes/statistics/StatisticsDashboard.tsx): own organization, 1 January to today.
  j: { query: consoleOperation(DashboardStatisticsDocument), operationName: 'DashboardStatistics', viewer: 'mediator.fuyang' },
} as const;

/** Today in China (UTC+8), as the console computes it. */
const chinaToday = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/** (c)'s filter: one status, one district. */
export const LIST_FILTER = { status: 'IN_PROGRESS', region: '富阳区' } as const;

export function hubVariables(c: CaseId, ctx: { disputeId?: string; n?: number }): Record<string, unknown> {
  switch (c) {
    case 'a':
      return { first: 20 };
    case 'b':
      return { id: ctx.disputeId, eventsFirst: 20 };
    case 'c':
      return { first: 50, filter: { status: [LIST_FILTER.status], region: LIST_FILTER.region } };
    case 'e':
      return {};
    case 'f':
      return { first: 50, filter: { status: ['AWAITING_ROUTING'] } };
    case 'g':
      return { first: 50, filter: { overdue: true } };
    case 'h':
      return { first: 50, filter: { dueSoon: true } };
    case 'i':
      return { first: 20, filter: { assignedToMe: true } };
    case 'j':
      return { filter: { from: `${chinaToday().slice(0, 4)}-01-01`, to: chinaToday(), organizationId: null } };
    case 'd': {
      const n = ctx.n ?? 0;
      const seq = String(n % 1000).padStart(3, '0');
      return {
        input: {
          title: `压测登记的相邻通行纠纷 ${n}`,
          facts: '申请人称被申请人在共用通道堆放杂物，影响通行，协商未果，请求中心调处。',
          category: 'NEIGHBORHOOD',
          region: '富阳区',
          source: 'WALK_IN',
          amount: '1200.00',
          parties: [
            { role: 'APPLICANT', kind: 'PERSON', name: '张某明', idNumber: makeResidentId(`33011119800101${seq}`), phone: '13800138000', address: '富阳区桂花路1号' },
            { role: 'RESPONDENT', kind: 'PERSON', name: '李某华', idNumber: makeResidentId(`33011119820202${seq}`), phone: '13900139000', address: '富阳区桂花路3号' },
          ],
        },
      };
    }
  }
}

// ---------------------------------------------------------------- the peer (PostGraphile 4 default inflection, fake FKs from bench/peer/tags.json)

const PEER_DEADLINE = 'kind dueOn rule startOn pauses extended metOn open paused provisional dueSoonOn';

export const PEER = {
  a: `query PeerInbox($org: UUID!) {
  allReferrals(condition: { toOrganizationId: $org }, orderBy: [CREATED_AT_DESC, ID_DESC], first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id kind channel status reason declineReason
        organizationByFromOrganizationId { id name }
        organizationByToOrganizationId { id name }
        deadlinesByReferralId(condition: { kind: "REFERRAL_RESPONSE" }, first: 1) { nodes { ${PEER_DEADLINE} } }
        proceedingByProceedingId { id status }
        disputeByDisputeId { id code partiesByDisputeId(orderBy: POSITION_ASC) { nodes { idNumber phone } } }
      }
    }
  }
}`,
  b: `query PeerDisputePage($id: UUID!) {
  disputeById(id: $id) {
    id code title status version amount region category source receivedAt closedAt
    matterByMatterId { code name }
    organizationByCurrentOrganizationId { id name }
    partiesByDisputeId(orderBy: POSITION_ASC) { nodes { id role kind name idType idNumber phone address } }
    referralsByDisputeId(orderBy: [CREATED_AT_ASC, ID_ASC]) {
      nodes {
        id kind channel status reason declineReason
        organizationByFromOrganizationId { id name }
        organizationByToOrganizationId { id name }
        deadlinesByReferralId(condition: { kind: "REFERRAL_RESPONSE" }, first: 1) { nodes { ${PEER_DEADLINE} } }
        proceedingByProceedingId { id status }
      }
    }
    proceedingsByDisputeId(orderBy: [STARTED_AT_ASC, ID_ASC]) {
      nodes {
        id status version channel procedure caseNumber receivedAt acceptedAt
        organizationByOrganizationId { id name }
        matterByMatterId { code }
        deadlinesByProceedingId { nodes { ${PEER_DEADLINE} } }
        proceedingPausesByProceedingId(orderBy: STARTED_AT_ASC) { nodes { reason note startedAt endedAt } }
        extensionsByProceedingId(orderBy: AT_ASC) { nodes { amount unit reason basis approverName hubUserByRecordedBy { username } } }
        outcomeKind outcomeSettles outcomeSummary outcomeDocumentNumber outcomeEffectiveOn
      }
    }
    deadlinesByDisputeId(orderBy: [CREATED_AT_ASC, ID_ASC]) { nodes { ${PEER_DEADLINE} } }
    disputeEventsByDisputeId(orderBy: SEQ_ASC, first: 20) {
      edges {
        cursor
        node { type summary at data referralId proceedingId hubUserByActorUserId { username } organizationByOrganizationId { name } }
      }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
}`,
  c: `query PeerDisputeList($status: String!, $region: String!) {
  allDisputes(condition: { status: $status, region: $region }, orderBy: [RECEIVED_AT_DESC, ID_DESC], first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id code status region category receivedAt
        organizationByCurrentOrganizationId { name }
        deadlinesByDisputeId(condition: { open: true }, orderBy: [DUE_ON_ASC, ID_ASC], first: 1) { nodes { ${PEER_DEADLINE} } }
      }
    }
  }
}`,
} as const;

// ---------------------------------------------------------------- the second peer (PostGraphile 5, amber preset's inflection)

/**
 * PostGraphile 5's names differ from 4's in one way that matters here: with the Node interface,
 * `id` is the global node id and the primary-key column is `rowId` (`disputeByRowId(rowId:)`,
 * orderBy `ROW_ID_DESC`); everything else (allReferrals, condition, the relation fields from
 * bench/peer/tags.json) keeps its 4.14 name. The queries below select the same data as PEER and
 * alias `rowId` back to `id`, so the two peers' answers can be compared field for field.
 */
export const PEER5 = {
  a: `query Peer5Inbox($org: UUID!) {
  allReferrals(condition: { toOrganizationId: $org }, orderBy: [CREATED_AT_DESC, ROW_ID_DESC], first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id: rowId kind channel status reason declineReason
        organizationByFromOrganizationId { id: rowId name }
        organizationByToOrganizationId { id: rowId name }
        deadlinesByReferralId(condition: { kind: "REFERRAL_RESPONSE" }, first: 1) { nodes { ${PEER_DEADLINE} } }
        proceedingByProceedingId { id: rowId status }
        disputeByDisputeId { id: rowId code partiesByDisputeId(orderBy: POSITION_ASC) { nodes { idNumber phone } } }
      }
    }
  }
}`,
  b: `query Peer5DisputePage($id: UUID!) {
  disputeById: disputeByRowId(rowId: $id) {
    id: rowId code title status version amount region category source receivedAt closedAt
    matterByMatterId { code name }
    organizationByCurrentOrganizationId { id: rowId name }
    partiesByDisputeId(orderBy: POSITION_ASC) { nodes { id: rowId role kind name idType idNumber phone address } }
    referralsByDisputeId(orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) {
      nodes {
        id: rowId kind channel status reason declineReason
        organizationByFromOrganizationId { id: rowId name }
        organizationByToOrganizationId { id: rowId name }
        deadlinesByReferralId(condition: { kind: "REFERRAL_RESPONSE" }, first: 1) { nodes { ${PEER_DEADLINE} } }
        proceedingByProceedingId { id: rowId status }
      }
    }
    proceedingsByDisputeId(orderBy: [STARTED_AT_ASC, ROW_ID_ASC]) {
      nodes {
        id: rowId status version channel procedure caseNumber receivedAt acceptedAt
        organizationByOrganizationId { id: rowId name }
        matterByMatterId { code }
        deadlinesByProceedingId { nodes { ${PEER_DEADLINE} } }
        proceedingPausesByProceedingId(orderBy: STARTED_AT_ASC) { nodes { reason note startedAt endedAt } }
        extensionsByProceedingId(orderBy: AT_ASC) { nodes { amount unit reason basis approverName hubUserByRecordedBy { username } } }
        outcomeKind outcomeSettles outcomeSummary outcomeDocumentNumber outcomeEffectiveOn
      }
    }
    deadlinesByDisputeId(orderBy: [CREATED_AT_ASC, ROW_ID_ASC]) { nodes { ${PEER_DEADLINE} } }
    disputeEventsByDisputeId(orderBy: SEQ_ASC, first: 20) {
      edges {
        cursor
        node { type summary at data referralId proceedingId hubUserByActorUserId { username } organizationByOrganizationId { name } }
      }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
}`,
  c: `query Peer5DisputeList($status: String!, $region: String!) {
  allDisputes(condition: { status: $status, region: $region }, orderBy: [RECEIVED_AT_DESC, ROW_ID_DESC], first: 50) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      cursor
      node {
        id: rowId code status region category receivedAt
        organizationByCurrentOrganizationId { name }
        deadlinesByDisputeId(condition: { open: true }, orderBy: [DUE_ON_ASC, ROW_ID_ASC], first: 1) { nodes { ${PEER_DEADLINE} } }
      }
    }
  }
}`,
} as const;

export function peerVariables(c: PeerCaseId, ctx: { disputeId?: string; mediatorOrgId: string }): Record<string, unknown> {
  if (c === 'a') return { org: ctx.mediatorOrgId };
  if (c === 'b') return { id: ctx.disputeId };
  return { status: LIST_FILTER.status, region: LIST_FILTER.region };
}
