import { canonicalEncoding, normalizeKey, type ItemIssue } from '@passerelle/connectors-core';

/**
 * A partner's field mapping for JSON and CSV feeds, configured by operators through the API
 * (`configureFeed(input: { mapping })`) and checked with `validateFieldMapping`.
 */

/** Every `ListingInput` path a source field can be mapped to. */
export const MAPPED_FIELDS = [
  'externalId',
  'kind',
  'title',
  'description',
  'applyUrl',
  'url',
  'domain',
  'activities',
  'tags',
  'remote',
  'places',
  'schedule',
  'startsAt',
  'endsAt',
  'postedAt',
  'openToMinors',
  'reducedMobilityAccessible',
  'closeToTransport',
  'imageUrl',
  'street',
  'postalCode',
  'city',
  'cityCode',
  'departmentCode',
  'lat',
  'lon',
  'organization.externalId',
  'organization.name',
  'organization.rna',
  'organization.siren',
  'organization.url',
] as const;

export type MappedField = (typeof MAPPED_FIELDS)[number];

/** Fields without which no item of the feed can be valid: a mapping must name them. */
export const REQUIRED_FIELDS: readonly MappedField[] = [
  'externalId',
  'title',
  'description',
  'applyUrl',
];

export type RemoteModeName = 'ONSITE' | 'HYBRID' | 'REMOTE';
export type ListingKindName = 'NEED' | 'OFFER';

export interface ValueCrosswalks {
  domain?: Record<string, string>;
  activities?: Record<string, string>;
  remote?: Record<string, RemoteModeName>;
  kind?: Record<string, ListingKindName>;
}

export interface FieldMapping {
  /** Target `ListingInput` path → source field: a CSV column name, or a JSON key or dotted path (`organisation.nom`). */
  fields: Partial<Record<MappedField, string>>;
  /** Partner value → Passerelle value. Keys are compared case- and accent-insensitively; values not found are kept as written. */
  values?: ValueCrosswalks;
  /** Separator of `activities` and `tags` written as one text value. Default `,`. */
  listSeparator?: string;
  /** Encoding of the feed when it has no byte order mark. Default UTF-8; `ISO-8859-1` is read as windows-1252. */
  encoding?: string;
}

export type FieldMappingValidation =
  { ok: true; mapping: FieldMapping } | { ok: false; errors: ItemIssue[] };

const MAPPING_KEYS = new Set(['fields', 'values', 'listSeparator', 'encoding']);
const CROSSWALK_TARGETS: Record<keyof ValueCrosswalks, readonly string[] | undefined> = {
  domain: undefined,
  activities: undefined,
  remote: ['ONSITE', 'HYBRID', 'REMOTE'],
  kind: ['NEED', 'OFFER'],
};
const MAX_SOURCE_LENGTH = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMappedField(name: string): name is MappedField {
  return (MAPPED_FIELDS as readonly string[]).includes(name);
}

