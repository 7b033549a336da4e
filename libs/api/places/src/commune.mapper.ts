import { type Commune, departmentByCode } from '@passerelle/api-geo';
import type { CommuneObject } from './commune.object';

/**
 * The postal code to show: the first one starting with the query when it was a postal code
 * prefix ("42100" → Saint-Étienne (42100)), else the first one.
 */
export function shownPostalCode(commune: Commune, query: string): string | undefined {
  const sorted = [...commune.postalCodes].sort();
  const digits = query.replace(/\s/g, '');
  if (/^\d+$/.test(digits)) {
    const matching = sorted.find((code) => code.startsWith(digits));
    if (matching) return matching;
  }
  return sorted[0];
}

/** "Lyon 3e Arrondissement (69003)": name and postal code, as people pick a commune. */
export function communeLabel(commune: Commune, query = ''): string {
  const postalCode = shownPostalCode(commune, query);
  return postalCode ? `${commune.name} (${postalCode})` : commune.name;
}

export function toCommuneObject(commune: Commune, query = ''): CommuneObject {
  return {
    inseeCode: commune.inseeCode,
    name: commune.name,
    postalCodes: [...commune.postalCodes].sort(),
    departmentCode: commune.departmentCode,
    departmentName: departmentByCode(commune.departmentCode)?.name ?? commune.departmentCode,
    lat: commune.lat,
    lon: commune.lon,
    label: communeLabel(commune, query),
  };
}
