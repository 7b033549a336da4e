import type { MultiSearchResult } from 'meilisearch';
import { toSearchQuery } from './search-query';
import { addCounts, countsPrimaryDocuments, searchPlan, searchRequests } from './search.service';

const NOW = new Date('2027-01-01T00:00:00Z');
const options = (facets: boolean) => ({ indexUid: 'listings', facets, now: NOW });
const requests = (input: Parameters<typeof toSearchQuery>[0], facets = true) =>
  searchRequests(toSearchQuery(input), options(facets));
const filterOf = (query: { filter?: unknown }) => query.filter as string[];

describe(searchPlan.name, () => {
  it('counts the primary documents of a search without a place (facet sums)', () => {
    const input = { domains: ['sante'], kind: 'NEED' as never };
    expect(countsPrimaryDocuments(toSearchQuery(input))).toBe(true);
    const [page, count, ...perFacet] = requests(input);
    expect(page).toMatchObject({
      limit: 20,
      offset: 0,
      attributesToRetrieve: ['listingId', '_geo'],
    });
    expect(count).toMatchObject({
      limit: 0,
      facets: ['activities', 'remote', 'departmentCodes', 'partnerSlugs', 'kind'],
    });
    expect(count).not.toHaveProperty('page');
    expect(count?.filter).toContain('position = 0');
    expect(perFacet.map((q) => [q.facets, q.limit, filterOf(q).at(-1)])).toEqual([
      [['kind'], 0, 'position = 0'],
      [['domain'], 0, 'position = 0'],
    ]);
  });

  it('counts words on the primary documents too: they match every place of a listing alike', () => {
    const plan = searchPlan(
      toSearchQuery({ text: 'soutien scolaire Villeurbanne' }),
      options(true),
    );
    expect(plan.queries).toHaveLength(2);
    expect(plan.queries[1]).toMatchObject({ q: 'soutien scolaire Villeurbanne', limit: 0 });
    expect(filterOf(plan.queries[1]!)).toContain('position = 0');
    expect(plan.count).toEqual([{ index: 1, listings: 'documents' }]);
  });

  it('asks only for the kind counts when the facets are not selected', () => {
    const [, count, ...rest] = requests({}, false);
    expect(count).toMatchObject({ limit: 0, facets: ['kind'] });
    expect(rest).toEqual([]);
  });

  it('splits each count of a viewport search: listings of one document, then the others (distinct)', () => {
    const query = toSearchQuery({
      text: 'Lyon',
      bounds: { south: 45, west: 4, north: 46, east: 5 },
    });
    expect(countsPrimaryDocuments(query)).toBe(false);
    const plan = searchPlan(query, options(true));
    expect(plan.count).toEqual([
      { index: 1, listings: 'documents' },
      { index: 2, listings: 'distinct' },
    ]);
    const [single, multi] = [plan.queries[1]!, plan.queries[2]!];
    expect(single).toMatchObject({ limit: 0 });
    expect(single).not.toHaveProperty('page');
    expect(filterOf(single).at(-1)).toBe('documentCount = 1');
    expect(multi).toMatchObject({ page: 1, hitsPerPage: 0 });
    expect(filterOf(multi).at(-1)).toBe('documentCount > 1');
    for (const count of plan.queries.slice(1))
      expect(filterOf(count)).not.toContain('position = 0');
  });

  it('counts a radius search as its REMOTE listings plus the others in the radius (one radius each)', () => {
    const plan = searchPlan(
      toSearchQuery({ near: { lat: 45.76, lon: 4.83 }, radiusKm: 10 }),
      options(true),
    );
    expect(plan.count).toEqual([
      { index: 1, listings: 'documents' },
      { index: 2, listings: 'distinct' },
    ]);
    const [remote, placed] = [plan.queries[1]!, plan.queries[2]!];
    expect(remote).toMatchObject({ limit: 0 });
    expect(filterOf(remote)).toEqual(expect.arrayContaining(['remote = "REMOTE"', 'position = 0']));
    expect(filterOf(remote).join(' ')).not.toContain('_geoRadius');
    expect(placed).toMatchObject({ page: 1, hitsPerPage: 0 });
    expect(filterOf(placed)).toEqual(
      expect.arrayContaining(['_geoRadius(45.760000, 4.830000, 10000)', 'remote != "REMOTE"']),
    );
    // Without REMOTE in the remote filter, there are no REMOTE listings to add.
    const onsite = searchPlan(
      toSearchQuery({ near: { lat: 45.76, lon: 4.83 }, remote: ['ONSITE'] as never }),
      options(false),
    );
    expect(onsite.count).toEqual([{ index: 1, listings: 'distinct' }]);
  });

  it('splits the facet counts of a place search alike, its own clause left out', () => {
    const plan = searchPlan(
      toSearchQuery({ bounds: { south: 45, west: 4, north: 46, east: 5 }, domains: ['sante'] }),
      options(true),
    );
    expect(plan.countFacets).toEqual([
      'kind',
      'activities',
      'remote',
      'departmentCodes',
      'partnerSlugs',
    ]);
    expect(plan.facets).toEqual([
      {
        attribute: 'domain',
        parts: [
          { index: 3, listings: 'documents' },
          { index: 4, listings: 'distinct' },
        ],
      },
    ]);
    for (const part of plan.facets[0]!.parts) {
      expect(plan.queries[part.index]?.facets).toEqual(['domain']);
      expect(filterOf(plan.queries[part.index]!).join(' ')).not.toContain('domain =');
    }
    expect(filterOf(plan.queries[1]!).join(' ')).toContain('domain = "sante"');
  });
});

describe(addCounts.name, () => {
  const result = (totalHits: number, facetDistribution: Record<string, Record<string, number>>) =>
    ({ totalHits, facetDistribution }) as unknown as MultiSearchResult<unknown>;

  it('adds the listings of one document (kind sums) and the distinct ones (totalHits)', () => {
    const counted = addCounts(
      [
        { index: 1, listings: 'documents' },
        { index: 2, listings: 'distinct' },
      ],
      [
        result(20, {}),
        result(999, { kind: { NEED: 30, OFFER: 5 }, departmentCodes: { '69': 30, '01': 5 } }),
        result(4, { kind: { NEED: 4 }, departmentCodes: { '69': 3, '75': 2 } }),
      ],
    );
    expect(counted).toEqual({
      listings: 39,
      facets: {
        kind: { NEED: 34, OFFER: 5 },
        departmentCodes: { '69': 33, '01': 5, '75': 2 },
      },
    });
  });

  it('stops at the deepest reachable result, like the exhaustive count', () => {
    const counted = addCounts(
      [
        { index: 0, listings: 'documents' },
        { index: 1, listings: 'distinct' },
      ],
      [result(0, { kind: { NEED: 9_000 } }), result(2_000, {})],
    );
    expect(counted.listings).toBe(10_000);
  });
});
