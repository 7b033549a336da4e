/**
 * Writes the labelled evaluation set of deduplication (libs/api/dedup/eval/eval-set.json):
 * sources of three partners, each with the `groupId` of the mission it describes. Deterministic
 * (seeded PRNG): the same seed gives the same bytes.
 *
 *   node -r @swc-node/register bench/dedup/generate-eval-set.ts [--seed 2020]
 *
 * True duplicates are made the way partners make them: titles prefixed, suffixed with the
 * city, lower-cased or stripped of accents; "Association" / "Asso" / nothing; HTML versus plain
 * text, a sentence added or the text cut; a street address versus the city alone; points a few
 * hundred metres apart; dates shifted by a day or left out; the RNA or SIREN on one side only.
 * Hard negatives: the same structure's other missions (same place, same dates), the same
 * generic title in other cities, in the same city in other months, by other structures in the
 * same city, and the same structure's centre in the neighbouring commune.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AddressInput, ListingInput } from '@passerelle/shared-domain';
import {
  COMMUNES,
  type EvalCommune,
  MISSIONS,
  type MissionTemplate,
  NEIGHBOURS,
  ORGANIZATION_STEMS,
  QUALIFIERS,
  SCHEDULES,
  STREETS,
  TITLE_PREFIXES,
} from './eval-vocabulary';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const EVAL_SET_PATH = join(REPO_ROOT, 'libs', 'api', 'dedup', 'eval', 'eval-set.json');

export const PARTNERS = [
  { slug: 'plateforme-nationale', name: 'Plateforme nationale' },
  { slug: 'entraide-locale', name: 'Entraide locale' },
  { slug: 'relais-solidaire', name: 'Relais solidaire' },
] as const;
type PartnerSlug = (typeof PARTNERS)[number]['slug'];

export interface EvalSource {
  partner: PartnerSlug;
  /** Sources with the same groupId describe the same mission. */
  groupId: string;
  /** How the source was made: `duplicate`, `single`, or the kind of hard negative. */
  case: string;
  listing: ListingInput;
}

export interface EvalSet {
  description: string;
  seed: number;
  partners: ReadonlyArray<{ slug: string; name: string }>;
  sources: EvalSource[];
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness (mulberry32)

function rngOf(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j]!, out[i]!];
      }
      return out;
    },
  };
}
type Rng = ReturnType<typeof rngOf>;

// ---------------------------------------------------------------------------------------------
// Structures and missions

interface Organization {
  name: string;
  rna: string | null;
  siren: string | null;
  publicBody: boolean;
}

function sirenWithCheckDigit(rng: Rng): string {
  const digits = Array.from({ length: 8 }, () => rng.int(0, 9));
  for (let check = 0; check <= 9; check++) {
    const all = [...digits, check];
    let sum = 0;
    all.forEach((digit, i) => {
      let n = digit;
      if ((all.length - 1 - i) % 2 === 1) {
        n *= 2;
        if (n > 9) n -= 9;
      }
      sum += n;
    });
    if (sum % 10 === 0) return all.join('');
  }
  throw new Error('unreachable');
}

/** Names already given: two structures never share one. */
const usedNames = new Set<string>();
const publicBodies = new Map<string, Organization>();
const DISTRICTS = [
  '',
  ' Nord',
  ' Sud',
  ' Centre',
  ' Est',
  ' Ouest',
  ' Rive Gauche',
  ' Rive Droite',
];

