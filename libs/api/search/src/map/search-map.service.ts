import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Meilisearch, MultiSearchQuery, MultiSearchResult } from 'meilisearch';
import { AppError, ErrorCode, MEILISEARCH } from '@passerelle/api-core';
import { describeError, meiliErrorCode, quote } from '../index/meili';
import { SearchIndex } from '../index/search-index';
import { searchFilter } from '../query/search-filter';
import type { Bounds, SearchQuery } from '../query/search-query';
import { SEARCH_CONFIG, type SearchConfig } from '../search.config';
import { buildClusters, joinOverlapping } from './map-clusters';
import { MAP_CONFIG, type MapConfig } from './map.config';
import { CELL_LEVELS, cellAttribute, clusterLevel, finerLevel } from './map-grid';
import type { MapPointObject, SearchMapObject } from './search-map.object';

/** From this zoom, a viewport of at most MAP_MAX_POINTS places gets all of them as points. */
export const POINTS_ZOOM = 13;
/** Singletons (cells of one place) looked up as points; beyond, they stay clusters of 1. */
export const MAX_SINGLETONS = 400;
/** Every place of a listing is its own point: documents have unique ids, so `id` is distinct. */
const PER_PLACE = 'id';
const HAS_POINT = `${cellAttribute(CELL_LEVELS[0])} EXISTS`;
const POINT_FIELDS = [
  'listingId',
  '_geo',
  'title',
  'organizationName',
  'city',
  'startsAt',
  'endsAt',
];

type PointHit = {
  listingId: string;
  _geo?: { lat: number; lng: number };
  title: string;
  organizationName: string | null;
  city: string | null;
  startsAt: number | null;
  endsAt: number | null;
};

const coordinate = (value: number) => value.toFixed(6);
const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, count) => total + count, 0);
const date = (seconds: number | null) => (seconds === null ? null : new Date(seconds * 1000));

/** `_geoBoundingBox` of a viewport (top-right, then bottom-left). */
export const boundingBox = ({ north, east, south, west }: Bounds) =>
  `_geoBoundingBox([${coordinate(north)}, ${coordinate(east)}], [${coordinate(south)}, ${coordinate(west)}])`;

/**
 * The map of a search (`searchMap`): the same filters as `search`, inside the viewport.
 * Round trip 1 (multi-search): listings matching, listings without a point, and places in the
 * viewport with their cell counts at the zoom's level and the next one (for centroids).
 * Round trip 2, one query: from zoom POINTS_ZOOM, all the points when the viewport holds at most
 * MAP_MAX_POINTS places; else the places alone in their cell (points, not clusters of 1), the
 * others as clusters (like a client-side marker cluster, which also splits as one zooms in).
 */
@Injectable()
export class SearchMapService {
  private readonly logger = new Logger(SearchMapService.name);

  constructor(
    @Inject(MEILISEARCH) private readonly client: Meilisearch,
    @Inject(SEARCH_CONFIG) private readonly config: SearchConfig,
    @Inject(MAP_CONFIG) private readonly mapConfig: MapConfig,
    private readonly index: SearchIndex,
  ) {}

