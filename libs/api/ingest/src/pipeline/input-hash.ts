import { createHash } from 'node:crypto';
import type { ListingInput } from '@passerelle/shared-domain';
import { canonicalJson } from './content-hash';
import type { TaxonomyCrosswalk } from './taxonomy-crosswalk';

/**
 * Version of what the pipeline makes of an input. Bump it whenever a change of the pipeline
 * (rules, sanitizer, geocoding table, taxonomy) can change the normalized listing of an
 * unchanged input: stored input hashes then stop matching, and the next run of every feed
 * passes every item through the pipeline again. `pipeline-version.spec.ts` fails when the
 * output on the demo feeds changes and the version was not bumped.
 */
export const PIPELINE_VERSION = '2026-11-29.1';

/** What an input hash is salted with for one run: the pipeline version and the crosswalk. */
export function inputHashSalt(crosswalk?: TaxonomyCrosswalk): string {
  return `${PIPELINE_VERSION}\n${crosswalk ? canonicalJson(crosswalk) : ''}\n`;
}

/**
 * SHA-256 (base64) of an item as its connector produced it (items that carry a `recordHash`,
 * the hash of the record they were read from with the same salt, use that instead). Equal to the stored one means the
 * pipeline would produce the same listing again (the key order of connector output is fixed;
 * a different order only costs a pass through the pipeline, never a wrong UNCHANGED).
 */
export function inputHash(input: ListingInput, salt: string): string {
  return createHash('sha256').update(salt).update(JSON.stringify(input)).digest('base64');
}
