import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';
import { runMigrations } from './run-migrations';

/**
 * The SQL TypeORM would run to make the database match the entities: empty when the
 * migrations and the entities agree.
 */
export async function findSchemaDrift(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((query) =>
    query.parameters?.length
      ? `${query.query} -- parameters: ${JSON.stringify(query.parameters)}`
      : query.query,
  );
}

/**
 * The drift check of CI (`nx run api-db:migration-check`) on a given database: runs every
 * pending migration, then compares the schema with the entities.
 */
export async function checkMigrations(url: string): Promise<string[]> {
  await runMigrations(url);
  const dataSource = new DataSource(dataSourceOptions(url, { poolSize: 2 }));
  await dataSource.initialize();
  try {
    return await findSchemaDrift(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
