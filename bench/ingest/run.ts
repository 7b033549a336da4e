/**
 * Ingest benchmark: a feed in the national format through the one ingest path
 * (`IngestService.run`) into a throw-away PostgreSQL with normal durability.
 *
 *   node -r @swc-node/register bench/ingest/generate-feed.ts      # tmp/bench/feed-100k.xml
 *   node -r @swc-node/register bench/ingest/run.ts [--file tmp/bench/feed-100k.xml]
 *        [--phases parse,pipeline,sync,resync] [--cpu-prof] [--keep]
 *        [--child-node-args="--max-old-space-size=192"] [--quiet-below 25] [--quiet-max-wait 1200]
 *        [--no-dedup]
 *
 * Phases, each in a fresh child process (so that the peak RSS of a sync is its own):
 *   parse     stream the file through `parseApiEngagementXml`, count the items (no DB)
 *   pipeline  the same plus `runPipeline` on every item (validation, geocoding, hash; no DB)
 *   sync      first full sync of the file: `IngestService.run({ fullSnapshot: true, … })`
 *   resync    the same unchanged file again
 * Prints a JSON summary and a Markdown table, and writes the JSON under tmp/bench/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createReadStream } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner.js';
import { parseApiEngagementXml, isRejectedFeedItem } from '@passerelle/connectors-api-engagement';
import { dataSourceOptions, PartnerEntity, runMigrations } from '@passerelle/api-db';
import { IngestService, readFeed, runPipeline } from '@passerelle/api-ingest';
import { loadGeoIndex } from '@passerelle/api-geo';
import { freePort, startRuntime } from '@passerelle/api-runtime';
import { FeedFormat, SyncRunStatus, SyncTrigger } from '@passerelle/shared-domain';
import {
  activity,
  codeVersion,
  machine,
  machineBusySeconds,
  MB,
  procStatusKb,
  processTreeCpuSeconds,
  round,
  waitForQuiet,
} from '../shared/machine';
import { DEFAULT_COUNT, REPO_ROOT, defaultFeedPath } from './generate-feed';

const PHASES = ['parse', 'pipeline', 'sync', 'resync'] as const;
type Phase = (typeof PHASES)[number];
const RESULT_MARK = 'BENCH_RESULT ';
const BENCH_DIR = join(REPO_ROOT, 'tmp', 'bench');

const TARGETS = { syncPerSecond: 2_000, resyncPerSecond: 10_000, peakRssMb: 400 };

// =============================================================================================
// Measurements shared by the phases (run inside the child)

/** Samples the RSS every 50 ms; VmHWM (kernel high-water mark) read at the end. */
function startMemorySampler() {
  const baseline = process.memoryUsage();
  const peak = { rss: baseline.rss, heapUsed: baseline.heapUsed, external: baseline.external };
  const sample = () => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
    peak.external = Math.max(peak.external, now.external);
  };
  const timer = setInterval(sample, 50);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return {
        baselineRssMb: round(baseline.rss / MB),
        peakRssMb: round(peak.rss / MB),
        peakHeapUsedMb: round(peak.heapUsed / MB),
        peakExternalMb: round(peak.external / MB),
        vmHwmMb: round(procStatusKb('self', 'VmHWM') / 1024),
      };
    },
  };
}

interface SqlStats {
  seconds: number;
  statements: number;
  byStatement: Array<{ statement: string; count: number; seconds: number }>;
}

/**
 * Times every statement TypeORM sends on PostgreSQL (wall time from the call to the parsed
 * result: round trip, execution, and TypeORM's own handling), grouped by statement shape.
 * Bench-only monkey patch: the application code is untouched.
 */
