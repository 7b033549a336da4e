/**
 * HTML named character references found in French partner feeds: the HTML 4 set (Latin-1,
 * typography, a few symbols). Feeds use them in CDATA (`&eacute;`), double-escaped
 * (`&amp;eacute;`) and even bare in XML text, where XML itself does not define them.
 */

const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 ' +
  'acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde ' +
  'Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc ' +
  'Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml ' +
  'aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc ' +
  'otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

const OTHER_ENTITIES: Record<string, number> = {
  quot: 0x22,
  amp: 0x26,
  apos: 0x27,
  lt: 0x3c,
  gt: 0x3e,
  OElig: 0x152,
  oelig: 0x153,
  Scaron: 0x160,
  scaron: 0x161,
  Yuml: 0x178,
  fnof: 0x192,
  circ: 0x2c6,
  tilde: 0x2dc,
  ensp: 0x2002,
  emsp: 0x2003,
  thinsp: 0x2009,
  zwnj: 0x200c,
  zwj: 0x200d,
  lrm: 0x200e,
  rlm: 0x200f,
  ndash: 0x2013,
  mdash: 0x2014,
  lsquo: 0x2018,
  rsquo: 0x2019,
  sbquo: 0x201a,
  ldquo: 0x201c,
  rdquo: 0x201d,
  bdquo: 0x201e,
  dagger: 0x2020,
  Dagger: 0x2021,
  bull: 0x2022,
  hellip: 0x2026,
  permil: 0x2030,
  prime: 0x2032,
  Prime: 0x2033,
  lsaquo: 0x2039,
  rsaquo: 0x203a,
  oline: 0x203e,
  euro: 0x20ac,
  trade: 0x2122,
  larr: 0x2190,
  uarr: 0x2191,
  rarr: 0x2192,
  darr: 0x2193,
  minus: 0x2212,
  hearts: 0x2665,
  check: 0x2713,
};

/** Named entity → text. */
export const HTML_ENTITIES: Readonly<Record<string, string>> = (() => {
  const table: Record<string, string> = {};
  LATIN1_NAMES.split(' ').forEach((name, i) => {
    table[name] = String.fromCharCode(0xa0 + i);
  });
  for (const [name, code] of Object.entries(OTHER_ENTITIES))
    table[name] = String.fromCodePoint(code);
  return table;
})();

/** Numeric references 128–159 mean windows-1252 characters in HTML (`&#146;` is ’). */
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

function decodeNumeric(reference: string): string | undefined {
  const code =
    reference[1] === 'x' || reference[1] === 'X'
      ? parseInt(reference.slice(2), 16)
      : parseInt(reference.slice(1), 10);
  if (code >= 0x80 && code <= 0x9f) return CP1252_C1[code - 0x80];
  if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  return String.fromCodePoint(code);
}

/** Decodes named and numeric HTML character references; unknown ones are left as written. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, reference: string) => {
    const decoded = reference[0] === '#' ? decodeNumeric(reference) : HTML_ENTITIES[reference];
    return decoded ?? whole;
  });
}