  async searchMap(
    query: SearchQuery,
    viewport: Bounds,
    zoom: number,
    now = new Date(),
  ): Promise<SearchMapObject> {
    const filter = searchFilter(query, now);
    const inView = [...filter, boundingBox(viewport)];
    const level = clusterLevel(zoom);
    const finer = finerLevel(level);
    // Counts come from facet distributions, not from `totalHits`: an exhaustive count
    // (page/hitsPerPage) costs ~170 ms at 100,000 listings and stops at maxTotalHits, a facet
    // distribution with `limit: 0` a few ms and covers every candidate. Every document has
    // exactly one `kind` and one cell, so the sums are exact. With `limit: 0` the facets count
    // documents (not distinct listings, checked): listings are counted by their primary
    // document (`position = 0`), except when a place filter (near, bounds) may match a listing
    // by another place only: then the exhaustive count, on a smaller candidate set.
    const base = { indexUid: this.index.uid, q: query.text, limit: 0, distinct: PER_PLACE };
    const byPlace = query.near !== null || query.bounds !== null;
    const [total, unpinned, places] = await this.run<Record<string, never>>([
      byPlace
        ? { indexUid: this.index.uid, q: query.text, filter, page: 1, hitsPerPage: 0 }
        : { ...base, filter: [...filter, 'position = 0'], facets: ['kind'] },
      { ...base, filter: [...filter, `NOT ${HAS_POINT}`], facets: ['kind'] },
      {
        ...base,
        filter: inView,
        facets: finer ? [cellAttribute(level), cellAttribute(finer)] : [cellAttribute(level)],
      },
    ]);
    const cells = places?.facetDistribution?.[cellAttribute(level)] ?? {};
    const placeCount = sum(cells);
    const result: SearchMapObject = {
      totalCount: byPlace ? (total?.totalHits ?? 0) : sum(total?.facetDistribution?.['kind'] ?? {}),
      remoteCount: sum(unpinned?.facetDistribution?.['kind'] ?? {}),
      placeCount,
      clusters: [],
      points: [],
    };
    if (placeCount === 0) return result;

    const maxPoints = this.mapConfig.maxPoints;
    if (zoom >= POINTS_ZOOM && placeCount <= maxPoints) {
      result.points = await this.points(query, inView, maxPoints);
      return result;
    }
    const distribution = places?.facetDistribution ?? {};
    const clusters = joinOverlapping(
      buildClusters(
        level,
        cells,
        finer ? { level: finer, counts: distribution[cellAttribute(finer)] ?? {} } : undefined,
      ),
      zoom,
    );
    const singles = clusters.filter((cluster) => cluster.count === 1).slice(0, MAX_SINGLETONS);
    if (singles.length > 0) {
      const cells = singles.map((cluster) => quote(cluster.cell)).join(', ');
      result.points = await this.points(
        query,
        [...inView, `${cellAttribute(level)} IN [${cells}]`],
        singles.length,
      );
    }
    const shown = new Set(singles.map((cluster) => cluster.cell));
    result.clusters = clusters
      .filter((cluster) => !shown.has(cluster.cell))
      .map(({ lat, lon, count, bounds }) => ({ lat, lon, count, bounds }));
    return result;
  }

  private async points(query: SearchQuery, filter: string[], limit: number) {
    const [found] = await this.run<PointHit>([
      {
        indexUid: this.index.uid,
        q: query.text,
        filter,
        distinct: PER_PLACE,
        limit,
        attributesToRetrieve: POINT_FIELDS,
      },
    ]);
    return (found?.hits ?? []).flatMap((hit): MapPointObject[] =>
      hit._geo
        ? [
            {
              listingId: hit.listingId,
              lat: hit._geo.lat,
              lon: hit._geo.lng,
              title: hit.title,
              organizationName: hit.organizationName ?? null,
              city: hit.city ?? null,
              startsAt: date(hit.startsAt ?? null),
              endsAt: date(hit.endsAt ?? null),
            },
          ]
        : [],
    );
  }

  private async run<T extends Record<string, unknown>>(
    queries: MultiSearchQuery[],
  ): Promise<MultiSearchResult<T>[]> {
    try {
      const { results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, T>(
        { queries },
        { signal: AbortSignal.timeout(this.config.searchTimeoutMs) },
      );
      return results;
    } catch (error) {
      this.logger.warn(`Map search unavailable: ${describeError(error)}`);
      throw new AppError(
        ErrorCode.SEARCH_UNAVAILABLE,
        meiliErrorCode(error) === 'index_not_found'
          ? 'La recherche est en cours de préparation. Réessayez dans quelques minutes.'
          : undefined,
      );
    }
  }
}
