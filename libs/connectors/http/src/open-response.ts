import * as http from 'node:http';
import * as https from 'node:https';
import { AttemptFailure, formatDuration } from './feed-fetch.errors';
import { type ResolvedAddress } from './feed-fetch.types';
import { errorCode, pinnedLookup } from './resolve-host';

export interface HopRequest {
  url: URL;
  /** Where to connect: the checked addresses of `url`'s host. */
  addresses: readonly ResolvedAddress[];
  headers: http.OutgoingHttpHeaders;
  /** Time left for the connection and the response headers. */
  remainingMs: number;
  /** The configured timeout, for the message. */
  timeoutMs: number;
  signal: AbortSignal | undefined;
}

export interface OpenedResponse {
  request: http.ClientRequest;
  response: http.IncomingMessage;
}

class HeadersTimeout extends Error {}

/**
 * Sends one GET and resolves with the response once its headers arrived (the body is not read).
 * No connection pool (`agent: false`): a pooled socket could outlive the check of its address.
 * Rejects with a retryable `AttemptFailure` (FEED_TIMEOUT, FEED_UNREACHABLE) or `signal.reason`.
 */
export function openResponse(hop: HopRequest): Promise<OpenedResponse> {
  const { url, signal } = hop;
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? https.request : http.request;
    const request = send({
      protocol: url.protocol,
      hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: hop.headers,
      agent: false,
      lookup: pinnedLookup(hop.addresses),
    });
    let settled = false;
    const timer = setTimeout(() => request.destroy(new HeadersTimeout()), hop.remainingMs);
    const onAbort = () => request.destroy(signal?.reason as Error);
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = () => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };

    request.on('response', (response) => {
      if (settled) return;
      settle();
      // From here on, errors belong to the body stream.
      request.on('error', (error) => response.destroy(error));
      resolve({ request, response });
    });
    request.on('error', (error) => {
      if (settled) return;
      settle();
      if (signal?.aborted) reject(signal.reason as Error);
      else if (error instanceof HeadersTimeout) reject(headersTimeout(hop.timeoutMs));
      else {
        reject(
          new AttemptFailure(
            'FEED_UNREACHABLE',
            `Le flux est injoignable (${errorCode(error)})`,
            true,
            {
              cause: error,
            },
          ),
        );
      }
    });
    request.end();
  });
}

export function headersTimeout(timeoutMs: number): AttemptFailure {
  return new AttemptFailure(
    'FEED_TIMEOUT',
    `Le flux n'a pas répondu dans le délai imparti (${formatDuration(timeoutMs)})`,
    true,
  );
}
