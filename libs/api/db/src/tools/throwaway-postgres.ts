import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startRuntime } from '@passerelle/api-runtime';

/**
 * Runs `work` against an empty database on a throw-away embedded PostgreSQL (same runtime as
 * `npm start`), then stops the server and deletes its files, whatever happens.
 */
export async function withThrowawayPostgres<T>(work: (url: string) => Promise<T>): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-db-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as `postgres` and must reach its cluster below
  try {
    const runtime = await startRuntime({
      dataDir,
      postgresPort: await freePort(),
      meiliPort: await freePort(),
      ephemeral: true,
      // A Meilisearch URL makes the runtime start PostgreSQL only.
      meiliUrl: 'http://unused',
      meiliMasterKey: 'unused',
    });
    try {
      return await work(runtime.databaseUrl);
    } finally {
      await runtime.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
