import { LoginDocument, MattersDocument, MatterByCodeDocument, MeDocument, OrganizationsDocument } from '../generated/graphql';
import { postGraphql, startTestHub, type TestHub } from '../support/test-hub';
import { TokenService } from '../../src/modules/auth/jwt';
import { seedDatabase } from '../../seeds/seed';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(async () => {
  await t?.stop();
});

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    const base = t.hub.url.replace('/graphql', '');
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' });
  });
});

describe('login and me', () => {
  it('logs in with a demo account and me says FRONTDESK', async () => {
    const res = await t.gql(LoginDocument, { username: 'frontdesk', password: 'demo-password' });
    expect(res.errors).toBeUndefined();
    const login = res.data!.login;
    expect(login.__typename).toBe('Session');
    if (login.__typename !== 'Session') throw new Error('unreachable');
    expect(login.user.roles).toEqual(['FRONTDESK']);
    expect(login.user.organization?.name).toBe('杭州市社会矛盾纠纷调处化解中心');
    expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await t.gql(MeDocument, {}, login.token);
    expect(me.data!.me).toMatchObject({ username: 'frontdesk', roles: ['FRONTDESK'], organization: { kind: 'DISPUTE_CENTER' } });
  });

  it('a wrong password and an unknown user give the same InvalidCredentialsError', async () => {
    for (const [username, password] of [
      ['frontdesk', 'wrong-password'],
      ['nobody', 'demo-password'],
    ]) {
      const res = await t.gql(LoginDocument, { username, password });
      expect(res.errors).toBeUndefined();
      expect(res.data!.login).toEqual({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS', message: '用户名或密码错误。' });
    }
  });

  it('me fails with UNAUTHENTICATED without a token, like every field outside the public list (contract README)', async () => {
    const res = await t.gql(MeDocument, {});
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.data?.me ?? null).toBeNull();
  });

  it('an expired token, a forged token and a malformed header are UNAUTHENTICATED', async () => {
    const user = (await t.gql(LoginDocument, { username: 'mediator.fuyang', password: 'demo-password' })).data!.login;
    if (user.__typename !== 'Session') throw new Error('login failed');
    const tokens = new TokenService(t.config.jwtSecret, 60);
    const expired = (await tokens.issue(user.user.id, 1, new Date(Date.now() - 3600_000))).token;
    const forged = (await new TokenService('another-secret-another-secret-another-secret', 3600).issue(user.user.id)).token;
    for (const token of [expired, forged, 'not-a-jwt']) {
      const res = await t.gql(MeDocument, {}, token);
      expect(res.status).toBe(401);
      expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.data ?? null).toBeNull();
    }
    const raw = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Basic abc' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(raw.status).toBe(401);
  });
});

describe('public catalog over HTTP', () => {
  it('lists the three demonstration matters with their statutory limits', async () => {
    const res = await t.gql(MattersDocument, {});
    expect(res.errors).toBeUndefined();
    const byCode = new Map(res.data!.matters.map((m) => [m.code, m]));
    const procurement = byCode.get('GOV-PROCUREMENT-COMPLAINT')!;
    expect(procurement.authority?.name).toBe('杭州市财政局');
    expect(procurement.acceptanceTimeLimit).toMatchObject({ amount: 5, unit: 'WORKING_DAYS' });
    expect(procurement.handlingTimeLimit).toMatchObject({ amount: 30, unit: 'WORKING_DAYS', extensible: false });
    expect(procurement.applicationForm.fields.length).toBeGreaterThan(3);
    expect(procurement.requiredMaterials.some((m) => m.required)).toBe(true);
    const patent = byCode.get('PATENT-INFRINGEMENT')!;
    expect(patent.authority?.name).toBe('杭州市市场监督管理局');
    expect(patent.handlingTimeLimit).toMatchObject({ amount: 3, unit: 'MONTHS', maxExtension: 1, extensible: true });
    const land = byCode.get('LAND-OWNERSHIP')!;
    expect(land.authority?.name).toBe('杭州市规划和自然资源局');
    expect(land.acceptanceTimeLimit).toMatchObject({ amount: 7, unit: 'WORKING_DAYS' });
    expect(land.handlingTimeLimit).toMatchObject({ amount: 6, unit: 'MONTHS', extensible: true, maxExtension: null });
    const channels = new Set(res.data!.matters.map((m) => m.channel));
    expect(channels.size).toBe(8);
  });

  it('filters matters by channel and finds one by code, district authorities first', async () => {
    const res = await t.gql(MattersDocument, { channel: 'MEDIATION' });
    expect(res.data!.matters.length).toBeGreaterThan(0);
    expect(res.data!.matters.every((m) => m.channel === 'MEDIATION')).toBe(true);
    const one = await t.gql(MatterByCodeDocument, { code: 'GOV-PROCUREMENT-COMPLAINT', region: '富阳区' });
    expect(one.data!.matter!.authorities[0]).toEqual({ name: '富阳区财政局', region: '富阳区' });
    const none = await t.gql(MatterByCodeDocument, { code: 'NO-SUCH-MATTER' });
    expect(none.errors).toBeUndefined();
    expect(none.data!.matter).toBeNull();
  });

  it('lists organizations with channel and region filters', async () => {
    const all = await t.gql(OrganizationsDocument, {});
    const names = all.data!.organizations.map((o) => o.name);
    for (const n of ['杭州市社会矛盾纠纷调处化解中心', '富阳区人民调解委员会', '杭州市财政局', '杭州市市场监督管理局', '杭州市规划和自然资源局', '杭州市中级人民法院', '杭州市司法局']) {
      expect(names).toContain(n);
    }
    const courts = await t.gql(OrganizationsDocument, { channel: 'LITIGATION' });
    expect(courts.data!.organizations.length).toBeGreaterThanOrEqual(3);
    expect(courts.data!.organizations.every((o) => o.channels.includes('LITIGATION'))).toBe(true);
    const fuyang = await t.gql(OrganizationsDocument, { region: '富阳区' });
    expect(fuyang.data!.organizations.every((o) => o.region === '富阳区')).toBe(true);
    expect(fuyang.data!.organizations.map((o) => o.name)).toContain('富阳区人民调解委员会');
  });
});

describe('seeds', () => {
  it('are idempotent: a second run inserts nothing', async () => {
    const report = await seedDatabase(t.hub.orm, { demo: true });
    expect(report).toEqual({ organizations: 0, matters: 0, calendarYears: 0, users: 0, demoDisputes: 0 });
    const count = await t.hub.orm.em.fork().getConnection().execute('select count(*)::int as n from hub_user where username = ?', ['frontdesk']);
    expect(count[0].n).toBe(1);
  });

  it('store the holiday calendar years that chinese-days knows', async () => {
    const rows = await t.hub.orm.em.fork().getConnection().execute('select min(year)::int as lo, max(year)::int as hi, count(*)::int as n from holiday_calendar');
    expect(rows[0]).toEqual({ lo: 2004, hi: 2026, n: 23 });
  });
});

describe('HTTP edge', () => {
  it('rejects a non-JSON body cleanly', async () => {
    const res = await fetch(t.hub.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(res.status).toBe(400);
  });

  it('echoes a request id', async () => {
    const res = await postGraphql(t.hub.url, '{ __typename }', {});
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });
});
