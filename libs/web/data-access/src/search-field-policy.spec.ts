import { createCache } from './create-apollo-client';
import {
  SearchListingsDocument,
  SearchListingsNextPageDocument,
  type SearchListingsQuery,
} from './generated/graphql';
import { searchCacheKey } from './search-field-policy';

type Edge = SearchListingsQuery['search']['edges'][number];

const edge = (n: number): Edge & { __typename: 'SearchEdge' } => ({
  __typename: 'SearchEdge',
  cursor: `cursor-${n}`,
  distanceKm: null,
  node: {
    __typename: 'Listing',
    id: `listing-${n}`,
    kind: 'NEED',
    title: `Mission ${n}`,
    domain: null,
    remote: 'ONSITE',
    startsAt: null,
    endsAt: null,
    locations: [],
    organization: null,
    sources: [],
  } as Edge['node'],
});

const facets = {
  __typename: 'SearchFacets',
  kind: [{ __typename: 'FacetCount', value: 'NEED', label: 'Besoin', count: 45 }],
  domains: [],
  activities: [],
  remote: [],
  departments: [],
  partners: [],
};

const page = (from: number, to: number, hasNextPage: boolean) => ({
  __typename: 'SearchResults' as const,
  totalCount: 45,
  edges: Array.from({ length: to - from + 1 }, (_, i) => edge(from + i)),
  pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: `cursor-${to}` },
});

describe(searchCacheKey.name, () => {
  it('ignores the page arguments and the order of the fields', () => {
    expect(searchCacheKey({ input: { text: 'jardin', domains: ['sante'], first: 20 } })).toBe(
      searchCacheKey({ input: { domains: ['sante'], after: 'cursor-20', text: 'jardin' } }),
    );
  });

  it('tells two searches apart', () => {
    expect(searchCacheKey({ input: { text: 'jardin' } })).not.toBe(
      searchCacheKey({ input: { text: 'jardin', near: { lat: 45.7, lon: 4.8 } } }),
    );
  });
});

describe('Query.search cache policy', () => {
  const input = { text: 'jardin', first: 20 };

  function firstPage() {
    const cache = createCache();
    cache.writeQuery({
      query: SearchListingsDocument,
      variables: { input },
      data: { search: { ...page(1, 20, true), facets } },
    });
    return cache;
  }

  const nextPage = (cache: ReturnType<typeof createCache>, from: number, to: number) =>
    cache.writeQuery({
      query: SearchListingsNextPageDocument,
      variables: { input: { ...input, after: `cursor-${from - 1}` } },
      data: { search: page(from, to, to < 45) },
    });

  it('appends the next page to its search and keeps the facets', () => {
    const cache = firstPage();
    nextPage(cache, 21, 40);

    const read = cache.readQuery({ query: SearchListingsDocument, variables: { input } });
    expect(read?.search.edges.map((e) => e.node.id)).toHaveLength(40);
    expect(read?.search.edges[20]?.node.id).toBe('listing-21');
    expect(read?.search.pageInfo.endCursor).toBe('cursor-40');
    expect(read?.search.facets.kind[0]?.count).toBe(45);
  });

  it('does not double a page asked twice', () => {
    const cache = firstPage();
    nextPage(cache, 21, 40);
    nextPage(cache, 21, 40);

    const read = cache.readQuery({ query: SearchListingsDocument, variables: { input } });
    expect(read?.search.edges).toHaveLength(40);
  });

  it('replaces the results with a new first page', () => {
    const cache = firstPage();
    nextPage(cache, 21, 40);
    cache.writeQuery({
      query: SearchListingsDocument,
      variables: { input },
      data: { search: { ...page(1, 20, true), facets } },
    });

    const read = cache.readQuery({ query: SearchListingsDocument, variables: { input } });
    expect(read?.search.edges).toHaveLength(20);
  });

  it('answers a restored page from the cache only when it holds enough results', () => {
    const cache = firstPage();
    const asFor = (first: number) =>
      cache.readQuery({ query: SearchListingsDocument, variables: { input: { ...input, first } } });

    expect(asFor(40)).toBeNull();
    nextPage(cache, 21, 40);
    expect(asFor(40)?.search.edges).toHaveLength(40);
  });

  it('accepts a short page when that many were already asked for', () => {
    const cache = createCache();
    const variables = { input: { ...input, first: 40 } };
    // 40 asked, 38 answered (two listings unpublished since they were indexed).
    cache.writeQuery({
      query: SearchListingsDocument,
      variables,
      data: { search: { ...page(1, 38, true), facets } },
    });

    expect(
      cache.readQuery({ query: SearchListingsDocument, variables })?.search.edges,
    ).toHaveLength(38);
  });
});
