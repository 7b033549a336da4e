import { KeyFilter } from './key-filter';

/** Keys shaped like the stored ones: organizations, communes, title words, weeks. */
const keyOf = (i: number) => `od:nasso${i % 7919}:${2900 + (i % 53)}:${i}`;

describe('KeyFilter', () => {
  it('contains every key added (no false negative)', () => {
    const filter = new KeyFilter(50_000);
    for (let i = 0; i < 50_000; i++) filter.add(keyOf(i));
    const missing: string[] = [];
    for (let i = 0; i < 50_000; i++) if (!filter.mightContain(keyOf(i))) missing.push(keyOf(i));
    expect(missing).toEqual([]);
    expect(filter.added).toBe(50_000);
  });

  it('answers true for about 1 % of the keys it was never given, at the expected size', () => {
    const filter = new KeyFilter(50_000);
    for (let i = 0; i < 50_000; i++) filter.add(keyOf(i));
    let falsePositives = 0;
    for (let i = 50_000; i < 150_000; i++) if (filter.mightContain(keyOf(i))) falsePositives++;
    // 2^19 bits for 50,000 keys (10.5 per key) with 7 hashes: 0.7 % in theory.
    expect(falsePositives / 100_000).toBeGreaterThan(0.002);
    expect(falsePositives / 100_000).toBeLessThan(0.012);
  });

  it('still never misses a key when given more keys than expected, only answers true more often', () => {
    const filter = new KeyFilter(100);
    for (let i = 0; i < 20_000; i++) filter.add(keyOf(i));
    for (let i = 0; i < 20_000; i++) expect(filter.mightContain(keyOf(i))).toBe(true);
    expect(filter.bytes).toBe(128);
  });

  it('knows nothing when empty', () => {
    const filter = new KeyFilter(0);
    expect(filter.mightContain('od:nasso1:2901')).toBe(false);
    expect(filter.mightContain('')).toBe(false);
  });
});
