import { buildClusters, joinOverlapping } from './map-clusters';
import {
  CELL_LEVELS,
  cellBounds,
  cellCenter,
  cellFields,
  cellKey,
  cellOf,
  clusterLevel,
  finerLevel,
  parseCellKey,
} from './map-grid';

const PARIS = { lat: 48.8566, lon: 2.3522 };
const LYON = { lat: 45.764, lon: 4.8357 };

describe('map grid', () => {
  it('finds the slippy-map tile of a point', () => {
    // OSM tile of Paris at zoom 10 is 518/352.
    expect(cellOf(PARIS, 10)).toEqual({ level: 10, x: 518, y: 352 });
    expect(cellOf({ lat: 0, lon: 0 }, 1)).toEqual({ level: 1, x: 1, y: 1 });
  });

  it('clamps the poles and the antimeridian into the grid', () => {
    expect(cellOf({ lat: 90, lon: 180 }, 3)).toEqual({ level: 3, x: 7, y: 0 });
    expect(cellOf({ lat: -90, lon: -180 }, 3)).toEqual({ level: 3, x: 0, y: 7 });
  });

  it('gives a cell box that holds the point, and a centre inside it', () => {
    for (const level of CELL_LEVELS) {
      const cell = cellOf(LYON, level);
      const box = cellBounds(cell);
      expect(LYON.lat).toBeGreaterThanOrEqual(box.south);
      expect(LYON.lat).toBeLessThan(box.north);
      expect(LYON.lon).toBeGreaterThanOrEqual(box.west);
      expect(LYON.lon).toBeLessThan(box.east);
      const centre = cellCenter(cell);
      expect(centre.lat).toBeGreaterThan(box.south);
      expect(centre.lat).toBeLessThan(box.north);
    }
  });

  it('nests the cells of successive levels', () => {
    const fields = cellFields(PARIS);
    for (const level of CELL_LEVELS) {
      const next = finerLevel(level);
      if (!next) continue;
      const parent = parseCellKey(fields[`cell${level}`], level)!;
      const child = parseCellKey(fields[`cell${next}`], next)!;
      expect(child.x >> (next - level)).toBe(parent.x);
      expect(child.y >> (next - level)).toBe(parent.y);
    }
  });

  it('round-trips a cell key and rejects anything else', () => {
    expect(parseCellKey(cellKey({ x: 12, y: 7 }), 5)).toEqual({ level: 5, x: 12, y: 7 });
    expect(parseCellKey('40.1', 5)).toBeUndefined();
    expect(parseCellKey('1,2', 5)).toBeUndefined();
  });

  it('clusters by cells 64 to 128 pixels wide', () => {
    expect(clusterLevel(0)).toBe(CELL_LEVELS[0]);
    expect(clusterLevel(5)).toBe(7);
    expect(clusterLevel(6)).toBe(7);
    expect(clusterLevel(12)).toBe(13);
    expect(clusterLevel(22)).toBe(17);
  });
});

describe(buildClusters.name, () => {
  it('places a cluster at the weighted centre of its finer cells, boxed by them', () => {
    const lyon5 = cellKey(cellOf(LYON, 5));
    const lyon7 = cellOf(LYON, 7);
    const other7 = { x: lyon7.x ^ 1, y: lyon7.y };
    const [cluster, ...rest] = buildClusters(
      5,
      { [lyon5]: 4 },
      { level: 7, counts: { [cellKey(lyon7)]: 3, [cellKey(other7)]: 1 } },
    );
    expect(rest).toEqual([]);
    expect(cluster!.count).toBe(4);
    const a = cellCenter(lyon7);
    const b = cellCenter({ level: 7, ...other7 });
    expect(cluster!.lon).toBeCloseTo((3 * a.lon + b.lon) / 4, 6);
    const boxA = cellBounds(lyon7);
    const boxB = cellBounds({ level: 7, ...other7 });
    expect(cluster!.bounds.west).toBeCloseTo(Math.min(boxA.west, boxB.west), 6);
    expect(cluster!.bounds.east).toBeCloseTo(Math.max(boxA.east, boxB.east), 6);
  });

  it('falls back to the cell centre, skips empty or invalid cells, largest first', () => {
    const paris = cellOf(PARIS, 8);
    const lyon = cellOf(LYON, 8);
    const clusters = buildClusters(8, {
      [cellKey(lyon)]: 2,
      [cellKey(paris)]: 9,
      'not-a-cell': 3,
      '1.1': 0,
    });
    expect(clusters.map((c) => c.count)).toEqual([9, 2]);
    expect(clusters[0]).toMatchObject(cellCenter(paris));
    expect(clusters[0]!.bounds).toEqual(cellBounds(paris));
  });
});

describe(joinOverlapping.name, () => {
  const at = (cell: string, count: number, lat: number, lon: number) => ({
    cell,
    count,
    lat,
    lon,
    bounds: { south: lat - 0.01, west: lon - 0.01, north: lat + 0.01, east: lon + 0.01 },
  });

  it('joins clusters drawn over one another, at their weighted centre, and keeps the others', () => {
    // At zoom 12 a degree of longitude is ~2,900 px: 0.005° apart is ~15 px, 0.1° ~290 px.
    const clusters = joinOverlapping(
      [at('a', 2, 45.76, 4.835), at('b', 4, 45.76, 4.83), at('c', 3, 45.76, 4.93)],
      12,
    );
    expect(clusters.map((c) => c.count)).toEqual([6, 3]);
    expect(clusters[0]!.cell).toBe('b');
    expect(clusters[0]!.lon).toBeCloseTo((4 * 4.83 + 2 * 4.835) / 6, 6);
    const box = clusters[0]!.bounds;
    expect([box.south, box.west, box.north, box.east].map((v) => v.toFixed(3))).toEqual([
      '45.750',
      '4.820',
      '45.770',
      '4.845',
    ]);
    expect(clusters[1]).toEqual(at('c', 3, 45.76, 4.93));
  });

  it('splits them again as one zooms in', () => {
    const clusters = [at('a', 2, 45.76, 4.835), at('b', 4, 45.76, 4.83)];
    expect(joinOverlapping(clusters, 16).map((c) => c.count)).toEqual([4, 2]);
    expect(joinOverlapping([], 5)).toEqual([]);
  });
});
