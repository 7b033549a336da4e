/** An address a host name resolves to (what `dns.lookup(host, { all: true })` returns). */
export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses. Every address is checked before any connection. */
export type ResolveHost = (hostname: string) => Promise<ResolvedAddress[]>;

/** Waits `ms` milliseconds (rejecting with `signal.reason` when aborted). */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface FetchFeedOptions {
  /** Resolution, connection and response headers, per attempt and per redirect hop. Default 30 s. */
  timeoutMs?: number;
  /** Longest wait for the next body chunk while streaming. Default 30 s. */
  idleTimeoutMs?: number;
  /** Largest body accepted, on the wire and once decompressed. Default 50 MiB. */
  maxBytes?: number;
  /** Retries after a network error, a timeout, a 429 or a 5xx, before the body streams. Default 3. */
  retries?: number;
  /** HTTP Basic credentials, sent to the origin of the feed URL only (not across origins). */
  auth?: { username: string; password: string };
  /** Let the feed URL (and its redirects) reach loopback, private, link-local… addresses. Default false. */
  allowPrivateNetworks?: boolean;
  /** Default 'Passerelle/1.0 (+https://passerelle.beta.gouv.fr)'. */
  userAgent?: string;
  /** Redirects followed (each hop checked like the first). Default 5. */
  maxRedirects?: number;
  /** Aborts the fetch and the body stream; the promise / iterator rejects with `signal.reason`. */
  signal?: AbortSignal;
  /** DNS resolution. Default: `dns.lookup(host, { all: true })`. Its answers are still checked. */
  resolve?: ResolveHost;
  /** Waits between attempts (tests pass a fake). Default: an abortable timer. */
  sleep?: Sleep;
  /** Source of the backoff jitter, in [0, 1). Default `Math.random`. */
  random?: () => number;
}

export interface FetchedFeed {
  /** The body, decompressed, as it arrives. Single use; throws `FeedFetchError` while streaming. */
  body: AsyncIterable<Buffer>;
  contentType: string | null;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  /** Decompressed bytes yielded by `body` so far. */
  bytesRead(): number;
}
