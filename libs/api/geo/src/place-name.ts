/**
 * Comparison key of a place name: lower case, no accents, punctuation as spaces, and the
 * abbreviations of "Saint(e)" expanded, so that "ST-ÉTIENNE", "Saint Etienne" and
 * "saint-étienne" share the key "saint etienne".
 */
export function placeNameKey(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (!folded) return '';
  return folded
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ');
}

const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
};

const LEADING_ARTICLE = /^(le|la|les|l) /;

/** The key without its leading article: "la haye pesnel" → "haye pesnel". */
export function withoutLeadingArticle(key: string): string {
  return key.replace(LEADING_ARTICLE, '');
}

/**
 * Reads a postal code as partners write it: spaces removed, and a 4-digit code (a spreadsheet
 * dropped its leading zero) padded: `1000` → `01000`. Returns undefined when it is not 5 digits.
 */
export function normalizePostalCode(raw: string | number | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const compact = String(raw).replace(/[\s\u00a0]/g, '');
  if (/^\d{5}$/.test(compact)) return compact;
  if (/^\d{4}$/.test(compact)) return `0${compact}`;
  return undefined;
}

/** Reads an INSEE commune code: 5 digits, or `2A`/`2B` and 3 digits. */
export function normalizeInseeCode(raw: string | number | null | undefined): string | undefined {
  if (raw === null || raw === undefined) return undefined;
  const compact = String(raw).replace(/\s/g, '').toUpperCase();
  if (/^(\d{5}|2[AB]\d{3})$/.test(compact)) return compact;
  if (/^\d{4}$/.test(compact)) return `0${compact}`;
  return undefined;
}
