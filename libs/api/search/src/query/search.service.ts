import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Meilisearch, MultiSearchQuery, MultiSearchResult } from 'meilisearch';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode, MEILISEARCH, encodeCursor } from '@passerelle/api-core';
import { haversineKm } from '@passerelle/api-geo';
import {
  type FacetCountObject,
  ListingsService,
  departmentLabel,
  domainFacetLabel,
  kindLabel,
  sortFacets,
} from '@passerelle/api-listings';
import { ListingKind, ListingStatus, activityLabel } from '@passerelle/shared-domain';
import { FACET_ATTRIBUTES, type FacetAttribute, MAX_TOTAL_HITS } from '../index/index-settings';
import { describeError, meiliErrorCode } from '../index/meili';
import { SearchIndex } from '../index/search-index';
import { SEARCH_CONFIG, type SearchConfig } from '../search.config';
import type { SearchFacetsObject, SearchResultsObject } from './search-results.object';
import { SEARCH_CURSOR, type SearchQuery } from './search-query';
import { facetClauses, searchFilter, searchSort } from './search-filter';

/**
 * Whether the listings matching a query are exactly its matching primary documents
 * (`position = 0`, one per listing): true without words and without `near` / `bounds`, since
 * every other filter is on listing-level attributes (the same on all documents of a listing).
 * Words may match the city of a later place only, and so may a radius or a viewport.
 */
export function countsPrimaryDocuments(query: SearchQuery): boolean {
  return query.text === '' && query.near === null && query.bounds === null;
}

/**
 * The Meilisearch multi-search of a validated query, as `SearchService.search` sends it: the
 * page of hits, the count (with the facets the query does not filter on), and one facet
 * query per facet it filters on (that facet's clause left out). Pure: the search benchmark
 * sends the same requests straight to Meilisearch.
 *
 * Counts: an exhaustive count (`page`/`hitsPerPage`, which applies `distinct`) costs ~170 ms
 * at 100,000 listings on a broad query, a facet distribution with `limit: 0` a few ms, but
 * the latter counts documents, not listings. So when `countsPrimaryDocuments`, counts and
 * facets are taken on the primary documents with `limit: 0` (the count is the sum of the
 * `kind` facet: one kind per listing); otherwise the exhaustive count, as before. Both give
 * the same numbers (facets on `distinct` representatives are listing counts, see
 * docs/search.md).
 */
export function searchRequests(
  query: SearchQuery,
  options: { indexUid: string; facets: boolean; now: Date },
): MultiSearchQuery[] {
  const { now } = options;
  const base = { indexUid: options.indexUid, q: query.text };
  const filter = searchFilter(query, now);
  const limit = Math.max(0, Math.min(query.first, MAX_TOTAL_HITS - query.offset));
  const queries: MultiSearchQuery[] = [
    {
      ...base,
      filter,
      sort: searchSort(query),
      offset: query.offset,
      limit,
      attributesToRetrieve: ['listingId', '_geo'],
    },
  ];
  const restricted = facetClauses(query);
  const filtered = options.facets
    ? FACET_ATTRIBUTES.filter((attribute) => restricted.has(attribute))
    : [];
  const unfiltered = options.facets
    ? FACET_ATTRIBUTES.filter((attribute) => !filtered.includes(attribute))
    : [];
  const primary = countsPrimaryDocuments(query);
  const counting = (filter: string[], facets: string[]): MultiSearchQuery =>
    primary
      ? { ...base, filter: [...filter, 'position = 0'], limit: 0, facets }
      : { ...base, filter, page: 1, hitsPerPage: 0, facets };
  queries.push(
    counting(
      filter,
      primary && !unfiltered.includes('kind') ? [...unfiltered, 'kind'] : unfiltered,
    ),
  );
  for (const attribute of filtered)
    queries.push(counting(searchFilter(query, now, attribute), [attribute]));
  return queries;
}

interface Hit {
  listingId: string;
  _geo?: { lat: number; lng: number };
  _geoDistance?: number;
}

/** French labels of the remote modes, as facets show them. */
export const REMOTE_LABELS: Record<string, string> = {
  ONSITE: 'Sur place',
  HYBRID: 'En partie à distance',
  REMOTE: 'À distance',
};

const FACET_FIELDS: Record<FacetAttribute, keyof SearchFacetsObject> = {
  kind: 'kind',
  domain: 'domains',
  activities: 'activities',
  remote: 'remote',
  departmentCodes: 'departments',
  partnerSlugs: 'partners',
};

const PARTNER_NAMES_TTL_MS = 60_000;
const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, count) => total + count, 0);

/**
 * Runs a validated search on Meilisearch and answers listings read from PostgreSQL: one
 * multi-search round trip (the page of hits, the exact count with facets, and one facet
 * query per facet the search filters on), then one query for the page's listings.
 */