function instrumentSql(onChunk: () => void) {
  const byKey = new Map<string, { count: number; ms: number }>();
  const original = PostgresQueryRunner.prototype.query;
  const keyOf = (sql: string) => {
    const flat = sql.replace(/\s+/g, ' ').trim();
    const insert = /^INSERT INTO "?(\w+)"?/i.exec(flat);
    if (insert) return `INSERT INTO ${insert[1]}`;
    return flat.length > 90 ? `${flat.slice(0, 90)}…` : flat;
  };
  PostgresQueryRunner.prototype.query = async function (
    this: PostgresQueryRunner,
    ...args: Parameters<typeof original>
  ) {
    const started = performance.now();
    try {
      return (await original.apply(this, args)) as unknown;
    } finally {
      const key = keyOf(args[0]);
      const entry = byKey.get(key) ?? { count: 0, ms: 0 };
      entry.count++;
      entry.ms += performance.now() - started;
      byKey.set(key, entry);
      if (key.startsWith('SELECT id, external_id, content_hash')) onChunk();
    }
  } as typeof original;
  return (): SqlStats => {
    const rows = [...byKey.entries()]
      .map(([statement, { count, ms }]) => ({ statement, count, seconds: round(ms / 1000, 2) }))
      .sort((a, b) => b.seconds - a.seconds);
    return {
      seconds: round(
        rows.reduce((sum, row) => sum + row.seconds, 0),
        2,
      ),
      statements: rows.reduce((sum, row) => sum + row.count, 0),
      byStatement: rows,
    };
  };
}

// =============================================================================================
// Phases (child process)

interface PhaseResult {
  phase: Phase;
  items: number;
  wallSeconds: number;
  perSecond: number;
  nodeCpuSeconds: number;
  postgresCpuSeconds?: number;
  /** CPU seconds used during the phase by everything else on the machine (other people's work). */
  otherProcessesCpuSeconds: number;
  /** How long the orchestrator waited for a quiet machine before the phase (`--quiet-below`). */
  waitedForQuietSeconds?: number;
  geoIndexLoadSeconds?: number;
  memory: ReturnType<ReturnType<typeof startMemorySampler>['stop']>;
  details: Record<string, unknown>;
  sql?: SqlStats;
}

