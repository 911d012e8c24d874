import 'reflect-metadata';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { prepareStatements, querySql, sqlCounterStorage } from '../../src/core/db/sql';
import { openOrm } from '../../src/server/orm';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// querySql, the reads' way to the database: bound values, named statements on a server
// (not on PGlite, whose connections share one session), the fork's transaction when there is one.
let db: TestDatabase;
let orm: MikroORM;
const em = () => orm.em.fork() as EntityManager;

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await openOrm(db.url, db.kind === 'pglite' ? 1 : 4);
  if (db.kind === 'postgres') prepareStatements(orm.em as EntityManager);
  await orm.em.getConnection().execute('create table qs (id int primary key, note text)');
  await orm.em.getConnection().execute(`insert into qs values (1, 'a?b'), (2, $$it's$$)`);
});

afterAll(async () => {
  await orm?.close(true);
  await db?.drop();
});

it('binds values, so that quotes and question marks in them are data', async () => {
  expect(await querySql(em(), 'select id from qs where note = ?', ["it's"])).toEqual([{ id: 2 }]);
  expect(await querySql(em(), 'select id from qs where note = ?', ['a?b'])).toEqual([{ id: 1 }]);
  expect(await querySql(em(), 'select id from qs where note = ?', ["' or true --"])).toEqual([]);
  // An escaped question mark is one in the text.
  expect(await querySql(em(), `select id, note like '%\\?%' as asks from qs where id = ?`, [1])).toEqual([{ id: 1, asks: true }]);
});

it('counts each statement in the request that sends it', async () => {
  const counter = { statements: 0 };
  await sqlCounterStorage.run(counter, async () => {
    await querySql(em(), 'select 1 as one');
    await Promise.all([querySql(em(), 'select id from qs where id = ?', [1]), querySql(em(), 'select id from qs where id = ?', [2])]);
  });
  expect(counter.statements).toBe(3);
});

it("runs inside the fork's transaction: it sees what the transaction wrote, and nothing once it rolled back", async () => {
  const outside = em();
  await expect(
    em().transactional(async (tx) => {
      await tx.getConnection().execute(`insert into qs values (3, 'in tx')`, [], 'run', tx.getTransactionContext());
      expect(await querySql(tx as EntityManager, 'select note from qs where id = ?', [3])).toEqual([{ note: 'in tx' }]);
      // PGlite has one connection, held by this transaction: nothing can read beside it.
      if (db.kind === 'postgres') expect(await querySql(outside, 'select note from qs where id = ?', [3])).toEqual([]);
      throw new Error('roll back');
    }),
  ).rejects.toThrow('roll back');
  expect(await querySql(em(), 'select note from qs where id = ?', [3])).toEqual([]);
});

it('raises the driver error as MikroORM does, and the connection serves the next statement', async () => {
  await expect(querySql(em(), `insert into qs values (?, 'again')`, [1])).rejects.toBeInstanceOf(UniqueConstraintViolationException);
  expect(await querySql(em(), 'select count(*)::int as n from qs')).toEqual([{ n: 2 }]);
});

it('a named `select *` still answers after a migration adds a column (another instance, a rolling update)', async () => {
  const read = () => querySql(em(), 'select * from qs where id = ?', [1]);
  // On every pooled connection, so that each has prepared it.
  await Promise.all([read(), read(), read(), read()]);
  await orm.em.getConnection().execute('alter table qs add column extra int default 7');
  const after = await Promise.all([read(), read(), read(), read()]);
  for (const rows of after) expect(rows).toEqual([{ id: 1, note: 'a?b', extra: 7 }]);
});
