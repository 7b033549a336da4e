import {
  type CellBounds,
  type LatLon,
  cellBounds,
  cellCenter,
  cellKey,
  gridPosition,
  parseCellKey,
  unionBounds,
} from './map-grid';

export interface BuiltCluster extends LatLon {
  /** Facet value of the cell (`"x.y"`). */
  cell: string;
  count: number;
  /** Box of the cluster's places (from the finer cells when known, else the cell). */
  bounds: CellBounds;
}

/**
 * Clusters from facet distributions: one per non-empty cell of `level`, at the count-weighted
 * centre of its non-empty cells of `finerLevel` (16 sub-cells a cell with a 2-level step), so a
 * cluster sits where its places are rather than on a grid. Without finer counts, the cell
 * centre and box. Sorted by count, largest first.
 */
export function buildClusters(
  level: number,
  counts: Record<string, number>,
  finer?: { level: number; counts: Record<string, number> },
): BuiltCluster[] {
  const parts = new Map<string, { lat: number; lon: number; weight: number; box: CellBounds }>();
  if (finer) {
    const shift = finer.level - level;
    for (const [key, count] of Object.entries(finer.counts)) {
      const sub = parseCellKey(key, finer.level);
      if (!sub || count <= 0) continue;
      const parent = cellKey({ x: sub.x >> shift, y: sub.y >> shift });
      const centre = cellCenter(sub);
      const box = cellBounds(sub);
      const part = parts.get(parent);
      if (!part) {
        parts.set(parent, { lat: centre.lat * count, lon: centre.lon * count, weight: count, box });
        continue;
      }
      part.lat += centre.lat * count;
      part.lon += centre.lon * count;
      part.weight += count;
      part.box = unionBounds(part.box, box);
    }
  }
  const clusters: BuiltCluster[] = [];
  for (const [key, count] of Object.entries(counts)) {
    const cell = parseCellKey(key, level);
    if (!cell || count <= 0) continue;
    const part = parts.get(key);
    if (part && part.weight > 0) {
      clusters.push({
        cell: key,
        count,
        lat: part.lat / part.weight,
        lon: part.lon / part.weight,
        bounds: part.box,
      });
    } else {
      clusters.push({ cell: key, count, ...cellCenter(cell), bounds: cellBounds(cell) });
    }
  }
  return clusters.sort((a, b) => b.count - a.count || a.cell.localeCompare(b.cell));
}

/**
 * Clusters whose discs would overlap on screen at `zoom` joined into one (count summed, at
 * their count-weighted centre, boxes united): two neighbouring cells' centres can be a few
 * pixels apart, and a disc drawn over another hides its count. Greedy, largest first, as a
 * client-side marker cluster does; zooming in splits them again. `radiusPx`: the distance
 * below which two centres are joined (the largest disc is 52 px wide).
 */
export function joinOverlapping(
  clusters: readonly BuiltCluster[],
  zoom: number,
  radiusPx = 48,
): BuiltCluster[] {
  const pixel = (c: LatLon) => {
    const { x, y } = gridPosition(c, zoom);
    return { x: x * 256, y: y * 256 };
  };
  const sorted = [...clusters].sort((a, b) => b.count - a.count || a.cell.localeCompare(b.cell));
  const points = sorted.map(pixel);
  const joined = new Array<boolean>(sorted.length).fill(false);
  const result: BuiltCluster[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (joined[i]) continue;
    let cluster = { ...sorted[i]! };
    let at = points[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      if (joined[j] || Math.hypot(points[j]!.x - at.x, points[j]!.y - at.y) >= radiusPx) continue;
      const other = sorted[j]!;
      const count = cluster.count + other.count;
      cluster = {
        cell: cluster.cell,
        count,
        lat: (cluster.lat * cluster.count + other.lat * other.count) / count,
        lon: (cluster.lon * cluster.count + other.lon * other.count) / count,
        bounds: unionBounds(cluster.bounds, other.bounds),
      };
      at = pixel(cluster);
      joined[j] = true;
    }
    result.push(cluster);
  }
  return result.sort((a, b) => b.count - a.count || a.cell.localeCompare(b.cell));
}
