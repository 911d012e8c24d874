/**
 * Demo disputes (seeds/demo-disputes.ts): a few dozen disputes created through
 * the services on a business clock, so that a new user sees every status,
 * every channel and clocks in every state. Checked through the API, as the
 * frontdesk would see them today.
 */
import { seedDemoDisputes } from '../../seeds/demo-disputes';
import { startTestHub, type TestHub } from '../support/test-hub';

const STATUSES = ['AWAITING_ROUTING', 'REFERRED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'WITHDRAWN'];
const CHANNELS = ['ADJUDICATION', 'MEDIATION', 'ARBITRATION', 'NOTARIZATION', 'JUDICIAL_APPRAISAL', 'PETITION', 'RECONSIDERATION', 'LITIGATION'];

const LIST = `
  query DemoList($filter: DisputeFilter, $first: Int) {
    disputes(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          code
          title
          status
          version
          source
          region
          receivedAt
          matter { code }
          currentOrganization { name }
          parties { idNumber phone }
          referrals { kind channel status toOrganization { name } responseDeadline { kind state dueOn } }
          proceedings {
            channel
            status
            organization { name }
            pauses { reason endedAt }
            extensions { amount unit basis }
            outcome { kind }
            handlingDeadline { kind state dueOn }
            acceptanceDeadline { kind state dueOn }
            judicialConfirmationApplicationDeadline { kind state dueOn }
            handlers { lead legalProfession user { username } }
            complianceIssues { code }
          }
          deadlines { kind state dueOn remaining }
          events(first: 50) { edges { node { type summary } } }
        }
      }
    }
  }
`;

interface DeadlineRow {
  kind: string;
  state: string;
  dueOn: string;
  remaining?: number | null;
}
interface DisputeRow {
  id: string;
  code: string;
  title: string;
  status: string;
  version: number;
  source: string;
  region: string;
  receivedAt: string;
  matter: { code: string } | null;
  currentOrganization: { name: string } | null;
  parties: { idNumber: string | null; phone: string | null }[];
  referrals: { kind: string; channel: string; status: string; toOrganization: { name: string }; responseDeadline: DeadlineRow }[];
  proceedings: {
    channel: string;
    status: string;
    organization: { name: string };
    pauses: { reason: string; endedAt: string | null }[];
    extensions: { amount: number; unit: string; basis: string }[];
    outcome: { kind: string } | null;
    handlingDeadline: DeadlineRow | null;
    acceptanceDeadline: DeadlineRow | null;
    judicialConfirmationApplicationDeadline: DeadlineRow | null;
    handlers: { lead: boolean; legalProfession: boolean; user: { username: string } }[];
    complianceIssues: { code: string }[];
  }[];
  deadlines: DeadlineRow[];
  events: { edges: { node: { type: string; summary: string } }[] };
}
interface ListData {
  disputes: { totalCount: number; edges: { node: DisputeRow }[] };
}

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
}, 120_000);
afterAll(async () => {
  await t?.stop();
});

