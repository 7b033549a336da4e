import { AppError, ErrorCode, decodeCursor, pageSize } from '@passerelle/api-core';
import { departmentByCode } from '@passerelle/api-geo';
import {
  isActivitySlug,
  isDomainSlug,
  type ListingKind,
  RemoteMode,
} from '@passerelle/shared-domain';
import { MAX_TOTAL_HITS } from '../index/index-settings';
import { type SearchInput, SearchSort } from './search.input';

export const MAX_TEXT_LENGTH = 200;
export const MAX_FILTER_VALUES = 50;
export const DEFAULT_RADIUS_KM = 25;
export const MAX_RADIUS_KM = 1_000;
export const SEARCH_CURSOR = 'search';

export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

/** A validated, normalized search: what the filter builder and the service work from. */
export interface SearchQuery {
  text: string;
  kind: ListingKind | null;
  domains: string[];
  activities: string[];
  remote: RemoteMode[];
  departmentCodes: string[];
  partnerSlugs: string[];
  near: GeoPoint | null;
  radiusKm: number;
  bounds: Bounds | null;
  availableFrom: Date | null;
  availableUntil: Date | null;
  openToMinors: boolean | null;
  reducedMobilityAccessible: boolean | null;
  sort: SearchSort;
  first: number;
  offset: number;
}

function invalid(field: string, message: string, value?: unknown): never {
  throw new AppError(ErrorCode.BAD_USER_INPUT, message, {
    field,
    ...(value === undefined ? {} : { value }),
  });
}

const shown = (value: string) => `« ${value.length > 60 ? `${value.slice(0, 60)}…` : value} »`;

function list(
  field: string,
  values: readonly string[] | null | undefined,
  check: (value: string) => string | undefined,
  unknown: (value: string) => string,
): string[] {
  if (!values) return [];
  if (values.length > MAX_FILTER_VALUES)
    invalid(
      field,
      `Au plus ${MAX_FILTER_VALUES} valeurs dans « ${field} » (reçu ${values.length}).`,
    );
  const result = new Set<string>();
  for (const raw of values) {
    const value = check(raw.trim());
    if (value === undefined) invalid(field, unknown(raw), raw.slice(0, 100));
    result.add(value);
  }
  return [...result];
}

const finite = (value: number) => typeof value === 'number' && Number.isFinite(value);

function latitude(field: string, value: number): number {
  if (!finite(value) || value < -90 || value > 90)
    invalid(
      field,
      `Latitude invalide dans « ${field} » : ${value} (attendu entre -90 et 90).`,
      value,
    );
  return value;
}

function longitude(field: string, value: number): number {
  if (!finite(value) || value < -180 || value > 180)
    invalid(
      field,
      `Longitude invalide dans « ${field} » : ${value} (attendu entre -180 et 180).`,
      value,
    );
  return value;
}

const PARTNER_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

function offsetOf(after: string | null | undefined): number {
  if (after === null || after === undefined) return 0;
  const [offset] = decodeCursor(
    SEARCH_CURSOR,
    after,
    (key): key is [number] =>
      key.length === 1 && Number.isInteger(key[0]) && (key[0] as number) >= 0,
  );
  return offset;
}

/**
 * Checks every value of a SearchInput and normalizes it. Anything wrong is BAD_USER_INPUT
 * with a French message naming the field and the value; nothing reaches Meilisearch unchecked.
 */
export function toSearchQuery(input: SearchInput): SearchQuery {
  const text = (input.text ?? '').replace(/\s+/g, ' ').trim();
  if (text.length > MAX_TEXT_LENGTH)
    invalid(
      'text',
      `Texte de recherche trop long : ${text.length} caractères (au plus ${MAX_TEXT_LENGTH}).`,
    );

  const domains = list(
    'domains',
    input.domains,
    (v) => (isDomainSlug(v) ? v : undefined),
    (v) =>
      `Domaine inconnu : ${shown(v)}. Les domaines possibles sont donnés par la requête « taxonomy ».`,
  );
  const activities = list(
    'activities',
    input.activities,
    (v) => (isActivitySlug(v) ? v : undefined),
    (v) =>
      `Activité inconnue : ${shown(v)}. Les activités possibles sont données par la requête « taxonomy ».`,
  );
  const departmentCodes = list(
    'departmentCodes',
    input.departmentCodes,
    (v) => {
      const code = /^\d$/.test(v) ? `0${v}` : v.toUpperCase();
      return departmentByCode(code) ? code : undefined;
    },
    (v) => `Code de département inconnu : ${shown(v)} (codes INSEE : « 75 », « 2A », « 971 »…).`,
  );
  const partnerSlugs = list(
    'partnerSlugs',
    input.partnerSlugs,
    (v) => (PARTNER_SLUG.test(v) ? v : undefined),
    (v) =>
      `Identifiant de plateforme invalide : ${shown(v)} (lettres minuscules, chiffres et tirets).`,
  );
  const remote = [...new Set(input.remote ?? [])];
  if (remote.some((mode) => !Object.values(RemoteMode).includes(mode)))
    invalid('remote', 'Mode de présence inconnu.');

  let near: GeoPoint | null = null;
  if (input.near) {
    near = { lat: latitude('near', input.near.lat), lon: longitude('near', input.near.lon) };
  }
  let radiusKm = DEFAULT_RADIUS_KM;
  if (input.radiusKm !== null && input.radiusKm !== undefined) {
    if (!near) invalid('radiusKm', '« radiusKm » s’utilise avec « near ».');
    if (!finite(input.radiusKm) || input.radiusKm <= 0 || input.radiusKm > MAX_RADIUS_KM)
      invalid(
        'radiusKm',
        `Rayon invalide : ${input.radiusKm} km (attendu plus de 0 et au plus ${MAX_RADIUS_KM.toLocaleString('fr-FR')} km).`,
        input.radiusKm,
      );
    radiusKm = input.radiusKm;
  }

  let bounds: Bounds | null = null;
  if (input.bounds) {
    const b = input.bounds;
    bounds = {
      south: latitude('bounds', b.south),
      north: latitude('bounds', b.north),
      west: longitude('bounds', b.west),
      east: longitude('bounds', b.east),
    };
    if (bounds.south >= bounds.north)
      invalid('bounds', 'Zone invalide : « south » doit être inférieur à « north ».');
    if (bounds.west >= bounds.east)
      invalid('bounds', 'Zone invalide : « west » doit être inférieur à « east ».');
  }

  const availableFrom = input.availableFrom ?? null;
  const availableUntil = input.availableUntil ?? null;
  if (availableFrom && availableUntil && availableFrom > availableUntil)
    invalid('availableUntil', 'La date « availableUntil » précède « availableFrom ».');

  const sort = input.sort ?? SearchSort.RELEVANCE;
  if (sort === SearchSort.DISTANCE && !near)
    invalid('sort', 'Le tri par distance demande un point de départ (« near »).');

  const first = pageSize(input.first);
  const offset = offsetOf(input.after);
  if (offset > MAX_TOTAL_HITS)
    invalid(
      'after',
      `Au-delà de ${MAX_TOTAL_HITS.toLocaleString('fr-FR')} résultats, affinez la recherche.`,
    );

  return {
    text,
    kind: input.kind ?? null,
    domains,
    activities,
    remote,
    departmentCodes,
    partnerSlugs,
    near,
    radiusKm,
    bounds,
    availableFrom,
    availableUntil,
    openToMinors: input.openToMinors ?? null,
    reducedMobilityAccessible: input.reducedMobilityAccessible ?? null,
    sort,
    first,
    offset,
  };
}
