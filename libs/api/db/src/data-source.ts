import type { DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { MIGRATIONS_TABLE } from './run-migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

/**
 * Options of the application's data source. The schema changes only through migrations:
 * never `synchronize`, and migrations run explicitly (`runMigrations`), not on connect.
 */
export function dataSourceOptions(
  url: string,
  overrides: Partial<Omit<PostgresOptions, 'type'>> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // uuid defaults are gen_random_uuid(), built into PostgreSQL since 13: no extension needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    applicationName: 'passerelle',
    ...overrides,
  };
}