function anOrganization(rng: Rng, commune: EvalCommune): Organization {
  if (rng.chance(0.12)) {
    // One town hall, one CCAS per commune (they are the same body each time).
    const form = rng.pick(['Ville de', 'CCAS de']);
    const key = `${form} ${commune.insee}`;
    const existing = publicBodies.get(key);
    if (existing) return existing;
    const body = {
      name: `${form} ${commune.name}`,
      rna: null,
      siren: sirenWithCheckDigit(rng),
      publicBody: true,
    };
    publicBodies.set(key, body);
    return body;
  }
  for (;;) {
    const stem = rng.pick(ORGANIZATION_STEMS);
    const name = `${stem}${rng.chance(0.7) ? ` ${commune.name}` : ''}${rng.pick(DISTRICTS)}`;
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    const dept = commune.dept.slice(0, 2);
    return {
      name: `${rng.chance(0.5) ? 'Association ' : ''}${name}`,
      rna: rng.chance(0.8) ? `W${dept}${String(rng.int(1_000_000, 9_999_999))}` : null,
      siren: null,
      publicBody: false,
    };
  }
}

interface Mission {
  groupId: string;
  template: MissionTemplate;
  title: string;
  sentences: string[];
  schedule: string;
  organization: Organization;
  commune: EvalCommune;
  street: string;
  point: { lat: number; lon: number };
  start: Date;
  end: Date | null;
  places: number;
  kind: 'NEED' | 'OFFER';
}

const DAY = 24 * 60 * 60 * 1000;
const BASE_DATE = Date.UTC(2027, 0, 4);

/** A point `metres` away from `point` in a random direction. */
function moved(rng: Rng, point: { lat: number; lon: number }, metres: number) {
  const angle = rng.next() * 2 * Math.PI;
  const dLat = (metres * Math.cos(angle)) / 111_320;
  const dLon = (metres * Math.sin(angle)) / (111_320 * Math.cos((point.lat * Math.PI) / 180));
  return { lat: round5(point.lat + dLat), lon: round5(point.lon + dLon) };
}
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

