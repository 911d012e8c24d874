import { createHash, randomBytes } from 'node:crypto';

/**
 * The random sample of a campaign, reproducible from its recorded seed: the candidates are
 * sorted, hashed (the hash is recorded beside the seed, so anyone can tell the list is the
 * same), and a Fisher–Yates shuffle driven by SHA-256 of (seed, counter) picks the first n.
 * Anyone holding the seed and the candidate list gets the same files. Pure but for newSeed().
 */
export function candidateHash(sortedIds: readonly string[]): string {
  return createHash('sha256').update(sortedIds.join('\n')).digest('hex');
}

/** A fresh seed (recorded with the campaign). */
export function newSeed(): string {
  return randomBytes(16).toString('hex');
}

/** Uniform integer in [0, bound) from the stream of (seed, counter), without modulo bias. */
function draw(seed: string, counter: { n: number }, bound: number): number {
  const limit = Math.floor(0x1_0000_0000 / bound) * bound;
  for (;;) {
    const h = createHash('sha256').update(`${seed}:${counter.n++}`).digest();
    const x = h.readUInt32BE(0);
    if (x < limit) return x % bound;
  }
}

/** The sample: n of the candidates (sorted first), in the order drawn. */
export function sample(seed: string, candidates: readonly string[], n: number): string[] {
  const list = [...candidates].sort();
  const k = Math.min(n, list.length);
  const counter = { n: 0 };
  for (let i = 0; i < k; i++) {
    const j = i + draw(seed, counter, list.length - i);
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list.slice(0, k);
}
