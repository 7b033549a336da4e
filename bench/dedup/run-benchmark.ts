/**
 * Deduplication benchmark: the first sync of three partner feeds (bench/dedup/generate-feeds.ts:
 * 100,000 listings, 20 % cross-partner copies) through `IngestService.run`, with and without
 * deduplication, each in a fresh database of one throw-away PostgreSQL with normal durability
 * and each in a fresh child process. Prints the time of each feed, the overhead of
 * deduplication, and how well the copies were folded.
 *
 *   node -r @swc-node/register bench/dedup/generate-feeds.ts --count 100k
 *   node -r @swc-node/register bench/dedup/run-benchmark.ts --count 100k [--modes off,on]
 *        [--repeat 2] [--keep]
 *
 * With --repeat, the modes alternate and the fastest round of each is kept.
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { dataSourceOptions, PartnerEntity, runMigrations } from '@passerelle/api-db';
import { loadGeoIndex } from '@passerelle/api-geo';
import { IngestService, readFeed } from '@passerelle/api-ingest';
import { freePort, startRuntime } from '@passerelle/api-runtime';
import { FeedFormat, SyncRunStatus, SyncTrigger } from '@passerelle/shared-domain';
import { countLabel, parseCount, REPO_ROOT } from '../ingest/generate-feed';
import { codeVersion, machineBusySeconds, processTreeCpuSeconds } from '../shared/machine';
import { feedDir, PARTNERS } from './generate-feeds';

const RESULT = 'DEDUP_BENCH ';
type Mode = 'on' | 'off';

interface FeedResult {
  partner: string;
  items: number;
  created: number;
  seconds: number;
  /** CPU seconds of this process (user + system). */
  nodeCpu: number;
  /** CPU seconds of PostgreSQL (postmaster and backends). */
  postgresCpu: number;
  /** CPU seconds the rest of the machine used meanwhile (other people's work: noise). */
  otherCpu: number;
  /** The worker's peak resident memory so far (VmHWM), MB. */
  peakRssMb: number;
}

function peakRssMb(): number {
  const line = readFileSync('/proc/self/status', 'utf8').match(/^VmHWM:\s+(\d+) kB/m);
  return line ? Math.round(Number(line[1]) / 1024) : 0;
}

/**
 * Times every statement TypeORM sends (round trip, execution, parsing), grouped by its
 * first words: where the SQL time of each mode goes. Bench-only monkey patch.
 */
