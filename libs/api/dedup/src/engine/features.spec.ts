import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aSource } from '../testing/factories';
import {
  descriptionSimilarityBound,
  descriptionSketchOf,
  descriptionTokensOf,
  digestOf,
  featuresFromDigest,
  sketchOfTokens,
} from './features';
import { setSimilarity } from './score-pair';

/** The descriptions of the labelled evaluation set: real-looking texts, copies and near misses. */
function evalDescriptions(): string[] {
  const set = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'eval', 'eval-set.json'), 'utf8'),
  ) as { sources: Array<{ listing: { description: string } }> };
  return set.sources.map((source) => source.listing.description);
}

describe('description sketch', () => {
  it('never bounds the description similarity below its value (every pair of the evaluation set)', () => {
    const tokens = evalDescriptions().map((description) =>
      descriptionTokensOf(aSource('a', { description }).listing),
    );
    const sketches = tokens.map(sketchOfTokens);
    const below: string[] = [];
    const asymmetric: string[] = [];
    let gaps = 0;
    let pairs = 0;
    for (let i = 0; i < tokens.length; i++)
      for (let j = i + 1; j < tokens.length; j++) {
        const similarity = setSimilarity(tokens[i]!, tokens[j]!, 8);
        const bound = descriptionSimilarityBound(sketches[i], sketches[j]);
        if (bound < similarity) below.push(`${i}/${j}: ${bound} < ${similarity}`);
        if (bound !== descriptionSimilarityBound(sketches[j], sketches[i]))
          asymmetric.push(`${i}/${j}`);
        gaps += bound - similarity;
        pairs++;
      }
    expect(pairs).toBeGreaterThan(100_000);
    expect(below).toEqual([]);
    expect(asymmetric).toEqual([]);
    // Not a bound of 1 everywhere: on average close to the similarity itself.
    expect(gaps / pairs).toBeLessThan(0.1);
  });

  it('is exact for the same words, 0 against an empty description, 1 without a sketch', () => {
    const listing = aSource('a').listing;
    const sketch = descriptionSketchOf(listing);
    expect(sketch.size).toBe(descriptionTokensOf(listing).size);
    expect(descriptionSimilarityBound(sketch, sketchOfTokens(descriptionTokensOf(listing)))).toBe(
      1,
    );
    expect(descriptionSimilarityBound(sketch, sketchOfTokens(new Set()))).toBe(0);
    expect(descriptionSimilarityBound(sketch, null)).toBe(1);
    expect(descriptionSimilarityBound(undefined, sketch)).toBe(1);
  });

  it('is stored with the features and read back as it was', () => {
    const listing = aSource('a').listing;
    const stored = featuresFromDigest(JSON.parse(JSON.stringify(digestOf(listing))));
    expect(stored?.descriptionSketch).toEqual(descriptionSketchOf(listing));
    // A digest written before sketches existed: no bound, never a wrong one.
    const { d: _sketch, ...older } = digestOf(listing);
    expect(featuresFromDigest(older)?.descriptionSketch).toBeNull();
    expect(featuresFromDigest({ ...digestOf(listing), d: [3, 'short'] })?.descriptionSketch).toBe(
      null,
    );
  });
});
