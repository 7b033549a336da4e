// `nx run api-db:migration-generate --name=AddListingFoo` (or `npm run migration:generate -- --name=…`):
// runs the existing migrations on a throw-away PostgreSQL, lets the TypeORM CLI write
// src/migrations/<timestamp>-<Name>.ts from the difference with the entities, and lists it in
// src/migrations/index.ts. Then read it, tidy it, and run `nx run api-db:migration-check`.
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runMigrations } from '../run-migrations';
import { withThrowawayPostgres } from './throwaway-postgres';

const LIB_SRC = resolve(__dirname, '..');
const MIGRATIONS_DIR = join(LIB_SRC, 'migrations');
const WORKSPACE = resolve(LIB_SRC, '../../../..');

function parseName(argv: string[]): string {
  let name: string | undefined;
  argv.forEach((arg, index) => {
    if (arg.startsWith('--name=')) name = arg.slice('--name='.length);
    else if (arg === '--name') name = argv[index + 1];
  });
  if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    throw new Error(
      'Usage: migration-generate --name=<PascalCaseIntent> (e.g. --name=AddListingSummary)',
    );
  }
  return name;
}

function typeormCli(args: string[], databaseUrl: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', require.resolve('typeorm/cli.js'), ...args],
      { cwd: WORKSPACE, stdio: 'inherit', env: { ...process.env, DATABASE_URL: databaseUrl } },
    );
    child.once('error', reject);
    child.once('exit', (code) => resolvePromise(code ?? 1));
  });
}

/** Rewrites src/migrations/index.ts from the migration files, oldest first. */
export function writeMigrationIndex(): string[] {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d+-[A-Za-z0-9]+\.ts$/.test(file))
    .sort((a, b) => Number(a.split('-')[0]) - Number(b.split('-')[0]));
  const classes = files.map((file) => {
    const match = /export class (\w+)/.exec(readFileSync(join(MIGRATIONS_DIR, file), 'utf8'));
    if (!match?.[1]) throw new Error(`No exported migration class in ${file}`);
    return { file: file.replace(/\.ts$/, ''), name: match[1] };
  });
  const lines = [
    '// Written by `nx run api-db:migration-generate`: every migration class, oldest first.',
    '// Classes, not globs, so the list works the same under SWC, Jest and a build.',
    "import type { MigrationInterface } from 'typeorm';",
    ...classes.map(({ file, name }) => `import { ${name} } from './${file}';`),
    '',
    `export const migrations: Array<new () => MigrationInterface> = [${classes.map(({ name }) => name).join(', ')}];`,
    '',
  ];
  writeFileSync(join(MIGRATIONS_DIR, 'index.ts'), lines.join('\n'));
  return files;
}

async function main(): Promise<number> {
  const name = parseName(process.argv.slice(2));
  const before = new Set(readdirSync(MIGRATIONS_DIR));
  const code = await withThrowawayPostgres(async (url) => {
    await runMigrations(url);
    return typeormCli(
      [
        'migration:generate',
        relative(WORKSPACE, join(MIGRATIONS_DIR, name)),
        '--dataSource',
        relative(WORKSPACE, join(LIB_SRC, 'cli-data-source.ts')),
        '--pretty',
      ],
      url,
    );
  });
  if (code !== 0) return code;
  const created = writeMigrationIndex().filter((file) => !before.has(file));
  for (const file of created)
    console.log(`Wrote ${relative(WORKSPACE, join(MIGRATIONS_DIR, file))}: read and tidy it.`);
  console.log('Listed in src/migrations/index.ts. Check with: nx run api-db:migration-check');
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
