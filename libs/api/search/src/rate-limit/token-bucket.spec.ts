import { TokenBuckets } from './token-bucket';

describe(TokenBuckets.name, () => {
  it('allows a burst, then the rate, per key', () => {
    let now = 0;
    const buckets = new TokenBuckets(2, 3, () => now);
    expect([1, 2, 3, 4].map(() => buckets.take('a').allowed)).toEqual([true, true, true, false]);
    expect(buckets.take('b').allowed).toBe(true);
    expect(buckets.take('a').retryAfterSeconds).toBe(1);
    now += 500; // one token back
    expect(buckets.take('a').allowed).toBe(true);
    expect(buckets.take('a').allowed).toBe(false);
  });

  it('forgets clients whose bucket is full again', () => {
    let now = 0;
    const buckets = new TokenBuckets(10, 10, () => now);
    buckets.take('a');
    buckets.take('b');
    expect(buckets.size).toBe(2);
    now += 5_000;
    buckets.take('c');
    expect(buckets.size).toBe(1);
  });
});