async function runPhase(phase: Phase, file: string): Promise<PhaseResult> {
  let geoIndexLoadSeconds: number | undefined;
  if (phase !== 'parse') {
    // A worker loads the commune table once for its lifetime: not part of a sync.
    const t = performance.now();
    loadGeoIndex();
    geoIndexLoadSeconds = round((performance.now() - t) / 1000, 2);
  }
  const feed = () => parseApiEngagementXml(createReadStream(file));

  if (phase === 'parse' || phase === 'pipeline') {
    const memory = startMemorySampler();
    const cpu = process.cpuUsage();
    const busy = machineBusySeconds();
    const started = performance.now();
    const counts = {
      items: 0,
      rejectedByConnector: 0,
      connectorWarnings: 0,
      valid: 0,
      invalid: 0,
      withWarnings: 0,
    };
    const codes: Record<string, number> = {};
    for await (const feedItem of feed()) {
      counts.items++;
      if (isRejectedFeedItem(feedItem)) {
        counts.rejectedByConnector++;
        continue;
      }
      counts.connectorWarnings += feedItem.warnings.length;
      if (phase === 'pipeline') {
        const result = runPipeline(feedItem.item);
        if (result.ok) counts.valid++;
        else counts.invalid++;
        const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
        if (issues.length > 0 || feedItem.warnings.length > 0) counts.withWarnings++;
        for (const issue of issues) codes[issue.code] = (codes[issue.code] ?? 0) + 1;
      }
    }
    const wall = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const nodeCpu = (used.user + used.system) / 1e6;
    return {
      phase,
      items: counts.items,
      wallSeconds: round(wall, 2),
      perSecond: Math.round(counts.items / wall),
      nodeCpuSeconds: round(nodeCpu, 2),
      otherProcessesCpuSeconds: round(Math.max(0, machineBusySeconds() - busy - nodeCpu), 2),
      ...(geoIndexLoadSeconds === undefined ? {} : { geoIndexLoadSeconds }),
      memory: memory.stop(),
      details: phase === 'pipeline' ? { ...counts, issueCodes: codes } : counts,
    };
  }

  const url = process.env['BENCH_DATABASE_URL'];
  const partnerId = process.env['BENCH_PARTNER_ID'];
  const postmasterPid = Number(process.env['BENCH_POSTMASTER_PID']);
  if (!url || !partnerId)
    throw new Error('BENCH_DATABASE_URL and BENCH_PARTNER_ID are set by run.ts');
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  const service = new IngestService(dataSource);
  let chunks = 0;
  const started = performance.now();
  const sqlStats = instrumentSql(() => {
    if (++chunks % 40 === 0)
      process.stderr.write(
        `  ${phase}: ~${chunks * 500} items, ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
      );
  });
  const memory = startMemorySampler();
  const cpu = process.cpuUsage();
  const pgCpu = processTreeCpuSeconds([postmasterPid]);
  const busy = machineBusySeconds();
  const [{ lsn }] = await dataSource.query<[{ lsn: string }]>('SELECT pg_current_wal_lsn() AS lsn');
  const t0 = performance.now();
  const { syncRun } = await service.run({
    partnerId,
    trigger: SyncTrigger.PULL,
    fullSnapshot: true,
    // What a feed sync job reads with: the connector on its own thread (readFeedInThread), which
    // also hashes the items and runs the pipeline on those not known to be unchanged.
    items: (ahead) =>
      readFeed(FeedFormat.API_ENGAGEMENT_XML, createReadStream(file), null, undefined, ahead),
    deduplicate: process.env['BENCH_DEDUPLICATE'] !== 'false',
  });
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  const pgUsed = processTreeCpuSeconds([postmasterPid]) - pgCpu;
  const busyUsed = machineBusySeconds() - busy;
  const nodeCpu = (used.user + used.system) / 1e6;
  const mem = memory.stop();
  if (syncRun.status !== SyncRunStatus.SUCCEEDED)
    throw new Error(`sync run ${syncRun.status}: ${syncRun.errorCode} ${syncRun.errorMessage}`);
  const [{ wal }] = await dataSource.query<[{ wal: string }]>(
    'SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), $1)::bigint AS wal',
    [lsn],
  );
  await dataSource.destroy();
  return {
    phase,
    items: syncRun.received,
    wallSeconds: round(wall, 2),
    perSecond: Math.round(syncRun.received / wall),
    nodeCpuSeconds: round(nodeCpu, 2),
    postgresCpuSeconds: round(pgUsed, 2),
    otherProcessesCpuSeconds: round(Math.max(0, busyUsed - nodeCpu - pgUsed), 2),
    ...(geoIndexLoadSeconds === undefined ? {} : { geoIndexLoadSeconds }),
    memory: mem,
    details: {
      walMb: round(Number(wal) / MB),
      syncRunStatus: syncRun.status,
      received: syncRun.received,
      created: syncRun.created,
      updated: syncRun.updated,
      unchanged: syncRun.unchanged,
      rejected: syncRun.rejected,
      withdrawn: syncRun.withdrawn,
      errorCode: syncRun.errorCode,
    },
    sql: sqlStats(),
  };
}

// =============================================================================================
// Orchestration (parent process)

/** Ctrl-C / SIGTERM: the running phase is killed and the cluster stopped and deleted. */
let interrupted = false;
let activeChild: ChildProcess | undefined;
function onSignal(signal: NodeJS.Signals) {
  console.error(`\n${signal}: stopping the benchmark and its PostgreSQL…`);
  interrupted = true;
  activeChild?.kill('SIGTERM');
}
function checkInterrupted() {
  if (interrupted) throw new Error('interrupted');
}

function runChild(
  phase: Phase,
  file: string,
  env: NodeJS.ProcessEnv,
  extraNodeArgs: string[],
): Promise<PhaseResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, ...extraNodeArgs, __filename, '--phase', phase, '--file', file],
      { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    activeChild = child;
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      activeChild = undefined;
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT_MARK));
      if (code !== 0 || !line)
        return reject(new Error(`phase ${phase} failed (exit ${code}):\n${stdout}`));
      resolvePromise(JSON.parse(line.slice(RESULT_MARK.length)) as PhaseResult);
    });
  });
}

async function databaseFacts(url: string, partnerSlug: string) {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    const q = <T>(sql: string, params: unknown[] = []) => ds.query<T[]>(sql, params);
    const version = (await q<{ version: string }>('SELECT version()'))[0]?.version ?? '?';
    const settings = await q<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings WHERE name = ANY($1)`,
      [
        [
          'server_version',
          'fsync',
          'synchronous_commit',
          'full_page_writes',
          'wal_level',
          'shared_buffers',
          'max_wal_size',
          'checkpoint_timeout',
          'work_mem',
          'autovacuum',
        ],
      ],
    );
    const partner = await ds.getRepository(PartnerEntity).findOneBy({ slug: partnerSlug });
    return {
      version,
      settings: Object.fromEntries(
        settings.map((s) => [s.name, s.unit ? `${s.setting} ${s.unit}` : s.setting]),
      ),
      partner,
    };
  } finally {
    await ds.destroy();
  }
}

async function tableFacts(url: string) {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    const rows = await ds.query<
      Array<{ table: string; rows: number; dead: number; bytes: string }>
    >(
      `SELECT relname AS table, n_live_tup::int AS rows, n_dead_tup::int AS dead,
              pg_total_relation_size(relid) AS bytes
         FROM pg_stat_user_tables
        WHERE relname IN ('listing','listing_source','listing_location','organization','outbox_event','sync_run','sync_run_item')
        ORDER BY relname`,
    );
    const [{ size }] = await ds.query<[{ size: string }]>(
      'SELECT pg_database_size(current_database())::bigint AS size',
    );
    return {
      databaseMb: round(Number(size) / MB),
      tables: Object.fromEntries(
        rows.map((r) => [r.table, { rows: r.rows, dead: r.dead, mb: round(Number(r.bytes) / MB) }]),
      ),
    };
  } finally {
    await ds.destroy();
  }
}

