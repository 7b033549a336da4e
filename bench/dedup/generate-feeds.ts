/**
 * Three partner feeds (national XML format) for the deduplication benchmark: `count` listings
 * in all, 20 % of them copies of another partner's mission. Built on the ingest benchmark's
 * generator (bench/ingest/generate-feed.ts): mission i is `missionAt(…, i)`; a copy is the
 * same mission re-derived for another partner and rewritten the way platforms do (prefixed or
 * lower-cased title, plain-text description, city instead of street, a day of difference, no
 * RNA). Deterministic and streamed to disk.
 *
 *   node -r @swc-node/register bench/dedup/generate-feeds.ts [--count 100k] [--seed 2020]
 *
 * Writes tmp/bench/dedup/<count>/partner-{a,b,c}.xml and truth.json (copy → original).
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type BenchMission,
  countLabel,
  DEFAULT_SEED,
  type FeedOptions,
  missionAt,
  parseCount,
  REFERENCE_DATE,
  renderMission,
  REPO_ROOT,
  rngFor,
} from '../ingest/generate-feed';

export const PARTNERS = ['a', 'b', 'c'] as const;
export const hostOf = (partner: string) => `partenaire-${partner}.example`;
export const feedDir = (count: number) =>
  join(REPO_ROOT, 'tmp', 'bench', 'dedup', countLabel(count));

/** Share of the listings that are copies of another partner's mission. */
const DUPLICATE_SHARE = 0.2;
const STREAM_COPY = 11;
const PREFIXES = ['Bénévole – ', 'Appel à bénévoles : ', 'Recherche bénévoles : '];
const DAY = 24 * 60 * 60 * 1000;

function shiftDate(ddmmyyyy: string | null, days: number): string | null {
  if (!ddmmyyyy) return null;
  const [d, m, y] = ddmmyyyy.split('/').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d) + days * DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** The same mission as another platform re-publishes it. */
function copyOf(mission: BenchMission, seed: number, index: number): BenchMission {
  const rng = rngFor(seed, STREAM_COPY, index);
  let title = mission.title;
  if (rng.chance(0.5))
    title = `${rng.pick(PREFIXES)}${title.charAt(0).toLowerCase()}${title.slice(1)}`;
  if (rng.chance(0.2)) title = title.toLowerCase();
  if (rng.chance(0.2)) title = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const plain = rng.chance(0.6);
  const days = rng.chance(0.3) ? rng.pick([-1, 1]) : 0;
  return {
    ...mission,
    clientId: `C${mission.clientId}`,
    title: title.slice(0, 120),
    description: plain
      ? mission.description
          .replace(/<[^>]+>/g, ' ')
          .replace(/&nbsp;/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
      : mission.description,
    descriptionEscaped: false,
    startAt: shiftDate(mission.startAt, days),
    endAt: rng.chance(0.3) ? null : mission.endAt,
    addresses: mission.addresses.map((address) =>
      rng.chance(0.4) ? { ...address, street: '', point: null } : address,
    ),
    organization: {
      ...mission.organization,
      rna: rng.chance(0.5) ? null : mission.organization.rna,
      name: rng.chance(0.3) ? mission.organization.name.toUpperCase() : mission.organization.name,
    },
  };
}

export interface DedupFeeds {
  files: Record<(typeof PARTNERS)[number], string>;
  truth: string;
  listings: number;
  copies: number;
}

export async function writeFeeds(count: number, seed = DEFAULT_SEED): Promise<DedupFeeds> {
  const dir = feedDir(count);
  mkdirSync(dir, { recursive: true });
  // count = missions + copies, copies = 20 % of count: every 4th mission has a copy.
  const missions = Math.round(count * (1 - DUPLICATE_SHARE));
  const streams = Object.fromEntries(
    PARTNERS.map((p) => {
      const stream = createWriteStream(join(dir, `partner-${p}.xml`));
      stream.write(
        `<?xml version="1.0" encoding="UTF-8"?>\n<source>\n  <publisher><![CDATA[Banc d'essai dédoublonnage (${hostOf(p)})]]></publisher>\n  <lastBuildDate><![CDATA[${new Date(REFERENCE_DATE).toUTCString()}]]></lastBuildDate>\n`,
      );
      return [p, stream];
    }),
  ) as Record<(typeof PARTNERS)[number], ReturnType<typeof createWriteStream>>;
  const truth: Array<[string, string]> = [];
  const write = async (partner: (typeof PARTNERS)[number], xml: string) => {
    if (!streams[partner].write(xml)) await once(streams[partner], 'drain');
  };
  let copies = 0;
  for (let i = 0; i < missions; i++) {
    const home = PARTNERS[i % 3]!;
    const options = (partner: string): FeedOptions => ({
      seed,
      count: missions,
      partnerHost: hostOf(partner),
    });
    const mission = missionAt(options(home), i);
    await write(home, renderMission(mission));
    if (i % 4 === 0 && copies < count - missions) {
      const other = PARTNERS[(i + 1) % 3]!;
      const copy = copyOf(missionAt(options(other), i), seed, i);
      await write(other, renderMission(copy));
      truth.push([`${other}:${copy.clientId}`, `${home}:${mission.clientId}`]);
      copies++;
    }
  }
  for (const stream of Object.values(streams)) {
    stream.end('</source>\n');
    await once(stream, 'finish');
  }
  const truthFile = join(dir, 'truth.json');
  writeFileSync(truthFile, JSON.stringify(truth));
  return {
    files: Object.fromEntries(
      PARTNERS.map((p) => [p, join(dir, `partner-${p}.xml`)]),
    ) as DedupFeeds['files'],
    truth: truthFile,
    listings: missions + copies,
    copies,
  };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '100k' }, seed: { type: 'string' } },
  });
  const count = parseCount(values.count);
  writeFeeds(count, values.seed ? Number(values.seed) : DEFAULT_SEED).then(
    (feeds) =>
      console.log(
        `Wrote ${feeds.listings} listings (${feeds.copies} copies) to ${relative(REPO_ROOT, feedDir(count))}`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
