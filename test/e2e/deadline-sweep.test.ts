/**
 * The deadline sweep: one timeline event per crossing (DUE_SOON, OVERDUE), once,
 * whatever the number of sweeps running at the same time.
 *
 * "Now" is fixed and moved by hand: the hub and the sweep read services.now().
 * All dates below are 2026 dates of the official schedule (no holiday in March).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { loadConfig } from '../../src/config';
import { chinaDateOf, type ClockRule, type IsoDate } from '../../src/modules/clock';
import { Deadline } from '../../src/modules/deadline/deadline.entity';
import { DeadlineService } from '../../src/modules/deadline/deadline.service';
import { startHub, type RunningHub } from '../../src/server/app';
import { DeadlineKind } from '../../src/core/enums';
import { serverUrl } from '../support/test-database';
import { startTestHub, type TestHub } from '../support/test-hub';

/** 10:00 in Beijing on the given date. */
function at(date: IsoDate): Date {
  return new Date(`${date}T10:00:00+08:00`);
}

let now = at('2026-03-16'); // a Monday
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({}, { now: () => now });
});
afterAll(async () => {
  await t?.stop();
});

const FIVE_WORKING_DAYS: ClockRule = {
  amount: 5,
  unit: 'WORKING_DAYS',
  startsFrom: 'RECEIPT',
  extensible: true,
  maxExtension: null,
  legalBasis: '《土地权属争议调查处理办法》第13条',
  action: '决定是否受理',
};
const THIRTY_WORKING_DAYS: ClockRule = {
  amount: 30,
  unit: 'WORKING_DAYS',
  startsFrom: 'ACCEPTANCE',
  extensible: false,
  maxExtension: null,
  legalBasis: '《政府采购质疑和投诉办法》(财政部令第94号) 第21、27、28条',
  action: '作出处理决定',
};

function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
  return t.hub.orm.em.fork().getConnection().execute(query, params);
}

interface EventRow {
  type: string;
  deadline_id: string;
  dispute_id: string;
  organization_id: string | null;
  summary: string;
  data: Record<string, unknown>;
  actor_user_id: string | null;
}

function alertEvents(deadlineIds: string[]): Promise<EventRow[]> {
  return sql<EventRow>(
    `select type, deadline_id, dispute_id, organization_id, summary, data, actor_user_id from dispute_event
      where type in ('DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE') and deadline_id = any(?::uuid[]) order by seq`,
    [`{${deadlineIds.join(',')}}`],
  );
}

interface Made {
  id: string;
  disputeId: string;
  organizationId: string;
}

/** Creates one deadline through DeadlineService, optionally paused or met on the given days. */
async function makeDeadline(start: IsoDate, rule: ClockRule, options: { kind?: DeadlineKind; organizationId?: string; pauseOn?: IsoDate; metOn?: IsoDate } = {}): Promise<Made> {
  const em = t.hub.orm.em.fork() as EntityManager;
  const calendar = await t.hub.services.calendar.get(em);
  const d = DeadlineService.create(em, calendar, chinaDateOf(now), {
    kind: options.kind ?? DeadlineKind.HANDLING,
    rule,
    start,
    disputeId: randomUUID(),
    organizationId: options.organizationId ?? randomUUID(),
  });
  if (options.pauseOn) DeadlineService.pause(d, calendar, options.pauseOn);
  if (options.metOn) DeadlineService.meet(d, calendar, options.metOn);
  await em.flush();
  return { id: d.id, disputeId: d.disputeId!, organizationId: d.organizationId! };
}

async function extend(id: string, amount: number): Promise<void> {
  const em = t.hub.orm.em.fork() as EntityManager;
  const d = await em.findOneOrFail(Deadline, id);
  DeadlineService.extend(d, await t.hub.services.calendar.get(em), chinaDateOf(now), amount);
  await em.flush();
}

interface DeadlineRow {
  due_on: string;
  due_soon_alerted_at: Date | null;
  overdue_alerted_at: Date | null;
  alert_generation: number;
  open: boolean;
  paused: boolean;
}

