import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, type KeysetConnection } from '../../src/core/db/keyset';
import { querySql } from '../../src/core/db/sql';
import { User } from '../../src/modules/auth';
import { startTestHub, type TestHub } from '../support/test-hub';

// keysetPage over hand-written SQL (a SqlList) with no counter of its own: the default count
// counts the list's rows, and the pages walk the list newest first, each row once.
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  await t?.stop();
});

it('counts the list and walks it page by page, newest first, each row once', async () => {
  const em = () => t.hub.orm.em.fork() as EntityManager;
  const list = { from: 'hub_user u', where: ['u.roles && ?::text[]'], params: [['HANDLER', 'COURT_LIAISON']] };
  const expected = await querySql<{ id: string }>(em(), `select u.id from hub_user u where u.roles && ?::text[] order by u.created_at desc, u.id desc`, list.params);
  expect(expected.length).toBeGreaterThan(3);
  const spec = { kind: 'test-user', alias: 'u', instantColumn: 'created_at', instantOf: (u: User) => u.createdAt, limit: 2 };
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: KeysetConnection<User> = await keysetPage(em(), list, User, { ...spec, after });
    expect(await page.totalCount).toBe(expected.length);
    seen.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(seen).toEqual(expected.map((r) => r.id));
});
