import { ListingSourceStatus, type ListingLocationEntity } from '@passerelle/api-db';
import { GeoPrecision, ListingStatus } from '@passerelle/shared-domain';
import { listingLocations, type LocationRecord, toLocationObject } from './location.object';

const aLocation = (overrides: Partial<ListingLocationEntity> = {}): ListingLocationEntity =>
  Object.assign(
    {
      id: 'loc-1',
      listingSourceId: 'source-1',
      listingId: 'listing-1',
      position: 0,
      street: null,
      postalCode: '13001',
      city: 'Marseille',
      cityCode: '13201',
      departmentCode: '13',
      regionCode: '93',
      lat: 43.2999,
      lon: 5.3841,
      precision: GeoPrecision.CITY,
    },
    overrides,
  );

const record = (
  overrides: Partial<ListingLocationEntity> = {},
  sourceStatus = ListingSourceStatus.ACTIVE,
): LocationRecord => ({ location: aLocation(overrides), sourceStatus });

describe(toLocationObject.name, () => {
  it('maps the place, its codes, its point and how precise it is', () => {
    expect(toLocationObject(aLocation())).toEqual({
      street: null,
      postalCode: '13001',
      city: 'Marseille',
      cityCode: '13201',
      departmentCode: '13',
      regionCode: '93',
      lat: 43.2999,
      lon: 5.3841,
      precision: GeoPrecision.CITY,
    });
  });
});

describe(listingLocations.name, () => {
  it('shows the same place described by two platforms once', () => {
    const places = listingLocations(
      [record({ id: 'a' }), record({ id: 'b', listingSourceId: 'source-2' })],
      ListingStatus.PUBLISHED,
    );
    expect(places).toHaveLength(1);
  });

  it('keeps the places of the active sources of a published listing, in order', () => {
    const places = listingLocations(
      [
        record({ city: 'Aix-en-Provence', lat: 43.53 }, ListingSourceStatus.WITHDRAWN),
        record({ city: 'Marseille' }),
        record({ city: 'Toulon', lat: 43.12, position: 1 }),
      ],
      ListingStatus.PUBLISHED,
    );
    expect(places.map((p) => p.city)).toEqual(['Marseille', 'Toulon']);
  });

  it('keeps every place of a listing that is no longer published', () => {
    const places = listingLocations(
      [record({ city: 'Aix-en-Provence', lat: 43.53 }, ListingSourceStatus.WITHDRAWN)],
      ListingStatus.EXPIRED,
    );
    expect(places.map((p) => p.city)).toEqual(['Aix-en-Provence']);
  });
});