async function row(id: string): Promise<DeadlineRow> {
  const rows = await sql<Omit<DeadlineRow, 'due_soon_alerted_at' | 'overdue_alerted_at'> & { due_soon_alerted_at: string | null; overdue_alerted_at: string | null }>(
    `select due_on::text as due_on, to_json(due_soon_alerted_at) #>> '{}' as due_soon_alerted_at,
            to_json(overdue_alerted_at) #>> '{}' as overdue_alerted_at, alert_generation, open, paused
       from deadline where id = ?`,
    [id],
  );
  const r = rows[0];
  const date = (s: string | null) => (s === null ? null : new Date(s));
  return { ...r, due_soon_alerted_at: date(r.due_soon_alerted_at), overdue_alerted_at: date(r.overdue_alerted_at) };
}

describe('one sweep, deadlines in every state', () => {
  let onTrack: Made, dueSoon: Made, overdue: Made, paused: Made, met: Made;
  let all: string[];

  beforeAll(async () => {
    now = at('2026-03-16');
    onTrack = await makeDeadline('2026-03-13', THIRTY_WORKING_DAYS); // due 2026-04-27
    dueSoon = await makeDeadline('2026-03-11', FIVE_WORKING_DAYS, { kind: DeadlineKind.ACCEPTANCE }); // due 03-18: 2 working days left
    overdue = await makeDeadline('2026-03-02', FIVE_WORKING_DAYS); // due 03-09
    paused = await makeDeadline('2026-03-02', FIVE_WORKING_DAYS, { pauseOn: '2026-03-05' }); // paused before it ran out
    met = await makeDeadline('2026-03-02', FIVE_WORKING_DAYS, { metOn: '2026-03-06' });
    all = [onTrack, dueSoon, overdue, paused, met].map((d) => d.id);
  });

  it('materialized the due dates', async () => {
    expect((await row(onTrack.id)).due_on).toBe('2026-04-27');
    expect((await row(dueSoon.id)).due_on).toBe('2026-03-18');
    expect((await row(overdue.id)).due_on).toBe('2026-03-09');
    expect(await row(paused.id)).toMatchObject({ paused: true, open: true });
    expect(await row(met.id)).toMatchObject({ open: false });
  });

  it('records exactly one DUE_SOON and one OVERDUE event, in Chinese, for the right organization', async () => {
    const result = await t.hub.sweep.runOnce();
    expect(result).toEqual({ dueSoon: 1, overdue: 1 });
    const events = await alertEvents(all);
    expect(events).toHaveLength(2);
    const soon = events.find((e) => e.type === 'DEADLINE_DUE_SOON')!;
    expect(soon).toMatchObject({
      deadline_id: dueSoon.id,
      dispute_id: dueSoon.disputeId,
      organization_id: dueSoon.organizationId,
      actor_user_id: null,
      summary: '受理审查期限即将届满（决定是否受理，期限 2026-03-18，剩余 2 个工作日）',
    });
    expect(soon.data).toMatchObject({ kind: 'ACCEPTANCE', dueOn: '2026-03-18', remaining: 2 });
    const late = events.find((e) => e.type === 'DEADLINE_OVERDUE')!;
    expect(late).toMatchObject({
      deadline_id: overdue.id,
      dispute_id: overdue.disputeId,
      organization_id: overdue.organizationId,
      actor_user_id: null,
      summary: '办理期限已届满未完成（决定是否受理，期限 2026-03-09）',
    });
    expect(late.data).toMatchObject({ kind: 'HANDLING', dueOn: '2026-03-09', remaining: -5 });
  });

  it('set the alerted flags (an overdue clock counts as past due-soon too), and only those', async () => {
    expect(await row(dueSoon.id)).toMatchObject({ due_soon_alerted_at: now, overdue_alerted_at: null });
    expect(await row(overdue.id)).toMatchObject({ due_soon_alerted_at: now, overdue_alerted_at: now });
    for (const d of [onTrack, paused, met]) expect(await row(d.id)).toMatchObject({ due_soon_alerted_at: null, overdue_alerted_at: null });
  });

  it('a second sweep records nothing new', async () => {
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await alertEvents(all)).toHaveLength(2);
  });

  it('when now moves past the due date, the due-soon clock becomes overdue: exactly one more event', async () => {
    now = at('2026-03-19');
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 1 });
    const events = await alertEvents(all);
    expect(events).toHaveLength(3);
    expect(events[2]).toMatchObject({
      type: 'DEADLINE_OVERDUE',
      deadline_id: dueSoon.id,
      summary: '受理审查期限已届满未完成（决定是否受理，期限 2026-03-18）',
    });
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await alertEvents(all)).toHaveLength(3);
    // The paused and the met clocks never alert, however late it gets.
    now = at('2026-06-01');
    await t.hub.sweep.runOnce();
    expect((await alertEvents([paused.id, met.id])).length).toBe(0);
  });

  afterAll(() => {
    now = at('2026-03-16');
  });
});

