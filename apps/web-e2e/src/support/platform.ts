/**
 * The platform under test, as a black box: `node tools/start.mjs` (what `npm start` runs) on
 * free ports with a fresh data directory, ready when GET /ready answers 200.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePorts } from './free-ports';

export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const OUTPUT_LIMIT = 64 * 1024;
const NX_ENV = { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

/**
 * The environment of the build and the server: this process's, without Jest's NODE_ENV=test
 * (Vite would otherwise bundle React's development build, and the server is tested as
 * `npm start` runs it).
 */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...NX_ENV, ...extra };
  delete env['NODE_ENV'];
  return env;
}

export interface RunningPlatform {
  readonly baseUrl: string;
  readonly process: ChildProcess;
  readonly dataDir: string;
  /** The last lines the server printed, for failure messages. */
  output(): string;
}

/** `npx nx run web:build`, once, before the server starts (the server then skips its own). */
export function buildWebApp(): void {
  const build = spawnSync('npx', ['nx', 'run', 'web:build', '--output-style=stream'], {
    cwd: WORKSPACE_ROOT,
    env: childEnv({}),
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    throw new Error(`npx nx run web:build failed (exit ${build.status ?? build.signal ?? '?'})`);
  }
}

export async function startPlatform(): Promise<RunningPlatform> {
  const [port, postgresPort, meiliPort] = await freePorts(3);
  const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-web-e2e-'));
  chmodSync(dataDir, 0o755); // as root, the embedded PostgreSQL runs as `postgres` and must reach it
  const baseUrl = `http://127.0.0.1:${port}`;

  let output = '';
  const child = spawn(process.execPath, ['tools/start.mjs'], {
    cwd: WORKSPACE_ROOT,
    env: childEnv({
      PORT: String(port),
      PASSERELLE_DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(postgresPort),
      EMBEDDED_MEILI_PORT: String(meiliPort),
      SKIP_WEB_BUILD: 'true',
      // No map tiles from the internet: the map draws its points on a plain background.
      MAP_TILE_URL: 'none',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const record = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_LIMIT);
    if (process.env['E2E_VERBOSE'] === 'true') process.stderr.write(chunk);
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);

  const platform: RunningPlatform = { baseUrl, process: child, dataDir, output: () => output };
  try {
    await waitUntilReady(platform);
  } catch (error) {
    await stopPlatform(platform);
    throw error;
  }
  return platform;
}

async function waitUntilReady(platform: RunningPlatform): Promise<void> {
  const { process: child, baseUrl } = platform;
  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) =>
      reject(
        new Error(
          `tools/start.mjs exited (${signal ?? `code ${code}`}) before ${baseUrl}/ready answered 200.\n` +
            `--- server output ---\n${platform.output()}`,
        ),
      ),
    );
  });
  exited.catch(() => undefined); // handled by the race below

  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    const probe = fetch(`${baseUrl}/ready`, { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    const outcome = await Promise.race([probe, exited]);
    if (outcome === 200) return;
    lastProblem = typeof outcome === 'number' ? `HTTP ${outcome}` : outcome;
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 500)), exited]);
  }
  throw new Error(
    `${baseUrl}/ready did not answer 200 within ${READY_TIMEOUT_MS / 1000} s (last: ${lastProblem}).\n` +
      `--- server output ---\n${platform.output()}`,
  );
}

/** SIGTERM, then wait for the exit (SIGKILL after 30 s); removes the data directory. */
export async function stopPlatform(platform: RunningPlatform): Promise<void> {
  const child = platform.process;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      process.stderr.write(
        `tools/start.mjs did not stop within ${STOP_TIMEOUT_MS / 1000} s: SIGKILL\n`,
      );
      child.kill('SIGKILL');
    }, STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  if (process.env['E2E_KEEP_DATA'] !== 'true') {
    rmSync(platform.dataDir, { recursive: true, force: true });
  }
}
