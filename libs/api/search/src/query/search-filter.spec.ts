import { ListingKind, RemoteMode } from '@passerelle/shared-domain';
import { SearchSort } from './search.input';
import { toSearchQuery } from './search-query';
import { keepsRemote, searchFilter, searchSort } from './search-filter';

const NOW = new Date('2027-01-01T00:00:00Z');
const NOW_S = NOW.getTime() / 1000;

describe(searchFilter.name, () => {
  it('keeps remote listings in a place-filtered search', () => {
    const query = toSearchQuery({ near: { lat: 45.764, lon: 4.8357 }, radiusKm: 10 });
    expect(searchFilter(query, NOW)).toEqual([
      '(_geoRadius(45.764000, 4.835700, 10000)) OR remote = "REMOTE"',
      `endsAt IS NULL OR endsAt >= ${NOW_S}`,
    ]);
  });

  it('splits a place-filtered search into its REMOTE listings and the others by place', () => {
    const query = toSearchQuery({
      near: { lat: 45.764, lon: 4.8357 },
      radiusKm: 10,
      remote: [RemoteMode.REMOTE, RemoteMode.ONSITE],
    });
    expect(keepsRemote(query)).toBe(true);
    expect(searchFilter(query, NOW, undefined, 'remote')).toEqual([
      'remote = "REMOTE"',
      'remote IN ["REMOTE", "ONSITE"]',
      `endsAt IS NULL OR endsAt >= ${NOW_S}`,
    ]);
    expect(searchFilter(query, NOW, 'remote', 'placed')).toEqual([
      '_geoRadius(45.764000, 4.835700, 10000)',
      'remote != "REMOTE"',
      `endsAt IS NULL OR endsAt >= ${NOW_S}`,
    ]);
    expect(keepsRemote(toSearchQuery({ remote: [RemoteMode.ONSITE] }))).toBe(false);
    expect(keepsRemote(toSearchQuery({ remote: [RemoteMode.ONSITE] }), 'remote')).toBe(true);
  });

  it('leaves remote listings out when the remote filter excludes them', () => {
    const query = toSearchQuery({
      departmentCodes: ['69'],
      bounds: { south: 45, west: 4, north: 46, east: 5 },
      remote: [RemoteMode.ONSITE, RemoteMode.HYBRID],
    });
    expect(searchFilter(query, NOW)).toEqual([
      '(_geoBoundingBox([46.000000, 5.000000], [45.000000, 4.000000])) AND (departmentCodes = "69")',
      'remote IN ["ONSITE", "HYBRID"]',
      `endsAt IS NULL OR endsAt >= ${NOW_S}`,
    ]);
  });

  it('builds every filter, quoted, and leaves out one facet on demand', () => {
    const query = toSearchQuery({
      kind: ListingKind.OFFER,
      domains: ['sante', 'sport'],
      activities: ['soutien-scolaire'],
      partnerSlugs: ['plateforme-a'],
      availableFrom: new Date('2027-03-01T00:00:00Z'),
      availableUntil: new Date('2027-03-31T00:00:00Z'),
      openToMinors: true,
      reducedMobilityAccessible: false,
    });
    const filter = searchFilter(query, NOW);
    expect(filter).toEqual([
      'kind = "OFFER"',
      'domain IN ["sante", "sport"]',
      'activities = "soutien-scolaire"',
      'partnerSlugs = "plateforme-a"',
      `endsAt IS NULL OR endsAt >= ${Date.parse('2027-03-01T00:00:00Z') / 1000}`,
      `startsAt IS NULL OR startsAt < ${Date.parse('2027-04-01T00:00:00Z') / 1000}`,
      'openToMinors = true',
      'reducedMobilityAccessible = false',
    ]);
    expect(searchFilter(query, NOW, 'domain')).not.toContain('domain IN ["sante", "sport"]');
  });
});

describe(searchSort.name, () => {
  const near = { lat: 45.764, lon: 4.8357 };
  it.each([
    [{ sort: SearchSort.DISTANCE, near }, ['_geoPoint(45.764000, 4.835700):asc']],
    [{ sort: SearchSort.NEWEST }, ['newestAt:desc']],
    [{ sort: SearchSort.STARTING_SOON }, ['startsAt:asc']],
    [{ text: 'aide' }, []],
    [{}, ['newestAt:desc']],
    [{ near }, ['_geoPoint(45.764000, 4.835700):asc']],
  ])('sorts %j by %j', (input, sort) => {
    expect(searchSort(toSearchQuery(input))).toEqual(sort);
  });
});
