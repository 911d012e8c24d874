import { neighbourhoodDispute } from '../support/fixtures';
import { startTestHub, type TestHub } from '../support/test-hub';

// Issue 13, hole 7: idempotency keys were global. Another organization's user sending a key
// already used got "was already used for a different dispute": it told them the key existed and
// let one organization block another's registrations. A key is now the registering user's own.

let t: TestHub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub();
  for (const u of ['frontdesk', 'court.liaison']) tokens[u] = await t.login(u);
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

const REGISTER = `mutation($input: RegisterDisputeInput!) { registerDispute(input: $input) {
  __typename
  ... on ErrorResult { errorCode: code message }
  ... on ValidationError { fieldErrors { field message } }
  ... on Dispute { id code title }
} }`;

interface Result {
  __typename: string;
  id?: string;
  code?: string;
  title?: string;
  fieldErrors?: { field: string; message: string }[];
}

async function register(who: string, input: Record<string, unknown>): Promise<Result> {
  const res = await t.gql<{ registerDispute: Result }, Record<string, unknown>>(REGISTER, { input }, tokens[who]);
  expect(res.errors).toBeUndefined();
  return res.data!.registerDispute;
}

async function disputesWithKey(key: string): Promise<{ id: string; registered_by: string }[]> {
  return t.hub.orm.em.fork().getConnection().execute('select id, registered_by from dispute where idempotency_key = ? order by received_at, id', [key]);
}

/**
 * One input (a court-source dispute, which both the frontdesk and the court liaison may register),
 * the same object each time it is asked for with the same key and title (the fixture's ID numbers differ per call).
 */
const inputs = new Map<string, Record<string, unknown>>();
const courtInput = (key: string, title = '相邻通行纠纷（法院转来）') => {
  const k = `${key}\n${title}`;
  if (!inputs.has(k)) inputs.set(k, { ...neighbourhoodDispute('富阳区', { idempotencyKey: key }), source: 'COURT', title });
  return inputs.get(k)!;
};

describe('idempotency keys are scoped to the registering user', () => {
  it('two users of different organizations using the same key both succeed, each with a dispute of their own', async () => {
    const key = 'shared-key-0001';
    const first = await register('frontdesk', courtInput(key));
    expect(first.__typename).toBe('Dispute');
    const second = await register('court.liaison', courtInput(key));
    expect(second.__typename).toBe('Dispute');
    expect(second.id).not.toBe(first.id);
    // Nothing of the frontdesk's dispute reaches the court liaison.
    expect(JSON.stringify(second)).not.toContain(first.id!);
    expect(JSON.stringify(second)).not.toContain(first.code!);
    expect((await disputesWithKey(key)).map((r) => r.id)).toEqual([first.id, second.id]);
  });

  it('the other way round, with different inputs: the first user cannot block the second', async () => {
    const key = 'shared-key-0002';
    const first = await register('court.liaison', courtInput(key, '法院先登记的纠纷'));
    const second = await register('frontdesk', { ...neighbourhoodDispute('富阳区', { idempotencyKey: key }), title: '前台后登记的纠纷' });
    expect([first.__typename, second.__typename]).toEqual(['Dispute', 'Dispute']);
    expect(second.title).toBe('前台后登记的纠纷');
    expect(second.id).not.toBe(first.id);
  });

  it('the same user repeating gets the same dispute, and nothing new is written', async () => {
    const key = 'shared-key-0003';
    const a = await register('frontdesk', courtInput(key));
    const b = await register('court.liaison', courtInput(key));
    const before = await disputesWithKey(key);
    expect(await register('frontdesk', courtInput(key))).toMatchObject({ __typename: 'Dispute', id: a.id, code: a.code });
    expect(await register('court.liaison', courtInput(key))).toMatchObject({ __typename: 'Dispute', id: b.id, code: b.code });
    expect(await disputesWithKey(key)).toEqual(before);
  });

  it('the same user with the same key and a different input gets the typed ValidationError on idempotencyKey', async () => {
    const key = 'shared-key-0004';
    const a = await register('frontdesk', courtInput(key));
    await register('court.liaison', courtInput(key));
    const again = await register('frontdesk', courtInput(key, '另一起纠纷'));
    expect(again.__typename).toBe('ValidationError');
    expect(again.fieldErrors!.map((f) => f.field)).toEqual(['idempotencyKey']);
    expect(JSON.stringify(again)).not.toContain(a.id!);
    expect(await disputesWithKey(key)).toHaveLength(2);
  });

  it('concurrent registrations with one key by two users give two disputes; by one user, one', async () => {
    const key = 'shared-key-0005';
    const results = await Promise.all([
      register('frontdesk', courtInput(key)),
      register('court.liaison', courtInput(key)),
      register('frontdesk', courtInput(key)),
      register('court.liaison', courtInput(key)),
    ]);
    expect(results.map((r) => r.__typename)).toEqual(['Dispute', 'Dispute', 'Dispute', 'Dispute']);
    expect(results[2].id).toBe(results[0].id);
    expect(results[3].id).toBe(results[1].id);
    expect(results[1].id).not.toBe(results[0].id);
    expect(await disputesWithKey(key)).toHaveLength(2);
  });
});
