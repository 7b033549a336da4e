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
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i] === undefined ? null : value[i]);
    }
    return `${out}]`;
  }
  const object = value as Record<string, unknown>;
  // Code-unit order, as a plain sort() gives: the order every stored hash was computed with.
  const keys = Object.keys(object).sort();
  let out = '{';
  for (const key of keys) {
    const member = object[key];
    if (member === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}
