// Going live (#13): administration of organizations and accounts, one-time passwords, sessions
// that end when an account changes (HTTP and WebSocket), sign-in throttling under concurrency,
// reference data without demo data, the bootstrap administrator, admin:create, and the
// production start that refuses demo passwords.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { startHub } from '../../src/server/app';
import { startTestHub, testConfig, type TestHub } from '../support/test-hub';
import { neighbourhoodDispute } from '../support/fixtures';
import { collect, waitUntil, wsClient } from '../support/ws-client';
import type { Client } from 'graphql-ws';

jest.setTimeout(60_000);

type Vars = Record<string, unknown>;
const USER_FIELDS = 'id username displayName roles disabled mustChangePassword version organization { id name }';
const ERR = '... on ErrorResult { code message }';
const INVALID = `${ERR} ... on ValidationError { fieldErrors { field message } }`;
const ERROR_FIELDS = `${INVALID} ... on VersionConflictError { currentVersion }`;
const SESSION = `... on Session { token mustChangePassword user { id username } }`;

let t: TestHub;
let admin: string;
const clients: Client[] = [];

beforeAll(async () => {
  t = await startTestHub();
  admin = await t.login('admin');
});
afterAll(async () => {
  for (const c of clients) await c.dispose();
  await t?.stop();
});

async function call<T = Record<string, unknown>>(query: string, variables: Vars, token: string | null): Promise<T & { __typename: string }> {
  const res = await t.gql<Record<string, T & { __typename: string }>, Vars>(query, variables, token);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data)[0];
}

async function orgId(name: string): Promise<string> {
  const res = await t.gql<{ organizations: { id: string; name: string }[] }, Vars>('{ organizations(includeInactive: true) { id name } }', {});
  const org = res.data!.organizations.find((o) => o.name === name);
  if (!org) throw new Error(`no organization ${name}`);
  return org.id;
}

