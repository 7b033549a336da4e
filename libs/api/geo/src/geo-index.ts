import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { departmentByCode, departmentOfInsee, regionOfDepartment } from './departments';
import { haversineKm } from './haversine';
import {
  normalizeInseeCode,
  normalizePostalCode,
  placeNameKey,
  withoutLeadingArticle,
} from './place-name';

/** One commune of the shipped table (La Poste's postal code base), with all its postal codes. */
export interface Commune {
  readonly inseeCode: string;
  readonly name: string;
  readonly postalCodes: readonly string[];
  readonly departmentCode: string;
  readonly regionCode: string | null;
  /** Centroid; null for the few communes La Poste gives no coordinates for. */
  readonly lat: number | null;
  readonly lon: number | null;
}

export interface GeoIndex {
  /** Number of communes. */
  readonly size: number;
  communeByInsee(code: string): Commune | undefined;
  communesByPostalCode(code: string): readonly Commune[];
  /** Communes whose name is exactly this one (accents, case and punctuation ignored). */
  communesByName(name: string, departmentCode?: string): readonly Commune[];
  /**
   * Autocomplete: communes whose name starts with the query (with or without its leading
   * article), or whose postal code starts with it when it starts with a digit. Larger
   * communes first (postal codes served, main distribution offices, arrondissements).
   */
  searchCommunes(query: string, limit?: number): Commune[];
  /** Department of a postal code: from the table, else derived from its digits. */
  departmentOfPostalCode(code: string): string | undefined;
  /**
   * The commune whose centroid is nearest to a point, if one lies within about 20 km. The
   * nearest centroid is not always the commune containing the point: use it for the
   * department, not as an address.
   */
  nearestCommune(lat: number, lon: number): { commune: Commune; distanceKm: number } | undefined;
}

/** Path of the shipped table; PASSERELLE_COMMUNES_TSV overrides it (bundled deployments). */
export function defaultCommunesPath(): string {
  return process.env['PASSERELLE_COMMUNES_TSV'] ?? join(__dirname, '..', 'data', 'communes.tsv');
}

let singleton: GeoIndex | undefined;

/** The commune table, read from disk on first use and kept for the life of the process. */
export function loadGeoIndex(): GeoIndex {
  singleton ??= readGeoIndex(defaultCommunesPath());
  return singleton;
}

export function readGeoIndex(path: string): GeoIndex {
  return createGeoIndex(readFileSync(path, 'utf8'));
}

interface Entry {
  readonly commune: Commune;
  readonly key: string;
  readonly shortKey: string;
  readonly weight: number;
}

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;

/** Builds an index from the text of communes.tsv (see tools/geo/build-communes.mjs). */
export function createGeoIndex(tsv: string): GeoIndex {
  const drafts = new Map<string, { fields: string[]; postalCodes: string[] }>();
  let header = true;
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    const fields = line.split('\t');
    const insee = fields[0];
    const postal = fields[1];
    if (!insee || !postal) continue;
    const draft = drafts.get(insee);
    if (draft) draft.postalCodes.push(postal);
    else drafts.set(insee, { fields, postalCodes: [postal] });
  }

  const communes: Commune[] = [];
  const byInsee = new Map<string, Commune>();
  const byPostal = new Map<string, Commune[]>();
  for (const [inseeCode, { fields, postalCodes }] of drafts) {
    const [, , name = '', deptColumn = '', region = '', rawLat = '', rawLon = ''] = fields;
    const dept = deptColumn || departmentOfInsee(inseeCode);
    const lat = rawLat ? Number(rawLat) : NaN;
    const lon = rawLon ? Number(rawLon) : NaN;
    const hasPoint = Number.isFinite(lat) && Number.isFinite(lon);
    const commune: Commune = Object.freeze({
      inseeCode,
      name,
      postalCodes: Object.freeze(postalCodes),
      departmentCode: dept,
      regionCode: region || regionOfDepartment(dept),
      lat: hasPoint ? lat : null,
      lon: hasPoint ? lon : null,
    });
    communes.push(commune);
    byInsee.set(inseeCode, commune);
    for (const postal of postalCodes) push(byPostal, postal, commune);
  }
  const sortedPostalCodes = [...byPostal.keys()].sort();

  // Name keys are only needed by searches: built on first use to keep loading fast.
  let names: NameIndex | undefined;
  const nameIndex = (): NameIndex => (names ??= buildNameIndex(communes));
  let grid: Map<string, Commune[]> | undefined;
  const pointGrid = (): Map<string, Commune[]> => (grid ??= buildGrid(communes));

  const departmentOfPostalCode = (code: string): string | undefined => {
    const postal = normalizePostalCode(code);
    if (!postal) return undefined;
    const served = byPostal.get(postal)?.[0];
    if (served) return served.departmentCode;
    return derivedDepartment(postal);
  };

  return {
    size: communes.length,
    communeByInsee: (code) => {
      const insee = normalizeInseeCode(code);
      return insee ? byInsee.get(insee) : undefined;
    },
    communesByPostalCode: (code) => {
      const postal = normalizePostalCode(code);
      return (postal && byPostal.get(postal)) || [];
    },
    communesByName: (name, departmentCode) => {
      const found = nameIndex().byKey.get(placeNameKey(name)) ?? [];
      return departmentCode ? found.filter((c) => c.departmentCode === departmentCode) : found;
    },
    searchCommunes: (query, limit = DEFAULT_LIMIT) => {
      const trimmed = query.trim();
      return /^\d/.test(trimmed)
        ? searchByPostalCode(nameIndex(), byPostal, sortedPostalCodes, trimmed, clamp(limit))
        : searchByName(nameIndex(), trimmed, clamp(limit));
    },
    departmentOfPostalCode,
    nearestCommune: (lat, lon) => nearest(pointGrid(), lat, lon),
  };
}

