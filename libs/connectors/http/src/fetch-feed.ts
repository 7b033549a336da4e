import {
  type ClientRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  STATUS_CODES,
} from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { FeedBody } from './feed-body';
import { AttemptFailure, tooLarge } from './feed-fetch.errors';
import {
  type FetchedFeed,
  type FetchFeedOptions,
  type ResolvedAddress,
  type ResolveHost,
  type Sleep,
} from './feed-fetch.types';
import { parseFeedUrl, redirectTarget } from './feed-url';
import { headersTimeout, openResponse } from './open-response';
import { checkedAddresses, resolveWithSystemDns } from './resolve-host';
import { isRetryableStatus, retryDelayMs } from './retry-policy';

export const FETCH_FEED_DEFAULTS = {
  timeoutMs: 30_000,
  idleTimeoutMs: 30_000,
  maxBytes: 50 * 1024 * 1024,
  retries: 3,
  allowPrivateNetworks: false,
  userAgent: 'Passerelle/1.0 (+https://passerelle.beta.gouv.fr)',
  maxRedirects: 5,
} as const;

/**
 * Test seam: maps a checked address to the address actually dialled, so a test can play a public
 * host with a server on 127.0.0.1. Production dials the checked address unchanged. Not exported
 * from the library's index.
 */
export type AddressRoute = (checked: ResolvedAddress) => ResolvedAddress;

interface Settings {
  timeoutMs: number;
  idleTimeoutMs: number;
  maxBytes: number;
  retries: number;
  allowPrivateNetworks: boolean;
  userAgent: string;
  maxRedirects: number;
  auth: FetchFeedOptions['auth'];
  signal: AbortSignal | undefined;
  resolve: ResolveHost;
  sleep: Sleep;
  random: () => number;
}

interface FinalHop {
  url: URL;
  request: ClientRequest;
  response: IncomingMessage;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** An abortable wait that rejects with the signal's own reason, like the rest of fetchFeed. */
const sleepWithTimer: Sleep = async (ms, signal) => {
  try {
    await delay(ms, undefined, { signal });
  } catch (error) {
    throw signal?.aborted ? signal.reason : error;
  }
};

/** `fetchFeed` with its dialled addresses routed through `route` (tests only). */
export function createFeedFetcher(route: AddressRoute = (checked) => checked) {
  return async function fetchFeed(
    url: string,
    options: FetchFeedOptions = {},
  ): Promise<FetchedFeed> {
    const settings = settingsFrom(options);
    let start: URL;
    try {
      start = parseFeedUrl(url);
    } catch (error) {
      throw error instanceof AttemptFailure ? error.toError(0) : error;
    }
    for (let attempt = 1; ; attempt++) {
      settings.signal?.throwIfAborted();
      try {
        return await attemptFetch(start, settings, route, attempt);
      } catch (error) {
        if (!(error instanceof AttemptFailure)) throw error; // the abort reason
        if (!error.retryable || attempt > settings.retries) throw error.toError(attempt);
        const wait = retryDelayMs(attempt, error.details.retryAfter, settings.random);
        await settings.sleep(wait, settings.signal);
      }
    }
  };
}

/**
 * Fetches a partner's feed over http(s) with SSRF protection, retries before the body streams,
 * and a streamed, size-limited, decompressed body. See the library README.
 */
export const fetchFeed = createFeedFetcher();

/** One attempt: the redirect chain, then a 2xx response whose body is ready to stream. */
async function attemptFetch(
  start: URL,
  settings: Settings,
  route: AddressRoute,
  attempt: number,
): Promise<FetchedFeed> {
  const { url, request, response } = await followRedirects(start, settings, route);
  const release = () => {
    response.destroy();
    request.destroy();
  };
  const status = response.statusCode ?? 0;
  if (status < 200 || status > 299) {
    release();
    const reason = STATUS_CODES[status] ?? response.statusMessage ?? 'statut inconnu';
    const retryAfter = response.headers['retry-after'];
    throw new AttemptFailure(
      'FEED_HTTP_ERROR',
      `Le flux a répondu ${status} (${reason})`,
      isRetryableStatus(status),
      { status, ...(retryAfter === undefined ? {} : { retryAfter }) },
    );
  }
  const announced = Number(response.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(announced) && announced > settings.maxBytes) {
    release();
    throw tooLarge(settings.maxBytes);
  }
  let body: FeedBody;
  try {
    body = new FeedBody(request, response, {
      maxBytes: settings.maxBytes,
      idleTimeoutMs: settings.idleTimeoutMs,
      signal: settings.signal,
      attempts: attempt,
      status,
    });
  } catch (error) {
    release();
    throw error;
  }
  return {
    body,
    contentType: response.headers['content-type'] ?? null,
    finalUrl: url.href,
    status,
    bytesRead: () => body.bytesRead(),
  };
}

/** Follows redirects by hand: every hop is checked (URL, addresses) like the first. */
async function followRedirects(
  start: URL,
  settings: Settings,
  route: AddressRoute,
): Promise<FinalHop> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    const { request, response } = await openHop(url, start, settings, route);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (!REDIRECT_STATUSES.has(status) || location === undefined) {
      return { url, request, response };
    }
    response.destroy();
    request.destroy();
    if (redirects >= settings.maxRedirects) {
      throw new AttemptFailure(
        'FEED_TOO_MANY_REDIRECTS',
        `Le flux a redirigé plus de ${settings.maxRedirects} fois`,
        false,
        { status },
      );
    }
    url = redirectTarget(url, location);
  }
}

