/** Why a feed could not be fetched. Stable codes: callers and the API map them, never the message. */
export type FeedFetchErrorCode =
  | 'FEED_URL_INVALID'
  | 'FEED_URL_FORBIDDEN'
  | 'FEED_UNREACHABLE'
  | 'FEED_TIMEOUT'
  | 'FEED_HTTP_ERROR'
  | 'FEED_TOO_LARGE'
  | 'FEED_TOO_MANY_REDIRECTS';

/**
 * A coded failure of `fetchFeed` (or of its body iterator). The message is in French, for the
 * platform operator; `attempts` counts the attempts started (0 when the URL itself is invalid).
 */
export class FeedFetchError extends Error {
  override readonly name = 'FeedFetchError';
  readonly status?: number;

  constructor(
    readonly code: FeedFetchErrorCode,
    message: string,
    readonly attempts: number,
    details: { status?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    if (details.status !== undefined) this.status = details.status;
  }
}

/**
 * A failed attempt, before we know whether it is retried. `summary` is the French message without
 * the attempt count; `toError` adds it ("… après 4 tentatives.").
 */
export class AttemptFailure extends Error {
  constructor(
    readonly code: FeedFetchErrorCode,
    readonly summary: string,
    readonly retryable: boolean,
    readonly details: { status?: number; retryAfter?: string; cause?: unknown } = {},
  ) {
    super(summary);
  }

  /** `mentionAttempts: false` for a failure while streaming: it happened during the last attempt. */
  toError(attempts: number, { mentionAttempts = true } = {}): FeedFetchError {
    const count = mentionAttempts && attempts > 1 ? ` après ${attempts} tentatives` : '';
    return new FeedFetchError(this.code, `${this.summary}${count}.`, attempts, {
      ...(this.details.status === undefined ? {} : { status: this.details.status }),
      cause: this.details.cause,
    });
  }
}

/** "50 Mo", "1,5 Ko", "1000 octets": sizes in operator messages. */
export function formatSize(bytes: number): string {
  const number = (value: number) => String(Math.round(value * 10) / 10).replace('.', ',');
  if (bytes >= 1024 * 1024) return `${number(bytes / (1024 * 1024))} Mo`;
  if (bytes >= 1024) return `${number(bytes / 1024)} Ko`;
  return `${number(bytes)} octets`;
}

/** "30 s", "500 ms". */
export function formatDuration(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

export function tooLarge(maxBytes: number): AttemptFailure {
  return new AttemptFailure(
    'FEED_TOO_LARGE',
    `Le flux dépasse la taille maximale autorisée (${formatSize(maxBytes)})`,
    false,
  );
}
