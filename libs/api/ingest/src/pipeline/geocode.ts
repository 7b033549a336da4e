import {
  haversineKm,
  isInFrance,
  normalizeDepartmentCode,
  normalizeInseeCode,
  normalizePostalCode,
  placeNameKey,
  regionOfDepartment,
  type Commune,
  type GeoIndex,
} from '@passerelle/api-geo';
import { GeoPrecision, type AddressInput } from '@passerelle/shared-domain';
import { IngestErrorCode, IssueCollector, type IngestIssue } from './ingest.errors';
import type { NormalizedLocation } from './normalized-listing';
import { cleanText, displayValue } from './text';

export interface GeocodeResult {
  locations: NormalizedLocation[];
  issues: IngestIssue[];
}

/**
 * Beyond this distance from the centroid of the commune the address names, a feed point is
 * taken for a geocoding mistake of the partner. Communes of French Guiana are much larger.
 */
const FAR_FROM_COMMUNE_KM = 50;
const FAR_FROM_GUIANA_COMMUNE_KM = 150;

/**
 * Places each address: the feed's point when it is in France (swapped latitude and longitude
 * are fixed), else the centroid of the commune found by INSEE code, then postal code (with the
 * city name to choose among communes sharing it), then city name; else the department alone,
 * without a point. An address with nothing usable is left out and reported. A point is never
 * invented.
 */
export function geocodeAddresses(
  addresses: readonly AddressInput[] | null | undefined,
  geoIndex: GeoIndex,
  pathPrefix = 'addresses',
): GeocodeResult {
  const issues = new IssueCollector();
  const locations: NormalizedLocation[] = [];
  const list: readonly (AddressInput | null | undefined)[] = Array.isArray(addresses)
    ? addresses
    : [];
  list.forEach((address, i) => {
    const location = geocodeAddress(address, geoIndex, `${pathPrefix}[${i}]`, issues);
    if (location) locations.push(location);
  });
  return { locations, issues: [...issues.errors, ...issues.warnings] };
}

interface CleanAddress {
  street: string | null;
  postalCode: string | undefined;
  city: string | null;
  cityCode: string | undefined;
  departmentCode: string | undefined;
  point: { lat: number; lon: number } | undefined;
}

function geocodeAddress(
  address: AddressInput | null | undefined,
  geoIndex: GeoIndex,
  path: string,
  issues: IssueCollector,
): NormalizedLocation | undefined {
  if (!address || typeof address !== 'object') {
    issues.warning(IngestErrorCode.LOCATION_NOT_FOUND, path);
    return undefined;
  }
  const clean = cleanAddress(address, path, issues);
  const commune = findCommune(clean, geoIndex, path, issues);
  const departmentCode =
    commune?.departmentCode ??
    clean.departmentCode ??
    (clean.postalCode ? geoIndex.departmentOfPostalCode(clean.postalCode) : undefined);

  const base: Omit<NormalizedLocation, 'lat' | 'lon' | 'precision'> = {
    street: clean.street,
    postalCode:
      clean.postalCode ??
      (commune?.postalCodes.length === 1 ? (commune.postalCodes[0] ?? null) : null),
    city: clean.city ?? commune?.name ?? null,
    cityCode: commune?.inseeCode ?? null,
    departmentCode: departmentCode ?? null,
    regionCode: commune?.regionCode ?? (departmentCode ? regionOfDepartment(departmentCode) : null),
  };

  const point = clean.point ? plausiblePoint(clean.point, commune, path, issues) : undefined;
  if (point) {
    const precision = clean.street ? GeoPrecision.ADDRESS : GeoPrecision.CITY;
    if (!base.departmentCode) {
      // Only a point: its department is the one of the nearest commune centroid.
      const near = geoIndex.nearestCommune(point.lat, point.lon)?.commune;
      base.departmentCode = near?.departmentCode ?? null;
      base.regionCode = near?.regionCode ?? null;
    }
    return { ...base, lat: point.lat, lon: point.lon, precision };
  }
  if (commune && commune.lat !== null && commune.lon !== null) {
    return { ...base, lat: commune.lat, lon: commune.lon, precision: GeoPrecision.CITY };
  }
  if (departmentCode) {
    return { ...base, lat: null, lon: null, precision: GeoPrecision.DEPARTMENT };
  }
  const reported =
    issues.has(IngestErrorCode.LOCATION_NOT_FOUND, path) ||
    issues.has(IngestErrorCode.COORDINATES_OUTSIDE_FRANCE, path);
  if (!reported) issues.warning(IngestErrorCode.LOCATION_NOT_FOUND, path);
  return undefined;
}

function cleanAddress(address: AddressInput, path: string, issues: IssueCollector): CleanAddress {
  const street = cleanText(address.street, `${path}.street`, issues);
  const city = cleanText(address.city, `${path}.city`, issues);
  const rawPostal = cleanText(address.postalCode, `${path}.postalCode`, issues);
  const rawInsee = cleanText(address.cityCode, `${path}.cityCode`, issues);
  const rawDepartment = cleanText(address.departmentCode, `${path}.departmentCode`, issues);

  const postalCode = rawPostal ? normalizePostalCode(rawPostal) : undefined;
  if (rawPostal && !postalCode)
    issues.warning(IngestErrorCode.POSTAL_CODE_INVALID, `${path}.postalCode`, rawPostal);
  const cityCode = rawInsee ? normalizeInseeCode(rawInsee) : undefined;
  if (rawInsee && !cityCode)
    issues.warning(IngestErrorCode.CITY_CODE_INVALID, `${path}.cityCode`, rawInsee);
  const departmentCode = rawDepartment ? normalizeDepartmentCode(rawDepartment) : undefined;
  if (rawDepartment && !departmentCode) {
    issues.warning(IngestErrorCode.DEPARTMENT_UNKNOWN, `${path}.departmentCode`, rawDepartment);
  }
  return {
    street,
    postalCode,
    city,
    cityCode,
    departmentCode,
    point: readPoint(address, path, issues),
  };
}

