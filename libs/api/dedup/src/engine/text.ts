/**
 * Text normalization for matching: what two partners write differently for the same mission
 * (case, accents, punctuation, HTML, stop words, abbreviations, plurals) must compare equal.
 */

/** French function words: they say nothing about which mission it is. */
const STOP_WORDS = new Set(
  (
    'a au aux avec ce ces cet cette chez d dans de des du elle elles en entre et eux il ils ' +
    'j je l la le les leur leurs lui m ma mais me mes moi mon n ne ni nos notre nous on ou ' +
    'par pas pour qu que qui quoi s sa sans se ses si son sur t ta te tes toi ton tu un une ' +
    'vers vos votre vous y etc est sont ete etre avoir ont afin ainsi aussi tout tous toute ' +
    'toutes tres plus moins peu chaque quel quelle quels quelles dont lors apres avant pendant'
  ).split(' '),
);

/**
 * Words of recruiting boilerplate that partners add around a title ("Bénévole –",
 * "Appel à bénévoles :", "Recherche bénévoles", "H/F", "[URGENT]"): ignored in titles only.
 */
const TITLE_NOISE = new Set(
  (
    'benevole benevolat appel recherche recherchons cherche cherchons recrute recrutons ' +
    'urgent mission missions offre besoin h f hf nouveau nouvelle rejoignez ' +
    'rejoindre venez aidez participez engagez engagezvous volontaire volontaires'
  ).split(' '),
);

/** Abbreviations and spelling variants, after folding (plural already removed). */
const ABBREVIATIONS: Record<string, string> = {
  asso: 'association',
  assoc: 'association',
  benevolat: 'benevole',
  benevol: 'benevole',
  bnv: 'benevole',
  st: 'saint',
  ste: 'sainte',
  av: 'avenue',
  ave: 'avenue',
  bd: 'boulevard',
  bld: 'boulevard',
  pl: 'place',
  rte: 'route',
  chem: 'chemin',
  qpv: 'quartier',
  dept: 'departement',
  dpt: 'departement',
  mairie: 'ville',
  commune: 'ville',
  municipalite: 'ville',
  ado: 'adolescent',
  accompagnt: 'accompagnement',
  accomp: 'accompagnement',
  alim: 'alimentaire',
  distrib: 'distribution',
};

/** Accents dropped, lower case, ligatures and `&` spelt out; separators not touched yet. */
function foldLetters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/&/g, ' et ');
}

/** `foldText` by regular expressions, as written first: the reference of the fast version. */
export function foldTextReference(text: string): string {
  return foldLetters(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * What one UTF-16 code unit (not a surrogate) folds to: letters and digits, spaces where
 * `foldTextReference` puts a separator, nothing for a combining accent. Computed by the
 * reference itself, without its collapsing of separators, once per code unit met.
 */
const PIECES = new Map<number, string>();
function pieceOf(code: number): string {
  let piece = PIECES.get(code);
  if (piece === undefined) {
    piece = foldLetters(String.fromCharCode(code)).replace(/[^a-z0-9]/g, ' ');
    PIECES.set(code, piece);
  }
  return piece;
}

let scratch = Buffer.alloc(4096);

/**
 * Lower case, accents and ligatures folded, everything but letters and digits a space (runs of
 * separators one space, none at the ends): `foldTextReference` in one pass over the text,
 * character by character. The same result: canonical decomposition and lower-casing work
 * character by character but for the order of combining marks (removed or separators here) and
 * the final sigma (a separator either way); a text with surrogates (astral characters) is
 * folded by the reference.
 */
export function foldText(text: string): string {
  // Every code unit gives at most 4 bytes ('&' → ' et ', decompositions are shorter).
  if (scratch.length < text.length * 4) scratch = Buffer.alloc(text.length * 4);
  const out = scratch;
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      if (space && length > 0) out[length++] = 32;
      space = false;
      out[length++] = code;
    } else if (code >= 65 && code <= 90) {
      if (space && length > 0) out[length++] = 32;
      space = false;
      out[length++] = code + 32;
    } else if (code === 32) space = true;
    else if (code >= 0xd800 && code <= 0xdfff) return foldTextReference(text);
    else {
      const piece = pieceOf(code);
      for (let j = 0; j < piece.length; j++) {
        const c = piece.charCodeAt(j);
        if (c === 32) space = true;
        else {
          if (space && length > 0) out[length++] = 32;
          space = false;
          out[length++] = c;
        }
      }
    }
  }
  return out.toString('latin1', 0, length);
}

/** The named entities read in descriptions (others are left as written). */
export const TEXT_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: "'",
  lsquo: "'",
  laquo: '"',
  raquo: '"',
  hellip: '…',
  ndash: '-',
  mdash: '-',
};