describe('extension', () => {
  beforeEach(() => {
    now = at('2026-03-16');
  });

  it('resets the alert flags; with the new due date far away there is no new alert', async () => {
    const d = await makeDeadline('2026-03-02', FIVE_WORKING_DAYS); // due 03-09
    expect(await t.hub.sweep.runOnce()).toMatchObject({ overdue: 1 });
    expect((await row(d.id)).overdue_alerted_at).not.toBeNull();

    await extend(d.id, 60); // due 2026-06-04
    expect(await row(d.id)).toMatchObject({ due_on: '2026-06-04', due_soon_alerted_at: null, overdue_alerted_at: null, alert_generation: 1 });
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    expect((await alertEvents([d.id])).map((e) => e.type)).toEqual(['DEADLINE_OVERDUE']);
  });

  it('extended but still overdue: exactly one more OVERDUE event, for the new due date (alert generation)', async () => {
    const d = await makeDeadline('2026-03-02', FIVE_WORKING_DAYS); // due 03-09
    expect(await t.hub.sweep.runOnce()).toMatchObject({ overdue: 1 });

    await extend(d.id, 2); // due 03-11: still overdue on 03-16
    expect(await row(d.id)).toMatchObject({ due_on: '2026-03-11', overdue_alerted_at: null, alert_generation: 1 });
    // Before the alert-generation fix this sweep failed: the second OVERDUE event of the
    // same deadline violated the unique index dispute_event_alert_once (and, since the
    // whole batch is one transaction, every other alert of the batch was lost with it).
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 1 });
    const events = await alertEvents([d.id]);
    expect(events.map((e) => [e.type, e.data.dueOn, e.data.alertGeneration])).toEqual([
      ['DEADLINE_OVERDUE', '2026-03-09', 0],
      ['DEADLINE_OVERDUE', '2026-03-11', 1],
    ]);
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    expect(await alertEvents([d.id])).toHaveLength(2);
  });

  it('extended after a DUE_SOON alert: on track again, then a new DUE_SOON alert and an OVERDUE one, each once', async () => {
    const d = await makeDeadline('2026-03-11', FIVE_WORKING_DAYS); // due 03-18, due soon on 03-16
    expect(await t.hub.sweep.runOnce()).toMatchObject({ dueSoon: 1 });
    await extend(d.id, 1); // due 03-19: 3 working days left and half the time used: on track again
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    now = at('2026-03-17'); // 2 working days left
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 1, overdue: 0 });
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    now = at('2026-03-20');
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 1 });
    expect(await t.hub.sweep.runOnce()).toEqual({ dueSoon: 0, overdue: 0 });
    const events = await alertEvents([d.id]);
    expect(events.map((e) => [e.type, e.data.alertGeneration])).toEqual([
      ['DEADLINE_DUE_SOON', 0],
      ['DEADLINE_DUE_SOON', 1],
      ['DEADLINE_OVERDUE', 1],
    ]);
  });

  it('the unique index still refuses a second event of the same crossing in the same generation', async () => {
    const d = await makeDeadline('2026-03-02', FIVE_WORKING_DAYS);
    await t.hub.sweep.runOnce();
    const [first] = await alertEvents([d.id]);
    await expect(
      sql(`insert into dispute_event (dispute_id, type, deadline_id, summary, data) values (?, 'DEADLINE_OVERDUE', ?, 'duplicate', ?::jsonb)`, [first.dispute_id, d.id, JSON.stringify(first.data)]),
    ).rejects.toThrow(/dispute_event_alert_once/);
  });
});

