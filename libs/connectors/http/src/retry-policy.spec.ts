import { isRetryableStatus, parseRetryAfter, retryDelayMs } from './retry-policy';

describe(retryDelayMs.name, () => {
  it('doubles from 500 ms, with half of each delay random', () => {
    expect([1, 2, 3].map((retry) => retryDelayMs(retry, undefined, () => 0))).toEqual([
      250, 500, 1000,
    ]);
    expect([1, 2, 3].map((retry) => retryDelayMs(retry, undefined, () => 0.999999))).toEqual([
      500, 1000, 2000,
    ]);
  });

  it('never waits more than 60 s', () => {
    expect(retryDelayMs(30, undefined, () => 0.999999)).toBe(60_000);
    expect(retryDelayMs(1, '86400', () => 0)).toBe(60_000);
  });

  it('uses Retry-After when the server sends a usable one', () => {
    const now = Date.parse('2025-03-01T12:00:00Z');
    expect(retryDelayMs(1, '7', () => 0, now)).toBe(7000);
    expect(retryDelayMs(1, 'Sat, 01 Mar 2025 12:00:10 GMT', () => 0, now)).toBe(10_000);
    expect(retryDelayMs(1, 'bientôt', () => 0, now)).toBe(250);
  });
});

describe(parseRetryAfter.name, () => {
  it('reads seconds and HTTP dates, a past date meaning now', () => {
    const now = Date.parse('2025-03-01T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(undefined, now)).toBeNull();
    expect(parseRetryAfter('-5', now)).toBeNull();
  });
});

describe(isRetryableStatus.name, () => {
  it('retries 429 and 5xx only', () => {
    expect([429, 500, 502, 503, 599].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 410, 304].some(isRetryableStatus)).toBe(false);
  });
});
