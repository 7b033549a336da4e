/**
 * Readers of the single fields of a ListingInput: each returns the normalized value and
 * reports what it had to refuse or change on the collector.
 */
import { ListingKind, RemoteMode } from '@passerelle/shared-domain';
import { parseLenientDate } from './dates';
import { htmlToPlainText, sanitizeDescription, sanitizedDescriptionText } from './html';
import { IngestErrorCode, type IssueCollector } from './ingest.errors';
import type { TaxonomyResolver } from './taxonomy-crosswalk';
import { cleanText, displayValue, labelKey, stripControlCharacters } from './text';
import { normalizeHttpUrl } from './urls';

export const EXTERNAL_ID_MAX_LENGTH = 200;
export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 20_000;
/** Beyond this raw size the description is refused without being parsed. */
const DESCRIPTION_RAW_LIMIT = 200_000;

export function readExternalId(value: unknown, issues: IssueCollector): string | null {
  const id = cleanText(value, 'externalId', issues);
  if (!id) issues.error(IngestErrorCode.EXTERNAL_ID_MISSING, 'externalId');
  else if (id.length > EXTERNAL_ID_MAX_LENGTH)
    issues.error(IngestErrorCode.EXTERNAL_ID_TOO_LONG, 'externalId');
  return id;
}

/** Plain-text title: HTML tags removed and entities decoded (`Aide &amp; écoute`). */
export function readTitle(value: unknown, issues: IssueCollector): string | null {
  let title = cleanText(value, 'title', issues);
  if (title && /[<&]/.test(title)) title = htmlToPlainText(title) || null;
  if (!title) {
    issues.error(IngestErrorCode.TITLE_MISSING, 'title');
    return null;
  }
  if (title.length > TITLE_MAX_LENGTH) issues.error(IngestErrorCode.TITLE_TOO_LONG, 'title');
  else if (title.length < 5 || !title.includes(' '))
    issues.warning(IngestErrorCode.TITLE_TOO_SHORT, 'title', title);
  return title;
}

export function readDescription(
  value: unknown,
  issues: IssueCollector,
): { html: string; text: string } | null {
  if (typeof value !== 'string' || !value.trim()) {
    issues.error(IngestErrorCode.DESCRIPTION_MISSING, 'description');
    return null;
  }
  if (value.length > DESCRIPTION_RAW_LIMIT) {
    issues.error(IngestErrorCode.DESCRIPTION_TOO_LONG, 'description');
    return null;
  }
  const html = sanitizeDescription(
    stripControlCharacters(value, 'description', issues).normalize('NFC'),
  );
  const text = sanitizedDescriptionText(html);
  if (!text) {
    issues.error(IngestErrorCode.DESCRIPTION_MISSING, 'description');
    return null;
  }
  if (html.length > DESCRIPTION_MAX_LENGTH) {
    issues.error(IngestErrorCode.DESCRIPTION_TOO_LONG, 'description', `${html.length} caractères`);
    return null;
  }
  return { html, text };
}

export function readApplyUrl(value: unknown, issues: IssueCollector): string | null {
  const raw = cleanText(value, 'applyUrl', issues);
  if (!raw) {
    issues.error(IngestErrorCode.APPLY_URL_MISSING, 'applyUrl');
    return null;
  }
  const url = normalizeHttpUrl(raw);
  if (!url) issues.error(IngestErrorCode.APPLY_URL_INVALID, 'applyUrl', raw);
  return url ?? null;
}

/** An optional URL: an invalid one is an error (`url`) or dropped with a warning (`imageUrl`). */
export function readOptionalUrl(
  value: unknown,
  path: string,
  issues: IssueCollector,
  severity: 'error' | 'warning',
): string | null {
  const raw = cleanText(value, path, issues);
  if (!raw) return null;
  const url = normalizeHttpUrl(raw);
  if (!url) {
    if (severity === 'error') issues.error(IngestErrorCode.URL_INVALID, path, raw);
    else issues.warning(IngestErrorCode.URL_INVALID, path, raw);
  }
  return url ?? null;
}

const KINDS: Readonly<Record<string, ListingKind>> = {
  need: ListingKind.NEED,
  offer: ListingKind.OFFER,
};

export function readKind(value: unknown, issues: IssueCollector): ListingKind {
  if (value === null || value === undefined || value === '') return ListingKind.NEED;
  const kind = typeof value === 'string' ? KINDS[labelKey(value)] : undefined;
  if (!kind) issues.error(IngestErrorCode.KIND_INVALID, 'kind', displayValue(value));
  return kind ?? ListingKind.NEED;
}

