/**
 * Search benchmark (issue 4; docs/performance.md, "Search").
 *
 *   node -r @swc-node/register bench/search/run.ts [--file tmp/bench/feed-100k.xml]
 *        [--scale 10] [--queries 1000] [--clients 16] [--seed 4] [--no-dedup]
 *        [--data-dir tmp/bench/search-data] [--keep] [--quiet-below 25] [--quiet-max-wait 600]
 *        [--index-timeout 2700] [--api-node-args="--cpu-prof --cpu-prof-dir=tmp/bench/profiles"]
 *
 * 1. Starts a throw-away embedded PostgreSQL (normal durability) and Meilisearch (the runtime
 *    of `npm start`), loads the feed through `IngestService.run` in a child process (or reuses
 *    the database of `--data-dir` when an earlier `--keep` run loaded it), and with
 *    `--scale N` multiplies the listings N times with SQL (new ids, external ids, points
 *    moved by up to ~1 km).
 * 2. Indexing time from PostgreSQL: `reindex()` of `npm run reindex` (SearchIndex.rebuild: a new
 *    index filled from PostgreSQL, then swapped) in a child process, from start to all
 *    Meilisearch tasks succeeded; Meilisearch RSS (sampled, and VmHWM) and size on disk.
 * 3. Starts the API (apps/api/src/main.ts, PASSERELLE_ROLE=api, logs at warn, per-IP search
 *    rate limit raised) and sends the query mix (queries.ts) through GraphQL over HTTP, and the
 *    same queries straight to Meilisearch (`searchRequests`, the requests SearchService
 *    builds): sequential after a warm-up, the two paths interleaved query by query; then
 *    `--clients` concurrent clients on each path (throughput).
 * Prints a Markdown summary and writes the JSON to tmp/bench/search-<date>.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { writeFileSync, chmodSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { DataSource } from 'typeorm';
import type { MultiSearchQuery } from 'meilisearch';
import { createMeilisearchClient } from '@passerelle/api-core';
import { dataSourceOptions, PartnerEntity, runMigrations } from '@passerelle/api-db';
import { freePort, startRuntime, type Runtime } from '@passerelle/api-runtime';
import { SyncRunStatus, SyncTrigger } from '@passerelle/shared-domain';
import { DEFAULT_COUNT, defaultFeedPath } from '../ingest/generate-feed';
import {
  MB,
  REPO_ROOT,
  activity,
  codeVersion,
  cpuMeter,
  machine,
  procStatusKb,
  round,
  sleep,
  waitForQuiet,
} from '../shared/machine';
import { queryMix, type BenchQuery } from './queries';

const RESULT_MARK = 'BENCH_RESULT ';
const BENCH_DIR = join(REPO_ROOT, 'tmp', 'bench');
const TARGETS = { sequentialP95Ms: 30, throughputPerSecond: 300, overheadRatioP50: 1.5 };
const WARM_UP = 200;
/** What `--data-dir` holds once loaded (`loaded.json`). */
interface Loaded {
  listings: number;
  scale: number;
  deduplicate: boolean;
  feed: string;
  ingestSeconds: number;
  scaleSeconds?: number;
}

// =============================================================================================
// Child phases

async function ingestPhase(file: string) {
  const { IngestService } = await import('@passerelle/api-ingest');
  const { parseApiEngagementXml } = await import('@passerelle/connectors-api-engagement');
  const dataSource = new DataSource(dataSourceOptions(process.env['BENCH_DATABASE_URL']!));
  await dataSource.initialize();
  const started = performance.now();
  const { syncRun } = await new IngestService(dataSource).run({
    partnerId: process.env['BENCH_PARTNER_ID']!,
    trigger: SyncTrigger.PULL,
    fullSnapshot: true,
    items: parseApiEngagementXml(createReadStream(file)),
    deduplicate: process.env['BENCH_DEDUPLICATE'] === 'true',
  });
  const seconds = (performance.now() - started) / 1000;
  await dataSource.destroy();
  if (syncRun.status !== SyncRunStatus.SUCCEEDED)
    throw new Error(`sync run ${syncRun.status}: ${syncRun.errorCode} ${syncRun.errorMessage}`);
  return { seconds: round(seconds, 1), received: syncRun.received, created: syncRun.created };
}

