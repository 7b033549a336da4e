import { testIndexPrefix } from '@passerelle/api-db/testing';
import {
  FIXTURE,
  FIXTURE_PARTNERS,
  PLACES,
  dropTestIndexes,
  frenchListings,
  waitForSearchIndex,
} from '@passerelle/api-search/testing';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../testing/test-app';

jest.setTimeout(120_000);

const CREATE_PARTNER = `mutation ($slug: String!, $name: String!) { createPartner(input: { slug: $slug, name: $name }) { id } }`;
const UPSERT = `mutation ($input: UpsertListingsInput!) {
  upsertListings(input: $input) { results { externalId status listingId } }
}`;
const SEARCH_MAP = `query ($input: SearchInput!, $zoom: Int!, $bounds: BoundsInput!) {
  searchMap(input: $input, zoom: $zoom, bounds: $bounds) {
    totalCount remoteCount placeCount
    clusters { lat lon count bounds { south west north east } }
    points { listingId lat lon title organizationName city startsAt endsAt }
  }
}`;
const SEARCH_COUNT = `query ($input: SearchInput!) { search(input: $input) { totalCount } }`;

const FRANCE = { south: 41.3, west: -5.2, north: 51.1, east: 9.6 };
const LYON = { south: 45.72, west: 4.78, north: 45.81, east: 4.9 };

interface SearchMap {
  totalCount: number;
  remoteCount: number;
  placeCount: number;
  clusters: {
    lat: number;
    lon: number;
    count: number;
    bounds: { south: number; west: number; north: number; east: number };
  }[];
  points: { listingId: string; lat: number; lon: number; title: string }[];
}

describe('searchMap (GraphQL) on a French fixture set', () => {
  const prefix = testIndexPrefix();
  const savedEnv = { ...process.env };
  let api: TestApp;
  const listingIdOf = new Map<string, string>();

  const searchMap = async (
    input: Record<string, unknown>,
    zoom: number,
    bounds: typeof FRANCE,
  ): Promise<SearchMap> => {
    const response = await api.gql(SEARCH_MAP, { input, zoom, bounds });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.searchMap as SearchMap;
  };
  const inside = (
    p: { lat: number; lon: number },
    b: { south: number; west: number; north: number; east: number },
  ) => p.lat >= b.south && p.lat <= b.north && p.lon >= b.west && p.lon <= b.east;

  beforeAll(async () => {
    process.env['SEARCH_RATE_LIMIT_BURST'] = '100000';
    process.env['SEARCH_RATE_LIMIT_PER_SECOND'] = '100000';
    process.env['MAP_TILE_URL'] = 'none';
    api = await startTestApp({ env: { MEILI_INDEX_PREFIX: prefix } });
    const partnerIds: string[] = [];
    for (const partner of FIXTURE_PARTNERS) {
      const created = await api.gql(CREATE_PARTNER, partner, TEST_ADMIN_KEY);
      partnerIds.push(created.data.createPartner.id);
    }
    const items = frenchListings();
    for (const [n, partnerId] of partnerIds.entries()) {
      const listings = items.filter((i) => i.partner === n).map((i) => i.listing);
      const response = await api.gql(UPSERT, { input: { partnerId, listings } }, TEST_ADMIN_KEY);
      for (const result of response.data.upsertListings.results)
        listingIdOf.set(result.externalId, result.listingId);
    }
    await waitForSearchIndex(api.db.dataSource);
  });

  afterAll(async () => {
    process.env = savedEnv;
    await api?.close();
    await dropTestIndexes(prefix);
  });

  it('clusters France at zoom 5: every place once, listings counted like search', async () => {
    const map = await searchMap({}, 5, FRANCE);
    const search = await api.gql(SEARCH_COUNT, { input: {} });
    expect(map.totalCount).toBe(search.data.search.totalCount);
    expect(map.remoteCount).toBeGreaterThanOrEqual(FIXTURE.remote.length);
    expect(map.clusters.length).toBeGreaterThan(0);
    const drawn = map.clusters.reduce((sum, c) => sum + c.count, 0) + map.points.length;
    expect(drawn).toBe(map.placeCount);
    // One document per place: the multi-site listing adds places, remote ones none.
    expect(map.placeCount).toBeGreaterThan(map.totalCount - map.remoteCount);
    for (const cluster of map.clusters) {
      expect(cluster.count).toBeGreaterThan(1);
      expect(inside(cluster, cluster.bounds)).toBe(true);
    }
  });

  it('splits a cluster when zoomed to its bounds', async () => {
    const map = await searchMap({}, 5, FRANCE);
    const biggest = map.clusters[0]!;
    const zoomed = await searchMap({}, 12, biggest.bounds);
    const drawn = zoomed.clusters.reduce((sum, c) => sum + c.count, 0) + zoomed.points.length;
    expect(drawn).toBe(biggest.count);
    expect(zoomed.clusters.length + zoomed.points.length).toBeGreaterThan(1);
  });

  it('returns points in a city viewport at zoom 14 once they are few', async () => {
    const lyon = await searchMap({ text: 'jardin' }, 14, LYON);
    expect(lyon.clusters).toEqual([]);
    expect(lyon.points.map((p) => p.listingId)).toContain(listingIdOf.get(FIXTURE.jardinLyon));
    for (const point of lyon.points) {
      expect(inside(point, LYON)).toBe(true);
      expect(point.title).not.toBe('');
    }
    expect(inside(PLACES.lyon, LYON)).toBe(true);
  });

  it('counts listings like search with a place filter too', async () => {
    const near = { near: PLACES.lyon, radiusKm: 30 };
    const map = await searchMap(near, 5, FRANCE);
    const search = await api.gql(SEARCH_COUNT, { input: near });
    expect(map.totalCount).toBe(search.data.search.totalCount);
    const zone = { bounds: LYON };
    const inZone = await searchMap(zone, 12, LYON);
    expect(inZone.totalCount).toBe(
      (await api.gql(SEARCH_COUNT, { input: zone })).data.search.totalCount,
    );
  });

  it('applies the search filters', async () => {
    const all = await searchMap({}, 5, FRANCE);
    const offers = await searchMap({ kind: 'OFFER' }, 5, FRANCE);
    expect(offers.totalCount).toBeLessThan(all.totalCount);
    expect(offers.totalCount).toBeGreaterThanOrEqual(FIXTURE.offers.length);
    const words = await searchMap({ text: 'jardin partagé' }, 5, FRANCE);
    expect(words.placeCount).toBeLessThan(all.placeCount);
    const remoteOnly = await searchMap({ remote: ['REMOTE'] }, 5, FRANCE);
    expect(remoteOnly.remoteCount).toBe(all.remoteCount);
    expect(remoteOnly.totalCount).toBeLessThan(all.totalCount);
  });

  it('rejects a bad zoom or viewport', async () => {
    const zoom = await api.gql(SEARCH_MAP, { input: {}, zoom: 40, bounds: FRANCE });
    expect(zoom.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const box = await api.gql(SEARCH_MAP, {
      input: {},
      zoom: 5,
      bounds: { ...FRANCE, south: 60 },
    });
    expect(box.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('exposes the tile settings', async () => {
    const response = await api.gql(`{ appConfig { mapTileUrl mapAttribution } }`);
    expect(response.data.appConfig).toEqual({ mapTileUrl: null, mapAttribution: '' });
  });
});