function markdown(summary: Summary): string {
  const byPhase = Object.fromEntries(summary.phases.map((p) => [p.phase, p])) as Partial<
    Record<Phase, PhaseResult>
  >;
  const fmt = (n: number) => n.toLocaleString('en-US');
  const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? '✅' : '❌');
  const lines = [`| Measure | Result | Target | |`, `|---|---|---|---|`];
  const { parse, pipeline, sync, resync } = byPhase;
  if (parse)
    lines.push(
      `| Bare XML parse (no DB) | ${parse.wallSeconds} s — ${fmt(parse.perSecond)} items/s | — | |`,
    );
  if (pipeline)
    lines.push(
      `| Parse + pipeline (no DB) | ${pipeline.wallSeconds} s — ${fmt(pipeline.perSecond)} items/s | — | |`,
    );
  if (sync)
    lines.push(
      `| First full sync → PostgreSQL | ${sync.wallSeconds} s — **${fmt(sync.perSecond)} listings/s** | ≥ ${fmt(TARGETS.syncPerSecond)}/s | ${mark(summary.verdict.sync)} |`,
    );
  if (resync)
    lines.push(
      `| Re-sync, unchanged feed | ${resync.wallSeconds} s — **${fmt(resync.perSecond)} listings/s** | ≥ ${fmt(TARGETS.resyncPerSecond)}/s | ${mark(summary.verdict.resync)} |`,
    );
  if (summary.peakSyncRssMb !== undefined)
    lines.push(
      `| Peak RSS of the worker (sync phases, VmHWM) | ${summary.peakSyncRssMb} MB | < ${TARGETS.peakRssMb} MB | ${mark(summary.verdict.rss)} |`,
    );
  if (summary.ratios.syncOverParse !== undefined)
    lines.push(`| First sync time / bare parse time | × ${summary.ratios.syncOverParse} | — | |`);
  if (summary.ratios.resyncOverParse !== undefined)
    lines.push(`| Re-sync time / bare parse time | × ${summary.ratios.resyncOverParse} | — | |`);
  lines.push(
    '',
    '| Phase | Items | Wall s | Node CPU s | PostgreSQL CPU s | SQL wait s | WAL MB | Other processes CPU s | RSS start → peak (MB) | VmHWM MB |',
    '|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const p of summary.phases) {
    lines.push(
      `| ${p.phase} | ${fmt(p.items)} | ${p.wallSeconds} | ${p.nodeCpuSeconds} | ${p.postgresCpuSeconds ?? '—'} | ${p.sql?.seconds ?? '—'} | ${(p.details['walMb'] as number | undefined) ?? '—'} | ${p.otherProcessesCpuSeconds} | ${p.memory.baselineRssMb} → ${p.memory.peakRssMb} | ${p.memory.vmHwmMb} |`,
    );
  }
  for (const p of summary.phases.filter((x) => x.sql)) {
    lines.push(
      '',
      `SQL of \`${p.phase}\` (${fmt(p.sql!.statements)} statements):`,
      '',
      '| Statement | Count | Seconds |',
      '|---|---|---|',
    );
    for (const s of p.sql!.byStatement.slice(0, 8))
      lines.push(`| \`${s.statement.replace(/\|/g, '\\|')}\` | ${fmt(s.count)} | ${s.seconds} |`);
  }
  return lines.join('\n');
}

