import { ListingSourceStatus } from '@passerelle/api-db';
import { ListingStatus } from '@passerelle/shared-domain';
import { listingSources, type SourceRecord, toListingSourceObject } from './listing-source.object';

const LISTING = '0b6f5a3e-8d2c-4c1e-9a57-3f0e2d1c4b5a';

const aSource = (overrides: Partial<SourceRecord> = {}): SourceRecord => ({
  id: 'source-1',
  listingId: LISTING,
  partnerId: 'partner-1',
  partnerSlug: 'jeveuxaider',
  partnerName: 'JeVeuxAider.gouv.fr',
  externalId: 'm-42',
  url: 'https://jeveuxaider.example/m-42',
  status: ListingSourceStatus.ACTIVE,
  firstSeenAt: new Date('2026-12-01T00:00:00Z'),
  lastSeenAt: new Date('2026-12-05T00:00:00Z'),
  ...overrides,
});

describe(toListingSourceObject.name, () => {
  it('shows the partner and Passerelle’s redirect for this platform, never its raw apply URL', () => {
    expect(toListingSourceObject(aSource())).toEqual({
      partner: { slug: 'jeveuxaider', name: 'JeVeuxAider.gouv.fr' },
      externalId: 'm-42',
      url: 'https://jeveuxaider.example/m-42',
      applyUrl: `/r/${LISTING}/jeveuxaider`,
      status: ListingSourceStatus.ACTIVE,
      firstSeenAt: new Date('2026-12-01T00:00:00Z'),
      lastSeenAt: new Date('2026-12-05T00:00:00Z'),
    });
  });
});

describe(listingSources.name, () => {
  const records = [
    aSource({ partnerSlug: 'a', status: ListingSourceStatus.WITHDRAWN }),
    aSource({ partnerSlug: 'b' }),
  ];

  it('lists only the active sources of a published listing', () => {
    expect(listingSources(records, ListingStatus.PUBLISHED).map((s) => s.partner.slug)).toEqual([
      'b',
    ]);
  });

  it('lists every source of a listing that is no longer published, in order', () => {
    expect(listingSources(records, ListingStatus.WITHDRAWN).map((s) => s.partner.slug)).toEqual([
      'a',
      'b',
    ]);
  });
});