function instrumentSql() {
  const byKey = new Map<string, { count: number; ms: number }>();
  const original = PostgresQueryRunner.prototype.query;
  PostgresQueryRunner.prototype.query = async function (
    this: PostgresQueryRunner,
    ...args: Parameters<typeof original>
  ) {
    const started = performance.now();
    try {
      return (await original.apply(this, args)) as unknown;
    } finally {
      const flat = args[0].replace(/\s+/g, ' ').trim();
      const key = flat.length > 70 ? `${flat.slice(0, 70)}…` : flat;
      const entry = byKey.get(key) ?? { count: 0, ms: 0 };
      entry.count++;
      entry.ms += performance.now() - started;
      byKey.set(key, entry);
    }
  } as typeof original;
  return () =>
    [...byKey.entries()]
      .map(([statement, { count, ms }]) => ({
        statement,
        count,
        seconds: Number((ms / 1000).toFixed(2)),
      }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, 12);
}

/** Child: the three first syncs, one after the other, in the given database. */
async function child(mode: Mode, count: number) {
  loadGeoIndex();
  const sqlStats = instrumentSql();
  const url = process.env['BENCH_DATABASE_URL']!;
  const partners = JSON.parse(process.env['BENCH_PARTNERS']!) as Record<string, string>;
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  const ingest = new IngestService(dataSource);
  const results: FeedResult[] = [];
  const only = process.env['BENCH_ONLY_PARTNERS']?.split(',');
  for (const partner of PARTNERS.filter((p) => !only || only.includes(p))) {
    const postmaster = Number(process.env['BENCH_POSTMASTER_PID']);
    const cpu = process.cpuUsage();
    const pgCpu = processTreeCpuSeconds([postmaster]);
    const busy = machineBusySeconds();
    const started = performance.now();
    const { syncRun } = await ingest.run({
      partnerId: partners[partner]!,
      trigger: SyncTrigger.PULL,
      fullSnapshot: true,
      // As a feed sync job reads: connector, input hashes and pipeline on the feed's thread.
      items: (ahead) =>
        readFeed(
          FeedFormat.API_ENGAGEMENT_XML,
          createReadStream(join(feedDir(count), `partner-${partner}.xml`)),
          null,
          undefined,
          ahead,
        ),
      deduplicate: mode === 'on',
    });
    const seconds = (performance.now() - started) / 1000;
    if (syncRun.status !== SyncRunStatus.SUCCEEDED)
      throw new Error(`${partner}: ${syncRun.status} ${syncRun.errorMessage}`);
    const used = process.cpuUsage(cpu);
    const nodeCpu = (used.user + used.system) / 1e6;
    const postgresCpu = processTreeCpuSeconds([postmaster]) - pgCpu;
    const result = {
      partner,
      items: syncRun.received,
      created: syncRun.created,
      seconds,
      nodeCpu,
      postgresCpu,
      otherCpu: Math.max(0, machineBusySeconds() - busy - nodeCpu - postgresCpu),
      peakRssMb: peakRssMb(),
    };
    results.push(result);
    process.stderr.write(
      `  ${mode} ${partner}: ${syncRun.received} items in ${seconds.toFixed(1)} s (CPU: node ${result.nodeCpu.toFixed(1)} s, PostgreSQL ${result.postgresCpu.toFixed(1)} s; other processes ${result.otherCpu.toFixed(1)} s; worker's peak RSS ${result.peakRssMb} MB)\n`,
    );
  }
  await dataSource.destroy();
  for (const row of sqlStats())
    process.stderr.write(`    ${row.seconds.toFixed(2)} s  ${row.count}×  ${row.statement}\n`);
  process.stdout.write(`${RESULT}${JSON.stringify(results)}\n`);
}

function runChild(mode: Mode, count: number, env: NodeJS.ProcessEnv): Promise<FeedResult[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(
      process.execPath,
      [
        ...(process.env['BENCH_CPU_PROF']
          ? ['--cpu-prof', `--cpu-prof-dir=${join(REPO_ROOT, 'tmp', 'bench', 'profiles')}`]
          : []),
        '-r',
        '@swc-node/register',
        __filename,
        '--child',
        mode,
        '--count',
        String(count),
      ],
      { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.once('error', reject);
    proc.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT));
      if (code !== 0 || !line) reject(new Error(`child ${mode} exited with ${code}`));
      else resolve(JSON.parse(line.slice(RESULT.length)) as FeedResult[]);
    });
  });
}

