import {
  DEFAULT_MAP_ATTRIBUTION,
  DEFAULT_MAP_TILE_URL,
  MapConfigError,
  loadMapConfig,
} from './map.config';

describe(loadMapConfig.name, () => {
  it('defaults to the OSM France tiles, their attribution and 500 points', () => {
    expect(loadMapConfig({})).toEqual({
      tileUrl: DEFAULT_MAP_TILE_URL,
      attribution: DEFAULT_MAP_ATTRIBUTION,
      maxPoints: 500,
    });
  });

  it('has no tiles with MAP_TILE_URL=none', () => {
    expect(loadMapConfig({ MAP_TILE_URL: 'none' })).toMatchObject({
      tileUrl: null,
      attribution: '',
    });
  });

  it('refuses a tile URL that is not one', () => {
    expect(() => loadMapConfig({ MAP_TILE_URL: 'javascript:alert(1)' })).toThrow(MapConfigError);
    expect(() => loadMapConfig({ MAP_MAX_POINTS: 'many' })).toThrow(/MAP_MAX_POINTS/);
  });
});
