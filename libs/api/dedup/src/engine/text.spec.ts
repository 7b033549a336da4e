import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  contentTokens,
  dice,
  foldText,
  foldTextReference,
  htmlText,
  organizationTokens,
  overlap,
  stripHtml,
  TEXT_ENTITIES,
} from './text';

/** Every string of the labelled evaluation set (titles, descriptions, names, addresses). */
function evalStrings(): string[] {
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(__dirname, '..', '..', 'eval', 'eval-set.json'), 'utf8')));
  return strings;
}

describe('text normalization', () => {
  it('folds case, accents, ligatures and punctuation', () => {
    expect(foldText('Œuvre « ÉTÉ » : Aide‑aux‑devoirs !')).toBe('oeuvre ete aide aux devoirs');
  });

  it('folds exactly as the reference does, character by character', () => {
    const tricky = [
      '',
      '   ',
      '&',
      ' -- Élan & Œuvre ß ẞ Æ İstanbul ΣΑΣ ΟΔΟΣ — 123 … ',
      'e\u0301te\u0301 de\u0301compose\u0301',
      '\u0301au de\u0301but',
      'ﬁn ﬂeur ½ ² Ｗ ǅ Ǆ K Å',
      'emoji 🙂 au milieu, 𝐀 gras',
      'nbsp\u00a0ici\ttab\nligne\r\n',
      'ÀÉÎÕÜ àéîõü ÿ Ÿ ç Ç ñ',
      'Hangul 한국어 et kana ｶﾞ',
    ];
    // Random strings over the Basic Multilingual Plane (surrogates included), seeded.
    let seed = 2020;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const fuzz = Array.from({ length: 2000 }, () =>
      String.fromCharCode(
        ...Array.from({ length: 1 + Math.floor(random() * 30) }, () =>
          random() < 0.5 ? 32 + Math.floor(random() * 95) : Math.floor(random() * 0x10000),
        ),
      ),
    );
    const strings = [...tricky, ...evalStrings(), ...fuzz];
    expect(strings.length).toBeGreaterThan(5000);
    const different = strings.filter((text) => foldText(text) !== foldTextReference(text));
    expect(different).toEqual([]);
  });

  it('reads HTML as the regular expressions first written did', () => {
    const reference = (html: string) =>
      html
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]*>/g, ' ')
        .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
          if (name.startsWith('#x') || name.startsWith('#X'))
            return String.fromCodePoint(parseInt(name.slice(2), 16) || 32);
          if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)) || 32);
          return TEXT_ENTITIES[name.toLowerCase()] ?? entity;
        })
        .replace(/\s+/g, ' ')
        .trim();
    const pieces = [
      '<',
      '>',
      '<p>',
      '</p>',
      '<br/>',
      '&',
      ';',
      '&amp;',
      '&#x41;',
      '&#65;',
      '&nbsp;',
      '&hellip;',
      '&RSQUO;',
      '&#x;',
      '&unknown;',
      '<script>x</script>',
      '<STYLE a=1>y</style>',
      '<script>',
      'mot',
      ' ',
      '\n',
      'é',
      '<a<b>',
      '>>',
      '&&amp;',
    ];
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const fuzz = Array.from({ length: 3000 }, () =>
      Array.from(
        { length: Math.floor(random() * 12) },
        () => pieces[Math.floor(random() * pieces.length)],
      ).join(''),
    );
    const descriptions = evalStrings().filter((text) => text.includes('<'));
    expect(descriptions.length).toBeGreaterThan(200);
    const html = [...fuzz, ...descriptions];
    expect(html.filter((text) => stripHtml(text) !== reference(text))).toEqual([]);
    // Whitespace as written: the same words once folded.
    expect(html.filter((text) => foldText(htmlText(text)) !== foldText(reference(text)))).toEqual(
      [],
    );
  });

  it('reads HTML as its text, entities decoded', () => {
    expect(
      stripHtml('<p>Aide&nbsp;aux <strong>devoirs</strong>&hellip;</p><script>x()</script>'),
    ).toBe('Aide aux devoirs …');
  });

  it('drops stop words and recruiting boilerplate from titles, and singularizes', () => {
    expect(
      contentTokens('Appel à bénévoles : aide aux devoirs des élèves', { title: true }),
    ).toEqual(['aide', 'devoir', 'eleve']);
    expect(contentTokens('Recherche Bénévolat – Maraude', { title: true })).toEqual(['maraude']);
  });

  it('expands abbreviations', () => {
    expect(contentTokens('Asso. St-Michel distrib. alim.')).toEqual([
      'association',
      'saint',
      'michel',
      'distribution',
      'alimentaire',
    ]);
    expect(organizationTokens('ASSO Les Restos du Cœur')).toEqual(['resto', 'coeur']);
    expect(organizationTokens('Mairie de Brest')).toEqual(organizationTokens('Ville de Brest'));
  });

  it('drops the words asked for (the listing’s city in its title)', () => {
    expect(contentTokens('Maraude à Paris', { title: true, drop: new Set(['paris']) })).toEqual([
      'maraude',
    ]);
  });

  it('measures set similarity with Dice and the overlap coefficient', () => {
    const a = new Set(['maraude', 'soir']);
    const b = new Set(['maraude', 'soir', 'quartier', 'coteau']);
    expect(dice(a, b)).toBeCloseTo(2 / 3);
    expect(overlap(a, b)).toBe(1);
    expect(dice(new Set(), b)).toBe(0);
  });
});
