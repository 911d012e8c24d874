import { MATTERS, ORGANIZATIONS, DISPUTE_CATEGORY_VALUES } from '../../../seeds/data';
import {
  DEFAULT_ROUTE_LIMIT,
  ROUTE_SCORES,
  suggestRoutes,
  type RouteSuggestionDraft,
  type RoutingDispute,
  type RoutingMatter,
  type RoutingOrganization,
} from '../../../src/modules/routing/route-rules';
import { KNOWN_REGIONS } from '../../../src/core/validation/regions';

// The real seed catalog, with ids = keys.
const organizations: RoutingOrganization[] = ORGANIZATIONS.map((o) => ({
  id: o.key,
  name: o.name,
  kind: o.kind,
  channels: [...o.channels],
  region: o.region,
}));
const matters: RoutingMatter[] = MATTERS.map((m) => ({
  id: m.code,
  code: m.code,
  name: m.name,
  channel: m.channel,
  categories: [...m.categories],
  authorityId: m.authorityKey,
  handlerIds: [...m.handlerKeys],
}));
const catalog = { matters, organizations };
const nameOf = new Map(organizations.map((o) => [o.id, o.name]));

function dispute(over: Partial<RoutingDispute>): RoutingDispute {
  return { category: 'OTHER', region: '杭州市', source: 'WALK_IN', matterCode: null, amount: null, ...over };
}
const ids = (r: RouteSuggestionDraft[]) => r.map((s) => s.organizationId);
const names = (r: RouteSuggestionDraft[]) => r.map((s) => nameOf.get(s.organizationId));
const find = (r: RouteSuggestionDraft[], id: string) => r.find((s) => s.organizationId === id);

describe('the seed catalog has what these tests rely on', () => {
  it('names', () => {
    expect(nameOf.get('finance-fuyang')).toBe('富阳区财政局');
    expect(nameOf.get('land-fuyang')).toBe('杭州市规划和自然资源局富阳分局');
    expect(nameOf.get('mediation-xihu')).toBe('西湖区人民调解委员会');
  });
  it('land mediation outranks every own-matter score', () => {
    expect(ROUTE_SCORES.landMediationFirst).toBeGreaterThan(ROUTE_SCORES.ownMatter.local);
  });
});

describe('rule 1 — the dispute’s own matter, nearest handler first', () => {
  it('富阳区 procurement complaint → 富阳区财政局, then 杭州市财政局; 拱墅区财政局 lower', () => {
    const r = suggestRoutes(dispute({ category: 'GOVERNMENT_PROCUREMENT', region: '富阳区', matterCode: 'GOV-PROCUREMENT-COMPLAINT' }), catalog);
    expect(names(r).slice(0, 2)).toEqual(['富阳区财政局', '杭州市财政局']);
    expect(r[0]).toMatchObject({ channel: 'ADJUDICATION', matterCode: 'GOV-PROCUREMENT-COMPLAINT', score: ROUTE_SCORES.ownMatter.local });
    expect(r[0].reason).toContain('本纠纷属政府采购投诉处理事项，发生在富阳区，由富阳区财政局就近办理');
    expect(r[0].reason).toContain('《政府采购法》');
    const gongshu = find(r, 'finance-gongshu');
    if (gongshu) expect(gongshu.score).toBeLessThan(r[1].score);
  });

  it('拱墅区 procurement complaint → 拱墅区财政局 first, 富阳区财政局 lower', () => {
    const r = suggestRoutes(dispute({ category: 'GOVERNMENT_PROCUREMENT', region: '拱墅区', matterCode: 'GOV-PROCUREMENT-COMPLAINT' }), catalog);
    expect(ids(r).slice(0, 2)).toEqual(['finance-gongshu', 'finance-city']);
    const fuyang = find(r, 'finance-fuyang');
    if (fuyang) expect(fuyang.score).toBeLessThan(find(r, 'finance-city')!.score);
  });

  it('an unknown matter code falls back to the category rules', () => {
    const r = suggestRoutes(dispute({ category: 'GOVERNMENT_PROCUREMENT', region: '富阳区', matterCode: 'NO-SUCH' }), catalog);
    expect(ids(r).slice(0, 2)).toEqual(['finance-fuyang', 'finance-city']);
  });

  it('a litigation matter is never boosted: mediation still first, the court last', () => {
    const r = suggestRoutes(dispute({ category: 'NEIGHBORHOOD', region: '富阳区', matterCode: 'CIVIL-LITIGATION', source: 'COURT' }), catalog);
    expect(r[0].organizationId).toBe('mediation-fuyang');
    expect(r[r.length - 1]).toMatchObject({ organizationId: 'court-fuyang', channel: 'LITIGATION', matterCode: 'CIVIL-LITIGATION' });
  });
});

