import { ListingKind, ListingStatus, RemoteMode } from '@passerelle/shared-domain';
import { htmlToText, type ListingForIndex, toSearchDocuments } from './search-document';

const place = (city: string, lat: number | null, lon: number | null, departmentCode = '69') => ({
  city,
  postalCode: null,
  cityCode: null,
  departmentCode,
  regionCode: null,
  lat,
  lon,
});

const aListing = (overrides: Partial<ListingForIndex> = {}): ListingForIndex => ({
  id: '0b7c6a52-5a0e-4c1f-9d53-1f1d2b0c9a11',
  status: ListingStatus.PUBLISHED,
  kind: ListingKind.NEED,
  title: 'Distribution alimentaire',
  summary: 'Préparer des colis',
  description: '<p>Préparer&nbsp;des <strong>colis</strong></p><p>le samedi</p>',
  domain: 'solidarite-insertion',
  activities: ['distribution', 'inconnue'],
  tags: ['colis'],
  remote: RemoteMode.ONSITE,
  startsAt: new Date('2027-01-05T00:00:00Z'),
  endsAt: null,
  postedAt: null,
  publishedAt: new Date('2026-01-01T00:00:00Z'),
  createdAt: new Date('2025-12-31T00:00:00Z'),
  openToMinors: true,
  reducedMobilityAccessible: null,
  organizationName: 'Banque alimentaire du Rhône',
  partnerSlugs: ['b', 'a', 'b'],
  places: [place('Lyon', 45.76, 4.83)],
  ...overrides,
});

describe(toSearchDocuments.name, () => {
  it('maps a published listing to one document per distinct place, listing fields on each', () => {
    const docs = toSearchDocuments(
      aListing({
        places: [
          place('Lyon', 45.76, 4.83),
          place('Lyon', 45.76, 4.83), // the same place from a duplicate source
          place('Paris', 48.85, 2.35, '75'),
        ],
      }),
    );
    expect(
      docs.map((d) => [d.id, d.position, d.isPrimary, d.documentCount, d.city, d._geo]),
    ).toEqual([
      ['0b7c6a52-5a0e-4c1f-9d53-1f1d2b0c9a11-0', 0, true, 2, 'Lyon', { lat: 45.76, lng: 4.83 }],
      ['0b7c6a52-5a0e-4c1f-9d53-1f1d2b0c9a11-1', 1, false, 2, 'Paris', { lat: 48.85, lng: 2.35 }],
    ]);
    for (const doc of docs) {
      expect(doc).toMatchObject({
        listingId: '0b7c6a52-5a0e-4c1f-9d53-1f1d2b0c9a11',
        departmentCodes: ['69', '75'],
        regionCodes: ['11', '84'],
        partnerSlugs: ['a', 'b'],
        domainLabel: 'Solidarité et insertion',
        activityLabels: ['Distribution', 'inconnue'],
        startsAt: Date.parse('2027-01-05T00:00:00Z') / 1000,
        endsAt: null,
        newestAt: Date.parse('2026-01-01T00:00:00Z') / 1000,
        description: 'Préparer des colis le samedi',
        // Words match every document of a listing alike: the place names are the listing's.
        cities: ['Lyon', 'Paris'],
        departmentNames: ['Rhône', 'Paris'],
      });
    }
  });

  it('makes the place names of a place without a point searchable on every document', () => {
    const docs = toSearchDocuments(
      aListing({
        places: [
          { ...place('Lyon', 45.76, 4.83), postalCode: '69001' },
          { ...place('Villeurbanne', null, null), postalCode: '69100' },
        ],
      }),
    );
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({
      documentCount: 1,
      city: 'Lyon',
      postalCode: '69001',
      cities: ['Lyon', 'Villeurbanne'],
      postalCodes: ['69001', '69100'],
      departmentNames: ['Rhône'],
    });
  });

  it('gives a listing without any point one document without _geo (never 0,0)', () => {
    const remote = toSearchDocuments(aListing({ remote: RemoteMode.REMOTE, places: [] }));
    expect(remote).toHaveLength(1);
    expect(remote[0]).not.toHaveProperty('_geo');
    expect(remote[0]?.departmentCodes).toEqual([]);
    const unpinned = toSearchDocuments(aListing({ places: [place('Lyon', null, null)] }));
    expect(unpinned).toHaveLength(1);
    expect(unpinned[0]).not.toHaveProperty('_geo');
    expect(unpinned[0]).toMatchObject({ city: 'Lyon', departmentCodes: ['69'] });
  });

  it('indexes nothing for a listing that is not published', () => {
    for (const status of [
      ListingStatus.PENDING,
      ListingStatus.WITHDRAWN,
      ListingStatus.EXPIRED,
      ListingStatus.CLOSED,
      ListingStatus.REJECTED,
    ])
      expect(toSearchDocuments(aListing({ status }))).toEqual([]);
  });
});

describe(htmlToText.name, () => {
  it('drops tags and decodes entities', () => {
    expect(htmlToText('<p>A&amp;B&#233;&#xE8;</p><ul><li>un</li><li>deux</li></ul>')).toBe(
      'A&Béè un deux',
    );
  });
});
