import {
  AcceptReferralDocument,
  CancelReferralDocument,
  ConcludeProceedingDocument,
  LoginDocument,
  OrganizationsDocument,
  ReferDisputeDocument,
  RegisterDisputeDocument,
  type RegisterDisputeInput,
} from '../generated/graphql';
import { neighbourhoodDispute } from '../support/fixtures';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// Races over real HTTP. On PostgreSQL (TEST_DATABASE_URL set; the test hub uses
// a pool of 5) the racing requests really run in parallel transactions, and
// the dispute row lock (SELECT ... FOR UPDATE) is what makes exactly one win.
// On PGlite the single connection serializes them; the outcome must be the same.

const ROUNDS = 5;
let t: TestHub;
const tok: Record<string, string> = {};
let mediationFuyang = '';

beforeAll(async () => {
  t = await startTestHub();
  for (const u of ['frontdesk', 'mediator.fuyang', 'mediator2.fuyang']) {
    const s = (await t.gql(LoginDocument, { username: u, password: 'demo-password' })).data!.login;
    if (s.__typename !== 'Session') throw new Error(`login ${u}`);
    tok[u] = s.token;
  }
  const orgs = await t.gql(OrganizationsDocument, { channel: 'MEDIATION', region: '富阳区' });
  mediationFuyang = orgs.data!.organizations.find((o) => o.name === '富阳区人民调解委员会')!.id;
});
afterAll(async () => {
  await t?.stop();
});

function field<T>(res: GqlResponse<T>): T[keyof T] {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return Object.values(res.data as object)[0] as T[keyof T];
}

async function sql<R = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<R[]> {
  return t.hub.orm.em.fork().getConnection().execute<R[]>(query, params);
}

async function count(query: string, params: unknown[]): Promise<number> {
  const [row] = await sql<{ n: string | number }>(query, params);
  return Number(row.n);
}

async function registerAndRefer(): Promise<{ disputeId: string; referralId: string }> {
  const reg = field(await t.gql(RegisterDisputeDocument, { input: neighbourhoodDispute() }, tok.frontdesk));
  if (reg.__typename !== 'Dispute') throw new Error(JSON.stringify(reg));
  const ref = field(
    await t.gql(ReferDisputeDocument, { input: { disputeId: reg.id, toOrganizationId: mediationFuyang, channel: 'MEDIATION', kind: 'TRANSFER', reason: '属人民调解受理范围' } }, tok.frontdesk),
  );
  if (ref.__typename !== 'Referral') throw new Error(JSON.stringify(ref));
  return { disputeId: reg.id, referralId: ref.id };
}

it('runs on the database the environment selects', () => {
  expect(t.db.kind).toBe(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? 'postgres' : 'pglite');
  if (t.db.kind === 'postgres') expect(t.config.dbPoolMax).toBe(5);
});