describe('rule 2 — no matter: matters listing the category', () => {
  it.each([null, 'PATENT-INFRINGEMENT'])('桐庐县 patent (matter %s) → 桐庐县市场监督管理局, 杭州市市场监督管理局, then IP mediation lower', (matterCode) => {
    const r = suggestRoutes(dispute({ category: 'PATENT_INFRINGEMENT', region: '桐庐县', matterCode }), catalog);
    expect(names(r).slice(0, 2)).toEqual(['桐庐县市场监督管理局', '杭州市市场监督管理局']);
    expect(r[0].reason).toContain('《专利法》第六十五条');
    const ip = find(r, 'mediation-ip')!;
    expect(ip).toBeDefined();
    expect(ip.channel).toBe('MEDIATION');
    expect(ip.score).toBeLessThan(r[1].score);
    expect(ip.reason).toContain('行政裁决');
  });

  it('patent disputes go to the city-level court, last', () => {
    const r = suggestRoutes(dispute({ category: 'PATENT_INFRINGEMENT', region: '桐庐县' }), catalog, { limit: 100 });
    const last = r[r.length - 1];
    expect(last).toMatchObject({ organizationId: 'court-intermediate', channel: 'LITIGATION' });
    expect(ids(r)).not.toContain('court-tonglu');
  });
});

describe('rule 3 — land ownership: mediation first', () => {
  it.each([null, 'LAND-OWNERSHIP'])('富阳区 land (matter %s) → 富阳区人民调解委员会, then the 富阳 branch, then the city bureau', (matterCode) => {
    const r = suggestRoutes(dispute({ category: 'LAND_OWNERSHIP', region: '富阳区', matterCode }), catalog);
    expect(names(r).slice(0, 3)).toEqual(['富阳区人民调解委员会', '杭州市规划和自然资源局富阳分局', '杭州市规划和自然资源局']);
    expect(r[0]).toMatchObject({ channel: 'MEDIATION', score: ROUTE_SCORES.landMediationFirst });
    expect(r[0].reason).toContain('调解');
    expect(r[0].reason).toContain('《土地权属争议调查处理办法》第二十三条');
    expect(r[0].score).toBeGreaterThan(r[1].score);
    expect(r[1].reason).toContain('《土地管理法》第十四条');
  });

  it('without a local committee the city bureau leads; no other district’s committee is proposed', () => {
    const r = suggestRoutes(dispute({ category: 'LAND_OWNERSHIP', region: '淳安县' }), catalog);
    expect(r[0].organizationId).toBe('land-city');
    expect(r.some((s) => s.channel === 'MEDIATION')).toBe(false);
    expect(find(r, 'land-fuyang')!.score).toBeLessThan(r[0].score);
  });
});

