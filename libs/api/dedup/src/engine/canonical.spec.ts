import { GeoPrecision } from '@passerelle/shared-domain';
import { aPayload, MULHOUSE, MULHOUSE_CITY } from '../testing/factories';
import { type CanonicalSource, canonicalListing, completeness, rankSources } from './canonical';

const aCanonicalSource = (
  sourceId: string,
  overrides: Partial<CanonicalSource> = {},
  payload: Parameters<typeof aPayload>[0] = {},
): CanonicalSource => ({
  sourceId,
  partnerId: `partner-${sourceId}`,
  externalId: sourceId,
  updatedAt: new Date('2027-01-01T00:00:00Z'),
  organizationId: `org-${sourceId}`,
  payload: aPayload(payload),
  ...overrides,
});

describe(canonicalListing.name, () => {
  const complete = aCanonicalSource(
    'complete',
    {},
    { schedule: 'Le samedi', imageUrl: 'https://x.example/i.png' },
  );
  const sparse = aCanonicalSource(
    'sparse',
    { updatedAt: new Date('2027-02-01T00:00:00Z'), organizationId: 'org-sparse' },
    {
      title: 'Bénévole – maraude',
      domain: null,
      places: null,
      endsAt: null,
      tags: ['nuit'],
      activities: ['ecoute-permanence'],
      locations: [MULHOUSE_CITY],
      organization: { name: 'Mulhouse Cité Fraternelle', rna: null, siren: null },
    },
  );

  it('ranks sources by completeness, then the most recently updated, then partner and id', () => {
    expect(completeness(complete)).toBeGreaterThan(completeness(sparse));
    expect(rankSources([sparse, complete]).map((s) => s.sourceId)).toEqual(['complete', 'sparse']);
    const newer = { ...complete, sourceId: 'newer', updatedAt: new Date('2027-03-01T00:00:00Z') };
    expect(rankSources([complete, newer]).map((s) => s.sourceId)).toEqual(['newer', 'complete']);
  });

  it('takes the text from the best source, every other field from the best that has it', () => {
    const { values, ranking } = canonicalListing([sparse, complete]);
    expect(ranking).toEqual(['complete', 'sparse']);
    expect(values.title).toBe(complete.payload.title);
    expect(values.description).toBe(complete.payload.description);
    expect(values.schedule).toBe('Le samedi');
    expect(values.endsAt).toBe(complete.payload.endsAt);
    expect(values.activities).toEqual(['secours-aide', 'ecoute-permanence']);
    expect(values.tags).toEqual(['nuit']);
    // The organization of the source that has an RNA.
    expect(values.organizationId).toBe('org-complete');
  });

  it('falls back on another source for a field the best one leaves empty', () => {
    const noDomain = aCanonicalSource(
      'best',
      {},
      { domain: null, schedule: 'Le soir', imageUrl: 'https://i.example/1' },
    );
    const withDomain = aCanonicalSource('other', {}, { domain: 'sante', locations: [] });
    expect(canonicalListing([withDomain, noDomain]).values).toMatchObject({
      title: noDomain.payload.title,
      domain: 'sante',
    });
  });

  it('takes the places of the source with the most precise ones', () => {
    const cityOnly = aCanonicalSource(
      'city',
      {},
      {
        locations: [MULHOUSE_CITY],
        schedule: 'x',
        imageUrl: 'https://i.example/1',
        postedAt: '2026-12-01T00:00:00.000Z',
      },
    );
    const street = aCanonicalSource('street', {}, { locations: [MULHOUSE] });
    const result = canonicalListing([cityOnly, street]);
    expect(result.ranking[0]).toBe('city');
    expect(result.placeSourceId).toBe('street');
    expect(street.payload.locations[0]!.precision).toBe(GeoPrecision.ADDRESS);
  });

  it('refuses an empty group', () => {
    expect(() => canonicalListing([])).toThrow();
  });
});
