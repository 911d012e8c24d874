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
import { SharedExecutions } from '../../../src/server/subscriptions';

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Subscription { update: Update }
  type Update { id: ID! organization: String request: String }
`);
type FieldResolver = (source: unknown, args: unknown, ctx: HubContext) => unknown;
const resolvers: Record<string, FieldResolver> = {
  update: (root) => root,
  // Reads the viewer after a pause, as a loader would.
  organization: async (_u, _a, ctx) => {
    await new Promise((r) => setTimeout(r, 5));
    return ctx.viewer?.organizationId ?? null;
  },
  request: (_u, _a, ctx) => ctx.requestId,
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

const fy1 = viewer('u1', 'org-fy');
const fy2 = viewer('u2', 'org-fy');
const gs = viewer('u3', 'org-gs');
const root = { id: 'r1' };

describe('SharedExecutions', () => {
  it('shares an execution with the viewers alike in what it read, and only with them', async () => {
    const shared = new SharedExecutions();
    const a = args('subscription { update { id organization } }');
    const [r1, r2, r3] = await Promise.all([shared.execute(a, root, context(fy1, 'c1'), em), shared.execute(a, root, context(fy2, 'c2'), em), shared.execute(a, root, context(gs, 'c3'), em)]);
    expect(r1).toEqual({ data: { update: { id: 'r1', organization: 'org-fy' } } });
    expect(r2).toBe(r1);
    expect(r3).toEqual({ data: { update: { id: 'r1', organization: 'org-gs' } } });
    expect(shared.counts).toEqual({ executed: 2, shared: 1 });
  });

  it('a payload that reads nothing of the viewer serves every viewer', async () => {
    const shared = new SharedExecutions();
    const a = args('subscription { update { id } }');
    const results = await Promise.all([fy1, fy2, gs].map((v, i) => shared.execute(a, root, context(v, `c${i}`), em)));
    expect(results.map((r) => r.data)).toEqual([0, 1, 2].map(() => ({ update: { id: 'r1' } })));
    expect(shared.counts).toEqual({ executed: 1, shared: 2 });
  });

  it('reading the request (its id) makes the result its own', async () => {
    const shared = new SharedExecutions();
    const a = args('subscription { update { request } }');
    const results = await Promise.all([shared.execute(a, root, context(fy1, 'c1'), em), shared.execute(a, root, context(fy1, 'c2'), em)]);
    expect(results.map((r) => r.data)).toEqual([{ update: { request: 'c1' } }, { update: { request: 'c2' } }]);
    expect(shared.counts).toEqual({ executed: 2, shared: 0 });
  });

  it('shares nothing across another document, other variables, another root, another EntityManager or no viewer', async () => {
    const shared = new SharedExecutions();
    const q = 'subscription($x: Int) { update { id } }';
    await shared.execute(args(q, { x: 1 }), root, context(fy1, 'c1'), em);
    await shared.execute(args(q, { x: 2 }), root, context(fy1, 'c2'), em);
    await shared.execute(args('subscription { update { id } }'), root, context(fy1, 'c3'), em);
    await shared.execute(args(q, { x: 1 }), { id: 'r2' }, context(fy1, 'c4'), em);
    await shared.execute(args(q, { x: 1 }), root, context(fy1, 'c5'), {} as EntityManager);
    await shared.execute(args(q, { x: 1 }), root, context(null, 'c6'), em);
    expect(shared.counts).toEqual({ executed: 6, shared: 0 });
    // A root of the same class with the same fields is the same root.
    await shared.execute(args(q, { x: 1 }), { id: 'r1' }, context(fy2, 'c7'), em);
    expect(shared.counts).toEqual({ executed: 6, shared: 1 });
  });
});
