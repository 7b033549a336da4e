/**
 * Summarizes a V8 `.cpuprofile` (from `run.ts --cpu-prof`): self time by area (repository
 * library or npm package) and by function, and inclusive time of the ingest stages.
 *
 *   node -r @swc-node/register bench/ingest/profile-summary.ts tmp/bench/profiles/sync-….cpuprofile
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Functions whose inclusive time tells where a sync spends its time. */
const STAGES: Array<[label: string, test: (fn: string, url: string) => boolean]> = [
  [
    'XML connector (parseApiEngagementXml, saxes, decoding, mapping)',
    (fn, url) => url.includes('connectors/api-engagement/src') && fn === 'parseApiEngagementXml',
  ],
  ['pipeline: runPipeline (all of it)', (fn) => fn === 'runPipeline'],
  ['  pipeline: readDescription (sanitizer + text)', (fn) => fn === 'readDescription'],
  ['  pipeline: sanitizeDescription', (fn) => fn === 'sanitizeDescription'],
  ['  pipeline: htmlToPlainText', (fn) => fn === 'htmlToPlainText'],
  ['  pipeline: summarize', (fn) => fn === 'summarize'],
  ['  pipeline: geocodeAddresses', (fn) => fn === 'geocodeAddresses'],
  ['  pipeline: contentHash', (fn) => fn === 'contentHash'],
  ['writeChunk (building and sending SQL)', (fn) => fn === 'writeChunk'],
  [
    'TypeORM InsertQueryBuilder.execute',
    (fn, url) => fn === 'execute' && url.includes('InsertQueryBuilder'),
  ],
  ['TypeORM createValuesExpression', (fn) => fn === 'createValuesExpression'],
  [
    'pg: prepareValue / serialization',
    (fn, url) => url.includes('/pg/lib/utils') && fn === 'prepareValue',
  ],
  ['pg: parse rows (Parser)', (fn, url) => url.includes('pg-protocol')],
  ['garbage collector', (fn) => fn === '(garbage collector)'],
  ['idle (waiting on PostgreSQL or disk)', (fn) => fn === '(idle)'],
];

function areaOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native / V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `npm:${pkg[1]}`;
  const lib = /\/(libs\/[^/]+\/[^/]+)\//.exec(url);
  if (lib) return lib[1]!;
  if (url.startsWith('node:')) return 'node core';
  return url.replace(/^file:\/\//, '').replace(/^.*\/work\/main\//, '');
}

function main() {
  const file = process.argv[2];
  if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile>');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);

  const totalUs = profile.timeDeltas.reduce((a, b) => a + b, 0);
  const selfByArea = new Map<string, number>();
  const selfByFn = new Map<string, number>();
  const stageUs = STAGES.map(() => 0);
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const area = areaOf(url, functionName);
    selfByArea.set(area, (selfByArea.get(area) ?? 0) + delta);
    const fnKey = `${functionName || '(anonymous)'} ${areaOf(url, functionName)}:${lineNumber + 1}`;
    selfByFn.set(fnKey, (selfByFn.get(fnKey) ?? 0) + delta);
    const hit = STAGES.map(() => false);
    for (let cursor: number | undefined = id; cursor !== undefined; cursor = parent.get(cursor)) {
      const frame = byId.get(cursor)!.callFrame;
      STAGES.forEach(([, test], s) => {
        if (!hit[s] && test(frame.functionName, frame.url)) hit[s] = true;
      });
    }
    hit.forEach((h, s) => {
      if (h) stageUs[s]! += delta;
    });
  });

  const pct = (us: number) => `${((100 * us) / totalUs).toFixed(1)} %`;
  const sec = (us: number) => `${(us / 1e6).toFixed(2)} s`;
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);

  console.log(`Profile ${file}: ${sec(totalUs)} sampled\n`);
  console.log('Inclusive time of the stages:');
  STAGES.forEach(([label], s) =>
    console.log(
      `  ${label.padEnd(66)} ${sec(stageUs[s]!).padStart(9)} ${pct(stageUs[s]!).padStart(8)}`,
    ),
  );
  console.log('\nSelf time by area:');
  for (const [area, us] of top(selfByArea, 20))
    console.log(`  ${area.padEnd(66)} ${sec(us).padStart(9)} ${pct(us).padStart(8)}`);
  console.log('\nSelf time by function:');
  for (const [fn, us] of top(selfByFn, 30))
    console.log(`  ${fn.slice(0, 90).padEnd(90)} ${sec(us).padStart(9)} ${pct(us).padStart(8)}`);
}

main();
