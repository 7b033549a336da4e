export interface RateLimitDecision {
  allowed: boolean;
  /** When refused: seconds until one request is allowed again (rounded up). */
  retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * In-memory token buckets, one per key (client IP): `ratePerSecond` tokens come back each
 * second up to `burst`. Per process: with N API replicas a client gets up to N times the
 * rate, which is fine for abuse protection (a shared limit would belong in the proxy).
 * Full buckets are forgotten, so memory follows the number of recently active clients.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private lastSweep: number;

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
    private readonly clock: () => number = () => Date.now(),
    private readonly maxKeys = 100_000,
  ) {
    this.lastSweep = clock();
  }

  take(key: string): RateLimitDecision {
    const now = this.clock();
    this.sweep(now);
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updatedAt: now };
    bucket.tokens = Math.min(
      this.burst,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * this.ratePerSecond,
    );
    bucket.updatedAt = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(key, bucket);
      return { allowed: true, retryAfterSeconds: 0 };
    }
    this.buckets.set(key, bucket);
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.ratePerSecond)),
    };
  }

  /** Keys currently tracked (for tests). */
  get size(): number {
    return this.buckets.size;
  }

  private sweep(now: number): void {
    const refillMs = (this.burst / this.ratePerSecond) * 1000;
    if (now - this.lastSweep < Math.max(1_000, refillMs) && this.buckets.size < this.maxKeys)
      return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (now - bucket.updatedAt >= refillMs) this.buckets.delete(key);
    }
    // Still too many (a flood of distinct addresses): forget the oldest.
    if (this.buckets.size >= this.maxKeys) {
      const excess = this.buckets.size - Math.floor(this.maxKeys / 2);
      let n = 0;
      for (const key of this.buckets.keys()) {
        if (n++ >= excess) break;
        this.buckets.delete(key);
      }
    }
  }
}
