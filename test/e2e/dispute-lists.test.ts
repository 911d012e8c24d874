import {
  AcceptReferralDocument,
  AdmitProceedingDocument,
  CloseDisputeDocument,
  ConcludeProceedingDocument,
  DeclineReferralDocument,
  DisputeDeadlineStatesDocument,
  ExtendProceedingDocument,
  InboxListDocument,
  ListDisputesDocument,
  PauseProceedingDocument,
  ReferDisputeDocument,
  RegisterDisputeDocument,
  WithdrawDisputeDocument,
  type Channel,
  type DisputeCategory,
  type DisputeFilter,
  type DisputeStatus,
  type InboxListQuery,
  type ListDisputesQuery,
  type ReferralStatus,
  type RegisterDisputeInput,
} from '../generated/graphql';
import { neighbourhoodDispute, procurementComplaint, residentId } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// Query.disputes (every DisputeFilter field, keyset pagination, errors) and
// Query.referralInbox, over 30 disputes registered through the API on a fixed
// business clock: received at different instants (three at the same instant,
// so that a page boundary falls inside a tie), referred, accepted, declined,
// paused, extended, resolved, closed and withdrawn, some with overdue clocks.

let clock = at('2026-03-02', '09:00');
let t: TestHub;

function at(date: string, time = '10:00'): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

// ---------------------------------------------------------------- the model the lists are checked against

type OrgKey = 'center' | 'fuyangMediation' | 'gongshuMediation' | 'fuyangFinance' | 'laborArbitration';
const ORG_NAMES: Record<OrgKey, string> = {
  center: '杭州市社会矛盾纠纷调处化解中心',
  fuyangMediation: '富阳区人民调解委员会',
  gongshuMediation: '拱墅区人民调解委员会',
  fuyangFinance: '富阳区财政局',
  laborArbitration: '杭州市劳动人事争议仲裁委员会',
};
const orgId = {} as Record<OrgKey, string>;

type Action =
  | 'none' // awaiting routing at the center
  | 'referFuyangPending'
  | 'referFuyangAccept'
  | 'referFuyangAcceptExtend'
  | 'referFuyangDecline'
  | 'referFuyangResolveClose'
  | 'referFuyangLater' // registered, referred only on 03-19 (pending, not yet overdue)
  | 'referGongshuPending'
  | 'referGongshuAccept'
  | 'referLaborPending'
  | 'procurementAccept' // in acceptance review, its acceptance clock left to run out
  | 'procurementAdmitPause'
  | 'close'
  | 'withdraw';

interface Spec {
  n: number;
  date: string;
  time: string;
  category: DisputeCategory;
  region: string;
  action: Action;
  title?: string;
  facts?: string;
  respondent?: string;
}

// Three disputes (9, 10, 11) share one instant: newest first they are positions 19..21, across the boundary of pages of 7.
const SPECS: Spec[] = [
  { n: 1, date: '2026-03-02', time: '09:00', category: 'NEIGHBORHOOD', region: '富阳区', action: 'referFuyangAccept' },
  { n: 2, date: '2026-03-02', time: '10:30', category: 'GOVERNMENT_PROCUREMENT', region: '富阳区', action: 'procurementAccept' },
  { n: 3, date: '2026-03-02', time: '14:00', category: 'FAMILY', region: '拱墅区', action: 'referGongshuAccept' },
  { n: 4, date: '2026-03-02', time: '23:30', category: 'CONSUMER', region: '西湖区', action: 'none', title: '网购WiFi路由器质量纠纷' },
  { n: 5, date: '2026-03-03', time: '00:10', category: 'LABOR', region: '萧山区', action: 'referLaborPending', title: '拖欠工资纠纷' },
  { n: 6, date: '2026-03-03', time: '09:00', category: 'PROPERTY_MANAGEMENT', region: '富阳区', action: 'referFuyangPending', title: '物业费上调50%争议' },
  { n: 7, date: '2026-03-03', time: '11:00', category: 'CONTRACT', region: '桐庐县', action: 'close', facts: '双方就合同编号A_17的履行发生争议，申请人请求调解。' },
  { n: 8, date: '2026-03-03', time: '15:00', category: 'CONTRACT', region: '拱墅区', action: 'none', title: 'AB17号仓库租赁合同纠纷', facts: '申请人请求对方赔偿500元押金。' },
  { n: 9, date: '2026-03-04', time: '10:00', category: 'NEIGHBORHOOD', region: '富阳区', action: 'referFuyangDecline' },
  { n: 10, date: '2026-03-04', time: '10:00', category: 'TRAFFIC', region: '西湖区', action: 'none', title: '非机动车剐蹭赔偿纠纷' },
  { n: 11, date: '2026-03-04', time: '10:00', category: 'NEIGHBORHOOD', region: '拱墅区', action: 'referGongshuPending' },
  { n: 12, date: '2026-03-04', time: '11:00', category: 'FAMILY', region: '富阳区', action: 'referFuyangAcceptExtend', title: '赡养费纠纷' },
  { n: 13, date: '2026-03-04', time: '16:00', category: 'GOVERNMENT_PROCUREMENT', region: '富阳区', action: 'procurementAdmitPause' },
  { n: 14, date: '2026-03-05', time: '09:00', category: 'CONSUMER', region: '富阳区', action: 'withdraw', title: '预付卡退费纠纷' },
  { n: 15, date: '2026-03-05', time: '13:00', category: 'LABOR', region: '富阳区', action: 'referFuyangAccept', title: '工伤待遇纠纷' },
  { n: 16, date: '2026-03-05', time: '20:00', category: 'MEDICAL', region: '拱墅区', action: 'none', title: '门诊治疗费用纠纷', respondent: '欧阳娜娜' },
  { n: 17, date: '2026-03-06', time: '09:00', category: 'PROPERTY_MANAGEMENT', region: '拱墅区', action: 'referGongshuAccept', title: '电梯维修费分摊纠纷' },
  { n: 18, date: '2026-03-06', time: '14:00', category: 'NEIGHBORHOOD', region: '桐庐县', action: 'close' },
  { n: 19, date: '2026-03-09', time: '09:00', category: 'CONSTRUCTION', region: '萧山区', action: 'none', title: '装修工程款纠纷', facts: '图纸存放于共享盘路径D:\\工程\\图纸，双方对工程量有争议。' },
  { n: 20, date: '2026-03-09', time: '11:00', category: 'NEIGHBORHOOD', region: '富阳区', action: 'referFuyangResolveClose' },
  { n: 21, date: '2026-03-09', time: '15:00', category: 'FAMILY', region: '西湖区', action: 'none', title: '继承房产分割纠纷' },
  { n: 22, date: '2026-03-10', time: '09:00', category: 'OTHER', region: '富阳区', action: 'referFuyangPending', title: '宅基地边界纠纷' },
  { n: 23, date: '2026-03-10', time: '14:00', category: 'CONTRACT', region: '拱墅区', action: 'referGongshuAccept', title: '买卖合同货款纠纷' },
  { n: 24, date: '2026-03-11', time: '09:00', category: 'GOVERNMENT_PROCUREMENT', region: '富阳区', action: 'procurementAccept' },
  { n: 25, date: '2026-03-11', time: '16:00', category: 'CONSUMER', region: '萧山区', action: 'none', title: '二手车买卖纠纷' },
  { n: 26, date: '2026-03-12', time: '09:00', category: 'NEIGHBORHOOD', region: '富阳区', action: 'referFuyangAccept' },
  { n: 27, date: '2026-03-12', time: '14:00', category: 'TRAFFIC', region: '桐庐县', action: 'none', title: '交通事故损害赔偿纠纷' },
  { n: 28, date: '2026-03-13', time: '09:00', category: 'FAMILY', region: '富阳区', action: 'referFuyangLater', title: '离婚财产分割纠纷' },
  { n: 29, date: '2026-03-13', time: '11:00', category: 'LABOR', region: '拱墅区', action: 'close', title: '劳动合同解除纠纷' },
  { n: 30, date: '2026-03-13', time: '15:00', category: 'NEIGHBORHOOD', region: '富阳区', action: 'none', title: '楼上漏水纠纷' },
];
const QUERY_DAY = '2026-03-20';

