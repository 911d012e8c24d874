/**
 * Per-viewer request budget (token bucket). It lives in this process only:
 * with N instances a viewer gets at most N times the budget, which is still a
 * bound; the counters are soft state (like a cache) and losing them on restart
 * is harmless. Sign-in throttling, which must hold across instances, is in
 * the database instead (AuthService).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly maxKeys = 100_000,
  ) {}

  /** Takes one token for `key`; false when the budget is spent. */
  take(key: string, now = Date.now()): boolean {
    if (this.perMinute <= 0) return true;
    const refill = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    b.tokens = Math.min(this.perMinute, b.tokens + (now - b.at) * refill);
    b.at = now;
    if (b.tokens < 1) {
      this.buckets.set(key, b);
      return false;
    }
    b.tokens -= 1;
    this.buckets.delete(key);
    this.buckets.set(key, b);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    return true;
  }
}
