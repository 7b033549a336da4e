import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Meilisearch, MultiSearchQuery, MultiSearchResult } from 'meilisearch';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode, MEILISEARCH, encodeCursor } from '@passerelle/api-core';
import { haversineKm } from '@passerelle/api-geo';
import {
  type FacetCountObject,
  type ListingObject,
  ListingsLoaders,
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
import { facetClauses, keepsRemote, searchFilter, searchSort } from './search-filter';

/**
 * Whether the listings matching a query are exactly its matching primary documents
 * (`position = 0`, one per listing): true without `near` / `bounds`. Every filter but the
 * place filters is on listing-level attributes, and so are the searchable fields (the place
 * names of a document are those of all the listing's places): words match every document of a
 * listing alike. A radius or a viewport may match a later place only.
 */
export function countsPrimaryDocuments(query: SearchQuery): boolean {
  return query.near === null && query.bounds === null;
}

const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, count) => total + count, 0);

/** One query of a count: its listings are `kind` facet sums (documents) or `totalHits` (distinct). */
export interface CountPart {
  index: number;
  listings: 'documents' | 'distinct';
}

/** The multi-search of a search, and which of its queries add up to each count. */
export interface SearchPlan {
  queries: MultiSearchQuery[];
  /** The total and the facets the search does not filter on (`countFacets`). */
  count: CountPart[];
  countFacets: FacetAttribute[];
  /** One per facet the search filters on: its counts with its own clause left out. */
  facets: Array<{ attribute: FacetAttribute; parts: CountPart[] }>;
}

/**
 * The Meilisearch multi-search of a validated query, as `SearchService.search` sends it: the
 * page of hits, the count (with the facets the query does not filter on), and one facet
 * count per facet it filters on (that facet's clause left out). Pure: the search benchmark
 * sends the same requests straight to Meilisearch.
 *
 * Counts of listings, never of documents, and cheap: an exhaustive count (`page`/`hitsPerPage`,
 * which applies `distinct`) costs one lookup per listing found (~20 ms for 10,000 at 100,000
 * listings), a facet distribution with `limit: 0` a few ms, but the latter counts documents.
 * So: without a place filter, counts and facets are taken on the primary documents
 * (`position = 0`) with `limit: 0`, the count being the sum of the `kind` facet (one kind per
 * listing). With `bounds`, each count is two queries added up: the listings of one document
 * (`documentCount = 1`) with `limit: 0`, and the others (`documentCount > 1`, a fifth of them)
 * with the exhaustive distinct count. With `near`, whose `_geoRadius` costs a fixed ~8 ms per
 * query, the two parts are the REMOTE listings (found anywhere: primary documents) and the
 * others in the radius (one `_geoRadius`, distinct). The parts are disjoint, so the sums are
 * exact (facets on `distinct` representatives are listing counts, see docs/search.md).
 */
export function searchPlan(
  query: SearchQuery,
  options: { indexUid: string; facets: boolean; now: Date },
): SearchPlan {
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
  const add = (query: MultiSearchQuery, listings: CountPart['listings']): CountPart => {
    queries.push(query);
    return { index: queries.length - 1, listings };
  };
  /** Counting by documents needs the `kind` facet (the sum); `withKind` adds it. */
  const counting = (without: FacetAttribute | undefined, facets: string[], withKind: boolean) => {
    const documentFacets = withKind && !facets.includes('kind') ? [...facets, 'kind'] : facets;
    const byDocuments = (filter: string[]) =>
      add({ ...base, filter, limit: 0, facets: documentFacets }, 'documents');
    const byListing = (filter: string[]) =>
      add({ ...base, filter, page: 1, hitsPerPage: 0, facets }, 'distinct');
    if (countsPrimaryDocuments(query))
      return [byDocuments([...searchFilter(query, now, without), 'position = 0'])];
    if (query.near) {
      // Each `_geoRadius` costs a fixed ~8 ms (Meilisearch reads its whole R-tree), so one
      // per count: the REMOTE listings (matched anywhere; one per listing on their primary
      // documents), plus the others in the radius with the exhaustive distinct count, which
      // then runs on them only.
      const remote = keepsRemote(query, without)
        ? [byDocuments([...searchFilter(query, now, without, 'remote'), 'position = 0'])]
        : [];
      return [...remote, byListing(searchFilter(query, now, without, 'placed'))];
    }
    // A viewport is cheap: listings of one document by documents, the others (a fifth) distinct.
    const filter = searchFilter(query, now, without);
    return [
      byDocuments([...filter, 'documentCount = 1']),
      byListing([...filter, 'documentCount > 1']),
    ];
  };
  return {
    queries,
    count: counting(undefined, unfiltered, true),
    countFacets: unfiltered,
    facets: filtered.map((attribute) => ({
      attribute,
      parts: counting(attribute, [attribute], false),
    })),
  };
}

/** The queries of `searchPlan` (what the benchmark sends straight to Meilisearch). */
export function searchRequests(
  query: SearchQuery,
  options: { indexUid: string; facets: boolean; now: Date },
): MultiSearchQuery[] {
  return searchPlan(query, options).queries;
}

type Distribution = Record<string, number>;

/** Listings counted by some parts of a plan, and their facet distributions added up. */
export function addCounts(
  parts: readonly CountPart[],
  results: readonly MultiSearchResult<unknown>[],
): { listings: number; facets: Partial<Record<string, Distribution>> } {
  let listings = 0;
  const facets: Partial<Record<string, Distribution>> = {};
  for (const part of parts) {
    const result = results[part.index];
    const distribution = result?.facetDistribution ?? {};
    listings +=
      part.listings === 'documents' ? sum(distribution['kind'] ?? {}) : (result?.totalHits ?? 0);
    for (const [attribute, counts] of Object.entries(distribution)) {
      const total = (facets[attribute] ??= {});
      for (const [value, count] of Object.entries(counts))
        total[value] = (total[value] ?? 0) + count;
    }
  }
  return { listings: Math.min(MAX_TOTAL_HITS, listings), facets };
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
    private readonly loaders: ListingsLoaders,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * `request`: the GraphQL request whose loaders get the page's relations (the resolver's);
   * without it, only the listings are read (their relations then load on demand).
   */
  async search(
    query: SearchQuery,
    options: { facets: boolean; now?: Date; request?: object },
  ): Promise<SearchResultsObject> {
    const plan = searchPlan(query, {
      indexUid: this.index.uid,
      facets: options.facets,
      now: options.now ?? new Date(),
    });
    const { queries } = plan;
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

    const page = results[0];
    const hits = page?.hits ?? [];
    const counted = addCounts(plan.count, results);
    const totalCount = counted.listings;
    // The page's listings and, for the request's loaders, what their cards show: one query.
    const ids = hits.map((hit) => hit.listingId);
    const statuses = [ListingStatus.PUBLISHED];
    let nodes: ListingObject[];
    if (options.request) {
      const listingPage = await this.listings.findPageByIds(ids, { statuses });
      this.loaders.prime(options.request, listingPage);
      nodes = listingPage.listings;
    } else {
      nodes = await this.listings.findByIds(ids, { statuses });
    }
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

    const distributions: Partial<Record<FacetAttribute, Distribution>> = {};
    for (const attribute of plan.countFacets)
      distributions[attribute] = counted.facets[attribute] ?? {};
    for (const { attribute, parts } of plan.facets)
      distributions[attribute] = addCounts(parts, results).facets[attribute] ?? {};

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