let groupCount = 0;
function aMission(
  rng: Rng,
  overrides: Partial<Omit<Mission, 'groupId'>> & { template?: MissionTemplate } = {},
): Mission {
  const template = overrides.template ?? rng.pick(MISSIONS);
  const commune = overrides.commune ?? rng.pick(COMMUNES);
  const organization = overrides.organization ?? anOrganization(rng, commune);
  const qualifier = !template.generic || rng.chance(0.3) ? ` ${rng.pick(QUALIFIERS)}` : '';
  const start = overrides.start ?? new Date(BASE_DATE + rng.int(0, 150) * DAY);
  return {
    groupId: `g${String(++groupCount).padStart(4, '0')}`,
    template,
    title: overrides.title ?? `${template.title}${qualifier}`,
    sentences: template.sentences,
    schedule: rng.pick(SCHEDULES),
    organization,
    commune,
    street: `${rng.int(1, 120)} ${rng.pick(STREETS)}`,
    point: moved(rng, commune, rng.int(200, 1500)),
    start,
    end:
      overrides.end !== undefined
        ? overrides.end
        : rng.chance(0.7)
          ? new Date(start.getTime() + rng.int(20, 120) * DAY)
          : null,
    places: rng.int(1, 12),
    kind: rng.chance(0.9) ? 'NEED' : 'OFFER',
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// How each partner writes a mission

const iso = (date: Date) => date.toISOString().slice(0, 10);
const frenchDate = (date: Date) =>
  `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
const stripAccents = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

interface RenderOptions {
  /** Reworded on purpose (a copy of a mission first published elsewhere). */
  perturb: boolean;
  /** The apply URL another partner uses (a re-publication), if any. */
  sharedApplyUrl?: string;
}

/** Words partners swap for one another when they rewrite a title. */
const SYNONYMS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^Accompagnement/, 'Soutien'],
  [/^Aide aux devoirs/, 'Soutien scolaire'],
  [/^Accueil/, 'Réception'],
  [/^Animation d’ateliers/, 'Ateliers'],
  [/^Préparation des repas/, 'Cuisine'],
  [/^Distribution/, 'Distrib.'],
  [/^Promenade/, 'Balade'],
  [/^Nettoyage/, 'Ramassage des déchets'],
  [/^Tri des/, 'Trier les'],
  [/^Cours de/, 'Ateliers de'],
];

/** A title rewritten: a word swapped for a synonym, or the qualifier moved to the front. */
function reworded(title: string): string {
  for (const [pattern, replacement] of SYNONYMS)
    if (pattern.test(title)) return title.replace(pattern, replacement);
  const match = / (dans le quartier .+|au centre social .+|à la maison de quartier .+)$/.exec(
    title,
  );
  return match
    ? `${match[1]!.charAt(0).toUpperCase()}${match[1]!.slice(1)} : ${title.slice(0, match.index)}`
    : title;
}

let sourceCount = 0;
function render(rng: Rng, mission: Mission, partner: PartnerSlug, options: RenderOptions) {
  const externalId = `${partner.slice(0, 2).toUpperCase()}-${String(++sourceCount).padStart(4, '0')}`;
  const orgSentence = `${mission.organization.name} agit à ${mission.commune.name} depuis ${2000 + (mission.title.length % 20)}.`;
  let title = mission.title;
  let sentences = [...mission.sentences];
  let organizationName = mission.organization.name;
  let rna = mission.organization.rna;
  let siren = mission.organization.siren;
  let start: Date | null = mission.start;
  let end = mission.end;
  let html = partner !== 'entraide-locale';
  let address: AddressInput = {
    street: mission.street,
    postalCode: mission.commune.postalCode,
    city: mission.commune.name,
    lat: mission.point.lat,
    lon: mission.point.lon,
  };
  let domain: string | null = mission.template.domain;

  if (options.perturb) {
    const p = rng;
    if (p.chance(0.15)) title = reworded(title);
    if (p.chance(0.55))
      title = `${p.pick(TITLE_PREFIXES)}${title.charAt(0).toLowerCase()}${title.slice(1)}`;
    if (p.chance(0.35))
      title = `${title}${p.pick([` à ${mission.commune.name}`, ` (${mission.commune.name})`, ` - ${mission.commune.postalCode.slice(0, 2)}`])}`;
    if (p.chance(0.2)) title = title.toLowerCase();
    else if (p.chance(0.1)) title = title.toUpperCase();
    if (p.chance(0.25)) title = stripAccents(title);
    if (p.chance(0.15))
      title = title.replace(/ (le samedi matin|en soirée|le mercredi après-midi)$/i, '');

    if (organizationName.startsWith('Association ') && p.chance(0.5))
      organizationName = organizationName.replace('Association ', p.pick(['Asso ', 'Asso. ', '']));
    else if (!mission.organization.publicBody && p.chance(0.3))
      organizationName = `Association ${organizationName}`;
    if (organizationName.startsWith('Ville de ') && p.chance(0.5))
      organizationName = organizationName.replace('Ville de ', 'Mairie de ');
    if (p.chance(0.3)) organizationName = organizationName.toUpperCase();
    if (p.chance(0.3)) organizationName = stripAccents(organizationName);
    if (p.chance(0.5)) rna = null;
    if (p.chance(0.5)) siren = null;

    html = p.chance(0.3);
    if (p.chance(0.25)) sentences = sentences.slice(0, 1);
    if (p.chance(0.3))
      sentences.push('Mission relayée par notre plateforme, candidature en ligne.');
    if (p.chance(0.2)) sentences = sentences.map(stripAccents);

    const place = p.next();
    if (place < 0.4) address = { postalCode: address.postalCode, city: address.city };
    else if (place < 0.75)
      address = {
        ...address,
        street: address.street?.replace(' ', ', '),
        ...moved(p, mission.point, p.int(50, 400)),
      };
    else if (place < 0.85) address = { ...address, lat: null, lon: null };

    if (p.chance(0.35)) start = new Date(mission.start.getTime() + p.pick([-1, 1]) * DAY);
    if (end && p.chance(0.3)) end = p.chance(0.5) ? null : new Date(end.getTime() + DAY);
    if (p.chance(0.1)) start = null;
    if (p.chance(0.2)) domain = null;
  }

  const body = [...sentences, mission.schedule];
  const description = html
    ? `<p>${body.slice(0, -1).join(' ')}</p><ul><li><strong>Quand :</strong> ${mission.schedule}</li></ul><p>${orgSentence}</p>`
    : `${body.join('\n')}\n\n${orgSentence}`;
  const dates = partner === 'relais-solidaire' ? frenchDate : iso;
  const listing: ListingInput = {
    externalId,
    kind: mission.kind as ListingInput['kind'],
    title,
    description,
    applyUrl:
      options.sharedApplyUrl ?? `https://${partner}.example/missions/${externalId.toLowerCase()}`,
    domain,
    activities: mission.template.activities,
    places: mission.places,
    startsAt: start ? dates(start) : null,
    endsAt: end ? dates(end) : null,
    addresses: [address],
    organization: { name: organizationName, rna, siren },
  };
  return listing;
}

