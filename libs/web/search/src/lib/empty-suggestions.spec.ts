import { activeFilters, emptySuggestions, widerRadius } from './empty-suggestions';
import { EMPTY_SEARCH, type SearchUrlState } from './url-state';

const lyon = { label: 'Lyon (69000)', lat: 45.76, lon: 4.83 };
const labelsOf = (state: SearchUrlState) => emptySuggestions(state).map((s) => s.label);

describe(widerRadius.name, () => {
  it('gives the next radius up, none beyond 100 km', () => {
    expect(widerRadius(5)).toBe(10);
    expect(widerRadius(25)).toBe(50);
    expect(widerRadius(100)).toBeNull();
  });
});

describe(emptySuggestions.name, () => {
  it('offers nothing for the empty search', () => {
    expect(emptySuggestions(EMPTY_SEARCH)).toEqual([]);
  });

  it('offers to search without the words', () => {
    const [suggestion] = emptySuggestions({ ...EMPTY_SEARCH, q: 'zzzzzz' });

    expect(suggestion?.label).toBe('Chercher sans les mots « zzzzzz »');
    expect(suggestion?.next.q).toBe('');
  });

  it('widens the radius first, then offers the whole of France', () => {
    const state: SearchUrlState = { ...EMPTY_SEARCH, place: lyon, radiusKm: 10 };

    expect(labelsOf(state)).toEqual(['Élargir le rayon à 25 km', 'Chercher partout en France']);
    expect(emptySuggestions(state)[0]?.next.radiusKm).toBe(25);
    expect(labelsOf({ ...state, radiusKm: 100 })).toEqual(['Chercher partout en France']);
  });

  it('offers to leave the zone of the map', () => {
    const zone = { south: 45.72, west: 4.78, north: 45.81, east: 4.9 };
    const [suggestion] = emptySuggestions({ ...EMPTY_SEARCH, zone });

    expect(suggestion?.label).toBe('Chercher hors de la zone de la carte');
    expect(suggestion?.next.zone).toBeNull();
  });

  it('removes the last filters of the sidebar first, then all of them', () => {
    const state: SearchUrlState = {
      ...EMPTY_SEARCH,
      kind: 'OFFER',
      domains: ['sante', 'sport'],
      partners: ['entraide-locale'],
      openToMinors: true,
      page: 3,
    };
    const suggestions = emptySuggestions(state, { partner: () => 'Entraide locale' });

    expect(suggestions.map((s) => s.label)).toEqual([
      'Retirer le filtre « Ouvert aux mineurs »',
      'Retirer le filtre « Entraide locale »',
      'Retirer le filtre « Sport »',
      'Retirer tous les filtres',
    ]);
    expect(suggestions[2]?.next).toMatchObject({ domains: ['sante'], page: 1 });
    expect(suggestions[3]?.next).toMatchObject({ kind: null, domains: [], partners: [] });
  });

  it('does not offer "remove all" for a single filter', () => {
    expect(labelsOf({ ...EMPTY_SEARCH, domains: ['sante'] })).toEqual([
      'Retirer le filtre « Santé »',
    ]);
  });
});

describe(activeFilters.name, () => {
  it('names every filter in French, with the labels known from the facets', () => {
    const filters = activeFilters(
      {
        ...EMPTY_SEARCH,
        kind: 'NEED',
        activities: ['jardinage'],
        remote: ['REMOTE'],
        departments: ['69', '2A'],
        from: '2027-01-01',
        until: '2027-02-01',
        reducedMobility: true,
      },
      { department: (code) => (code === '69' ? 'Rhône' : undefined) },
    );

    expect(filters.map((f) => f.label)).toEqual([
      'Missions et besoins',
      'Jardinage',
      'À distance',
      'Rhône',
      'Département 2A',
      'Date de début',
      'Date de fin',
      'Accessible aux personnes à mobilité réduite',
    ]);
  });
});
