/**
 * Several hub instances on one PostgreSQL: a change made through one instance
 * reaches subscribers of another (NOTIFY doorbell, events read from the
 * table), including when the listening connection was lost at that moment
 * (the reconnect rings, and the reader fills the gap from the table). Also
 * against a hub in a separate OS process (src/server/main.ts).
 *
 * Needs a real PostgreSQL (TEST_DATABASE_URL): PGlite has no cross-connection NOTIFY.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Client } from 'graphql-ws';
import { loadConfig } from '../../src/config';
import { PgNotifyEventBus } from '../../src/modules/realtime/event-bus';
import { startHub, type RunningHub } from '../../src/server/app';
import { neighbourhoodDispute } from '../support/fixtures';
import { serverUrl } from '../support/test-database';
import { postGraphql, startTestHub, type TestHub } from '../support/test-hub';
import { collect, sleep, waitUntil, wsClient, type CollectedSubscription } from '../support/ws-client';

const enabled = serverUrl() !== null;
const suite = enabled ? describe : describe.skip;
const title = enabled
  ? 'subscriptions across hub instances on one PostgreSQL'
  : 'subscriptions across hub instances on one PostgreSQL (skipped: needs TEST_DATABASE_URL, PGlite has no cross-connection NOTIFY)';

const MEDIATION_FY = '富阳区人民调解委员会';

const REFERRAL_UPDATES = `subscription($after: String) {
  referralUpdates(after: $after) { type cursor referral { id status toOrganization { name } } }
}`;
interface ReferralUpdateMsg {
  referralUpdates: { type: string; cursor: string; referral: { id: string; status: string; toOrganization: { name: string } } };
}

/** Environment of an extra instance on the test hub's database. */
function instanceEnv(t: TestHub, extra: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: t.db.url,
    HUB_SEED_ON_START: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
    JWT_SECRET: t.config.jwtSecret,
    HUB_DATA_DIR: mkdtempSync(join(tmpdir(), 'hub-instance-')),
    SWEEP_INTERVAL_MS: '0',
    LOG_LEVEL: 'silent',
    DB_POOL_MAX: '5',
    RATE_LIMIT_PER_MINUTE: '0',
    ...extra,
  };
}

