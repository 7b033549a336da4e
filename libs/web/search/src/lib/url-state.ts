/**
 * The state of the search page lives in its URL, with French parameter names, so a search can be
 * shared, bookmarked and walked back with the browser's buttons. These functions are the only
 * translation between the query string, the page state and the API's SearchInput: pure, and
 * forgiving — a value that cannot be read is ignored, never an error page.
 *
 *   q            words                          "jardin partagé"
 *   type         missions | offres              kind NEED | OFFER
 *   domaines     domain slugs, comma-separated  sante,culture-loisirs
 *   activites    activity slugs
 *   distance     sur-place, mixte, a-distance   remote ONSITE | HYBRID | REMOTE
 *   departements INSEE department codes         69,2A,974
 *   plateformes  partner slugs
 *   du, au       YYYY-MM-DD                     availableFrom, availableUntil
 *   mineurs=oui  open to minors
 *   pmr=oui      reduced mobility access
 *   lieu, lat, lon   the place searched around (label shown, point searched)
 *   rayon        5 | 10 | 25 | 50 | 100 km      (25 when absent)
 *   zone         south,west,north,east          bounds: the map's « Rechercher dans cette zone »
 *   tri          pertinence | distance | recentes | bientot
 *   page         pages shown by "Afficher plus de résultats" (1 when absent)
 *
 * `page` is the number of pages of 20 shown, not a page number: the API's cursors are opaque, so
 * a restored URL asks for the first 20 × page results in one request (up to MAX_RESTORED_PAGES),
 * then "load more" continues from the last cursor.
 */
import { isActivitySlug, isDomainSlug } from '@passerelle/shared-domain';
import type { ListingKind, RemoteMode, SearchInput, SearchSort } from '@passerelle/web-data-access';

export const PAGE_SIZE = 20;
/** 5 × 20 = 100, the API's largest page. */
export const MAX_RESTORED_PAGES = 5;
export const RADII_KM = [5, 10, 25, 50, 100] as const;
export type RadiusKm = (typeof RADII_KM)[number];
export const DEFAULT_RADIUS_KM: RadiusKm = 25;
export const MAX_TEXT_LENGTH = 200;
const MAX_LABEL_LENGTH = 120;
const MAX_VALUES = 50;

export interface SearchPlace {
  /** What the place field shows: "Lyon 3e Arrondissement (69003)", "Autour de moi". */
  readonly label: string;
  readonly lat: number;
  readonly lon: number;
}

/** A map viewport, WGS 84 degrees. */
export interface SearchZone {
  readonly south: number;
  readonly west: number;
  readonly north: number;
  readonly east: number;
}

export interface SearchUrlState {
  readonly q: string;
  readonly kind: ListingKind | null;
  readonly domains: readonly string[];
  readonly activities: readonly string[];
  readonly remote: readonly RemoteMode[];
  readonly departments: readonly string[];
  readonly partners: readonly string[];
  /** YYYY-MM-DD */
  readonly from: string | null;
  readonly until: string | null;
  readonly openToMinors: boolean;
  readonly reducedMobility: boolean;
  readonly place: SearchPlace | null;
  readonly radiusKm: RadiusKm;
  /** The map zone searched in (« Rechercher dans cette zone »); absent: anywhere. */
  readonly zone?: SearchZone | null;
  readonly sort: SearchSort;
  /** Pages of PAGE_SIZE shown, from 1. */
  readonly page: number;
}

export const EMPTY_SEARCH: SearchUrlState = {
  q: '',
  kind: null,
  domains: [],
  activities: [],
  remote: [],
  departments: [],
  partners: [],
  from: null,
  until: null,
  openToMinors: false,
  reducedMobility: false,
  place: null,
  radiusKm: DEFAULT_RADIUS_KM,
  sort: 'RELEVANCE',
  page: 1,
};

const KIND_PARAMS: Record<ListingKind, string> = { NEED: 'missions', OFFER: 'offres' };

const REMOTE_PARAMS: Record<RemoteMode, string> = {
  ONSITE: 'sur-place',
  HYBRID: 'mixte',
  REMOTE: 'a-distance',
};

const SORT_PARAMS: Record<SearchSort, string> = {
  RELEVANCE: 'pertinence',
  DISTANCE: 'distance',
  NEWEST: 'recentes',
  STARTING_SOON: 'bientot',
};

const invert = <K extends string>(record: Record<K, string>): ReadonlyMap<string, K> =>
  new Map(Object.entries(record).map(([key, param]) => [param as string, key as K]));

const KIND_OF = invert(KIND_PARAMS);
const REMOTE_OF = invert(REMOTE_PARAMS);
const SORT_OF = invert(SORT_PARAMS);

