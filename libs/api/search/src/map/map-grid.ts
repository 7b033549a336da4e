/**
 * Web-Mercator tile grid ("slippy map" tiles): the cells the map clusters by. A document
 * stores its cell at each of CELL_LEVELS (`cell3`, `cell5`…, value `"x.y"`); the map asks
 * Meilisearch for the facet distribution of one level inside the viewport.
 */

/** Levels stored on each document. Every second level: one of z+1, z+2 always exists. */
export const CELL_LEVELS = [3, 5, 7, 9, 11, 13, 15, 17] as const;
export type CellLevel = (typeof CELL_LEVELS)[number];
export type CellAttribute = `cell${CellLevel}`;

export const cellAttribute = (level: CellLevel): CellAttribute => `cell${level}`;

/** Mercator is undefined at the poles: latitudes are clamped to the square world. */
export const MAX_MERCATOR_LAT = 85.05112878;

export interface LatLon {
  lat: number;
  lon: number;
}

export interface CellBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface Cell {
  level: number;
  x: number;
  y: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Where a point falls on the grid of a level, in cells (fractional: 256 × it is pixels at that zoom). */
export function gridPosition(point: LatLon, level: number): { x: number; y: number } {
  const n = 2 ** level;
  const lat = clamp(point.lat, -MAX_MERCATOR_LAT, MAX_MERCATOR_LAT);
  const rad = (lat * Math.PI) / 180;
  return {
    x: ((clamp(point.lon, -180, 180) + 180) / 360) * n,
    y: ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n,
  };
}

/** The tile holding a point at a level. */
export function cellOf(point: LatLon, level: number): Cell {
  const n = 2 ** level;
  const { x, y } = gridPosition(point, level);
  return { level, x: clamp(Math.floor(x), 0, n - 1), y: clamp(Math.floor(y), 0, n - 1) };
}

/** The box holding two boxes. */
export function unionBounds(a: CellBounds, b: CellBounds): CellBounds {
  return {
    south: Math.min(a.south, b.south),
    west: Math.min(a.west, b.west),
    north: Math.max(a.north, b.north),
    east: Math.max(a.east, b.east),
  };
}

/** The facet value of a cell: `"x.y"` (the level is in the attribute name). */
export const cellKey = (cell: Pick<Cell, 'x' | 'y'>) => `${cell.x}.${cell.y}`;

/** A facet value back to a cell; undefined when it is not one. */
export function parseCellKey(key: string, level: number): Cell | undefined {
  const match = /^(\d+)\.(\d+)$/.exec(key);
  if (!match) return undefined;
  const x = Number(match[1]);
  const y = Number(match[2]);
  const n = 2 ** level;
  return x < n && y < n ? { level, x, y } : undefined;
}

const lonOf = (x: number, level: number) => (x / 2 ** level) * 360 - 180;
const latOf = (y: number, level: number) =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** level))) * 180) / Math.PI;

export function cellBounds(cell: Cell): CellBounds {
  return {
    south: latOf(cell.y + 1, cell.level),
    west: lonOf(cell.x, cell.level),
    north: latOf(cell.y, cell.level),
    east: lonOf(cell.x + 1, cell.level),
  };
}

/** Centre of the cell on screen (Mercator middle, not the latitude average). */
export function cellCenter(cell: Cell): LatLon {
  return { lat: latOf(cell.y + 0.5, cell.level), lon: lonOf(cell.x + 0.5, cell.level) };
}

/** The cell fields of a document at a point. */
export function cellFields(point: LatLon): Record<CellAttribute, string> {
  const fields = {} as Record<CellAttribute, string>;
  for (const level of CELL_LEVELS) fields[cellAttribute(level)] = cellKey(cellOf(point, level));
  return fields;
}

/**
 * The level to cluster by at a map zoom: the finest stored level ≤ zoom + 2, so a cell is 64
 * or 128 screen pixels wide (a 256 px tile at zoom z is 4 cells of level z+2).
 */
export function clusterLevel(zoom: number): CellLevel {
  let chosen: CellLevel = CELL_LEVELS[0];
  for (const level of CELL_LEVELS) if (level <= zoom + 2) chosen = level;
  return chosen;
}

/** The next stored level after this one (used to place a cluster at its centroid). */
export function finerLevel(level: CellLevel): CellLevel | undefined {
  return CELL_LEVELS[CELL_LEVELS.indexOf(level) + 1];
}
