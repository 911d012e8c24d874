/**
 * SharedExecutions on a small schema whose fields read the viewer and the request: what decides
 * whether a live payload's execution serves another subscriber. (The hub's own subscriptions are
 * covered over WebSockets in test/e2e/subscriptions.test.ts.)
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { buildSchema, parse, type ExecutionArgs } from 'graphql';
import { createContext, type HubContext, type HubServices } from '../../../src/core/context';
import { Role } from '../../../src/core/enums';
import { createLogger } from '../../../src/core/logger';
import type { Viewer } from '../../../src/core/viewer';
import { buildHubSchema } from '../../../src/server/schema';
import { SharedExecutions, payloadKey } from '../../../src/server/subscriptions';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Subscription { update(after: String): Update }
  type Update { id: ID! organization: String request: String label(x: Int): String echo(s: String): String }
`);
/** Executions inside the slow field at once, and the most seen. */
const running = { now: 0, most: 0 };
type FieldResolver = (source: unknown, args: unknown, ctx: HubContext) => unknown;
const resolvers: Record<string, FieldResolver> = {
  update: (root) => root,
  // Reads the viewer after a pause, as a loader would.
  organization: async (_u, _a, ctx) => {
    running.now++;
    running.most = Math.max(running.most, running.now);
    await new Promise((r) => setTimeout(r, 5));
    running.now--;
    return ctx.viewer?.organizationId ?? null;
  },
  request: (_u, _a, ctx) => ctx.requestId,
  label: (_u, a) => `label ${(a as { x?: number }).x}`,
  echo: (_u, a) => (a as { s?: string }).s,
};

const services = { logger: createLogger('silent') } as unknown as HubServices;
const em = {} as EntityManager;
const expires = new Date('2026-12-05T08:00:00Z');
function viewer(userId: string, organizationId: string): Viewer {
  return { userId, username: userId, roles: [Role.HANDLER], organizationId, tokenExpiresAt: expires };
}
function context(v: Viewer | null, requestId: string): HubContext {
  return createContext({ services, em, viewer: v, requestId, ip: '127.0.0.1', makeLoaders: () => ({}) as never });
}
function args(query: string, variableValues: Record<string, unknown> = {}): ExecutionArgs {
  return {
    schema,
    document: parse(query),
    variableValues,
    fieldResolver: (source, a, ctx: HubContext, info) => (resolvers[info.fieldName] ?? ((src) => (src as Record<string, unknown>)[info.fieldName]))(source, a, ctx),
  };
}

function deliver(shared: SharedExecutions, a: ExecutionArgs, r: unknown, ctx: HubContext, on = em) {
  return shared.execute(a, payloadKey(a), r, ctx, on);
}

const fy1 = viewer('u1', 'org-fy');
const fy2 = viewer('u2', 'org-fy');
const gs = viewer('u3', 'org-gs');
const root = { id: 'r1' };

