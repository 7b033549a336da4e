/**
 * Once per Jest run: the servers (PostgreSQL, Meilisearch) and the migrated template database
 * every test file clones (`createTestDatabase()` from `@passerelle/api-db/testing`).
 *
 * With DATABASE_URL and MEILI_URL (+ MEILI_MASTER_KEY) set, those servers are used; otherwise the
 * same runtime as `npm start` starts what is missing, throw-away, on free ports. Tests read:
 * TEST_PG_URL (the server), TEST_TEMPLATE_DB, MEILI_URL, MEILI_MASTER_KEY.
 *
 * Jest does not apply `moduleNameMapper` here: only alias-free modules are imported, by path.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startRuntime, type Runtime } from '../../libs/api/runtime/src';
import {
  prepareTemplateDatabase,
  TEMPLATE_DATABASE,
} from '../../libs/api/db/src/testing/template-database';

/** Where the teardown (same process, same globalThis) finds what to stop. */
const TEST_RUNTIME_KEY = '__passerelleTestRuntime';

interface TestRuntimeState {
  runtime: Runtime;
  dataDir: string;
}

export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-test-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its cluster below
  let state: TestRuntimeState | undefined;
  try {
    const runtime = await startRuntime({
      dataDir,
      databaseUrl: process.env['DATABASE_URL'] || undefined,
      meiliUrl: process.env['MEILI_URL'] || undefined,
      meiliMasterKey: process.env['MEILI_MASTER_KEY'],
      postgresPort: await freePort(),
      meiliPort: await freePort(),
      database: 'postgres',
      ephemeral: true,
    });
    state = { runtime, dataDir };
    (globalThis as Record<string, unknown>)[TEST_RUNTIME_KEY] = state;

    await prepareTemplateDatabase(runtime.databaseUrl, TEMPLATE_DATABASE);
    process.env['TEST_PG_URL'] = runtime.databaseUrl;
    process.env['TEST_TEMPLATE_DB'] = TEMPLATE_DATABASE;
    process.env['MEILI_URL'] = runtime.meiliUrl;
    process.env['MEILI_MASTER_KEY'] = runtime.meiliMasterKey;
  } catch (error) {
    // Jest skips the teardown when the setup fails: clean up here.
    delete (globalThis as Record<string, unknown>)[TEST_RUNTIME_KEY];
    await state?.runtime.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
