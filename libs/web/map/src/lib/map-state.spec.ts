import { formatPeriod, listingIdOfHref, mapInput, mapSummary } from './map-state';

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
});
