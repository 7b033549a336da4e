import { decodeHtmlEntities } from './html-entities';
import {
  cleanHtml,
  cleanLine,
  parseCoordinatePair,
  parseDecimal,
  parseFlag,
  parseInteger,
  splitList,
} from './text';

describe('text readers', () => {
  it.each([
    ['yes', true],
    ['Oui', true],
    ['TRUE', true],
    ['1', true],
    ['vrai', true],
    ['no', false],
    ['NON', false],
    ['false', false],
    ['0', false],
    ['', null],
    [null, null],
    ['peut-être', undefined],
  ])('reads the flag %p as %p', (raw, expected) => {
    expect(parseFlag(raw)).toBe(expected);
  });

  it.each([
    ['2', 2],
    [' 12 ', 12],
    ['3.0', 3],
    ['1 000', 1000],
    ['-1', -1],
    ['', null],
    ['deux', undefined],
    ['2.5', undefined],
  ])('reads the integer %p as %p', (raw, expected) => {
    expect(parseInteger(raw)).toBe(expected);
  });

  it.each([
    ['48.8566', 48.8566],
    ['-20,8823', -20.8823],
    ['2', 2],
    ['abc', undefined],
    ['', null],
  ])('reads the decimal %p as %p', (raw, expected) => {
    expect(parseDecimal(raw)).toBe(expected);
  });

  it.each([
    ['2.35,48.85', [2.35, 48.85]],
    ['2.35, 48.85', [2.35, 48.85]],
    ['2,35;48,85', [2.35, 48.85]],
    ['2,35 48,85', [2.35, 48.85]],
    ['2.35 48.85', [2.35, 48.85]],
    ['2,35,48,85', undefined],
    ['abc', undefined],
    ['', null],
  ])('splits the coordinate pair %p', (raw, expected) => {
    expect(parseCoordinatePair(raw)).toEqual(expected);
  });

  it('cleans one-line text: entities, control characters, whitespace', () => {
    expect(cleanLine('  R&eacute;daction\u000b  de la\n lettre &amp; co  ')).toBe(
      'Rédaction de la lettre & co',
    );
    expect(cleanLine(' \u0001 ')).toBeNull();
    expect(cleanLine('Déjà prêt')).toBe('Déjà prêt');
  });

  it('cleans HTML blocks without touching their entities', () => {
    expect(cleanHtml('\r\n<p>A&nbsp;B\u0007</p>\r\n')).toBe('<p>A&nbsp;B</p>');
  });

  it('decodes named, decimal, hexadecimal and windows-1252 numeric references', () => {
    expect(
      decodeHtmlEntities('&Eacute;t&eacute; &#233; &#xE9; l&#146;&oelig;uvre &euro; &bogus; R&D'),
    ).toBe('Été é é l’œuvre € &bogus; R&D');
  });

  it('splits lists, trimming and dropping empty and repeated entries', () => {
    expect(splitList(' a, b ,,a, c ')).toEqual(['a', 'b', 'c']);
    expect(splitList('a|b', '|')).toEqual(['a', 'b']);
    expect(splitList(' , ')).toBeNull();
  });
});
