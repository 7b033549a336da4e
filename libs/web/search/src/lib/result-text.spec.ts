import {
  formatDay,
  formatDistance,
  formatPeriod,
  formatPlace,
  publishedOnText,
  remoteBadge,
  resultCountText,
  shownCountText,
} from './result-text';

describe(resultCountText.name, () => {
  it('agrees with the number', () => {
    expect(resultCountText(0)).toBe('Aucune annonce trouvée');
    expect(resultCountText(1)).toBe('1 annonce trouvée');
    expect(resultCountText(2)).toBe('2 annonces trouvées');
    expect(resultCountText(123)).toBe('123 annonces trouvées');
  });

  it('groups thousands the French way', () => {
    expect(resultCountText(12345)).toBe('12\u202f345 annonces trouvées');
  });
});

describe(shownCountText.name, () => {
  it('says how many of the results are shown', () => {
    expect(shownCountText(20, 300)).toBe('20 annonces affichées sur 300');
    expect(shownCountText(1, 2)).toBe('1 annonce affichée sur 2');
    expect(shownCountText(40, 1200)).toBe('40 annonces affichées sur 1\u202f200');
  });
});

describe(formatDistance.name, () => {
  it('writes kilometres with a decimal comma under 10 km', () => {
    expect(formatDistance(3.24)).toBe('à 3,2 km');
    expect(formatDistance(3)).toBe('à 3 km');
    expect(formatDistance(9.96)).toBe('à 10 km');
  });

  it('rounds to the kilometre beyond 10 km', () => {
    expect(formatDistance(12.6)).toBe('à 13 km');
  });

  it('does not pretend to be precise under 1 km', () => {
    expect(formatDistance(0)).toBe('à moins de 1 km');
    expect(formatDistance(0.4)).toBe('à moins de 1 km');
  });

  it('says nothing without a distance', () => {
    expect(formatDistance(null)).toBeNull();
    expect(formatDistance(undefined)).toBeNull();
    expect(formatDistance(Number.NaN)).toBeNull();
  });
});

describe(formatPlace.name, () => {
  const names: Record<string, string> = { '69': 'Rhône', '2A': 'Corse-du-Sud' };
  const departmentName = (code: string) => names[code];

  it('gives the commune and its department', () => {
    expect(formatPlace([{ city: 'Lyon', departmentCode: '69' }], departmentName)).toBe(
      'Lyon (Rhône)',
    );
  });

  it('falls back to the department code, or to the department alone', () => {
    expect(formatPlace([{ city: 'Brest', departmentCode: '29' }], departmentName)).toBe(
      'Brest (29)',
    );
    expect(formatPlace([{ city: null, departmentCode: '2A' }], departmentName)).toBe(
      'Corse-du-Sud',
    );
    expect(formatPlace([{ city: 'Ajaccio', departmentCode: null }])).toBe('Ajaccio');
  });

  it('counts the other places', () => {
    const lyon = { city: 'Lyon', departmentCode: '69' };
    expect(formatPlace([lyon, lyon], departmentName)).toBe('Lyon (Rhône) et 1 autre lieu');
    expect(formatPlace([lyon, lyon, lyon], departmentName)).toBe('Lyon (Rhône) et 2 autres lieux');
  });

  it('says nothing for a listing without a place', () => {
    expect(formatPlace([])).toBeNull();
    expect(formatPlace([{ city: ' ', departmentCode: null }])).toBeNull();
  });
});

describe(formatPeriod.name, () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('gives both days of an upcoming period', () => {
    expect(formatPeriod('2027-01-05T08:00:00Z', '2027-06-30T16:00:00Z', now)).toBe(
      'Du 5 janvier 2027 au 30 juin 2027',
    );
  });

  it('gives one day once', () => {
    expect(formatPeriod('2027-01-05T08:00:00Z', '2027-01-05T16:00:00Z', now)).toBe(
      'Le 5 janvier 2027',
    );
  });

  it('gives the start of an open-ended listing, "1er" on the first of a month', () => {
    expect(formatPeriod('2027-02-01T09:00:00Z', null, now)).toBe('À partir du 1er février 2027');
  });

  it('says "Dès maintenant" once started or without dates', () => {
    expect(formatPeriod('2026-11-01T09:00:00Z', null, now)).toBe('Dès maintenant');
    expect(formatPeriod(null, null, now)).toBe('Dès maintenant');
    expect(formatPeriod(null, '2027-03-31T12:00:00Z', now)).toBe(
      "Dès maintenant, jusqu'au 31 mars 2027",
    );
  });

  it('reads days in Paris time: midnight in Paris is that day', () => {
    // 2027-01-04T23:30Z is 00:30 on 5 January in Paris.
    expect(formatDay(new Date('2027-01-04T23:30:00Z'))).toBe('5 janvier 2027');
  });

  it('ignores unreadable dates', () => {
    expect(formatPeriod('n/a', 'n/a', now)).toBe('Dès maintenant');
  });
});

describe(publishedOnText.name, () => {
  it('lists each platform once', () => {
    expect(publishedOnText(['Bénévolat Ensemble', 'Entraide locale', 'Bénévolat Ensemble'])).toBe(
      'Publié sur Bénévolat Ensemble, Entraide locale',
    );
  });

  it('says nothing without a platform', () => {
    expect(publishedOnText([])).toBeNull();
  });
});

describe(remoteBadge.name, () => {
  it('marks remote listings only', () => {
    expect(remoteBadge('REMOTE')).toBe('À distance');
    expect(remoteBadge('HYBRID')).toBe('En partie à distance');
    expect(remoteBadge('ONSITE')).toBeNull();
  });
});
