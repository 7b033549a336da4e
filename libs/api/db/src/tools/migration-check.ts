// CI drift gate: `nx run api-db:migration-check`. Runs every migration on a throw-away
// PostgreSQL, then asks TypeORM what it would still change to match the entities.
// Exit 0: migrations and entities agree. Exit 1: prints the missing SQL.
import 'reflect-metadata';
import { checkMigrations } from '../schema-drift';
import { withThrowawayPostgres } from './throwaway-postgres';

async function main(): Promise<number> {
  const drift = await withThrowawayPostgres((url) => checkMigrations(url));
  if (drift.length === 0) {
    console.log('Migrations match the entities: nothing to generate.');
    return 0;
  }
  console.error(`The entities differ from the migrations; a new migration would run:\n`);
  for (const query of drift) console.error(`${query};`);
  console.error(`\nGenerate it with: npm run migration:generate -- --name=<PascalCaseIntent>`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
