import { departmentByCode, regionOfDepartment } from '@passerelle/api-geo';
import {
  activityLabel,
  domainLabel,
  type ListingKind,
  ListingStatus,
  type RemoteMode,
} from '@passerelle/shared-domain';
import { cellFields } from '../map/map-grid';

/**
 * One document per place of a listing (`<listingId>-<position>`), so that the map shows every
 * place and a radius or viewport finds a multi-site listing at each of them; `listingId` is
 * the distinct attribute, so the list shows it once. Every field but `_geo`, the grid cells,
 * `city` and `postalCode` (the place of this document, not searchable) is the same on all
 * documents of a listing: facet counts are then counts of listings, and words match a listing
 * on all of its documents alike (the searchable place names are those of every place), so a
 * search without a place filter is counted on the primary documents (docs/search.md).
 */
export interface SearchDocument {
  id: string;
  listingId: string;
  /** 0-based place number; the first place (or the only document) is the primary one. */
  position: number;
  isPrimary: boolean;
  /** How many documents the listing has (1 for most): a place filter counts listings of 1 as documents. */
  documentCount: number;
  kind: ListingKind;
  title: string;
  summary: string;
  /** Plain text of the description, capped. */
  description: string;
  domain: string | null;
  domainLabel: string | null;
  activities: string[];
  activityLabels: string[];
  tags: string[];
  remote: RemoteMode;
  organizationName: string | null;
  /** Every platform publishing the listing (its active sources). */
  partnerSlugs: string[];
  /** Departments and regions of all the listing's places. */
  departmentCodes: string[];
  regionCodes: string[];
  /** Searchable names of all the listing's places (communes, postal codes, departments). */
  cities: string[];
  postalCodes: string[];
  departmentNames: string[];
  /** This document's place (the map's points show it; not searchable). */
  city: string | null;
  postalCode: string | null;
  _geo?: { lat: number; lng: number };
  /** Map grid cells of `_geo` (see map/map-grid.ts); absent without a point. */
  cell3?: string;
  cell5?: string;
  cell7?: string;
  cell9?: string;
  cell11?: string;
  cell13?: string;
  cell15?: string;
  cell17?: string;
  /** Unix seconds; null when unknown (filters use `IS NULL`). */
  startsAt: number | null;
  endsAt: number | null;
  /** Posting date for the NEWEST sort: postedAt, else first publication, else creation. */
  newestAt: number;
  openToMinors: boolean | null;
  reducedMobilityAccessible: boolean | null;
}

export interface PlaceForIndex {
  city: string | null;
  postalCode: string | null;
  cityCode: string | null;
  departmentCode: string | null;
  regionCode: string | null;
  lat: number | null;
  lon: number | null;
}

/** What the index needs of a listing, read from PostgreSQL (see ListingDocumentsReader). */
export interface ListingForIndex {
  id: string;
  status: ListingStatus;
  kind: ListingKind;
  title: string;
  summary: string;
  description: string;
  domain: string | null;
  activities: string[];
  tags: string[];
  remote: RemoteMode;
  startsAt: Date | null;
  endsAt: Date | null;
  postedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  openToMinors: boolean | null;
  reducedMobilityAccessible: boolean | null;
  organizationName: string | null;
  partnerSlugs: string[];
  places: PlaceForIndex[];
}

const MAX_DESCRIPTION = 10_000;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

/** Plain text of sanitized HTML: tags dropped, block ends as spaces, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d|\/div)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const seconds = (date: Date | null): number | null =>
  date ? Math.floor(date.getTime() / 1000) : null;

const hasPoint = (place: PlaceForIndex): place is PlaceForIndex & { lat: number; lon: number } =>
  place.lat !== null &&
  place.lon !== null &&
  Number.isFinite(place.lat) &&
  Number.isFinite(place.lon) &&
  Math.abs(place.lat) <= 90 &&
  Math.abs(place.lon) <= 180;

/** Same point or, without one, same commune: duplicate sources often repeat a place. */
function placeKey(place: PlaceForIndex): string {
  if (hasPoint(place)) return `${place.lat.toFixed(5)},${place.lon.toFixed(5)}`;
  return `${place.cityCode ?? ''}|${place.postalCode ?? ''}|${(place.city ?? '').toLowerCase()}`;
}

/** Distinct non-empty values, in their first order. */
const distinct = (values: Iterable<string | null | undefined>): string[] => [
  ...new Set([...values].filter((v): v is string => typeof v === 'string' && v !== '')),
];
const unique = (values: Iterable<string | null | undefined>): string[] => distinct(values).sort();

/**
 * The documents of a listing: none unless PUBLISHED; one per distinct place with a point;
 * one without `_geo` when no place has a point (remote listings, or a place we could not
 * pin: never a made-up 0,0).
 */
export function toSearchDocuments(listing: ListingForIndex): SearchDocument[] {
  if (listing.status !== ListingStatus.PUBLISHED) return [];
  const seen = new Set<string>();
  const places = listing.places.filter((place) => {
    const key = placeKey(place);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const departmentCodes = unique(places.map((p) => p.departmentCode));
  const regionCodes = unique(
    places.map(
      (p) => p.regionCode ?? (p.departmentCode ? regionOfDepartment(p.departmentCode) : null),
    ),
  );
  const pinned = places.filter(hasPoint);
  const docPlaces: Array<PlaceForIndex | null> = pinned.length > 0 ? pinned : [places[0] ?? null];
  const departmentNames = distinct(
    places.map((p) => (p.departmentCode ? departmentByCode(p.departmentCode)?.name : null)),
  );

  const shared = {
    listingId: listing.id,
    kind: listing.kind,
    title: listing.title,
    summary: listing.summary,
    description: htmlToText(listing.description).slice(0, MAX_DESCRIPTION),
    domain: listing.domain,
    domainLabel: listing.domain ? (domainLabel(listing.domain) ?? null) : null,
    activities: [...listing.activities],
    activityLabels: unique(listing.activities.map((slug) => activityLabel(slug) ?? slug)),
    tags: [...listing.tags],
    remote: listing.remote,
    organizationName: listing.organizationName,
    partnerSlugs: unique(listing.partnerSlugs),
    departmentCodes,
    regionCodes,
    cities: distinct(places.map((p) => p.city)),
    postalCodes: distinct(places.map((p) => p.postalCode)),
    departmentNames,
    startsAt: seconds(listing.startsAt),
    endsAt: seconds(listing.endsAt),
    newestAt: seconds(listing.postedAt ?? listing.publishedAt ?? listing.createdAt) ?? 0,
    openToMinors: listing.openToMinors,
    reducedMobilityAccessible: listing.reducedMobilityAccessible,
  };
  return docPlaces.map((place, position) => {
    const document: SearchDocument = {
      id: `${listing.id}-${position}`,
      position,
      isPrimary: position === 0,
      documentCount: docPlaces.length,
      ...shared,
      city: place?.city ?? null,
      postalCode: place?.postalCode ?? null,
    };
    if (place && hasPoint(place)) {
      document._geo = { lat: place.lat, lng: place.lon };
      Object.assign(document, cellFields({ lat: place.lat, lon: place.lon }));
    }
    return document;
  });
}
