/**
 * Writes a synthetic feed in the national exchange format (API Engagement `<source>` of
 * `<mission>`), deterministic for a given seed, streamed to disk (never the whole document in
 * memory), with realistic field sizes.
 *
 *   node -r @swc-node/register bench/ingest/generate-feed.ts [--count 100000] [--seed 2020]
 *        [--out tmp/bench/feed-100k.xml]
 *
 * Every mission is derived from (seed, index) alone and every organization from (seed, its
 * index), so a later generator (several partners publishing overlapping missions, for the
 * deduplication benchmark) can re-derive mission i and perturb it: see `missionAt`.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ACTIVITIES, DOMAINS } from '@passerelle/shared-domain';
import {
  BUILDINGS,
  COMMUNES,
  LIST_ITEMS,
  ORG_FORMS,
  ORG_NETWORKS,
  ORG_TYPES,
  PUBLICS,
  REQUIREMENTS,
  SCHEDULES,
  SENTENCES,
  SOFT_SKILLS,
  STREET_NAMES,
  STREET_TYPES,
  TAG_WORDS,
  TITLE_STEMS,
  TITLE_SUFFIXES,
  type BenchCommune,
} from './feed-vocabulary';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const DEFAULT_COUNT = 100_000;
export const DEFAULT_SEED = 2020;
/** Dates are drawn around this day, not around "now", so that a seed always gives the same bytes. */
export const REFERENCE_DATE = Date.UTC(2026, 10, 1);
const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** 32-bit avalanche (murmur3 finalizer). */
function mix32(value: number): number {
  let h = value | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items (order random). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** mulberry32, seeded from (seed, stream, index): one independent generator per record. */
export function rngFor(seed: number, stream: number, index: number): Rng {
  let state = mix32(mix32(seed ^ mix32(stream + 0x9e3779b9)) + index);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    sample: (items, count) => {
      const pool = [...items];
      const out: typeof pool = [];
      while (out.length < count && pool.length > 0)
        out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return out;
    },
  };
  return rng;
}

const STREAM_MISSION = 1;
const STREAM_ORGANIZATION = 2;

const communeWeights = COMMUNES.reduce((sum, commune) => sum + commune.weight, 0);
function pickCommune(rng: Rng): BenchCommune {
  let target = rng.next() * communeWeights;
  for (const commune of COMMUNES) {
    target -= commune.weight;
    if (target < 0) return commune;
  }
  return COMMUNES[COMMUNES.length - 1]!;
}

// ---------------------------------------------------------------------------------------------
// Records

export interface BenchAddress {
  street: string;
  postalCode: string;
  city: string;
  departmentCode: string;
  departmentName: string;
  region: string;
  country: string;
  /** Absent on some sites: the pipeline places them from the postal code. */
  point: { lat: number; lon: number } | null;
}

export interface BenchOrganization {
  clientId: string;
  name: string;
  rna: string | null;
  siren: string | null;
  url: string | null;
  logo: string | null;
  type: string;
  statusJuridique: string;
  fullAddress: string;
  postCode: string;
  city: string;
  beneficiaries: string;
  reseaux: string | null;
  commune: BenchCommune;
}

export interface BenchMission {
  clientId: string;
  title: string;
  description: string;
  /** Description written XML-escaped (`&lt;p&gt;`) instead of in CDATA, as some feeds do. */
  descriptionEscaped: boolean;
  applicationUrl: string;
  postedAt: string;
  startAt: string | null;
  endAt: string | null;
  addresses: BenchAddress[];
  /** `addresses`: `<addresses><address>…`; `flat`: the fields on `<mission>` with `lonlat`. */
  addressStyle: 'addresses' | 'flat';
  schedule: string;
  places: number | null;
  compensation: { amount: number; unit: string; type: string } | null;
  activity: string;
  remote: 'no' | 'possible' | 'full' | 'local';
  domain: string;
  tags: string | null;
  image: string | null;
  audience: string;
  softSkills: string;
  requirements: string | null;
  reducedMobilityAccessible: 'yes' | 'no';
  closeToTransport: 'yes' | 'no';
  openToMinors: 'yes' | 'no';
  organization: BenchOrganization;
}

