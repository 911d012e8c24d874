import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import {
  CHANNEL_RULES,
  CHANNEL_VALUES,
  CLOCK_START_VALUES,
  DISPUTE_CATEGORY_VALUES,
  FORM_FIELD_TYPE_VALUES,
  MATTERS,
  ORGANIZATIONS,
  ORGANIZATION_KIND_VALUES,
  PAUSE_REASON_VALUES,
  ROLE_VALUES,
  TIME_UNIT_VALUES,
  USERS,
  type MatterSeed,
  type TimeLimitSeed,
} from '../../../seeds/data';

const CONTRACT_PATH = resolve(__dirname, '../../../../shared/contract/core.graphql');

/** Enum values of the contract, when the contract is reachable from this checkout. */
function contractEnums(): Map<string, string[]> | null {
  if (!existsSync(CONTRACT_PATH)) return null;
  const doc = parse(readFileSync(CONTRACT_PATH, 'utf8'));
  const enums = new Map<string, string[]>();
  for (const def of doc.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION) {
      const e = def as EnumTypeDefinitionNode;
      enums.set(
        e.name.value,
        (e.values ?? []).map((v) => v.name.value),
      );
    }
  }
  return enums;
}

const orgByKey = new Map(ORGANIZATIONS.map((o) => [o.key, o]));
const matterByCode = new Map(MATTERS.map((m) => [m.code, m]));

function matter(code: string): MatterSeed {
  const m = matterByCode.get(code);
  if (!m) throw new Error(`matter ${code} missing`);
  return m;
}

function allLimits(): Array<[string, TimeLimitSeed]> {
  const out: Array<[string, TimeLimitSeed]> = [];
  for (const m of MATTERS) {
    if (m.acceptanceTimeLimit) out.push([`${m.code}.acceptance`, m.acceptanceTimeLimit]);
    out.push([`${m.code}.handling`, m.handlingTimeLimit]);
    if (m.simplifiedHandlingTimeLimit) out.push([`${m.code}.simplified`, m.simplifiedHandlingTimeLimit]);
  }
  for (const r of CHANNEL_RULES) out.push([`${r.channel}.${r.kind}`, r.limit]);
  return out;
}