async function login(username: string, password: string, hub: TestHub = t) {
  const res = await hub.gql<{ login: { __typename: string; code?: string; token?: string; mustChangePassword?: boolean } }, Vars>(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ${SESSION} ${ERR} } }`,
    { u: username, p: password },
  );
  return res.data!.login;
}

/** Creates an account through the API and signs it in with a password of its own. Returns its token and id. */
async function newAccount(username: string, roles: string[], organizationName: string | null) {
  const created = await call<{ user: { id: string; version: number }; oneTimePassword: string }>(
    `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename ... on UserCredentials { oneTimePassword user { ${USER_FIELDS} } } ${INVALID} } }`,
    { input: { username, displayName: `测试 ${username}`, roles, organizationId: organizationName ? await orgId(organizationName) : null } },
    admin,
  );
  expect(created.__typename).toBe('UserCredentials');
  const first = await login(username, created.oneTimePassword);
  const changed = await call<{ token: string }>(
    `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename ${SESSION} ${INVALID} } }`,
    { c: created.oneTimePassword, n: 'Harbor-7319-lights' },
    first.token!,
  );
  expect(changed.__typename).toBe('Session');
  return { id: created.user.id, token: changed.token, password: 'Harbor-7319-lights' };
}

async function version(userId: string): Promise<number> {
  const res = await t.gql<{ users: { id: string; version: number }[] }, Vars>('{ users(includeDisabled: true) { id version } }', {}, admin);
  return res.data!.users.find((u) => u.id === userId)!.version;
}

describe('accounts', () => {
  it('an administrator creates an account with a one-time password that must be changed before anything else', async () => {
    const org = await orgId('富阳区人民调解委员会');
    const created = await call<{ oneTimePassword: string; user: { id: string; mustChangePassword: boolean; version: number } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename ... on UserCredentials { oneTimePassword user { ${USER_FIELDS} } } ${INVALID} } }`,
      { input: { username: 'Mediator3.Fuyang', displayName: '调解员 三号', roles: ['HANDLER'], organizationId: org } },
      admin,
    );
    expect(created.__typename).toBe('UserCredentials');
    expect(created.user.mustChangePassword).toBe(true);
    expect(created.oneTimePassword).toMatch(/^[A-Za-z2-9]{14}$/);

    const session = await login('mediator3.fuyang', created.oneTimePassword);
    expect(session).toMatchObject({ __typename: 'Session', mustChangePassword: true });
    // Nothing but me and changePassword until the password is changed.
    const blocked = await t.gql('{ disputes(first: 1) { totalCount } }', {}, session.token);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await t.gql<{ me: { username: string } }, Vars>('{ me { username } }', {}, session.token)).data!.me.username).toBe('mediator3.fuyang');

    const change = (n: string) =>
      call<{ fieldErrors?: { field: string; message: string }[]; token?: string }>(
        `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename ${SESSION} ${INVALID} } }`,
        { c: created.oneTimePassword, n },
        session.token!,
      );
    for (const weak of ['short1!', 'mediator3.fuyang', 'x-mediator3.fuyang-x', 'password123', 'qwertyuiop', 'aaaaaaaaaaaa']) {
      const r = await change(weak);
      expect(r.__typename).toBe('ValidationError');
      expect(r.fieldErrors![0].field).toBe('newPassword');
    }
    const wrongCurrent = await call(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { __typename ${INVALID} } }`,
      { c: 'not-the-password', n: 'Kestrel-river-2026' },
      session.token!,
    );
    expect(wrongCurrent).toMatchObject({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS' });

    const changed = await change('Kestrel-river-2026');
    expect(changed.__typename).toBe('Session');
    // The one-time session ended with the change; the new one works.
    expect((await t.gql('{ me { id } }', {}, session.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ disputes(first: 1) { totalCount } }', {}, changed.token)).errors).toBeUndefined();
    expect(await login('mediator3.fuyang', created.oneTimePassword)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it('refuses invalid accounts with field errors and non-administrators with FORBIDDEN; nothing is written', async () => {
    const before = (await t.gql<{ users: unknown[] }, Vars>('{ users(includeDisabled: true) { id } }', {}, admin)).data!.users.length;
    const bad = await call<{ fieldErrors: { field: string }[] }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename ${INVALID} } }`,
      { input: { username: 'x', displayName: '', roles: ['HANDLER'], organizationId: null } },
      admin,
    );
    expect(bad.__typename).toBe('ValidationError');
    expect(bad.fieldErrors.map((e) => e.field).sort()).toEqual(['displayName', 'organizationId', 'username']);
    const taken = await call<{ fieldErrors: { field: string; message: string }[] }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename ${INVALID} } }`,
      { input: { username: 'frontdesk', displayName: '重名', roles: ['FRONTDESK'], organizationId: await orgId('杭州市社会矛盾纠纷调处化解中心') } },
      admin,
    );
    expect(taken.fieldErrors).toEqual([{ field: 'username', message: '用户名已被使用' }]);
    // A name every viewer sees (an event's actor) never carries an identity or phone number.
    const personal = await call<{ fieldErrors: { field: string; message: string }[] }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename ${INVALID} } }`,
      { input: { username: 'named.by.phone', displayName: '王芳 13812345678', roles: ['FRONTDESK'], organizationId: await orgId('杭州市社会矛盾纠纷调处化解中心') } },
      admin,
    );
    expect(personal.fieldErrors).toEqual([{ field: 'displayName', message: '姓名不得包含手机或电话号码' }]);
    const forbidden = await t.gql(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { __typename } }`,
      { input: { username: 'sneaky', displayName: '越权', roles: ['ADMIN'], organizationId: null } },
      await t.login('frontdesk'),
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql<{ users: unknown[] }, Vars>('{ users(includeDisabled: true) { id } }', {}, admin)).data!.users.length).toBe(before);
  });

  it('changes roles and organization with a version check, and keeps at least one administrator', async () => {
    const a = await newAccount('roles.test', ['HANDLER'], '富阳区人民调解委员会');
    const v = await version(a.id);
    const update = (id: string, input: Vars, expectedVersion: number) =>
      call<{ currentVersion?: number; roles?: string[]; organization?: { name: string }; version?: number; fieldErrors?: { field: string }[] }>(
        `mutation($id: ID!, $input: UpdateUserInput!, $v: Int!) { updateUser(id: $id, input: $input, expectedVersion: $v) { __typename ... on User { ${USER_FIELDS} } ${ERROR_FIELDS} } }`,
        { id, input, v: expectedVersion },
        admin,
      );
    expect(await update(a.id, { roles: ['HANDLER', 'FRONTDESK'] }, v + 5)).toMatchObject({ __typename: 'VersionConflictError', currentVersion: v });
    const moved = await update(a.id, { organizationId: await orgId('拱墅区人民调解委员会') }, v);
    expect(moved).toMatchObject({ __typename: 'User', organization: { name: '拱墅区人民调解委员会' }, version: v + 1 });
    expect(await update(a.id, { organizationId: null }, v + 1)).toMatchObject({ __typename: 'ValidationError' });

    const me = (await t.gql<{ me: { id: string; version: number } }, Vars>('{ me { id version } }', {}, admin)).data!.me;
    const others = (await t.gql<{ users: { id: string; roles: string[] }[] }, Vars>('{ users { id roles } }', {}, admin)).data!.users.filter((u) => u.roles.includes('ADMIN') && u.id !== me.id);
    expect(others).toEqual([]);
    expect(await update(me.id, { roles: ['REVIEWER'], organizationId: await orgId('杭州市司法局') }, me.version)).toMatchObject({ __typename: 'ValidationError', fieldErrors: [{ field: 'roles' }] });
  });

  it('organizationMembers: a handler sees the active accounts of their own organization only', async () => {
    const token = await t.login('mediator.fuyang');
    const res = await t.gql<{ organizationMembers: { username: string }[] }, Vars>('{ organizationMembers { username } }', {}, token);
    const names = res.data!.organizationMembers.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['mediator.fuyang', 'mediator2.fuyang']));
    expect(names).not.toContain('mediator.gongshu');
    const other = await t.gql('query($o: ID) { organizationMembers(organizationId: $o) { username } }', { o: await orgId('拱墅区人民调解委员会') }, token);
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('sessions end when the account changes', () => {
  it('a password reset ends HTTP sessions at once; the one-time password must then be changed', async () => {
    const a = await newAccount('reset.test', ['HANDLER'], '富阳区人民调解委员会');
    expect((await t.gql('{ me { id } }', {}, a.token)).errors).toBeUndefined();
    const reset = await call<{ oneTimePassword: string }>(
      `mutation($id: ID!, $v: Int!) { resetPassword(id: $id, expectedVersion: $v) { __typename ... on UserCredentials { oneTimePassword } ${ERROR_FIELDS} } }`,
      { id: a.id, v: await version(a.id) },
      admin,
    );
    expect(reset.__typename).toBe('UserCredentials');
    expect((await t.gql('{ me { id } }', {}, a.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await login('reset.test', a.password)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(await login('reset.test', reset.oneTimePassword)).toMatchObject({ __typename: 'Session', mustChangePassword: true });
  });

  it('disabling an account closes its WebSocket with 4403 within a second and delivers nothing committed after the change', async () => {
    const a = await newAccount('ws.disable', ['HANDLER'], '富阳区人民调解委员会');
    let closed: { code: number; at: number } | null = null;
    const client = wsClient(t.hub.wsUrl, a.token, { onClose: (code) => (closed = { code, at: Date.now() }) });
    clients.push(client);
    const sub = collect<{ referralUpdates: { referral: { id: string } } }>(client, 'subscription { referralUpdates { type referral { id dispute { parties { idNumber } } } } }');
    await waitUntil(() => t.hub.services.feed.subscriberCount >= 1, 5000, 'subscribed');

    const frontdesk = await t.login('frontdesk');
    const fuyang = await orgId('富阳区人民调解委员会');
    const register = async () =>
      (
        await call<{ id: string }>(
          'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id } ... on ErrorResult { message } } }',
          { input: neighbourhoodDispute('富阳区') },
          frontdesk,
        )
      ).id;
    const refer = (disputeId: string) =>
      call(
        'mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ... on Referral { id } ... on ErrorResult { message } } }',
        { input: { disputeId, toOrganizationId: fuyang, channel: 'MEDIATION', kind: 'TRANSFER', reason: '属地调解' } },
        frontdesk,
      );
    // Before the change: delivered (the subscription works).
    await refer(await register());
    await sub.waitFor(1, 5000);
    const disputeAfter = await register();

    const disabled = await call(
      `mutation($id: ID!, $v: Int!) { disableUser(id: $id, expectedVersion: $v) { __typename ... on User { disabled } ${ERROR_FIELDS} } }`,
      { id: a.id, v: await version(a.id) },
      admin,
    );
    const committedAt = Date.now();
    expect(disabled).toMatchObject({ __typename: 'User', disabled: true });
    // Committed right after the change, before the watch's next poll: must not reach the disabled account.
    await refer(disputeAfter);
    await waitUntil(() => closed !== null, 3000, 'socket closed');
    expect(closed!.code).toBe(4403);
    expect(closed!.at - committedAt).toBeLessThan(1000);
    await new Promise((r) => setTimeout(r, 300));
    expect(sub.received).toHaveLength(1);
    expect((await t.gql('{ me { id } }', {}, a.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await login('ws.disable', a.password)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
  });

  it('signOut ends every session of the account (HTTP and WebSocket) and nothing else; the password still signs in', async () => {
    const a = await newAccount('sign.out', ['HANDLER'], '富阳区人民调解委员会');
    const second = await login('sign.out', a.password);
    let code: number | null = null;
    const client = wsClient(t.hub.wsUrl, second.token!, { onClose: (c) => (code = c) });
    clients.push(client);
    collect(client, 'subscription { referralUpdates { type } }');
    await waitUntil(() => t.hub.services.feed.subscriberCount >= 1, 5000, 'subscribed');
    const other = await t.login('frontdesk');

    const res = await t.gql<{ signOut: boolean }, Vars>('mutation { signOut }', {}, a.token);
    expect({ errors: res.errors, data: res.data }).toEqual({ errors: undefined, data: { signOut: true } });
    expect((await t.gql('{ me { id } }', {}, a.token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql('{ me { id } }', {}, second.token!)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await waitUntil(() => code !== null, 2000, 'socket closed');
    expect(code).toBe(4403);
    // Another account is untouched; the signed-out one signs in again with its password.
    expect((await t.gql('{ me { username } }', {}, other)).data).toEqual({ me: { username: 'frontdesk' } });
    expect(await login('sign.out', a.password)).toMatchObject({ __typename: 'Session', mustChangePassword: false });
    // Anonymous: UNAUTHENTICATED, nothing written.
    expect((await t.gql('mutation { signOut }', {}, null)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a role change closes the WebSocket too', async () => {
    const a = await newAccount('ws.roles', ['HANDLER'], '富阳区人民调解委员会');
    let code: number | null = null;
    const client = wsClient(t.hub.wsUrl, a.token, { onClose: (c) => (code = c) });
    clients.push(client);
    collect(client, 'subscription { referralUpdates { type } }');
    await waitUntil(() => t.hub.services.feed.subscriberCount >= 1, 5000, 'subscribed');
    await call(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, input: { roles: [FRONTDESK] }, expectedVersion: $v) { __typename } }`, { id: a.id, v: await version(a.id) }, admin);
    await waitUntil(() => code !== null, 2000, 'socket closed');
    expect(code).toBe(4403);
  });
});

