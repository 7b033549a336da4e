import type { Commune } from '@passerelle/api-geo';
import { communeLabel, toCommuneObject } from './commune.mapper';

const commune = (overrides: Partial<Commune> = {}): Commune => ({
  inseeCode: '42218',
  name: 'Saint-Étienne',
  postalCodes: ['42100', '42000'],
  departmentCode: '42',
  regionCode: '84',
  lat: 45.4339,
  lon: 4.3903,
  ...overrides,
});

describe(communeLabel.name, () => {
  it('shows the name and the first postal code', () => {
    expect(communeLabel(commune())).toBe('Saint-Étienne (42000)');
  });

  it('shows the postal code the query started', () => {
    expect(communeLabel(commune(), '421')).toBe('Saint-Étienne (42100)');
  });

  it('falls back to the first postal code when none matches the query', () => {
    expect(communeLabel(commune(), 'saint')).toBe('Saint-Étienne (42000)');
  });
});

describe(toCommuneObject.name, () => {
  it('names the department and sorts the postal codes', () => {
    expect(toCommuneObject(commune())).toEqual({
      inseeCode: '42218',
      name: 'Saint-Étienne',
      postalCodes: ['42000', '42100'],
      departmentCode: '42',
      departmentName: 'Loire',
      lat: 45.4339,
      lon: 4.3903,
      label: 'Saint-Étienne (42000)',
    });
  });

  it('keeps a missing centroid as null', () => {
    expect(toCommuneObject(commune({ lat: null, lon: null }))).toMatchObject({
      lat: null,
      lon: null,
    });
  });
});
