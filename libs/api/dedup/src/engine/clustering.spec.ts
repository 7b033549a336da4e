import {
  assignListings,
  type ClusterEdge,
  type ClusterNode,
  clusterSources,
  type PairDecision,
  pairKey,
} from './clustering';

const node = (id: string, partnerId: string): ClusterNode => ({ id, partnerId, order: id });
const ids = (groups: ClusterNode[][]) => groups.map((group) => group.map((n) => n.id));

/** Every permutation of a small list. */
function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe(clusterSources.name, () => {
  const nodes = [
    node('a1', 'A'),
    node('b1', 'B'),
    node('b2', 'B'),
    node('c1', 'C'),
    node('d1', 'D'),
  ];
  const edges: ClusterEdge[] = [
    { a: 'a1', b: 'b1', score: 0.95 },
    { a: 'a1', b: 'b2', score: 0.9 },
    { a: 'b2', b: 'c1', score: 0.85 },
    { a: 'b1', b: 'd1', score: 0.82 },
  ];

  it('lets the best pair win when two sources of one partner match the same source', () => {
    const groups = clusterSources({ nodes, edges, decisions: new Map(), vetoed: () => false });
    expect(ids(groups)).toEqual([
      ['a1', 'b1', 'd1'],
      ['b2', 'c1'],
    ]);
  });

  it('gives the same groups whatever order nodes and edges come in', () => {
    const expected = ids(
      clusterSources({ nodes, edges, decisions: new Map(), vetoed: () => false }),
    );
    for (const order of permutations(edges))
      for (const nodeOrder of [nodes, [...nodes].reverse()])
        expect(
          ids(
            clusterSources({
              nodes: nodeOrder,
              edges: order,
              decisions: new Map(),
              vetoed: () => false,
            }),
          ),
        ).toEqual(expected);
  });

  it('never joins groups across a veto or an operator’s split', () => {
    const vetoed = (x: string, y: string) => pairKey(x, y) === pairKey('d1', 'a1');
    expect(ids(clusterSources({ nodes, edges, decisions: new Map(), vetoed }))).toEqual([
      ['a1', 'b1'],
      ['b2', 'c1'],
      ['d1'],
    ]);
    const split = new Map<string, PairDecision>([[pairKey('a1', 'b1'), 'SPLIT']]);
    expect(ids(clusterSources({ nodes, edges, decisions: split, vetoed: () => false }))).toEqual([
      ['a1', 'b2', 'c1'],
      ['b1', 'd1'],
    ]);
  });

  it('applies operators’ merges first, even for two sources of one partner', () => {
    const merge = new Map<string, PairDecision>([[pairKey('b1', 'b2'), 'MERGE']]);
    expect(ids(clusterSources({ nodes, edges, decisions: merge, vetoed: () => false }))).toEqual([
      ['a1', 'b1', 'b2', 'c1', 'd1'],
    ]);
  });
});

describe(assignListings.name, () => {
  const groups = [[node('a1', 'A'), node('b1', 'B')], [node('c1', 'C')], [node('d1', 'D')]];

  it('keeps each listing with the group holding most of its sources, the older one on ties', () => {
    const previousListing = new Map([
      ['a1', 'L1'],
      ['b1', 'L1'],
      ['c1', 'L1'],
      ['d1', 'L2'],
    ]);
    const listings = [
      { id: 'L1', createdAt: 1 },
      { id: 'L2', createdAt: 2 },
    ];
    expect(assignListings({ groups, previousListing, listings })).toEqual(['L1', null, 'L2']);
  });

  it('lets the source that changed leave, not the ones that stayed', () => {
    const previousListing = new Map([
      ['a1', 'L1'],
      ['c1', 'L1'],
    ]);
    const result = assignListings({
      groups: [[node('a1', 'A')], [node('c1', 'C')]],
      previousListing,
      listings: [{ id: 'L1', createdAt: 1 }],
      movedSources: new Set(['a1']),
    });
    expect(result).toEqual([null, 'L1']);
  });

  it('gives the preferred listing to its group', () => {
    const previousListing = new Map([
      ['a1', 'L1'],
      ['b1', 'L2'],
    ]);
    const result = assignListings({
      groups: [[node('a1', 'A'), node('b1', 'B')]],
      previousListing,
      listings: [
        { id: 'L1', createdAt: 1 },
        { id: 'L2', createdAt: 2 },
      ],
      preferredListingId: 'L2',
    });
    expect(result).toEqual(['L2']);
  });
});
