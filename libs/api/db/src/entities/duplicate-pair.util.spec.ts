import { orderedPair } from './duplicate-pair.util';

describe(orderedPair.name, () => {
  const low = '0b8e7a64-3c1f-4a55-9c1e-2f7d3b0a9e11';
  const high = 'F3A1C2D4-5B6E-4F70-8A9B-0C1D2E3F4A5B';

  it('orders a pair the way PostgreSQL orders uuids, whatever the argument order', () => {
    const expected = { sourceLowId: low, sourceHighId: high.toLowerCase() };
    expect(orderedPair(low, high)).toEqual(expected);
    expect(orderedPair(high, low)).toEqual(expected);
  });

  it('refuses a pair of one source with itself', () => {
    expect(() => orderedPair(low, low.toUpperCase())).toThrow(/two different sources/);
  });
});
