// The lists of #16 and #17 send a fixed number of SQL statements whatever their length (the
// x-sql-statements header of non-production responses), nested fields included: the expert
// pool before and after it grows (on the demo data), the follow-up queue of 1 and of all, the staff roster of
// every organization, and a review campaign of one file and of all.
import { seedDemoDisputes } from '../../seeds/demo-disputes';
import { startTestHub, type TestHub } from '../support/test-hub';

jest.setTimeout(120_000);

type Vars = Record<string, unknown>;
let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
  // The demo disputes, with their expert pool, follow-ups and concluded procurement complaints.
  expect(await seedDemoDisputes(t.hub.services)).toBeGreaterThan(20);
});
afterAll(async () => {
  await t?.stop();
});

/** The statements of a request, after the same request once (caches of the directories warmed). */
async function statements<T>(query: string, variables: Vars, token: string): Promise<{ n: number; data: T }> {
  await t.gql(query, variables, token);
  const r = await t.gql<T, Vars>(query, variables, token);
  expect(r.errors).toBeUndefined();
  expect(typeof r.sqlStatements).toBe('number');
  return { n: r.sqlStatements!, data: r.data! };
}

async function mutate<T>(query: string, variables: Vars, token: string): Promise<T & { __typename: string }> {
  const r = await t.gql<Record<string, T & { __typename: string }>, Vars>(query, variables, token);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  const v = Object.values(r.data)[0];
  if (v.__typename.endsWith('Error')) throw new Error(JSON.stringify(v));
  return v;
}

it('experts: the pool with fields and relationships, before and after six more experts', async () => {
  const tok = await t.login('adjudicator.finance');
  const POOL = '{ experts { id name phone employer fields fieldList { code name } relationships { kind name creditCode endedOn } } }';
  type Pool = { experts: { fields: string[]; relationships: unknown[] }[] };
  const before = await statements<Pool>(POOL, {}, tok);
  expect(before.data.experts.length).toBeGreaterThanOrEqual(8);
  expect(before.data.experts.some((e) => e.relationships.length > 0)).toBe(true);
  const field = before.data.experts[0].fields[0];
  for (let i = 0; i < 6; i++) {
    await mutate(
      'mutation($i: CreateExpertInput!) { createExpert(input: $i) { __typename ... on ErrorResult { message } } }',
      { i: { name: `测试专家${i}`, fields: [field], title: '高级工程师', employer: `杭州某某环境科技有限公司${i}`, phone: '13912345678' } },
      tok,
    );
  }
  const after = await statements<Pool>(POOL, {}, tok);
  expect(after.data.experts.length).toBe(before.data.experts.length + 6);
  expect(after.n).toBe(before.n);
});

it('followUps: the queue of one and of all, with disputes, clocks and attempts', async () => {
  const admin = await t.login('admin');
  const QUEUE = `query($f: Int) { followUps(first: $f, status: [OPEN, VISITED, UNREACHABLE, CANCELLED]) { totalCount edges { node { id status visitedOn averageScore
    dispute { id code } organization { name } deadline { kind dueOn state } attempts { attemptedOn method } } } } }`;
  type Queue = { followUps: { totalCount: number; edges: unknown[] } };
  const one = await statements<Queue>(QUEUE, { f: 1 }, admin);
  const all = await statements<Queue>(QUEUE, { f: 50 }, admin);
  expect(one.data.followUps.edges).toHaveLength(1);
  expect(all.data.followUps.edges.length).toBeGreaterThanOrEqual(5);
  expect(all.data.followUps.edges).toHaveLength(all.data.followUps.totalCount);
  expect(all.n).toBe(one.n);
});

it('staffRoster: the same statements for every organization, whatever its number of staff', async () => {
  const admin = await t.login('admin');
  const orgs = (await t.gql<{ organizations: { id: string }[] }, Vars>('{ organizations { id } }', {}, admin)).data!.organizations;
  const ROSTER = `query($o: ID) { staffRoster(organizationId: $o) { organization { name } members { userId handlingUnit legalProfession
    qualifications { kind certificateNumber issuedOn } training { year hours } user { username displayName organization { name } } } } }`;
  const seen = new Map<number, number[]>();
  for (const o of orgs) {
    const r = await statements<{ staffRoster: { members: unknown[] } | null }>(ROSTER, { o: o.id }, admin);
    if (!r.data.staffRoster) continue;
    const sizes = seen.get(r.n) ?? [];
    sizes.push(r.data.staffRoster.members.length);
    seen.set(r.n, sizes);
  }
  // One statement count for all, over rosters of different sizes.
  expect([...seen.keys()]).toHaveLength(1);
  const sizes = [...seen.values()][0];
  expect(Math.max(...sizes)).toBeGreaterThanOrEqual(2);
  expect(new Set(sizes).size).toBeGreaterThan(1);
});

it('reviewCampaign: the files with their checks, evidence and rounds, of a one-file sample and of all (three or more)', async () => {
  const reviewer = await t.login('reviewer');
  const me = (await t.gql<{ me: { id: string } }, Vars>('{ me { id } }', {}, reviewer)).data!.me.id;
  const orgs = (await t.gql<{ organizations: { id: string; name: string }[] }, Vars>('{ organizations { id name } }', {})).data!.organizations;
  const CREATE = 'mutation($i: CreateReviewCampaignInput!) { createReviewCampaign(input: $i) { __typename ... on ReviewCampaign { id version } ... on ErrorResult { message } } }';
  // The demo data's organization with the most concluded files in the last three years (three mediations).
  const mediation = orgs.find((o) => o.name === '富阳区人民调解委员会')!.id;
  const campaign = async (sampleSize: number | null) => {
    const created = await mutate<{ id: string; version: number }>(
      CREATE,
      { i: { kind: 'SPOT_CHECK', organizationId: mediation, sampleSize, sampleSeed: sampleSize ? 'sql-count' : null, reviewerIds: [me] } },
      reviewer,
    );
    await mutate('mutation($id: ID!, $v: Int) { startReviewCampaign(id: $id, expectedVersion: $v) { __typename ... on ErrorResult { message } } }', { id: created.id, v: created.version }, reviewer);
    return created.id;
  };
  const FILES = `query($id: ID!) { reviewCampaign(id: $id) { id files { id disputeCode outcome documents { kind number issuedOn } services { method servedOn evidenceKinds }
    clocks { kind dueOn metOn } checks { code status itemCode evidence { summary events { seq type on } documents { kind number } clocks { kind dueOn metOn }
    services { method missingKinds } dates { label on } missing } } rounds { round score } finalScore finalGrade } } }`;
  type Files = { reviewCampaign: { files: { checks: unknown[] }[] } };
  const one = await statements<Files>(FILES, { id: await campaign(1) }, reviewer);
  const all = await statements<Files>(FILES, { id: await campaign(null) }, reviewer);
  expect(one.data.reviewCampaign.files).toHaveLength(1);
  expect(all.data.reviewCampaign.files.length).toBeGreaterThanOrEqual(3);
  expect(all.data.reviewCampaign.files.every((f) => f.checks.length > 0)).toBe(true);
  expect(all.n).toBe(one.n);
});
