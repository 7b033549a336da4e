/**
 * Map benchmark (docs/performance.md, "Map and web").
 *
 *   node -r @swc-node/register bench/map/run.ts api --url http://127.0.0.1:3000 [--requests 200]
 *     `searchMap` through GraphQL on a running platform (demo data): France at zoom 6 and Lyon
 *     at zoom 13, p50/p95/max over N sequential requests after 20 warm-ups, response bytes.
 *     Start the platform with a high SEARCH_RATE_LIMIT_* (the bench would be rate-limited).
 *   node -r @swc-node/register bench/map/run.ts synthetic [--count 100000] [--requests 200]
 *     The same two requests through SearchMapService against a throw-away embedded
 *     Meilisearch holding `count` synthetic listings (bench/ingest's generator: 1–3 places in
 *     ~60 communes, ±2 km around each) indexed with the production settings. No GraphQL, no
 *     PostgreSQL: the map's own cost at 100,000 listings.
 *   node -r @swc-node/register bench/map/run.ts web
 *     Initial JavaScript of the search page, gzipped, from dist/apps/web (run
 *     `npx nx run web:build` first): the entry, its static imports, and the search page chunk
 *     with its static imports; and whether Leaflet is in them.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const REPO_ROOT = resolve(__dirname, '..', '..');
const FRANCE = { south: 41.3, west: -5.2, north: 51.1, east: 9.6 };
/** Lyon and its inner suburbs, a 1280×800 map at zoom 13 (about 18 × 8 km). */
const LYON = { south: 45.72, west: 4.74, north: 45.8, east: 4.96 };
const CASES = [
  { name: 'France, zoom 6', zoom: 6, bounds: FRANCE },
  { name: 'Lyon, zoom 13', zoom: 13, bounds: LYON },
] as const;

const QUERY = `query ($input: SearchInput!, $zoom: Int!, $bounds: BoundsInput!) {
  searchMap(input: $input, zoom: $zoom, bounds: $bounds) {
    totalCount remoteCount placeCount
    clusters { lat lon count bounds { south west north east } }
    points { listingId lat lon title organizationName city startsAt endsAt }
  }
}`;

interface Row {
  case: string;
  requests: number;
  p50: number;
  p95: number;
  max: number;
  bytes: number;
  clusters: number;
  points: number;
  placeCount: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (value: number) => Math.round(value * 10) / 10;

async function measure(
  name: string,
  requests: number,
  once: () => Promise<{ bytes: number; clusters: number; points: number; placeCount: number }>,
): Promise<Row> {
  for (let n = 0; n < 20; n++) await once();
  const times: number[] = [];
  let last = { bytes: 0, clusters: 0, points: 0, placeCount: 0 };
  for (let n = 0; n < requests; n++) {
    const started = performance.now();
    last = await once();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    case: name,
    requests,
    p50: ms(percentile(times, 50)),
    p95: ms(percentile(times, 95)),
    max: ms(times.at(-1)!),
    ...last,
  };
}

function print(rows: Row[], extra: Record<string, unknown>) {
  console.log(JSON.stringify({ ...extra, machine: machine(), rows }, null, 2));
  console.log(
    '\n| case | requests | p50 ms | p95 ms | max ms | payload bytes | clusters | points | places in view |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows)
    console.log(
      `| ${r.case} | ${r.requests} | ${r.p50} | ${r.p95} | ${r.max} | ${r.bytes.toLocaleString('en')} | ${r.clusters} | ${r.points} | ${r.placeCount} |`,
    );
}

const machine = () => ({
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
  node: process.version,
});

async function api(url: string, requests: number) {
  const rows: Row[] = [];
  for (const c of CASES) {
    const body = JSON.stringify({
      query: QUERY,
      variables: { input: {}, zoom: c.zoom, bounds: c.bounds },
    });
    rows.push(
      await measure(c.name, requests, async () => {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
          body,
        });
        const text = await response.text();
        const json = JSON.parse(text) as {
          data?: { searchMap: { clusters: unknown[]; points: unknown[]; placeCount: number } };
          errors?: unknown;
        };
        if (!json.data) throw new Error(`searchMap failed: ${text.slice(0, 300)}`);
        return {
          bytes: Buffer.byteLength(text),
          clusters: json.data.searchMap.clusters.length,
          points: json.data.searchMap.points.length,
          placeCount: json.data.searchMap.placeCount,
        };
      }),
    );
  }
  print(rows, { mode: 'api', url });
}

