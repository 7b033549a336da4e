import {
  ListingsService,
  listingLocations,
  listingSources,
  toLocationObject,
} from '@passerelle/api-listings';
import { ListingStatus } from '@passerelle/shared-domain';
import { startTestApp, TEST_ADMIN_KEY, type TestApp } from '../testing/test-app';

const CREATE_PARTNER = `mutation ($input: CreatePartnerInput!) { createPartner(input: $input) { id } }`;
const ISSUE_KEY = `mutation ($partnerId: ID!) { issueApiKey(partnerId: $partnerId) { secret } }`;
const UPSERT = `mutation ($input: UpsertListingsInput!) {
  upsertListings(input: $input) { results { externalId status listingId errors { code } } }
}`;
const WITHDRAW = `mutation ($ids: [String!]!) { withdrawListings(externalIds: $ids) { withdrawn } }`;
const LISTING = `query ($id: ID!) {
  listing(id: $id) {
    id kind status title description summary
    domain { slug label }
    activities { slug label }
    remote places schedule startsAt endsAt postedAt
    openToMinors reducedMobilityAccessible closeToTransport imageUrl
    locations { street postalCode city cityCode departmentCode regionCode lat lon precision }
    organization { id name rna siren url }
    sources { partner { slug name } externalId url applyUrl status firstSeenAt lastSeenAt }
    applyUrl createdAt updatedAt
  }
}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

const fullListing = {
  externalId: 'full-1',
  kind: 'OFFER',
  title: 'Cours de français pour adultes',
  description: '<p>Animer un atelier de <strong>conversation</strong> <script>x()</script>.</p>',
  applyUrl: 'https://plateforme-a.example/missions/full-1/postuler',
  url: 'https://plateforme-a.example/missions/full-1',
  domain: 'education',
  activities: ['alphabetisation', 'Atelier cuisine'],
  remote: 'HYBRID',
  places: 4,
  schedule: 'Le mardi soir',
  startsAt: '05/01/2027',
  endsAt: '2027-06-30',
  postedAt: '2026-12-01',
  openToMinors: false,
  reducedMobilityAccessible: true,
  closeToTransport: true,
  imageUrl: 'https://plateforme-a.example/images/full-1.jpg',
  addresses: [
    {
      street: '12 rue du Panier',
      postalCode: '13002',
      city: 'Marseille',
      lat: 43.2986,
      lon: 5.3686,
    },
    { postalCode: '83000', city: 'Toulon' },
  ],
  organization: {
    name: 'Association Lire Ensemble',
    rna: 'W133000042',
    siren: '123456782',
    url: 'https://lire-ensemble.example',
  },
};

const bareListing = (externalId: string) => ({
  externalId,
  title: `Accompagnement numérique ${externalId}`,
  description: 'Aider des personnes âgées à utiliser leur téléphone.',
  applyUrl: `https://plateforme-a.example/missions/${externalId}`,
  remote: 'REMOTE',
});

