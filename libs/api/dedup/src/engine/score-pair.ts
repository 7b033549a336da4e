import { haversineKm } from '@passerelle/api-geo';
import { GeoPrecision, RemoteMode } from '@passerelle/shared-domain';
import type { MatchInput } from './dedup-listing';
import {
  descriptionTokensOf,
  featuresOf,
  type ListingFeatures,
  type PlaceFeature,
  sameApplyUrl,
} from './features';
import { dice, overlap } from './text';

/** Score from which a source is attached to a group automatically. */
export const MERGE_THRESHOLD = 0.8;
/** Score from which a pair is kept for an operator (below MERGE_THRESHOLD). */
export const REVIEW_THRESHOLD = 0.6;

/** The named, explainable signals of a pair; the last ones are vetoes. */
export enum SignalName {
  /** Same RNA or SIREN. */
  ORGANIZATION_ID = 'ORGANIZATION_ID',
  /** Similarity of the normalized organization names (0 when one side has none). */
  ORGANIZATION_NAME = 'ORGANIZATION_NAME',
  /** Similarity of the normalized title words. */
  TITLE_SIMILARITY = 'TITLE_SIMILARITY',
  /** Similarity of the normalized description words. */
  DESCRIPTION_SIMILARITY = 'DESCRIPTION_SIMILARITY',
  /** Distance between the closest places, in km (−1 when not comparable). */
  PLACE_DISTANCE_KM = 'PLACE_DISTANCE_KM',
  /** How well the date ranges agree (1: same start within a day). */
  DATE_OVERLAP = 'DATE_OVERLAP',
  /** Same apply URL (host, path and query). */
  APPLY_URL = 'APPLY_URL',
  // Vetoes: any of them and the pair is never merged automatically.
  SAME_PARTNER = 'SAME_PARTNER',
  KIND_MISMATCH = 'KIND_MISMATCH',
  ORGANIZATION_CONFLICT = 'ORGANIZATION_CONFLICT',
  PLACE_FAR = 'PLACE_FAR',
  DATES_DISJOINT = 'DATES_DISJOINT',
}

export interface Signal {
  name: SignalName;
  /** The measure itself: a similarity in [0, 1], a distance in km, a number of days… */
  value: number;
  /** What it adds to the score (may be negative); 0 for a veto. */
  weight: number;
  /** True when this signal forbids an automatic merge. */
  veto: boolean;
  /** A short explanation in English, for operators and logs. */
  detail: string;
}

export interface PairScore {
  /** In [0, 1]; 0 when vetoed. */
  score: number;
  /** The score the signals add up to, before vetoes. */
  rawScore: number;
  vetoed: boolean;
  signals: Signal[];
}