describe('organizations', () => {
  it('are created, changed with a version check and deactivated: deactivated ones keep their history and receive no referrals', async () => {
    const create = await call<{ id: string; version: number; active: boolean; parent: { name: string } }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ... on Organization { id name kind channels region active version parent { name } } ${ERROR_FIELDS} } }`,
      { input: { name: '富阳区银湖街道人民调解委员会', kind: 'PEOPLES_MEDIATION_COMMITTEE', channels: ['MEDIATION'], region: '富阳区', parentId: await orgId('富阳区人民调解委员会') } },
      admin,
    );
    expect(create).toMatchObject({ __typename: 'Organization', active: true, version: 1, parent: { name: '富阳区人民调解委员会' } });
    const invalid = await call<{ fieldErrors: { field: string }[] }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ${ERROR_FIELDS} } }`,
      { input: { name: '富阳区银湖街道人民调解委员会', kind: 'PEOPLES_MEDIATION_COMMITTEE', channels: ['MEDIATION'], region: '火星区' } },
      admin,
    );
    expect(invalid.fieldErrors.map((e) => e.field).sort()).toEqual(['name', 'region']);
    // The name is copied into timeline summaries, which masked viewers read.
    const personal = await call<{ fieldErrors: { field: string; message: string }[] }>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { __typename ${ERROR_FIELDS} } }`,
      { input: { name: '调解室（联系人身份证330102198001011234）', kind: 'PEOPLES_MEDIATION_COMMITTEE', channels: ['MEDIATION'], region: '富阳区' } },
      admin,
    );
    expect(personal.fieldErrors).toEqual([{ field: 'name', message: '单位名称不得包含身份证号码' }]);
    const cycle = await call(
      `mutation($id: ID!, $input: UpdateOrganizationInput!, $v: Int!) { updateOrganization(id: $id, input: $input, expectedVersion: $v) { __typename ${ERROR_FIELDS} } }`,
      { id: await orgId('富阳区人民调解委员会'), input: { parentId: create.id }, v: 1 },
      admin,
    );
    expect(cycle).toMatchObject({ __typename: 'ValidationError' });

    const renamed = await call(
      `mutation($id: ID!, $input: UpdateOrganizationInput!, $v: Int!) { updateOrganization(id: $id, input: $input, expectedVersion: $v) { __typename ... on Organization { name version } ${ERROR_FIELDS} } }`,
      { id: create.id, input: { name: '富阳区银湖街道调委会' }, v: 1 },
      admin,
    );
    expect(renamed).toMatchObject({ __typename: 'Organization', name: '富阳区银湖街道调委会', version: 2 });
    const stale = await call(`mutation($id: ID!, $v: Int!) { deactivateOrganization(id: $id, expectedVersion: $v) { __typename ${ERROR_FIELDS} } }`, { id: create.id, v: 1 }, admin);
    expect(stale).toMatchObject({ __typename: 'VersionConflictError', currentVersion: 2 });
    const off = await call(`mutation($id: ID!, $v: Int!) { deactivateOrganization(id: $id, expectedVersion: $v) { __typename ... on Organization { active } } }`, { id: create.id, v: 2 }, admin);
    expect(off).toMatchObject({ active: false });

    const directory = (await t.gql<{ organizations: { id: string }[] }, Vars>('{ organizations { id } }', {})).data!.organizations;
    expect(directory.map((o) => o.id)).not.toContain(create.id);
    const frontdesk = await t.login('frontdesk');
    const dispute = await call<{ id: string }>(
      'mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) { __typename ... on Dispute { id } } }',
      { input: neighbourhoodDispute('富阳区') },
      frontdesk,
    );
    const refused = await call<{ fieldErrors: { field: string }[] }>(
      `mutation($input: ReferDisputeInput!) { referDispute(input: $input) { __typename ${INVALID} } }`,
      { input: { disputeId: dispute.id, toOrganizationId: create.id, channel: 'MEDIATION', kind: 'TRANSFER', reason: '属地调解' } },
      frontdesk,
    );
    expect(refused.__typename).toBe('ValidationError');
    expect(refused.fieldErrors.map((e) => e.field)).toContain('toOrganizationId');
    const nonAdmin = await t.gql(`mutation($id: ID!) { reactivateOrganization(id: $id, expectedVersion: 3) { __typename } }`, { id: create.id }, frontdesk);
    expect(nonAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

/** A sign-in from a chosen loopback address (Linux routes all of 127/8 to lo). */
function loginFrom(localAddress: string, username: string, password: string): Promise<{ code?: string; __typename: string }> {
  const body = JSON.stringify({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ${ERR} } }`, variables: { u: username, p: password } });
  const url = new URL(t.hub.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let data = '';
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve(JSON.parse(data).data.login));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('sign-in throttling', () => {
  it('counts concurrent attempts one by one: of 12 parallel wrong passwords at most 5 are checked, and a burst with the right one is refused too', async () => {
    const a = await newAccount('throttle.one', ['HANDLER'], '富阳区人民调解委员会');
    const results = await Promise.all(Array.from({ length: 12 }, () => loginFrom('127.0.0.1', 'throttle.one', 'wrong-password-123')));
    const checked = results.filter((r) => r.code === 'INVALID_CREDENTIALS').length;
    expect(checked).toBe(5);
    expect(results.filter((r) => r.code === 'LOGIN_THROTTLED')).toHaveLength(7);
    const burst = await Promise.all(Array.from({ length: 4 }, () => loginFrom('127.0.0.1', 'throttle.one', a.password)));
    expect(burst.every((r) => r.code === 'LOGIN_THROTTLED')).toBe(true);
    // The real user at another address is not locked out by the failures of this one.
    expect(await loginFrom('127.0.0.2', 'throttle.one', a.password)).toMatchObject({ __typename: 'Session' });
  });
});