interface Model {
  n: number;
  id: string;
  code: string;
  title: string;
  category: DisputeCategory;
  region: string;
  receivedAt: string;
  status: DisputeStatus;
  holder: OrgKey;
  channels: Set<Channel>;
  overdue: boolean;
  partyNames: string[];
  facts: string;
  /** Referral to 富阳区人民调解委员会, if any. */
  fuyangReferral?: { id: string; status: ReferralStatus; createdAt: string };
}
const model: Model[] = [];
const byN = (n: number) => model.find((m) => m.n === n)!;

// ---------------------------------------------------------------- helpers

function noErrors<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

function expectCode(res: GqlResponse<unknown>, code: string) {
  expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
}

function typed<T extends { __typename?: string }, K extends string>(value: T, typename: K): Extract<T, { __typename?: K }> {
  if (value.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(value)}`);
  return value as Extract<T, { __typename?: K }>;
}

type Token = string;
let frontdesk: Token;
let mediatorFuyang: Token;
let mediatorGongshu: Token;
let financeFuyang: Token;

function inputFor(spec: Spec): RegisterDisputeInput {
  const base: RegisterDisputeInput =
    spec.category === 'GOVERNMENT_PROCUREMENT'
      ? procurementComplaint({ title: `富阳区政府采购项目投诉之${spec.n}` })
      : neighbourhoodDispute(spec.region, {
          category: spec.category,
          title: spec.title ?? `纠纷第${spec.n}号`,
          facts: spec.facts ?? `第${spec.n}号纠纷的事实与理由，申请人请求调处。`,
          parties: [
            { role: 'APPLICANT', kind: 'PERSON', name: `申请人${spec.n}号`, idNumber: residentId(), phone: '13900001111' },
            { role: 'RESPONDENT', kind: 'PERSON', name: spec.respondent ?? `被申请人${spec.n}号`, idNumber: residentId(), phone: '13900002222' },
          ],
        });
  return { ...base, region: spec.region };
}

async function register(spec: Spec): Promise<Model> {
  clock = at(spec.date, spec.time);
  const input = inputFor(spec);
  const d = typed(noErrors(await t.gql(RegisterDisputeDocument, { input }, frontdesk)).registerDispute, 'Dispute');
  const m: Model = {
    n: spec.n,
    id: d.id,
    code: d.code,
    title: input.title,
    category: spec.category,
    region: spec.region,
    receivedAt: clock.toISOString(),
    status: 'AWAITING_ROUTING',
    holder: 'center',
    channels: new Set(),
    overdue: false,
    partyNames: input.parties.map((p) => p.name),
    facts: input.facts,
  };
  model.push(m);
  return m;
}

async function refer(m: Model, to: OrgKey, channel: Channel, matterCode?: string) {
  const r = typed(
    noErrors(await t.gql(ReferDisputeDocument, { input: { disputeId: m.id, toOrganizationId: orgId[to], channel, kind: 'TRANSFER', matterCode, reason: '依职责转办' } }, frontdesk)).referDispute,
    'Referral',
  );
  m.status = 'REFERRED';
  m.channels.add(channel);
  if (to === 'fuyangMediation') m.fuyangReferral = { id: r.id, status: 'PENDING', createdAt: clock.toISOString() };
  return r;
}

async function accept(m: Model, referralId: string, token: Token, holder: OrgKey) {
  const r = typed(noErrors(await t.gql(AcceptReferralDocument, { id: referralId }, token)).acceptReferral, 'Referral');
  m.status = 'IN_PROGRESS';
  m.holder = holder;
  if (m.fuyangReferral) m.fuyangReferral.status = 'ACCEPTED';
  return r.proceeding!.id;
}

async function act(spec: Spec, m: Model) {
  switch (spec.action) {
    case 'none':
    case 'referFuyangLater':
      return;
    case 'referFuyangPending':
      await refer(m, 'fuyangMediation', 'MEDIATION');
      return;
    case 'referGongshuPending':
      await refer(m, 'gongshuMediation', 'MEDIATION');
      return;
    case 'referLaborPending':
      await refer(m, 'laborArbitration', 'ARBITRATION');
      return;
    case 'referFuyangAccept':
    case 'referFuyangAcceptExtend':
    case 'referFuyangResolveClose': {
      const r = await refer(m, 'fuyangMediation', 'MEDIATION');
      const proceedingId = await accept(m, r.id, mediatorFuyang, 'fuyangMediation');
      if (spec.action === 'referFuyangAcceptExtend') {
        typed(
          noErrors(await t.gql(ExtendProceedingDocument, { id: proceedingId, amount: 15, reason: '双方同意延长调解期限', basis: 'PARTIES_CONSENT' }, mediatorFuyang)).extendProceeding,
          'Proceeding',
        );
      }
      if (spec.action === 'referFuyangResolveClose') {
        typed(noErrors(await t.gql(ConcludeProceedingDocument, { input: { proceedingId, outcome: 'AGREEMENT', summary: '双方达成调解协议' } }, mediatorFuyang)).concludeProceeding, 'Proceeding');
        m.fuyangReferral!.status = 'COMPLETED';
        typed(noErrors(await t.gql(CloseDisputeDocument, { id: m.id, note: '协议已履行' }, frontdesk)).closeDispute, 'Dispute');
        m.status = 'CLOSED';
      }
      return;
    }
    case 'referFuyangDecline': {
      const r = await refer(m, 'fuyangMediation', 'MEDIATION');
      typed(noErrors(await t.gql(DeclineReferralDocument, { id: r.id, reason: '不属于本委员会受理范围' }, mediatorFuyang)).declineReferral, 'Referral');
      m.status = 'AWAITING_ROUTING';
      m.fuyangReferral!.status = 'DECLINED';
      return;
    }
    case 'referGongshuAccept': {
      const r = await refer(m, 'gongshuMediation', 'MEDIATION');
      await accept(m, r.id, mediatorGongshu, 'gongshuMediation');
      return;
    }
    case 'procurementAccept':
    case 'procurementAdmitPause': {
      const r = await refer(m, 'fuyangFinance', 'ADJUDICATION', 'GOV-PROCUREMENT-COMPLAINT');
      const proceedingId = await accept(m, r.id, financeFuyang, 'fuyangFinance');
      if (spec.action === 'procurementAdmitPause') {
        typed(noErrors(await t.gql(AdmitProceedingDocument, { id: proceedingId, caseNumber: `富财采投〔2026〕${spec.n}号` }, financeFuyang)).admitProceeding, 'Proceeding');
        typed(noErrors(await t.gql(PauseProceedingDocument, { id: proceedingId, reason: 'EXPERT_REVIEW', note: '专家论证' }, financeFuyang)).pauseProceeding, 'Proceeding');
      }
      return;
    }
    case 'close':
      typed(noErrors(await t.gql(CloseDisputeDocument, { id: m.id }, frontdesk)).closeDispute, 'Dispute');
      m.status = 'CLOSED';
      return;
    case 'withdraw':
      typed(noErrors(await t.gql(WithdrawDisputeDocument, { id: m.id, reason: '申请人自行和解' }, frontdesk)).withdrawDispute, 'Dispute');
      m.status = 'WITHDRAWN';
      return;
  }
}

/** Newest first: (receivedAt desc, id desc); uuid order in PostgreSQL is the order of the lowercase hex text. */
function newestFirst(ms: Model[]): string[] {
  return [...ms].sort((a, b) => (a.receivedAt === b.receivedAt ? (a.id < b.id ? 1 : -1) : a.receivedAt < b.receivedAt ? 1 : -1)).map((m) => m.id);
}

type Page = ListDisputesQuery['disputes'];
async function page(filter: DisputeFilter | null, first: number, after?: string | null, token = frontdesk): Promise<Page> {
  return noErrors(await t.gql(ListDisputesDocument, { filter, first, after }, token)).disputes;
}

/** Every dispute the filter gives, walking pages of `size`; checks totalCount and hasNextPage on the way. */
async function all(filter: DisputeFilter | null, size = 100): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  let total: number | null = null;
  for (let i = 0; i < 100; i++) {
    const p: Page = await page(filter, size, after);
    total ??= p.totalCount;
    expect(p.totalCount).toBe(total);
    ids.push(...p.edges.map((e) => e.node.id));
    if (!p.pageInfo.hasNextPage) break;
    expect(p.edges).toHaveLength(size);
    after = p.pageInfo.endCursor!;
  }
  expect(ids).toHaveLength(total!);
  return ids;
}

async function expectFilter(filter: DisputeFilter, pick: (m: Model) => boolean) {
  const expected = newestFirst(model.filter(pick));
  const got = await all(filter);
  const label = (ids: string[]) => ids.map((id) => model.find((m) => m.id === id)?.n ?? id);
  expect({ filter, disputes: label(got) }).toEqual({ filter, disputes: label(expected) });
  return got;
}

function cursor(parts: unknown[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

// ---------------------------------------------------------------- setup

beforeAll(async () => {
  t = await startTestHub({}, { now: () => clock });
  frontdesk = await t.login('frontdesk');
  mediatorFuyang = await t.login('mediator.fuyang');
  mediatorGongshu = await t.login('mediator.gongshu');
  financeFuyang = await t.login('adjudicator.fuyang-finance');
  const orgs = noErrors(await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, never>>('{ organizations { id name } }')).organizations;
  for (const key of Object.keys(ORG_NAMES) as OrgKey[]) orgId[key] = orgs.find((o) => o.name === ORG_NAMES[key])!.id;

  const before = await page(null, 1);
  expect(before.totalCount).toBe(0); // the tests below assume that only their disputes exist

  for (const spec of SPECS) await act(spec, await register(spec));

  // 03-19: dispute 28 is referred at last; its response clock (3 working days) runs to 03-24.
  clock = at('2026-03-19', '09:30');
  await refer(byN(28), 'fuyangMediation', 'MEDIATION');

  // Query day: pending referrals made by 03-16 are past their response day, and both procurement complaints
  // left in acceptance review are past their acceptance day (5 working days from receipt). Paused clocks,
  // mediation clocks (30 days from acceptance) and closed disputes are not overdue, but for dispute 7's follow-up
  // visit (回访): closed on 03-03, due within 10 working days (03-17).
  clock = at(QUERY_DAY, '10:00');
  for (const n of [2, 5, 6, 7, 11, 22, 24]) byN(n).overdue = true;
}, 240_000);

afterAll(async () => {
  await t?.stop();
});

// ---------------------------------------------------------------- filters

describe('Query.disputes filters', () => {
  it('lists every dispute newest first without a filter', async () => {
    expect(model).toHaveLength(30);
    await expectFilter({}, () => true);
    const p = await page(null, 3);
    expect(p.edges.map((e) => e.node.code)).toEqual([byN(30).code, byN(29).code, byN(28).code]);
    expect(p.edges[0].node).toMatchObject({ title: '楼上漏水纠纷', status: 'AWAITING_ROUTING', region: '富阳区', category: 'NEIGHBORHOOD', receivedAt: at('2026-03-13', '15:00').toISOString() });
  });

  it('the model agrees with what the API says about each dispute', async () => {
    const p = await page(null, 100);
    for (const e of p.edges) {
      const m = model.find((x) => x.id === e.node.id)!;
      expect({ n: m.n, status: e.node.status, holder: e.node.currentOrganization?.id, receivedAt: e.node.receivedAt }).toEqual({
        n: m.n,
        status: m.status,
        holder: orgId[m.holder],
        receivedAt: m.receivedAt,
      });
    }
    // overdue per the materialized clocks (the filter) must match the deadline states computed for display.
    for (const m of model) {
      const d = noErrors(await t.gql(DisputeDeadlineStatesDocument, { id: m.id }, frontdesk)).dispute!;
      expect({ n: m.n, overdue: d.deadlines.some((x) => x.state === 'OVERDUE') }).toEqual({ n: m.n, overdue: m.overdue });
    }
  });

  it('filters by status, one or several', async () => {
    await expectFilter({ status: ['AWAITING_ROUTING'] }, (m) => m.status === 'AWAITING_ROUTING');
    await expectFilter({ status: ['REFERRED', 'IN_PROGRESS'] }, (m) => m.status === 'REFERRED' || m.status === 'IN_PROGRESS');
    await expectFilter({ status: ['CLOSED', 'WITHDRAWN'] }, (m) => m.status === 'CLOSED' || m.status === 'WITHDRAWN');
    expect(await all({ status: ['RESOLVED'] })).toEqual([]);
    // An empty list means no status condition.
    await expectFilter({ status: [] }, () => true);
    const counts = Object.fromEntries(['AWAITING_ROUTING', 'REFERRED', 'IN_PROGRESS', 'CLOSED', 'WITHDRAWN'].map((s) => [s, model.filter((m) => m.status === s).length]));
    expect(counts).toEqual({ AWAITING_ROUTING: 10, REFERRED: 5, IN_PROGRESS: 10, CLOSED: 4, WITHDRAWN: 1 });
  });

  it('filters by category', async () => {
    await expectFilter({ category: ['NEIGHBORHOOD'] }, (m) => m.category === 'NEIGHBORHOOD');
    await expectFilter({ category: ['FAMILY', 'LABOR', 'MEDICAL'] }, (m) => ['FAMILY', 'LABOR', 'MEDICAL'].includes(m.category));
    expect(await all({ category: ['PATENT_INFRINGEMENT'] })).toEqual([]);
  });

  it('filters by channel: a referral or proceeding in that channel, whatever its outcome', async () => {
    const mediation = await expectFilter({ channel: 'MEDIATION' }, (m) => m.channels.has('MEDIATION'));
    // Declined (9), pending (6, 22, 28), accepted (1, 12, 15, 26), resolved and closed (20) at 富阳; 拱墅 (3, 11, 17, 23).
    expect(mediation.map((id) => model.find((m) => m.id === id)!.n).sort((a, b) => a - b)).toEqual([1, 3, 6, 9, 11, 12, 15, 17, 20, 22, 23, 26, 28]);
    await expectFilter({ channel: 'ADJUDICATION' }, (m) => m.channels.has('ADJUDICATION'));
    await expectFilter({ channel: 'ARBITRATION' }, (m) => m.n === 5);
    expect(await all({ channel: 'LITIGATION' })).toEqual([]);
  });

  it('filters by the organization that holds the dispute now', async () => {
    for (const key of Object.keys(ORG_NAMES) as OrgKey[]) await expectFilter({ organizationId: orgId[key] }, (m) => m.holder === key);
    expect((await all({ organizationId: orgId.fuyangMediation })).length).toBe(5); // 1, 12, 15, 26 and the closed 20
    expect(await all({ organizationId: orgId.laborArbitration })).toEqual([]); // referred there, not accepted
    expectCode(await t.gql(ListDisputesDocument, { filter: { organizationId: 'not-an-id' } }, frontdesk), 'BAD_USER_INPUT');
    expect(await all({ organizationId: '00000000-0000-4000-8000-000000000000' })).toEqual([]);
  });

  it('filters by region', async () => {
    await expectFilter({ region: '富阳区' }, (m) => m.region === '富阳区');
    await expectFilter({ region: '桐庐县' }, (m) => m.region === '桐庐县');
    expect(await all({ region: '富阳' })).toEqual([]); // exact, not a substring
  });

  it('filters overdue disputes: an open, running clock past its last day', async () => {
    const overdue = await expectFilter({ overdue: true }, (m) => m.overdue);
    expect(overdue.map((id) => model.find((m) => m.id === id)!.n).sort((a, b) => a - b)).toEqual([2, 5, 6, 7, 11, 22, 24]);
    await expectFilter({ overdue: false }, (m) => !m.overdue);
    // The day before dispute 22's response day ran out (03-13) only the earlier ones were overdue.
    const saved = clock;
    clock = at('2026-03-13', '18:00');
    try {
      await expectFilter({ overdue: true }, (m) => [2, 5, 6, 11].includes(m.n));
      // On 03-16 dispute 22 (due 03-13) is overdue, dispute 24 (acceptance due 03-18) not yet.
      clock = at('2026-03-16', '08:00');
      await expectFilter({ overdue: true }, (m) => [2, 5, 6, 11, 22].includes(m.n));
    } finally {
      clock = saved;
    }
  });

  it('filters disputes whose running clock is due soon, as the deadline states computed for display say, on several days', async () => {
    const saved = clock;
    let seen = 0;
    try {
      for (const day of ['2026-03-10', '2026-03-13', '2026-03-16', QUERY_DAY]) {
        clock = at(day, '09:00');
        const dueSoon = new Set<number>();
        for (const m of model) {
          const d = noErrors(await t.gql(DisputeDeadlineStatesDocument, { id: m.id }, frontdesk)).dispute!;
          if (d.deadlines.some((x) => x.state === 'DUE_SOON' && x.kind !== 'JUDICIAL_CONFIRMATION_APPLICATION')) dueSoon.add(m.n);
        }
        seen += dueSoon.size;
        await expectFilter({ dueSoon: true }, (m) => dueSoon.has(m.n));
        await expectFilter({ dueSoon: false }, (m) => !dueSoon.has(m.n));
      }
    } finally {
      clock = saved;
    }
    // The days were chosen so that the filter is exercised with disputes in the window, not only empty ones.
    expect(seen).toBeGreaterThan(0);
  });

  it('searches code, title, facts and party names, case-insensitively', async () => {
    await expectFilter({ search: byN(16).code.toLowerCase() }, (m) => m.n === 16);
    await expectFilter({ search: 'hz2026-' }, () => true);
    await expectFilter({ search: 'wifi' }, (m) => m.n === 4);
    await expectFilter({ search: '  WIFI路由器 ' }, (m) => m.n === 4); // trimmed
    await expectFilter({ search: '赡养费' }, (m) => m.n === 12); // title
    await expectFilter({ search: '押金' }, (m) => m.n === 8); // facts
    await expectFilter({ search: '欧阳娜娜' }, (m) => m.n === 16); // a party's name
    await expectFilter({ search: '申请人7号' }, (m) => m.n === 7);
    await expectFilter({ search: '政府采购项目投诉' }, (m) => m.category === 'GOVERNMENT_PROCUREMENT');
    await expectFilter({ search: '杭州某某科技' }, (m) => m.category === 'GOVERNMENT_PROCUREMENT'); // the complainant, a party
    expect(await all({ search: '没有这样的纠纷' })).toEqual([]);
  });

  it('treats % _ and \\ in the search literally', async () => {
    // '50%' as a pattern would also match dispute 8's "500元"; '_' would match "AB17" (8) for "A_17" (7).
    await expectFilter({ search: '50%' }, (m) => m.n === 6);
    await expectFilter({ search: 'A_17' }, (m) => m.n === 7);
    await expectFilter({ search: '%' }, (m) => m.n === 6);
    await expectFilter({ search: '_' }, (m) => m.n === 7);
    await expectFilter({ search: 'D:\\工程' }, (m) => m.n === 19);
    await expectFilter({ search: '\\' }, (m) => m.n === 19);
    expect(await all({ search: '5_0' })).toEqual([]);
    expect(await all({ search: 'A%17' })).toEqual([]);
    // A blank search is no condition; an overlong one is bad input.
    await expectFilter({ search: '   ' }, () => true);
    expectCode(await t.gql(ListDisputesDocument, { filter: { search: 'x'.repeat(101) } }, frontdesk), 'BAD_USER_INPUT');
  });

  it('filters by the China date of receipt, both ends inclusive', async () => {
    const day = (iso: string) => new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    // Dispute 4 was received at 2026-03-02 23:30 +08:00 (15:30 UTC): 03-02, not 03-03; dispute 5 at 00:10 on 03-03.
    const on0302 = await expectFilter({ receivedFrom: '2026-03-02', receivedTo: '2026-03-02' }, (m) => day(m.receivedAt) === '2026-03-02');
    expect(on0302).toContain(byN(4).id);
    expect(on0302).not.toContain(byN(5).id);
    const on0303 = await expectFilter({ receivedFrom: '2026-03-03', receivedTo: '2026-03-03' }, (m) => day(m.receivedAt) === '2026-03-03');
    expect(on0303).not.toContain(byN(4).id);
    expect(on0303).toContain(byN(5).id);
    await expectFilter({ receivedFrom: '2026-03-09' }, (m) => day(m.receivedAt) >= '2026-03-09');
    await expectFilter({ receivedTo: '2026-03-04' }, (m) => day(m.receivedAt) <= '2026-03-04');
    await expectFilter({ receivedFrom: '2026-03-07', receivedTo: '2026-03-08' }, () => false); // a weekend without registrations
    expect(await all({ receivedFrom: '2026-03-05', receivedTo: '2026-03-04' })).toEqual([]);
    // The ends of the Date scalar's range are no server error.
    await expectFilter({ receivedFrom: '1900-01-01', receivedTo: '2999-12-31' }, () => true);
    expectCode(await t.gql(ListDisputesDocument, { filter: { receivedFrom: '2026-02-30' } }, frontdesk), 'BAD_USER_INPUT');
    expectCode(await t.gql(ListDisputesDocument, { filter: { receivedTo: '2026-03-02T10:00:00Z' } }, frontdesk), 'BAD_USER_INPUT');
  });

  it('combines filters with AND', async () => {
    await expectFilter(
      { region: '富阳区', status: ['IN_PROGRESS'], category: ['NEIGHBORHOOD', 'FAMILY'] },
      (m) => m.region === '富阳区' && m.status === 'IN_PROGRESS' && ['NEIGHBORHOOD', 'FAMILY'].includes(m.category),
    );
    await expectFilter({ channel: 'MEDIATION', overdue: true }, (m) => m.channels.has('MEDIATION') && m.overdue);
    await expectFilter({ channel: 'MEDIATION', organizationId: orgId.center, status: ['REFERRED'] }, (m) => m.channels.has('MEDIATION') && m.holder === 'center' && m.status === 'REFERRED');
    await expectFilter(
      { region: '拱墅区', receivedFrom: '2026-03-05', search: '纠纷' },
      (m) => m.region === '拱墅区' && m.receivedAt >= at('2026-03-05', '00:00').toISOString() && /纠纷/.test(m.title + m.facts),
    );
    await expectFilter({ overdue: false, status: ['IN_PROGRESS'], organizationId: orgId.fuyangFinance }, (m) => m.n === 13);
    await expectFilter({ search: '纠纷', category: ['GOVERNMENT_PROCUREMENT'] }, () => false);
  });

  it('applies the same filters under a handler’s visibility', async () => {
    // mediator.fuyang sees disputes referred to its committee (any outcome), nothing else.
    const visible = (m: Model) => !!m.fuyangReferral;
    const got = (await t.gql(ListDisputesDocument, { filter: {}, first: 100 }, mediatorFuyang)).data!.disputes;
    expect(new Set(got.edges.map((e) => e.node.id))).toEqual(new Set(model.filter(visible).map((m) => m.id)));
    expect(got.totalCount).toBe(9);
    const overdue = (await t.gql(ListDisputesDocument, { filter: { overdue: true }, first: 100 }, mediatorFuyang)).data!.disputes;
    expect(overdue.edges.map((e) => e.node.id)).toEqual(newestFirst(model.filter((m) => visible(m) && m.overdue)));
    expect(overdue.totalCount).toBe(2); // 6 and 22
  });

  it('counts what it lists for a reviewer too, whose visibility reads the dispute’s status', async () => {
    // A count with one clock or assignment condition skips the dispute table unless the visibility needs it (a REVIEWER's does).
    const reviewer = await t.login('reviewer');
    const visible = (m: Model) => m.status === 'CLOSED' || m.status === 'WITHDRAWN';
    for (const filter of [{ overdue: true }, { overdue: false }, { dueSoon: false }, {}]) {
      const got = noErrors(await t.gql(ListDisputesDocument, { filter, first: 100 }, reviewer)).disputes;
      const expected = model.filter((m) => visible(m) && ('overdue' in filter ? m.overdue === filter.overdue : true));
      if (!('dueSoon' in filter)) expect({ filter, ids: got.edges.map((e) => e.node.id) }).toEqual({ filter, ids: newestFirst(expected) });
      expect({ filter, totalCount: got.totalCount }).toEqual({ filter, totalCount: got.edges.length });
    }
  });
});

// ---------------------------------------------------------------- keyset pagination

describe('Query.disputes pagination', () => {
  it('walks pages of 7: each dispute once, newest first, stable, constant totalCount', async () => {
    const expected = newestFirst(model);
    for (let round = 0; round < 2; round++) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const p: Page = await page(null, 7, after);
        pages++;
        expect(p.totalCount).toBe(30);
        expect(p.pageInfo.hasPreviousPage).toBe(after !== null);
        expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor ?? null);
        expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor ?? null);
        seen.push(...p.edges.map((e) => e.node.id));
        if (!p.pageInfo.hasNextPage) {
          expect(p.edges.length).toBeLessThanOrEqual(7);
          break;
        }
        expect(p.edges).toHaveLength(7);
        after = p.pageInfo.endCursor;
      }
      expect(pages).toBe(5); // 7 + 7 + 7 + 7 + 2
      expect(seen).toEqual(expected);
      expect(new Set(seen).size).toBe(30);
      // Disputes 9, 10 and 11 share one instant and straddle the boundary of pages 3 and 4.
      const tied = [9, 10, 11].map((n) => seen.indexOf(byN(n).id)).sort((a, b) => a - b);
      expect(tied).toEqual([19, 20, 21]);
    }
    // The filtered list pages the same way.
    const fuyang = newestFirst(model.filter((m) => m.region === '富阳区'));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: Page = await page({ region: '富阳区' }, 4, after);
      expect(p.totalCount).toBe(fuyang.length);
      seen.push(...p.edges.map((e) => e.node.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(fuyang);
  });

  it('a page of exactly the rest has hasNextPage false; a cursor past the end gives an empty page', async () => {
    const first = await page(null, 30);
    expect(first.edges).toHaveLength(30);
    expect(first.pageInfo.hasNextPage).toBe(false);
    const rest = await page(null, 10, first.pageInfo.endCursor);
    expect(rest.edges).toEqual([]);
    expect(rest.totalCount).toBe(30);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('first: 0 gives no edges but the total count', async () => {
    const p = await page(null, 0);
    expect(p.edges).toEqual([]);
    expect(p.totalCount).toBe(30);
    expect(p.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
    const filtered = await page({ status: ['REFERRED'] }, 0);
    expect(filtered).toMatchObject({ edges: [], totalCount: 5, pageInfo: { hasNextPage: true } });
    expect(await page({ status: ['RESOLVED'] }, 0)).toMatchObject({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false } });
    // After a cursor: whether anything follows it.
    const seventh = (await page(null, 7)).pageInfo.endCursor;
    expect(await page(null, 0, seventh)).toMatchObject({ edges: [], totalCount: 30, pageInfo: { hasNextPage: true, hasPreviousPage: true } });
    const last = (await page(null, 30)).pageInfo.endCursor;
    expect(await page(null, 0, last)).toMatchObject({ edges: [], totalCount: 30, pageInfo: { hasNextPage: false } });
  });

  it('rejects first outside 0..100 and cursors it did not give out with BAD_USER_INPUT', async () => {
    for (const first of [101, -1, 1000]) expectCode(await t.gql(ListDisputesDocument, { first }, frontdesk), 'BAD_USER_INPUT');
    expect((await page(null, 100)).edges).toHaveLength(30);
    const uuid = byN(10).id;
    const forged = [
      'garbage!',
      'not a cursor',
      'e30', // {}
      'x'.repeat(500),
      Buffer.from('not json').toString('base64url'),
      cursor(['d']),
      cursor(['d', '2026-03-05T00:00:00.000Z']),
      cursor(['d', '2026-03-05T00:00:00.000Z', uuid, 'extra']),
      cursor(['d', 20260305, uuid]),
      cursor(['d', '2026-03-05T00:00:00.000Z', 42]),
      cursor(['d', 'yesterday', uuid]),
      cursor(['d', '2026-03-05T00:00:00.000Z', 'not-a-uuid']),
      cursor(['d', '2026-03-05T00:00:00.000Z', "' or 1=1 --"]),
      cursor(['r', '2026-03-05T00:00:00.000Z', uuid]), // a referral cursor
      cursor(['ev', '12']), // an event cursor
      cursor({ 0: 'd', 1: '2026-03-05T00:00:00.000Z', 2: uuid } as never),
      // Dates JavaScript parses but PostgreSQL cannot store.
      cursor(['d', '-271821-04-20T00:00:00.000Z', uuid]),
      cursor(['d', '-010000-01-01T00:00:00.000Z', uuid]),
      cursor(['d', '0000-06-01T00:00:00.000Z', uuid]),
      cursor(['d', '2026-03-05T00:00:00Z', uuid]), // not as toISOString writes it
      cursor(['d', '2026-02-30T00:00:00.000Z', uuid]),
    ];
    for (const after of forged) {
      const res = await t.gql(ListDisputesDocument, { first: 5, after }, frontdesk);
      expect({ after, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({ after, codes: ['BAD_USER_INPUT'] });
    }
  });

  it('a well-formed cursor of a position still pages from that position, never a server error', async () => {
    // A (receivedAt, id) pair nobody was given: the disputes older than it.
    const p = await page(null, 100, cursor(['d', at('2026-03-05', '12:00').toISOString(), '00000000-0000-4000-8000-000000000000']));
    expect(p.edges.map((e) => e.node.id)).toEqual(newestFirst(model.filter((m) => m.receivedAt < at('2026-03-05', '12:00').toISOString())));
    for (const when of ['+275760-09-13T00:00:00.000Z', '1970-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z', '0001-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z']) {
      const res = await t.gql(ListDisputesDocument, { first: 5, after: cursor(['d', when, byN(1).id]) }, frontdesk);
      expect({ when, errors: (res.errors ?? []).filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR').map((e) => e.message) }).toEqual({ when, errors: [] });
    }
  });
});

// ---------------------------------------------------------------- referralInbox

describe('Query.referralInbox', () => {
  const fuyangReferrals = () =>
    model
      .filter((m) => m.fuyangReferral)
      .map((m) => ({ n: m.n, ...m.fuyangReferral! }))
      .sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1));

  it('lists only referrals to the viewer’s organization, newest first', async () => {
    const inbox = noErrors(await t.gql(InboxListDocument, { first: 50 }, mediatorFuyang)).referralInbox;
    const expected = fuyangReferrals();
    expect(expected.map((r) => r.n)).toEqual([28, 26, 22, 20, 15, 12, 9, 6, 1]);
    expect(inbox.totalCount).toBe(9);
    expect(inbox.edges.map((e) => ({ id: e.node.id, status: e.node.status, createdAt: e.node.createdAt }))).toEqual(expected.map(({ id, status, createdAt }) => ({ id, status, createdAt })));
    for (const e of inbox.edges) {
      expect(e.node.toOrganization.name).toBe('富阳区人民调解委员会');
      expect(e.node.channel).toBe('MEDIATION');
    }
    expect(inbox.edges.map((e) => e.node.dispute.code)).toEqual(expected.map((r) => byN(r.n).code));
    expect(inbox.pageInfo.hasNextPage).toBe(false);

    // Another committee sees its own referrals only; the center receives none.
    const gongshu = noErrors(await t.gql(InboxListDocument, { first: 50 }, mediatorGongshu)).referralInbox;
    expect(gongshu.edges.map((e) => e.node.dispute.id).sort()).toEqual(
      model
        .filter((m) => m.channels.has('MEDIATION') && !m.fuyangReferral)
        .map((m) => m.id)
        .sort(),
    );
    expect(gongshu.edges.every((e) => e.node.toOrganization.name === '拱墅区人民调解委员会')).toBe(true);
    const center = noErrors(await t.gql(InboxListDocument, {}, frontdesk)).referralInbox;
    expect(center).toMatchObject({ edges: [], totalCount: 0 });
  });

  it('filters by status', async () => {
    const byStatus = async (status: ReferralStatus[]) => noErrors(await t.gql(InboxListDocument, { status, first: 50 }, mediatorFuyang)).referralInbox;
    const pending = await byStatus(['PENDING']);
    expect(pending.edges.map((e) => model.find((m) => m.id === e.node.dispute.id)!.n)).toEqual([28, 22, 6]);
    expect(pending.totalCount).toBe(3);
    const answered = await byStatus(['ACCEPTED', 'DECLINED']);
    expect(answered.edges.map((e) => model.find((m) => m.id === e.node.dispute.id)!.n)).toEqual([26, 15, 12, 9, 1]);
    expect(answered.edges.map((e) => e.node.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'DECLINED', 'ACCEPTED']);
    const completed = await byStatus(['COMPLETED']);
    expect(completed.edges.map((e) => model.find((m) => m.id === e.node.dispute.id)!.n)).toEqual([20]);
    expect((await byStatus(['CANCELLED'])).totalCount).toBe(0);
    expect((await byStatus([])).totalCount).toBe(9);
  });

  it('pages with first/after', async () => {
    const expected = fuyangReferrals().map((r) => r.id);
    for (const size of [1, 2, 4]) {
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const inbox: InboxListQuery['referralInbox'] = noErrors(await t.gql(InboxListDocument, { first: size, after }, mediatorFuyang)).referralInbox;
        expect(inbox.totalCount).toBe(9);
        expect(inbox.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...inbox.edges.map((e) => e.node.id));
        if (!inbox.pageInfo.hasNextPage) break;
        expect(inbox.edges).toHaveLength(size);
        after = inbox.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    }
    const pending = noErrors(await t.gql(InboxListDocument, { status: ['PENDING'], first: 2 }, mediatorFuyang)).referralInbox;
    const rest = noErrors(await t.gql(InboxListDocument, { status: ['PENDING'], first: 2, after: pending.pageInfo.endCursor }, mediatorFuyang)).referralInbox;
    expect([...pending.edges, ...rest.edges].map((e) => model.find((m) => m.id === e.node.dispute.id)!.n)).toEqual([28, 22, 6]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    // A status named twice filters as once (the statement's text depends on the distinct statuses only).
    const twice = noErrors(await t.gql(InboxListDocument, { status: ['PENDING', 'PENDING'], first: 5 }, mediatorFuyang)).referralInbox;
    expect(twice.edges.map((e) => e.node.id)).toEqual([...pending.edges, ...rest.edges].map((e) => e.node.id));
    expect(twice.totalCount).toBe(3);
    const none = noErrors(await t.gql(InboxListDocument, { first: 0 }, mediatorFuyang)).referralInbox;
    expect(none).toMatchObject({ edges: [], totalCount: 9, pageInfo: { hasNextPage: true } });
  });

  it('rejects bad first and cursors with BAD_USER_INPUT', async () => {
    for (const first of [101, -1]) expectCode(await t.gql(InboxListDocument, { first }, mediatorFuyang), 'BAD_USER_INPUT');
    const disputeCursor = (await page(null, 1)).pageInfo.endCursor!;
    for (const after of ['garbage!', 'e30', disputeCursor, cursor(['r', 'soon', byN(1).id]), cursor(['r', '-271821-04-20T00:00:00.000Z', byN(1).id])]) {
      const res = await t.gql(InboxListDocument, { first: 5, after }, mediatorFuyang);
      expect({ after, codes: res.errors?.map((e) => e.extensions?.code) }).toEqual({ after, codes: ['BAD_USER_INPUT'] });
    }
    expectCode(await t.gql(InboxListDocument, { first: 5 }, null), 'UNAUTHENTICATED');
  });
});

// ---------------------------------------------------------------- last: it adds disputes

describe('Query.disputes pagination while disputes are registered', () => {
  it('registering new disputes between page requests neither repeats nor skips the older ones', async () => {
    const expected = newestFirst(model);
    const seen: string[] = [];
    let p = await page(null, 7);
    seen.push(...p.edges.map((e) => e.node.id));
    const added: Model[] = [];
    for (let i = 0; i < 3; i++) {
      // Newer than everything listed so far.
      const spec: Spec = { n: 100 + i, date: '2026-03-20', time: `1${i}:00`, category: 'OTHER', region: '富阳区', action: 'none', title: `新登记纠纷${i}` };
      added.push(await register(spec));
      p = await page(null, 7, p.pageInfo.endCursor);
      seen.push(...p.edges.map((e) => e.node.id));
      expect(p.totalCount).toBe(31 + i);
    }
    while (p.pageInfo.hasNextPage) {
      p = await page(null, 7, p.pageInfo.endCursor);
      seen.push(...p.edges.map((e) => e.node.id));
    }
    expect(seen).toEqual(expected);
    for (const m of added) expect(seen).not.toContain(m.id);
    // A fresh walk starts with them.
    expect((await page(null, 3)).edges.map((e) => e.node.id)).toEqual(added.map((m) => m.id).reverse());
  });
});