/** `npm run reindex` (apps/api/src/tools/reindex.ts) in this process. */
async function reindexPhase() {
  const { reindex } = await import('../../apps/api/src/tools/reindex');
  const cpu = process.cpuUsage();
  const started = performance.now();
  await reindex();
  const used = process.cpuUsage(cpu);
  return {
    seconds: round((performance.now() - started) / 1000, 1),
    cpuSeconds: round((used.user + used.system) / 1e6, 1),
    vmHwmMb: round(procStatusKb('self', 'VmHWM') / 1024),
  };
}

// =============================================================================================
// Orchestration

let interrupted = false;
const children = new Set<ChildProcess>();
function onSignal(signal: NodeJS.Signals) {
  console.error(`\n${signal}: stopping the benchmark and its servers…`);
  interrupted = true;
  for (const child of children) child.kill('SIGTERM');
}

function runChild<T>(
  phase: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutSeconds = 0,
): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, __filename, '--phase', phase, ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    children.add(child);
    let stdout = '';
    let timedOut = false;
    const timer =
      timeoutSeconds > 0
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
          }, timeoutSeconds * 1000)
        : undefined;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      children.delete(child);
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (timedOut) return reject(new Error(`phase ${phase} stopped after ${timeoutSeconds} s`));
      if (code !== 0 || !line)
        return reject(new Error(`phase ${phase} failed (exit ${code}):\n${stdout}`));
      resolvePromise(JSON.parse(line.slice(RESULT_MARK.length)) as T);
    });
  });
}

async function withDataSource<T>(url: string, work: (ds: DataSource) => Promise<T>): Promise<T> {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    return await work(ds);
  } finally {
    await ds.destroy();
  }
}

async function columnsOf(ds: DataSource, table: string): Promise<string[]> {
  const rows: Array<{ column_name: string }> = await ds.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

/**
 * Multiplies the listings `scale` times: copy k of a listing gets a new id, a new source with
 * external id `<id>~k` (payload emptied: neither the index nor the API reads it), and its
 * places moved by up to ±0.01° (~1 km), deterministically. Everything the document reader
 * joins (organization, partner, active sources, places) is there for each copy.
 */
async function multiply(url: string, scale: number): Promise<number> {
  return withDataSource(url, async (ds) => {
    const started = performance.now();
    const listingCols = await columnsOf(ds, 'listing');
    const sourceCols = await columnsOf(ds, 'listing_source');
    const locationCols = await columnsOf(ds, 'listing_location');
    const list = (cols: string[], over: Record<string, string>, alias: string) =>
      cols.map((c) => over[c] ?? `${alias}."${c}"`).join(', ');
    const names = (cols: string[]) => cols.map((c) => `"${c}"`).join(', ');
    await ds.query(`CREATE TABLE IF NOT EXISTS bench_original AS SELECT id FROM listing`);
    for (let k = 1; k < scale; k++) {
      if (interrupted) throw new Error('interrupted');
      await ds.transaction(async (tx) => {
        await tx.query(`CREATE TEMP TABLE lm ON COMMIT DROP AS
          SELECT id AS old_id, gen_random_uuid() AS new_id FROM bench_original`);
        await tx.query(`INSERT INTO listing (${names(listingCols)})
          SELECT ${list(listingCols, { id: 'lm.new_id' }, 'l')}
            FROM listing l JOIN lm ON lm.old_id = l.id`);
        await tx.query(`CREATE TEMP TABLE sm ON COMMIT DROP AS
          SELECT s.id AS old_id, gen_random_uuid() AS new_id, lm.new_id AS listing_id
            FROM listing_source s JOIN lm ON lm.old_id = s.listing_id`);
        await tx.query(
          `INSERT INTO listing_source (${names(sourceCols)})
           SELECT ${list(
             sourceCols,
             {
               id: 'sm.new_id',
               listing_id: 'sm.listing_id',
               external_id: `s.external_id || '~${k}'`,
               payload: `'{}'::jsonb`,
             },
             's',
           )} FROM listing_source s JOIN sm ON sm.old_id = s.id`,
        );
        const shift = (salt: string) =>
          `(((hashtext(ll.id::text || '${k}${salt}') % 1000) / 1000.0) * 0.01)`;
        await tx.query(
          `INSERT INTO listing_location (${names(locationCols)})
           SELECT ${list(
             locationCols,
             {
               id: 'gen_random_uuid()',
               listing_source_id: 'sm.new_id',
               listing_id: 'sm.listing_id',
               lat: `ll.lat + ${shift('lat')}`,
               lon: `ll.lon + ${shift('lon')}`,
             },
             'll',
           )} FROM listing_location ll JOIN sm ON sm.old_id = ll.listing_source_id`,
        );
      });
      console.error(
        `  copy ${k}/${scale - 1} done, ${round((performance.now() - started) / 1000, 0)} s`,
      );
    }
    await ds.query('VACUUM ANALYZE listing, listing_source, listing_location');
    return round((performance.now() - started) / 1000, 1);
  });
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

function latencies(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    requests: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? NaN),
    mean: round(sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length)),
  };
}

