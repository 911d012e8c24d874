import { createHash } from 'node:crypto';
import { candidateListHash, normalizeOrgName, sampleExperts } from '../../../src/modules/expert/sampler';
import { conflictReasons } from '../../../src/modules/expert/conflicts';
import { ExpertRelationshipKind, PartyRole } from '../../../src/core/enums';

const ids = Array.from({ length: 12 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

describe('the expert sampler', () => {
  it('gives the same order for the same seed and candidates', () => {
    const seed = 'a'.repeat(64);
    expect(sampleExperts(seed, ids, 5)).toEqual(sampleExperts(seed, [...ids], 5));
  });

  it('draws distinct candidates, only from the list, as many as asked (or all there are)', () => {
    const out = sampleExperts('seed-1', ids, 7);
    expect(out).toHaveLength(7);
    expect(new Set(out).size).toBe(7);
    for (const x of out) expect(ids).toContain(x);
    expect(sampleExperts('seed-1', ids.slice(0, 3), 7).sort()).toEqual(ids.slice(0, 3));
  });

  it('a longer draw begins with the shorter one (alternates extend the panel’s order)', () => {
    expect(sampleExperts('seed-2', ids, 8).slice(0, 3)).toEqual(sampleExperts('seed-2', ids, 3));
  });

  it('different seeds give different orders, and every candidate can come first', () => {
    const firsts = new Set<string>();
    const orders = new Set<string>();
    for (let i = 0; i < 400; i++) {
      const o = sampleExperts(`seed-${i}`, ids, 4);
      firsts.add(o[0]);
      orders.add(o.join(','));
    }
    expect(firsts.size).toBe(ids.length);
    expect(orders.size).toBeGreaterThan(390);
  });

  it('is roughly uniform over first places', () => {
    const counts = new Map<string, number>();
    const n = 6000;
    for (let i = 0; i < n; i++) {
      const [first] = sampleExperts(`u-${i}`, ids.slice(0, 6), 1);
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    for (const c of counts.values()) expect(Math.abs(c - n / 6)).toBeLessThan(n / 6 / 5);
  });

  it('hashes the sorted candidate list, one id per line', () => {
    expect(candidateListHash(ids)).toBe(createHash('sha256').update(ids.join('\n')).digest('hex'));
    expect(candidateListHash(ids)).not.toBe(candidateListHash(ids.slice(1)));
  });
});

describe('conflict grounds', () => {
  const parties = [
    { role: PartyRole.APPLICANT, name: '杭州某某环境工程有限公司', creditCode: '91330106MA2XXXXX0A' },
    { role: PartyRole.RESPONDENT, name: '杭州市某局', creditCode: null },
  ];
  const today = '2026-12-04';

  it('names the ground and the party’s role, never the party’s name', () => {
    const reasons = conflictReasons({ employer: '杭州某某环境工程有限公司', employerCreditCode: null, relationships: [] }, parties, today);
    expect(reasons).toEqual(['现任职单位即本案申请人（名称一致）']);
    expect(reasons.join()).not.toContain('环境工程');
  });

  it('matches by credit code, and names folded (spaces, full-width brackets)', () => {
    expect(conflictReasons({ employer: '别的名字', employerCreditCode: '91330106MA2XXXXX0A', relationships: [] }, parties, today)).toEqual(['现任职单位即本案申请人（统一社会信用代码一致）']);
    expect(normalizeOrgName('杭州某某（滨江）有限公司 ')).toBe(normalizeOrgName('杭州某某(滨江)有限公司'));
  });

  it('declared relationships count for three years after they ended', () => {
    const rel = (endedOn: string | null) => ({ kind: ExpertRelationshipKind.FORMER_EMPLOYER, name: '杭州市某局', creditCode: null, endedOn });
    expect(conflictReasons({ employer: null, employerCreditCode: null, relationships: [rel(null)] }, parties, today)).toEqual(['申报的近三年任职单位即本案被申请人（名称一致）']);
    expect(conflictReasons({ employer: null, employerCreditCode: null, relationships: [rel('2024-06-30')] }, parties, today)).toHaveLength(1);
    expect(conflictReasons({ employer: null, employerCreditCode: null, relationships: [rel('2023-06-30')] }, parties, today)).toEqual([]);
  });

  it('an explicitly declared other relationship excludes too; no match, no conflict', () => {
    const other = { kind: ExpertRelationshipKind.OTHER, name: '杭州某某环境工程有限公司', creditCode: null, endedOn: null };
    expect(conflictReasons({ employer: null, employerCreditCode: null, relationships: [other] }, parties, today)).toEqual(['声明与本案申请人存在其他可能影响公正的关系（名称一致）']);
    expect(conflictReasons({ employer: '某某大学', employerCreditCode: null, relationships: [] }, parties, today)).toEqual([]);
  });
});