/** Checks a mapping received as JSON and returns a clean copy, or every problem found (French messages). */
export function validateFieldMapping(mapping: unknown): FieldMappingValidation {
  const errors: ItemIssue[] = [];
  const error = (path: string, code: string, message: string) =>
    errors.push({ path, code, message });
  if (!isRecord(mapping)) {
    error('', 'MAPPING_NOT_AN_OBJECT', 'La correspondance des champs doit être un objet JSON.');
    return { ok: false, errors };
  }
  for (const key of Object.keys(mapping)) {
    if (!MAPPING_KEYS.has(key)) {
      error(
        key,
        'MAPPING_UNKNOWN_KEY',
        `Clé inconnue « ${key} » (attendu : fields, values, listSeparator, encoding).`,
      );
    }
  }
  const clean: FieldMapping = { fields: {} };

  if (!isRecord(mapping['fields'])) {
    error(
      'fields',
      'MAPPING_FIELDS_MISSING',
      '« fields » doit être un objet : champ Passerelle → champ du flux.',
    );
  } else {
    for (const [target, source] of Object.entries(mapping['fields'])) {
      if (!isMappedField(target)) {
        error(
          `fields.${target}`,
          'MAPPING_UNKNOWN_FIELD',
          `Champ Passerelle inconnu « ${target} ».`,
        );
      } else if (
        typeof source !== 'string' ||
        source.trim().length === 0 ||
        source.length > MAX_SOURCE_LENGTH
      ) {
        error(
          `fields.${target}`,
          'MAPPING_INVALID_SOURCE',
          `Le champ source de « ${target} » doit être un texte non vide de ${MAX_SOURCE_LENGTH} caractères au plus.`,
        );
      } else {
        clean.fields[target] = source.trim();
      }
    }
    for (const required of REQUIRED_FIELDS) {
      if (mapping['fields'][required] === undefined) {
        error(
          `fields.${required}`,
          'MAPPING_REQUIRED_FIELD',
          `Le champ obligatoire « ${required} » n'est associé à aucun champ du flux.`,
        );
      }
    }
  }

  const values = mapping['values'];
  if (values !== undefined) {
    if (!isRecord(values)) {
      error(
        'values',
        'MAPPING_INVALID_CROSSWALK',
        '« values » doit être un objet (domain, activities, remote, kind).',
      );
    } else {
      clean.values = {};
      for (const [name, table] of Object.entries(values)) {
        const crosswalk = validateCrosswalk(name, table, error);
        if (crosswalk) Object.assign(clean.values, { [name]: crosswalk });
      }
    }
  }

  const separator = mapping['listSeparator'];
  if (separator !== undefined) {
    if (typeof separator !== 'string' || separator.length === 0 || separator.length > 5) {
      error(
        'listSeparator',
        'MAPPING_INVALID_SEPARATOR',
        'Le séparateur de liste doit faire de 1 à 5 caractères.',
      );
    } else {
      clean.listSeparator = separator;
    }
  }

  const encoding = mapping['encoding'];
  if (encoding !== undefined) {
    if (typeof encoding !== 'string' || !canonicalEncoding(encoding)) {
      error(
        'encoding',
        'MAPPING_INVALID_ENCODING',
        `Encodage non pris en charge : ${JSON.stringify(encoding)} (ex. UTF-8, ISO-8859-1, windows-1252).`,
      );
    } else {
      clean.encoding = encoding;
    }
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, mapping: clean };
}

function validateCrosswalk(
  name: string,
  table: unknown,
  error: (path: string, code: string, message: string) => void,
): Record<string, string> | undefined {
  if (!(name in CROSSWALK_TARGETS)) {
    error(
      `values.${name}`,
      'MAPPING_INVALID_CROSSWALK',
      `Table de correspondance inconnue « ${name} » (attendu : domain, activities, remote, kind).`,
    );
    return undefined;
  }
  if (!isRecord(table)) {
    error(
      `values.${name}`,
      'MAPPING_INVALID_CROSSWALK',
      `« values.${name} » doit être un objet : valeur du partenaire → valeur Passerelle.`,
    );
    return undefined;
  }
  const allowed = CROSSWALK_TARGETS[name as keyof ValueCrosswalks];
  const clean: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const [key, target] of Object.entries(table)) {
    const path = `values.${name}.${key}`;
    if (typeof target !== 'string' || target.trim().length === 0) {
      error(
        path,
        'MAPPING_INVALID_VALUE',
        `La valeur associée à « ${key} » doit être un texte non vide.`,
      );
      continue;
    }
    if (allowed && !allowed.includes(target)) {
      error(
        path,
        'MAPPING_INVALID_VALUE',
        `Valeur « ${target} » invalide pour ${name} (attendu : ${allowed.join(', ')}).`,
      );
      continue;
    }
    const normalized = normalizeKey(key);
    const previous = seen.get(normalized);
    if (previous !== undefined && previous !== target) {
      error(
        path,
        'MAPPING_DUPLICATE_KEY',
        `« ${key} » est déjà associé à « ${previous} » (majuscules et accents ne comptent pas).`,
      );
      continue;
    }
    seen.set(normalized, target);
    clean[key] = target.trim();
  }
  return clean;
}
