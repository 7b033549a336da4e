import { createGeoIndex, loadGeoIndex, type GeoIndex } from '@passerelle/api-geo';
import type { AddressInput, ListingInput } from '@passerelle/shared-domain';

/** A valid listing as a partner would push it; override what the test is about. */
export function aListingInput(overrides: Partial<ListingInput> = {}): ListingInput {
  return {
    externalId: 'jva-48213',
    title: 'Distribution alimentaire aux familles du quartier',
    description:
      '<p>Les Restos du Cœur de Lyon cherchent des bénévoles pour la <strong>distribution alimentaire</strong> du mardi matin.</p>',
    applyUrl: 'https://www.jeveuxaider.gouv.fr/missions-benevolat/48213/distribution-alimentaire',
    domain: 'solidarite-insertion',
    activities: ['distribution'],
    places: 4,
    startsAt: '2025-03-04',
    endsAt: '2025-06-24',
    addresses: [anAddress()],
    organization: { externalId: 'org-17', name: 'Les Restaurants du Cœur', rna: 'W691234567' },
    ...overrides,
  };
}

export function anAddress(overrides: Partial<AddressInput> = {}): AddressInput {
  return {
    street: '12 rue Paul Bert',
    postalCode: '69003',
    city: 'Lyon',
    lat: 45.7578,
    lon: 4.8456,
    ...overrides,
  };
}

/** Well before the dates of aListingInput, so that no "end in the past" warning appears. */
export const NOW = new Date('2025-02-15T09:00:00Z');

export function geoIndex(): GeoIndex {
  return loadGeoIndex();
}

/** A two-commune table for tests that must not depend on the shipped data. */
export function tinyGeoIndex(): GeoIndex {
  return createGeoIndex(
    [
      'insee\tpostal\tname\tdept\tregion\tlat\tlon',
      '69383\t69003\tLyon 3e Arrondissement\t69\t84\t45.75336\t4.86919',
      '2A004\t20000\tAjaccio\t2A\t94\t41.93479\t8.70132',
      '',
    ].join('\n'),
  );
}
