import {
  activeFilterCount,
  changeSearch,
  EMPTY_SEARCH,
  formatSearchParams,
  parseSearchParams,
  readIsoDay,
  searchPath,
  type SearchUrlState,
  toggled,
  toSearchInput,
  withoutFilters,
} from './url-state';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

const FULL: SearchUrlState = {
  q: 'jardin partagé',
  kind: 'OFFER',
  domains: ['sante', 'culture-loisirs'],
  activities: ['jardinage'],
  remote: ['ONSITE', 'HYBRID'],
  departments: ['69', '2A', '974'],
  partners: ['benevolat-ensemble', 'entraide-locale'],
  from: '2027-01-05',
  until: '2027-06-30',
  openToMinors: true,
  reducedMobility: true,
  place: { label: 'Lyon 3e Arrondissement (69003)', lat: 45.75336, lon: 4.86919 },
  radiusKm: 10,
  sort: 'DISTANCE',
  page: 3,
};

describe(parseSearchParams.name, () => {
  it('gives the empty search for an empty query string', () => {
    expect(parse('')).toEqual(EMPTY_SEARCH);
  });

  it('reads every parameter', () => {
    expect(
      parse(
        'q=jardin+partag%C3%A9&type=offres&domaines=sante,culture-loisirs&activites=jardinage' +
          '&distance=sur-place,mixte&departements=69,2A,974' +
          '&plateformes=benevolat-ensemble,entraide-locale&du=2027-01-05&au=2027-06-30' +
          '&mineurs=oui&pmr=oui&lieu=Lyon+3e+Arrondissement+(69003)&lat=45.75336&lon=4.86919' +
          '&rayon=10&tri=distance&page=3',
      ),
    ).toEqual(FULL);
  });

  it('accepts repeated parameters as well as commas, once each', () => {
    expect(parse('domaines=sante&domaines=sport,sante').domains).toEqual(['sante', 'sport']);
  });

  it('ignores values it does not know', () => {
    const state = parse(
      'type=tout&domaines=sante,inconnu&activites=rien&distance=lune&departements=20,99,2b,1' +
        '&plateformes=Pas%20Un%20Slug,ok-slug&du=2027-02-30&au=hier&mineurs=peut-etre' +
        '&rayon=7&tri=hasard&page=-2',
    );

    expect(state).toEqual({
      ...EMPTY_SEARCH,
      domains: ['sante'],
      departments: ['2B', '01'],
      partners: ['ok-slug'],
    });
  });

  it('needs both coordinates for a place, and names it when the label is missing', () => {
    expect(parse('lieu=Lyon&lat=45.7').place).toBeNull();
    expect(parse('lat=91&lon=4').place).toBeNull();
    expect(parse('lat=45.7&lon=abc').place).toBeNull();
    expect(parse('lat=45.7&lon=4.8').place).toEqual({ label: 'Lieu choisi', lat: 45.7, lon: 4.8 });
  });

  it('drops the distance sort without a place', () => {
    expect(parse('tri=distance').sort).toBe('RELEVANCE');
    expect(parse('tri=recentes').sort).toBe('NEWEST');
    expect(parse('tri=bientot').sort).toBe('STARTING_SOON');
  });

  it('drops an end date before the start date', () => {
    expect(parse('du=2027-03-01&au=2027-02-01')).toMatchObject({
      from: '2027-03-01',
      until: null,
    });
  });

  it('caps the pages restored at five (the 100 results of one request)', () => {
    expect(parse('page=2').page).toBe(2);
    expect(parse('page=40').page).toBe(5);
    expect(parse('page=0').page).toBe(1);
    expect(parse('page=2.5').page).toBe(1);
  });

  it('trims the words and keeps them on one line', () => {
    expect(parse('q=%20%20aide%0Aalimentaire%20%20').q).toBe('aide alimentaire');
    expect(parse(`q=${'a'.repeat(300)}`).q).toHaveLength(200);
  });
});

