#!/usr/bin/env node
// `npm start`: builds the web app (cached by Nx), then starts the API, which starts the embedded
// PostgreSQL and Meilisearch when DATABASE_URL / MEILI_URL are not set, runs the migrations,
// loads the demo data and serves everything on one port (PORT, default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

const check = spawnSync(
  process.execPath,
  ['-r', '@swc-node/register', 'apps/api/src/tools/check-config.ts'],
  { cwd: root, env, stdio: 'inherit' },
);
if (check.status !== 0) process.exit(check.status ?? 1);

if (process.env.SKIP_WEB_BUILD !== 'true') {
  const build = spawnSync('npx', ['nx', 'run', 'web:build', '--output-style=stream'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('passerelle: the web app build failed (npx nx run web:build)');
    process.exit(build.status ?? 1);
  }
}

const api = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
