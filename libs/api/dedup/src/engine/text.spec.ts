import { contentTokens, dice, foldText, organizationTokens, overlap, stripHtml } from './text';

describe('text normalization', () => {
  it('folds case, accents, ligatures and punctuation', () => {
    expect(foldText('Œuvre « ÉTÉ » : Aide‑aux‑devoirs !')).toBe('oeuvre ete aide aux devoirs');
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
