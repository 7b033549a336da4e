/**
 * Groups of sources from scored pairs, the same whatever order the sources arrived in:
 * operators' MERGE decisions first, then the algorithm's pairs from the highest score down
 * (Kruskal), each joining two groups only when no cross pair forbids it (same partner, a
 * veto, an operator's SPLIT).
 */

export interface ClusterNode {
  id: string;
  partnerId: string;
  /** Deterministic tie-break key that does not depend on arrival order (partner + external id). */
  order: string;
}

/** A pair the algorithm would merge (score ≥ MERGE_THRESHOLD, no veto). */
export interface ClusterEdge {
  a: string;
  b: string;
  score: number;
}

export type PairDecision = 'MERGE' | 'SPLIT';

export interface ClusterInput {
  nodes: readonly ClusterNode[];
  edges: readonly ClusterEdge[];
  /** Operators' decisions, keyed by `pairKey(a, b)`. */
  decisions: ReadonlyMap<string, PairDecision>;
  /** True when the algorithm must never put these two in one group (a veto). */
  vetoed: (a: string, b: string) => boolean;
}

/** Key of an unordered pair of ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The groups, each sorted by `order`, sorted by their first member's `order`. */
export function clusterSources(input: ClusterInput): ClusterNode[][] {
  const byId = new Map(input.nodes.map((node) => [node.id, node]));
  const groupOf = new Map<string, ClusterNode[]>();
  for (const node of input.nodes) groupOf.set(node.id, [node]);

  const decided = (a: string, b: string) => input.decisions.get(pairKey(a, b));
  const canJoin = (left: ClusterNode[], right: ClusterNode[], forced: boolean) => {
    for (const x of left)
      for (const y of right) {
        const decision = decided(x.id, y.id);
        if (decision === 'SPLIT') return false;
        if (forced || decision === 'MERGE') continue;
        if (x.partnerId === y.partnerId || input.vetoed(x.id, y.id)) return false;
      }
    return true;
  };
  const join = (a: string, b: string, forced: boolean) => {
    const left = groupOf.get(a);
    const right = groupOf.get(b);
    if (!left || !right || left === right || !canJoin(left, right, forced)) return;
    const [keep, absorb] = left.length >= right.length ? [left, right] : [right, left];
    for (const node of absorb) {
      keep.push(node);
      groupOf.set(node.id, keep);
    }
  };
  const orderOf = (id: string) => byId.get(id)?.order ?? id;
  const edgeKey = (a: string, b: string) => {
    const [x, y] = [orderOf(a), orderOf(b)];
    return x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
  };
  const compareKeys = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

  const merges = [...input.decisions.entries()]
    .filter(([, decision]) => decision === 'MERGE')
    .map(([key]) => key.split('|') as [string, string])
    .filter(([a, b]) => byId.has(a) && byId.has(b))
    .sort(([a1, b1], [a2, b2]) => compareKeys(edgeKey(a1, b1), edgeKey(a2, b2)));
  for (const [a, b] of merges) join(a, b, true);

  const edges = input.edges
    .filter((edge) => byId.has(edge.a) && byId.has(edge.b))
    .sort((e1, e2) => e2.score - e1.score || compareKeys(edgeKey(e1.a, e1.b), edgeKey(e2.a, e2.b)));
  for (const edge of edges) join(edge.a, edge.b, false);

  const groups = [...new Set(groupOf.values())].map((group) =>
    [...group].sort((x, y) => compareKeys(x.order, y.order)),
  );
  return groups.sort((x, y) => compareKeys(x[0]!.order, y[0]!.order));
}

export interface ExistingListing {
  id: string;
  /** Creation time in ms: the older listing keeps its id on ties. */
  createdAt: number;
}

export interface AssignInput {
  groups: readonly (readonly ClusterNode[])[];
  /** Each source's listing before regrouping (absent or null for a new source). */
  previousListing: ReadonlyMap<string, string | null>;
  listings: readonly ExistingListing[];
  /** Sources that count for half when deciding which group keeps a listing (the one that changed). */
  movedSources?: ReadonlySet<string>;
  /** This listing goes to the group holding the most of… it, before any other (operator's target). */
  preferredListingId?: string;
}

/**
 * Which existing listing each group keeps: a listing stays with the group holding most of its
 * previous sources (ties: the preferred listing first, then the older listing); groups left
 * without one get a new listing (null).
 */
export function assignListings(input: AssignInput): (string | null)[] {
  const created = new Map(input.listings.map((listing) => [listing.id, listing.createdAt]));
  const options: Array<{ group: number; listing: string; weight: number }> = [];
  input.groups.forEach((group, index) => {
    const weights = new Map<string, number>();
    for (const node of group) {
      const listing = input.previousListing.get(node.id);
      if (!listing) continue;
      const weight = input.movedSources?.has(node.id) ? 0.5 : 1;
      weights.set(listing, (weights.get(listing) ?? 0) + weight);
    }
    for (const [listing, weight] of weights) options.push({ group: index, listing, weight });
  });
  const preferred = input.preferredListingId;
  options.sort(
    (x, y) =>
      Number(y.listing === preferred) - Number(x.listing === preferred) ||
      y.weight - x.weight ||
      (created.get(x.listing) ?? Infinity) - (created.get(y.listing) ?? Infinity) ||
      (x.listing < y.listing ? -1 : x.listing > y.listing ? 1 : 0) ||
      x.group - y.group,
  );
  const result: (string | null)[] = input.groups.map(() => null);
  const taken = new Set<string>();
  for (const option of options) {
    if (result[option.group] !== null || taken.has(option.listing)) continue;
    result[option.group] = option.listing;
    taken.add(option.listing);
  }
  return result;
}