async function list(token: string, filter: Record<string, unknown> | null = null): Promise<ListData['disputes']> {
  const res = await t.gql<ListData, Record<string, unknown>>(LIST, { filter, first: 100 }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.disputes;
}

async function counts(): Promise<Record<string, number>> {
  const conn = t.hub.orm.em.getConnection();
  const out: Record<string, number> = {};
  for (const table of ['dispute', 'party', 'referral', 'proceeding', 'deadline', 'dispute_event', 'dispute_access', 'audit_entry']) {
    const [row] = await conn.execute<{ n: string }[]>(`select count(*)::text as n from "${table}"`);
    out[table] = Number(row.n);
  }
  return out;
}

it('seeds a living hub through the services, idempotently', async () => {
  // Timing is not asserted (it is a few seconds on an idle machine): speed belongs in bench/.
  const created = await seedDemoDisputes(t.hub.services);
  expect(created).toBeGreaterThanOrEqual(30);

  const frontdesk = await t.login('frontdesk');
  const all = await list(frontdesk);
  expect(all.totalCount).toBe(created);
  const disputes = all.edges.map((e) => e.node);

  // Every status, every channel.
  expect(new Set(disputes.map((d) => d.status))).toEqual(new Set(STATUSES));
  const channels = new Set(disputes.flatMap((d) => [...d.referrals.map((r) => r.channel), ...d.proceedings.map((p) => p.channel)]));
  expect(channels).toEqual(new Set(CHANNELS));

  // Clocks in every state that matters today.
  const states = new Set(disputes.flatMap((d) => d.deadlines.map((x) => x.state)));
  for (const s of ['OVERDUE', 'DUE_SOON', 'ON_TRACK', 'PAUSED', 'MET', 'MISSED']) expect(states).toContain(s);
  const allDeadlines = disputes.flatMap((d) => d.deadlines);
  expect(allDeadlines.filter((x) => x.state === 'OVERDUE').length).toBeGreaterThanOrEqual(3);
  expect(allDeadlines.filter((x) => x.state === 'DUE_SOON').length).toBeGreaterThanOrEqual(3);
  expect(allDeadlines.filter((x) => x.state === 'PAUSED').length).toBeGreaterThanOrEqual(3);

  // The overdue filter finds the disputes whose open clocks ran out, and only those.
  const overdue = await list(frontdesk, { overdue: true });
  expect(overdue.totalCount).toBeGreaterThanOrEqual(3);
  for (const { node } of overdue.edges) expect(node.deadlines.map((x) => x.state)).toContain('OVERDUE');
  const overdueIds = new Set(overdue.edges.map((e) => e.node.id));
  for (const d of disputes) if (d.deadlines.some((x) => x.state === 'OVERDUE')) expect(overdueIds).toContain(d.id);
  // ... among them a referral nobody answered in time, an acceptance review and handling clocks.
  const overdueKinds = new Set(overdue.edges.flatMap((e) => e.node.deadlines.filter((x) => x.state === 'OVERDUE').map((x) => x.kind)));
  expect(overdueKinds).toEqual(new Set(['REFERRAL_RESPONSE', 'ACCEPTANCE', 'HANDLING']));

  // Scenarios the demo promises.
  const procs = disputes.flatMap((d) => d.proceedings.map((p) => ({ d, p })));
  const pausedFor = new Set(procs.filter(({ p }) => p.status === 'PAUSED').map(({ p }) => p.pauses.find((x) => x.endedAt === null)!.reason));
  expect([...pausedFor]).toEqual(expect.arrayContaining(['EXPERT_REVIEW', 'INSPECTION_OR_APPRAISAL']));
  expect(procs.some(({ p }) => p.status === 'ACCEPTANCE_REVIEW')).toBe(true);
  expect(procs.some(({ p }) => p.extensions.length > 0 && p.status === 'IN_PROGRESS')).toBe(true);
  // An agreement whose judicial-confirmation window is still open.
  expect(procs.some(({ d, p }) => d.status === 'RESOLVED' && p.outcome?.kind === 'AGREEMENT' && ['ON_TRACK', 'DUE_SOON'].includes(p.judicialConfirmationApplicationDeadline?.state ?? ''))).toBe(true);
  expect(procs.some(({ d, p }) => d.status === 'RESOLVED' && p.outcome?.kind === 'DECISION')).toBe(true);
  // Declined and re-routed; mediation failed and referred onward.
  expect(disputes.some((d) => d.referrals.some((r) => r.status === 'DECLINED') && d.referrals.some((r) => r.status !== 'DECLINED' && r.status !== 'CANCELLED'))).toBe(true);
  expect(disputes.some((d) => d.proceedings.some((p) => p.outcome?.kind === 'MEDIATION_FAILED') && d.referrals.length >= 2 && d.status === 'IN_PROGRESS')).toBe(true);
  // Litigation accepted by the court liaison's court.
  expect(procs.some(({ p }) => p.channel === 'LITIGATION' && p.organization.name === '杭州市中级人民法院' && p.status === 'IN_PROGRESS')).toBe(true);
  // Court-source disputes delegated to 富阳区人民调解委员会, one accepted and in progress.
  const delegated = disputes.filter((d) => d.source === 'COURT' && d.referrals.some((r) => r.kind === 'COURT_DELEGATED' && r.toOrganization.name === '富阳区人民调解委员会'));
  expect(delegated).toHaveLength(3);
  expect(delegated.some((d) => d.status === 'IN_PROGRESS')).toBe(true);
  // Procurement complaints in 富阳区 and 拱墅区, patent disputes in 桐庐县 and at the city, land in 富阳区 mediated first.
  const withMatter = (code: string) => disputes.filter((d) => d.matter?.code === code);
  expect(withMatter('GOV-PROCUREMENT-COMPLAINT').map((d) => d.region)).toEqual(expect.arrayContaining(['富阳区', '拱墅区']));
  expect(procs.filter(({ p }) => p.channel === 'ADJUDICATION').map(({ p }) => p.organization.name)).toEqual(
    expect.arrayContaining(['富阳区财政局', '拱墅区财政局', '桐庐县市场监督管理局', '杭州市市场监督管理局', '杭州市规划和自然资源局富阳分局']),
  );
  // Staff (#17): the city's patent case, admitted by its handler alone (the lead), shows the two-handler issue.
  const cityPatent = procs.find(({ d, p }) => d.matter?.code === 'PATENT-INFRINGEMENT' && p.organization.name === '杭州市市场监督管理局' && p.status === 'IN_PROGRESS')!;
  expect(cityPatent.p.handlers).toEqual([{ lead: true, legalProfession: true, user: { username: 'adjudicator.market' } }]);
  expect(cityPatent.p.complianceIssues.map((i) => i.code)).toEqual(['TOO_FEW_HANDLERS']);
  const land = withMatter('LAND-OWNERSHIP').find((d) => d.region === '富阳区')!;
  expect(land.referrals.map((r) => r.channel)).toEqual(expect.arrayContaining(['MEDIATION', 'ADJUDICATION']));

  // Realistic data: valid-looking parties, codes of the registration year, timelines that start with REGISTERED.
  for (const d of disputes) {
    expect(d.code).toMatch(/^HZ\d{4}-\d{6}$/);
    expect(d.events.edges[0].node.type).toBe('REGISTERED');
    expect(new Date(d.receivedAt).getTime()).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - new Date(d.receivedAt).getTime()).toBeLessThan(130 * 86_400_000);
  }
  expect(disputes.filter((d) => d.parties.some((p) => p.idNumber)).length).toBeGreaterThan(30);

  // Visibility follows real use: the court liaison sees what its court registered, referred or received.
  const court = await list(await t.login('court.liaison'));
  expect(court.totalCount).toBe(4);
  const mediator = await list(await t.login('mediator.fuyang'));
  expect(mediator.edges.map((e) => e.node.code)).toEqual(expect.arrayContaining(delegated.map((d) => d.code)));

  // A second call changes nothing.
  const before = await counts();
  expect(await seedDemoDisputes(t.hub.services)).toBe(0);
  expect(await counts()).toEqual(before);
  const again = await list(frontdesk);
  expect(again.edges.map((e) => [e.node.id, e.node.status, e.node.version])).toEqual(disputes.map((d) => [d.id, d.status, d.version]));
}, 120_000);
