import { createHash } from 'node:crypto';
import type { Settings } from 'meilisearch';
import { CELL_LEVELS, cellAttribute } from '../map/map-grid';

/**
 * Version of the document shape written by `toSearchDocuments`. Bump it when the mapper
 * changes: like a settings change, it makes the next worker start rebuild the index.
 */
export const DOCUMENT_VERSION = 3;

/**
 * Groups of equivalent expressions, as volunteers type them. Each group becomes a mutual
 * synonym list. Grow it from real queries (docs/search.md says how).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['sdf', 'sans-abri', 'sans abri', 'sans domicile fixe', 'sans-domicile'],
  ['ehpad', 'maison de retraite', 'maisons de retraite'],
  ['aide aux devoirs', 'soutien scolaire', 'accompagnement scolaire'],
  ['aide alimentaire', 'distribution alimentaire', 'banque alimentaire', 'colis alimentaires'],
  ['épicerie solidaire', 'épicerie sociale'],
  ['restos du coeur', 'restaurants du coeur', 'restos du cœur'],
  ['personnes âgées', 'seniors', 'aînés'],
  ['migrants', 'exilés', 'réfugiés'],
  ['fle', 'français langue étrangère'],
  ['premiers secours', 'secourisme', 'psc1'],
  ['covid', 'covid-19', 'coronavirus'],
  ['numérique', 'informatique'],
];

/** Common French function words: they match nearly every listing, so they do not count. */
const FRENCH_STOP_WORDS = [
  'a', 'à', 'afin', 'au', 'aux', 'avec', 'c', 'ça', 'ce', 'ces', 'cet', 'cette', 'd', 'dans',
  'de', 'des', 'du', 'elle', 'elles', 'en', 'est', 'et', 'être', 'eu', 'il', 'ils', 'j', 'je',
  'l', 'la', 'le', 'les', 'leur', 'leurs', 'lui', 'm', 'ma', 'mais', 'me', 'mes', 'moi', 'mon',
  'n', 'ne', 'nos', 'notre', 'nous', 'on', 'ou', 'par', 'pas', 'pour', 'qu', 'que', 'qui', 's',
  'sa', 'se', 'ses', 'son', 'sur', 't', 'ta', 'te', 'tes', 'toi', 'ton', 'tu', 'un', 'une',
  'vos', 'votre', 'vous', 'y',
]; // prettier-ignore

const words = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[\s'’-]+/)
    .filter(Boolean);

/**
 * Stop words inside a multi-word synonym break it in Meilisearch 1.21 (checked: with `de` a
 * stop word, « maison de retraite » no longer finds « EHPAD »). Such words are kept searchable.
 */
export const STOP_WORDS: readonly string[] = (() => {
  const inSynonyms = new Set(SYNONYM_GROUPS.flat().flatMap(words));
  return FRENCH_STOP_WORDS.filter((word) => !inSynonyms.has(word)).sort();
})();

/** The groups as Meilisearch wants them: every expression → all the others of its group. */
export function synonymMap(groups: readonly (readonly string[])[] = SYNONYM_GROUPS) {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group) {
      const others = group.filter((other) => other !== term);
      map[term] = [...new Set([...(map[term] ?? []), ...others])].sort();
    }
  }
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => a.localeCompare(b)));
}

/** Attributes a facet or filter may name (each identical on every document of a listing). */
export const FACET_ATTRIBUTES = [
  'kind',
  'domain',
  'activities',
  'remote',
  'departmentCodes',
  'partnerSlugs',
] as const;
export type FacetAttribute = (typeof FACET_ATTRIBUTES)[number];

/** Largest `offset + limit` a search can reach (Meilisearch's `pagination.maxTotalHits`). */
export const MAX_TOTAL_HITS = 10_000;

/** The index settings: code, applied by a rebuild when their hash changes. */
export const INDEX_SETTINGS: Settings = {
  searchableAttributes: [
    'title',
    'tags',
    'activityLabels',
    'domainLabel',
    'summary',
    'organizationName',
    'cities',
    'postalCodes',
    'departmentNames',
    'description',
  ],
  filterableAttributes: [
    'listingId',
    'position',
    'documentCount',
    ...FACET_ATTRIBUTES,
    'regionCodes',
    'startsAt',
    'endsAt',
    'openToMinors',
    'reducedMobilityAccessible',
    '_geo',
    // The map: `id` as a search-time distinct (one result per place), the grid cells as facets.
    'id',
    ...CELL_LEVELS.map(cellAttribute),
  ],
  sortableAttributes: ['_geo', 'newestAt', 'startsAt'],
  // `sort` right after `words`: an explicit sort (distance, date) orders results that match
  // as many query words, before typos and proximity do.
  rankingRules: ['words', 'sort', 'typo', 'proximity', 'attribute', 'exactness'],
  distinctAttribute: 'listingId',
  stopWords: [...STOP_WORDS],
  synonyms: synonymMap(),
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnAttributes: ['postalCodes'],
    disableOnNumbers: true,
  },
  // 10,000: the map's finer cells in a viewport (a screen holds at most ~8,000 of them).
  faceting: { maxValuesPerFacet: 10_000, sortFacetValuesBy: { '*': 'count' } },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  proximityPrecision: 'byWord',
  localizedAttributes: [{ attributePatterns: ['*'], locales: ['fra'] }],
};

/** Hash of the settings and the document version, stored next to the index. */
export function settingsHash(
  settings: Settings = INDEX_SETTINGS,
  documentVersion = DOCUMENT_VERSION,
): string {
  return createHash('sha256')
    .update(JSON.stringify({ settings, documentVersion }))
    .digest('hex')
    .slice(0, 16);
}