function readCoordinate(value: unknown): number | undefined | null {
  if (value === null || value === undefined || value === '') return undefined;
  const n = typeof value === 'string' ? Number(value.trim().replace(',', '.')) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}

/** The point given, or undefined when none is usable ((0, 0) is a placeholder, not a place). */
function readPoint(
  address: AddressInput,
  path: string,
  issues: IssueCollector,
): CleanAddress['point'] {
  const lat = readCoordinate(address.lat);
  const lon = readCoordinate(address.lon);
  if (lat === undefined && lon === undefined) return undefined;
  if (lat === null || lon === null) {
    issues.warning(
      IngestErrorCode.COORDINATES_INVALID,
      `${path}.${lat === null ? 'lat' : 'lon'}`,
      displayValue(lat === null ? address.lat : address.lon),
    );
    return undefined;
  }
  if (lat === undefined || lon === undefined) {
    issues.warning(
      IngestErrorCode.COORDINATES_INCOMPLETE,
      `${path}.${lat === undefined ? 'lat' : 'lon'}`,
    );
    return undefined;
  }
  if (lat === 0 && lon === 0) return undefined;
  return { lat, lon };
}

function findCommune(
  address: CleanAddress,
  geoIndex: GeoIndex,
  path: string,
  issues: IssueCollector,
): Commune | undefined {
  if (address.cityCode) {
    const commune = geoIndex.communeByInsee(address.cityCode);
    if (commune) return commune;
    issues.warning(IngestErrorCode.LOCATION_NOT_FOUND, `${path}.cityCode`, address.cityCode);
  }
  if (address.postalCode) {
    const candidates = geoIndex.communesByPostalCode(address.postalCode);
    if (candidates.length === 1) return candidates[0];
    if (candidates.length === 0) {
      issues.warning(IngestErrorCode.LOCATION_NOT_FOUND, `${path}.postalCode`, address.postalCode);
    } else {
      const chosen = address.city ? pickByName(candidates, address.city) : undefined;
      if (chosen) return chosen;
      issues.warning(
        IngestErrorCode.LOCATION_AMBIGUOUS,
        `${path}.city`,
        address.city ?? address.postalCode,
      );
      return undefined;
    }
  }
  if (address.city) {
    const department =
      address.departmentCode ??
      (address.postalCode ? geoIndex.departmentOfPostalCode(address.postalCode) : undefined);
    const named = geoIndex.communesByName(address.city, department);
    if (named.length === 1) return named[0];
  }
  return undefined;
}

/** Among communes sharing a postal code, the one the city names (exactly, else by prefix). */
function pickByName(candidates: readonly Commune[], city: string): Commune | undefined {
  const key = placeNameKey(city);
  if (!key) return undefined;
  const keyed = candidates.map((commune) => ({ commune, key: placeNameKey(commune.name) }));
  const exact = keyed.filter((c) => c.key === key);
  if (exact.length === 1) return exact[0]?.commune;
  const partial = keyed.filter((c) => c.key.startsWith(`${key} `) || key.startsWith(`${c.key} `));
  return partial.length === 1 ? partial[0]?.commune : undefined;
}

/**
 * The feed's point if it can be trusted: in France (or in France once latitude and longitude
 * are swapped back) and not far from the commune the address names.
 */
function plausiblePoint(
  given: { lat: number; lon: number },
  commune: Commune | undefined,
  path: string,
  issues: IssueCollector,
): { lat: number; lon: number } | undefined {
  let point: { lat: number; lon: number } | undefined;
  if (isInFrance(given.lat, given.lon)) point = given;
  else if (isInFrance(given.lon, given.lat)) {
    point = { lat: given.lon, lon: given.lat };
    issues.warning(
      IngestErrorCode.COORDINATES_SWAPPED,
      `${path}.lat`,
      `${given.lat}, ${given.lon}`,
    );
  } else {
    // Without a commune to fall back on, the place is unknown: the item is rejected.
    if (commune)
      issues.warning(
        IngestErrorCode.COORDINATES_OUTSIDE_FRANCE,
        `${path}.lat`,
        `${given.lat}, ${given.lon}`,
      );
    else
      issues.error(
        IngestErrorCode.COORDINATES_OUTSIDE_FRANCE,
        `${path}.lat`,
        `${given.lat}, ${given.lon}`,
      );
    return undefined;
  }
  if (commune && commune.lat !== null && commune.lon !== null) {
    const limit =
      commune.departmentCode === '973' ? FAR_FROM_GUIANA_COMMUNE_KM : FAR_FROM_COMMUNE_KM;
    if (haversineKm(point, { lat: commune.lat, lon: commune.lon }) > limit) {
      issues.warning(
        IngestErrorCode.COORDINATES_FAR_FROM_COMMUNE,
        `${path}.lat`,
        `${point.lat}, ${point.lon}`,
      );
      return undefined;
    }
  }
  return point;
}
