import { loadGeoIndex, type Commune } from './geo-index';

export * from './departments';
export * from './geo-index';
export * from './haversine';
export * from './place-name';
export * from './territories';

/** The commune of an INSEE code (`69383`, `2A004`), from the shipped table. */
export function communeByInsee(code: string): Commune | undefined {
  return loadGeoIndex().communeByInsee(code);
}

/** Communes served by a postal code (several communes often share one). */
export function communesByPostalCode(code: string): readonly Commune[] {
  return loadGeoIndex().communesByPostalCode(code);
}

/** Autocomplete on commune names and postal codes, larger communes first. */
export function searchCommunes(query: string, limit?: number): Commune[] {
  return loadGeoIndex().searchCommunes(query, limit);
}

/** Department of a postal code: `69003` → `69`, `20000` → `2A`, `97133` → `977`. */
export function departmentOfPostalCode(code: string): string | undefined {
  return loadGeoIndex().departmentOfPostalCode(code);
}
