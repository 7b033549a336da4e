/**
 * The fixed mix of `search` inputs of the search benchmark: deterministic (seeded), built from
 * the vocabulary of bench/ingest's feed generator so that the words, places and filters exist
 * in the data. Text (French words, typos, accents left out, synonyms, a city name), filters
 * (kind, domains, activities, departments, remote), around a point (`near` + `radiusKm`), in a
 * map viewport (`bounds`), the four sorts, facets requested or not, pages of 20.
 */
import { ACTIVITIES, DOMAINS } from '@passerelle/shared-domain';
import { COMMUNES, TITLE_STEMS, type BenchCommune } from '../ingest/feed-vocabulary';
import { rngFor, type Rng } from '../ingest/generate-feed';

export interface BenchSearchInput {
  text?: string;
  kind?: 'NEED' | 'OFFER';
  domains?: string[];
  activities?: string[];
  remote?: Array<'ONSITE' | 'HYBRID' | 'REMOTE'>;
  departmentCodes?: string[];
  near?: { lat: number; lon: number };
  radiusKm?: number;
  bounds?: { south: number; west: number; north: number; east: number };
  sort?: 'RELEVANCE' | 'DISTANCE' | 'NEWEST' | 'STARTING_SOON';
  first: number;
}

export interface BenchQuery {
  /** What the query exercises, for the per-category figures. */
  category: string;
  input: BenchSearchInput;
  /** Whether the GraphQL selection asks for `facets` (the search page does, its next pages do not). */
  facets: boolean;
}

const STREAM_QUERIES = 4;

/** Words of 5 letters or more of the generator's titles: what volunteers type. */
const WORDS = [
  ...new Set(
    Object.values(TITLE_STEMS)
      .flat()
      .flatMap((title) => title.toLowerCase().split(/[\s'’,.-]+/))
      .filter((word) => word.length >= 5),
  ),
].sort();

/** Expressions of the synonym groups and common short queries. */
const PHRASES = [
  'aide alimentaire',
  'soutien scolaire',
  'aide aux devoirs',
  'sdf',
  'sans abri',
  'ehpad',
  'maison de retraite',
  'personnes âgées',
  'épicerie solidaire',
  'benevolat',
  'migrants',
  'numérique',
  'premiers secours',
  'environnement',
  'sport',
  'animaux',
];

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/** One typo, as typed on a phone: two letters swapped, one dropped or one doubled. */
function typo(rng: Rng, word: string): string {
  if (word.length < 6) return word;
  const at = rng.int(1, word.length - 3);
  switch (rng.int(0, 2)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    default:
      return word.slice(0, at) + word[at] + word.slice(at);
  }
}

function text(rng: Rng): string {
  if (rng.chance(0.25)) return rng.pick(PHRASES);
  const words = rng.sample(WORDS, rng.int(1, 3));
  let result = words.map((word) => (rng.chance(0.15) ? typo(rng, word) : word)).join(' ');
  if (rng.chance(0.3)) result = withoutAccents(result);
  if (rng.chance(0.1)) result = `${result} ${rng.pick(COMMUNES).name}`;
  return result;
}

const communeWeights = COMMUNES.reduce((sum, commune) => sum + commune.weight, 0);
/** Weighted as the generator weights them: people search where the missions are. */
function commune(rng: Rng): BenchCommune {
  let target = rng.next() * communeWeights;
  for (const c of COMMUNES) {
    target -= c.weight;
    if (target < 0) return c;
  }
  return COMMUNES[COMMUNES.length - 1]!;
}

function filters(rng: Rng, input: BenchSearchInput, count: number) {
  const kinds = ['domains', 'activities', 'departments', 'remote', 'kind'] as const;
  for (const what of rng.sample(kinds, count)) {
    switch (what) {
      case 'domains':
        input.domains = rng.sample(DOMAINS, rng.int(1, 2)).map((d) => d.slug);
        break;
      case 'activities':
        input.activities = rng.sample(ACTIVITIES, rng.int(1, 2)).map((a) => a.slug);
        break;
      case 'departments':
        input.departmentCodes = [
          ...new Set([commune(rng).departmentCode, commune(rng).departmentCode]),
        ].slice(0, rng.int(1, 2));
        break;
      case 'remote':
        input.remote = rng.chance(0.5) ? ['REMOTE'] : ['ONSITE', 'HYBRID'];
        break;
      case 'kind':
        input.kind = rng.chance(0.85) ? 'NEED' : 'OFFER';
        break;
    }
  }
}

/** A map viewport around a commune: a city (~20 × 10 km) or a region (~300 × 200 km). */
function bounds(rng: Rng) {
  const c = commune(rng);
  const [dLat, dLon] = rng.chance(0.6) ? [0.05, 0.13] : [1.0, 2.0];
  return { south: c.lat - dLat, west: c.lon - dLon, north: c.lat + dLat, east: c.lon + dLon };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export function queryAt(seed: number, index: number): BenchQuery {
  const rng = rngFor(seed, STREAM_QUERIES, index);
  const input: BenchSearchInput = { first: 20 };
  const draw = rng.next();
  let category: string;
  if (draw < 0.25) {
    category = 'text';
    input.text = text(rng);
  } else if (draw < 0.4) {
    category = 'text + filters';
    input.text = text(rng);
    filters(rng, input, rng.int(1, 2));
  } else if (draw < 0.5) {
    category = 'filters';
    filters(rng, input, rng.int(1, 3));
  } else if (draw < 0.7) {
    category = 'near';
    const c = commune(rng);
    // A little off the centroid: an address, not the town hall.
    input.near = {
      lat: round4(c.lat + (rng.next() - 0.5) * 0.04),
      lon: round4(c.lon + (rng.next() - 0.5) * 0.06),
    };
    input.radiusKm = rng.pick([5, 10, 25, 50]);
    if (rng.chance(0.5)) input.text = text(rng);
    if (rng.chance(0.3)) filters(rng, input, 1);
    if (rng.chance(0.5)) input.sort = 'DISTANCE';
  } else if (draw < 0.85) {
    category = 'bounds';
    input.bounds = bounds(rng);
    if (rng.chance(0.4)) input.text = text(rng);
    if (rng.chance(0.3)) filters(rng, input, 1);
  } else {
    category = 'browse';
    if (rng.chance(0.4)) filters(rng, input, 1);
  }
  if (!input.sort && rng.chance(0.2)) input.sort = rng.pick(['NEWEST', 'STARTING_SOON'] as const);
  return { category, input, facets: rng.chance(0.6) };
}

export function queryMix(seed: number, count: number): BenchQuery[] {
  return Array.from({ length: count }, (_, index) => queryAt(seed, index));
}