/** Pairwise precision and recall of the folded copies (truth: copy → original). */
async function quality(url: string, count: number) {
  const truth = JSON.parse(readFileSync(join(feedDir(count), 'truth.json'), 'utf8')) as Array<
    [string, string]
  >;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string; listing_id: string }>(
      `SELECT right(p.slug, 1) || ':' || s.external_id AS key, s.listing_id FROM listing_source s
         JOIN partner p ON p.id = s.partner_id WHERE s.status = 'ACTIVE'`,
    );
    const listingOf = new Map(rows.map((r) => [r.key, r.listing_id]));
    const sizes = new Map<string, number>();
    for (const listing of listingOf.values()) sizes.set(listing, (sizes.get(listing) ?? 0) + 1);
    const predictedPairs = [...sizes.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
    const found = truth.filter(
      ([a, b]) => listingOf.get(a) && listingOf.get(a) === listingOf.get(b),
    ).length;
    const {
      rows: [listings],
    } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM listing WHERE status = 'PUBLISHED'`,
    );
    return {
      sources: rows.length,
      listings: Number(listings!.n),
      truePairs: truth.length,
      mergedPairs: predictedPairs,
      precision: predictedPairs === 0 ? 1 : found / predictedPairs,
      recall: found / truth.length,
    };
  } finally {
    await client.end();
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100k' },
      modes: { type: 'string', default: 'off,on' },
      child: { type: 'string' },
      keep: { type: 'boolean', default: false },
      repeat: { type: 'string', default: '1' },
    },
  });
  const count = parseCount(values.count);
  if (values.child) return child(values.child as Mode, count);

  const modes = values.modes.split(',') as Mode[];
  const benchDir = join(REPO_ROOT, 'tmp', 'bench');
  mkdirSync(benchDir, { recursive: true });
  const dataDir = mkdtempSync(join(benchDir, 'pg-dedup-'));
  chmodSync(dataDir, 0o755);
  const runtime = await startRuntime({
    dataDir,
    postgresPort: await freePort(),
    meiliPort: 0,
    meiliUrl: 'http://unused',
    meiliMasterKey: 'unused',
    ephemeral: false,
    database: 'postgres',
  });
  const summary: Record<string, unknown> = {
    date: new Date().toISOString(),
    count,
    code: codeVersion(),
    load: readFileSync('/proc/loadavg', 'utf8').trim(),
    runs: {},
  };
  try {
    const repeat = Number(values.repeat);
    for (const [round, mode] of Array.from({ length: repeat }, (_, r) =>
      modes.map((m) => [r, m] as const),
    ).flat()) {
      const database = `bench_dedup_${mode}_${round}`;
      const admin = new Client({ connectionString: runtime.databaseUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      await admin.end();
      const url = new URL(runtime.databaseUrl);
      url.pathname = `/${database}`;
      await runMigrations(url.toString());
      const setup = new DataSource(dataSourceOptions(url.toString(), { poolSize: 1 }));
      await setup.initialize();
      const partners: Record<string, string> = {};
      for (const p of PARTNERS)
        partners[p] = (
          await setup.getRepository(PartnerEntity).save({ slug: `partenaire-${p}`, name: p })
        ).id;
      // Experiments on the schema (storage parameters, indexes) without a migration.
      const experiment = process.env['BENCH_SQL'];
      if (experiment) await setup.query(experiment);
      await setup.destroy();
      console.error(`Mode ${mode}, round ${round + 1}/${repeat}:`);
      const feeds = await runChild(mode, count, {
        BENCH_DATABASE_URL: url.toString(),
        BENCH_PARTNERS: JSON.stringify(partners),
        BENCH_POSTMASTER_PID: readFileSync(
          join(dataDir, 'postgres', 'postmaster.pid'),
          'utf8',
        ).split('\n')[0],
      });
      const seconds = feeds.reduce((sum, f) => sum + f.seconds, 0);
      const cpuSeconds = feeds.reduce((sum, f) => sum + f.nodeCpu + f.postgresCpu, 0);
      // Of several rounds, the fastest is kept: the machine is shared, slower runs waited.
      const previous = (summary['runs'] as Record<string, { seconds: number } | undefined>)[mode];
      if (!previous || seconds < previous.seconds)
        (summary['runs'] as Record<string, unknown>)[mode] = {
          feeds,
          seconds,
          cpuSeconds,
          quality: mode === 'on' ? await quality(url.toString(), count) : undefined,
        };
    }
  } finally {
    await runtime.stop();
    if (!values.keep) rmSync(dataDir, { recursive: true, force: true });
  }
  const runs = summary['runs'] as Record<
    Mode,
    { seconds: number; cpuSeconds: number; feeds: FeedResult[]; quality?: unknown }
  >;
  console.log(
    `\n| deduplication | ${PARTNERS.map((p) => `partner ${p}: wall s (CPU s)`).join(' | ')} | total wall s | total CPU s (node + PostgreSQL) | items/s | other processes' CPU s | worker's peak RSS MB |`,
  );
  console.log(`|---|${PARTNERS.map(() => '---|').join('')}---|---|---|---|---|`);
  for (const mode of modes) {
    const run = runs[mode];
    const items = run.feeds.reduce((sum, f) => sum + f.items, 0);
    console.log(
      `| ${mode} | ${run.feeds.map((f) => `${f.seconds.toFixed(1)} (${(f.nodeCpu + f.postgresCpu).toFixed(1)})`).join(' | ')} | ${run.seconds.toFixed(1)} | ${run.cpuSeconds.toFixed(1)} | ${Math.round(items / run.seconds)} | ${run.feeds.reduce((sum, f) => sum + f.otherCpu, 0).toFixed(1)} | ${Math.max(...run.feeds.map((f) => f.peakRssMb ?? 0))} |`,
    );
  }
  if (runs.on && runs.off) {
    const wall = ((runs.on.seconds - runs.off.seconds) / runs.off.seconds) * 100;
    const cpu = ((runs.on.cpuSeconds - runs.off.cpuSeconds) / runs.off.cpuSeconds) * 100;
    console.log(
      `\nDeduplication adds ${wall.toFixed(1)} % to the first sync's wall time and ${cpu.toFixed(1)} % to its CPU time (target ≤ 25 %).`,
    );
  }
  if (runs.on?.quality) console.log('Folding of the copies:', runs.on.quality);
  summary['loadAtEnd'] = readFileSync('/proc/loadavg', 'utf8').trim();
  const file = join(
    benchDir,
    `dedup-${countLabel(count)}-${new Date().toISOString().slice(0, 10)}.json`,
  );
  writeFileSync(file, JSON.stringify(summary, null, 2));
  console.log(`Written to ${relative(REPO_ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
