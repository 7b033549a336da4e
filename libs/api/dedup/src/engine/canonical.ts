import { GeoPrecision, type ListingKind, type RemoteMode } from '@passerelle/shared-domain';
import type { SourcePayload } from './dedup-listing';

/** One active source of a group, for the canonical listing. */
export interface CanonicalSource {
  sourceId: string;
  partnerId: string;
  externalId: string;
  /** When its content last changed. */
  updatedAt: Date;
  organizationId: string | null;
  payload: SourcePayload;
}

/** The columns of the listing shown to people (`listing` table), from its group's sources. */
export interface CanonicalValues {
  kind: ListingKind;
  title: string;
  description: string;
  summary: string;
  domain: string | null;
  activities: string[];
  tags: string[];
  remote: RemoteMode;
  places: number | null;
  schedule: string | null;
  startsAt: string | null;
  endsAt: string | null;
  postedAt: string | null;
  openToMinors: boolean | null;
  reducedMobilityAccessible: boolean | null;
  closeToTransport: boolean | null;
  imageUrl: string | null;
  organizationId: string | null;
}

export interface CanonicalListing {
  values: CanonicalValues;
  /** The source whose places are the listing's places. */
  placeSourceId: string;
  /** The sources, best first. */
  ranking: string[];
}

/**
 * How complete a source is: one point per optional field it fills, one for a description of
 * at least 200 characters (read from its summary), one for an organization, one more for its
 * RNA or SIREN, one for a place with a point and one more for a street address.
 */
export function completeness(source: Pick<CanonicalSource, 'payload' | 'organizationId'>): number {
  const p = source.payload;
  const filled = [
    p.domain,
    p.activities.length > 0 ? true : null,
    p.places,
    p.schedule,
    p.startsAt,
    p.endsAt,
    p.postedAt,
    p.flags.openToMinors,
    p.flags.reducedMobilityAccessible,
    p.flags.closeToTransport,
    p.imageUrl,
    p.url,
    p.organization,
    p.organization?.rna ?? p.organization?.siren,
    p.locations.some((l) => l.lat !== null) ? true : null,
    p.locations.some((l) => l.precision === GeoPrecision.ADDRESS) ? true : null,
    // The summary is the description's text cut at 300 characters.
    p.summary.length >= 200 ? true : null,
  ];
  return filled.filter((value) => value !== null && value !== undefined && value !== '').length;
}

const PRECISION_RANK: Record<GeoPrecision, number> = {
  [GeoPrecision.ADDRESS]: 3,
  [GeoPrecision.CITY]: 2,
  [GeoPrecision.DEPARTMENT]: 1,
};

function placeRank(payload: SourcePayload): [number, number] {
  let best = 0;
  let points = 0;
  for (const location of payload.locations) {
    best = Math.max(best, location.precision ? PRECISION_RANK[location.precision] : 0.5);
    if (location.lat !== null) points++;
  }
  return [best, points];
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sources best first: most complete, then most recently updated, then partner and external id. */
export function rankSources<T extends CanonicalSource>(sources: readonly T[]): T[] {
  const scored = sources.map((source) => ({ source, points: completeness(source) }));
  return scored
    .sort(
      (x, y) =>
        y.points - x.points ||
        y.source.updatedAt.getTime() - x.source.updatedAt.getTime() ||
        compareText(x.source.partnerId, y.source.partnerId) ||
        compareText(x.source.externalId, y.source.externalId),
    )
    .map(({ source }) => source);
}

function firstOf<T>(ranked: readonly CanonicalSource[], pick: (s: CanonicalSource) => T | null) {
  for (const source of ranked) {
    const value = pick(source);
    if (value !== null && value !== undefined && value !== '') return value;
  }
  return null;
}

function union(lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const item of list) seen.add(item);
  return [...seen];
}

/**
 * The listing shown for a group (the rule in docs/dedup.md): sources ranked by `rankSources`;
 * title, description, summary, kind and remote mode together from the best source; the date
 * range together from the best source that has a start (else an end); every other field from
 * the best source that fills it; activities and tags are the union; the organization is the
 * best source's that has an RNA or SIREN, else the best one's; places come from the source
 * with the most precise places (then the most points, then the ranking).
 */
export function canonicalListing(sources: readonly CanonicalSource[]): CanonicalListing {
  if (sources.length === 0) throw new Error('A group needs at least one active source');
  const ranked = rankSources(sources);
  const best = ranked[0]!;
  const dated =
    ranked.find((s) => s.payload.startsAt !== null) ??
    ranked.find((s) => s.payload.endsAt !== null) ??
    best;
  const identified = ranked.find(
    (s) =>
      s.organizationId !== null && (s.payload.organization?.rna || s.payload.organization?.siren),
  );
  const placeSource = ranked
    .map((source, index) => ({ source, index, rank: placeRank(source.payload) }))
    .sort((x, y) => y.rank[0] - x.rank[0] || y.rank[1] - x.rank[1] || x.index - y.index)[0]!.source;

  return {
    values: {
      kind: best.payload.kind,
      title: best.payload.title,
      description: best.payload.description,
      summary: best.payload.summary,
      domain: firstOf(ranked, (s) => s.payload.domain),
      activities: union(ranked.map((s) => s.payload.activities)),
      tags: union(ranked.map((s) => s.payload.tags)),
      remote: best.payload.remote,
      places: firstOf(ranked, (s) => s.payload.places),
      schedule: firstOf(ranked, (s) => s.payload.schedule),
      startsAt: dated.payload.startsAt,
      endsAt: dated.payload.endsAt,
      postedAt: firstOf(ranked, (s) => s.payload.postedAt),
      openToMinors: firstOf(ranked, (s) => s.payload.flags.openToMinors),
      reducedMobilityAccessible: firstOf(ranked, (s) => s.payload.flags.reducedMobilityAccessible),
      closeToTransport: firstOf(ranked, (s) => s.payload.flags.closeToTransport),
      imageUrl: firstOf(ranked, (s) => s.payload.imageUrl),
      organizationId: identified?.organizationId ?? firstOf(ranked, (s) => s.organizationId),
    },
    placeSourceId: placeSource.sourceId,
    ranking: ranked.map((s) => s.sourceId),
  };
}
