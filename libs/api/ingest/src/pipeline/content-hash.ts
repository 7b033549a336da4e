import { createHash } from 'node:crypto';
import type { NormalizedListing } from './normalized-listing';

/**
 * SHA-256 (hex) of a normalized listing, independent of key order: re-sending the same
 * content gives the same hash, so the store can answer UNCHANGED and do nothing downstream.
 * Activities and tags are sets: their order does not change the hash.
 */
export function contentHash(listing: NormalizedListing): string {
  const canonical = canonicalJson({
    ...listing,
    activities: [...listing.activities].sort(),
    tags: [...listing.tags].sort(),
  });
  return createHash('sha256').update(canonical).digest('hex');
}

/** JSON with object keys sorted at every level; `undefined` members are left out, as in JSON. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => canonicalJson(item === undefined ? null : item)).join(',')}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