/** INSEE codes of the departments and overseas collectivities (no `20`: Corsica is 2A / 2B). */
const DEPARTMENT_CODE = /^(0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[4678])$/;
const PARTNER_SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const YES = new Set(['oui', '1', 'true']);

/** Every value of a list parameter: repeated (`a=1&a=2`) or comma-separated (`a=1,2`). */
function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/** The values that pass `read`, once each, in their order; at most MAX_VALUES. */
function readList<T>(values: readonly string[], read: (value: string) => T | undefined): T[] {
  const kept: T[] = [];
  for (const value of values) {
    const item = read(value);
    if (item !== undefined && !kept.includes(item)) kept.push(item);
    if (kept.length === MAX_VALUES) break;
  }
  return kept;
}

/** A real calendar day written YYYY-MM-DD (not 2027-02-30), or null. */
export function readIsoDay(value: string | null | undefined): string | null {
  const match = ISO_DAY.exec(value?.trim() ?? '');
  if (!match) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid =
    year >= 2000 &&
    year <= 2100 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return valid ? (value as string).trim() : null;
}

function readNumber(value: string | null, min: number, max: number): number | null {
  if (value === null || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= min && number <= max ? number : null;
}

const singleLine = (value: string, max: number) => value.replace(/\s+/g, ' ').trim().slice(0, max);

function readPlace(params: URLSearchParams): SearchPlace | null {
  const lat = readNumber(params.get('lat'), -90, 90);
  const lon = readNumber(params.get('lon'), -180, 180);
  if (lat === null || lon === null) return null;
  const label = singleLine(params.get('lieu') ?? '', MAX_LABEL_LENGTH) || 'Lieu choisi';
  return { label, lat, lon };
}

/** `zone=south,west,north,east`, a box of the world with south < north and west < east. */
function readZone(value: string | null): SearchZone | null {
  const parts = (value ?? '').split(',').map((part) => readNumber(part, -180, 180));
  if (parts.length !== 4 || parts.some((part) => part === null)) return null;
  const [south, west, north, east] = parts as [number, number, number, number];
  const ok = south >= -90 && north <= 90 && south < north && west < east;
  return ok ? { south, west, north, east } : null;
}

function readRadius(value: string | null): RadiusKm {
  const number = Number(value);
  return (RADII_KM as readonly number[]).includes(number)
    ? (number as RadiusKm)
    : DEFAULT_RADIUS_KM;
}

function readPage(value: string | null): number {
  if (value === null || !/^\d+$/.test(value.trim())) return 1;
  const page = Number(value);
  return page < 1 ? 1 : Math.min(page, MAX_RESTORED_PAGES);
}

/** Reads the query string of /recherche; anything unreadable is left out. */
export function parseSearchParams(params: URLSearchParams): SearchUrlState {
  const place = readPlace(params);
  const zone = readZone(params.get('zone'));
  const from = readIsoDay(params.get('du'));
  let until = readIsoDay(params.get('au'));
  if (from && until && until < from) until = null;
  let sort = SORT_OF.get(params.get('tri')?.trim().toLowerCase() ?? '') ?? 'RELEVANCE';
  if (sort === 'DISTANCE' && !place) sort = 'RELEVANCE';

  return {
    q: singleLine(params.get('q') ?? '', MAX_TEXT_LENGTH),
    kind: KIND_OF.get(params.get('type')?.trim().toLowerCase() ?? '') ?? null,
    domains: readList(listParam(params, 'domaines'), (v) => (isDomainSlug(v) ? v : undefined)),
    activities: readList(listParam(params, 'activites'), (v) =>
      isActivitySlug(v) ? v : undefined,
    ),
    remote: readList(listParam(params, 'distance'), (v) => REMOTE_OF.get(v.toLowerCase())),
    departments: readList(listParam(params, 'departements'), (v) => {
      const code = /^\d$/.test(v) ? `0${v}` : v.toUpperCase();
      return DEPARTMENT_CODE.test(code) ? code : undefined;
    }),
    partners: readList(listParam(params, 'plateformes'), (v) =>
      PARTNER_SLUG.test(v) ? v : undefined,
    ),
    from,
    until,
    openToMinors: YES.has(params.get('mineurs')?.trim().toLowerCase() ?? ''),
    reducedMobility: YES.has(params.get('pmr')?.trim().toLowerCase() ?? ''),
    place,
    radiusKm: readRadius(params.get('rayon')),
    ...(zone ? { zone } : {}),
    sort,
    page: readPage(params.get('page')),
  };
}

/** Query-string encoding that keeps commas and writes spaces as "+", for readable URLs. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%20/g, '+');
}

/** 45.764043 → "45.76404": five decimals, a metre or so. */
const coordinate = (value: number) => String(Math.round(value * 1e5) / 1e5);

/**
 * The query string of a state ("?q=jardin&domaines=sante,culture-loisirs"), defaults left out,
 * parameters in a fixed order so that one search has one URL. Empty state: "".
 */
export function formatSearchParams(state: SearchUrlState): string {
  const pairs: Array<[string, string]> = [];
  const add = (name: string, value: string | null | undefined) => {
    if (value) pairs.push([name, value]);
  };
  add('q', state.q.trim());
  add('type', state.kind && KIND_PARAMS[state.kind]);
  add('domaines', state.domains.join(','));
  add('activites', state.activities.join(','));
  add('distance', state.remote.map((mode) => REMOTE_PARAMS[mode]).join(','));
  add('departements', state.departments.join(','));
  add('plateformes', state.partners.join(','));
  add('du', state.from);
  add('au', state.until);
  add('mineurs', state.openToMinors ? 'oui' : null);
  add('pmr', state.reducedMobility ? 'oui' : null);
  if (state.place) {
    add('lieu', state.place.label);
    add('lat', coordinate(state.place.lat));
    add('lon', coordinate(state.place.lon));
  }
  add('rayon', state.radiusKm === DEFAULT_RADIUS_KM ? null : String(state.radiusKm));
  const zone = state.zone;
  add('zone', zone && [zone.south, zone.west, zone.north, zone.east].map(coordinate).join(','));
  const sort = state.sort === 'DISTANCE' && !state.place ? 'RELEVANCE' : state.sort;
  add('tri', sort === 'RELEVANCE' ? null : SORT_PARAMS[sort]);
  add('page', state.page > 1 ? String(state.page) : null);
  return pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${k}=${encode(v)}`).join('&')}`;
}

/** The path of a search: "/recherche?q=…". */
export function searchPath(state: Partial<SearchUrlState> = {}): string {
  return `/recherche${formatSearchParams({ ...EMPTY_SEARCH, ...state })}`;
}

/**
 * The API input of a state: what the search is (no cursor), with `first` covering the pages
 * shown. Fields are left out rather than null, so equal searches give equal variables.
 */
export function toSearchInput(state: SearchUrlState): SearchInput {
  const input: SearchInput = {};
  if (state.q) input.text = state.q;
  if (state.kind) input.kind = state.kind;
  if (state.domains.length) input.domains = [...state.domains];
  if (state.activities.length) input.activities = [...state.activities];
  if (state.remote.length) input.remote = [...state.remote];
  if (state.departments.length) input.departmentCodes = [...state.departments];
  if (state.partners.length) input.partnerSlugs = [...state.partners];
  if (state.from) input.availableFrom = state.from;
  if (state.until) input.availableUntil = state.until;
  if (state.openToMinors) input.openToMinors = true;
  if (state.reducedMobility) input.reducedMobilityAccessible = true;
  if (state.place) {
    input.near = { lat: state.place.lat, lon: state.place.lon };
    input.radiusKm = state.radiusKm;
  }
  if (state.zone) input.bounds = { ...state.zone };
  const sort = state.sort === 'DISTANCE' && !state.place ? 'RELEVANCE' : state.sort;
  if (sort !== 'RELEVANCE') input.sort = sort;
  input.first = PAGE_SIZE * Math.min(Math.max(1, state.page), MAX_RESTORED_PAGES);
  return input;
}

/**
 * A new search from the current one: the changes applied, back to the first page, and the
 * distance sort dropped with the place it needs.
 */
export function changeSearch(
  state: SearchUrlState,
  changes: Partial<Omit<SearchUrlState, 'page'>>,
): SearchUrlState {
  const next: SearchUrlState = { ...state, ...changes, page: 1 };
  return next.sort === 'DISTANCE' && !next.place ? { ...next, sort: 'RELEVANCE' } : next;
}

/** The list with the value added, or removed when it was there. */
export function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

/** The filters of the sidebar, set back to nothing (words, place, radius and sort kept). */
export function withoutFilters(state: SearchUrlState): SearchUrlState {
  return changeSearch(state, {
    kind: null,
    domains: [],
    activities: [],
    remote: [],
    departments: [],
    partners: [],
    from: null,
    until: null,
    openToMinors: false,
    reducedMobility: false,
  });
}

/** How many filters of the sidebar are set (each value of a list counts). */
export function activeFilterCount(state: SearchUrlState): number {
  return (
    (state.kind ? 1 : 0) +
    state.domains.length +
    state.activities.length +
    state.remote.length +
    state.departments.length +
    state.partners.length +
    (state.from ? 1 : 0) +
    (state.until ? 1 : 0) +
    (state.openToMinors ? 1 : 0) +
    (state.reducedMobility ? 1 : 0)
  );
}