describe('a database with reference data only', () => {
  let fresh: TestHub;
  beforeAll(async () => {
    fresh = await startTestHub({ HUB_SEED_ON_START: 'false', HUB_DEMO_DISPUTES: 'false', HUB_BOOTSTRAP_ADMIN_USERNAME: 'chief', HUB_BOOTSTRAP_ADMIN_PASSWORD: 'Orchid-harbour-2026' });
  });
  afterAll(() => fresh?.stop());

  it('has the catalog, its organizations and the calendar, no demo account, and the bootstrap administrator', async () => {
    const catalog = await fresh.gql<{ matters: unknown[]; organizations: unknown[] }, Vars>('{ matters { code } organizations { id } }', {});
    expect(catalog.data!.matters.length).toBeGreaterThan(0);
    expect(catalog.data!.organizations.length).toBeGreaterThan(0);
    expect(await login('frontdesk', 'demo-password', fresh)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const chief = await login('chief', 'Orchid-harbour-2026', fresh);
    expect(chief).toMatchObject({ __typename: 'Session', mustChangePassword: false });
    const users = await fresh.gql<{ users: { username: string; roles: string[] }[] }, Vars>('{ users { username roles } }', {}, chief.token);
    expect(users.data!.users).toEqual([{ username: 'chief', roles: ['ADMIN'] }]);
    const audit = await fresh.gql<{ auditLog: { nodes: { action: string; details: { username: string } }[] } }, Vars>(
      '{ auditLog(action: "createAdministrator") { nodes { action details } } }',
      {},
      chief.token,
    );
    expect(audit.data!.auditLog.nodes).toEqual([{ action: 'createAdministrator', details: { username: 'chief', via: 'HUB_BOOTSTRAP_ADMIN_USERNAME' } }]);
  });

  it('starts in production: no demo account accepts the demo password', async () => {
    const prod = await startHub(
      testConfig({ NODE_ENV: 'production', HUB_SEED_ON_START: 'false', HUB_DEMO_DISPUTES: 'false', ...(fresh.db.kind === 'postgres' ? { DATABASE_URL: fresh.db.url, DB_POOL_MAX: '2' } : {}) }),
      { embedded: fresh.db.embedded ?? undefined },
    );
    await prod.stop();
  });

  it('admin:create makes another administrator from a password on standard input, once', async () => {
    if (fresh.db.kind !== 'postgres') return; // the script opens the database itself: an in-memory PGlite of this process is out of its reach
    const run = (username: string, password: string) =>
      new Promise<{ code: number; out: string }>((resolve) => {
        const child = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/admin-create.ts', '--username', username], {
          env: { ...process.env, DATABASE_URL: fresh.db.url, NODE_ENV: 'test', JWT_SECRET: fresh.config.jwtSecret, LOG_LEVEL: 'silent' },
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.stdin.end(`${password}\n`);
        child.on('close', (code) => resolve({ code: code ?? -1, out }));
      });
    expect(await run('deputy', 'short')).toMatchObject({ code: 1 });
    const ok = await run('deputy', 'Juniper-valley-2026');
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toContain('deputy');
    expect(await login('deputy', 'Juniper-valley-2026', fresh)).toMatchObject({ __typename: 'Session' });
    expect((await run('deputy', 'Another-valley-2026')).code).toBe(1);
    expect(await login('deputy', 'Juniper-valley-2026', fresh)).toMatchObject({ __typename: 'Session' });
  });
});

describe('production start', () => {
  it('refuses, with one line naming the accounts, while a demo account still accepts the demo password', async () => {
    const config = testConfig({ NODE_ENV: 'production', HUB_SEED_ON_START: 'false', HUB_DEMO_DISPUTES: 'false', ...(t.db.kind === 'postgres' ? { DATABASE_URL: t.db.url, DB_POOL_MAX: '2' } : {}) });
    await expect(startHub(config, { embedded: t.db.embedded ?? undefined })).rejects.toThrow(
      /^Refusing to start with NODE_ENV=production: \d+ account\(s\) still accept the demo password \(.*admin.*\)/,
    );
  });

  it('never seeds demo data in production, embedded or not', () => {
    expect(() => testConfig({ NODE_ENV: 'production', HUB_SEED_ON_START: 'true' })).toThrow('HUB_SEED_ON_START must not be true when NODE_ENV=production');
  });
});