const SCRIPT_OR_STYLE_OPENING = /<(script|style)/i;
const SCRIPT_OR_STYLE = /<(script|style)[^>]*>[\s\S]*?<\/\1>/gi;

const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith('#x') || name.startsWith('#X'))
    return String.fromCodePoint(parseInt(name.slice(2), 16) || 32);
  if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)) || 32);
  return TEXT_ENTITIES[name.toLowerCase()] ?? entity;
}

/** Every `<…>` a space, as `html.replace(/<[^>]*>/g, ' ')` does, by scanning. */
function removeTags(html: string): string {
  let open = html.indexOf('<');
  if (open < 0) return html;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = html.indexOf('>', open + 1);
    if (close < 0) break; // no tag can end any more
    out += `${html.slice(from, open)} `;
    from = close + 1;
    open = html.indexOf('<', from);
  }
  return out + html.slice(from);
}

/**
 * Text of an HTML fragment (or plain text, unchanged), its whitespace as written: tags
 * removed, common entities decoded. For the tokenizers, which fold whitespace anyway.
 */
export function htmlText(html: string): string {
  // The costly expression only when an opening tag says it can match.
  const text = SCRIPT_OR_STYLE_OPENING.test(html) ? html.replace(SCRIPT_OR_STYLE, ' ') : html;
  const untagged = removeTags(text);
  return untagged.includes('&') ? untagged.replace(ENTITY, decodeEntity) : untagged;
}

/** Text of an HTML fragment (or plain text, unchanged): tags removed, common entities decoded. */
export function stripHtml(html: string): string {
  return htmlText(html).replace(/\s+/g, ' ').trim();
}

/** A word without its plural mark ("devoirs" → "devoir", "animaux" → "animal"). */
function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith('eaux')) return word.slice(0, -1);
  if (word.endsWith('aux') && word.length > 4) return `${word.slice(0, -3)}al`;
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  if (word.endsWith('x') && /[aeiou]x$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Words seen recently (the same few thousand words come back in every listing). */
const canonicalCache = new Map<string, string>();
const CANONICAL_CACHE_SIZE = 50_000;

/** The normalized word of a folded token: singular, abbreviation expanded. */
export function canonicalWord(token: string): string {
  let word = canonicalCache.get(token);
  if (word === undefined) {
    word = ABBREVIATIONS[token] ?? ABBREVIATIONS[singular(token)] ?? singular(token);
    if (canonicalCache.size >= CANONICAL_CACHE_SIZE) canonicalCache.clear();
    canonicalCache.set(token, word);
  }
  return word;
}

export interface TokenOptions {
  /** Also drop recruiting boilerplate ("bénévole", "appel", "recherche"…): for titles. */
  title?: boolean;
  /** Folded words to drop as well (the listing's own city names, for titles). */
  drop?: ReadonlySet<string>;
  /** At most this many tokens, in text order (long descriptions). */
  limit?: number;
}

/** Content words of a text: folded, stop words and one-letter words removed, normalized. */
export function contentTokens(text: string, options: TokenOptions = {}): string[] {
  const out: string[] = [];
  const folded = foldText(text);
  // Word by word without splitting it all: a limit stops early.
  for (let start = 0; start < folded.length;) {
    let end = folded.indexOf(' ', start);
    if (end < 0) end = folded.length;
    const raw = folded.slice(start, end);
    start = end + 1;
    if (raw.length < 2 || STOP_WORDS.has(raw)) continue;
    if (options.drop?.has(raw)) continue;
    const word = canonicalWord(raw);
    if (options.title && TITLE_NOISE.has(word)) continue;
    if (STOP_WORDS.has(word) || options.drop?.has(word)) continue;
    out.push(word);
    if (options.limit !== undefined && out.length >= options.limit) break;
  }
  return out;
}

/** Sørensen–Dice coefficient of two sets: 2|A∩B| / (|A| + |B|); 0 when both are empty. */
export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return (2 * intersectionSize(a, b)) / (a.size + b.size);
}

/** Overlap coefficient: |A∩B| / min(|A|, |B|): 1 when one set contains the other. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return intersectionSize(a, b) / Math.min(a.size, b.size);
}

export function intersectionSize(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared;
}

/** Words of an organization name that do not identify it (legal forms, articles). */
const ORGANIZATION_NOISE = new Set(['association', 'asbl', 'loi', '1901', 'federation']);

/**
 * The comparable form of an organization name: folded, abbreviations expanded ("Asso" →
 * "association", "Mairie" → "ville"), legal-form words and stop words removed.
 */
export function organizationTokens(name: string): string[] {
  return contentTokens(name).filter((word) => !ORGANIZATION_NOISE.has(word));
}