suite(title, () => {
  let t: TestHub; // instance 1 (migrated and seeded)
  let hub2: RunningHub; // instance 2, same process, same database
  const tok: Record<string, string> = {};
  let fuyang = '';
  const clients: Client[] = [];

  beforeAll(async () => {
    t = await startTestHub();
    hub2 = await startHub(loadConfig(instanceEnv(t)));
    for (const u of ['frontdesk', 'mediator.fuyang']) tok[u] = await t.login(u);
    const orgs = await t.gql<{ organizations: { id: string; name: string }[] }, Record<string, unknown>>('{ organizations { id name } }');
    fuyang = orgs.data!.organizations.find((o) => o.name === MEDIATION_FY)!.id;
  });
  afterAll(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await hub2?.stop();
    await t?.stop();
  });

  /** Date.now() just before the last referDispute request was sent. */
  let referSentAt = 0;

  /** Registers a dispute and refers it to 富阳 through the hub at `url`; returns the referral id. */
  async function referVia(url: string): Promise<string> {
    const reg = await postGraphql<{ registerDispute: { id: string } }>(
      url,
      'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { ... on Dispute { id } } }',
      { input: neighbourhoodDispute() },
      tok.frontdesk,
    );
    referSentAt = Date.now();
    const ref = await postGraphql<{ referDispute: { __typename: string; id: string } }>(
      url,
      'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } } }',
      { input: { disputeId: reg.data!.registerDispute.id, toOrganizationId: fuyang, channel: 'MEDIATION', kind: 'TRANSFER', reason: '邻里纠纷，属地调解' } },
      tok.frontdesk,
    );
    if (ref.data?.referDispute.__typename !== 'Referral') throw new Error(JSON.stringify(ref));
    return ref.data.referDispute.id;
  }

  async function subscribeOn(hub: RunningHub, after?: string): Promise<CollectedSubscription<ReferralUpdateMsg>> {
    const client = wsClient(hub.wsUrl, tok['mediator.fuyang']);
    clients.push(client);
    const before = hub.services.feed.subscriberCount;
    const sub = collect<ReferralUpdateMsg>(client, REFERRAL_UPDATES, after ? { after } : {});
    await waitUntil(() => hub.services.feed.subscriberCount > before, 5000, 'subscription registered');
    return sub;
  }

  it('runs both instances on PostgreSQL NOTIFY', () => {
    expect(t.hub.services.bus).toBeInstanceOf(PgNotifyEventBus);
    expect(hub2.services.bus).toBeInstanceOf(PgNotifyEventBus);
    expect(hub2.url).not.toBe(t.hub.url);
  });

  it('a change made on instance 2 reaches a subscriber of instance 1 within 1 s, and the other way round', async () => {
    const on1 = await subscribeOn(t.hub);
    const on2 = await subscribeOn(hub2);
    const viaHub2 = await referVia(hub2.url);
    await on1.waitFor(1, 3000);
    expect(on1.receivedAt[0] - referSentAt).toBeLessThan(1000);
    const viaHub1 = await referVia(t.hub.url);
    await on1.waitFor(2, 3000);
    await on2.waitFor(2, 3000);
    await sleep(300);
    const seen = (s: CollectedSubscription<ReferralUpdateMsg>) => s.received.map((m) => [m.referralUpdates.type, m.referralUpdates.referral.id, m.referralUpdates.cursor]);
    expect(seen(on1).map(([type, id]) => [type, id])).toEqual([
      ['CREATED', viaHub2],
      ['CREATED', viaHub1],
    ]);
    // Same events, same cursors, same order on both instances.
    expect(seen(on2)).toEqual(seen(on1));
  });

  it("fills the gap when instance 1's listening connection is lost as the change commits", async () => {
    const on1 = await subscribeOn(t.hub);
    const bus = t.hub.services.bus as PgNotifyEventBus;
    expect(bus.connected).toBe(true);
    // Slow the first reconnect to 800 ms (test-only: the backoff's attempt counter), so that the
    // change below certainly commits, and its NOTIFY is sent, while nobody on instance 1 listens.
    (bus as unknown as { attempt: number }).attempt = 3;
    await bus.dropConnectionForTest();
    await waitUntil(() => !bus.connected, 2000, 'listener connection lost');
    const referralId = await referVia(hub2.url);
    const sent = referSentAt;
    expect(bus.connected).toBe(false); // committed inside the gap
    const [update] = await on1.waitFor(1, 4000);
    expect(update.referralUpdates).toMatchObject({ type: 'CREATED', referral: { id: referralId, status: 'PENDING' } });
    expect(bus.connected).toBe(true);
    // Delivered by the reconnect's ring (≈ 0.8 s + connect), not by waiting for the next NOTIFY.
    expect(on1.receivedAt[0] - sent).toBeLessThan(3000);

    // And the new connection listens: the next change arrives promptly.
    const next = await referVia(hub2.url);
    const sentNext = referSentAt;
    await on1.waitFor(2, 3000);
    expect(on1.received[1].referralUpdates.referral.id).toBe(next);
    expect(on1.receivedAt[1] - sentNext).toBeLessThan(1000);
    await sleep(300);
    expect(on1.received).toHaveLength(2);
  });

  describe('a hub in a separate OS process', () => {
    let child: ChildProcess | null = null;
    let childUrl = '';
    const childLog: string[] = [];

    beforeAll(async () => {
      const root = resolve(__dirname, '../..');
      child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/server/main.ts'], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...instanceEnv(t, { LOG_LEVEL: 'info' }) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stderr!.on('data', (d: Buffer) => childLog.push(d.toString()));
      const lines = createInterface({ input: child.stdout! });
      childUrl = await new Promise<string>((resolveUrl, reject) => {
        const timer = setTimeout(() => reject(new Error(`the child hub did not start in 120 s: ${childLog.join('')}`)), 120_000);
        child!.once('exit', (code) => reject(new Error(`the child hub exited with ${code}: ${childLog.join('')}`)));
        lines.on('line', (line) => {
          childLog.push(line);
          let entry: { msg?: string; url?: string };
          try {
            entry = JSON.parse(line) as { msg?: string; url?: string };
          } catch {
            return;
          }
          if (entry.msg === 'dispute hub listening' && entry.url) {
            clearTimeout(timer);
            resolveUrl(entry.url);
          }
        });
      });
    }, 150_000);

    afterAll(async () => {
      if (child && child.exitCode === null) {
        const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
        child.kill('SIGTERM');
        await exited;
      }
    }, 30_000);

    it('delivers changes made on the in-test hub to a subscriber of the child, resuming with after', async () => {
      // The latest cursor first: resuming from it, the subscription cannot miss what follows, whenever
      // the child registers it (its subscriber count is not observable from here).
      const probe = await subscribeOn(t.hub);
      const seedRef = await referVia(t.hub.url);
      const [seeded] = await probe.waitFor(1, 3000);
      expect(seeded.referralUpdates.referral.id).toBe(seedRef);

      const client = wsClient(childUrl.replace(/^http/, 'ws'), tok['mediator.fuyang']);
      clients.push(client);
      const onChild = collect<ReferralUpdateMsg>(client, REFERRAL_UPDATES, { after: seeded.referralUpdates.cursor });
      const first = await referVia(t.hub.url);
      const second = await referVia(hub2.url);
      await onChild.waitFor(2, 5000);
      await sleep(300);
      expect(onChild.received.map((m) => [m.referralUpdates.type, m.referralUpdates.referral.id])).toEqual([
        ['CREATED', first],
        ['CREATED', second],
      ]);
      expect(onChild.errors).toEqual([]);

      // The other way: a change made through the child reaches the in-test hub's subscriber.
      const viaChild = await referVia(childUrl);
      await probe.waitFor(4, 3000);
      expect(probe.received.map((m) => m.referralUpdates.referral.id)).toEqual([seedRef, first, second, viaChild]);
      await onChild.waitFor(3, 3000);
      expect(onChild.received[2].referralUpdates.referral.id).toBe(viaChild);
    });

    it('stops on SIGTERM with exit code 0', async () => {
      const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
      child!.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(childLog.join('\n')).toContain('dispute hub stopped');
    }, 30_000);
  });
});