export interface FeedOptions {
  seed: number;
  count: number;
  /** Host of the partner's mission pages (one partner per feed for now). */
  partnerHost: string;
}

/** One association publishes about five missions; a few big networks publish many. */
export const organizationCount = (missionCount: number) => Math.max(1, Math.ceil(missionCount / 5));

function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function formatDate(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${d.getUTCFullYear()}`;
}

/** A SIREN with its Luhn check digit. */
function siren(base8: number): string {
  const digits = pad(base8, 8);
  for (let check = 0; check <= 9; check++) {
    const candidate = `${digits}${check}`;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let n = Number(candidate[8 - i]);
      if (i % 2 === 1) n = n * 2 > 9 ? n * 2 - 9 : n * 2;
      sum += n;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

function street(rng: Rng): string {
  const number = rng.chance(0.85) ? `${rng.int(1, 180)}${rng.chance(0.08) ? ' bis' : ''} ` : '';
  return `${rng.pick(BUILDINGS)}${number}${rng.pick(STREET_TYPES)} ${rng.pick(STREET_NAMES)}`;
}

export function organizationAt(seed: number, index: number): BenchOrganization {
  const rng = rngFor(seed, STREAM_ORGANIZATION, index);
  const commune = pickCommune(rng);
  const name = rng.pick(ORG_FORMS)(commune.name);
  const prefecture = commune.departmentCode.slice(0, 2);
  // Distinct RNA and SIREN per organization: index × a number prime with 10^k is a bijection.
  const rna = rng.chance(0.85)
    ? `W${prefecture}${pad((index * 7_654_321 + 1_234_567) % 1e7, 7)}`
    : null;
  const sirenValue = rng.chance(0.35) ? siren((index * 12_345_679 + 30_000_000) % 1e8) : null;
  const site = slugify(name).slice(0, 40).replace(/-$/, '');
  const reseau = rng.pick(ORG_NETWORKS);
  return {
    clientId: `ORG-${pad(index + 1, 6)}`,
    name,
    rna,
    siren: sirenValue,
    url: rng.chance(0.6) ? `https://www.${site}.fr` : null,
    logo: rng.chance(0.4) ? `https://www.${site}.fr/logo.png` : null,
    type: rng.pick(ORG_TYPES),
    statusJuridique: 'Association',
    fullAddress: `${street(rng)} ${commune.postalCode} ${commune.name}`,
    postCode: commune.postalCode,
    city: commune.name,
    beneficiaries: rng.pick(PUBLICS),
    reseaux: reseau || null,
    commune,
  };
}

function address(rng: Rng, commune: BenchCommune): BenchAddress {
  const decimals = rng.int(4, 6);
  const round = (x: number) => Number(x.toFixed(decimals));
  return {
    street: street(rng),
    postalCode: commune.postalCode,
    city: commune.name,
    departmentCode: commune.departmentCode,
    departmentName: commune.departmentName,
    region: commune.region,
    country: 'France',
    point: rng.chance(0.9)
      ? {
          lat: round(commune.lat + (rng.next() - 0.5) * 0.04),
          lon: round(commune.lon + (rng.next() - 0.5) * 0.06),
        }
      : null,
  };
}

function title(rng: Rng, domain: string, city: string, audience: string): string {
  const target = rng.int(30, 90);
  let text = rng.pick(TITLE_STEMS[domain] ?? TITLE_STEMS['vivre-ensemble']!);
  const parts = [` à ${city}`, ` ${rng.pick(TITLE_SUFFIXES)}`, ` (${audience.toLowerCase()})`];
  const fits = (part: string) => text.length + part.length <= 90;
  for (const part of parts) if (text.length < target && rng.chance(0.7) && fits(part)) text += part;
  // Short stems: always reach the 30-character floor.
  for (const part of parts)
    if (text.length < 30 && !text.includes(part) && fits(part)) text += part;
  return text;
}

