import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { forbiddenRange, ipLiteral } from './address-policy';
import { AttemptFailure } from './feed-fetch.errors';
import { type ResolveHost, type ResolvedAddress } from './feed-fetch.types';

/** The default resolver: every address the system resolver knows, in its order. */
export const resolveWithSystemDns: ResolveHost = async (hostname) => {
  const answers = await lookup(hostname, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/**
 * The addresses a hop may connect to: the IP literal of the URL, or every address its host name
 * resolves to. Unless private networks are allowed, one forbidden address refuses the whole host
 * (FEED_URL_FORBIDDEN), before any connection. The message names the host, never the resolved
 * addresses (they would tell an operator about internal DNS).
 */
export async function checkedAddresses(
  url: URL,
  resolve: ResolveHost,
  allowPrivateNetworks: boolean,
): Promise<ResolvedAddress[]> {
  const literal = ipLiteral(url.hostname);
  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [literal];
  } else {
    try {
      // The family comes from the address itself: a custom resolver may mislabel it.
      addresses = (await resolve(url.hostname)).map(({ address }) => ({
        address,
        family: isIP(address) === 6 ? 6 : 4,
      }));
    } catch (cause) {
      throw new AttemptFailure(
        'FEED_UNREACHABLE',
        `L'hôte du flux « ${url.hostname} » est introuvable (${errorCode(cause)})`,
        true,
        { cause },
      );
    }
  }
  if (addresses.length === 0) {
    throw new AttemptFailure(
      'FEED_UNREACHABLE',
      `L'hôte du flux « ${url.hostname} » ne correspond à aucune adresse`,
      true,
    );
  }
  if (!allowPrivateNetworks && addresses.some(({ address }) => forbiddenRange(address) !== null)) {
    throw new AttemptFailure(
      'FEED_URL_FORBIDDEN',
      `L'adresse du flux « ${url.hostname} » mène à un réseau privé, local ou réservé : accès refusé`,
      false,
    );
  }
  return addresses;
}

/**
 * A `lookup` for node:http(s) that answers with the addresses already checked, so the socket
 * connects to exactly what was checked: no second resolution, no DNS-rebinding gap.
 */
export function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const wanted =
      family === 4 || family === 6
        ? addresses.filter((entry) => entry.family === family)
        : addresses;
    const first = wanted[0];
    process.nextTick(() => {
      if (!first) {
        const error: NodeJS.ErrnoException = new Error(`No checked address for ${hostname}`);
        error.code = 'ENOTFOUND';
        callback(error, '');
      } else if (options.all) {
        callback(
          null,
          wanted.map(({ address, family: f }) => ({ address, family: f })),
        );
      } else {
        callback(null, first.address, first.family);
      }
    });
  };
}

/** `ECONNREFUSED`, `ENOTFOUND`…: the code of a system error (duck-typed: it may come from another realm). */
export function errorCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return code;
    if (typeof message === 'string') return message;
  }
  return String(error);
}
