import {
  INDEX_SETTINGS,
  STOP_WORDS,
  SYNONYM_GROUPS,
  settingsHash,
  synonymMap,
} from './index-settings';

describe('index settings', () => {
  it('makes every synonym group mutual', () => {
    const map = synonymMap([['sdf', 'sans-abri', 'sans abri']]);
    expect(map).toEqual({
      'sans abri': ['sans-abri', 'sdf'],
      'sans-abri': ['sans abri', 'sdf'],
      sdf: ['sans abri', 'sans-abri'],
    });
  });

  it('keeps searchable the stop words that multi-word synonyms contain', () => {
    const inSynonyms = SYNONYM_GROUPS.flat().flatMap((p) => p.toLowerCase().split(/[\s'’-]+/));
    expect(STOP_WORDS.filter((word) => inSynonyms.includes(word))).toEqual([]);
    expect(STOP_WORDS).toEqual(expect.arrayContaining(['le', 'la', 'les', 'pour']));
    expect(STOP_WORDS).not.toContain('de'); // « maison de retraite »
  });

  it('changes its hash when a setting or the document version changes', () => {
    expect(settingsHash()).toBe(settingsHash(INDEX_SETTINGS));
    expect(settingsHash({ ...INDEX_SETTINGS, stopWords: [] })).not.toBe(settingsHash());
    expect(settingsHash(INDEX_SETTINGS, 999)).not.toBe(settingsHash());
  });

  it('filters on listingId and position (the indexer deletes by them) and distinct on listingId', () => {
    expect(INDEX_SETTINGS.filterableAttributes).toEqual(
      expect.arrayContaining(['listingId', 'position', '_geo', 'endsAt', 'startsAt']),
    );
    expect(INDEX_SETTINGS.distinctAttribute).toBe('listingId');
  });
});
