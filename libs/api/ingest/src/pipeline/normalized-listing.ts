import type { GeoPrecision, ListingKind, RemoteMode } from '@passerelle/shared-domain';

/**
 * A listing after validation, normalization and geocoding: what the store layer writes for one
 * source. Every absent value is `null` (never `undefined`), so that the content hash is stable.
 */
export interface NormalizedListing {
  externalId: string;
  kind: ListingKind;
  title: string;
  /** Sanitized HTML (allow-listed tags only). */
  description: string;
  /** Plain text of the description, at most 300 characters. */
  summary: string;
  /** Taxonomy slug, or null when the partner gives none. */
  domain: string | null;
  /** Taxonomy slugs; an unknown activity is kept as the partner wrote it (and reported). */
  activities: string[];
  tags: string[];
  remote: RemoteMode;
  places: number | null;
  schedule: string | null;
  /** ISO 8601 instants (`2025-02-01T00:00:00.000Z`); a date without time is midnight UTC. */
  startsAt: string | null;
  endsAt: string | null;
  postedAt: string | null;
  flags: ListingFlags;
  imageUrl: string | null;
  applyUrl: string;
  url: string | null;
  locations: NormalizedLocation[];
  organization: NormalizedOrganization | null;
}

export interface ListingFlags {
  openToMinors: boolean | null;
  reducedMobilityAccessible: boolean | null;
  closeToTransport: boolean | null;
}

export interface NormalizedLocation {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  /** INSEE commune code. */
  cityCode: string | null;
  departmentCode: string | null;
  regionCode: string | null;
  /** Null when only the department is known: a point is never invented. */
  lat: number | null;
  lon: number | null;
  precision: GeoPrecision;
}

export interface NormalizedOrganization {
  externalId: string | null;
  name: string;
  /** Lower case, no accents or punctuation, "asso" unified to "association": a dedup key. */
  normalizedName: string;
  /** `W` + 9 characters, upper case. */
  rna: string | null;
  /** 9 digits (the SIREN part of a SIRET). */
  siren: string | null;
  url: string | null;
}
