import 'reflect-metadata';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { prepareStatements, querySql, requestScope } from '../../src/core/db/sql';
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
  const counter = { statements: 0, roundTrips: 0 };
  await requestScope.run({ sql: counter }, async () => {
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

describe('reads of one request in the same turn share one round trip (PostgreSQL server)', () => {
  const reads = ['select id from qs where id = ?', 'select note from qs where id = ?', 'select count(*)::int as n from qs where id <> ?'];
  /** The three reads, sent in one turn on one fork, with what the request counted. */
  async function together(fork: EntityManager, values: unknown[] = [1, 2, 3]) {
    const counter = { statements: 0, roundTrips: 0 };
    const settled = await requestScope.run({ sql: counter }, () => Promise.allSettled(reads.map((sql, i) => querySql(fork, sql, [values[i]]))));
    return { counter, settled };
  }
  /** Until every pooled connection has prepared the reads (a pipeline sends only prepared statements). */
  async function warm(): Promise<void> {
    for (let i = 0; i < 12; i++) await Promise.all([0, 1, 2, 3].map(() => together(em())));
  }

  beforeAll(async () => {
    if (db.kind === 'postgres') await warm();
  });

  it('answers each read as alone, in one round trip', async () => {
    const { counter, settled } = await together(em());
    const alone = await Promise.all(reads.map(async (sql, i) => querySql(em(), sql, [[1, 2, 3][i]])));
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : s.reason))).toEqual(alone);
    expect(alone).toEqual([[{ id: 1 }], [{ note: "it's" }], [{ n: 2 }]]);
    // PGlite's connections share one session: no named statements, so no pipeline.
    expect(counter).toEqual({ statements: 3, roundTrips: db.kind === 'postgres' ? 1 : 3 });
  });

  it('gives a failing read its own error and the others their answers, and the connection serves on', async () => {
    // 'x' is no integer: the second read fails in PostgreSQL, inside the pipeline.
    const { counter, settled } = await together(em(), [1, 2, 'x']);
    expect(settled[0]).toEqual({ status: 'fulfilled', value: [{ id: 1 }] });
    expect(settled[1]).toEqual({ status: 'fulfilled', value: [{ note: "it's" }] });
    expect(settled[2].status).toBe('rejected');
    expect(String((settled[2] as PromiseRejectedResult).reason)).toMatch(/invalid input syntax for type integer/);
    // The pipeline, then each again on its own.
    if (db.kind === 'postgres') expect(counter).toEqual({ statements: 3, roundTrips: 4 });
    expect((await together(em())).counter).toEqual({ statements: 3, roundTrips: db.kind === 'postgres' ? 1 : 3 });
  });

  it('answers a pipeline whose `select *` a migration changed through each statement on its own', async () => {
    const star = ['select * from qs where id = ?', 'select * from qs where id <> ?'];
    const both = async () => {
      const fork = em();
      const counter = { statements: 0, roundTrips: 0 };
      const rows = await requestScope.run({ sql: counter }, () => Promise.all(star.map((sql) => querySql(fork, sql, [1]))));
      return { counter, rows };
    };
    for (let i = 0; i < 12; i++) await Promise.all([0, 1, 2, 3].map(() => both()));
    expect((await both()).counter.roundTrips).toBe(db.kind === 'postgres' ? 1 : 2);
    await orm.em.getConnection().execute('alter table qs add column later int default 9');
    const { counter, rows } = await both();
    expect(rows).toEqual([[{ id: 1, note: 'a?b', extra: 7, later: 9 }], [{ id: 2, note: "it's", extra: 7, later: 9 }]]);
    // The pipeline failed ("cached plan must not change result type"), then each went alone.
    if (db.kind === 'postgres') expect(counter.roundTrips).toBe(3);
  });

  it('sends a write that says so with the reads: committed with them, and once only when one of them fails', async () => {
    await orm.em.getConnection().execute('create table qs_log (n serial primary key, note text not null)');
    const write = 'insert into qs_log (note) values (?)';
    const withWrite = async (note: string, values: unknown[] = [1, 2, 3]) => {
      const fork = em();
      const counter = { statements: 0, roundTrips: 0 };
      const settled = await requestScope.run({ sql: counter }, () =>
        Promise.allSettled([querySql(fork, write, [note], { withReads: true }), ...reads.map((sql, i) => querySql(fork, sql, [values[i]]))]),
      );
      return { counter, settled };
    };
    const logged = async (note: string) => (await querySql<{ n: number }>(em(), 'select count(*)::int as n from qs_log where note = ?', [note]))[0].n;
    for (let i = 0; i < 12; i++) await Promise.all([0, 1, 2, 3].map((k) => withWrite(`warm ${i} ${k}`)));

    const ok = await withWrite('with reads');
    expect(ok.settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(ok.counter).toEqual({ statements: 4, roundTrips: db.kind === 'postgres' ? 1 : 4 });
    expect(await logged('with reads')).toBe(1);

    // The third read fails inside the pipeline: the write is rolled back with it, then sent again alone.
    const failed = await withWrite('beside a failure', [1, 2, 'x']);
    expect(failed.settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected']);
    if (db.kind === 'postgres') expect(failed.counter).toEqual({ statements: 4, roundTrips: 5 });
    expect(await logged('beside a failure')).toBe(1);
  });

  it('keeps reads of different requests, and of a later turn, apart', async () => {
    const a = em();
    const b = em();
    const counter = { statements: 0, roundTrips: 0 };
    await requestScope.run({ sql: counter }, async () => {
      const first = Promise.all([querySql(a, reads[0], [1]), querySql(b, reads[0], [2])]);
      expect(await first).toEqual([[{ id: 1 }], [{ id: 2 }]]);
      await querySql(a, reads[1], [1]);
    });
    expect(counter).toEqual({ statements: 3, roundTrips: 3 });
  });
});