/** Maximum points of each signal: they add up to 1, plus the apply-URL bonus. */
export const WEIGHTS = {
  title: 0.3,
  description: 0.25,
  organization: 0.2,
  place: 0.15,
  dates: 0.1,
  applyUrl: 0.15,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ScoreOptions {
  /** Score as if descriptions were identical: an upper bound, before loading descriptions. */
  assumeDescriptionSimilarity?: number;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

function signal(name: SignalName, value: number, weight: number, detail: string): Signal {
  return { name, value: round(value), weight: round(weight), veto: false, detail };
}

function veto(name: SignalName, value: number, detail: string): Signal {
  return { name, value: round(value), weight: 0, veto: true, detail };
}

/**
 * Similarity of two word sets that tolerates additions on one side (a prefix, a suffix, an
 * extra sentence): the mean of Dice and the overlap coefficient, Dice alone for tiny sets.
 */
export function setSimilarity(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  minForOverlap: number,
): number {
  const d = dice(a, b);
  if (Math.min(a.size, b.size) < minForOverlap) return d;
  return (d + overlap(a, b)) / 2;
}

/**
 * How alike two sources are, with the signals that say why. Symmetric: scorePair(a, b) and
 * scorePair(b, a) give the same score and signals.
 */
export function scorePair(a: MatchInput, b: MatchInput, options: ScoreOptions = {}): PairScore {
  return scoreSides(
    {
      partnerId: a.partnerId,
      features: featuresOf(a.listing),
      description: () => descriptionTokensOf(a.listing),
    },
    {
      partnerId: b.partnerId,
      features: featuresOf(b.listing),
      description: () => descriptionTokensOf(b.listing),
    },
    options,
  );
}

/** One side of a pair as the scorer reads it: features, and its description words on demand. */
export interface ScoredSide {
  partnerId: string;
  features: ListingFeatures;
  /** Needed unless `assumeDescriptionSimilarity` is given. */
  description?: () => ReadonlySet<string>;
}

/** `scorePair` on features (a stored digest, for the upper bound of blocking). */
export function scoreSides(a: ScoredSide, b: ScoredSide, options: ScoreOptions = {}): PairScore {
  const fa = a.features;
  const fb = b.features;
  const signals: Signal[] = [];

  if (a.partnerId === b.partnerId)
    signals.push(veto(SignalName.SAME_PARTNER, 1, 'both sources come from the same partner'));
  if (fa.kind !== fb.kind)
    signals.push(veto(SignalName.KIND_MISMATCH, 1, `${fa.kind} versus ${fb.kind}`));

  const title = setSimilarity(fa.titleTokens, fb.titleTokens, 2);
  signals.push(
    signal(
      SignalName.TITLE_SIMILARITY,
      title,
      WEIGHTS.title * title,
      'normalized title words (Dice and overlap)',
    ),
  );

  const description =
    options.assumeDescriptionSimilarity ??
    setSimilarity(a.description?.() ?? new Set(), b.description?.() ?? new Set(), 8);
  signals.push(
    signal(
      SignalName.DESCRIPTION_SIMILARITY,
      description,
      WEIGHTS.description * description,
      options.assumeDescriptionSimilarity === undefined
        ? 'normalized description words (Dice and overlap)'
        : 'assumed (upper bound)',
    ),
  );

  signals.push(...organizationSignals(fa, fb));
  signals.push(placeSignal(fa, fb));
  signals.push(dateSignal(fa, fb));

  if (sameApplyUrl(fa.applyUrl, fb.applyUrl))
    signals.push(signal(SignalName.APPLY_URL, 1, WEIGHTS.applyUrl, 'same apply URL'));

  const rawScore = Math.max(
    0,
    Math.min(
      1,
      signals.reduce((sum, s) => sum + s.weight, 0),
    ),
  );
  const vetoed = signals.some((s) => s.veto);
  return { score: vetoed ? 0 : round(rawScore), rawScore: round(rawScore), vetoed, signals };
}

function organizationSignals(a: ListingFeatures, b: ListingFeatures): Signal[] {
  const oa = a.organization;
  const ob = b.organization;
  if (!oa || !ob) {
    return [
      signal(
        SignalName.ORGANIZATION_NAME,
        0,
        WEIGHTS.organization * 0.4,
        'organization unknown on one side',
      ),
    ];
  }
  if (oa.rna && ob.rna) {
    return oa.rna === ob.rna
      ? [signal(SignalName.ORGANIZATION_ID, 1, WEIGHTS.organization, `same RNA ${oa.rna}`)]
      : [veto(SignalName.ORGANIZATION_CONFLICT, 1, `RNA ${oa.rna} versus ${ob.rna}`)];
  }
  if (oa.siren && ob.siren) {
    return oa.siren === ob.siren
      ? [signal(SignalName.ORGANIZATION_ID, 1, WEIGHTS.organization, `same SIREN ${oa.siren}`)]
      : [veto(SignalName.ORGANIZATION_CONFLICT, 1, `SIREN ${oa.siren} versus ${ob.siren}`)];
  }
  // The name of the commune both are in says nothing ("Entraide Lyon", "Solidarité Lyon").
  const shared = new Set([...a.cityWords].filter((word) => b.cityWords.has(word)));
  const strip = (tokens: ReadonlySet<string>) => {
    const kept = new Set([...tokens].filter((word) => !shared.has(word)));
    return kept.size > 0 ? kept : tokens;
  };
  const name =
    oa.nameKey === ob.nameKey ? 1 : setSimilarity(strip(oa.nameTokens), strip(ob.nameTokens), 1);
  // Names that share (almost) nothing: most likely two structures doing the same thing.
  const weight = name < 0.2 ? -0.15 : WEIGHTS.organization * 0.9 * name;
  return [
    signal(
      SignalName.ORGANIZATION_NAME,
      name,
      weight,
      name < 0.2 ? 'different organization names' : 'normalized organization names',
    ),
  ];
}

const PRECISE = GeoPrecision.ADDRESS;
/** Beyond this distance, two on-site missions are never the same. */
const FAR_KM = 10;
/** Points of a pair of places too far apart: a veto. */
const FAR = -2;

function hasPoint(place: PlaceFeature): place is PlaceFeature & { lat: number; lon: number } {
  return place.lat !== null && place.lon !== null;
}

/**
 * Places: only missions done on site can be told apart by where they are. Two sources of the
 * same mission are in the same commune, or a few hundred metres apart (two geocodings of one
 * address). Different communes more than 2 km apart (1 km for two street addresses), or two
 * street addresses more than 3 km apart, cost points; more than 10 km apart, or different
 * departments, is a veto.
 */
function placeSignal(a: ListingFeatures, b: ListingFeatures): Signal {
  const name = SignalName.PLACE_DISTANCE_KM;
  const remoteA = a.remote === RemoteMode.REMOTE;
  const remoteB = b.remote === RemoteMode.REMOTE;
  if (remoteA && remoteB) return signal(name, -1, WEIGHTS.place * 0.8, 'both remote');
  if (remoteA || remoteB) return signal(name, -1, WEIGHTS.place * 0.3, 'remote on one side only');
  if (a.places.length === 0 || b.places.length === 0)
    return signal(name, -1, WEIGHTS.place * 0.4, 'place unknown on one side');

  let best = -Infinity;
  let bestDetail = '';
  let bestKm = -1;
  let anyComparable = false;
  for (const pa of a.places) {
    for (const pb of b.places) {
      const sameCommune = pa.commune !== null && pa.commune === pb.commune;
      let points: number;
      let km = -1;
      let detail: string;
      if (hasPoint(pa) && hasPoint(pb)) {
        anyComparable = true;
        km = haversineKm(pa, pb);
        const bothPrecise = pa.precision === PRECISE && pb.precision === PRECISE;
        if (km > FAR_KM) {
          points = FAR;
          detail = 'far apart';
        } else if (bothPrecise && (sameCommune || !pa.commune || !pb.commune)) {
          points = km <= 0.5 ? 1 : km <= 1.5 ? 0.7 : km <= 3 ? 0.3 : -1;
          detail = 'two street addresses';
        } else if (bothPrecise) {
          points = km <= 0.5 ? 0.8 : km <= 1 ? 0.4 : -1;
          detail = 'two street addresses in different communes';
        } else if (sameCommune) {
          points = 0.9;
          detail = 'same commune';
        } else {
          points = km <= 2 ? 0.5 : -1;
          detail = 'different communes';
        }
      } else if (sameCommune) {
        anyComparable = true;
        points = 0.9;
        detail = 'same commune';
      } else if (pa.department && pb.department) {
        anyComparable = true;
        points = pa.department === pb.department ? 0.3 : FAR;
        detail = pa.department === pb.department ? 'same department' : 'different departments';
      } else {
        points = 0.4;
        detail = 'not comparable';
      }
      if (points > best) {
        best = points;
        bestKm = km;
        bestDetail = detail;
      }
    }
  }
  if (!anyComparable) return signal(name, -1, WEIGHTS.place * 0.4, 'places not comparable');
  if (best === FAR) {
    return veto(
      SignalName.PLACE_FAR,
      bestKm,
      bestKm >= 0 ? `${round(bestKm, 1)} km apart (${bestDetail})` : bestDetail,
    );
  }
  return signal(
    name,
    bestKm,
    WEIGHTS.place * best,
    bestKm >= 0 ? `${round(bestKm, 1)} km (${bestDetail})` : bestDetail,
  );
}

/**
 * Dates: the same mission has overlapping date ranges (a day of difference tolerated) and,
 * when both say when it starts, starts within a month.
 */
function dateSignal(a: ListingFeatures, b: ListingFeatures): Signal {
  const startA = a.start ?? -Infinity;
  const startB = b.start ?? -Infinity;
  const endA = a.end ?? Infinity;
  const endB = b.end ?? Infinity;
  const gapDays = (Math.max(startA, startB) - Math.min(endA, endB)) / DAY_MS;
  if (gapDays > 1)
    return veto(SignalName.DATES_DISJOINT, gapDays, `${round(gapDays, 1)} days apart`);
  if (a.start !== null && b.start !== null) {
    const delta = Math.abs(a.start - b.start) / DAY_MS;
    if (delta > 30)
      return veto(SignalName.DATES_DISJOINT, delta, `start dates ${round(delta, 1)} days apart`);
    const points = delta <= 1 ? 1 : delta <= 7 ? 0.6 : 0.2;
    return signal(
      SignalName.DATE_OVERLAP,
      points,
      WEIGHTS.dates * points,
      `start dates ${round(delta, 1)} days apart`,
    );
  }
  const points = a.start === null && b.start === null ? 0.5 : 0.4;
  return signal(SignalName.DATE_OVERLAP, points, WEIGHTS.dates * points, 'start date unknown');
}

export enum PairVerdict {
  MERGE = 'MERGE',
  REVIEW = 'REVIEW',
  NONE = 'NONE',
}

/** What a score means: attach automatically, keep for an operator, or nothing. */
export function verdictOf(pair: Pick<PairScore, 'score' | 'vetoed'>): PairVerdict {
  if (pair.vetoed) return PairVerdict.NONE;
  if (pair.score >= MERGE_THRESHOLD) return PairVerdict.MERGE;
  if (pair.score >= REVIEW_THRESHOLD) return PairVerdict.REVIEW;
  return PairVerdict.NONE;
}
