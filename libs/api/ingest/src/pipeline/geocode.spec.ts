import { GeoPrecision } from '@passerelle/shared-domain';
import { geocodeAddresses } from './geocode';
import type { IngestIssue } from './ingest.errors';
import { geoIndex, tinyGeoIndex } from './testing/listing-input.factory';

const summary = (issues: readonly IngestIssue[]) =>
  issues.map((i) => `${i.severity} ${i.code} ${i.path}`);

describe(geocodeAddresses.name, () => {
  it('keeps a feed point in France: ADDRESS with a street, CITY without', () => {
    const { locations, issues } = geocodeAddresses(
      [
        {
          street: '5 place Bellecour',
          postalCode: '69002',
          city: 'Lyon',
          lat: 45.7578,
          lon: 4.832,
        },
        { postalCode: '69003', lat: 45.7597, lon: 4.8572 },
      ],
      geoIndex(),
    );
    expect(issues).toEqual([]);
    expect(locations).toEqual([
      {
        street: '5 place Bellecour',
        postalCode: '69002',
        city: 'Lyon',
        cityCode: '69382',
        departmentCode: '69',
        regionCode: '84',
        lat: 45.7578,
        lon: 4.832,
        precision: GeoPrecision.ADDRESS,
      },
      expect.objectContaining({
        city: 'Lyon 3e Arrondissement',
        cityCode: '69383',
        precision: GeoPrecision.CITY,
      }),
    ]);
  });

  it('fixes latitude and longitude given in the wrong order', () => {
    const { locations, issues } = geocodeAddresses(
      [{ city: 'Rennes', lat: -1.6778, lon: 48.1173 }],
      geoIndex(),
    );
    expect(summary(issues)).toEqual(['warning COORDINATES_SWAPPED addresses[0].lat']);
    expect(locations[0]).toMatchObject({
      lat: 48.1173,
      lon: -1.6778,
      departmentCode: '35',
      cityCode: '35238',
    });
  });

  it('falls back to the commune centroid when the point is in the ocean', () => {
    const { locations, issues } = geocodeAddresses(
      [{ postalCode: '69003', lat: 45.0, lon: -5.0 }],
      geoIndex(),
    );
    expect(summary(issues)).toEqual(['warning COORDINATES_OUTSIDE_FRANCE addresses[0].lat']);
    expect(locations[0]).toMatchObject({
      cityCode: '69383',
      lat: 45.75336,
      lon: 4.86919,
      precision: 'CITY',
    });
  });

  it('rejects a point outside France when there is no commune to fall back on', () => {
    const { locations, issues } = geocodeAddresses(
      [{ street: 'Quai Est', lat: 45.0, lon: -5.0 }],
      geoIndex(),
    );
    expect(summary(issues)).toEqual(['error COORDINATES_OUTSIDE_FRANCE addresses[0].lat']);
    expect(locations).toEqual([]);
  });

  it('places a postal code at its commune centroid: 69003 is Lyon 3e Arrondissement', () => {
    const { locations, issues } = geocodeAddresses([{ postalCode: '69003' }], geoIndex());
    expect(issues).toEqual([]);
    expect(locations).toEqual([
      {
        street: null,
        postalCode: '69003',
        city: 'Lyon 3e Arrondissement',
        cityCode: '69383',
        departmentCode: '69',
        regionCode: '84',
        lat: 45.75336,
        lon: 4.86919,
        precision: GeoPrecision.CITY,
      },
    ]);
  });

  it('prefers the INSEE code, and fills the postal code when the commune has only one', () => {
    const { locations } = geocodeAddresses([{ cityCode: '69383', city: 'Lyon' }], geoIndex());
    expect(locations[0]).toMatchObject({
      postalCode: '69003',
      city: 'Lyon',
      cityCode: '69383',
      precision: 'CITY',
    });
  });

  it('uses the city name to choose among communes sharing a postal code', () => {
    const { locations, issues } = geocodeAddresses(
      [{ postalCode: '01300', city: 'BELLEY' }],
      geoIndex(),
    );
    expect(issues).toEqual([]);
    expect(locations[0]).toMatchObject({
      city: 'BELLEY',
      cityCode: '01034',
      departmentCode: '01',
      precision: 'CITY',
    });
  });

  it('keeps only the department when a shared postal code cannot be resolved', () => {
    const { locations, issues } = geocodeAddresses([{ postalCode: '01300' }], geoIndex());
    expect(summary(issues)).toEqual(['warning LOCATION_AMBIGUOUS addresses[0].city']);
    expect(locations[0]).toMatchObject({
      cityCode: null,
      departmentCode: '01',
      lat: null,
      lon: null,
      precision: 'DEPARTMENT',
    });
  });

  it('places Corsican communes in 2A and 2B, region Corse', () => {
    const { locations } = geocodeAddresses(
      [{ postalCode: '20000', city: 'Ajaccio' }, { cityCode: '2B033' }],
      geoIndex(),
    );
    expect(locations.map((l) => [l.city, l.departmentCode, l.regionCode, l.precision])).toEqual([
      ['Ajaccio', '2A', '94', 'CITY'],
      ['Bastia', '2B', '94', 'CITY'],
    ]);
  });

  it('places an overseas commune of Guadeloupe (971xx)', () => {
    const { locations, issues } = geocodeAddresses(
      [{ postalCode: '97100', city: 'Basse-Terre' }],
      geoIndex(),
    );
    expect(issues).toEqual([]);
    expect(locations[0]).toMatchObject({
      cityCode: '97105',
      departmentCode: '971',
      regionCode: '01',
      precision: 'CITY',
    });
    expect(locations[0]?.lat).toBeCloseTo(16.0, 0);
  });

  it('accepts a feed point in La Réunion', () => {
    const { locations, issues } = geocodeAddresses(
      [{ city: 'Saint-Denis', postalCode: '97400', lat: -20.8823, lon: 55.4504 }],
      geoIndex(),
    );
    expect(issues).toEqual([]);
    expect(locations[0]).toMatchObject({
      departmentCode: '974',
      regionCode: '04',
      precision: 'CITY',
    });
  });

  it('reports an unknown postal code and keeps its department without a point', () => {
    const { locations, issues } = geocodeAddresses(
      [{ postalCode: '75099', city: 'Paris' }],
      geoIndex(),
    );
    expect(summary(issues)).toEqual(['warning LOCATION_NOT_FOUND addresses[0].postalCode']);
    expect(locations).toEqual([
      expect.objectContaining({
        postalCode: '75099',
        city: 'Paris',
        departmentCode: '75',
        regionCode: '11',
        lat: null,
        lon: null,
        precision: 'DEPARTMENT',
      }),
    ]);
  });

  it('keeps a department alone at DEPARTMENT precision, never inventing a point', () => {
    const { locations } = geocodeAddresses([{ departmentCode: '2a' }], geoIndex());
    expect(locations).toEqual([
      {
        street: null,
        postalCode: null,
        city: null,
        cityCode: null,
        departmentCode: '2A',
        regionCode: '94',
        lat: null,
        lon: null,
        precision: 'DEPARTMENT',
      },
    ]);
  });

  it('leaves out an address with nothing usable and reports it', () => {
    const { locations, issues } = geocodeAddresses([{ street: 'Sur place' }, {}], geoIndex());
    expect(locations).toEqual([]);
    expect(summary(issues)).toEqual([
      'warning LOCATION_NOT_FOUND addresses[0]',
      'warning LOCATION_NOT_FOUND addresses[1]',
    ]);
  });

  it('treats (0, 0) as no point rather than pinning the listing there', () => {
    const { locations, issues } = geocodeAddresses(
      [{ postalCode: '69003', lat: 0, lon: 0 }],
      geoIndex(),
    );
    expect(issues).toEqual([]);
    expect(locations[0]).toMatchObject({ lat: 45.75336, lon: 4.86919, precision: 'CITY' });
  });

  it('uses the commune centroid when the point is far from the commune named', () => {
    // Marseille's point given for a Lyon address.
    const { locations, issues } = geocodeAddresses(
      [{ postalCode: '69003', lat: 43.2965, lon: 5.3698 }],
      geoIndex(),
    );
    expect(summary(issues)).toEqual(['warning COORDINATES_FAR_FROM_COMMUNE addresses[0].lat']);
    expect(locations[0]).toMatchObject({ lat: 45.75336, lon: 4.86919, precision: 'CITY' });
  });

  it('reads coordinates written as text with a decimal comma', () => {
    const { locations } = geocodeAddresses(
      [
        {
          postalCode: '69003',
          lat: '45,7597' as unknown as number,
          lon: '4,8572' as unknown as number,
        },
      ],
      geoIndex(),
    );
    expect(locations[0]).toMatchObject({ lat: 45.7597, lon: 4.8572 });
  });

  it('reports unreadable or incomplete coordinates and falls back to the commune', () => {
    const { locations, issues } = geocodeAddresses(
      [
        { postalCode: '69003', lat: 'nord' as unknown as number, lon: 4.85 },
        { postalCode: '69003', lat: 45.76 },
      ],
      geoIndex(),
    );
    expect(summary(issues)).toEqual([
      'warning COORDINATES_INVALID addresses[0].lat',
      'warning COORDINATES_INCOMPLETE addresses[1].lon',
    ]);
    expect(locations.map((l) => l.precision)).toEqual(['CITY', 'CITY']);
  });

  it('gives a lone point the department of the nearest commune', () => {
    const { locations } = geocodeAddresses([{ lat: 43.6045, lon: 1.444 }], geoIndex());
    expect(locations[0]).toMatchObject({
      cityCode: null,
      departmentCode: '31',
      regionCode: '76',
      precision: 'CITY',
    });
  });

  it('finds a commune by name within the department given', () => {
    const { locations } = geocodeAddresses(
      [{ city: 'Saint-Denis', departmentCode: '93' }],
      geoIndex(),
    );
    expect(locations[0]).toMatchObject({ cityCode: '93066', precision: 'CITY' });
  });

  it('keeps a commune without coordinates at DEPARTMENT precision', () => {
    const { locations } = geocodeAddresses([{ postalCode: '98714', city: 'Papeete' }], geoIndex());
    expect(locations[0]).toMatchObject({
      cityCode: '98735',
      departmentCode: '987',
      regionCode: null,
      lat: null,
      precision: 'DEPARTMENT',
    });
  });

  it('reports malformed codes', () => {
    const { issues } = geocodeAddresses(
      [{ postalCode: 'F-69', cityCode: '6938', departmentCode: '20' }],
      geoIndex(),
    );
    expect(summary(issues)).toEqual([
      'warning POSTAL_CODE_INVALID addresses[0].postalCode',
      'warning DEPARTMENT_UNKNOWN addresses[0].departmentCode',
      'warning LOCATION_NOT_FOUND addresses[0].cityCode',
    ]);
  });

  it('works with any table, such as a small one built for a test', () => {
    const { locations } = geocodeAddresses([{ postalCode: '20000' }], tinyGeoIndex());
    expect(locations[0]).toMatchObject({
      city: 'Ajaccio',
      departmentCode: '2A',
      precision: 'CITY',
    });
  });
});