describe('listing(id)', () => {
  let api: TestApp;
  let keyA: string;
  let keyB: string;
  const ids: Record<string, string> = {};

  const push = async (key: string, listings: unknown[]) => {
    const response = await api.gql(UPSERT, { input: { listings } }, key);
    expect(response.errors).toBeUndefined();
    for (const result of response.data.upsertListings.results) {
      expect(result).toMatchObject({ status: 'CREATED', errors: [] });
      ids[result.externalId] = result.listingId;
    }
  };
  const read = async (id: string, secret?: string) => {
    const response = await api.gql(LISTING, { id }, secret);
    expect(response.errors).toBeUndefined();
    return response.data.listing;
  };

  beforeAll(async () => {
    api = await startTestApp();
    const partner = async (slug: string, name: string) => {
      const id = (await api.gql(CREATE_PARTNER, { input: { slug, name } }, TEST_ADMIN_KEY)).data
        .createPartner.id;
      return (await api.gql(ISSUE_KEY, { partnerId: id }, TEST_ADMIN_KEY)).data.issueApiKey
        .secret as string;
    };
    keyA = await partner('plateforme-a', 'Plateforme A');
    keyB = await partner('plateforme-b', 'Plateforme B');
    await push(keyA, [fullListing, bareListing('bare-1')]);
  });

  afterAll(() => api?.close());

  it('returns every field of a published listing to an anonymous caller', async () => {
    const listing = await read(ids['full-1']!);
    expect(listing).toMatchObject({
      id: ids['full-1'],
      kind: 'OFFER',
      status: 'PUBLISHED',
      title: 'Cours de français pour adultes',
      summary: 'Animer un atelier de conversation .',
      domain: { slug: 'education', label: 'Éducation pour tous' },
      activities: [
        { slug: 'alphabetisation', label: 'Alphabétisation' },
        { slug: 'Atelier cuisine', label: 'Atelier cuisine' },
      ],
      remote: 'HYBRID',
      places: 4,
      schedule: 'Le mardi soir',
      openToMinors: false,
      reducedMobilityAccessible: true,
      closeToTransport: true,
      imageUrl: 'https://plateforme-a.example/images/full-1.jpg',
      organization: {
        id: expect.stringMatching(UUID),
        name: 'Association Lire Ensemble',
        rna: 'W133000042',
        siren: '123456782',
        url: 'https://lire-ensemble.example/',
      },
      applyUrl: `/r/${ids['full-1']}`,
    });
    expect(listing.description).toContain('<strong>conversation</strong>');
    expect(listing.description).not.toContain('<script>');
    expect(listing.startsAt).toMatch(/^2027-01-05T/);
    expect(listing.endsAt).toMatch(/^2027-06-30T/);
    expect(listing.postedAt).toMatch(/^2026-12-01T/);
    expect(listing.createdAt).toMatch(ISO);
    expect(listing.updatedAt).toMatch(ISO);
  });

  it('lists its sources with the partner’s name and Passerelle’s redirect, never the raw apply URL', async () => {
    const { sources } = await read(ids['full-1']!);
    expect(sources).toEqual([
      {
        partner: { slug: 'plateforme-a', name: 'Plateforme A' },
        externalId: 'full-1',
        url: 'https://plateforme-a.example/missions/full-1',
        applyUrl: `/r/${ids['full-1']}/plateforme-a`,
        status: 'ACTIVE',
        firstSeenAt: expect.stringMatching(ISO),
        lastSeenAt: expect.stringMatching(ISO),
      },
    ]);
    expect(JSON.stringify(sources)).not.toContain('/postuler');
  });

  it('lists its places with codes and how precisely each was placed', async () => {
    const { locations } = await read(ids['full-1']!);
    expect(locations).toEqual([
      expect.objectContaining({
        street: '12 rue du Panier',
        postalCode: '13002',
        city: 'Marseille',
        departmentCode: '13',
        regionCode: '93',
        lat: 43.2986,
        lon: 5.3686,
        precision: 'ADDRESS',
      }),
      expect.objectContaining({
        postalCode: '83000',
        city: 'Toulon',
        cityCode: '83137',
        departmentCode: '83',
        precision: 'CITY',
      }),
    ]);
    expect(locations[1].lat).toBeCloseTo(43.12, 1);
  });

  it('answers a listing without place, organization or domain with empty values', async () => {
    const listing = await read(ids['bare-1']!);
    expect(listing).toMatchObject({
      kind: 'NEED',
      remote: 'REMOTE',
      domain: null,
      activities: [],
      locations: [],
      organization: null,
      places: null,
      startsAt: null,
    });
  });

  it('shows every platform of a listing several partners publish, and only the active ones', async () => {
    await push(keyB, [{ ...bareListing('dup-b'), applyUrl: 'https://plateforme-b.example/dup' }]);
    // What deduplication will do: attach B's source to A's listing.
    await api.db.dataSource.query(
      `UPDATE listing_source SET listing_id = $1 WHERE listing_id = $2`,
      [ids['bare-1'], ids['dup-b']],
    );
    await api.db.dataSource.query('DELETE FROM listing WHERE id = $1', [ids['dup-b']]);
    const before = await read(ids['bare-1']!);
    expect(before.sources.map((s: { partner: { name: string } }) => s.partner.name)).toEqual([
      'Plateforme A',
      'Plateforme B',
    ]);
    expect(before.sources[1].applyUrl).toBe(`/r/${ids['bare-1']}/plateforme-b`);

    await api.gql(WITHDRAW, { ids: ['dup-b'] }, keyB);
    const after = await read(ids['bare-1']!);
    expect(after.status).toBe('PUBLISHED');
    expect(after.sources.map((s: { partner: { slug: string } }) => s.partner.slug)).toEqual([
      'plateforme-a',
    ]);
  });

  it('still returns a withdrawn listing, with its status and where it was', async () => {
    await push(keyA, [bareListing('gone-1')]);
    await api.gql(WITHDRAW, { ids: ['gone-1'] }, keyA);
    const listing = await read(ids['gone-1']!);
    expect(listing.status).toBe('WITHDRAWN');
    expect(listing.sources).toEqual([
      expect.objectContaining({ externalId: 'gone-1', status: 'WITHDRAWN' }),
    ]);
  });

  it('answers null, not an error, for an unknown or malformed id', async () => {
    expect(await read('00000000-0000-4000-8000-000000000000')).toBeNull();
    expect(await read('not-a-uuid')).toBeNull();
    expect(await read("1' OR '1'='1")).toBeNull();
  });

  it('hides pending and rejected listings from anonymous callers and other partners', async () => {
    await api.db.dataSource.query(`UPDATE listing SET status = 'PENDING' WHERE id = $1`, [
      ids['full-1'],
    ]);
    expect(await read(ids['full-1']!)).toBeNull();
    expect(await read(ids['full-1']!, keyB)).toBeNull();
    expect((await read(ids['full-1']!, keyA)).status).toBe('PENDING');
    expect((await read(ids['full-1']!, TEST_ADMIN_KEY)).status).toBe('PENDING');

    await api.db.dataSource.query(`UPDATE listing SET status = 'REJECTED' WHERE id = $1`, [
      ids['full-1'],
    ]);
    expect(await read(ids['full-1']!)).toBeNull();
  });

  it('resolves each relation of several listings of one request in one batch', async () => {
    const service = api.app.get(ListingsService);
    const spies = [
      jest.spyOn(service, 'sourcesByListingIds'),
      jest.spyOn(service, 'locationsByListingIds'),
      jest.spyOn(service, 'organizationsByIds'),
    ];
    const response = await api.gql(
      `query ($a: ID!, $b: ID!) {
        a: listing(id: $a) { id locations { city } organization { name } sources { externalId } }
        b: listing(id: $b) { id locations { city } organization { name } sources { externalId } }
      }`,
      { a: ids['bare-1'], b: ids['gone-1'] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data.a.sources).toEqual([{ externalId: 'bare-1' }]);
    expect(response.data.b.sources).toEqual([{ externalId: 'gone-1' }]);
    const [sources, locations] = spies;
    expect(sources).toHaveBeenCalledTimes(1);
    expect(sources!.mock.calls[0]![0]).toEqual([ids['bare-1'], ids['gone-1']]);
    expect(locations).toHaveBeenCalledTimes(1);
    for (const spy of spies) spy.mockRestore();
  });

  it('reads a page of listings with their relations in one query, as the loaders would', async () => {
    const service = api.app.get(ListingsService);
    // Several sources (one withdrawn), several places, an organization, a withdrawn listing,
    // a rejected one, an unknown id; order kept.
    const wanted = [
      ids['gone-1']!,
      ids['bare-1']!,
      '00000000-0000-4000-8000-000000000000',
      ids['full-1']!,
    ];
    const page = await service.findPageByIds(wanted);
    const listings = await service.findByIds(wanted);
    expect(page.listings).toEqual(listings);
    expect(page.listings.map((l) => l.id)).toEqual([ids['gone-1'], ids['bare-1'], ids['full-1']]);
    const found = listings.map((l) => l.id);
    const sources = await service.sourcesByListingIds(found);
    const locations = await service.locationsByListingIds(found);
    expect(page.sources).toEqual(sources);
    expect(page.sources.get(ids['bare-1']!)).toHaveLength(2);
    for (const listing of listings) {
      const records = locations.get(listing.id)!;
      expect(page.locations.get(listing.id)).toEqual(
        records.map(({ location, sourceStatus }) => ({
          location: toLocationObject(location),
          sourceStatus,
        })),
      );
      expect(listingLocations(page.locations.get(listing.id)!, listing.status)).toEqual(
        listingLocations(records, listing.status),
      );
      expect(listingSources(page.sources.get(listing.id)!, listing.status)).toEqual(
        listingSources(sources.get(listing.id)!, listing.status),
      );
    }
    expect(page.locations.get(ids['full-1']!)?.map((r) => r.location.city)).toEqual([
      'Marseille',
      'Toulon',
    ]);
    const organizationIds = listings.flatMap((l) => l.organizationId ?? []);
    expect(organizationIds).toHaveLength(1);
    expect(page.organizations).toEqual(await service.organizationsByIds(organizationIds));

    const published = await service.findPageByIds(wanted, { statuses: [ListingStatus.PUBLISHED] });
    expect(published.listings.map((l) => l.id)).toEqual([ids['bare-1']]);
    expect([...published.sources.keys()]).toEqual([ids['bare-1']]);
    expect((await service.findPageByIds(wanted, { statuses: [] })).listings).toEqual([]);
  });
});
