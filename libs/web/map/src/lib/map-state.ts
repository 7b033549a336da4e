import type { BoundsInput, SearchInput } from '@passerelle/web-data-access';

/** Metropolitan France: the first view without a place or a zone. */
export const FRANCE: BoundsInput = { south: 41.3, west: -5.2, north: 51.1, east: 9.6 };

/** Zoom around a searched place. */
export const PLACE_ZOOM = 10;

/** The map ignores paging and sort: without them, "load more" does not refetch it. */
export function mapInput(input: SearchInput): SearchInput {
  const { first: _first, after: _after, sort: _sort, ...rest } = input;
  return rest;
}

/** "Du 3 mai au 30 juin 2026", "À partir du 3 mai 2026"… null without dates. */
export function formatPeriod(startsAt: string | null, endsAt: string | null): string | null {
  const day = (iso: string) =>
    new Date(iso).toLocaleDateString('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Paris',
    });
  if (startsAt && endsAt) return `Du ${day(startsAt)} au ${day(endsAt)}`;
  if (startsAt) return `À partir du ${day(startsAt)}`;
  if (endsAt) return `Jusqu’au ${day(endsAt)}`;
  return null;
}

/** The listing id of a result card link (`/annonces/<id>`), if it is one. */
export function listingIdOfHref(href: string | null): string | null {
  const match = /^\/annonces\/([^/?#]+)$/.exec(href ?? '');
  return match ? decodeURIComponent(match[1]!) : null;
}

/** The map summary: "124 annonces sur la carte, dont 3 à distance non placées". */
export function mapSummary(data: { totalCount: number; remoteCount: number }): string {
  const onMap = data.totalCount - data.remoteCount;
  const listings = (n: number) => `${n.toLocaleString('fr-FR')} annonce${n > 1 ? 's' : ''}`;
  const remote =
    data.remoteCount > 0
      ? ` ; ${listings(data.remoteCount)} à distance ou sans lieu connu ${data.remoteCount > 1 ? 'n’y sont' : 'n’y est'} pas`
      : '';
  return `${listings(onMap)} sur la carte${remote}.`;
}

/**
 * The points of the map grouped by place: listings at the same coordinates (a commune's centre,
 * for those that only give their city) would draw their pins on top of each other, only the
 * last one reachable with a pointer. Each place keeps its listings in the order received, each
 * listing once; places are in the order of their first listing.
 */
export function stackPoints<T extends { listingId: string; lat: number; lon: number }>(
  points: readonly T[],
): T[][] {
  const byPlace = new Map<string, T[]>();
  for (const point of points) {
    const key = `${point.lat.toFixed(5)},${point.lon.toFixed(5)}`;
    const stack = byPlace.get(key);
    if (!stack) byPlace.set(key, [point]);
    else if (!stack.some((other) => other.listingId === point.listingId)) stack.push(point);
  }
  return [...byPlace.values()];
}
