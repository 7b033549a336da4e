import { type GeoPrecision, type ListingKind, RemoteMode } from '@passerelle/shared-domain';
import type { DedupListing } from './dedup-listing';
import { canonicalWord, contentTokens, foldText, htmlText, organizationTokens } from './text';

/** At most this many description words are compared (the start of a long text says enough). */
const DESCRIPTION_TOKEN_LIMIT = 120;
/** …read from the start of the HTML only (120 words rarely take more than this). */
const DESCRIPTION_HTML_LIMIT = 2_500;

export interface PlaceFeature {
  lat: number | null;
  lon: number | null;
  precision: GeoPrecision | null;
  /** INSEE commune code, Paris / Lyon / Marseille arrondissements folded to the commune. */
  commune: string | null;
  department: string | null;
}

export interface OrganizationFeature {
  rna: string | null;
  siren: string | null;
  nameTokens: ReadonlySet<string>;
  /** Name words in order, joined: an exact blocking key. */
  nameKey: string;
}

/** What the matcher compares, computed once per listing. */
export interface ListingFeatures {
  kind: ListingKind;
  remote: RemoteMode;
  /** Words of the names of its communes, folded, as written and normalized. */
  cityWords: ReadonlySet<string>;
  titleTokens: ReadonlySet<string>;
  /** The three title words that identify it best (longest first), for blocking keys. */
  titleKeyTokens: string[];
  organization: OrganizationFeature | null;
  places: PlaceFeature[];
  /** Milliseconds since the epoch. */
  start: number | null;
  end: number | null;
  /** The apply URL as written (see `applyUrlKey`). */
  applyUrl: string | null;
  /** Read from a stored digest only (see `descriptionSketchOf` for a listing's own). */
  descriptionSketch?: DescriptionSketch | null;
}

const cache = new WeakMap<DedupListing, ListingFeatures>();
const descriptions = new WeakMap<DedupListing, ReadonlySet<string>>();
const sketches = new WeakMap<DedupListing, DescriptionSketch>();

/**
 * The normalized words of a listing's description (memoized per object): apart from the
 * other features, as the costliest and needed only for the few pairs blocking keeps.
 */
export function descriptionTokensOf(listing: DedupListing): ReadonlySet<string> {
  let tokens = descriptions.get(listing);
  if (!tokens) {
    tokens = new Set(
      contentTokens(htmlText((listing.description ?? '').slice(0, DESCRIPTION_HTML_LIMIT)), {
        limit: DESCRIPTION_TOKEN_LIMIT,
      }),
    );
    descriptions.set(listing, tokens);
  }
  return tokens;
}

/** Bits of a description sketch (a multiple of 32). */
const SKETCH_BITS = 256;

/**
 * A description's words in a few bytes: how many there are, and a bit set where each word sets
 * the bit of its hash (FNV-1a of its UTF-16 code units, modulo 256). Two sketches bound the
 * number of words two descriptions share from above (see `descriptionSimilarityBound`), so that
 * blocking drops candidates whose description differs without reading their payload. Changing
 * the hash or the size means bumping `FEATURES_VERSION`.
 */
