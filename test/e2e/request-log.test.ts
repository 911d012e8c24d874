import pino from 'pino';
import { startHub, type RunningHub } from '../../src/server/app';
import { postGraphql, startTestHub, type TestHub } from '../support/test-hub';
import { collect, rawConnect, waitUntil, wsClient } from '../support/ws-client';

// Request logs name the GraphQL operation (name and type), the viewer and the outcome; refusals and
// client errors are logged at warn with their reason; WebSocket operations likewise; the seed line
// says what exists, not "0 organizations" on a database that has them.

interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

const INFO = 30;
const WARN = 40;

const lines: LogLine[] = [];
const logger = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) });

let t: TestHub;
let restarted: RunningHub | null = null;
beforeAll(async () => {
  t = await startTestHub({}, { logger });
});
afterAll(async () => {
  await restarted?.stop();
  await t?.stop();
});

const requestLine = (requestId: string | null) => lines.find((l) => l.msg === 'request' && l.requestId === requestId);
const userIdOf = async (token: string) => ((await postGraphql<{ me: { id: string } }>(t.hub.url, '{ me { id } }', {}, token)).data as { me: { id: string } }).me.id;

describe('HTTP request log lines', () => {
  it('name the operation, its type, the viewer and the outcome of a query that went well (info)', async () => {
    const token = await t.login('mediator.fuyang');
    const res = await postGraphql(t.hub.url, 'query WhoAmI { me { id username } }', {}, token);
    expect(res.status).toBe(200);
    const line = requestLine(res.headers.get('x-request-id'));
    expect(line).toMatchObject({ level: INFO, transport: 'http', path: '/graphql', status: 200, operationName: 'WhoAmI', operationType: 'query', userId: await userIdOf(token), outcome: 'ok' });
    expect(line).not.toHaveProperty('codes');
  });

  it('log a refused query at warn, with its code and reason', async () => {
    const token = await t.login('mediator.fuyang');
    const res = await postGraphql(t.hub.url, 'query ReadAudit { auditLog(first: 1) { nodes { id } } }', {}, token);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const line = requestLine(res.headers.get('x-request-id'));
    expect(line).toMatchObject({ level: WARN, operationName: 'ReadAudit', operationType: 'query', userId: await userIdOf(token), outcome: 'error', codes: ['FORBIDDEN'] });
    expect(typeof line?.reason).toBe('string');
    expect((line?.reason as string).length).toBeGreaterThan(0);
  });

  it('log a refused token, a mutation refused by validation, and a parse error at warn', async () => {
    const badToken = await postGraphql(t.hub.url, 'query WhoAmI { me { id } }', {}, 'not-a-token');
    expect(requestLine(badToken.headers.get('x-request-id'))).toMatchObject({ level: WARN, status: 401, outcome: 'error', codes: ['UNAUTHENTICATED'] });

    const token = await t.login('mediator.fuyang');
    const invalid = await postGraphql(t.hub.url, 'mutation Nope { noSuchMutation }', {}, token);
    expect(requestLine(invalid.headers.get('x-request-id'))).toMatchObject({
      level: WARN,
      operationName: 'Nope',
      operationType: 'mutation',
      userId: await userIdOf(token),
      outcome: 'error',
      codes: ['GRAPHQL_VALIDATION_FAILED'],
    });

    const unparsable = await postGraphql(t.hub.url, 'query {', {}, token);
    expect(requestLine(unparsable.headers.get('x-request-id'))).toMatchObject({ level: WARN, outcome: 'error', codes: ['GRAPHQL_PARSE_FAILED'] });
  });

  it('keep personal data quoted back by a coercion error out of the reason', async () => {
    const res = await postGraphql(t.hub.url, 'query Lookup($id: ID!) { dispute(id: $id) { id } }', { id: { n: '330106199001011234' } }, await t.login('frontdesk'));
    const line = requestLine(res.headers.get('x-request-id'));
    expect(line).toMatchObject({ level: WARN, operationName: 'Lookup', outcome: 'error' });
    expect(JSON.stringify(line)).not.toContain('330106199001011234');
  });
});

describe('WebSocket log lines', () => {
  it('one line per subscribe, naming the operation, its type, the viewer and the outcome; refusals at warn', async () => {
    const token = await t.login('mediator.fuyang');
    const userId = await userIdOf(token);
    const client = wsClient(t.hub.wsUrl, token);
    try {
      const sub = collect(client, 'subscription ReferralFeed { referralUpdates { type } }');
      await waitUntil(() => lines.some((l) => l.msg === 'ws operation' && l.operationName === 'ReferralFeed'), 5000, 'ws log line');
      expect(lines.filter((l) => l.msg === 'ws operation' && l.operationName === 'ReferralFeed')).toEqual([
        expect.objectContaining({ level: INFO, transport: 'ws', operationType: 'subscription', userId, outcome: 'ok', requestId: expect.any(String), operationId: expect.any(String) }),
      ]);

      const refused = collect(client, 'subscription Broken { referralUpdates { noSuchField } }');
      await refused.waitForEnd();
      expect(lines.find((l) => l.msg === 'ws operation' && l.operationName === 'Broken')).toMatchObject({
        level: WARN,
        operationType: 'subscription',
        userId,
        outcome: 'error',
        codes: ['GRAPHQL_VALIDATION_FAILED'],
        reason: expect.stringContaining('noSuchField'),
      });
      sub.dispose();
    } finally {
      await client.dispose();
    }
  });

  it('logs a refused handshake at warn', async () => {
    const before = lines.filter((l) => l.msg === 'ws connection refused').length;
    const conn = rawConnect(t.hub.wsUrl, { authorization: 'Bearer not-a-token' });
    expect((await conn.closed).code).toBe(4403);
    await waitUntil(() => lines.filter((l) => l.msg === 'ws connection refused').length > before, 5000, 'refusal logged');
    expect(lines.filter((l) => l.msg === 'ws connection refused').at(-1)).toMatchObject({ level: WARN, transport: 'ws', codes: ['UNAUTHENTICATED'] });
  });
});

describe('the seed log line', () => {
  it('says what exists and what this start added, on a fresh database and on a restart', async () => {
    const seedLine = (from: number) => lines.slice(from).find((l) => typeof l.exists === 'object');
    const first = seedLine(0)!;
    const exists = first.exists as { organizations: number; matters: number; users: number; calendarYears: number };
    expect(exists.organizations).toBeGreaterThan(0);
    expect(exists.matters).toBeGreaterThan(0);
    expect(exists.users).toBeGreaterThan(0);
    expect(exists.calendarYears).toBeGreaterThan(0);
    expect((first.added as { organizations: number }).organizations).toBe(exists.organizations);
    expect(first.msg).toContain(`${exists.organizations} organizations`);

    // A restart on the same database adds nothing and still reports what is there.
    await t.hub.stop();
    const mark = lines.length;
    restarted = await startHub(t.config, { embedded: t.db.embedded ?? undefined, logger });
    const again = seedLine(mark)!;
    expect(again.exists).toEqual(exists);
    expect((again.added as { organizations: number }).organizations).toBe(0);
    expect(again.msg).toBe(`seed data checked: ${exists.organizations} organizations, ${exists.matters} matters, ${exists.users} users, ${exists.calendarYears} calendar years exist (added: nothing)`);
  });
});