describe('rule 4 — civil disputes: mediation first, court last', () => {
  it('西湖区 neighbourhood → 西湖区人民调解委员会 first, the court last', () => {
    const r = suggestRoutes(dispute({ category: 'NEIGHBORHOOD', region: '西湖区' }), catalog, { limit: 100 });
    expect(r[0]).toMatchObject({ organizationId: 'mediation-xihu', channel: 'MEDIATION', matterCode: 'PEOPLES-MEDIATION' });
    expect(r[0].reason).toContain('人民调解法');
    const last = r[r.length - 1];
    expect(last.channel).toBe('LITIGATION');
    expect(last.organizationId).toBe('court-intermediate'); // no 西湖区 court in the catalog
    expect(last.reason).toContain('诉讼是最后的途径');
    expect(r.filter((s) => s.channel === 'LITIGATION')).toHaveLength(1);
    // other districts' committees are kept, but low
    expect(find(r, 'mediation-fuyang')!.score).toBeLessThan(r[0].score);
  });

  it('the court of the dispute’s own district is preferred', () => {
    const r = suggestRoutes(dispute({ category: 'FAMILY', region: '富阳区' }), catalog, { limit: 100 });
    const courts = r.filter((s) => s.channel === 'LITIGATION');
    expect(ids(courts)).toEqual(['court-fuyang']);
    expect(r[r.length - 1].organizationId).toBe('court-fuyang');
  });

  it('富阳区 construction → local committee, then the construction dispute mediation center', () => {
    const r = suggestRoutes(dispute({ category: 'CONSTRUCTION', region: '富阳区' }), catalog);
    expect(ids(r).slice(0, 2)).toEqual(['mediation-fuyang', 'mediation-construction']);
  });

  it('court source: still mediation first, as 诉前调解', () => {
    const r = suggestRoutes(dispute({ category: 'TRAFFIC', region: '桐庐县', source: 'COURT' }), catalog, { limit: 100 });
    expect(r[0].organizationId).toBe('mediation-tonglu');
    expect(r[0].reason).toContain('诉前调解');
    expect(r[r.length - 1].organizationId).toBe('court-tonglu');
  });

  it('labour → the labour arbitration commission first, mediation below it, the court last', () => {
    const r = suggestRoutes(dispute({ category: 'LABOR', region: '拱墅区' }), catalog, { limit: 100 });
    expect(r[0]).toMatchObject({ organizationId: 'labor-arbitration', channel: 'ARBITRATION', matterCode: 'LABOR-ARBITRATION' });
    expect(r[0].reason).toContain('《劳动争议调解仲裁法》');
    const mediation = r.filter((s) => s.channel === 'MEDIATION');
    expect(mediation.length).toBeGreaterThan(0);
    for (const m of mediation) expect(m.score).toBeLessThan(r[0].score);
    expect(mediation[0].organizationId).toBe('mediation-gongshu');
    expect(ids(r)).not.toContain('arbitration-commission');
    expect(r[r.length - 1].channel).toBe('LITIGATION');
    expect(r[r.length - 1].reason).toContain('诉讼是最后的途径');
  });
});

describe('fallback to the city level', () => {
  it('淳安县 procurement → 杭州市财政局 first', () => {
    const r = suggestRoutes(dispute({ category: 'GOVERNMENT_PROCUREMENT', region: '淳安县' }), catalog);
    expect(r[0].organizationId).toBe('finance-city');
    expect(r[0].reason).toContain('淳安县');
    for (const s of r.slice(1)) expect(s.score).toBeLessThan(r[0].score);
  });

  it('淳安县 patent → 杭州市市场监督管理局 first', () => {
    const r = suggestRoutes(dispute({ category: 'PATENT_INFRINGEMENT', region: '淳安县', matterCode: 'PATENT-INFRINGEMENT' }), catalog);
    expect(r[0].organizationId).toBe('market-city');
  });

  it('淳安县 consumer dispute → a city-level mediation organization first', () => {
    const r = suggestRoutes(dispute({ category: 'CONSUMER', region: '淳安县' }), catalog);
    expect(r[0].channel).toBe('MEDIATION');
    expect(organizations.find((o) => o.id === r[0].organizationId)!.region).toBe('杭州市');
  });
});

