import {
  accessibilityLabels,
  GEO_PRECISION_LABELS,
  LISTING_KIND_LABELS,
  organizationIdentifiers,
  placeAddressLines,
  placesLabel,
  publishedOnLine,
  publishingPlatforms,
  REMOTE_MODE_LABELS,
  statusNotice,
} from './listing-labels';
import type { ListingPlace } from './listing-types';

function aPlace(place: Partial<ListingPlace> = {}): ListingPlace {
  return {
    street: null,
    postalCode: null,
    city: null,
    departmentCode: null,
    lat: null,
    lon: null,
    precision: null,
    ...place,
  };
}

describe('listing labels', () => {
  it('names the two kinds of listing', () => {
    expect(LISTING_KIND_LABELS.NEED).toBe('Mission / besoin');
    expect(LISTING_KIND_LABELS.OFFER).toBe("Offre d'aide");
  });

  it('names the three remote modes', () => {
    expect(REMOTE_MODE_LABELS).toEqual({
      ONSITE: 'Sur place',
      HYBRID: 'En partie à distance',
      REMOTE: 'À distance',
    });
  });

  it('names how precisely a place is known', () => {
    expect(GEO_PRECISION_LABELS).toEqual({
      ADDRESS: 'Lieu précis',
      CITY: 'Commune',
      DEPARTMENT: 'Département',
    });
  });
});

describe(statusNotice.name, () => {
  it('says nothing about a published listing', () => {
    expect(statusNotice('PUBLISHED')).toBeNull();
  });

  it('says why an expired, withdrawn or closed listing cannot be applied to', () => {
    expect(statusNotice('EXPIRED')?.title).toBe('Cette annonce a expiré');
    expect(statusNotice('WITHDRAWN')?.title).toBe('Cette annonce a été retirée par la plateforme');
    expect(statusNotice('CLOSED')?.title).toBe('Cette annonce est clôturée');
    for (const status of ['EXPIRED', 'WITHDRAWN', 'CLOSED', 'PENDING', 'REJECTED'] as const) {
      expect(statusNotice(status)?.applyUnavailable).toMatch(/postuler/);
    }
  });
});

describe(accessibilityLabels.name, () => {
  it('lists what is known to be offered', () => {
    expect(
      accessibilityLabels({
        reducedMobilityAccessible: true,
        openToMinors: true,
        closeToTransport: true,
      }),
    ).toEqual([
      'Accessible aux personnes à mobilité réduite',
      'Ouvert aux mineurs',
      'Proche des transports',
    ]);
  });

  it('says the "no" that matters and nothing when it is unknown', () => {
    expect(
      accessibilityLabels({
        reducedMobilityAccessible: false,
        openToMinors: false,
        closeToTransport: false,
      }),
    ).toEqual([
      'Non accessible aux personnes à mobilité réduite',
      'Réservé aux personnes majeures',
    ]);
    expect(
      accessibilityLabels({
        reducedMobilityAccessible: null,
        openToMinors: null,
        closeToTransport: null,
      }),
    ).toEqual([]);
  });
});

describe(placesLabel.name, () => {
  it('agrees with the number of volunteers', () => {
    expect(placesLabel(1)).toBe('1 bénévole recherché');
    expect(placesLabel(12)).toBe('12 bénévoles recherchés');
  });

  it('groups the thousands the French way', () => {
    expect(placesLabel(1500)).toBe('1\u202f500 bénévoles recherchés');
  });
});

describe(placeAddressLines.name, () => {
  it('gives the street, then the postal code and the commune', () => {
    expect(
      placeAddressLines(
        aPlace({ street: '64 boulevard Gambetta', postalCode: '30000', city: 'Nîmes' }),
      ),
    ).toEqual(['64 boulevard Gambetta', '30000 Nîmes']);
  });

  it('falls back on the department when the commune is unknown', () => {
    expect(placeAddressLines(aPlace({ departmentCode: '2A' }))).toEqual(['Département 2A']);
  });

  it('skips blank parts', () => {
    expect(placeAddressLines(aPlace({ street: '  ', city: 'Metz' }))).toEqual(['Metz']);
    expect(placeAddressLines(aPlace())).toEqual([]);
  });
});

describe(organizationIdentifiers.name, () => {
  it('shows the RNA and SIREN numbers that are known', () => {
    expect(organizationIdentifiers({ rna: 'W229817849', siren: '123456789' })).toBe(
      'RNA W229817849 · SIREN 123456789',
    );
    expect(organizationIdentifiers({ rna: null, siren: '123456789' })).toBe('SIREN 123456789');
    expect(organizationIdentifiers({ rna: null, siren: null })).toBeNull();
  });
});

describe(publishingPlatforms.name, () => {
  it('keeps each platform once, in order', () => {
    const partner = (slug: string, name: string) => ({ partner: { slug, name } });
    expect(
      publishingPlatforms([
        partner('entraide-locale', 'Entraide locale'),
        partner('benevolat-ensemble', 'Bénévolat Ensemble'),
        partner('entraide-locale', 'Entraide locale'),
      ]),
    ).toEqual([
      { slug: 'entraide-locale', name: 'Entraide locale' },
      { slug: 'benevolat-ensemble', name: 'Bénévolat Ensemble' },
    ]);
  });
});

describe(publishedOnLine.name, () => {
  it('lists every platform the French way', () => {
    expect(publishedOnLine(['JeVeuxAider'])).toBe('Publiée sur JeVeuxAider');
    expect(publishedOnLine(['JeVeuxAider', 'Bénévolat Ensemble', 'Entraide locale'])).toBe(
      'Publiée sur JeVeuxAider, Bénévolat Ensemble et Entraide locale',
    );
    expect(publishedOnLine([])).toBeNull();
  });
});