const MAX_DESCRIPTION = 2_500;

function description(rng: Rng, mission: { title: string; city: string; schedule: string }): string {
  const target = 400 + Math.floor(2_100 * rng.next() ** 1.6);
  let html = `<p><strong>${mission.title}</strong></p><p>${rng.pick(SENTENCES)} Mission basée à ${mission.city}.</p>`;
  const blocks: Array<() => string> = [
    () => `<p>${rng.sample(SENTENCES, rng.int(2, 4)).join(rng.chance(0.2) ? '&nbsp;' : ' ')}</p>`,
    () =>
      `<p>Vos missions :</p><ul>${rng
        .sample(LIST_ITEMS, rng.int(3, 5))
        .map((item) => `<li>${item}</li>`)
        .join('')}</ul>`,
    () => `<p><strong>Horaires :</strong> ${mission.schedule}.<br>${rng.pick(SENTENCES)}</p>`,
    () => `<p><em>${rng.pick(SENTENCES)}</em> Contact &amp; informations : voir le lien.</p>`,
  ];
  while (html.length < target) {
    let block = rng.pick(blocks)();
    if (html.length + block.length > MAX_DESCRIPTION) block = `<p>${rng.pick(SENTENCES)}</p>`;
    if (html.length + block.length > MAX_DESCRIPTION) break;
    html += block;
  }
  return html;
}

const REMOTE_MODES = [
  ['no', 0.7],
  ['possible', 0.18],
  ['full', 0.07],
  ['local', 0.05],
] as const;

export function missionAt(options: FeedOptions, index: number): BenchMission {
  const rng = rngFor(options.seed, STREAM_MISSION, index);
  const orgs = organizationCount(options.count);
  // Skewed: low indexes (big networks) publish many missions.
  const organization = organizationAt(options.seed, Math.floor(orgs * rng.next() ** 2));
  const domain = rng.pick(DOMAINS).slug;
  const siteCount = rng.chance(0.8) ? 1 : rng.chance(0.75) ? 2 : 3;
  const communes = [rng.chance(0.7) ? organization.commune : pickCommune(rng)];
  while (communes.length < siteCount) communes.push(pickCommune(rng));
  const addresses = communes.map((commune) => address(rng, commune));
  const audience = rng.pick(PUBLICS);
  const clientId = String(1_000_000 + index);
  const missionTitle = title(rng, domain, communes[0]!.name, audience);
  const schedule = rng.pick(SCHEDULES);

  const posted = REFERENCE_DATE - rng.int(0, 240) * DAY_MS;
  const start = posted + rng.int(0, 120) * DAY_MS;
  const end = start + rng.int(14, 365) * DAY_MS;
  let remoteDraw = rng.next();
  const remote = REMOTE_MODES.find(([, p]) => (remoteDraw -= p) < 0)?.[0] ?? 'no';
  const flag = (p: number) => (rng.chance(p) ? 'yes' : 'no');

  return {
    clientId,
    title: missionTitle,
    description: description(rng, { title: missionTitle, city: communes[0]!.name, schedule }),
    descriptionEscaped: rng.chance(0.2),
    applicationUrl: `https://${options.partnerHost}/missions/${clientId}/${slugify(missionTitle).slice(0, 60)}`,
    postedAt: formatDate(posted),
    startAt: rng.chance(0.9) ? formatDate(start) : null,
    endAt: rng.chance(0.7) ? formatDate(end) : null,
    addresses,
    addressStyle: siteCount > 1 || rng.chance(0.5) ? 'addresses' : 'flat',
    schedule,
    places: rng.chance(0.85) ? Math.max(1, Math.floor(30 * rng.next() ** 3)) : null,
    compensation: rng.chance(0.1) ? { amount: rng.int(5, 20), unit: 'hour', type: 'gross' } : null,
    activity: rng
      .sample(ACTIVITIES, rng.int(1, 3))
      .map((a) => a.slug)
      .join(','),
    remote,
    domain,
    tags: rng.chance(0.6) ? rng.sample(TAG_WORDS, rng.int(1, 3)).join(',') : null,
    image: rng.chance(0.6) ? `https://cdn.${options.partnerHost}/missions/${clientId}.jpg` : null,
    audience,
    softSkills: rng.sample(SOFT_SKILLS, rng.int(1, 3)).join(','),
    requirements: rng.chance(0.5) ? rng.sample(REQUIREMENTS, rng.int(1, 2)).join(',') : null,
    reducedMobilityAccessible: flag(0.4),
    closeToTransport: flag(0.7),
    openToMinors: flag(0.3),
    organization,
  };
}

