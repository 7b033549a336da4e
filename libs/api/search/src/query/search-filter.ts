import { RemoteMode } from '@passerelle/shared-domain';
import type { FacetAttribute } from '../index/index-settings';
import { quote } from '../index/meili';
import type { SearchQuery } from './search-query';
import { SearchSort } from './search.input';

const DAY_SECONDS = 86_400;
const coordinate = (value: number) => value.toFixed(6);
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const oneOf = (attribute: string, values: readonly string[]) =>
  values.length === 1
    ? `${attribute} = ${quote(values[0]!)}`
    : `${attribute} IN [${values.map(quote).join(', ')}]`;

/** The filter clause of each facet attribute the query restricts. */
export function facetClauses(query: SearchQuery): Map<FacetAttribute, string> {
  const clauses = new Map<FacetAttribute, string>();
  if (query.kind) clauses.set('kind', oneOf('kind', [query.kind]));
  if (query.domains.length > 0) clauses.set('domain', oneOf('domain', query.domains));
  if (query.activities.length > 0) clauses.set('activities', oneOf('activities', query.activities));
  if (query.remote.length > 0) clauses.set('remote', oneOf('remote', query.remote));
  if (query.departmentCodes.length > 0)
    clauses.set('departmentCodes', oneOf('departmentCodes', query.departmentCodes));
  if (query.partnerSlugs.length > 0)
    clauses.set('partnerSlugs', oneOf('partnerSlugs', query.partnerSlugs));
  return clauses;
}

/**
 * Whether REMOTE listings match a place-filtered query whatever their place: unless the remote
 * filter (when applied, i.e. not left out by `without`) leaves REMOTE out.
 */
export function keepsRemote(query: SearchQuery, without?: FacetAttribute): boolean {
  const remoteApplies = without !== 'remote' && query.remote.length > 0;
  return !remoteApplies || query.remote.includes(RemoteMode.REMOTE);
}

/**
 * Which listings of a place-filtered query a filter keeps: all of them (`all`), or one of two
 * disjoint parts that add up to them: the REMOTE ones, matched whatever their place
 * (`remote`), and the others, matched by their place (`placed`). Without a place filter, the
 * parts are not used.
 */
export type PlaceScope = 'all' | 'remote' | 'placed';

/**
 * The Meilisearch filter of a query, as a list of AND-ed expressions. `without` leaves one
 * facet's own clause out (its counts then show the other values one could pick). Every value
 * is validated before and quoted here; numbers are formatted, never interpolated raw.
 */
export function searchFilter(
  query: SearchQuery,
  now: Date,
  without?: FacetAttribute,
  scope: PlaceScope = 'all',
): string[] {
  const facets = facetClauses(query);
  if (without) facets.delete(without);
  const filter: string[] = [];

  // Place: radius, viewport and departments together; a REMOTE listing is anywhere, so it
  // stays unless the remote filter (when it is applied) leaves REMOTE out.
  const place: string[] = [];
  if (query.near) {
    const meters = Math.round(query.radiusKm * 1000);
    place.push(
      `_geoRadius(${coordinate(query.near.lat)}, ${coordinate(query.near.lon)}, ${meters})`,
    );
  }
  if (query.bounds) {
    const { north, east, south, west } = query.bounds;
    place.push(
      `_geoBoundingBox([${coordinate(north)}, ${coordinate(east)}], [${coordinate(south)}, ${coordinate(west)}])`,
    );
  }
  const departments = facets.get('departmentCodes');
  facets.delete('departmentCodes');
  if (departments) place.push(departments);
  if (place.length > 0) {
    const keepRemote = keepsRemote(query, without);
    const where = place.length === 1 ? place[0]! : place.map((p) => `(${p})`).join(' AND ');
    const remote = `remote = ${quote(RemoteMode.REMOTE)}`;
    if (scope === 'remote') filter.push(remote);
    else if (scope === 'placed') filter.push(where, `remote != ${quote(RemoteMode.REMOTE)}`);
    else filter.push(keepRemote ? `(${where}) OR ${remote}` : where);
  }

  filter.push(...facets.values());

  // Dates (Unix seconds). Listings whose end date has passed are never shown.
  const from = Math.max(seconds(now), query.availableFrom ? seconds(query.availableFrom) : 0);
  filter.push(`endsAt IS NULL OR endsAt >= ${from}`);
  if (query.availableUntil)
    filter.push(`startsAt IS NULL OR startsAt < ${seconds(query.availableUntil) + DAY_SECONDS}`);

  if (query.openToMinors !== null) filter.push(`openToMinors = ${query.openToMinors}`);
  if (query.reducedMobilityAccessible !== null)
    filter.push(`reducedMobilityAccessible = ${query.reducedMobilityAccessible}`);
  return filter;
}

/**
 * The Meilisearch sort of a query. RELEVANCE without words has nothing to rank by: then it
 * is by distance around `near`, else newest first.
 */
export function searchSort(query: SearchQuery): string[] {
  const byDistance = () =>
    query.near
      ? [`_geoPoint(${coordinate(query.near.lat)}, ${coordinate(query.near.lon)}):asc`]
      : [];
  switch (query.sort) {
    case SearchSort.DISTANCE:
      return byDistance();
    case SearchSort.NEWEST:
      return ['newestAt:desc'];
    case SearchSort.STARTING_SOON:
      return ['startsAt:asc'];
    case SearchSort.RELEVANCE:
      if (query.text !== '') return [];
      return query.near ? byDistance() : ['newestAt:desc'];
  }
}
