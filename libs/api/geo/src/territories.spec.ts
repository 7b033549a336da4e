import { haversineKm } from './haversine';
import { isInFrance, territoryOf } from './territories';

describe('isInFrance', () => {
  it.each([
    ['Paris', 48.8566, 2.3522],
    ['Brest', 48.3904, -4.4861],
    ['Ouessant', 48.4601, -5.0853],
    ['Île de Sein', 48.0375, -4.8502],
    ['Belle-Île-en-Mer', 47.3477, -3.1581],
    ["Île d'Yeu", 46.7236, -2.3486],
    ['Biarritz', 43.4832, -1.5586],
    ['Perpignan', 42.6887, 2.8948],
    ['Porquerolles', 42.9995, 6.2063],
    ['Menton', 43.7747, 7.4975],
    ['Strasbourg', 48.5734, 7.7521],
    ['Dunkerque', 51.0344, 2.3768],
    ['Ajaccio', 41.9192, 8.7386],
    ['Bonifacio', 41.3875, 9.1593],
    ['Pointe-à-Pitre', 16.2411, -61.5331],
    ['Fort-de-France', 14.6161, -61.0588],
    ['Cayenne', 4.9224, -52.3135],
    ['Saint-Laurent-du-Maroni', 5.4983, -54.0325],
    ['Saint-Denis (La Réunion)', -20.8823, 55.4504],
    ['Mamoudzou', -12.7806, 45.2279],
    ['Saint-Pierre (Saint-Pierre-et-Miquelon)', 46.7811, -56.1764],
    ['Papeete', -17.5516, -149.5585],
    ['Nouméa', -22.2758, 166.458],
  ])('accepts %s', (_name, lat, lon) => {
    expect(isInFrance(lat, lon)).toBe(true);
  });

  it.each([
    ['the Bay of Biscay', 45.0, -5.0],
    ['the Atlantic off Brittany', 47.0, -6.0],
    ['the Gulf of Lion', 42.6, 4.2],
    ['the Mediterranean south of Nice', 42.8, 7.3],
    ['the null island', 0, 0],
    ['Madrid', 40.4168, -3.7038],
    ['London', 51.5074, -0.1278],
    ['Sardinia', 40.1209, 9.0129],
    ['Paris with latitude and longitude swapped', 2.3522, 48.8566],
    ['the open Indian Ocean near La Réunion', -22.5, 55.5],
  ])('rejects %s', (_name, lat, lon) => {
    expect(isInFrance(lat, lon)).toBe(false);
  });

  it('rejects values that are not numbers', () => {
    expect(isInFrance(Number.NaN, 2.35)).toBe(false);
    expect(isInFrance(48.85, Number.POSITIVE_INFINITY)).toBe(false);
  });

  it('names the territory of a point', () => {
    expect(territoryOf(48.8566, 2.3522)).toBe('metropole');
    expect(territoryOf(42.6976, 9.4508)).toBe('corse');
    expect(territoryOf(16.2411, -61.5331)).toBe('guadeloupe');
    expect(territoryOf(-12.7806, 45.2279)).toBe('mayotte');
  });
});

describe('haversineKm', () => {
  it('measures Paris to Lyon at about 392 km', () => {
    expect(haversineKm({ lat: 48.8566, lon: 2.3522 }, { lat: 45.764, lon: 4.8357 })).toBeCloseTo(
      392,
      -1,
    );
  });

  it('is zero for the same point and symmetric', () => {
    const brest = { lat: 48.3904, lon: -4.4861 };
    const nice = { lat: 43.7102, lon: 7.262 };
    expect(haversineKm(brest, brest)).toBe(0);
    expect(haversineKm(brest, nice)).toBeCloseTo(haversineKm(nice, brest), 9);
  });
});
