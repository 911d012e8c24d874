import { randomUUID } from 'node:crypto';
import { candidateHash, sample } from '../../../src/modules/review';

const ids: string[] = Array.from({ length: 40 }, () => randomUUID());

describe('the review sample', () => {
  it('is reproducible from the seed, whatever order the candidates come in', () => {
    const a = sample('seed-2026-spot', ids, 10);
    const b = sample('seed-2026-spot', [...ids].reverse(), 10);
    expect(a).toEqual(b);
    expect(a).toHaveLength(10);
    expect(new Set(a).size).toBe(10);
    for (const x of a) expect(ids).toContain(x);
  });

  it('differs with another seed (overwhelmingly likely for 10 of 40)', () => {
    expect(sample('seed-2026-spot', ids, 10)).not.toEqual(sample('seed-2026-other', ids, 10));
  });

  it('takes everything when n is the whole list, and nothing from nothing', () => {
    expect([...sample('s1234567', ids, 40)].sort()).toEqual([...ids].sort());
    expect(sample('s1234567', [], 3)).toEqual([]);
  });

  it('is a prefix-stable draw: the first k of a larger sample are the sample of k', () => {
    expect(sample('prefix-seed', ids, 5)).toEqual(sample('prefix-seed', ids, 12).slice(0, 5));
  });

  it('spreads its picks: each candidate is drawn about n/N of the time over many seeds', () => {
    const small = ids.slice(0, 8);
    const counts = new Map(small.map((id) => [id, 0]));
    for (let s = 0; s < 2000; s++) for (const id of sample(`seed-${s}`, small, 2)) counts.set(id, counts.get(id)! + 1);
    // expected 500 each; allow a wide band (binomial sd ≈ 19)
    for (const n of counts.values()) expect(Math.abs(n - 500)).toBeLessThan(100);
  });

  it('hashes the sorted candidate list (order-independent only after sorting)', () => {
    const sorted = [...ids].sort();
    expect(candidateHash(sorted)).toMatch(/^[0-9a-f]{64}$/);
    expect(candidateHash(sorted)).toBe(candidateHash([...sorted]));
    expect(candidateHash(sorted)).not.toBe(candidateHash(sorted.slice(1)));
  });
});
