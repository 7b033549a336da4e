import { GeoPrecision, ListingKind, RemoteMode } from '@passerelle/shared-domain';
import { aSource, MULHOUSE, MULHOUSE_CITY, STRASBOURG_CITY } from '../testing/factories';
import { digestOf, featuresFromDigest, featuresOf } from './features';
import {
  MERGE_THRESHOLD,
  PairVerdict,
  REVIEW_THRESHOLD,
  scorePair,
  scoreSides,
  SignalName,
  verdictOf,
} from './score-pair';

const signalOf = (result: ReturnType<typeof scorePair>, name: SignalName) =>
  result.signals.find((s) => s.name === name);

/** The same mission as another platform writes it. */
const rewritten = () =>
  aSource('b', {
    title: 'RECHERCHE BENEVOLES : maraude du soir dans le quartier Coteaux (Mulhouse)',
    description:
      'Aller a la rencontre des personnes sans-abri avec une boisson chaude, ecouter, orienter ' +
      'vers les accueils de jour et signaler les situations urgentes. Mission relayée en ligne.',
    startsAt: '2027-01-06T00:00:00.000Z',
    endsAt: null,
    applyUrl: 'https://plateforme-b.example/annonces/77',
    locations: [MULHOUSE_CITY],
    organization: { name: 'Asso Mulhouse Cite Fraternelle', rna: null, siren: null },
  });

