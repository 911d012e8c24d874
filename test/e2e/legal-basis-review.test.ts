import { Migration20261203130000_person_search_legal_basis, TEXTS } from '../../src/migrations/Migration20261203130000_person_search_legal_basis';
import { startTestHub, type GqlResponse, type TestHub } from '../support/test-hub';

// Matter.unverifiedLegalBasis is for administrators only (the public fields stay public), and a
// database seeded before the legal-basis texts were corrected gets the corrected texts from the
// migration (the seed only inserts what is missing).

let t: TestHub;

function ok<T>(res: GqlResponse<T>): T {
  if (res.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(res.errors)}`);
  return res.data!;
}

interface MatterView {
  code: string;
  legalBasis: string[];
  needsVerification: boolean;
  handlingTimeLimit: { legalBasis: string };
  acceptanceTimeLimit: { legalBasis: string } | null;
  unverifiedLegalBasis?: string[] | null;
}
const PUBLIC = `{ matters { code legalBasis needsVerification handlingTimeLimit { legalBasis } acceptanceTimeLimit { legalBasis } } }`;
const REVIEW = `{ matters { code legalBasis needsVerification handlingTimeLimit { legalBasis } acceptanceTimeLimit { legalBasis } unverifiedLegalBasis } }`;

async function matters(query: string, token?: string): Promise<GqlResponse<{ matters: MatterView[] }>> {
  return t.gql<{ matters: MatterView[] }, Record<string, never>>(query, {}, token);
}

beforeAll(async () => {
  t = await startTestHub();
}, 60_000);

afterAll(async () => {
  await t?.stop();
});

describe('Matter.unverifiedLegalBasis', () => {
  it('an administrator sees what awaits verification; the public texts carry no marks', async () => {
    const list = ok(await matters(REVIEW, await t.login('admin'))).matters;
    const patent = list.find((m) => m.code === 'PATENT-INFRINGEMENT')!;
    expect(patent.needsVerification).toBe(true);
    expect(patent.unverifiedLegalBasis!.join()).toContain('《专利行政执法办法》第十条');
    expect(list.find((m) => m.code === 'GOV-PROCUREMENT-COMPLAINT')!.unverifiedLegalBasis).toEqual([]);
    for (const m of list) {
      const texts = [...m.legalBasis, m.handlingTimeLimit.legalBasis, m.acceptanceTimeLimit?.legalBasis ?? ''];
      expect({ code: m.code, marked: texts.filter((x) => /verif|待核实|[?？]/i.test(x)) }).toEqual({ code: m.code, marked: [] });
    }
  });

  it('is refused to everyone else, while the rest of the catalog stays public', async () => {
    const anonymous = ok(await matters(PUBLIC)).matters;
    expect(anonymous.length).toBeGreaterThan(10);
    const asAnonymous = await matters(REVIEW);
    expect(asAnonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(asAnonymous.data?.matters.every((m) => m.unverifiedLegalBasis === null)).toBe(true);
    const asFrontdesk = await matters(REVIEW, await t.login('frontdesk'));
    expect(asFrontdesk.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(asFrontdesk.data?.matters.every((m) => m.unverifiedLegalBasis === null && m.legalBasis.length > 0)).toBe(true);
  });
});

describe('Migration20261203130000: the corrected texts reach a database seeded before', () => {
  it('replaces the old marked texts in the catalog and in running rules, leaves an administrator’s own text alone', async () => {
    const conn = t.hub.orm.em.fork().getConnection();
    const patentOld = TEXTS.find(([from]) => from.startsWith('《专利行政执法办法》第二十一条 (verify'))!;
    const listOld = TEXTS.find(([from]) => from === '《专利行政执法办法》第十条、第二十一条 (verify against newer CNIPA rules)')!;
    const entrustedOld = TEXTS.find(([from]) => from.startsWith('人民法院委托调解工作规范（court practice rules, verify）：立案后委托调解，适用普通程序'))!;
    // The database as the old seed left it: marked texts, no flags; and a deadline running on an old court rule.
    await conn.execute(
      `update matter set legal_basis = array_replace(legal_basis, ?, ?), handling_time_limit = jsonb_set(handling_time_limit, '{legalBasis}', to_jsonb(?::text)), unverified_legal_basis = '{}' where code = 'PATENT-INFRINGEMENT'`,
      [listOld[1], listOld[0], patentOld[0]],
    );
    await conn.execute(`update matter set unverified_legal_basis = '{}' where code = 'LAWYER-MEDIATION'`);
    // An administrator's correction of another matter since: kept.
    await conn.execute(`update matter set unverified_legal_basis = '{"已由管理员核对"}', legal_basis = array_append(legal_basis, ?) where code = 'INDUSTRY-MEDIATION'`, [
      '调解期限参照《人民调解工作若干规定》第三十三条，由本中心配置 (verify) — 管理员已改',
    ]);
    const [{ id: deadlineId }] = await conn.execute<{ id: string }[]>(
      `insert into deadline (id, kind, rule, start_on, pauses, due_on) values (gen_random_uuid(), 'HANDLING', ?::jsonb, '2026-03-02', '[]', '2026-03-17') returning id`,
      [JSON.stringify({ amount: 15, unit: 'CALENDAR_DAYS', startsFrom: 'ACCEPTANCE', extensible: true, maxExtension: null, legalBasis: entrustedOld[0], action: '完成委托调解' })],
    );

    const migration = new Migration20261203130000_person_search_legal_basis(t.hub.orm.em.getDriver(), t.hub.orm.config);
    await migration.up();
    for (const q of migration.getQueries()) {
      const sql = typeof q === 'string' ? q : String(q);
      if (sql.trimStart().startsWith('update')) await conn.execute(sql);
    }

    const [patent] = await conn.execute<{ legal_basis: string[]; handling: string; unverified: string[] }[]>(
      `select legal_basis, handling_time_limit->>'legalBasis' as handling, unverified_legal_basis as unverified from matter where code = 'PATENT-INFRINGEMENT'`,
    );
    expect(patent.legal_basis).toContain(listOld[1]);
    expect(patent.legal_basis.join()).not.toContain('verify');
    expect(patent.handling).toBe(patentOld[1]);
    expect(patent.unverified.join()).toContain('《专利行政执法办法》');
    const [lawyer] = await conn.execute<{ unverified: string[] }[]>(`select unverified_legal_basis as unverified from matter where code = 'LAWYER-MEDIATION'`);
    expect(lawyer.unverified[0]).toContain('律师调解期限');
    const [industry] = await conn.execute<{ legal_basis: string[]; unverified: string[] }[]>(`select legal_basis, unverified_legal_basis as unverified from matter where code = 'INDUSTRY-MEDIATION'`);
    expect(industry.unverified).toEqual(['已由管理员核对']);
    expect(industry.legal_basis.at(-1)).toBe('调解期限参照《人民调解工作若干规定》第三十三条，由本中心配置 (verify) — 管理员已改');
    const [deadline] = await conn.execute<{ basis: string }[]>(`select rule->>'legalBasis' as basis from deadline where id = ?`, [deadlineId]);
    expect(deadline.basis).toBe(entrustedOld[1]);
    await conn.execute(`delete from deadline where id = ?`, [deadlineId]);
  });
});