const FACETS = ['kind', 'domains', 'activities', 'remote', 'departments', 'partners']
  .map((f) => `${f} { value label count }`)
  .join(' ');
/** The search page's selection (libs/web/search/src/graphql/SearchListings.graphql). */
const documentOf = (facets: boolean) => `query SearchListings($input: SearchInput!) {
  search(input: $input) {
    totalCount
    edges {
      cursor
      distanceKm
      node {
        id kind title domain { slug label } remote startsAt endsAt
        locations { city postalCode departmentCode }
        organization { id name }
        sources { partner { slug name } }
      }
    }
    pageInfo { hasNextPage endCursor }
    ${facets ? `facets { ${FACETS} }` : ''}
  }
}`;

interface Prepared {
  query: BenchQuery;
  body: string;
  meili: MultiSearchQuery[];
}

async function startApi(env: NodeJS.ProcessEnv, nodeArgs: string[]) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...nodeArgs, '-r', '@swc-node/register', 'apps/api/src/main.ts'],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        ...env,
        HOST: '127.0.0.1',
        PORT: String(port),
        NODE_ENV: 'production',
        PASSERELLE_ROLE: 'api',
        LOG_LEVEL: 'warn',
        DEMO_DATA: 'false',
        SEARCH_RATE_LIMIT_PER_SECOND: '100000',
        SEARCH_RATE_LIMIT_BURST: '100000',
        WEB_DIST_DIR: join(BENCH_DIR, 'no-web-app'),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  children.add(child);
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
    children.delete(child);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`the API exited during start (code ${exited})`);
    try {
      if ((await fetch(`${url}/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the API was not ready within 180 s');
    await sleep(250);
  }
  return {
    url,
    pid: child.pid!,
    stop: async () => {
      if (exited !== undefined) return;
      const done = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await done;
    },
  };
}

async function measureIndexing(
  runtime: Runtime,
  meiliPid: number,
  postgresPid: number,
  timeoutSeconds: number,
) {
  const samples = { peakRssKb: 0 };
  const sampler = setInterval(() => {
    const rss = procStatusKb(meiliPid, 'VmRSS');
    if (rss > samples.peakRssKb) samples.peakRssKb = rss;
  }, 250);
  const cpu = cpuMeter({ meilisearch: [meiliPid], postgres: [postgresPid] });
  const started = performance.now();
  const env = {
    DATABASE_URL: runtime.databaseUrl,
    MEILI_URL: runtime.meiliUrl,
    MEILI_MASTER_KEY: runtime.meiliMasterKey,
    LOG_LEVEL: 'warn',
  };
  let failure: string | undefined;
  let child: Awaited<ReturnType<typeof reindexPhase>> | undefined;
  try {
    child = await runChild<Awaited<ReturnType<typeof reindexPhase>>>(
      'reindex',
      [],
      env,
      timeoutSeconds,
    );
  } catch (error) {
    failure = (error as Error).message.slice(0, 2_000);
  }
  const wallSeconds = round((performance.now() - started) / 1000, 1);
  clearInterval(sampler);
  const cpuSeconds = cpu();
  const client = createMeilisearchClient(runtime.meiliUrl, runtime.meiliMasterKey);
  const stats = await client.getStats();
  const progress = failure
    ? await client
        .index('listings_next')
        .getStats()
        .then((s) => s.numberOfDocuments)
        .catch(() => null)
    : undefined;
  return {
    ...(failure ? { failure, documentsIndexedWhenStopped: progress } : {}),
    wallSeconds,
    rebuild: child,
    meilisearch: {
      peakRssMb: round(samples.peakRssKb / 1024),
      vmHwmMb: round(procStatusKb(meiliPid, 'VmHWM') / 1024),
      rssAfterMb: round(procStatusKb(meiliPid, 'VmRSS') / 1024),
      databaseSizeMb: round(stats.databaseSize / MB),
      usedDatabaseSizeMb: round(
        ((stats as { usedDatabaseSize?: number }).usedDatabaseSize ?? NaN) / MB,
      ),
      indexes: Object.fromEntries(
        Object.entries(stats.indexes).map(([uid, s]) => [uid, s.numberOfDocuments]),
      ),
    },
    cpuSeconds,
  };
}

async function graphql(url: string, body: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
    body,
  });
  const text = await response.text();
  const json = JSON.parse(text) as {
    data?: { search: { totalCount: number; edges: unknown[] } };
    errors?: unknown;
  };
  if (!json.data?.search) throw new Error(`search failed: ${text.slice(0, 500)}`);
  return { totalCount: json.data.search.totalCount, edges: json.data.search.edges.length };
}

async function timed(once: () => Promise<unknown>) {
  const started = performance.now();
  await once();
  return performance.now() - started;
}

/** `clients` loops taking the next query until every query was sent once. */
async function concurrent(
  clients: number,
  items: Prepared[],
  once: (item: Prepared) => Promise<unknown>,
) {
  let next = 0;
  const times: number[] = [];
  /** Failed requests by message (a search Meilisearch has not answered in SEARCH_TIMEOUT_MS is SEARCH_UNAVAILABLE). */
  const errors: Record<string, number> = {};
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) {
        const item = items[next++]!;
        try {
          times.push(await timed(() => once(item)));
        } catch (error) {
          const key = /"code":"(\w+)"/.exec(String(error))?.[1] ?? String(error).slice(0, 200);
          errors[key] = (errors[key] ?? 0) + 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    clients,
    seconds: round(seconds, 2),
    /** Successful queries per second. */
    queriesPerSecond: Math.round(times.length / seconds),
    errors,
    ...latencies(times),
  };
}

async function measureQueries(options: {
  runtime: Runtime;
  pids: { meilisearch: number; postgres: number };
  queries: number;
  seed: number;
  clients: number;
  apiNodeArgs: string[];
  quietBelow: number;
  quietMaxWait: number;
}) {
  const { toSearchQuery, searchRequests } = await import('@passerelle/api-search');
  const { runtime } = options;
  const api = await startApi(
    {
      DATABASE_URL: runtime.databaseUrl,
      MEILI_URL: runtime.meiliUrl,
      MEILI_MASTER_KEY: runtime.meiliMasterKey,
    },
    options.apiNodeArgs,
  );
  try {
    const meili = createMeilisearchClient(runtime.meiliUrl, runtime.meiliMasterKey);
    const now = new Date();
    const prepared: Prepared[] = queryMix(options.seed, options.queries).map((query) => ({
      query,
      body: JSON.stringify({ query: documentOf(query.facets), variables: { input: query.input } }),
      meili: searchRequests(toSearchQuery(query.input as never), {
        indexUid: 'listings',
        facets: query.facets,
        now,
      }),
    }));
    const direct = (item: Prepared) => meili.multiSearch({ queries: item.meili });
    const viaApi = (item: Prepared) => graphql(api.url, item.body);

    // Warm-up (first requests compile resolvers, fill caches and connection pools).
    for (const item of prepared.slice(0, WARM_UP)) {
      await viaApi(item);
      await direct(item);
    }
    const processes = {
      api: [api.pid],
      meilisearch: [options.pids.meilisearch],
      postgres: [options.pids.postgres],
    };

    const waited = [
      await waitForQuiet(options.quietBelow, options.quietMaxWait, () => interrupted),
    ];
    // Sequential: API then Meilisearch for each query, so that noise hits both alike.
    console.error(`  ${prepared.length} queries, sequential…`);
    let cpu = cpuMeter(processes);
    const apiTimes: number[] = [];
    const meiliTimes: number[] = [];
    const byCategory = new Map<string, { api: number[]; meili: number[] }>();
    const results = { zeroHits: 0, totalCounts: [] as number[] };
    for (const item of prepared) {
      if (interrupted) throw new Error('interrupted');
      let answer = { totalCount: 0, edges: 0 };
      const a = await timed(async () => (answer = await viaApi(item)));
      const m = await timed(() => direct(item));
      apiTimes.push(a);
      meiliTimes.push(m);
      const entry = byCategory.get(item.query.category) ?? { api: [], meili: [] };
      entry.api.push(a);
      entry.meili.push(m);
      byCategory.set(item.query.category, entry);
      if (answer.totalCount === 0) results.zeroHits++;
      results.totalCounts.push(answer.totalCount);
    }
    const sequentialCpu = cpu();
    const sequential = { api: latencies(apiTimes), meilisearch: latencies(meiliTimes) };

    waited.push(await waitForQuiet(options.quietBelow, options.quietMaxWait, () => interrupted));
    console.error(`  ${options.clients} clients through GraphQL…`);
    cpu = cpuMeter(processes);
    const concurrentApi = await concurrent(options.clients, prepared, viaApi);
    const concurrentApiCpu = cpu();
    waited.push(await waitForQuiet(options.quietBelow, options.quietMaxWait, () => interrupted));
    console.error(`  ${options.clients} clients straight to Meilisearch…`);
    cpu = cpuMeter(processes);
    const concurrentMeili = await concurrent(options.clients, prepared, direct);
    const concurrentMeiliCpu = cpu();

    const sortedCounts = [...results.totalCounts].sort((a, b) => a - b);
    return {
      api: { url: api.url, rssMb: round(procStatusKb(api.pid, 'VmRSS') / 1024) },
      queries: {
        count: prepared.length,
        seed: options.seed,
        warmUp: WARM_UP,
        byCategory: Object.fromEntries(
          [...byCategory].map(([category, t]) => [
            category,
            {
              count: t.api.length,
              apiP50: latencies(t.api).p50,
              apiP95: latencies(t.api).p95,
              meiliP50: latencies(t.meili).p50,
              meiliP95: latencies(t.meili).p95,
            },
          ]),
        ),
        withFacets: prepared.filter((p) => p.query.facets).length,
        zeroHits: results.zeroHits,
        totalCount: {
          p50: percentile(sortedCounts, 50),
          p90: percentile(sortedCounts, 90),
          max: sortedCounts.at(-1),
        },
      },
      waitedForQuietSeconds: waited,
      sequential: { ...sequential, cpuSeconds: sequentialCpu },
      concurrent: {
        api: { ...concurrentApi, cpuSeconds: concurrentApiCpu },
        meilisearch: { ...concurrentMeili, cpuSeconds: concurrentMeiliCpu },
      },
      ratio: {
        p50: round(sequential.api.p50 / sequential.meilisearch.p50, 2),
        p95: round(sequential.api.p95 / sequential.meilisearch.p95, 2),
        concurrentP50: round(concurrentApi.p50 / concurrentMeili.p50, 2),
      },
    };
  } finally {
    await api.stop();
  }
}

function du(dir: string): number {
  try {
    return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
  } catch {
    return NaN;
  }
}

async function orchestrate(options: {
  file: string;
  scale: number;
  queries: number;
  clients: number;
  seed: number;
  deduplicate: boolean;
  dataDir?: string;
  keep: boolean;
  quietBelow: number;
  quietMaxWait: number;
  indexTimeoutSeconds: number;
  apiNodeArgs: string[];
  reuseIndex: boolean;
}) {
  mkdirSync(BENCH_DIR, { recursive: true });
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const activityBefore = activity();
  console.error(`Load before: ${activityBefore.uptime}`);
  const dataDir = options.dataDir
    ? resolve(options.dataDir)
    : mkdtempSync(join(BENCH_DIR, 'search-'));
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its cluster
  const loadedFile = join(dataDir, 'loaded.json');
  // Meilisearch starts empty, so that the rebuild is measured from nothing, unless
  // `--reuse-index` (then only the queries are measured, on the index of the last run).
  const reuseIndex = options.reuseIndex && existsSync(join(dataDir, 'meilisearch'));
  if (!reuseIndex) rmSync(join(dataDir, 'meilisearch'), { recursive: true, force: true });
  let runtime: Runtime | undefined;
  try {
    runtime = await startRuntime({
      dataDir,
      postgresPort: await freePort(),
      meiliPort: await freePort(),
      ephemeral: false,
      database: 'bench',
    });
    const url = runtime.databaseUrl;
    await runMigrations(url);
    const pids = {
      postgres: Number(
        readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
      ),
      meilisearch: Number(readFileSync(join(dataDir, 'meilisearch.pid'), 'utf8').trim()),
    };

    let loaded: Loaded | undefined = existsSync(loadedFile)
      ? (JSON.parse(readFileSync(loadedFile, 'utf8')) as Loaded)
      : undefined;
    if (!loaded) {
      if (!existsSync(options.file))
        throw new Error(
          `No feed at ${relative(process.cwd(), options.file)}: run node -r @swc-node/register bench/ingest/generate-feed.ts first.`,
        );
      const partner = await withDataSource(url, (ds) =>
        ds
          .getRepository(PartnerEntity)
          .save({ slug: 'bench-partner', name: 'Partenaire du banc d’essai' }),
      );
      console.error(
        `Ingest of ${relative(REPO_ROOT, options.file)} (deduplication ${options.deduplicate ? 'on' : 'off'})…`,
      );
      const ingest = await runChild<Awaited<ReturnType<typeof ingestPhase>>>(
        'ingest',
        ['--file', options.file],
        {
          BENCH_DATABASE_URL: url,
          BENCH_PARTNER_ID: partner.id,
          BENCH_DEDUPLICATE: String(options.deduplicate),
        },
      );
      console.error(`  ${ingest.received} items in ${ingest.seconds} s`);
      loaded = {
        listings: ingest.created,
        scale: 1,
        deduplicate: options.deduplicate,
        feed: relative(REPO_ROOT, options.file),
        ingestSeconds: ingest.seconds,
      };
      writeFileSync(loadedFile, JSON.stringify(loaded, null, 2));
    }
    if (options.scale !== loaded.scale) {
      if (loaded.scale !== 1)
        throw new Error(`${dataDir} holds ×${loaded.scale} already: use another --data-dir`);
      console.error(`Multiplying the listings ×${options.scale} with SQL…`);
      loaded.scaleSeconds = await multiply(url, options.scale);
      loaded.scale = options.scale;
      writeFileSync(loadedFile, JSON.stringify(loaded, null, 2));
    }
    const database = await withDataSource(url, async (ds) => {
      const [row] = await ds.query<
        Array<{ published: number; locations: number; bytes: string }>
      >(`SELECT (SELECT count(*) FROM listing WHERE status = 'PUBLISHED')::int AS published,
                (SELECT count(*) FROM listing_location)::int AS locations,
                pg_database_size(current_database())::bigint AS bytes`);
      // The rebuild covers every listing: the ingest's outbox rows need no indexer here.
      await ds.query(`UPDATE outbox_event SET processed_at = now() WHERE processed_at IS NULL`);
      return {
        publishedListings: row!.published,
        locations: row!.locations,
        sizeMb: round(Number(row!.bytes) / MB),
      };
    });

    let waitedBeforeIndexing = 0;
    let indexing: Awaited<ReturnType<typeof measureIndexing>> | undefined;
    if (!reuseIndex) {
      waitedBeforeIndexing = await waitForQuiet(
        options.quietBelow,
        options.quietMaxWait,
        () => interrupted,
      );
      console.error(
        `Rebuilding the index of ${database.publishedListings} listings (npm run reindex)…`,
      );
      indexing = await measureIndexing(
        runtime,
        pids.meilisearch,
        pids.postgres,
        options.indexTimeoutSeconds,
      );
    }
    const meiliDiskMb = round(du(join(dataDir, 'meilisearch')) / MB);
    console.error(
      !indexing
        ? `Index of the last run reused (${meiliDiskMb} MB on disk)`
        : indexing.failure
          ? `  indexing stopped: ${indexing.failure}`
          : `  indexed in ${indexing.wallSeconds} s, Meilisearch peak RSS ${indexing.meilisearch.peakRssMb} MB, ${meiliDiskMb} MB on disk`,
    );
    const queries = indexing?.failure
      ? undefined
      : await measureQueries({
          runtime,
          pids,
          queries: options.queries,
          seed: options.seed,
          clients: options.clients,
          apiNodeArgs: options.apiNodeArgs,
          quietBelow: options.quietBelow,
          quietMaxWait: options.quietMaxWait,
        });

    const summary = {
      date: new Date().toISOString(),
      code: codeVersion(),
      machine: machine(),
      data: { ...loaded, ...database },
      activityBefore,
      waitedBeforeIndexingSeconds: waitedBeforeIndexing,
      indexing,
      meilisearchDiskMb: meiliDiskMb,
      meilisearchRssMb: round(procStatusKb(pids.meilisearch, 'VmRSS') / 1024),
      ...(queries ?? {}),
      verdict: queries
        ? {
            sequentialP95: queries.sequential.api.p95 <= TARGETS.sequentialP95Ms,
            throughput: queries.concurrent.api.queriesPerSecond >= TARGETS.throughputPerSecond,
            overheadRatioP50: queries.ratio.p50 <= TARGETS.overheadRatioP50,
          }
        : undefined,
      activityAfter: activity(),
      targets: TARGETS,
    };
    const out = join(BENCH_DIR, `search-${summary.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(JSON.stringify(summary, null, 2));
    console.log(`\n${markdown(summary)}\n`);
    console.log(
      `Load before: ${activityBefore.uptime}\nLoad after:  ${summary.activityAfter.uptime}`,
    );
    console.log(`JSON written to ${relative(process.cwd(), out)}`);
  } finally {
    await runtime?.stop();
    if (options.keep)
      console.error(`Data kept in ${relative(process.cwd(), dataDir)} (reuse: --data-dir)`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

type Summary = {
  data: { publishedListings: number; locations: number };
  meilisearchDiskMb: number;
  meilisearchRssMb: number;
  indexing?: Awaited<ReturnType<typeof measureIndexing>>;
} & Partial<Awaited<ReturnType<typeof measureQueries>>>;

function markdown(s: Summary): string {
  const fmt = (n: number) => n.toLocaleString('en-US');
  const mark = (ok: boolean) => (ok ? 'met' : 'missed');
  const lines = [
    `| Measure | Result | Target | |`,
    `|---|---|---|---|`,
    `| Listings (places) | ${fmt(s.data.publishedListings)} (${fmt(s.data.locations)}) | | |`,
  ];
  const i = s.indexing;
  if (i)
    lines.push(
      `| Full rebuild from PostgreSQL (\`npm run reindex\`) | ${i.failure ? `stopped after ${i.wallSeconds} s` : `${i.wallSeconds} s`}, ${fmt(i.failure ? (i.documentsIndexedWhenStopped ?? 0) : (i.meilisearch.indexes['listings'] ?? 0))} documents | | |`,
      `| Meilisearch peak RSS / after | ${i.meilisearch.peakRssMb} MB / ${i.meilisearch.rssAfterMb} MB | | |`,
    );
  lines.push(
    `| Meilisearch on disk / RSS at the end | ${s.meilisearchDiskMb} MB / ${s.meilisearchRssMb} MB | | |`,
  );
  if (s.sequential && s.concurrent && s.ratio) {
    const a = s.sequential.api;
    const d = s.sequential.meilisearch;
    lines.push(
      `| GraphQL sequential p50 / p95 / p99 / max | ${a.p50} / **${a.p95}** / ${a.p99} / ${a.max} ms | p95 ≤ ${TARGETS.sequentialP95Ms} ms | ${mark(a.p95 <= TARGETS.sequentialP95Ms)} |`,
      `| Meilisearch direct sequential p50 / p95 / p99 / max | ${d.p50} / ${d.p95} / ${d.p99} / ${d.max} ms | | |`,
      `| GraphQL, ${s.concurrent.api.clients} clients: throughput, p50 / p95 | **${s.concurrent.api.queriesPerSecond}/s**, ${s.concurrent.api.p50} / ${s.concurrent.api.p95} ms | ≥ ${TARGETS.throughputPerSecond}/s | ${mark(s.concurrent.api.queriesPerSecond >= TARGETS.throughputPerSecond)} |`,
      `| Meilisearch direct, ${s.concurrent.meilisearch.clients} clients: throughput, p50 / p95 | ${s.concurrent.meilisearch.queriesPerSecond}/s, ${s.concurrent.meilisearch.p50} / ${s.concurrent.meilisearch.p95} ms | | |`,
      `| Overhead ratio API / Meilisearch, p50 (p95) | **× ${s.ratio.p50}** (× ${s.ratio.p95}) | ≤ ${TARGETS.overheadRatioP50} | ${mark(s.ratio.p50 <= TARGETS.overheadRatioP50)} |`,
    );
  }
  return lines.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      phase: { type: 'string' },
      file: { type: 'string' },
      scale: { type: 'string', default: '1' },
      queries: { type: 'string', default: '1000' },
      clients: { type: 'string', default: '16' },
      seed: { type: 'string', default: '4' },
      'no-dedup': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      keep: { type: 'boolean', default: false },
      'quiet-below': { type: 'string', default: '25' },
      'quiet-max-wait': { type: 'string', default: '600' },
      'index-timeout': { type: 'string', default: '2700' },
      'api-node-args': { type: 'string', default: '' },
      'reuse-index': { type: 'boolean', default: false },
    },
  });
  const file = resolve(values.file ?? defaultFeedPath(DEFAULT_COUNT));
  if (values.phase) {
    const result = values.phase === 'ingest' ? await ingestPhase(file) : await reindexPhase();
    process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
    process.exit(0);
  }
  await orchestrate({
    file,
    scale: Number(values.scale),
    queries: Number(values.queries),
    clients: Number(values.clients),
    seed: Number(values.seed),
    deduplicate: !values['no-dedup'],
    dataDir: values['data-dir'],
    keep: values.keep,
    quietBelow: Number(values['quiet-below']),
    quietMaxWait: Number(values['quiet-max-wait']),
    indexTimeoutSeconds: Number(values['index-timeout']),
    apiNodeArgs: values['api-node-args'].split(' ').filter(Boolean),
    reuseIndex: values['reuse-index'],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
