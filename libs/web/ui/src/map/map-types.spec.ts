import { clampBox, countLabel } from './map-types';

describe('map types', () => {
  it('clamps a panned Leaflet box into the world and rounds it', () => {
    expect(clampBox({ south: -91, west: -200.123456, north: 95, east: 190 })).toEqual({
      south: -90,
      west: -180,
      north: 90,
      east: 180,
    });
    expect(clampBox({ south: 45.7640432, west: 4.8, north: 45.8, east: 4.9 }).south).toBe(45.76404);
  });

  it('says how many listings, in French', () => {
    expect(countLabel(1)).toBe('1 annonce');
    expect(countLabel(1200)).toBe(`${(1200).toLocaleString('fr-FR')} annonces`);
  });
});