async function synthetic(count: number, requests: number) {
  const { Meilisearch } = await import('meilisearch');
  const { startEmbeddedMeilisearch, freePort } = await import('@passerelle/api-runtime');
  const { INDEX_SETTINGS, toSearchDocuments } = await import('@passerelle/api-search');
  const { SearchMapService } = await import('../../libs/api/search/src/map/search-map.service');
  const { toSearchQuery } = await import('../../libs/api/search/src/query/search-query');
  const { missionAt } = await import('../ingest/generate-feed');
  const { ListingKind, ListingStatus, RemoteMode } = await import('@passerelle/shared-domain');

  const dir = mkdtempSync(join(tmpdir(), 'passerelle-bench-map-'));
  const masterKey = randomBytes(16).toString('hex');
  const meili = await startEmbeddedMeilisearch({
    dataDir: join(dir, 'data.ms'),
    port: await freePort(),
    masterKey,
  });
  try {
    const client = new Meilisearch({
      host: meili.url,
      apiKey: masterKey,
      requestInit: { headers: { 'accept-encoding': 'identity' } },
    });
    const uid = 'bench_map_listings';
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 600_000 });
    const index = client.index(uid);
    await index.updateSettings(INDEX_SETTINGS).waitTask({ timeout: 600_000 });
    const options = { seed: 2020, count, partnerHost: 'bench.example' };
    const started = performance.now();
    let batch: unknown[] = [];
    let documents = 0;
    const remoteModes = {
      no: RemoteMode.ONSITE,
      local: RemoteMode.ONSITE,
      possible: RemoteMode.HYBRID,
      full: RemoteMode.REMOTE,
    } as const;
    const flush = async () => {
      if (batch.length === 0) return;
      await index.addDocuments(batch as Record<string, unknown>[]).waitTask({ timeout: 1_800_000 });
      batch = [];
    };
    for (let n = 0; n < count; n++) {
      const m = missionAt(options, n);
      const docs = toSearchDocuments({
        id: `bench-${n}`,
        status: ListingStatus.PUBLISHED,
        kind: ListingKind.NEED,
        title: m.title,
        summary: '',
        description: '',
        domain: m.domain,
        activities: [],
        tags: [],
        remote: remoteModes[m.remote],
        startsAt: null,
        endsAt: null,
        postedAt: null,
        publishedAt: null,
        createdAt: new Date(),
        openToMinors: null,
        reducedMobilityAccessible: null,
        organizationName: m.organization.name,
        partnerSlugs: ['bench'],
        places:
          m.remote === 'full'
            ? []
            : m.addresses.map((a) => ({
                city: a.city,
                postalCode: a.postalCode,
                cityCode: null,
                departmentCode: a.departmentCode,
                regionCode: null,
                // Sites without a point: the pipeline would place them at the commune.
                lat: a.point?.lat ?? null,
                lon: a.point?.lon ?? null,
              })),
      });
      documents += docs.length;
      batch.push(...docs);
      if (batch.length >= 20_000) await flush();
    }
    await flush();
    const indexedSeconds = Math.round((performance.now() - started) / 100) / 10;

    const service = new SearchMapService(
      client,
      { searchTimeoutMs: 30_000 } as never,
      { tileUrl: null, attribution: '', maxPoints: 500 },
      { uid } as never,
    );
    const query = toSearchQuery({});
    const rows: Row[] = [];
    for (const c of CASES) {
      rows.push(
        await measure(c.name, requests, async () => {
          const result = await service.searchMap(query, c.bounds, c.zoom);
          return {
            bytes: Buffer.byteLength(JSON.stringify({ data: { searchMap: result } })),
            clusters: result.clusters.length,
            points: result.points.length,
            placeCount: result.placeCount,
          };
        }),
      );
    }
    print(rows, { mode: 'synthetic', listings: count, documents, indexedSeconds });
  } finally {
    await meili.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Static imports of an ES module chunk (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;\n}])\s*import\s*(?:[^'"();]*?\sfrom\s*)?["'](\.\/[^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.add(match[1]!.slice(2));
  return [...found];
}

function web() {
  const dist = join(REPO_ROOT, 'dist/apps/web');
  const assets = join(dist, 'assets');
  const files = readdirSync(assets);
  const read = (file: string) => readFileSync(join(assets, file));
  const closure = (roots: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of staticImports(read(file).toString('utf8'))) visit(next);
    };
    roots.forEach(visit);
    return seen;
  };
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const searchPage = files.filter((f) => /^SearchPage-.*\.js$/.test(f));
  const initial = closure(entries);
  const page = closure([...entries, ...searchPage]);
  const gz = (set: Set<string>) =>
    [...set].reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0);
  const hasLeaflet = (set: Set<string>) =>
    [...set].some((file) => read(file).toString('utf8').includes('leaflet-pane'));
  const mapChunks = files.filter(
    (f) => f.endsWith('.js') && read(f).toString('utf8').includes('leaflet-pane'),
  );
  const result = {
    machine: machine(),
    appEntryGzipBytes: gz(initial),
    searchPageInitialGzipBytes: gz(page),
    searchPageFiles: [...page],
    leafletInSearchPageInitial: hasLeaflet(page),
    leafletChunks: mapChunks.map((f) => ({
      file: f,
      gzipBytes: gzipSync(read(f), { level: 9 }).length,
    })),
  };
  console.log(JSON.stringify(result, null, 2));
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      requests: { type: 'string', default: '200' },
      count: { type: 'string', default: '100000' },
    },
  });
  const requests = Number(values.requests);
  switch (positionals[0]) {
    case 'api':
      if (!values.url) throw new Error('api needs --url http://host:port');
      return api(values.url.replace(/\/$/, ''), requests);
    case 'synthetic':
      return synthetic(Number(values.count.replace(/k$/, '000')), requests);
    case 'web':
      return web();
    default:
      throw new Error('usage: run.ts api --url … | synthetic [--count 100000] | web');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
