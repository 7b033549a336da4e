import { ListingKind } from '@passerelle/shared-domain';
import { IngestErrorCode } from './ingest.errors';
import { runPipeline } from './run-pipeline';
import { taxonomyResolver } from './taxonomy-crosswalk';
import { aListingInput, NOW } from './testing/listing-input.factory';

describe(taxonomyResolver.name, () => {
  it('maps slugs and French labels, ignoring accents and case', () => {
    const resolver = taxonomyResolver();
    expect(resolver.domain('solidarite-insertion')).toBe('solidarite-insertion');
    expect(resolver.domain('Solidarité et insertion')).toBe('solidarite-insertion');
    expect(resolver.domain('EDUCATION POUR TOUS')).toBe('education');
    expect(resolver.domain("Interventions d'urgence en cas de crise")).toBe('autre');
    expect(resolver.activity('Lutte contre l’isolement')).toBe('lutte-contre-isolement');
    expect(resolver.activity('Soutien_Scolaire')).toBe('soutien-scolaire');
    expect(resolver.domain('Solidarité')).toBeUndefined();
  });

  it("applies the partner's crosswalk first and ignores entries that point nowhere", () => {
    const resolver = taxonomyResolver({
      domain: {
        'Aide alimentaire': 'solidarite-insertion',
        Sport: 'culture-loisirs',
        Jeux: 'ludotheque',
      },
      activities: { 'Aide aux devoirs': 'soutien-scolaire' },
    });
    expect(resolver.domain('aide ALIMENTAIRE')).toBe('solidarite-insertion');
    expect(resolver.domain('Sport')).toBe('culture-loisirs');
    expect(resolver.domain('Jeux')).toBeUndefined();
    expect(resolver.activity('Aide aux devoirs')).toBe('soutien-scolaire');
  });
});

describe('taxonomy in the pipeline', () => {
  it('maps partner labels through the crosswalk', () => {
    const result = runPipeline(
      aListingInput({ domain: 'Aide alimentaire', activities: ['Aide aux devoirs', 'Collecte'] }),
      {
        now: NOW,
        crosswalk: {
          domain: { 'Aide alimentaire': 'solidarite-insertion' },
          activities: { 'aide aux devoirs': 'soutien-scolaire' },
        },
      },
    );
    expect(result.ok && result.listing).toMatchObject({
      domain: 'solidarite-insertion',
      activities: ['soutien-scolaire', 'collecte'],
    });
  });

  it('keeps an unknown activity as written and reports it as a warning', () => {
    const result = runPipeline(
      aListingInput({
        kind: ListingKind.OFFER,
        activities: ['distribution', 'Maraude de nuit', 'soutien-scolaire, Cuisine'],
      }),
      { now: NOW },
    );
    if (!result.ok) throw new Error('rejected');
    expect(result.listing.activities).toEqual([
      'distribution',
      'Maraude de nuit',
      'soutien-scolaire',
      'Cuisine',
    ]);
    expect(result.warnings.map((w) => [w.code, w.path])).toEqual([
      [IngestErrorCode.ACTIVITY_UNKNOWN, 'activities[1]'],
      [IngestErrorCode.ACTIVITY_UNKNOWN, 'activities[2]'],
    ]);
  });
});
