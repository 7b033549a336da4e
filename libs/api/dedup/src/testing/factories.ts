import { GeoPrecision, ListingKind, RemoteMode } from '@passerelle/shared-domain';
import type { DedupLocation, MatchInput, SourcePayload } from '../engine';

/** Mulhouse, 12 rue de Soultz: a street address. */
export const MULHOUSE: DedupLocation = {
  street: '12 rue de Soultz',
  postalCode: '68100',
  city: 'Mulhouse',
  cityCode: '68224',
  departmentCode: '68',
  regionCode: '44',
  lat: 47.7508,
  lon: 7.3359,
  precision: GeoPrecision.ADDRESS,
};

/** Mulhouse, the commune's centroid (a source that gives the city only). */
export const MULHOUSE_CITY: DedupLocation = {
  ...MULHOUSE,
  street: null,
  lat: 47.74916,
  lon: 7.3257,
  precision: GeoPrecision.CITY,
};

export const STRASBOURG_CITY: DedupLocation = {
  street: null,
  postalCode: '67000',
  city: 'Strasbourg',
  cityCode: '67482',
  departmentCode: '67',
  regionCode: '44',
  lat: 48.57127,
  lon: 7.76753,
  precision: GeoPrecision.CITY,
};

/** A normalized listing as the ingest pipeline stores it (`listing_source.payload`). */
export function aPayload(overrides: Partial<SourcePayload> = {}): SourcePayload {
  return {
    externalId: 'A1',
    kind: ListingKind.NEED,
    title: 'Maraude du soir dans le quartier Coteaux',
    description:
      '<p>Aller à la rencontre des personnes sans-abri avec une boisson chaude, écouter, ' +
      'orienter vers les accueils de jour et signaler les situations urgentes.</p>',
    summary: 'Aller à la rencontre des personnes sans-abri…',
    domain: 'solidarite-insertion',
    activities: ['secours-aide'],
    tags: [],
    remote: RemoteMode.ONSITE,
    places: 4,
    schedule: null,
    startsAt: '2027-01-05T00:00:00.000Z',
    endsAt: '2027-03-31T00:00:00.000Z',
    postedAt: null,
    flags: { openToMinors: null, reducedMobilityAccessible: null, closeToTransport: null },
    imageUrl: null,
    applyUrl: 'https://plateforme-a.example/missions/A1',
    url: null,
    locations: [MULHOUSE],
    organization: {
      name: 'Mulhouse Cité Fraternelle',
      normalizedName: 'mulhouse cite fraternelle',
      rna: 'W682001234',
      siren: null,
    },
    ...overrides,
  };
}

export const aSource = (partnerId: string, overrides: Partial<SourcePayload> = {}): MatchInput => ({
  partnerId,
  listing: aPayload(overrides),
});