describe('SharedExecutions', () => {
  it('shares an execution with the viewers alike in what it read, and only with them', async () => {
    const shared = new SharedExecutions();
    const a = args('subscription { update { id organization } }');
    const [r1, r2, r3] = await Promise.all([deliver(shared, a, root, context(fy1, 'c1'), em), deliver(shared, a, root, context(fy2, 'c2'), em), deliver(shared, a, root, context(gs, 'c3'), em)]);
    expect(r1).toEqual({ data: { update: { id: 'r1', organization: 'org-fy' } } });
    expect(r2).toBe(r1);
    expect(r3).toEqual({ data: { update: { id: 'r1', organization: 'org-gs' } } });
    expect(shared.counts).toEqual({ executed: 2, shared: 1 });
  });

  it('groups viewers by what the first execution read: one execution per group, the groups side by side', async () => {
    const shared = new SharedExecutions();
    const a = args('subscription { update { id organization } }');
    const viewers = Array.from({ length: 10 }, (_, i) => viewer(`u${i}`, i % 2 ? 'org-gs' : 'org-fy'));
    const results = await Promise.all(viewers.map((v, i) => deliver(shared, a, root, context(v, `c${i}`), em)));
    expect(results.map((r) => (r.data as { update: { organization: string } }).update.organization)).toEqual(viewers.map((v) => v.organizationId));
    expect(shared.counts).toEqual({ executed: 2, shared: 8 });
  });

  it('executions that cannot be shared are not queued behind each other', async () => {
    const shared = new SharedExecutions();
    const a = args('subscription { update { organization request } }');
    running.most = 0;
    const viewers = Array.from({ length: 20 }, (_, i) => viewer(`u${i}`, `org-${i}`));
    const results = await Promise.all(viewers.map((v, i) => deliver(shared, a, root, context(v, `c${i}`), em)));
    expect(results.map((r) => (r.data as { update: { request: string } }).update.request)).toEqual(viewers.map((_, i) => `c${i}`));
    expect(shared.counts).toEqual({ executed: 20, shared: 0 });
    // The first runs alone (it read its request id at once, so nobody waits for it); the other 19 together.
    expect(running.most).toBe(20);
  });

  it('a payload that reads nothing of the viewer serves every viewer', async () => {
    const shared = new SharedExecutions();
    const a = args('subscription { update { id } }');
    const results = await Promise.all([fy1, fy2, gs].map((v, i) => deliver(shared, a, root, context(v, `c${i}`), em)));
    expect(results.map((r) => r.data)).toEqual([0, 1, 2].map(() => ({ update: { id: 'r1' } })));
    expect(shared.counts).toEqual({ executed: 1, shared: 2 });
  });

  it('reading the request (its id) makes the result its own', async () => {
    const shared = new SharedExecutions();
    const a = args('subscription { update { request } }');
    const results = await Promise.all([deliver(shared, a, root, context(fy1, 'c1'), em), deliver(shared, a, root, context(fy1, 'c2'), em)]);
    expect(results.map((r) => r.data)).toEqual([{ update: { request: 'c1' } }, { update: { request: 'c2' } }]);
    expect(shared.counts).toEqual({ executed: 2, shared: 0 });
  });

  it('shares nothing across another document, other variables, another root, another EntityManager or no viewer', async () => {
    const shared = new SharedExecutions();
    const q = 'subscription($x: Int) { update { label(x: $x) } }';
    expect((await deliver(shared, args(q, { x: 1 }), root, context(fy1, 'c1'))).data).toEqual({ update: { label: 'label 1' } });
    expect((await deliver(shared, args(q, { x: 2 }), root, context(fy1, 'c2'))).data).toEqual({ update: { label: 'label 2' } });
    await deliver(shared, args('subscription { update { id } }'), root, context(fy1, 'c3'));
    await deliver(shared, args(q, { x: 1 }), { id: 'r2' }, context(fy1, 'c4'));
    await deliver(shared, args(q, { x: 1 }), root, context(fy1, 'c5'), {} as EntityManager);
    await deliver(shared, args(q, { x: 1 }), root, context(null, 'c6'));
    expect(shared.counts).toEqual({ executed: 6, shared: 0 });
    // A root of the same class with the same fields is the same root; a hidden field counts too.
    await deliver(shared, args(q, { x: 1 }), { id: 'r1' }, context(fy2, 'c7'));
    expect(shared.counts).toEqual({ executed: 6, shared: 1 });
    await deliver(shared, args(q, { x: 1 }), Object.defineProperty({ id: 'r1' }, 'secret', { value: 'fy2', enumerable: false }), context(fy2, 'c8'));
    expect(shared.counts).toEqual({ executed: 7, shared: 1 });
  });

  it("the subscription field's own arguments chose the stream: they do not part subscribers", () => {
    const q = 'subscription($after: String, $x: Int) { update(after: $after) { label(x: $x) } }';
    expect(payloadKey(args(q, { after: 'c1', x: 1 }))).toBe(payloadKey(args(q, { after: 'c2', x: 1 })));
    expect(payloadKey(args(q, { after: 'c1', x: 1 }))).not.toBe(payloadKey(args(q, { after: 'c1', x: 2 })));
    // Used below the field as well: then it counts.
    const both = 'subscription($after: String) { update(after: $after) { echo(s: $after) } }';
    expect(payloadKey(args(both, { after: 'c1' }))).not.toBe(payloadKey(args(both, { after: 'c2' })));
    const below = 'fragment F on Update { id } subscription($after: String, $x: Int) { update(after: $after) { ...F label(x: $x) } }';
    expect(payloadKey(args(below, { after: 'c1', x: 3 }))).not.toBe(payloadKey(args(below, { after: 'c1', x: 4 })));
  });

  it('every subscription field of the hub resolves to the delivered value, whatever its arguments (what payloadKey relies on)', () => {
    const fields = buildHubSchema().getSubscriptionType()!.getFields();
    expect(Object.keys(fields).sort()).toEqual(['deadlineAlerts', 'disputeEvents', 'referralUpdates']);
    for (const field of Object.values(fields)) {
      const delivered = { id: 'e1' };
      expect(field.resolve!(delivered, { after: 'x', disputeId: 'y', scope: 'ALL' }, {} as never, {} as never)).toBe(delivered);
    }
  });
});
