/**
 * What deduplication reads of a source: the normalized listing the ingest pipeline stores as
 * `listing_source.payload` (`NormalizedListing` in `@passerelle/api-ingest` is assignable to
 * `SourcePayload`). Declared here, structurally, because ingest depends on this library and
 * not the other way round.
 */

import type { GeoPrecision, ListingKind, RemoteMode } from '@passerelle/shared-domain';

export interface DedupLocation {
  street?: string | null;
  postalCode?: string | null;
  city: string | null;
  /** INSEE commune code. */
  cityCode: string | null;
  departmentCode: string | null;
  regionCode?: string | null;
  lat: number | null;
  lon: number | null;
  /** Null when there is no point. */
  precision: GeoPrecision | null;
}

export interface DedupOrganization {
  name: string;
  /** `normalizeOrganizationName` of ingest; recomputed from `name` when absent. */
  normalizedName?: string | null;
  rna: string | null;
  siren: string | null;
}

/** The fields the matcher compares. */
export interface DedupListing {
  kind: ListingKind;
  title: string;
  /** HTML or plain text. */
  description: string;
  remote: RemoteMode;
  /** ISO 8601 instants. */
  startsAt: string | null;
  endsAt: string | null;
  applyUrl: string;
  locations: readonly DedupLocation[];
  organization: DedupOrganization | null;
}

/** Everything the canonical listing of a group is built from. */
export interface SourcePayload extends DedupListing {
  externalId: string;
  summary: string;
  domain: string | null;
  activities: string[];
  tags: string[];
  places: number | null;
  schedule: string | null;
  postedAt: string | null;
  flags: {
    openToMinors: boolean | null;
    reducedMobilityAccessible: boolean | null;
    closeToTransport: boolean | null;
  };
  imageUrl: string | null;
  url: string | null;
}

/** One partner's version of a listing, as the matcher sees it. */
export interface MatchInput {
  partnerId: string;
  listing: DedupListing;
}