describe('two handlers of one organization accept the same referral at once', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: exactly one Referral and one InvalidTransitionError; one proceeding, one REFERRAL_ACCEPTED event`, async () => {
      const { disputeId, referralId } = await registerAndRefer();
      const [a, b] = await Promise.all([t.gql(AcceptReferralDocument, { id: referralId }, tok['mediator.fuyang']), t.gql(AcceptReferralDocument, { id: referralId }, tok['mediator2.fuyang'])]);
      const results = [field(a), field(b)];
      const kinds = results.map((r) => r.__typename).sort();
      expect(kinds).toEqual(['InvalidTransitionError', 'Referral']);
      const winner = results.find((r) => r.__typename === 'Referral');
      const loser = results.find((r) => r.__typename === 'InvalidTransitionError');
      expect(winner).toMatchObject({ status: 'ACCEPTED', proceeding: { status: 'IN_PROGRESS' } });
      expect(loser).toMatchObject({ errorCode: 'INVALID_TRANSITION', currentStatus: 'ACCEPTED' });

      expect(await count('select count(*) as n from proceeding where referral_id = ?', [referralId])).toBe(1);
      expect(await count(`select count(*) as n from dispute_event where referral_id = ? and type = 'REFERRAL_ACCEPTED'`, [referralId])).toBe(1);
      expect(await count('select count(*) as n from proceeding where dispute_id = ?', [disputeId])).toBe(1);
      const [d] = await sql<{ status: string; version: number }>('select status, version from dispute where id = ?', [disputeId]);
      // Registered at 1, referred (2), accepted once (3).
      expect(d).toEqual({ status: 'IN_PROGRESS', version: 3 });
      const [r] = await sql<{ status: string; proceeding_id: string }>('select status, proceeding_id from referral where id = ?', [referralId]);
      expect(r.status).toBe('ACCEPTED');
      expect(r.proceeding_id).toBe((winner as { proceeding: { id: string } }).proceeding.id);
    });
  }
});

describe('two handlers conclude the same proceeding at once', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: exactly one wins; one CONCLUDED event`, async () => {
      const { disputeId, referralId } = await registerAndRefer();
      const acc = field(await t.gql(AcceptReferralDocument, { id: referralId }, tok['mediator.fuyang']));
      if (acc.__typename !== 'Referral') throw new Error(JSON.stringify(acc));
      const proceedingId = acc.proceeding!.id;
      // Different outcomes, so that a lost update would show.
      const [a, b] = await Promise.all([
        t.gql(ConcludeProceedingDocument, { input: { proceedingId, outcome: 'AGREEMENT', summary: '双方达成调解协议' } }, tok['mediator.fuyang']),
        t.gql(ConcludeProceedingDocument, { input: { proceedingId, outcome: 'MEDIATION_FAILED', summary: '调解不成' } }, tok['mediator2.fuyang']),
      ]);
      const results = [field(a), field(b)];
      expect(results.map((r) => r.__typename).sort()).toEqual(['InvalidTransitionError', 'Proceeding']);
      const winner = results.find((r) => r.__typename === 'Proceeding') as { status: string; outcome: { kind: string; settles: boolean } };
      expect(winner.status).toBe('CONCLUDED');
      expect(results.find((r) => r.__typename === 'InvalidTransitionError')).toMatchObject({ currentStatus: 'CONCLUDED' });

      expect(await count(`select count(*) as n from dispute_event where proceeding_id = ? and type = 'CONCLUDED'`, [proceedingId])).toBe(1);
      const [p] = await sql<{ status: string; outcome_kind: string }>('select status, outcome_kind from proceeding where id = ?', [proceedingId]);
      expect(p).toEqual({ status: 'CONCLUDED', outcome_kind: winner.outcome.kind });
      const [d] = await sql<{ status: string }>('select status from dispute where id = ?', [disputeId]);
      // The dispute follows the winner's outcome, not a mix of both.
      expect(d.status).toBe(winner.outcome.settles ? 'RESOLVED' : 'AWAITING_ROUTING');
      const deadlines = await sql<{ kind: string; open: boolean }>('select kind, open from deadline where proceeding_id = ?', [proceedingId]);
      const jcWindows = deadlines.filter((x) => x.kind === 'JUDICIAL_CONFIRMATION_APPLICATION');
      expect(jcWindows).toHaveLength(winner.outcome.kind === 'AGREEMENT' ? 1 : 0);
    });
  }
});

describe('the receiver accepts while the sender cancels', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: one of the two wins and the stored state is the winner's alone`, async () => {
      const { disputeId, referralId } = await registerAndRefer();
      const [a, c] = await Promise.all([
        t.gql(AcceptReferralDocument, { id: referralId }, tok['mediator.fuyang']),
        t.gql(CancelReferralDocument, { id: referralId, reason: '改为其他途径' }, tok.frontdesk),
      ]);
      const accepted = field(a);
      const cancelled = field(c);
      expect([accepted.__typename, cancelled.__typename].sort()).toEqual(['InvalidTransitionError', 'Referral']);
      const proceedings = await count('select count(*) as n from proceeding where dispute_id = ?', [disputeId]);
      const [d] = await sql<{ status: string; version: number }>('select status, version from dispute where id = ?', [disputeId]);
      const [r] = await sql<{ status: string }>('select status from referral where id = ?', [referralId]);
      if (accepted.__typename === 'Referral') {
        expect(cancelled).toMatchObject({ currentStatus: 'ACCEPTED' });
        expect([r.status, d.status, proceedings]).toEqual(['ACCEPTED', 'IN_PROGRESS', 1]);
      } else {
        expect(accepted).toMatchObject({ currentStatus: 'CANCELLED' });
        expect([r.status, d.status, proceedings]).toEqual(['CANCELLED', 'AWAITING_ROUTING', 0]);
      }
      expect(d.version).toBe(3);
      expect(await count(`select count(*) as n from dispute_event where referral_id = ? and type in ('REFERRAL_ACCEPTED', 'REFERRAL_CANCELLED')`, [referralId])).toBe(1);
    });
  }
});

