import { toSearchQuery } from './search-query';
import { countsPrimaryDocuments, searchRequests } from './search.service';

const NOW = new Date('2027-01-01T00:00:00Z');
const requests = (input: Parameters<typeof toSearchQuery>[0], facets = true) =>
  searchRequests(toSearchQuery(input), { indexUid: 'listings', facets, now: NOW });

describe(searchRequests.name, () => {
  it('counts the primary documents of a search without words nor place (facet sums)', () => {
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
    expect(perFacet.map((q) => [q.facets, q.limit, (q.filter as string[]).at(-1)])).toEqual([
      [['kind'], 0, 'position = 0'],
      [['domain'], 0, 'position = 0'],
    ]);
  });

  it('asks only for the kind counts when the facets are not selected', () => {
    const [, count, ...rest] = requests({}, false);
    expect(count).toMatchObject({ limit: 0, facets: ['kind'] });
    expect(rest).toEqual([]);
  });

  it('keeps the exhaustive count when words or a place may match a later place only', () => {
    for (const input of [
      { text: 'Lyon' },
      { near: { lat: 45.76, lon: 4.83 } },
      { bounds: { south: 45, west: 4, north: 46, east: 5 }, domains: ['sante'] },
    ]) {
      expect(countsPrimaryDocuments(toSearchQuery(input))).toBe(false);
      for (const count of requests(input).slice(1)) {
        expect(count).toMatchObject({ page: 1, hitsPerPage: 0 });
        expect(count.filter).not.toContain('position = 0');
      }
    }
  });
});