interface Summary {
  date: string;
  code: ReturnType<typeof codeVersion>;
  deduplicate: boolean;
  feed: { file: string; bytes: number; mb: number };
  machine: ReturnType<typeof machine>;
  postgres: { version: string; durability: string; settings: Record<string, string> };
  activityBefore: ReturnType<typeof activity>;
  activityAfter?: ReturnType<typeof activity>;
  phases: PhaseResult[];
  database?: Awaited<ReturnType<typeof tableFacts>>;
  peakSyncRssMb?: number;
  ratios: { syncOverParse?: number; resyncOverParse?: number };
  verdict: { sync?: boolean; resync?: boolean; rss?: boolean };
  cpuProfiles?: string[];
  childNodeArgs: string[];
}

async function orchestrate(options: {
  file: string;
  phases: Phase[];
  cpuProf: boolean;
  keep: boolean;
  /** Extra Node flags for the phase processes (`--max-old-space-size=192`). */
  childNodeArgs: string[];
  /** Before each phase, wait until the machine is below this busy share (%), 0 = don't wait. */
  quietBelow: number;
  quietMaxWaitSeconds: number;
  /** `IngestService.run({ deduplicate })`: false measures ingest without cross-partner dedup. */
  deduplicate: boolean;
}) {
  const { file, phases } = options;
  if (!existsSync(file)) {
    throw new Error(
      `No feed at ${relative(process.cwd(), file)}: run node -r @swc-node/register bench/ingest/generate-feed.ts first.`,
    );
  }
  const bytes = statSync(file).size;
  mkdirSync(BENCH_DIR, { recursive: true });
  const activityBefore = activity();
  console.error(`Load before: ${activityBefore.uptime}`);

  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const dataDir = mkdtempSync(join(BENCH_DIR, 'ingest-pg-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its cluster
  const profileDir = join(BENCH_DIR, 'profiles');
  let runtime: Awaited<ReturnType<typeof startRuntime>> | undefined;
  try {
    runtime = await startRuntime({
      dataDir,
      postgresPort: await freePort(),
      meiliPort: 0,
      // A Meilisearch URL makes the runtime start PostgreSQL only.
      meiliUrl: 'http://unused',
      meiliMasterKey: 'unused',
      // Normal durability (fsync, synchronous_commit, full_page_writes on), as in production.
      ephemeral: false,
      database: 'bench',
    });
    const url = runtime.databaseUrl;
    await runMigrations(url);
    const setup = new DataSource(dataSourceOptions(url));
    await setup.initialize();
    const partner = await setup
      .getRepository(PartnerEntity)
      .save({ slug: 'bench-partner', name: 'Partenaire du banc d’essai' });
    // Experiments on the schema (storage parameters, indexes) without a migration.
    const experiment = process.env['BENCH_SQL'];
    if (experiment) await setup.query(experiment);
    await setup.destroy();
    const facts = await databaseFacts(url, 'bench-partner');
    const postmasterPid = Number(
      readFileSync(join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0],
    );

    const summary: Summary = {
      date: new Date().toISOString(),
      feed: { file: relative(REPO_ROOT, file), bytes, mb: round(bytes / MB) },
      machine: machine(),
      code: codeVersion(),
      deduplicate: options.deduplicate,
      postgres: {
        version: facts.version,
        durability: 'normal (ephemeral: false): fsync, synchronous_commit and full_page_writes on',
        settings: facts.settings,
      },
      activityBefore,
      phases: [],
      ratios: {},
      verdict: {},
      childNodeArgs: options.childNodeArgs,
    };
    for (const phase of phases) {
      const waitedSeconds =
        options.quietBelow > 0
          ? await waitForQuiet(options.quietBelow, options.quietMaxWaitSeconds, () => interrupted)
          : 0;
      checkInterrupted();
      console.error(`Phase ${phase}…`);
      const profiling = options.cpuProf && (phase === 'sync' || phase === 'resync');
      const result = await runChild(
        phase,
        file,
        {
          BENCH_DATABASE_URL: url,
          BENCH_PARTNER_ID: partner.id,
          BENCH_POSTMASTER_PID: String(postmasterPid),
          BENCH_DEDUPLICATE: String(options.deduplicate),
        },
        [
          ...options.childNodeArgs,
          ...(profiling
            ? [
                '--cpu-prof',
                `--cpu-prof-dir=${profileDir}`,
                `--cpu-prof-name=${phase}-${Date.now()}.cpuprofile`,
              ]
            : []),
        ],
      );
      console.error(
        `  ${phase}: ${result.items} items in ${result.wallSeconds} s (${result.perSecond}/s), VmHWM ${result.memory.vmHwmMb} MB`,
      );
      summary.phases.push({ ...result, waitedForQuietSeconds: waitedSeconds });
    }
    if (phases.includes('sync') || phases.includes('resync'))
      summary.database = await tableFacts(url);
    summary.activityAfter = activity();
    if (options.cpuProf && existsSync(profileDir))
      summary.cpuProfiles = readdirSync(profileDir).map((f) =>
        relative(REPO_ROOT, join(profileDir, f)),
      );

    const get = (phase: Phase) => summary.phases.find((p) => p.phase === phase);
    const parse = get('parse');
    const sync = get('sync');
    const resync = get('resync');
    const syncs = [sync, resync].filter((p): p is PhaseResult => p !== undefined);
    if (syncs.length > 0) summary.peakSyncRssMb = Math.max(...syncs.map((p) => p.memory.vmHwmMb));
    if (parse && sync)
      summary.ratios.syncOverParse = round(sync.wallSeconds / parse.wallSeconds, 1);
    if (parse && resync)
      summary.ratios.resyncOverParse = round(resync.wallSeconds / parse.wallSeconds, 1);
    if (sync) summary.verdict.sync = sync.perSecond >= TARGETS.syncPerSecond;
    if (resync) summary.verdict.resync = resync.perSecond >= TARGETS.resyncPerSecond;
    if (summary.peakSyncRssMb !== undefined)
      summary.verdict.rss = summary.peakSyncRssMb < TARGETS.peakRssMb;

    const out = join(BENCH_DIR, `ingest-${summary.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(JSON.stringify(summary, null, 2));
    console.log(`\n${markdown(summary)}\n`);
    console.log(`PostgreSQL: ${facts.version}`);
    const dirty = summary.code.uncommittedFiles.length;
    console.log(
      `Code: ${summary.code.commit}${dirty > 0 ? ` + ${dirty} uncommitted file(s) under libs/ and apps/` : ''}, deduplication ${options.deduplicate ? 'on' : 'off'}`,
    );
    console.log(
      `Machine: ${summary.machine.nproc} × ${summary.machine.cpuModel}, ${summary.machine.memoryGb} GB, Node ${summary.machine.node}`,
    );
    console.log(
      `Load before: ${activityBefore.uptime}\nLoad after:  ${summary.activityAfter.uptime}`,
    );
    console.log(`JSON written to ${relative(process.cwd(), out)}`);
  } finally {
    await runtime?.stop();
    if (options.keep) console.error(`Cluster kept in ${relative(process.cwd(), dataDir)}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const { values } = parseArgs({
    options: {
      phase: { type: 'string' },
      file: { type: 'string' },
      phases: { type: 'string', default: PHASES.join(',') },
      'cpu-prof': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'child-node-args': { type: 'string', default: '' },
      'quiet-below': { type: 'string', default: '25' },
      'quiet-max-wait': { type: 'string', default: '1200' },
      'no-dedup': { type: 'boolean', default: false },
    },
  });
  const file = resolve(values.file ?? defaultFeedPath(DEFAULT_COUNT));
  if (values.phase) {
    const result = await runPhase(values.phase as Phase, file);
    process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
    return;
  }
  const phases = values.phases.split(',').map((p) => p.trim()) as Phase[];
  const unknown = phases.filter((p) => !PHASES.includes(p));
  if (unknown.length > 0)
    throw new Error(`Unknown phase(s): ${unknown.join(', ')} (known: ${PHASES.join(', ')})`);
  if (phases.includes('resync') && !phases.includes('sync'))
    throw new Error('resync needs sync before it');
  await orchestrate({
    file,
    phases,
    cpuProf: values['cpu-prof'],
    keep: values.keep,
    childNodeArgs: values['child-node-args'].split(' ').filter(Boolean),
    quietBelow: Number(values['quiet-below']),
    quietMaxWaitSeconds: Number(values['quiet-max-wait']),
    deduplicate: !values['no-dedup'],
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