describe('several sweeps at the same time', () => {
  const onServer = serverUrl() !== null;
  const name = onServer
    ? 'two hub instances on the same PostgreSQL database, sweeping concurrently, record each crossing exactly once'
    : 'two concurrent runOnce() on the same hub (embedded PGlite: one connection) record each crossing exactly once';

  it(name, async () => {
    now = at('2026-03-16');
    const organizationId = randomUUID(); // marks this test's deadlines
    const ids: string[] = [];
    const em = t.hub.orm.em.fork() as EntityManager;
    const calendar = await t.hub.services.calendar.get(em);
    for (let i = 0; i < 200; i++) {
      // half due soon (due 03-18), half overdue (due 03-09)
      const d = DeadlineService.create(em, calendar, chinaDateOf(now), {
        kind: DeadlineKind.REFERRAL_RESPONSE,
        rule: FIVE_WORKING_DAYS,
        start: i % 2 === 0 ? '2026-03-11' : '2026-03-02',
        disputeId: randomUUID(),
        organizationId,
      });
      ids.push(d.id);
    }
    await em.flush();

    let other: RunningHub | null = null;
    if (onServer) {
      other = await startHub(
        loadConfig({
          DATABASE_URL: t.db.url,
          HUB_SEED_ON_START: 'false',
          PORT: '0',
          HOST: '127.0.0.1',
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          SWEEP_INTERVAL_MS: '0',
          JWT_SECRET: t.config.jwtSecret,
          HUB_DATA_DIR: mkdtempSync(join(tmpdir(), 'hub-test-second-')),
          DB_POOL_MAX: '5',
        }),
        { now: () => now },
      );
    }
    const sweeps = [t.hub.sweep, (other ?? t.hub).sweep];
    try {
      const round = async () => {
        const results = await Promise.all([...sweeps, ...sweeps].map((s) => s.runOnce()));
        return results.reduce((a, r) => ({ dueSoon: a.dueSoon + r.dueSoon, overdue: a.overdue + r.overdue }), { dueSoon: 0, overdue: 0 });
      };
      const first = [await round(), await round(), await round()];
      expect(first.reduce((a, r) => a + r.dueSoon, 0)).toBe(100);
      expect(first.reduce((a, r) => a + r.overdue, 0)).toBe(100);

      now = at('2026-03-19'); // the due-soon half runs out
      const second = [await round(), await round(), await round()];
      expect(second.reduce((a, r) => a + r.dueSoon, 0)).toBe(0);
      expect(second.reduce((a, r) => a + r.overdue, 0)).toBe(100);
    } finally {
      await other?.stop();
      now = at('2026-03-16');
    }

    const counts = await sql<{ deadline_id: string; type: string; n: number }>(
      `select deadline_id, type, count(*)::int as n from dispute_event
        where organization_id = ? and type in ('DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE') group by deadline_id, type`,
      [organizationId],
    );
    expect(counts.filter((c) => c.n !== 1)).toEqual([]);
    const byDeadline = new Map<string, string[]>();
    for (const c of counts) byDeadline.set(c.deadline_id, [...(byDeadline.get(c.deadline_id) ?? []), c.type].sort());
    expect(byDeadline.size).toBe(200);
    ids.forEach((id, i) => {
      expect(byDeadline.get(id)).toEqual(i % 2 === 0 ? ['DEADLINE_DUE_SOON', 'DEADLINE_OVERDUE'] : ['DEADLINE_OVERDUE']);
    });
    const flags = await sql<{ n: number }>('select count(*)::int as n from deadline where organization_id = ? and (overdue_alerted_at is null or due_soon_alerted_at is null)', [organizationId]);
    expect(flags[0].n).toBe(0);
  });
});
