import { RemoteMode } from '@passerelle/shared-domain';
import type { DedupListing } from './dedup-listing';
import { featuresOf } from './features';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * Start dates are found up to this many days apart: each of two copies may be a day off the
 * original, in opposite directions.
 */
const SLACK_DAYS = 2;

/** The keys a source is stored with, and those it looks others up with. */
export interface BlockingKeys {
  /** Stored in `listing_source.dedup_keys` (GIN-indexed). */
  readonly stored: readonly string[];
  /** Looked up (each with a limit of sources read). */
  readonly probes: readonly string[];
}

/**
 * Blocking: two sources are compared only when one's probes meet the other's stored keys, so
 * matching never scans everything. Two writings of one mission start the same week (a day or
 * two of difference tolerated), in the same commune or department, for the same organization
 * or with the same title words:
 *
 * - a source with a start date is stored with `od:<organization>:<week>` (RNA, SIREN,
 *   normalized name) and `td:<commune>:<word>+<word>:<week>` (pairs of its three most telling
 *   title words), and looks up the weeks of the days from two days before to two days after its
 *   start (one or two weeks);
 * - a source without one is stored with `ou:<organization>:<department>` (which sources with a
 *   date look up as well) and `tu:<commune>:<word>+<word>` (looked up by sources without a date);
 * - every source is stored with `oa:<organization>:<department>`, which only sources without a
 *   date look up (a big network has many missions in a department: a limit applies).
 *
 * The commune is `-` for remote missions or without a place, `d<department>` when only the
 * department is known. Memoized per object, like the features.
 */
export function blockingKeys(listing: DedupListing): BlockingKeys {
  let keys = memo.get(listing);
  if (!keys) {
    keys = computeKeys(listing);
    memo.set(listing, keys);
  }
  return keys;
}

const memo = new WeakMap<DedupListing, BlockingKeys>();

function computeKeys(listing: DedupListing): BlockingKeys {
  const features = featuresOf(listing);
  const remote = features.remote === RemoteMode.REMOTE;

  const departments = new Set<string>();
  const communes = new Set<string>();
  if (!remote) {
    for (const place of features.places) {
      if (place.department) departments.add(place.department);
      if (place.commune) communes.add(place.commune);
      else if (place.department) communes.add(`d${place.department}`);
    }
  }
  if (departments.size === 0) departments.add('-');
  if (communes.size === 0) communes.add('-');

  const organizations: string[] = [];
  const organization = features.organization;
  if (organization?.rna) organizations.push(`r${organization.rna}`);
  if (organization?.siren) organizations.push(`s${organization.siren}`);
  if (organization?.nameKey) organizations.push(`n${organization.nameKey}`);

  const words = features.titleKeyTokens;
  const pairs: string[] = words.length === 1 ? [words[0]!] : [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++) {
      const [x, y] = [words[i]!, words[j]!];
      pairs.push(x < y ? `${x}+${y}` : `${y}+${x}`);
    }

  const any: string[] = [];
  for (const org of organizations) for (const dep of departments) any.push(`oa:${org}:${dep}`);
  const undatedByOrganization: string[] = [];
  for (const org of organizations)
    for (const dep of departments) undatedByOrganization.push(`ou:${org}:${dep}`);
  const undatedByTitle: string[] = [];
  for (const commune of communes)
    for (const pair of pairs) undatedByTitle.push(`tu:${commune}:${pair}`);
  const undated = [...undatedByOrganization, ...undatedByTitle];

  if (features.start === null) {
    return {
      stored: unique([...any, ...undated]),
      probes: [...new Set([...undated, ...any])],
    };
  }
  const day = Math.floor(features.start / DAY_MS);
  const dated = (week: number) => [
    ...organizations.map((org) => `od:${org}:${week}`),
    ...[...communes].flatMap((commune) => pairs.map((pair) => `td:${commune}:${pair}:${week}`)),
  ];
  const weeks = new Set<number>();
  for (let delta = -SLACK_DAYS; delta <= SLACK_DAYS; delta++) weeks.add(weekOf(day + delta));
  return {
    stored: unique([...any, ...dated(weekOf(day))]),
    probes: [...new Set([...[...weeks].flatMap(dated), ...undatedByOrganization])],
  };
}

/** Week number of a day number (weeks of seven days from the epoch, Monday first). */
const weekOf = (day: number) => Math.floor((day + 3) / 7);
/** Sorted: the stored keys are the same whatever order they were computed in. */
const unique = (keys: string[]) => [...new Set(keys)].sort();