// ---------------------------------------------------------------------------------------------
// XML

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const cdata = (text: string) => `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

function field(indent: string, name: string, value: string | number | null): string {
  return value === null ? '' : `${indent}<${name}>${cdata(String(value))}</${name}>\n`;
}

function renderAddressFields(indent: string, a: BenchAddress, streetTag: 'street' | 'address') {
  return (
    field(indent, streetTag, a.street) +
    field(indent, 'postalCode', a.postalCode) +
    field(indent, 'city', a.city) +
    field(indent, 'departmentCode', a.departmentCode) +
    field(indent, 'departmentName', a.departmentName) +
    field(indent, 'region', a.region) +
    field(indent, 'country', a.country)
  );
}

export function renderMission(m: BenchMission): string {
  const i = '    ';
  let xml = '  <mission>\n';
  xml += field(i, 'title', m.title);
  xml += field(i, 'clientId', m.clientId);
  xml += m.descriptionEscaped
    ? `${i}<description>${escapeXml(m.description)}</description>\n`
    : field(i, 'description', m.description);
  xml += field(i, 'applicationUrl', m.applicationUrl);
  xml += field(i, 'postedAt', m.postedAt);
  xml += field(i, 'startAt', m.startAt);
  xml += field(i, 'endAt', m.endAt);
  if (m.addressStyle === 'addresses') {
    xml += `${i}<addresses>\n`;
    for (const a of m.addresses) {
      xml += `${i}  <address>\n${renderAddressFields(`${i}    `, a, 'street')}`;
      if (a.point) {
        xml += `${i}    <location>\n${field(`${i}      `, 'lat', a.point.lat)}${field(`${i}      `, 'lon', a.point.lon)}${i}    </location>\n`;
      }
      xml += `${i}  </address>\n`;
    }
    xml += `${i}</addresses>\n`;
  } else {
    const a = m.addresses[0]!;
    xml += renderAddressFields(i, a, 'address');
    if (a.point) xml += field(i, 'lonlat', `${a.point.lon},${a.point.lat}`);
  }
  xml += field(i, 'schedule', m.schedule);
  xml += field(i, 'places', m.places);
  if (m.compensation) {
    xml += field(i, 'compensationAmount', m.compensation.amount);
    xml += field(i, 'compensationUnit', m.compensation.unit);
    xml += field(i, 'compensationType', m.compensation.type);
  }
  xml += field(i, 'activity', m.activity);
  xml += field(i, 'remote', m.remote);
  xml += field(i, 'domain', m.domain);
  xml += field(i, 'tags', m.tags);
  xml += field(i, 'image', m.image);
  xml += field(i, 'audience', m.audience);
  xml += field(i, 'softSkills', m.softSkills);
  xml += field(i, 'requirements', m.requirements);
  xml += field(i, 'reducedMobilityAccessible', m.reducedMobilityAccessible);
  xml += field(i, 'closeToTransport', m.closeToTransport);
  xml += field(i, 'openToMinors', m.openToMinors);
  xml += `${i}<metadata></metadata>\n`;
  const o = m.organization;
  xml += field(i, 'organizationName', o.name);
  xml += field(i, 'organizationRNA', o.rna);
  xml += field(i, 'organizationSiren', o.siren);
  xml += field(i, 'organizationUrl', o.url);
  xml += field(i, 'organizationLogo', o.logo);
  xml += field(i, 'organizationClientId', o.clientId);
  xml += field(i, 'organizationType', o.type);
  xml += field(i, 'organizationFullAddress', o.fullAddress);
  xml += field(i, 'organizationPostCode', o.postCode);
  xml += field(i, 'organizationCity', o.city);
  xml += field(i, 'organizationBeneficiaries', o.beneficiaries);
  xml += field(i, 'organizationReseaux', o.reseaux);
  xml += field(i, 'organizationStatusJuridique', o.statusJuridique);
  xml += '  </mission>\n';
  return xml;
}

function header(options: FeedOptions): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<source>\n' +
    field('  ', 'publisher', `Banc d'essai Passerelle (${options.partnerHost})`) +
    field('  ', 'publisherurl', `https://${options.partnerHost}`) +
    field('  ', 'lastBuildDate', new Date(REFERENCE_DATE).toUTCString())
  );
}

