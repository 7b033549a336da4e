/** Base of the exponential backoff: 0.5 s, 1 s, 2 s… before jitter. */
export const BACKOFF_BASE_MS = 500;
/** Longest wait between two attempts, whatever `Retry-After` asks. */
export const MAX_RETRY_DELAY_MS = 60_000;

/** Statuses worth another attempt: rate limiting and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * The wait before retry number `retry` (1 for the first retry): the server's `Retry-After` when
 * it gave a usable one, else exponential backoff with "equal jitter" (half fixed, half random),
 * both capped at 60 s.
 */
export function retryDelayMs(
  retry: number,
  retryAfter: string | undefined,
  random: () => number,
  now: number = Date.now(),
): number {
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== null) return Math.min(asked, MAX_RETRY_DELAY_MS);
  const exponential = Math.min(BACKOFF_BASE_MS * 2 ** (retry - 1), MAX_RETRY_DELAY_MS);
  return Math.round(exponential / 2 + (exponential / 2) * random());
}

/** `Retry-After` in milliseconds: delay-seconds or an HTTP date; null when absent or unusable. */
export function parseRetryAfter(value: string | undefined, now: number): number | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // The three HTTP date forms start with a day name; Date.parse alone would take "-5" for a year.
  if (!/^[A-Za-z]{3}/.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
