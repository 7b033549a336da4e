import { IngestErrorCode, type IssueCollector } from './ingest.errors';

/** C0 controls except tab and line breaks, DEL, C1 controls, and the byte order mark. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFEFF]/g;

/** Removes invisible control characters; reports it on `path` when there were any. */
export function stripControlCharacters(
  value: string,
  path: string,
  issues: IssueCollector,
): string {
  const stripped = value.replace(CONTROL_CHARACTERS, '');
  if (stripped.length !== value.length)
    issues.warning(IngestErrorCode.CONTROL_CHARACTERS_STRIPPED, path);
  return stripped;
}

export interface CleanTextOptions {
  /** Keep line breaks (trimmed lines) instead of collapsing all whitespace. */
  multiline?: boolean;
}

/**
 * A text field as stored: control characters stripped (and reported), Unicode NFC, whitespace
 * collapsed and trimmed. Numbers are read as text; empty text and other types give null.
 */
export function cleanText(
  value: unknown,
  path: string,
  issues: IssueCollector,
  options: CleanTextOptions = {},
): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return null;
  const text = stripControlCharacters(value, path, issues).normalize('NFC');
  const cleaned = options.multiline
    ? text
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : text.replace(/\s+/g, ' ').trim();
  return cleaned || null;
}

/** A raw value as shown back in a message. */
export function displayValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/**
 * Comparison key of a label: no accents, lower case, words joined by `-`:
 * "Solidarité et insertion" → "solidarite-et-insertion", "Soutien_Scolaire" → "soutien-scolaire".
 */
export function labelKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