describe(formatSearchParams.name, () => {
  it('writes nothing for the empty search', () => {
    expect(formatSearchParams(EMPTY_SEARCH)).toBe('');
  });

  it('writes readable URLs: commas kept, spaces as +, defaults left out', () => {
    expect(
      formatSearchParams({ ...EMPTY_SEARCH, q: 'aide alimentaire', domains: ['sante', 'sport'] }),
    ).toBe('?q=aide+alimentaire&domaines=sante,sport');
  });

  it('round-trips every state', () => {
    for (const state of [
      FULL,
      EMPTY_SEARCH,
      { ...EMPTY_SEARCH, q: 'café & thé, 100 % bénévole ?' },
      { ...EMPTY_SEARCH, kind: 'NEED', remote: ['REMOTE'] } satisfies SearchUrlState,
      { ...FULL, place: null, sort: 'NEWEST', radiusKm: 25, page: 1 } satisfies SearchUrlState,
    ]) {
      expect(parse(formatSearchParams(state).slice(1))).toEqual(state);
    }
  });

  it('round-trips every query string it wrote', () => {
    const query = formatSearchParams(FULL);
    expect(formatSearchParams(parse(query.slice(1)))).toBe(query);
  });

  it('rounds the coordinates to five decimals', () => {
    const query = formatSearchParams({
      ...EMPTY_SEARCH,
      place: { label: 'Autour de moi', lat: 45.123456789, lon: 4.987654321 },
    });
    expect(query).toBe('?lieu=Autour+de+moi&lat=45.12346&lon=4.98765');
  });
});

describe(searchPath.name, () => {
  it('links to the search page with some criteria', () => {
    expect(searchPath()).toBe('/recherche');
    expect(searchPath({ domains: ['sante'] })).toBe('/recherche?domaines=sante');
  });
});

describe(toSearchInput.name, () => {
  it('asks for the first page of the empty search', () => {
    expect(toSearchInput(EMPTY_SEARCH)).toEqual({ first: 20 });
  });

  it('maps every criterion to the API input, with all the pages shown', () => {
    expect(toSearchInput(FULL)).toEqual({
      text: 'jardin partagé',
      kind: 'OFFER',
      domains: ['sante', 'culture-loisirs'],
      activities: ['jardinage'],
      remote: ['ONSITE', 'HYBRID'],
      departmentCodes: ['69', '2A', '974'],
      partnerSlugs: ['benevolat-ensemble', 'entraide-locale'],
      availableFrom: '2027-01-05',
      availableUntil: '2027-06-30',
      openToMinors: true,
      reducedMobilityAccessible: true,
      near: { lat: 45.75336, lon: 4.86919 },
      radiusKm: 10,
      sort: 'DISTANCE',
      first: 60,
    });
  });

  it('sends the radius only with a place, and never a distance sort without one', () => {
    const input = toSearchInput({ ...EMPTY_SEARCH, radiusKm: 50, sort: 'DISTANCE' });
    expect(input).toEqual({ first: 20 });
  });
});

describe(changeSearch.name, () => {
  it('goes back to the first page', () => {
    expect(changeSearch(FULL, { domains: ['sport'] })).toMatchObject({
      domains: ['sport'],
      page: 1,
    });
  });

  it('drops the distance sort with the place', () => {
    expect(changeSearch(FULL, { place: null }).sort).toBe('RELEVANCE');
  });
});

describe(withoutFilters.name, () => {
  it('keeps the words, the place, the radius and the sort', () => {
    const cleared = withoutFilters(FULL);

    expect(activeFilterCount(cleared)).toBe(0);
    expect(cleared).toMatchObject({
      q: FULL.q,
      place: FULL.place,
      radiusKm: 10,
      sort: 'DISTANCE',
      page: 1,
    });
  });
});

describe(activeFilterCount.name, () => {
  it('counts each value of each filter', () => {
    expect(activeFilterCount(EMPTY_SEARCH)).toBe(0);
    expect(activeFilterCount(FULL)).toBe(15);
  });
});

describe(toggled.name, () => {
  it('adds a missing value and removes a present one', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
  });
});

describe(readIsoDay.name, () => {
  it('accepts real days only', () => {
    expect(readIsoDay('2027-02-28')).toBe('2027-02-28');
    expect(readIsoDay('2028-02-29')).toBe('2028-02-29');
    expect(readIsoDay('2027-02-29')).toBeNull();
    expect(readIsoDay('27-02-01')).toBeNull();
    expect(readIsoDay('1900-01-01')).toBeNull();
    expect(readIsoDay(null)).toBeNull();
  });
});
