import { decodeHtmlEntities } from './html-entities';

/**
 * Lenient readers for the raw text values of a feed. They never throw: `undefined` means
 * "present but unreadable" (the caller turns it into a warning), `null` means "absent".
 */

// C0 controls except tab/newline/carriage return, DEL, C1 controls, and the two non-characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const SPACES = /\s+/g;
/** Anything `cleanLine` would change besides trimming: an entity, a control character, a run of whitespace, a tab or an odd space. */
// eslint-disable-next-line no-control-regex -- idem
const NEEDS_CLEANING = /[&\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|\s\s|[^\S ]/;

export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

/** A one-line value: HTML entities decoded, control characters stripped, whitespace collapsed. `null` when empty. */
export function cleanLine(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const text = NEEDS_CLEANING.test(raw)
    ? stripControlChars(decodeHtmlEntities(raw)).replace(SPACES, ' ').trim()
    : raw.trim();
  return text.length === 0 ? null : text;
}

/**
 * A block of HTML (a description): control characters stripped, line breaks normalized,
 * trimmed. Entities are left alone: they are part of the HTML the pipeline sanitizes.
 */
export function cleanHtml(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const text = stripControlChars(raw.replace(/\r\n?/g, '\n')).trim();
  return text.length === 0 ? null : text;
}

/** Lowercase, accents removed, whitespace collapsed: the form crosswalk keys and flags are compared in. */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}

const TRUE_WORDS = new Set(['yes', 'y', 'oui', 'o', 'true', 'vrai', '1']);
const FALSE_WORDS = new Set(['no', 'n', 'non', 'false', 'faux', '0']);

/** yes/no, oui/non, true/false, 1/0 (any case, accents ignored). */
export function parseFlag(raw: string | null | undefined): boolean | null | undefined {
  const text = cleanLine(raw);
  if (text === null) return null;
  const key = normalizeKey(text);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
}

/** An integer such as `2`, ` 12 `, `3.0` or `1 000`; anything else is unreadable. */
export function parseInteger(raw: string | null | undefined): number | null | undefined {
  const text = cleanLine(raw);
  if (text === null) return null;
  const compact = text.replace(/[\s\u202f]/g, '');
  const match = /^([+-]?\d+)(?:[.,]0+)?$/.exec(compact);
  if (!match?.[1]) return undefined;
  const value = Number(match[1]);
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A decimal number with a dot or a French decimal comma (`48.85`, `48,85`). */
export function parseDecimal(raw: string | null | undefined): number | null | undefined {
  const text = cleanLine(raw);
  if (text === null) return null;
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Splits a coordinate pair, in the order written. Separators: `;`, a single `,`, or spaces;
 * with a French decimal comma the pair must use `;` or a space (`2,35;48,85`). Returns
 * `undefined` when unreadable (`2,35,48,85` is ambiguous).
 */
export function parseCoordinatePair(
  raw: string | null | undefined,
): [number, number] | null | undefined {
  const text = cleanLine(raw);
  if (text === null) return null;
  const commas = text.split(',').length - 1;
  const separator = text.includes(';') ? ';' : commas === 1 ? ',' : /\s+/;
  const parts = text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length !== 2) return undefined;
  const first = parseDecimal(parts[0]);
  const second = parseDecimal(parts[1]);
  if (typeof first !== 'number' || typeof second !== 'number') return undefined;
  return [first, second];
}

/** Splits a list on a separator, trims, drops empty entries and duplicates. `null` when empty. */
export function splitList(raw: string | null | undefined, separator = ','): string[] | null {
  const text = cleanLine(raw);
  if (text === null) return null;
  const values: string[] = [];
  for (const part of text.split(separator)) {
    const value = part.trim();
    if (value.length > 0 && !values.includes(value)) values.push(value);
  }
  return values.length === 0 ? null : values;
}