describe(scorePair.name, () => {
  it('merges the same mission rewritten by another platform, and says why', () => {
    const result = scorePair(aSource('a'), rewritten());
    expect(result.vetoed).toBe(false);
    expect(result.score).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(verdictOf(result)).toBe(PairVerdict.MERGE);
    expect(signalOf(result, SignalName.TITLE_SIMILARITY)!.value).toBe(1);
    expect(signalOf(result, SignalName.DESCRIPTION_SIMILARITY)!.value).toBeGreaterThan(0.9);
    expect(signalOf(result, SignalName.ORGANIZATION_NAME)!.value).toBe(1);
    expect(signalOf(result, SignalName.PLACE_DISTANCE_KM)!.detail).toContain('same commune');
    expect(signalOf(result, SignalName.DATE_OVERLAP)!.value).toBe(1);
    for (const signal of result.signals) {
      expect(signal.detail).toBeTruthy();
      expect(Number.isFinite(signal.weight)).toBe(true);
    }
  });

  it('is symmetric', () => {
    const [a, b] = [aSource('a'), rewritten()];
    expect(scorePair(b, a)).toEqual(scorePair(a, b));
  });

  it('counts the same RNA, and the same apply URL, as strong signals', () => {
    const same = scorePair(aSource('a'), aSource('b'));
    expect(signalOf(same, SignalName.ORGANIZATION_ID)).toMatchObject({ value: 1, weight: 0.2 });
    expect(signalOf(same, SignalName.APPLY_URL)).toMatchObject({ value: 1 });
    expect(same.score).toBe(1);
  });

  it.each([
    ['the same partner', { partner: 'a' }, SignalName.SAME_PARTNER],
    ['an offer and a need', { kind: ListingKind.OFFER }, SignalName.KIND_MISMATCH],
    [
      'two different RNA',
      { organization: { name: 'Mulhouse Cité Fraternelle', rna: 'W682009999', siren: null } },
      SignalName.ORGANIZATION_CONFLICT,
    ],
    ['places in other departments', { locations: [STRASBOURG_CITY] }, SignalName.PLACE_FAR],
    [
      'date ranges more than a day apart',
      { startsAt: '2027-04-02T00:00:00.000Z', endsAt: '2027-04-30T00:00:00.000Z' },
      SignalName.DATES_DISJOINT,
    ],
    [
      'starts more than a month apart',
      { startsAt: '2027-02-15T00:00:00.000Z', endsAt: null },
      SignalName.DATES_DISJOINT,
    ],
  ])('vetoes %s', (_case, change, name) => {
    const { partner, ...overrides } = change as { partner?: string };
    const result = scorePair(aSource('a'), aSource(partner ?? 'b', overrides));
    expect(result.vetoed).toBe(true);
    expect(result.score).toBe(0);
    expect(result.rawScore).toBeGreaterThan(0);
    expect(signalOf(result, name)).toMatchObject({ veto: true, weight: 0 });
    expect(verdictOf(result)).toBe(PairVerdict.NONE);
  });

  it('tolerates a day of difference and points a few hundred metres apart', () => {
    const near = { ...MULHOUSE, lat: MULHOUSE.lat! + 0.002, lon: MULHOUSE.lon! + 0.001 };
    const result = scorePair(
      aSource('a'),
      aSource('b', {
        locations: [near],
        startsAt: '2027-01-04T00:00:00.000Z',
        endsAt: '2027-04-01T00:00:00.000Z',
      }),
    );
    expect(result.vetoed).toBe(false);
    expect(signalOf(result, SignalName.PLACE_DISTANCE_KM)!.value).toBeLessThan(0.5);
    expect(signalOf(result, SignalName.DATE_OVERLAP)!.value).toBe(1);
  });

  it('keeps apart the same structure’s other mission at the same place and dates', () => {
    const other = aSource('b', {
      title: 'Tri des vêtements au vestiaire solidaire',
      description: '<p>Trier, plier et ranger les vêtements donnés, préparer les colis.</p>',
      applyUrl: 'https://plateforme-b.example/annonces/78',
    });
    const result = scorePair(aSource('a'), other);
    expect(result.score).toBeLessThan(REVIEW_THRESHOLD);
    expect(verdictOf(result)).toBe(PairVerdict.NONE);
  });

  it('does not merge the same generic title by two structures of the same city', () => {
    const generic = { title: 'Distribution alimentaire', applyUrl: 'https://x.example/1' };
    const result = scorePair(
      aSource('a', {
        ...generic,
        organization: { name: 'Entraide Mulhouse', rna: null, siren: null },
      }),
      aSource('b', {
        ...generic,
        applyUrl: 'https://y.example/2',
        organization: { name: 'Solidarité Mulhouse', rna: null, siren: null },
      }),
    );
    expect(signalOf(result, SignalName.ORGANIZATION_NAME)!.weight).toBeLessThan(0);
    expect(result.score).toBeLessThan(MERGE_THRESHOLD);
  });

  it('keeps for review two street addresses in neighbouring communes', () => {
    const neighbour = {
      ...MULHOUSE,
      city: 'Riedisheim',
      cityCode: '68278',
      lat: 47.7492,
      lon: 7.3634,
    };
    const result = scorePair(
      aSource('a'),
      aSource('b', { locations: [neighbour], applyUrl: 'https://b.example/1' }),
    );
    expect(result.vetoed).toBe(false);
    expect(signalOf(result, SignalName.PLACE_DISTANCE_KM)!.weight).toBeLessThan(0);
    expect(verdictOf(result)).toBe(PairVerdict.REVIEW);
  });

  it('compares remote missions without places', () => {
    const remote = { remote: RemoteMode.REMOTE, locations: [] };
    const result = scorePair(aSource('a', remote), aSource('b', remote));
    expect(signalOf(result, SignalName.PLACE_DISTANCE_KM)!.detail).toBe('both remote');
    expect(result.vetoed).toBe(false);
  });

  it('scores the same from the compact features stored with a source', () => {
    const [a, b] = [aSource('a'), rewritten()];
    const stored = featuresFromDigest(JSON.parse(JSON.stringify(digestOf(b.listing))));
    expect(stored).not.toBeNull();
    const fromDigest = scoreSides(
      { partnerId: 'a', features: featuresOf(a.listing) },
      { partnerId: 'b', features: stored! },
      { assumeDescriptionSimilarity: 1 },
    );
    expect(fromDigest).toEqual(scorePair(a, b, { assumeDescriptionSimilarity: 1 }));
    expect(featuresFromDigest({ ...digestOf(b.listing), v: 0 })).toBeNull();
  });

  it('gives an upper bound when descriptions are not loaded yet', () => {
    const [a, b] = [aSource('a'), rewritten()];
    const bound = scorePair(
      a,
      { ...b, listing: { ...b.listing, description: '' } },
      {
        assumeDescriptionSimilarity: 1,
      },
    );
    expect(bound.score).toBeGreaterThanOrEqual(scorePair(a, b).score);
  });

  it('scores places by their precision: a department alone only agrees weakly', () => {
    const department = {
      ...MULHOUSE_CITY,
      cityCode: null,
      lat: null,
      lon: null,
      precision: GeoPrecision.DEPARTMENT,
    };
    const result = scorePair(aSource('a'), aSource('b', { locations: [department] }));
    expect(signalOf(result, SignalName.PLACE_DISTANCE_KM)!.detail).toBe('same department');
  });
});