describe('options and invariants', () => {
  it('exclude removes an organization', () => {
    const d = dispute({ category: 'GOVERNMENT_PROCUREMENT', region: '富阳区', matterCode: 'GOV-PROCUREMENT-COMPLAINT' });
    const r = suggestRoutes(d, catalog, { exclude: ['finance-fuyang'] });
    expect(ids(r)).not.toContain('finance-fuyang');
    expect(r[0].organizationId).toBe('finance-city');
    const land = suggestRoutes(dispute({ category: 'LAND_OWNERSHIP', region: '富阳区' }), catalog, { exclude: ['mediation-fuyang'] });
    expect(land[0].organizationId).toBe('land-fuyang');
  });

  it('limit caps the list (default 8)', () => {
    const d = dispute({ category: 'CONTRACT', region: '富阳区' });
    expect(suggestRoutes(d, catalog, { limit: 100 }).length).toBeGreaterThan(DEFAULT_ROUTE_LIMIT);
    expect(suggestRoutes(d, catalog)).toHaveLength(DEFAULT_ROUTE_LIMIT);
    expect(suggestRoutes(d, catalog, { limit: 3 })).toEqual(suggestRoutes(d, catalog, { limit: 100 }).slice(0, 3));
    expect(suggestRoutes(d, catalog, { limit: 0 })).toEqual([]);
  });

  it('is deterministic and does not mutate the catalog', () => {
    const snapshot = JSON.stringify(catalog);
    const d = dispute({ category: 'CONTRACT', region: '西湖区' });
    expect(suggestRoutes(d, catalog)).toEqual(suggestRoutes(d, catalog));
    expect(JSON.stringify(catalog)).toBe(snapshot);
  });

  const sources = ['WALK_IN', 'COURT'];
  const matterCodes = [null, ...matters.map((m) => m.code)];
  const cases: Array<[string, string, string, string | null]> = [];
  for (const category of DISPUTE_CATEGORY_VALUES)
    for (const region of KNOWN_REGIONS) for (const source of sources) for (const matterCode of matterCodes) cases.push([category, region, source, matterCode]);

  it(`holds for every category × region × source × matter (${cases.length} disputes)`, () => {
    // Plain checks collected into one list: thousands of expect() calls would be slow.
    const cjk = /[\u4e00-\u9fff]/;
    const problems: string[] = [];
    const orgById = new Map(organizations.map((o) => [o.id, o]));
    for (const [category, region, source, matterCode] of cases) {
      const at = `${category}/${region}/${source}/${matterCode}`;
      const r = suggestRoutes(dispute({ category, region, source, matterCode }), catalog, { limit: 100 });
      if (r.length === 0) problems.push(`${at}: no suggestion`);
      const keys = r.map((s) => `${s.organizationId}/${s.channel}`);
      if (new Set(keys).size !== keys.length) problems.push(`${at}: duplicate (organization, channel)`);
      for (let i = 1; i < r.length; i++) {
        const a = r[i - 1];
        const b = r[i];
        const ordered = a.score > b.score || (a.score === b.score && nameOf.get(a.organizationId)! <= nameOf.get(b.organizationId)!);
        if (!ordered) problems.push(`${at}: not sorted at ${i}`);
      }
      for (const s of r) {
        const org = orgById.get(s.organizationId)!;
        if (!cjk.test(s.reason) || /undefined|null|\$\{/.test(s.reason)) problems.push(`${at}: bad reason ${s.reason}`);
        if (!(s.score >= 0 && s.score <= 100)) problems.push(`${at}: score ${s.score}`);
        if (org.kind === 'DISPUTE_CENTER' || org.kind === 'JUSTICE_BUREAU') problems.push(`${at}: ${org.kind} suggested`);
        if (!org.channels.includes(s.channel)) problems.push(`${at}: ${org.id} does not handle ${s.channel}`);
      }
      // litigation, when proposed, is the single last resort
      const courts = r.filter((s) => s.channel === 'LITIGATION');
      if (courts.length > 1) problems.push(`${at}: ${courts.length} courts`);
      if (courts.length === 1 && (r[r.length - 1] !== courts[0] || !courts[0].reason.includes('诉讼是最后的途径'))) problems.push(`${at}: litigation is not the last resort`);
      // land ownership: a local committee, when there is one, comes first
      const localCommittee = organizations.some((o) => o.kind === 'PEOPLES_MEDIATION_COMMITTEE' && o.region === region && region !== '杭州市');
      if (category === 'LAND_OWNERSHIP' && localCommittee && r[0].channel !== 'MEDIATION') problems.push(`${at}: mediation not first`);
    }
    expect(problems).toEqual([]);
  });
});
