import { formatPeriod, listingIdOfHref, mapInput, mapSummary, stackPoints } from './map-state';

describe('map state', () => {
  it('drops paging and sort from the search input', () => {
    expect(mapInput({ text: 'jardin', first: 40, after: 'x', sort: 'NEWEST' })).toEqual({
      text: 'jardin',
    });
  });

  it('reads the listing id of a result link', () => {
    expect(listingIdOfHref('/annonces/abc-123')).toBe('abc-123');
    expect(listingIdOfHref('/recherche?q=a')).toBeNull();
    expect(listingIdOfHref(null)).toBeNull();
  });

  it('summarises what is on the map and what is not', () => {
    expect(mapSummary({ totalCount: 12, remoteCount: 0 })).toBe('12 annonces sur la carte.');
    expect(mapSummary({ totalCount: 2, remoteCount: 1 })).toBe(
      '1 annonce sur la carte ; 1 annonce à distance ou sans lieu connu n’y est pas.',
    );
  });

  it('formats the dates of a popup', () => {
    expect(formatPeriod('2026-05-03T00:00:00Z', '2026-06-30T00:00:00Z')).toBe(
      'Du 3 mai 2026 au 30 juin 2026',
    );
    expect(formatPeriod(null, null)).toBeNull();
  });

  it('stacks the listings at one place, each listing once, in the order received', () => {
    const point = (listingId: string, lat: number, lon: number) => ({ listingId, lat, lon });
    expect(
      stackPoints([
        point('a', 48.85661, 2.35222),
        point('b', 45.764, 4.8357),
        point('c', 48.856612, 2.352219),
        point('a', 48.85661, 2.35222),
        point('a', 45.764, 4.8357),
      ]),
    ).toEqual([
      [point('a', 48.85661, 2.35222), point('c', 48.856612, 2.352219)],
      [point('b', 45.764, 4.8357), point('a', 45.764, 4.8357)],
    ]);
    expect(stackPoints([])).toEqual([]);
  });
});
