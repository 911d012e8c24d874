import type { Client } from 'graphql-ws';
import { postGraphql, startTestHub, type TestHub } from '../support/test-hub';
import { collect, waitUntil, wsClient, type CollectedSubscription } from '../support/ws-client';

// Holes 5 and 6 of issue 13: operations sent over the WebSocket bypassed the per-viewer rate limit
// (650 in 1.5 s all ran), and one socket could hold any number of subscriptions (200 identical ones).

const BUDGET = 30;
const PER_CONNECTION = 3;
const PER_VIEWER = 5;

let t: TestHub;
const clients: Client[] = [];
beforeAll(async () => {
  t = await startTestHub({ RATE_LIMIT_PER_MINUTE: String(BUDGET), SUBSCRIPTIONS_PER_CONNECTION: String(PER_CONNECTION), SUBSCRIPTIONS_PER_VIEWER: String(PER_VIEWER) });
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await t?.stop();
});

function open(token: string): Client {
  const c = wsClient(t.hub.wsUrl, token);
  clients.push(c);
  return c;
}

interface WsError {
  message: string;
  extensions?: { code?: string; scope?: string; limit?: number };
}

/** One query over the socket: its data, or the errors the server refused it with. */
function wsQuery(client: Client, query: string): Promise<{ data?: unknown; errors?: WsError[] }> {
  return new Promise((resolve) => {
    let result: { data?: unknown; errors?: WsError[] } = {};
    client.subscribe(
      { query },
      {
        next: (value) => (result = value as typeof result),
        error: (errors) => resolve({ errors: errors as WsError[] }),
        complete: () => resolve(result),
      },
    );
  });
}

describe('one request budget per viewer over HTTP and WebSocket together (hole 5)', () => {
  it('counts operations over the socket against the budget HTTP draws from, and refuses them with RATE_LIMITED', async () => {
    const token = await t.login('adjudicator.land');
    // 20 of the 30 requests over HTTP...
    for (let i = 0; i < 20; i++) expect((await postGraphql(t.hub.url, '{ me { id } }', {}, token)).status).toBe(200);
    // ...leave about 10 for the socket (plus what trickles back at 30 a minute while the test runs).
    const client = open(token);
    const answers = [];
    for (let i = 0; i < 25; i++) answers.push(await wsQuery(client, '{ me { id } }'));
    const ran = answers.filter((a) => a.errors === undefined);
    const refused = answers.filter((a) => a.errors !== undefined);
    expect(ran.length).toBeGreaterThanOrEqual(9);
    expect(ran.length).toBeLessThanOrEqual(14);
    expect(refused.length).toBeGreaterThanOrEqual(11);
    for (const r of refused) {
      expect(r.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(r.errors?.[0].message).toMatch(/请求过于频繁/);
    }
    // The budget the socket spent is gone for HTTP too.
    const http = await postGraphql(t.hub.url, '{ me { id } }', {}, token);
    expect(http.status).toBe(429);
    expect(http.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    // Another viewer has a budget of their own.
    const other = await wsQuery(open(await t.login('adjudicator.market')), '{ me { username } }');
    expect(other).toEqual({ data: { me: { username: 'adjudicator.market' } } });
  });
});

describe('a cap on live subscriptions per connection and per viewer (hole 6)', () => {
  const FEED = 'subscription { referralUpdates { type } }';
  const live: CollectedSubscription<unknown>[] = [];
  let first: Client;

  async function subscribeLive(client: Client): Promise<CollectedSubscription<unknown>> {
    const before = t.hub.services.feed.subscriberCount;
    const sub = collect(client, FEED);
    await waitUntil(() => t.hub.services.feed.subscriberCount === before + 1 || sub.completed, 5000, 'subscription admitted');
    expect(sub.errors).toEqual([]);
    live.push(sub);
    return sub;
  }

  async function refusedWith(client: Client): Promise<WsError> {
    const sub = collect(client, FEED);
    await sub.waitForEnd(5000);
    const errors = sub.errors[0] as WsError[];
    expect(errors).toHaveLength(1);
    return errors[0];
  }

  afterAll(() => live.forEach((s) => s.dispose()));

  it('refuses the subscription past the cap of a connection, then past the cap of the viewer, with TOO_MANY_SUBSCRIPTIONS', async () => {
    const token = await t.login('mediator.fuyang');
    first = open(token);
    for (let i = 0; i < PER_CONNECTION; i++) await subscribeLive(first);
    const connectionFull = await refusedWith(first);
    expect(connectionFull.extensions).toEqual({ code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'connection', limit: PER_CONNECTION });
    expect(connectionFull.message).toMatch(/订阅已达上限/);

    // The viewer's second socket gets what is left of the viewer's cap, and no more.
    const second = open(token);
    for (let i = PER_CONNECTION; i < PER_VIEWER; i++) await subscribeLive(second);
    const viewerFull = await refusedWith(second);
    expect(viewerFull.extensions).toEqual({ code: 'TOO_MANY_SUBSCRIPTIONS', scope: 'viewer', limit: PER_VIEWER });

    // Another viewer is not affected.
    await subscribeLive(open(await t.login('mediator.gongshu')));
  });

  it('frees the slot of a subscription the client completes, and every slot of a closed connection', async () => {
    const token = await t.login('mediator.fuyang');
    const [a] = live;
    const count = t.hub.services.feed.subscriberCount;
    a.dispose(); // graphql-ws "complete"
    await waitUntil(() => t.hub.services.feed.subscriberCount === count - 1, 5000, 'subscription ended');
    const third = open(token);
    await subscribeLive(third);
    expect((await refusedWith(third)).extensions?.scope).toBe('viewer');

    // Closing the first socket (2 subscriptions left on it) frees its slots.
    await first.dispose();
    await waitUntil(() => t.hub.services.feed.subscriberCount === count - 2, 5000, 'connection closed');
    await subscribeLive(third);
    await subscribeLive(third);
    expect((await refusedWith(third)).extensions?.scope).toBe('connection');
  });
});
