import { createHash, createHmac } from 'node:crypto';

// The draw, as pure functions: the same seed and the same candidate list give the
// same panel, so anyone holding the recorded seed and candidates can re-run it.

/** SHA-256 of the sorted candidate ids (one per line): recorded with the draw. */
export function candidateListHash(sortedIds: readonly string[]): string {
  return createHash('sha256').update(sortedIds.join('\n'), 'utf8').digest('hex');
}

/**
 * Deterministic uniform integers in [0, bound) from HMAC-SHA256(seed, counter):
 * rejection sampling keeps every value equally likely.
 */
function* uniform(seed: string): Generator<(bound: number) => number, never, void> {
  let counter = 0;
  let pool: number[] = [];
  const next32 = (): number => {
    if (!pool.length) {
      const block = createHmac('sha256', seed).update(String(counter++)).digest();
      pool = Array.from({ length: 8 }, (_, i) => block.readUInt32BE(i * 4));
    }
    return pool.shift()!;
  };
  for (;;) {
    yield (bound: number) => {
      const limit = Math.floor(0x1_0000_0000 / bound) * bound;
      for (;;) {
        const x = next32();
        if (x < limit) return x % bound;
      }
    };
  }
}

/**
 * The first `count` of a seeded Fisher–Yates shuffle of the candidates, which must be
 * sorted (the caller sorts, so the order of a database answer never matters).
 */
export function sampleExperts(seed: string, sortedCandidates: readonly string[], count: number): string[] {
  const a = [...sortedCandidates];
  const n = Math.min(count, a.length);
  const rand = uniform(seed).next().value;
  for (let i = 0; i < n; i++) {
    const j = i + rand(a.length - i);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

/** Names compare without spaces and with full-width brackets and letters folded (有限公司（杭州） = 有限公司(杭州)). */
export function normalizeOrgName(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')').toUpperCase();
}