@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);
  private partnerNames?: { at: number; names: Map<string, string> };

  constructor(
    @Inject(MEILISEARCH) private readonly client: Meilisearch,
    @Inject(SEARCH_CONFIG) private readonly config: SearchConfig,
    private readonly index: SearchIndex,
    private readonly listings: ListingsService,
    private readonly dataSource: DataSource,
  ) {}

  async search(
    query: SearchQuery,
    options: { facets: boolean; now?: Date },
  ): Promise<SearchResultsObject> {
    const queries = searchRequests(query, {
      indexUid: this.index.uid,
      facets: options.facets,
      now: options.now ?? new Date(),
    });
    let results: MultiSearchResult<Hit>[];
    try {
      ({ results } = await this.client.multiSearch<{ queries: MultiSearchQuery[] }, Hit>(
        { queries },
        { signal: AbortSignal.timeout(this.config.searchTimeoutMs) },
      ));
    } catch (error) {
      this.logger.warn(`Search unavailable: ${describeError(error)}`);
      throw new AppError(
        ErrorCode.SEARCH_UNAVAILABLE,
        meiliErrorCode(error) === 'index_not_found'
          ? 'La recherche est en cours de préparation. Réessayez dans quelques minutes.'
          : undefined,
      );
    }

    const [page, counted, ...facetResults] = results;
    const hits = page?.hits ?? [];
    const totalCount = countsPrimaryDocuments(query)
      ? Math.min(MAX_TOTAL_HITS, sum(counted?.facetDistribution?.['kind'] ?? {}))
      : (counted?.totalHits ?? 0);
    const nodes = await this.listings.findByIds(
      hits.map((hit) => hit.listingId),
      { statuses: [ListingStatus.PUBLISHED] },
    );
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const edges = hits.flatMap((hit, n) => {
      const node = byId.get(hit.listingId);
      if (!node) return []; // unpublished since it was indexed: the indexer will catch up
      return [
        {
          cursor: encodeCursor(SEARCH_CURSOR, [query.offset + n + 1]),
          node,
          distanceKm: distanceKm(query, hit),
        },
      ];
    });

    const distributions: Partial<Record<FacetAttribute, Record<string, number>>> = {
      ...(counted?.facetDistribution ?? {}),
    };
    for (const result of facetResults) Object.assign(distributions, result.facetDistribution ?? {});

    return {
      totalCount,
      edges,
      pageInfo: {
        hasNextPage: query.offset + hits.length < Math.min(totalCount, MAX_TOTAL_HITS),
        hasPreviousPage: query.offset > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      facets: await this.facets(distributions),
    };
  }

  private async facets(
    distributions: Partial<Record<FacetAttribute, Record<string, number>>>,
  ): Promise<SearchFacetsObject> {
    const partnerSlugs = Object.keys(distributions.partnerSlugs ?? {});
    const partnerNames =
      partnerSlugs.length > 0 ? await this.partnerNamesOf(partnerSlugs) : new Map<string, string>();
    const labelOf: Record<FacetAttribute, (value: string) => string> = {
      kind: (value) => (isListingKind(value) ? kindLabel(value) : value),
      domain: domainFacetLabel,
      activities: (value) => activityLabel(value) ?? value,
      remote: (value) => REMOTE_LABELS[value] ?? value,
      departmentCodes: departmentLabel,
      partnerSlugs: (value) => partnerNames.get(value) ?? value,
    };
    const facets = {} as SearchFacetsObject;
    for (const attribute of FACET_ATTRIBUTES) {
      const counts = Object.entries(distributions[attribute] ?? {});
      const values: FacetCountObject[] = counts
        .filter(([, count]) => count > 0)
        .map(([value, count]) => ({ value, label: labelOf[attribute](value), count }));
      facets[FACET_FIELDS[attribute]] = sortFacets(values);
    }
    return facets;
  }

  /** Names of partners by slug, cached for a minute (they rarely change). */
  private async partnerNamesOf(slugs: string[]): Promise<Map<string, string>> {
    const cached = this.partnerNames;
    const fresh = cached && Date.now() - cached.at < PARTNER_NAMES_TTL_MS;
    if (fresh && slugs.every((slug) => cached.names.has(slug))) return cached.names;
    const rows: Array<{ slug: string; name: string }> = await this.dataSource.query(
      'SELECT slug, name FROM partner',
    );
    const names = new Map(rows.map((row) => [row.slug, row.name]));
    this.partnerNames = { at: Date.now(), names };
    return names;
  }
}

const isListingKind = (value: string): value is ListingKind =>
  (Object.values(ListingKind) as string[]).includes(value);

/** Kilometres from `near` to the hit's place: Meilisearch's when it sorted by it, else ours. */
function distanceKm(query: SearchQuery, hit: Hit): number | null {
  if (!query.near) return null;
  if (typeof hit._geoDistance === 'number') return Math.round(hit._geoDistance / 100) / 10;
  if (!hit._geo) return null;
  const km = haversineKm(query.near, { lat: hit._geo.lat, lon: hit._geo.lng });
  return Math.round(km * 10) / 10;
}
