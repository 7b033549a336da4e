import { testIndexPrefix } from '@passerelle/api-db/testing';
import { haversineKm } from '@passerelle/api-geo';
import { ListingsService } from '@passerelle/api-listings';
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
  upsertListings(input: $input) { results { externalId status listingId errors { code message } } }
}`;
const SEARCH = `query ($input: SearchInput!) {
  search(input: $input) {
    totalCount
    edges { cursor distanceKm node { id title status locations { city } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    facets {
      kind { value label count }
      domains { value label count }
      activities { value label count }
      remote { value label count }
      departments { value label count }
      partners { value label count }
    }
  }
}`;

type Facet = { value: string; label: string; count: number };

describe('search (GraphQL) on a French fixture set', () => {
  const prefix = testIndexPrefix();
  const savedEnv = { ...process.env };
  let api: TestApp;
  /** listing id → fixture external id, and back. */
  const externalIdOf = new Map<string, string>();
  const listingIdOf = new Map<string, string>();

  const search = async (input: Record<string, unknown>) => {
    const response = await api.gql(SEARCH, { input });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data.search as {
      totalCount: number;
      edges: {
        cursor: string;
        distanceKm: number | null;
        node: { id: string; title: string; locations: { city: string }[] };
      }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
      facets: Record<string, Facet[]>;
    };
  };
  /** Fixture ids of the results, in order. */
  const found = async (input: Record<string, unknown>) =>
    (await search({ first: 100, ...input })).edges.map((e) => externalIdOf.get(e.node.id));
  const facet = (facets: Facet[], value: string) => facets.find((f) => f.value === value);

  beforeAll(async () => {
    process.env['SEARCH_RATE_LIMIT_BURST'] = '100000';
    process.env['SEARCH_RATE_LIMIT_PER_SECOND'] = '100000';
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
      for (const result of response.data.upsertListings.results) {
        expect(result).toMatchObject({ status: 'CREATED', errors: [] });
        externalIdOf.set(result.listingId, result.externalId);
        listingIdOf.set(result.externalId, result.listingId);
      }
    }
    expect(listingIdOf.size).toBe(40);
    await waitForSearchIndex(api.db.dataSource);
  });

  afterAll(async () => {
    process.env = savedEnv;
    await api?.close();
    await dropTestIndexes(prefix);
  });

  describe('relevance', () => {
    it('tolerates typos and missing accents', async () => {
      expect((await found({ text: 'benevolat aide alimantaire' }))[0]).toBe(FIXTURE.typo);
      expect((await found({ text: 'epicerie solidaire' }))[0]).toBe(FIXTURE.epicerie);
    });

    it.each([
      ['SDF', FIXTURE.sansAbri],
      ['sans-abri', FIXTURE.sdf],
      ['sans abri', FIXTURE.sdf],
      ['EHPAD', FIXTURE.maisonDeRetraite],
      ['maison de retraite', FIXTURE.ehpad],
      ['aide aux devoirs', FIXTURE.soutienScolaire],
      ['soutien scolaire', FIXTURE.aideAuxDevoirs],
    ])('finds « %s » through its synonyms (%s)', async (text, expected) => {
      const results = await found({ text });
      expect(results.slice(0, 3)).toContain(expected);
    });

    it('ranks first the listing in the city named in the text', async () => {
      expect((await found({ text: 'jardin partagé Bordeaux' }))[0]).toBe(FIXTURE.jardinBordeaux);
      expect((await found({ text: 'jardin partagé Lyon' }))[0]).toBe(FIXTURE.jardinLyon);
    });

    it('finds a listing 8 km from Lyon within 10 km, not within 5 km', async () => {
      const km = haversineKm(PLACES.lyon, PLACES.venissieux);
      expect(km).toBeGreaterThan(5);
      expect(km).toBeLessThan(10);
      const within10 = await search({ near: PLACES.lyon, radiusKm: 10, first: 100 });
      const edge = within10.edges.find((e) => externalIdOf.get(e.node.id) === FIXTURE.venissieux);
      expect(edge?.distanceKm).toBeCloseTo(km, 0);
      const within5 = await found({ near: PLACES.lyon, radiusKm: 5 });
      expect(within5).not.toContain(FIXTURE.venissieux);
      expect(within5).toContain(FIXTURE.caluire);
    });

    it('sorts by distance, remote listings (no place) last', async () => {
      const results = await search({
        near: PLACES.lyon,
        radiusKm: 30,
        sort: 'DISTANCE',
        first: 100,
      });
      const distances = results.edges.map((e) => e.distanceKm);
      const placed = distances.filter((d): d is number => d !== null);
      expect(placed.length).toBeGreaterThan(10);
      expect(placed).toEqual([...placed].sort((a, b) => a - b));
      expect(distances.slice(placed.length)).toEqual([null, null]);
      const ids = results.edges.map((e) => externalIdOf.get(e.node.id));
      expect(ids.slice(placed.length).sort()).toEqual([...FIXTURE.remote]);
    });
  });

  describe('filters and facets', () => {
    it('counts every published listing once, ended ones left out', async () => {
      const all = await search({ first: 0 });
      expect(all.totalCount).toBe(39);
      expect(await found({ text: 'vendanges' })).not.toContain(FIXTURE.ended);
    });

    it('filters by domain and labels the facets in French, counting other domains too', async () => {
      const results = await search({ domains: ['environnement'], first: 100 });
      expect(results.totalCount).toBe(6); // f09 f10 f12 f29 f31 f35 (f38 ended)
      expect(facet(results.facets['domains']!, 'environnement')).toEqual({
        value: 'environnement',
        label: 'Environnement',
        count: 6,
      });
      expect(facet(results.facets['domains']!, 'solidarite-insertion')?.label).toBe(
        'Solidarité et insertion',
      );
      expect(facet(results.facets['activities']!, 'jardinage')).toEqual({
        value: 'jardinage',
        label: 'Jardinage',
        count: 2,
      });
    });

    it('answers BAD_USER_INPUT naming an unknown domain', async () => {
      const response = await api.gql(SEARCH, { input: { domains: ['cuisine'] } });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'domains',
        value: 'cuisine',
      });
      expect(response.errors?.[0]?.message).toContain('« cuisine »');
    });

    it('filters by kind, remote mode, partner and accessibility', async () => {
      expect((await found({ kind: 'OFFER' })).sort()).toEqual([...FIXTURE.offers]);
      expect((await found({ remote: ['REMOTE'] })).sort()).toEqual([...FIXTURE.remote]);
      const kinds = (await search({ kind: 'OFFER', first: 0 })).facets['kind']!;
      expect(kinds).toEqual([
        { value: 'NEED', label: 'Besoin', count: 37 },
        { value: 'OFFER', label: 'Offre', count: 2 },
      ]);
      const partner = await search({ partnerSlugs: [FIXTURE_PARTNERS[1].slug], first: 100 });
      expect(partner.totalCount).toBe(19);
      expect(partner.facets['partners']).toEqual([
        { value: 'reseau-benevolat', label: 'Réseau Bénévolat', count: 20 },
        { value: 'entraide-locale', label: 'Entraide Locale', count: 19 },
      ]);
      expect((await found({ openToMinors: true })).sort()).toEqual(['f07', 'f22']);
      expect((await found({ reducedMobilityAccessible: true })).sort()).toEqual(['f28', 'f30']);
    });

    it('filters by availability dates', async () => {
      const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
      const soon = await found({ availableUntil: day(30) });
      expect(soon).not.toContain(FIXTURE.startsIn60);
      expect(soon).not.toContain(FIXTURE.startsIn120);
      const later = await found({ availableUntil: day(90) });
      expect(later).toContain(FIXTURE.startsIn60);
      expect(later).not.toContain(FIXTURE.startsIn120);
      const after = await found({ availableFrom: day(123) });
      expect(after).not.toContain(FIXTURE.startsIn120); // it ends on day 122
      expect(after).toContain(FIXTURE.startsIn60);
    });

    it('filters by department, keeping remote listings unless the filter excludes them', async () => {
      const rhone = await search({ departmentCodes: ['69'], first: 100 });
      const ids = rhone.edges.map((e) => externalIdOf.get(e.node.id));
      expect(ids).toEqual(expect.arrayContaining([FIXTURE.multiSite, ...FIXTURE.remote]));
      expect(ids).not.toContain(FIXTURE.jardinBordeaux);
      const onSite = await found({ departmentCodes: ['69'], remote: ['ONSITE', 'HYBRID'] });
      expect(onSite).not.toContain(FIXTURE.remote[0]);
      expect(onSite).toContain(FIXTURE.hybridLyon);
      expect(facet(rhone.facets['departments']!, '69')?.label).toBe('Rhône');
      expect(facet(rhone.facets['remote']!, 'REMOTE')).toEqual({
        value: 'REMOTE',
        label: 'À distance',
        count: 2,
      });
    });

    it('counts a multi-site listing once per department in the facets', async () => {
      const all = await search({ text: 'français langue étrangère', first: 10 });
      expect(all.edges.map((e) => externalIdOf.get(e.node.id))[0]).toBe(FIXTURE.multiSite);
      // Nodes are read from PostgreSQL, relations included.
      expect(all.edges[0]!.node.locations.map((l) => l.city)).toEqual([
        'Lyon',
        'Villeurbanne',
        'Paris',
      ]);
      const education = await search({ domains: ['education'], first: 100 });
      expect(education.totalCount).toBe(4); // f07 f08 f15 f18
      expect(facet(education.facets['departments']!, '69')?.count).toBe(4);
      expect(facet(education.facets['departments']!, '75')?.count).toBe(1);
    });
  });

  describe('places', () => {
    it('finds a multi-site listing at each of its places, once in the list', async () => {
      const lyon = await found({ near: PLACES.lyon, radiusKm: 10 });
      expect(lyon.filter((id) => id === FIXTURE.multiSite)).toHaveLength(1);
      const paris = await found({ near: { lat: 48.8566, lon: 2.3522 }, radiusKm: 5 });
      expect(paris).toContain(FIXTURE.multiSite);
      expect(new Set(lyon).size).toBe(lyon.length);
    });

    it('counts a multi-site listing once in place and word searches, facets included', async () => {
      const kindSum = (facets: Record<string, Facet[]>) =>
        facets['kind']!.reduce((total, f) => total + f.count, 0);
      for (const input of [
        { near: PLACES.lyon, radiusKm: 10 }, // Lyon and Villeurbanne both in the radius
        { near: { lat: 48.8566, lon: 2.3522 }, radiusKm: 5 }, // Paris only: not its first place
        { bounds: { south: 45.7, west: 4.78, north: 45.82, east: 4.95 } },
        { bounds: { south: 45.7, west: 4.78, north: 45.82, east: 4.95 }, domains: ['education'] },
        { text: 'Villeurbanne' }, // the second place of the multi-site listing
        { text: 'Paris' }, // its third
      ]) {
        const results = await search({ first: 100, ...input });
        const ids = results.edges.map((e) => externalIdOf.get(e.node.id));
        expect(ids).toContain(FIXTURE.multiSite);
        expect(new Set(ids).size).toBe(ids.length);
        expect(results.totalCount).toBe(ids.length);
        expect(kindSum(results.facets)).toBe(ids.length);
        // The facet of a filter counts as if it were not set: here, the results exactly.
        if ('domains' in input)
          expect(facet(results.facets['domains']!, 'education')?.count).toBe(ids.length);
      }
    });

    it('keeps remote listings in place searches unless the filter excludes them', async () => {
      const marseille = { lat: 43.2965, lon: 5.381 };
      expect(await found({ near: marseille, radiusKm: 5 })).toEqual(
        expect.arrayContaining(['f02', 'f29', ...FIXTURE.remote]),
      );
      expect(await found({ near: marseille, radiusKm: 5, remote: ['ONSITE'] })).not.toContain(
        FIXTURE.remote[0],
      );
    });

    it('searches the map viewport', async () => {
      const viewport = { south: 45.7, west: 4.78, north: 45.82, east: 4.95 };
      const results = await found({ bounds: viewport });
      expect(results).toEqual(
        expect.arrayContaining([FIXTURE.caluire, FIXTURE.multiSite, FIXTURE.jardinLyon]),
      );
      expect(results).not.toContain(FIXTURE.venissieux); // just south of the viewport
      expect(results.filter((id) => id === FIXTURE.multiSite)).toHaveLength(1);
    });

    it('answers BAD_USER_INPUT for an upside-down viewport or an impossible point', async () => {
      const upsideDown = await api.gql(SEARCH, {
        input: { bounds: { south: 46, west: 4, north: 45, east: 5 } },
      });
      expect(upsideDown.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'bounds',
      });
      const impossible = await api.gql(SEARCH, { input: { near: { lat: 120, lon: 4 } } });
      expect(impossible.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'near',
      });
    });
  });

  describe('hydration', () => {
    it('reads the page and what its cards show in one query (no loader queries)', async () => {
      const service = api.app.get(ListingsService);
      const page = jest.spyOn(service, 'findPageByIds');
      const loaderReads = [
        jest.spyOn(service, 'findByIds'),
        jest.spyOn(service, 'sourcesByListingIds'),
        jest.spyOn(service, 'locationsByListingIds'),
        jest.spyOn(service, 'organizationsByIds'),
      ];
      try {
        const response = await api.gql(
          `query ($input: SearchInput!) { search(input: $input) { edges { node {
            id locations { city } organization { name } sources { partner { slug } }
          } } } }`,
          { input: { text: 'français langue étrangère', first: 5 } },
        );
        expect(response.errors).toBeUndefined();
        const [first] = response.data.search.edges;
        expect(externalIdOf.get(first.node.id)).toBe(FIXTURE.multiSite);
        expect(first.node.locations.map((l: { city: string }) => l.city)).toEqual([
          'Lyon',
          'Villeurbanne',
          'Paris',
        ]);
        expect(first.node.organization.name).toEqual(expect.any(String));
        expect(first.node.sources).toHaveLength(1);
        expect(page).toHaveBeenCalledTimes(1);
        for (const spy of loaderReads) expect(spy).not.toHaveBeenCalled();
      } finally {
        for (const spy of [page, ...loaderReads]) spy.mockRestore();
      }
    });
  });

  describe('sorting and pagination', () => {
    it('sorts by newest and by start date', async () => {
      const newest = await found({ sort: 'NEWEST', first: 5 });
      expect(newest).toEqual(['f01', 'f02', 'f03', 'f04', 'f05']);
      const soon = await found({ sort: 'STARTING_SOON' });
      expect(soon.slice(-2)).toEqual([FIXTURE.startsIn60, FIXTURE.startsIn120]);
    });

    it('pages with opaque cursors, without overlap, to the end', async () => {
      const input = { domains: ['solidarite-insertion'], sort: 'NEWEST', first: 4 };
      const all: string[] = [];
      let after: string | null = null;
      let pages = 0;
      let total = 0;
      for (;;) {
        const page = await search({ ...input, after });
        total = page.totalCount;
        all.push(...page.edges.map((e) => e.node.id));
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        pages++;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(total).toBe(11);
      expect(pages).toBe(3);
      expect(new Set(all).size).toBe(11);
    });

    it('caps a page at 100 and refuses a forged cursor', async () => {
      const big = await search({ first: 1_000 });
      expect(big.edges).toHaveLength(39);
      const forged = await api.gql(SEARCH, { input: { after: 'eyJub3BlIjoxfQ' } });
      expect(forged.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
    });
  });
});
