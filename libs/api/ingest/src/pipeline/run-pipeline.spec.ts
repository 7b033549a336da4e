import { IngestErrorCode } from './ingest.errors';
import { canonicalJson, contentHash } from './content-hash';
import { runPipeline } from './run-pipeline';
import { aListingInput, anAddress, NOW } from './testing/listing-input.factory';

function hashOf(...args: Parameters<typeof aListingInput>): string {
  const result = runPipeline(aListingInput(...args), { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.hash;
}

describe(runPipeline.name, () => {
  it('returns the normalized listing, its hash and the warnings', () => {
    const result = runPipeline(aListingInput({ startsAt: '04/03/2025' }), { now: NOW });
    expect(result).toMatchObject({ ok: true, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual([
      IngestErrorCode.DATE_AMBIGUOUS,
    ]);
  });

  it('returns the errors and warnings of a rejected item', () => {
    const result = runPipeline(aListingInput({ places: 0, title: 'Aide\u0000 aux devoirs' }), {
      now: NOW,
    });
    expect(result).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: IngestErrorCode.PLACES_INVALID })],
      warnings: [expect.objectContaining({ code: IngestErrorCode.CONTROL_CHARACTERS_STRIPPED })],
    });
  });

  it('gives the same hash to the same content sent again, however it is written', () => {
    const first = hashOf();
    expect(hashOf()).toBe(first);
    expect(
      hashOf({
        title: '  Distribution alimentaire   aux familles du quartier ',
        startsAt: '04/03/2025',
        endsAt: '2025-06-24T00:00:00Z',
        applyUrl:
          'HTTPS://www.jeveuxaider.gouv.fr/missions-benevolat/48213/distribution-alimentaire',
        addresses: [
          {
            lon: 4.8456,
            lat: 45.7578,
            city: 'Lyon',
            postalCode: '69 003',
            street: '12 rue Paul Bert',
          },
        ],
      }),
    ).toBe(first);
  });

  it('changes the hash when the content changes', () => {
    const first = hashOf();
    expect(hashOf({ places: 5 })).not.toBe(first);
    expect(hashOf({ addresses: [anAddress({ street: '14 rue Paul Bert' })] })).not.toBe(first);
    expect(
      hashOf({ organization: { name: 'Les Restaurants du Cœur', rna: 'W691234568' } }),
    ).not.toBe(first);
  });

  it('does not depend on the order of activities and tags', () => {
    expect(
      hashOf({ activities: ['distribution', 'logistique'], tags: ['Alimentation', 'Été'] }),
    ).toBe(hashOf({ activities: ['logistique', 'distribution'], tags: ['Été', 'Alimentation'] }));
  });
});

describe(contentHash.name, () => {
  it('does not depend on key order', () => {
    const result = runPipeline(aListingInput(), { now: NOW });
    if (!result.ok) throw new Error('rejected');
    const reordered = Object.fromEntries(
      Object.entries(result.listing).reverse(),
    ) as typeof result.listing;
    expect(contentHash(reordered)).toBe(result.hash);
  });
});

describe(canonicalJson.name, () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null }, e: undefined })).toBe(
      '{"a":{"c":null,"d":[2,1]},"b":1}',
    );
  });
});