function dupes(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('enum mirrors match the contract', () => {
  const enums = contractEnums();
  const cases: Array<[string, readonly string[]]> = [
    ['Channel', CHANNEL_VALUES],
    ['OrganizationKind', ORGANIZATION_KIND_VALUES],
    ['TimeUnit', TIME_UNIT_VALUES],
    ['ClockStart', CLOCK_START_VALUES],
    ['PauseReason', PAUSE_REASON_VALUES],
    ['FormFieldType', FORM_FIELD_TYPE_VALUES],
    // HEAD (an organization's head, who approves its typical cases) is beyond the contract.
    ['Role', ROLE_VALUES.filter((r) => r !== 'HEAD')],
    ['DisputeCategory', DISPUTE_CATEGORY_VALUES],
  ];
  (enums ? it.each(cases) : it.skip.each(cases))('%s', (name, values) => {
    expect([...values].sort()).toEqual([...(enums!.get(name) ?? [])].sort());
  });
});

describe('organizations', () => {
  it('have unique keys and names', () => {
    expect(dupes(ORGANIZATIONS.map((o) => o.key))).toEqual([]);
    expect(dupes(ORGANIZATIONS.map((o) => o.name))).toEqual([]);
  });

  it('use only contract values and have a region', () => {
    for (const o of ORGANIZATIONS) {
      expect(ORGANIZATION_KIND_VALUES).toContain(o.kind);
      for (const c of o.channels) expect(CHANNEL_VALUES).toContain(c);
      expect(dupes(o.channels)).toEqual([]);
      expect(o.region).toMatch(/^\S+[市区县]$/);
    }
  });

  it.each([
    ['杭州市社会矛盾纠纷调处化解中心', 'DISPUTE_CENTER', '杭州市'],
    ['富阳区人民调解委员会', 'PEOPLES_MEDIATION_COMMITTEE', '富阳区'],
    ['杭州市财政局', 'ADJUDICATION_AUTHORITY', '杭州市'],
    ['杭州市市场监督管理局', 'ADJUDICATION_AUTHORITY', '杭州市'],
    ['杭州市规划和自然资源局', 'ADJUDICATION_AUTHORITY', '杭州市'],
    ['杭州市中级人民法院', 'COURT', '杭州市'],
    ['杭州市司法局', 'JUSTICE_BUREAU', '杭州市'],
    ['拱墅区财政局', 'ADJUDICATION_AUTHORITY', '拱墅区'],
    ['富阳区财政局', 'ADJUDICATION_AUTHORITY', '富阳区'],
    ['桐庐县市场监督管理局', 'ADJUDICATION_AUTHORITY', '桐庐县'],
    ['杭州市规划和自然资源局富阳分局', 'ADJUDICATION_AUTHORITY', '富阳区'],
    ['拱墅区人民调解委员会', 'PEOPLES_MEDIATION_COMMITTEE', '拱墅区'],
    ['西湖区人民调解委员会', 'PEOPLES_MEDIATION_COMMITTEE', '西湖区'],
    ['萧山区人民调解委员会', 'PEOPLES_MEDIATION_COMMITTEE', '萧山区'],
    ['桐庐县人民调解委员会', 'PEOPLES_MEDIATION_COMMITTEE', '桐庐县'],
    ['杭州市知识产权纠纷人民调解委员会', 'PEOPLES_MEDIATION_COMMITTEE', '杭州市'],
    ['杭州仲裁委员会', 'ARBITRATION_COMMISSION', '杭州市'],
    ['杭州市劳动人事争议仲裁委员会', 'LABOR_ARBITRATION_COMMISSION', '杭州市'],
    ['杭州市信访局', 'PETITION_BUREAU', '杭州市'],
    ['杭州市人民政府行政复议办公室', 'RECONSIDERATION_OFFICE', '杭州市'],
    ['富阳区人民法院', 'COURT', '富阳区'],
    ['桐庐县人民法院', 'COURT', '桐庐县'],
  ])('%s is seeded as %s in %s', (name, kind, region) => {
    const o = ORGANIZATIONS.find((x) => x.name === name);
    expect(o).toBeDefined();
    expect(o!.kind).toBe(kind);
    expect(o!.region).toBe(region);
  });

  it('include every organization kind of the contract', () => {
    const kinds = new Set(ORGANIZATIONS.map((o) => o.kind));
    for (const k of ORGANIZATION_KIND_VALUES) expect(kinds).toContain(k);
  });

  it('have the channels their kind implies', () => {
    const expected: Record<string, string[]> = {
      DISPUTE_CENTER: [],
      JUSTICE_BUREAU: [],
      ADJUDICATION_AUTHORITY: ['ADJUDICATION'],
      PEOPLES_MEDIATION_COMMITTEE: ['MEDIATION'],
      INDUSTRY_MEDIATION_ORG: ['MEDIATION'],
      LAWYER_MEDIATION_STUDIO: ['MEDIATION'],
      ARBITRATION_COMMISSION: ['ARBITRATION'],
      LABOR_ARBITRATION_COMMISSION: ['ARBITRATION'],
      NOTARY_OFFICE: ['NOTARIZATION'],
      APPRAISAL_INSTITUTION: ['JUDICIAL_APPRAISAL'],
      PETITION_BUREAU: ['PETITION'],
      RECONSIDERATION_OFFICE: ['RECONSIDERATION'],
      COURT: ['LITIGATION'],
    };
    for (const o of ORGANIZATIONS) expect({ key: o.key, channels: o.channels }).toEqual({ key: o.key, channels: expected[o.kind] });
  });

  it('name a default matter they handle, in one of their channels', () => {
    for (const o of ORGANIZATIONS) {
      if (o.defaultMatterCode === undefined) continue;
      const m = matter(o.defaultMatterCode);
      expect(m.handlerKeys).toContain(o.key);
      expect(o.channels).toContain(m.channel);
    }
  });
});

describe('matters', () => {
  it('have unique codes and names, in the code format', () => {
    expect(dupes(MATTERS.map((m) => m.code))).toEqual([]);
    expect(dupes(MATTERS.map((m) => m.name))).toEqual([]);
    for (const m of MATTERS) expect(m.code).toMatch(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/);
  });

  it('reference existing organizations that handle the matter’s channel', () => {
    for (const m of MATTERS) {
      expect(m.handlerKeys.length).toBeGreaterThan(0);
      expect(dupes(m.handlerKeys)).toEqual([]);
      if (m.authorityKey !== null) {
        expect(orgByKey.has(m.authorityKey)).toBe(true);
        expect(m.handlerKeys).toContain(m.authorityKey);
        expect(orgByKey.get(m.authorityKey)!.region).toBe('杭州市');
      }
      for (const k of m.handlerKeys) {
        const o = orgByKey.get(k);
        expect({ matter: m.code, handler: k, exists: o !== undefined }).toEqual({ matter: m.code, handler: k, exists: true });
        expect({ matter: m.code, handler: k, channels: o!.channels }).toEqual({
          matter: m.code,
          handler: k,
          channels: expect.arrayContaining([m.channel]),
        });
      }
    }
  });

  it('cover every channel of the contract', () => {
    const channels = contractEnums()?.get('Channel') ?? [...CHANNEL_VALUES];
    const covered = new Set(MATTERS.map((m) => m.channel));
    for (const c of channels) expect({ channel: c, covered: covered.has(c as never) }).toEqual({ channel: c, covered: true });
  });

  it('are complete: categories, basis, conditions, procedure, materials, form', () => {
    for (const m of MATTERS) {
      expect(m.name.trim()).not.toBe('');
      expect(m.categories.length).toBeGreaterThan(0);
      for (const c of m.categories) expect(DISPUTE_CATEGORY_VALUES).toContain(c);
      expect(dupes(m.categories)).toEqual([]);
      expect(m.legalBasis.length).toBeGreaterThan(0);
      expect(m.conditions.length).toBeGreaterThanOrEqual(4);
      expect(m.procedure.length).toBeGreaterThanOrEqual(5);
      expect(m.requiredMaterials.some((r) => r.required)).toBe(true);
      for (const text of [...m.legalBasis, ...m.conditions, ...m.procedure, ...m.requiredMaterials.map((r) => r.name)]) {
        expect(text.trim()).not.toBe('');
      }
      expect(m.applicationForm.title.trim()).not.toBe('');
      expect(m.applicationForm.fields.length).toBeGreaterThan(0);
      expect(dupes(m.applicationForm.fields.map((f) => f.key))).toEqual([]);
      for (const f of m.applicationForm.fields) {
        expect(f.key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
        expect(f.label).toMatch(/[\u4e00-\u9fff]/);
        expect(FORM_FIELD_TYPE_VALUES).toContain(f.type);
        if (f.type === 'SELECT') {
          expect(f.options?.length ?? 0).toBeGreaterThan(1);
          expect(dupes(f.options!)).toEqual([]);
        } else {
          expect(f.options).toBeUndefined();
        }
      }
    }
  });

  it('flag the rows that await verification for administrators (unverifiedLegalBasis), consistently with needsVerification', () => {
    for (const m of MATTERS) {
      expect({ code: m.code, flagged: (m.unverifiedLegalBasis ?? []).length > 0 }).toEqual({ code: m.code, flagged: m.needsVerification });
      for (const note of m.unverifiedLegalBasis ?? []) expect(note.trim()).not.toBe('');
    }
    expect(matter('PATENT-INFRINGEMENT').needsVerification).toBe(true);
    expect(matter('GOV-PROCUREMENT-COMPLAINT').needsVerification).toBe(false);
    expect(matter('LAND-OWNERSHIP').needsVerification).toBe(false);
  });
});

describe('time limits', () => {
  it('are well formed', () => {
    for (const [where, l] of allLimits()) {
      const ctx = { where };
      expect({ ...ctx, ok: Number.isInteger(l.amount) && l.amount > 0 }).toEqual({ ...ctx, ok: true });
      expect(TIME_UNIT_VALUES).toContain(l.unit);
      expect(CLOCK_START_VALUES).toContain(l.startsFrom);
      for (const p of l.pauseReasons) expect(PAUSE_REASON_VALUES).toContain(p);
      expect(dupes(l.pauseReasons)).toEqual([]);
      if (l.maxExtension !== null) {
        expect({ ...ctx, extensible: l.extensible, positive: l.maxExtension > 0 }).toEqual({ ...ctx, extensible: true, positive: true });
      }
      expect(l.legalBasis.trim()).not.toBe('');
      expect(l.action).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('acceptance clocks run from receipt, handling clocks never from receipt of an agreement', () => {
    for (const m of MATTERS) {
      if (m.acceptanceTimeLimit) expect(m.acceptanceTimeLimit.startsFrom).toBe('RECEIPT');
      expect(m.handlingTimeLimit.startsFrom).not.toBe('AGREEMENT_EFFECTIVE');
    }
  });
});

describe('the three demonstration matters (deadlines.md, literally)', () => {
  it('政府采购投诉处理', () => {
    const m = matter('GOV-PROCUREMENT-COMPLAINT');
    expect(m.name).toBe('政府采购投诉处理');
    expect(m.channel).toBe('ADJUDICATION');
    expect(m.authorityKey).toBe('finance-city');
    expect(m.handlerKeys.map((k) => orgByKey.get(k)!.name).sort()).toEqual(['富阳区财政局', '拱墅区财政局', '杭州市财政局'].sort());
    expect(m.categories).toEqual(['GOVERNMENT_PROCUREMENT']);
    expect(m.acceptanceTimeLimit).toMatchObject({ amount: 5, unit: 'WORKING_DAYS', startsFrom: 'RECEIPT', extensible: false, maxExtension: null });
    expect(m.handlingTimeLimit).toMatchObject({ amount: 30, unit: 'WORKING_DAYS', startsFrom: 'RECEIPT', extensible: false, maxExtension: null });
    expect([...m.handlingTimeLimit.pauseReasons].sort()).toEqual(['EXPERT_REVIEW', 'INSPECTION_OR_APPRAISAL', 'MATERIALS_SUPPLEMENT']);
    expect(m.handlingTimeLimit.legalBasis).toContain('财政部令第94号');
    expect(m.simplifiedHandlingTimeLimit).toBeNull();
  });

  it('专利侵权纠纷行政裁决', () => {
    const m = matter('PATENT-INFRINGEMENT');
    expect(m.name).toBe('专利侵权纠纷行政裁决');
    expect(m.channel).toBe('ADJUDICATION');
    expect(m.authorityKey).toBe('market-city');
    expect(m.handlerKeys.map((k) => orgByKey.get(k)!.name)).toEqual(expect.arrayContaining(['杭州市市场监督管理局', '桐庐县市场监督管理局']));
    expect(m.categories).toEqual(['PATENT_INFRINGEMENT']);
    expect(m.acceptanceTimeLimit).toMatchObject({ amount: 5, unit: 'WORKING_DAYS', startsFrom: 'RECEIPT' });
    expect(m.handlingTimeLimit).toMatchObject({ amount: 3, unit: 'MONTHS', startsFrom: 'ACCEPTANCE', extensible: true, maxExtension: 1 });
    expect([...m.handlingTimeLimit.pauseReasons].sort()).toEqual(['INSPECTION_OR_APPRAISAL', 'PUBLIC_NOTICE', 'SUSPENSION']);
    expect(m.handlingTimeLimit.legalBasis).toMatch(/^《专利行政执法办法》第二十一条：/);
    expect(m.acceptanceTimeLimit!.legalBasis).toMatch(/^《专利行政执法办法》第十条：/);
    expect(m.unverifiedLegalBasis!.join()).toContain('《专利行政执法办法》第十条');
  });

  it('土地权属争议调查处理', () => {
    const m = matter('LAND-OWNERSHIP');
    expect(m.name).toBe('土地权属争议调查处理');
    expect(m.channel).toBe('ADJUDICATION');
    expect(m.authorityKey).toBe('land-city');
    expect(m.handlerKeys.map((k) => orgByKey.get(k)!.name)).toEqual(expect.arrayContaining(['杭州市规划和自然资源局', '杭州市规划和自然资源局富阳分局']));
    expect(m.categories).toEqual(['LAND_OWNERSHIP']);
    expect(m.acceptanceTimeLimit).toMatchObject({ amount: 7, unit: 'WORKING_DAYS', startsFrom: 'RECEIPT' });
    expect(m.handlingTimeLimit).toMatchObject({ amount: 6, unit: 'MONTHS', startsFrom: 'ACCEPTANCE', extensible: true, maxExtension: null });
    expect(m.handlingTimeLimit.pauseReasons).toEqual(['SUSPENSION']);
  });

  it.each(['GOV-PROCUREMENT-COMPLAINT', 'PATENT-INFRINGEMENT', 'LAND-OWNERSHIP'])('%s is complete', (code) => {
    const m = matter(code);
    expect(m.legalBasis.length).toBeGreaterThanOrEqual(2);
    expect(m.conditions.length).toBeGreaterThanOrEqual(4);
    expect(m.conditions.length).toBeLessThanOrEqual(6);
    expect(m.procedure.length).toBeGreaterThanOrEqual(5);
    expect(m.procedure.length).toBeLessThanOrEqual(8);
    expect(m.requiredMaterials.length).toBeGreaterThanOrEqual(4);
    expect(m.requiredMaterials.some((r) => !r.required)).toBe(true);
    expect(m.requiredMaterials.some((r) => r.note)).toBe(true);
    expect(m.acceptanceTimeLimit).not.toBeNull();
    const types = new Set(m.applicationForm.fields.map((f) => f.type));
    for (const t of ['TEXT', 'TEXTAREA', 'PHONE', 'ID_NUMBER', 'DATE', 'SELECT', 'FILE'] as const) expect(types).toContain(t);
    expect(m.applicationForm.fields.some((f) => f.required)).toBe(true);
  });

  it('procurement and patent forms ask for money amounts', () => {
    expect(matter('GOV-PROCUREMENT-COMPLAINT').applicationForm.fields.some((f) => f.type === 'MONEY')).toBe(true);
    expect(matter('PATENT-INFRINGEMENT').applicationForm.fields.some((f) => f.type === 'MONEY')).toBe(true);
  });
});

describe('the other channels (deadlines.md, literally)', () => {
  it('people’s mediation: 30 calendar days, by consent, no acceptance review, all district committees', () => {
    const m = matter('PEOPLES-MEDIATION');
    expect(m.channel).toBe('MEDIATION');
    expect(m.acceptanceTimeLimit).toBeNull();
    expect(m.handlingTimeLimit).toMatchObject({ amount: 30, unit: 'CALENDAR_DAYS', extensible: true, maxExtension: null, pauseReasons: [] });
    const districtCommittees = ORGANIZATIONS.filter((o) => o.kind === 'PEOPLES_MEDIATION_COMMITTEE' && o.region !== '杭州市').map((o) => o.key);
    expect([...m.handlerKeys].sort()).toEqual(districtCommittees.sort());
    for (const c of ['NEIGHBORHOOD', 'FAMILY', 'PROPERTY_MANAGEMENT', 'CONSUMER', 'CONTRACT', 'TRAFFIC', 'MEDICAL', 'CONSTRUCTION', 'LABOR', 'OTHER'] as const) {
      expect(m.categories).toContain(c);
    }
  });

  it('labour arbitration: 5 days acceptance, 45 calendar days from acceptance, +15', () => {
    const m = matter('LABOR-ARBITRATION');
    expect(m.channel).toBe('ARBITRATION');
    expect(m.acceptanceTimeLimit).toMatchObject({ amount: 5, unit: 'CALENDAR_DAYS', startsFrom: 'RECEIPT' });
    expect(m.handlingTimeLimit).toMatchObject({ amount: 45, unit: 'CALENDAR_DAYS', startsFrom: 'ACCEPTANCE', maxExtension: 15, extensible: true, pauseReasons: ['SUSPENSION'] });
  });

  it('commercial arbitration: 5 days acceptance, 4 months from tribunal formation by default', () => {
    const m = matter('COMMERCIAL-ARBITRATION');
    expect(m.acceptanceTimeLimit).toMatchObject({ amount: 5, unit: 'CALENDAR_DAYS' });
    expect(m.handlingTimeLimit).toMatchObject({ amount: 4, unit: 'MONTHS', startsFrom: 'TRIBUNAL_FORMED', extensible: true });
    expect(m.acceptanceTimeLimit!.legalBasis).toContain('2026年3月1日');
  });

  it('notarization: 15 working days from acceptance, no extension', () => {
    const m = matter('NOTARIZATION');
    expect(m.acceptanceTimeLimit).toBeNull();
    expect(m.handlingTimeLimit).toMatchObject({ amount: 15, unit: 'WORKING_DAYS', startsFrom: 'ACCEPTANCE', extensible: false, maxExtension: null });
    expect([...m.handlingTimeLimit.pauseReasons].sort()).toEqual(['FORCE_MAJEURE', 'MATERIALS_SUPPLEMENT', 'VERIFICATION']);
  });

  it('judicial appraisal: 7 working days acceptance, 30 working days, +30 working days', () => {
    const m = matter('JUDICIAL-APPRAISAL');
    expect(m.acceptanceTimeLimit).toMatchObject({ amount: 7, unit: 'WORKING_DAYS', startsFrom: 'RECEIPT' });
    expect(m.handlingTimeLimit).toMatchObject({ amount: 30, unit: 'WORKING_DAYS', startsFrom: 'ACCEPTANCE', maxExtension: 30, extensible: true, pauseReasons: ['SAMPLE_COLLECTION'] });
  });

  it('petition: 15 days acceptance, 60 days, +30, paused by hearings', () => {
    const m = matter('PETITION');
    expect(m.acceptanceTimeLimit).toMatchObject({ amount: 15, unit: 'CALENDAR_DAYS', startsFrom: 'RECEIPT' });
    expect(m.handlingTimeLimit).toMatchObject({ amount: 60, unit: 'CALENDAR_DAYS', startsFrom: 'ACCEPTANCE', maxExtension: 30, extensible: true, pauseReasons: ['HEARING'] });
  });

  it('reconsideration: 5 working days acceptance, 60 days (simplified 30), +30', () => {
    const m = matter('ADMINISTRATIVE-RECONSIDERATION');
    expect(m.channel).toBe('RECONSIDERATION');
    expect(m.acceptanceTimeLimit).toMatchObject({ amount: 5, unit: 'WORKING_DAYS', startsFrom: 'RECEIPT' });
    expect(m.handlingTimeLimit).toMatchObject({ amount: 60, unit: 'CALENDAR_DAYS', startsFrom: 'ACCEPTANCE', maxExtension: 30, extensible: true });
    expect([...m.handlingTimeLimit.pauseReasons].sort()).toEqual(['INSPECTION_OR_APPRAISAL', 'MATERIALS_SUPPLEMENT', 'SUSPENSION']);
    expect(m.simplifiedHandlingTimeLimit).toMatchObject({ amount: 30, unit: 'CALENDAR_DAYS', startsFrom: 'ACCEPTANCE' });
  });

  it('civil litigation: 6 months ordinary (art 152), 3 months simplified (art 164)', () => {
    const m = matter('CIVIL-LITIGATION');
    expect(m.channel).toBe('LITIGATION');
    expect(m.handlingTimeLimit).toMatchObject({ amount: 6, unit: 'MONTHS', startsFrom: 'ACCEPTANCE' });
    expect(m.handlingTimeLimit.legalBasis).toContain('第一百五十二条');
    expect(m.simplifiedHandlingTimeLimit).toMatchObject({ amount: 3, unit: 'MONTHS', startsFrom: 'ACCEPTANCE', maxExtension: 1 });
    expect(m.simplifiedHandlingTimeLimit!.legalBasis).toContain('第一百六十四条');
  });
});

describe('channel rules', () => {
  const rule = (kind: string, channel = 'MEDIATION') => {
    const r = CHANNEL_RULES.find((x) => x.kind === kind && x.channel === channel);
    if (!r) throw new Error(`rule ${channel}/${kind} missing`);
    return r.limit;
  };

  it('are unique per (channel, kind)', () => {
    expect(dupes(CHANNEL_RULES.map((r) => `${r.channel}/${r.kind}`))).toEqual([]);
  });

  it('court-delegated mediation: 30 calendar days, extensible by consent without a fixed maximum', () => {
    expect(rule('COURT_DELEGATED')).toMatchObject({ amount: 30, unit: 'CALENDAR_DAYS', extensible: true, maxExtension: null });
  });

  it('court-entrusted mediation: 15 calendar days, 7 under the simple procedure, flagged as awaiting verification', () => {
    expect(rule('COURT_ENTRUSTED')).toMatchObject({ amount: 15, unit: 'CALENDAR_DAYS' });
    expect(rule('COURT_ENTRUSTED_SIMPLE')).toMatchObject({ amount: 7, unit: 'CALENDAR_DAYS' });
    for (const k of ['COURT_ENTRUSTED', 'COURT_ENTRUSTED_SIMPLE']) expect(CHANNEL_RULES.find((r) => r.kind === k)!.unverified).toMatch(/待核实/);
  });

  it('judicial confirmation: apply within 30 days, accept within 3, decide within 15 (+10)', () => {
    expect(rule('JC_APPLICATION')).toMatchObject({ amount: 30, unit: 'CALENDAR_DAYS', startsFrom: 'AGREEMENT_EFFECTIVE', extensible: false, maxExtension: null });
    expect(rule('JC_ACCEPTANCE')).toMatchObject({ amount: 3, unit: 'CALENDAR_DAYS', startsFrom: 'RECEIPT', extensible: false });
    expect(rule('JC_DECISION')).toMatchObject({ amount: 15, unit: 'CALENDAR_DAYS', startsFrom: 'ACCEPTANCE', extensible: true, maxExtension: 10 });
    expect(rule('JC_APPLICATION').legalBasis).toContain('《中华人民共和国民事诉讼法》（2023年修正）第二百零五条');
    expect(rule('JC_DECISION').legalBasis).toContain('《中华人民共和国民事诉讼法》（2023年修正）第二百零六条');
    for (const k of ['JC_APPLICATION', 'JC_ACCEPTANCE', 'JC_DECISION']) expect(CHANNEL_RULES.find((r) => r.kind === k)!.unverified).toMatch(/条文序号/);
  });

  it('referral response: 3 working days from receipt, not extensible, for every channel', () => {
    for (const c of CHANNEL_VALUES) {
      expect(rule('REFERRAL_RESPONSE', c)).toMatchObject({ amount: 3, unit: 'WORKING_DAYS', startsFrom: 'RECEIPT', extensible: false, maxExtension: null, pauseReasons: [] });
    }
  });
});

describe('users', () => {
  it('have unique usernames', () => {
    expect(dupes(USERS.map((u) => u.username))).toEqual([]);
  });

  it('are the README demo accounts plus the isolation-test handlers and the heads of the handling organizations', () => {
    const byName = new Map(USERS.map((u) => [u.username, u]));
    const expected: Array<[string, string, string | null]> = [
      ['frontdesk', 'FRONTDESK', '杭州市社会矛盾纠纷调处化解中心'],
      ['mediator.fuyang', 'HANDLER', '富阳区人民调解委员会'],
      ['adjudicator.finance', 'HANDLER', '杭州市财政局'],
      ['adjudicator.market', 'HANDLER', '杭州市市场监督管理局'],
      ['adjudicator.land', 'HANDLER', '杭州市规划和自然资源局'],
      ['court.liaison', 'COURT_LIAISON', '杭州市中级人民法院'],
      ['reviewer', 'REVIEWER', '杭州市司法局'],
      ['admin', 'ADMIN', null],
      ['mediator2.fuyang', 'HANDLER', '富阳区人民调解委员会'],
      ['mediator.gongshu', 'HANDLER', '拱墅区人民调解委员会'],
      ['adjudicator.fuyang-finance', 'HANDLER', '富阳区财政局'],
      ['adjudicator2.market', 'HANDLER', '杭州市市场监督管理局'],
      ['head.mediation-fuyang', 'HEAD', '富阳区人民调解委员会'],
      ['head.mediation-gongshu', 'HEAD', '拱墅区人民调解委员会'],
      ['head.finance', 'HEAD', '杭州市财政局'],
      ['head.fuyang-finance', 'HEAD', '富阳区财政局'],
      ['head.market', 'HEAD', '杭州市市场监督管理局'],
      ['head.land', 'HEAD', '杭州市规划和自然资源局'],
      ['head.court', 'HEAD', '杭州市中级人民法院'],
    ];
    expect([...byName.keys()].sort()).toEqual(expected.map(([u]) => u).sort());
    for (const [username, role, orgName] of expected) {
      const u = byName.get(username)!;
      expect({ username, roles: u.roles }).toEqual({ username, roles: [role] });
      const org = u.organizationKey === null ? null : orgByKey.get(u.organizationKey)?.name;
      expect({ username, org }).toEqual({ username, org: orgName });
    }
  });

  it('reference existing organizations and have Chinese display names', () => {
    for (const u of USERS) {
      if (u.organizationKey !== null) expect(orgByKey.has(u.organizationKey)).toBe(true);
      for (const r of u.roles) expect(ROLE_VALUES).toContain(r);
      expect(u.displayName).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.keys(u)).not.toContain('password');
    }
  });
});