/** One hop: resolve and check the host, then connect to the checked addresses only. */
async function openHop(url: URL, start: URL, settings: Settings, route: AddressRoute) {
  const startedAt = Date.now();
  const addresses = await withinTimeout(
    checkedAddresses(url, settings.resolve, settings.allowPrivateNetworks),
    settings.timeoutMs,
    settings.signal,
  );
  const remainingMs = settings.timeoutMs - (Date.now() - startedAt);
  if (remainingMs <= 0) throw headersTimeout(settings.timeoutMs);
  return openResponse({
    url,
    addresses: addresses.map(route),
    headers: requestHeaders(url, start, settings),
    remainingMs,
    timeoutMs: settings.timeoutMs,
    signal: settings.signal,
  });
}

/** Basic credentials go to the origin of the configured URL only, never across a redirect. */
function requestHeaders(url: URL, start: URL, settings: Settings): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {
    'user-agent': settings.userAgent,
    accept: '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (settings.auth && url.origin === start.origin) {
    const { username, password } = settings.auth;
    headers['authorization'] =
      `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
  }
  return headers;
}

/** Stops waiting for the DNS answer after `timeoutMs` (FEED_TIMEOUT) or on abort. */
function withinTimeout<T>(
  pending: Promise<T>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => finish(() => reject(signal?.reason as Error));
    const timer = setTimeout(() => finish(() => reject(headersTimeout(timeoutMs))), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    function finish(settle: () => void) {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    }
    pending.then(
      (value) => finish(() => resolve(value)),
      (error: Error) => finish(() => reject(error)),
    );
  });
}

function settingsFrom(options: FetchFeedOptions): Settings {
  const settings: Settings = {
    timeoutMs: options.timeoutMs ?? FETCH_FEED_DEFAULTS.timeoutMs,
    idleTimeoutMs: options.idleTimeoutMs ?? FETCH_FEED_DEFAULTS.idleTimeoutMs,
    maxBytes: options.maxBytes ?? FETCH_FEED_DEFAULTS.maxBytes,
    retries: options.retries ?? FETCH_FEED_DEFAULTS.retries,
    allowPrivateNetworks: options.allowPrivateNetworks ?? FETCH_FEED_DEFAULTS.allowPrivateNetworks,
    userAgent: options.userAgent ?? FETCH_FEED_DEFAULTS.userAgent,
    maxRedirects: options.maxRedirects ?? FETCH_FEED_DEFAULTS.maxRedirects,
    auth: options.auth,
    signal: options.signal,
    resolve: options.resolve ?? resolveWithSystemDns,
    sleep: options.sleep ?? sleepWithTimer,
    random: options.random ?? Math.random,
  };
  for (const key of ['timeoutMs', 'idleTimeoutMs', 'maxBytes'] as const) {
    if (!Number.isFinite(settings[key]) || settings[key] <= 0) {
      throw new RangeError(`fetchFeed: ${key} must be a positive number (got ${settings[key]}).`);
    }
  }
  for (const key of ['retries', 'maxRedirects'] as const) {
    if (!Number.isInteger(settings[key]) || settings[key] < 0) {
      throw new RangeError(
        `fetchFeed: ${key} must be a non-negative integer (got ${settings[key]}).`,
      );
    }
  }
  return settings;
}