export interface DescriptionSketch {
  size: number;
  bits: Uint32Array;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function sketchOfTokens(tokens: ReadonlySet<string>): DescriptionSketch {
  const bits = new Uint32Array(SKETCH_BITS / 32);
  for (const token of tokens) {
    const bit = fnv1a(token) % SKETCH_BITS;
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return { size: tokens.size, bits };
}

/** The sketch of a listing's description words (memoized per object). */
export function descriptionSketchOf(listing: DedupListing): DescriptionSketch {
  let sketch = sketches.get(listing);
  if (!sketch) {
    sketch = sketchOfTokens(descriptionTokensOf(listing));
    sketches.set(listing, sketch);
  }
  return sketch;
}

function popCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * At least the description similarity of `scorePair` (`setSimilarity(a, b, 8)` of the two
 * descriptions' words), from their sketches: a word of A whose bit is not set in B is not in
 * B, so |A∩B| ≤ |A| − (bits of A not in B), and likewise from B's side; Dice and the overlap
 * coefficient only grow with |A∩B|. 1 (no bound) when a sketch is missing.
 */
export function descriptionSimilarityBound(
  a: DescriptionSketch | null | undefined,
  b: DescriptionSketch | null | undefined,
): number {
  if (!a || !b) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  let aOnly = 0;
  let bOnly = 0;
  for (let i = 0; i < a.bits.length; i++) {
    aOnly += popCount(a.bits[i]! & ~b.bits[i]!);
    bOnly += popCount(b.bits[i]! & ~a.bits[i]!);
  }
  const shared = Math.max(0, Math.min(a.size - aOnly, b.size - bOnly));
  const dice = (2 * shared) / (a.size + b.size);
  const smallest = Math.min(a.size, b.size);
  // As setSimilarity(a, b, 8): Dice alone for small sets, else the mean with the overlap.
  return smallest < 8 ? dice : (dice + shared / smallest) / 2;
}

/** The features of a listing (memoized per object). */
export function featuresOf(listing: DedupListing): ListingFeatures {
  let features = cache.get(listing);
  if (!features) {
    features = computeFeatures(listing);
    cache.set(listing, features);
  }
  return features;
}

/** `75111` → `75056` (Paris), `132xx` → `13055` (Marseille), `6938x` → `69123` (Lyon). */
export function communeKey(code: string | null | undefined): string | null {
  if (!code) return null;
  const upper = code.toUpperCase();
  if (/^751(0[1-9]|1\d|20)$/.test(upper)) return '75056';
  if (/^132(0[1-9]|1[0-6])$/.test(upper)) return '13055';
  if (/^6938[1-9]$/.test(upper)) return '69123';
  return upper;
}

function timeOf(iso: string | null): number | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

const TRACKING_PARAMETER = /^(utm_|fbclid$|gclid$|mc_|ref$|source$|from$)/i;

/** Host of an URL as written, lower case, without `www.` (a cheap first comparison). */
export function urlHost(raw: string): string {
  const start = raw.indexOf('//') + 2;
  const end = raw.indexOf('/', start);
  return raw
    .slice(start, end < 0 ? undefined : end)
    .toLowerCase()
    .replace(/^www\./, '');
}

/** Same apply URL: same host, path and query but tracking parameters. */
export function sameApplyUrl(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  if (urlHost(a) !== urlHost(b)) return false;
  const key = applyUrlKey(a);
  return key !== null && key === applyUrlKey(b);
}

/** `https://www.Site.fr/missions/12/?utm_source=x` → `site.fr/missions/12`. */
export function applyUrlKey(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '').toLowerCase();
  const params = [...url.searchParams.entries()]
    .filter(([name]) => !TRACKING_PARAMETER.test(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`);
  return `${host}${path}${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** The three longest title words (then alphabetical): the most telling, for blocking keys. */
function keyTokensOf(titleTokens: ReadonlySet<string>): string[] {
  return [...titleTokens]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, 3);
}

function computeFeatures(listing: DedupListing): ListingFeatures {
  const cityWords = new Set<string>();
  for (const location of listing.locations) {
    if (!location.city) continue;
    for (const word of foldText(location.city).split(' ')) {
      cityWords.add(word);
      cityWords.add(canonicalWord(word));
    }
  }
  const titleWords = contentTokens(listing.title, { title: true, drop: cityWords });
  // A title made only of its city's name keeps it.
  const titleList =
    titleWords.length > 0 ? titleWords : contentTokens(listing.title, { title: true });
  const titleTokens = new Set(titleList);
  const titleKeyTokens = keyTokensOf(titleTokens);

  const organization = listing.organization
    ? (() => {
        const words = organizationTokens(listing.organization.name);
        return {
          rna: listing.organization.rna ?? null,
          siren: listing.organization.siren ?? null,
          nameTokens: new Set(words),
          nameKey: words.join(' '),
        };
      })()
    : null;

  return {
    kind: listing.kind,
    remote: listing.remote ?? RemoteMode.ONSITE,
    cityWords,
    titleTokens,
    titleKeyTokens,
    organization,
    places: listing.locations.map((location) => ({
      lat: location.lat,
      lon: location.lon,
      precision: location.precision,
      commune: communeKey(location.cityCode),
      department: location.departmentCode ? location.departmentCode.toUpperCase() : null,
    })),
    start: timeOf(listing.startsAt),
    end: timeOf(listing.endsAt),
    applyUrl: listing.applyUrl ?? null,
  };
}

/** Bump when the normalization changes: older digests are then ignored (never trusted). */
export const FEATURES_VERSION = 1;

/**
 * The features of a source in a compact JSON form, stored with it
 * (`listing_source.dedup_features`), so that blocking can bound the score of a candidate
 * without reading nor normalizing its payload again.
 */
export interface FeatureDigest {
  v: number;
  k: ListingKind;
  r: RemoteMode;
  /** Title words (normalized), in title order. */
  t: string[];
  /** City words. */
  c: string[];
  o: { r: string | null; s: string | null; n: string[] } | null;
  /** Places: [lat, lon, precision, commune, department]. */
  p: Array<[number | null, number | null, GeoPrecision | null, string | null, string | null]>;
  s: number | null;
  e: number | null;
  a: string | null;
  /** Description sketch: [number of words, bits in base64]; absent in older digests. */
  d?: [number, string];
}

export function digestOf(listing: DedupListing): FeatureDigest {
  const f = featuresOf(listing);
  return {
    v: FEATURES_VERSION,
    k: f.kind,
    r: f.remote,
    t: [...f.titleTokens],
    c: [...f.cityWords],
    o: f.organization
      ? { r: f.organization.rna, s: f.organization.siren, n: f.organization.nameKey.split(' ') }
      : null,
    p: f.places.map((p) => [p.lat, p.lon, p.precision, p.commune, p.department]),
    s: f.start,
    e: f.end,
    a: f.applyUrl,
    d: encodeSketch(descriptionSketchOf(listing)),
  };
}

function encodeSketch(sketch: DescriptionSketch): [number, string] {
  const bytes = Buffer.from(sketch.bits.buffer, sketch.bits.byteOffset, sketch.bits.byteLength);
  return [sketch.size, bytes.toString('base64')];
}

function decodeSketch(stored: [number, string] | undefined): DescriptionSketch | null {
  if (!Array.isArray(stored) || typeof stored[0] !== 'number' || typeof stored[1] !== 'string')
    return null;
  const bytes = Buffer.from(stored[1], 'base64');
  if (bytes.length !== SKETCH_BITS / 8) return null;
  const bits = new Uint32Array(SKETCH_BITS / 32);
  new Uint8Array(bits.buffer).set(bytes);
  return { size: stored[0], bits };
}

/** Features back from a stored digest; null when it is missing or of another version. */
export function featuresFromDigest(
  digest: FeatureDigest | null | undefined,
): ListingFeatures | null {
  if (!digest || digest.v !== FEATURES_VERSION) return null;
  const titleTokens = new Set(digest.t);
  const nameWords = digest.o ? digest.o.n.filter((word) => word !== '') : [];
  return {
    kind: digest.k,
    remote: digest.r,
    cityWords: new Set(digest.c),
    titleTokens,
    titleKeyTokens: keyTokensOf(titleTokens),
    organization: digest.o
      ? {
          rna: digest.o.r,
          siren: digest.o.s,
          nameTokens: new Set(nameWords),
          nameKey: nameWords.join(' '),
        }
      : null,
    places: digest.p.map(([lat, lon, precision, commune, department]) => ({
      lat,
      lon,
      precision,
      commune,
      department,
    })),
    start: digest.s,
    end: digest.e,
    applyUrl: digest.a,
    descriptionSketch: decodeSketch(digest.d),
  };
}
