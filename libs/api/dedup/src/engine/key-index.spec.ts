import { randomUUID } from 'node:crypto';
import { KeyIndex } from './key-index';

/** Keys shaped like the stored ones: organizations, communes, title words, weeks. */
const keyOf = (i: number) => `od:nasso${i % 7919}:${2900 + (i % 53)}:${i}`;

describe('KeyIndex', () => {
  it('finds every source stored with a key, the first added first, and only those', () => {
    const index = new KeyIndex(4, 4);
    const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    index.add(ids[0]!, ['od:a:1', 'td:67482:colis+famille:2906']);
    index.add(ids[1]!, ['od:b:1']);
    index.add(ids[2]!, ['od:a:1']);
    index.add(ids[3]!, []);
    expect(index.lookup('od:a:1', 40).map((s) => index.idOf(s))).toEqual([ids[0], ids[2]]);
    expect(index.lookup('td:67482:colis+famille:2906', 40).map((s) => index.idOf(s))).toEqual([
      ids[0],
    ]);
    expect(index.lookup('od:a:1', 1).map((s) => index.idOf(s))).toEqual([ids[0]]);
    expect(index.lookup('od:c:1', 40)).toEqual([]);
    expect(index.sources).toBe(4);
    expect(index.keys).toBe(4);
  });

  it('keeps the keys of many sources apart (growing past its initial capacity)', () => {
    const index = new KeyIndex(10, 10);
    const ids = Array.from({ length: 20_000 }, () => randomUUID());
    ids.forEach((id, i) => index.add(id, [keyOf(i), keyOf(i + 1), 'oa:shared:67']));
    const wrong: number[] = [];
    for (let i = 1; i < 20_000; i++) {
      const found = index.lookup(keyOf(i), 40).map((s) => index.idOf(s));
      if (found.length !== 2 || found[0] !== ids[i - 1] || found[1] !== ids[i]) wrong.push(i);
    }
    expect(wrong).toEqual([]);
    expect(index.lookup('oa:shared:67', 40).map((s) => index.idOf(s))).toEqual(ids.slice(0, 40));
    expect(index.keys).toBe(60_000);
  });

  it('ranks like the SQL statement: most keys shared first, then by id as PostgreSQL orders UUIDs', () => {
    const index = new KeyIndex(4);
    const low = '00000000-0000-4000-8000-000000000001';
    const high = 'ffffffff-0000-4000-8000-000000000001';
    const middle = '7fffffff-0000-4000-8000-000000000001';
    index.add(high, ['k1', 'k2']);
    index.add(middle, ['k1']);
    index.add(low, ['k1']);
    index.add(randomUUID(), ['other']);
    expect(index.rank(['k1', 'k2', 'k3'], 40, 10).map((s) => index.idOf(s))).toEqual([
      high,
      low,
      middle,
    ]);
    expect(index.rank(['k1', 'k2'], 40, 2).map((s) => index.idOf(s))).toEqual([high, low]);
    // Each key reads at most perKeyLimit sources, in the order they were added.
    expect(index.rank(['k1'], 2, 10).map((s) => index.idOf(s))).toEqual([middle, high]);
    expect(index.rank([], 40, 10)).toEqual([]);
  });

  it('refuses sources beyond its capacity, and sources added after the first lookup', () => {
    const index = new KeyIndex(1);
    expect(index.add(randomUUID(), ['k'])).toBe(true);
    index.lookup('k', 1);
    expect(() => index.add(randomUUID(), ['k'])).toThrow('KeyIndex: add after lookup');
    expect(KeyIndex.MAX_SOURCES).toBe(2 ** 21);
  });
});
