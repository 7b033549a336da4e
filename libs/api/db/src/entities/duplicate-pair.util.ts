/**
 * The order in which a pair of source ids is stored in the duplicate tables: (low, high) as
 * PostgreSQL orders uuids, which is the order of their lowercase text form.
 */
export function orderedPair(a: string, b: string): { sourceLowId: string; sourceHighId: string } {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) throw new Error(`A duplicate pair needs two different sources, got ${x} twice`);
  return x < y ? { sourceLowId: x, sourceHighId: y } : { sourceLowId: y, sourceHighId: x };
}
