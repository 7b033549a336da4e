// `npm run reindex`: rebuilds the whole search index from PostgreSQL, without downtime (a new
// index is filled, then swapped with the live one), with the same code as the worker.
// Uses DATABASE_URL / MEILI_URL when set; else the embedded servers of `npm start`: those
// already running (their secrets are under PASSERELLE_DATA_DIR), or started for the occasion.
import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { createMeilisearchClient, loadConfig, type AppConfig } from '@passerelle/api-core';
import { dataSourceOptions, runMigrations } from '@passerelle/api-db';
import { isPortFree, startRuntime, type Runtime } from '@passerelle/api-runtime';
import { SearchIndex, loadSearchConfig } from '@passerelle/api-search';

interface Servers {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey?: string;
  runtime?: Runtime;
}

/** The servers to use: configured ones, the embedded ones `npm start` runs, or new ones. */
async function servers(config: AppConfig): Promise<Servers> {
  const secretsFile = join(resolve(config.dataDir), 'secrets.json');
  const secrets = existsSync(secretsFile)
    ? (JSON.parse(readFileSync(secretsFile, 'utf8')) as {
        postgresPassword: string;
        meiliMasterKey: string;
      })
    : undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl && secrets && !(await isPortFree(config.embeddedPostgresPort)))
    databaseUrl = `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${config.embeddedPostgresPort}/passerelle`;
  let meiliUrl = config.meiliUrl;
  let meiliMasterKey = config.meiliMasterKey;
  if (!meiliUrl && secrets && !(await isPortFree(config.embeddedMeiliPort))) {
    meiliUrl = `http://127.0.0.1:${config.embeddedMeiliPort}`;
    meiliMasterKey = secrets.meiliMasterKey;
  }
  if (databaseUrl && meiliUrl) return { databaseUrl, meiliUrl, meiliMasterKey };
  const runtime = await startRuntime({
    dataDir: config.dataDir,
    databaseUrl,
    meiliUrl,
    meiliMasterKey,
    postgresPort: config.embeddedPostgresPort,
    meiliPort: config.embeddedMeiliPort,
  });
  for (const service of runtime.started) console.log(`Started ${service} for the rebuild`);
  return {
    databaseUrl: runtime.databaseUrl,
    meiliUrl: runtime.meiliUrl,
    meiliMasterKey: runtime.meiliMasterKey || undefined,
    runtime,
  };
}

export async function reindex(): Promise<void> {
  const config = loadConfig();
  const searchConfig = loadSearchConfig();
  const found = await servers(config);
  const dataSource = new DataSource(
    dataSourceOptions(found.databaseUrl, { applicationName: 'passerelle-reindex', poolSize: 3 }),
  );
  try {
    await runMigrations(found.databaseUrl);
    await dataSource.initialize();
    const index = new SearchIndex(
      createMeilisearchClient(found.meiliUrl, found.meiliMasterKey),
      dataSource,
      { prefix: config.meiliIndexPrefix, taskTimeoutMs: searchConfig.taskTimeoutMs },
    );
    console.log(`Rebuilding ${index.uid} from PostgreSQL…`);
    const report = await index.rebuild('npm run reindex');
    console.log(
      `Search index ${report.indexUid} rebuilt: ${report.listings} listings, ${report.documents} documents in ${report.durationMs} ms.`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await found.runtime?.stop();
  }
}

if (require.main === module) {
  reindex().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
