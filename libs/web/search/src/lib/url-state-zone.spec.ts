import { EMPTY_SEARCH, formatSearchParams, parseSearchParams, toSearchInput } from './url-state';

describe('url-state: the map zone', () => {
  const zone = { south: 45.72, west: 4.78, north: 45.81, east: 4.9 };

  it('writes, reads and sends the zone as bounds', () => {
    const query = formatSearchParams({ ...EMPTY_SEARCH, zone });
    expect(query).toBe('?zone=45.72,4.78,45.81,4.9');
    const state = parseSearchParams(new URLSearchParams(query));
    expect(state.zone).toEqual(zone);
    expect(toSearchInput(state).bounds).toEqual(zone);
  });

  it('ignores a zone that is not a box', () => {
    for (const value of ['1,2,3', '50,2,45,3', 'a,b,c,d', '45,5,46,4', '-95,0,0,1'])
      expect(parseSearchParams(new URLSearchParams({ zone: value })).zone).toBeUndefined();
    expect(parseSearchParams(new URLSearchParams('')).zone).toBeUndefined();
  });
});