// ---------------------------------------------------------------------------------------------
// The set

export function generateEvalSet(seed: number): EvalSet {
  const rng = rngOf(seed);
  usedNames.clear();
  publicBodies.clear();
  groupCount = 0;
  sourceCount = 0;
  const sources: EvalSource[] = [];
  const slugs = PARTNERS.map((p) => p.slug);
  const add = (mission: Mission, partner: PartnerSlug, kind: string, options: RenderOptions) =>
    sources.push({
      partner,
      groupId: mission.groupId,
      case: kind,
      listing: render(rng, mission, partner, options),
    });

  // 1. True duplicates: 90 missions on two partners, 45 on all three.
  const duplicated: Mission[] = [];
  for (let i = 0; i < 135; i++) {
    const mission = aMission(rng);
    duplicated.push(mission);
    const partners = i < 90 ? rng.shuffle(slugs).slice(0, 2) : rng.shuffle(slugs);
    const shared = rng.chance(0.25)
      ? `https://${partners[0]}.example/missions/m${mission.groupId}`
      : undefined;
    partners.forEach((partner, n) =>
      add(mission, partner, 'duplicate', {
        perturb: n > 0 || rng.chance(0.3),
        sharedApplyUrl: shared,
      }),
    );
  }

  // 2. Hard negatives, each source its own group, each pair on two different partners.
  const twoPartners = () => rng.shuffle(slugs).slice(0, 2) as [PartnerSlug, PartnerSlug];
  // 2a. The same structure's other mission: same place, same dates.
  for (let i = 0; i < 30; i++) {
    const first = duplicated[i * 4]!;
    const other = aMission(rng, {
      organization: first.organization,
      commune: first.commune,
      start: first.start,
      end: first.end,
      template: rng.pick(MISSIONS.filter((t) => t !== first.template)),
    });
    add(other, rng.pick(slugs), 'same-organization-other-mission', { perturb: rng.chance(0.5) });
  }
  const generic = MISSIONS.filter((t) => t.generic);
  // 2b. The same generic title in other cities, by other structures.
  for (let i = 0; i < 20; i++) {
    const template = generic[i % generic.length]!;
    const [p1, p2] = twoPartners();
    const [c1, c2] = rng.shuffle(COMMUNES);
    const start = new Date(BASE_DATE + rng.int(0, 60) * DAY);
    add(
      aMission(rng, { template, title: template.title, commune: c1, start }),
      p1,
      'generic-title-other-city',
      { perturb: false },
    );
    add(
      aMission(rng, { template, title: template.title, commune: c2, start }),
      p2,
      'generic-title-other-city',
      { perturb: true },
    );
  }
  // 2c. The same generic title, same structure, same city, another month.
  for (let i = 0; i < 20; i++) {
    const template = generic[i % generic.length]!;
    const [p1, p2] = twoPartners();
    const commune = rng.pick(COMMUNES);
    const organization = anOrganization(rng, commune);
    const start = new Date(BASE_DATE + rng.int(0, 30) * DAY);
    const first = aMission(rng, {
      template,
      title: template.title,
      commune,
      organization,
      start,
      end: new Date(start.getTime() + 25 * DAY),
    });
    const laterStart = new Date(start.getTime() + rng.int(45, 120) * DAY);
    const second = aMission(rng, {
      template,
      title: template.title,
      commune,
      organization,
      start: laterStart,
      end: rng.chance(0.5) ? new Date(laterStart.getTime() + 25 * DAY) : null,
    });
    add(first, p1, 'generic-title-other-month', { perturb: false });
    add(second, p2, 'generic-title-other-month', { perturb: true });
  }
  // 2d. The same generic title, same city and dates, by two different structures.
  for (let i = 0; i < 15; i++) {
    const template = generic[i % generic.length]!;
    const [p1, p2] = twoPartners();
    const commune = rng.pick(COMMUNES);
    const start = new Date(BASE_DATE + rng.int(0, 60) * DAY);
    add(
      aMission(rng, { template, title: template.title, commune, start, end: null }),
      p1,
      'generic-title-other-organization',
      { perturb: false },
    );
    add(
      aMission(rng, { template, title: template.title, commune, start, end: null }),
      p2,
      'generic-title-other-organization',
      { perturb: true },
    );
  }
  // 2e. The same structure's centre in the neighbouring commune (same title, same dates).
  for (let i = 0; i < 12; i++) {
    const [a, b] = NEIGHBOURS[i % NEIGHBOURS.length]!;
    const [p1, p2] = twoPartners();
    const c1 = COMMUNES.find((c) => c.insee === a)!;
    const c2 = COMMUNES.find((c) => c.insee === b)!;
    const first = aMission(rng, { commune: c1 });
    const second = aMission(rng, {
      commune: c2,
      template: first.template,
      title: first.title,
      organization: first.organization,
      start: first.start,
      end: first.end,
    });
    add(first, p1, 'same-organization-neighbouring-commune', { perturb: false });
    add(second, p2, 'same-organization-neighbouring-commune', { perturb: false });
  }
  // 3. Missions published once.
  for (let i = 0; i < 40; i++)
    add(aMission(rng), rng.pick(slugs), 'single', { perturb: rng.chance(0.5) });

  // Feed order: by partner, then by external id (what a partner's feed looks like).
  sources.sort((x, y) =>
    x.partner === y.partner
      ? x.listing.externalId.localeCompare(y.listing.externalId)
      : slugs.indexOf(x.partner) - slugs.indexOf(y.partner),
  );
  return {
    description:
      'Labelled evaluation set of deduplication: sources with the same groupId describe the same mission. Generated by bench/dedup/generate-eval-set.ts; do not edit by hand.',
    seed,
    partners: PARTNERS,
    sources,
  };
}

/** One source per line: readable diffs, small file. */
export function serializeEvalSet(set: EvalSet): string {
  const lines = set.sources.map((source) => `    ${JSON.stringify(source)}`);
  return [
    '{',
    `  "description": ${JSON.stringify(set.description)},`,
    `  "seed": ${set.seed},`,
    `  "partners": ${JSON.stringify(set.partners)},`,
    '  "sources": [',
    lines.join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}

if (require.main === module) {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '2020' } } });
  const set = generateEvalSet(Number(values.seed));
  mkdirSync(dirname(EVAL_SET_PATH), { recursive: true });
  const text = serializeEvalSet(set);
  writeFileSync(EVAL_SET_PATH, text);
  const groups = new Map<string, number>();
  for (const source of set.sources)
    groups.set(source.groupId, (groups.get(source.groupId) ?? 0) + 1);
  console.log(
    `Wrote ${relative(REPO_ROOT, EVAL_SET_PATH)}: ${set.sources.length} sources, ${PARTNERS.length} partners, ` +
      `${[...groups.values()].filter((n) => n > 1).length} duplicate groups, ${(text.length / 1024).toFixed(0)} KiB`,
  );
}