export interface FeedStats {
  file: string;
  bytes: number;
  missions: number;
  organizations: number;
  seed: number;
  seconds: number;
  titleChars: { min: number; mean: number; max: number };
  descriptionChars: { min: number; mean: number; max: number };
  addressesPerMission: number;
}

/** Writes the feed through a write stream, about 1 MB at a time, honouring backpressure. */
export async function writeFeed(file: string, options: FeedOptions): Promise<FeedStats> {
  mkdirSync(dirname(file), { recursive: true });
  const started = performance.now();
  const out = createWriteStream(file);
  let buffer = header(options);
  let bytes = 0;
  const flush = async () => {
    bytes += Buffer.byteLength(buffer);
    const ok = out.write(buffer);
    buffer = '';
    if (!ok) await once(out, 'drain');
  };
  const title = { min: Infinity, sum: 0, max: 0 };
  const desc = { min: Infinity, sum: 0, max: 0 };
  let sites = 0;
  for (let index = 0; index < options.count; index++) {
    const mission = missionAt(options, index);
    title.min = Math.min(title.min, mission.title.length);
    title.max = Math.max(title.max, mission.title.length);
    title.sum += mission.title.length;
    desc.min = Math.min(desc.min, mission.description.length);
    desc.max = Math.max(desc.max, mission.description.length);
    desc.sum += mission.description.length;
    sites += mission.addresses.length;
    buffer += renderMission(mission);
    if (buffer.length >= 1 << 20) await flush();
  }
  buffer += '</source>\n';
  await flush();
  out.end();
  await once(out, 'finish');
  const n = Math.max(1, options.count);
  return {
    file,
    bytes,
    missions: options.count,
    organizations: organizationCount(options.count),
    seed: options.seed,
    seconds: Number(((performance.now() - started) / 1000).toFixed(2)),
    titleChars: { min: title.min, mean: Math.round(title.sum / n), max: title.max },
    descriptionChars: { min: desc.min, mean: Math.round(desc.sum / n), max: desc.max },
    addressesPerMission: Number((sites / n).toFixed(2)),
  };
}

/** `100000`, `100k`, `1m`. */
export function parseCount(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim().replace(/[_,]/g, ''));
  if (!match) throw new Error(`Not a count: ${text}`);
  const unit = match[2]!.toLowerCase();
  return Math.round(Number(match[1]) * (unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : 1));
}

export function countLabel(count: number): string {
  if (count % 1_000_000 === 0) return `${count / 1_000_000}m`;
  if (count % 1_000 === 0) return `${count / 1_000}k`;
  return String(count);
}

export const defaultFeedPath = (count: number) =>
  join(REPO_ROOT, 'tmp', 'bench', `feed-${countLabel(count)}.xml`);

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: String(DEFAULT_COUNT) },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
      'partner-host': { type: 'string', default: 'www.benevoles-partenaire.fr' },
    },
  });
  const count = parseCount(values.count);
  const file = resolve(values.out ?? defaultFeedPath(count));
  const stats = await writeFeed(file, {
    count,
    seed: Number(values.seed),
    partnerHost: values['partner-host'],
  });
  console.log(JSON.stringify({ ...stats, file: relative(process.cwd(), file) || file }, null, 2));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
