import ipaddr from 'ipaddr.js';

/**
 * Which addresses a feed may be fetched from when private networks are not allowed: public
 * unicast only. `ipaddr.process` unwraps IPv4-mapped IPv6 (`::ffff:127.0.0.1` is loopback);
 * IPv4 must be in ipaddr.js's `unicast` range (not loopback, private, linkLocal — 169.254.169.254
 * cloud metadata —, carrierGradeNat, unspecified, broadcast, multicast, reserved, as112, amt…);
 * IPv6 must be `unicast` and inside global unicast 2000::/3, which also refuses the deprecated
 * IPv4-compatible ::a.b.c.d that ipaddr.js calls unicast. Anything unparsable is refused.
 *
 * Returns why an address is refused (the ipaddr.js range name), or `null` when it is allowed.
 */
export function forbiddenRange(address: string): string | null {
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.process(address);
  } catch {
    return 'invalid';
  }
  const range = parsed.range();
  if (range !== 'unicast') return range;
  if (parsed.kind() === 'ipv6' && !parsed.match(GLOBAL_UNICAST_V6)) return 'notGlobalUnicast';
  return null;
}

const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/** The IP of a URL host that is an IP literal (`127.0.0.1`, `[::1]`), or null for a host name. */
export function ipLiteral(hostname: string): { address: string; family: 4 | 6 } | null {
  const bare =
    hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return { address: bare, family: 4 };
  if (bare.includes(':') && ipaddr.IPv6.isValid(bare)) return { address: bare, family: 6 };
  return null;
}
