import { randomUUID } from 'node:crypto';
import { startTestHub, type TestHub } from '../support/test-hub';

// POST /files and GET /files/:id spend the same per-viewer budget as /graphql (RATE_LIMIT_PER_MINUTE),
// so file endpoints cannot be used to get around the limit.
const BUDGET = 6;
let t: TestHub;

beforeAll(async () => {
  t = await startTestHub({ RATE_LIMIT_PER_MINUTE: String(BUDGET) });
});
afterAll(async () => {
  await t?.stop();
});

it('downloads spend the GraphQL budget: once it is used up, /files answers 429 RATE_LIMITED and /graphql too', async () => {
  const token = await t.login('frontdesk');
  const origin = t.hub.url.replace(/\/graphql$/, '');
  const statuses: number[] = [];
  // One GraphQL request first, then downloads of an id that does not exist (404 while within the budget).
  const first = await t.gql('{ me { username } }', {}, token);
  expect(first.errors).toBeUndefined();
  const refused: { body: { error?: { code?: string; message?: string } } | null } = { body: null };
  for (let i = 0; i < BUDGET; i++) {
    const res = await fetch(`${origin}/files/${randomUUID()}`, { headers: { authorization: `Bearer ${token}` } });
    statuses.push(res.status);
    if (res.status === 429) refused.body = (await res.json()) as typeof refused.body;
    else await res.arrayBuffer();
  }
  expect(statuses).toEqual([...Array(BUDGET - 1).fill(404), 429]);
  expect(refused.body?.error?.code).toBe('RATE_LIMITED');
  expect(refused.body?.error?.message).toMatch(/请求过于频繁/);
  const after = await t.gql('{ me { username } }', {}, token);
  expect(after.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
});
