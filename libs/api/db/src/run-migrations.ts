// Alias-free on purpose (only `typeorm` and the migration files): the Jest global setup
// requires this file directly, where the `@passerelle/*` path aliases do not resolve.
// Migrations never import application code: the schema of the past must not change with it.
import { DataSource } from 'typeorm';
import { migrations } from './migrations';

export const MIGRATIONS_TABLE = 'typeorm_migrations';

/** Arbitrary constant key of the advisory lock that serialises concurrent migrators. */
const MIGRATION_LOCK_KEY = 7_342_118_051;

/**
 * Runs the pending migrations on `url`, each in its own transaction, and closes the
 * connection. Safe to call from several processes at once (an advisory lock serialises them).
 * Resolves with the names of the migrations that ran.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: [],
    migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    applicationName: 'passerelle-migrations',
    logging: ['error'],
  });
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((migration) => migration.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
