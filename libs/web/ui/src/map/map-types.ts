/** A box, WGS 84 degrees. */
export interface MapBox {
  readonly south: number;
  readonly west: number;
  readonly north: number;
  readonly east: number;
}

export interface MapPosition {
  readonly lat: number;
  readonly lon: number;
}

/** What the map shows after a move: its box (clamped to the world) and zoom. */
export interface MapViewport {
  readonly bounds: MapBox;
  readonly zoom: number;
}

/** Tiles of the map; `url` null: no tiles, a plain background (tests, offline). */
export interface MapTiles {
  readonly url: string | null;
  readonly attribution: string;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const round = (value: number) => Math.round(value * 1e5) / 1e5;

/** A Leaflet box (longitudes may run past ±180 after panning) as an API viewport. */
export function clampBox(box: MapBox): MapBox {
  const west = clamp(box.west, -180, 180);
  const east = clamp(box.east, -180, 180);
  const south = clamp(box.south, -90, 90);
  const north = clamp(box.north, -90, 90);
  return {
    south: round(south),
    west: round(west),
    north: round(north > south ? north : south + 1e-5),
    east: round(east > west ? east : west + 1e-5),
  };
}

/** "12 annonces" / "1 annonce". */
export const countLabel = (count: number, one = 'annonce', many = 'annonces') =>
  `${count.toLocaleString('fr-FR')} ${count > 1 ? many : one}`;
