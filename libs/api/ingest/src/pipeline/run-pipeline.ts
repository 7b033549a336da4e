import type { ListingInput } from '@passerelle/shared-domain';
import { contentHash } from './content-hash';
import type { IngestIssue } from './ingest.errors';
import type { NormalizedListing } from './normalized-listing';
import { prepareListing, type PrepareOptions } from './validate-and-normalize';

export type PipelineContext = PrepareOptions;

export type PipelineResult =
  | { ok: true; listing: NormalizedListing; hash: string; warnings: IngestIssue[] }
  | { ok: false; errors: IngestIssue[]; warnings: IngestIssue[] };

/** validate → normalize → geocode → hash, for one item of a push batch or a feed. */
export function runPipeline(input: ListingInput, ctx: PipelineContext = {}): PipelineResult {
  const prepared = prepareListing(input, ctx);
  if (!prepared.ok) return prepared;
  return {
    ok: true,
    listing: prepared.listing,
    hash: contentHash(prepared.listing),
    warnings: prepared.warnings,
  };
}