/** Cells of GRID_DEGREES on each side; a search looks at the cell of the point and its neighbours. */
const GRID_DEGREES = 0.2;
const NEAREST_MAX_KM = 20;

function cellKey(latCell: number, lonCell: number): string {
  return `${latCell}:${lonCell}`;
}

function buildGrid(communes: readonly Commune[]): Map<string, Commune[]> {
  const grid = new Map<string, Commune[]>();
  for (const commune of communes) {
    if (commune.lat === null || commune.lon === null) continue;
    push(
      grid,
      cellKey(Math.floor(commune.lat / GRID_DEGREES), Math.floor(commune.lon / GRID_DEGREES)),
      commune,
    );
  }
  return grid;
}

function nearest(
  grid: ReadonlyMap<string, readonly Commune[]>,
  lat: number,
  lon: number,
): { commune: Commune; distanceKm: number } | undefined {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  const latCell = Math.floor(lat / GRID_DEGREES);
  const lonCell = Math.floor(lon / GRID_DEGREES);
  let best: { commune: Commune; distanceKm: number } | undefined;
  for (let dLat = -1; dLat <= 1; dLat++) {
    for (let dLon = -1; dLon <= 1; dLon++) {
      for (const commune of grid.get(cellKey(latCell + dLat, lonCell + dLon)) ?? []) {
        if (commune.lat === null || commune.lon === null) continue;
        const distanceKm = haversineKm({ lat, lon }, { lat: commune.lat, lon: commune.lon });
        if (!best || distanceKm < best.distanceKm) best = { commune, distanceKm };
      }
    }
  }
  return best && best.distanceKm <= NEAREST_MAX_KM ? best : undefined;
}

interface NameIndex {
  readonly entries: readonly Entry[];
  readonly weights: ReadonlyMap<string, number>;
  readonly byKey: ReadonlyMap<string, Commune[]>;
}

function buildNameIndex(communes: readonly Commune[]): NameIndex {
  const entries: Entry[] = [];
  const weights = new Map<string, number>();
  const byKey = new Map<string, Commune[]>();
  for (const commune of communes) {
    const key = placeNameKey(commune.name);
    const weight = weightOf(commune);
    entries.push({ commune, key, shortKey: withoutLeadingArticle(key), weight });
    weights.set(commune.inseeCode, weight);
    push(byKey, key, commune);
  }
  return { entries, weights, byKey };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function clamp(limit: number): number {
  if (!Number.isFinite(limit)) return DEFAULT_LIMIT;
  return Math.max(1, Math.min(MAX_LIMIT, Math.floor(limit)));
}

/**
 * Size proxy, as the table has no population: postal codes ending in 000 or 00 belong to the
 * main distribution offices (prefectures, large towns), big cities have several postal codes,
 * and the arrondissements of Paris, Lyon and Marseille are the largest of all.
 */
function weightOf(commune: Commune): number {
  if (/^(751\d\d|6938\d|132\d\d)$/.test(commune.inseeCode)) return 12;
  let weight = commune.postalCodes.length;
  for (const postal of commune.postalCodes) {
    if (postal.endsWith('000')) weight += 4;
    else if (postal.endsWith('00')) weight += 2;
  }
  return weight;
}

/** Department of a postal code missing from the table, from its digits. */
function derivedDepartment(postal: string): string | undefined {
  let code: string;
  if (postal.startsWith('20'))
    code = postal.charAt(2) === '0' || postal.charAt(2) === '1' ? '2A' : '2B';
  else if (postal.startsWith('97') || postal.startsWith('98')) code = postal.slice(0, 3);
  else code = postal.slice(0, 2);
  return departmentByCode(code) ? code : undefined;
}

function searchByPostalCode(
  names: NameIndex,
  byPostal: ReadonlyMap<string, readonly Commune[]>,
  sortedPostalCodes: readonly string[],
  query: string,
  limit: number,
): Commune[] {
  const prefix = query.replace(/\s/g, '');
  if (!/^\d{1,5}$/.test(prefix)) return [];
  const weight = (c: Commune): number => names.weights.get(c.inseeCode) ?? 0;
  const seen = new Set<string>();
  const found: Commune[] = [];
  for (let i = lowerBound(sortedPostalCodes, prefix); i < sortedPostalCodes.length; i++) {
    const postal = sortedPostalCodes[i];
    if (postal === undefined || !postal.startsWith(prefix) || found.length >= limit) break;
    const communes = [...(byPostal.get(postal) ?? [])].sort((a, b) => weight(b) - weight(a));
    for (const commune of communes) {
      if (found.length < limit && !seen.has(commune.inseeCode)) {
        seen.add(commune.inseeCode);
        found.push(commune);
      }
    }
  }
  return found;
}

function searchByName(names: NameIndex, query: string, limit: number): Commune[] {
  const key = placeNameKey(query);
  if (!key) return [];
  const ranked: Array<{ entry: Entry; rank: number }> = [];
  for (const entry of names.entries) {
    let rank: number;
    if (entry.key === key || entry.shortKey === key) rank = 0;
    else if (entry.key.startsWith(key)) rank = 1;
    else if (entry.shortKey.startsWith(key)) rank = 2;
    else continue;
    ranked.push({ entry, rank });
  }
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.entry.weight - a.entry.weight ||
      a.entry.commune.inseeCode.localeCompare(b.entry.commune.inseeCode),
  );
  return ranked.slice(0, limit).map((r) => r.entry.commune);
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