/** Passerelle's modes and the exchange format's values (`no`, `possible`, `full`, `local`). */
const REMOTE_VALUES: Readonly<Record<string, RemoteMode>> = {
  onsite: RemoteMode.ONSITE,
  no: RemoteMode.ONSITE,
  local: RemoteMode.ONSITE,
  presentiel: RemoteMode.ONSITE,
  hybrid: RemoteMode.HYBRID,
  possible: RemoteMode.HYBRID,
  hybride: RemoteMode.HYBRID,
  remote: RemoteMode.REMOTE,
  full: RemoteMode.REMOTE,
  distanciel: RemoteMode.REMOTE,
  'a-distance': RemoteMode.REMOTE,
};

export function readRemote(value: unknown, issues: IssueCollector): RemoteMode {
  if (value === null || value === undefined || value === '') return RemoteMode.ONSITE;
  const mode = typeof value === 'string' ? REMOTE_VALUES[labelKey(value)] : undefined;
  if (!mode) issues.error(IngestErrorCode.REMOTE_MODE_INVALID, 'remote', displayValue(value));
  return mode ?? RemoteMode.ONSITE;
}

export function readPlaces(value: unknown, issues: IssueCollector): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'string' ? Number(value.trim()) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1) return n;
  issues.error(IngestErrorCode.PLACES_INVALID, 'places', displayValue(value));
  return null;
}

const TRUE_VALUES = new Set(['true', 'yes', 'oui', '1', 'y', 'o']);
const FALSE_VALUES = new Set(['false', 'no', 'non', '0', 'n']);

export function readFlag(value: unknown, path: string, issues: IssueCollector): boolean | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value;
  const key = displayValue(value).trim().toLowerCase();
  if (TRUE_VALUES.has(key)) return true;
  if (FALSE_VALUES.has(key)) return false;
  issues.warning(IngestErrorCode.BOOLEAN_INVALID, path, displayValue(value));
  return null;
}

export function readDate(value: unknown, path: string, issues: IssueCollector): string | null {
  const raw = cleanText(value, path, issues);
  if (!raw) return null;
  const parsed = parseLenientDate(raw);
  if (!parsed.ok) {
    issues.error(IngestErrorCode.DATE_INVALID, path, raw);
    return null;
  }
  if (parsed.ambiguous)
    issues.warning(IngestErrorCode.DATE_AMBIGUOUS, path, `${raw} → ${parsed.iso.slice(0, 10)}`);
  return parsed.iso;
}

export function readDomain(
  value: unknown,
  resolver: TaxonomyResolver,
  issues: IssueCollector,
): string | null {
  const raw = cleanText(value, 'domain', issues);
  if (!raw) return null;
  const slug = resolver.domain(raw);
  if (!slug) issues.error(IngestErrorCode.DOMAIN_UNKNOWN, 'domain', raw);
  return slug ?? null;
}

/**
 * Activity slugs; an unknown activity is kept as written and reported. An element holding a
 * comma-separated list (`soutien-scolaire, animation`) is split when it is not a label itself.
 */
export function readActivities(
  value: unknown,
  resolver: TaxonomyResolver,
  issues: IssueCollector,
): string[] {
  const activities: string[] = [];
  const add = (item: string): void => {
    if (!activities.includes(item)) activities.push(item);
  };
  listOf(value).forEach((element, i) => {
    const path = `activities[${i}]`;
    const raw = cleanText(element, path, issues);
    if (!raw) return;
    const slug = resolver.activity(raw);
    if (slug) return add(slug);
    const parts = raw.includes(',')
      ? raw
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean)
      : [raw];
    for (const part of parts) {
      const partSlug = resolver.activity(part);
      if (partSlug) add(partSlug);
      else {
        issues.warning(IngestErrorCode.ACTIVITY_UNKNOWN, path, part);
        add(part);
      }
    }
  });
  return activities;
}

/** Tags trimmed, without duplicates (accents and case ignored), in the order given. */
export function readTags(value: unknown, issues: IssueCollector): string[] {
  const tags: string[] = [];
  const keys = new Set<string>();
  listOf(value).forEach((element, i) => {
    const tag = cleanText(element, `tags[${i}]`, issues);
    const key = tag ? labelKey(tag) : '';
    if (tag && key && !keys.has(key)) {
      keys.add(key);
      tags.push(tag);
    }
  });
  return tags;
}

/** An array as given; a single string is read as a comma-separated list. */
function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(',');
  return [];
}