describe('idempotent registerDispute', () => {
  function input(key: string, overrides: Partial<RegisterDisputeInput> = {}): RegisterDisputeInput {
    return neighbourhoodDispute('富阳区', { idempotencyKey: key, ...overrides });
  }

  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: the same key sent 5 times at once creates one dispute, and every response names it`, async () => {
      const key = `wf-idem-${round}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const body = input(key);
      const responses = await Promise.all(Array.from({ length: 5 }, () => t.gql(RegisterDisputeDocument, { input: body }, tok.frontdesk)));
      const results = responses.map(field);
      for (const r of results) expect(r.__typename).toBe('Dispute');
      const ids = new Set(results.map((r) => (r as { id: string }).id));
      expect(ids.size).toBe(1);
      const [id] = [...ids];
      expect(await count('select count(*) as n from dispute where idempotency_key = ?', [key])).toBe(1);
      expect(await count('select count(*) as n from party where dispute_id = ?', [id])).toBe(body.parties.length);
      expect(await count(`select count(*) as n from dispute_event where dispute_id = ? and type = 'REGISTERED'`, [id])).toBe(1);

      // The same key with a different title is refused, and creates nothing.
      const other = field(await t.gql(RegisterDisputeDocument, { input: { ...body, title: '另一起纠纷' } }, tok.frontdesk));
      expect(other.__typename).toBe('ValidationError');
      expect((other as { fieldErrors: { field: string }[] }).fieldErrors.map((f) => f.field)).toEqual(['idempotencyKey']);
      expect(await count('select count(*) as n from dispute where idempotency_key = ?', [key])).toBe(1);
    });
  }

  it('the same key with a different title, sent concurrently with the original, gives one dispute and ValidationErrors on idempotencyKey', async () => {
    const key = `wf-idem-mixed-${Date.now()}`;
    const body = input(key);
    const responses = await Promise.all([
      t.gql(RegisterDisputeDocument, { input: body }, tok.frontdesk),
      t.gql(RegisterDisputeDocument, { input: { ...body, title: '另一起纠纷' } }, tok.frontdesk),
      t.gql(RegisterDisputeDocument, { input: body }, tok.frontdesk),
      t.gql(RegisterDisputeDocument, { input: { ...body, title: '又一起纠纷' } }, tok.frontdesk),
    ]);
    const results = responses.map(field);
    expect(await count('select count(*) as n from dispute where idempotency_key = ?', [key])).toBe(1);
    const [row] = await sql<{ id: string; title: string }>('select id, title from dispute where idempotency_key = ?', [key]);
    for (const r of results) {
      if (r.__typename === 'Dispute') {
        expect(r.id).toBe(row.id);
      } else {
        expect(r.__typename).toBe('ValidationError');
        expect((r as { fieldErrors: { field: string }[] }).fieldErrors.map((f) => f.field)).toEqual(['idempotencyKey']);
      }
    }
    // Whichever body won, the requests that carried it got the dispute and the others did not.
    results.forEach((r, i) => {
      const title = i % 2 === 0 ? body.title : i === 1 ? '另一起纠纷' : '又一起纠纷';
      expect(r.__typename).toBe(title === row.title ? 'Dispute' : 'ValidationError');
    });
  });
});
