export * from './entities';
export { insertRows, updateRowsById, type JsonRow } from './bulk-rows';
export { dataSourceOptions } from './data-source';
export { MIGRATIONS_TABLE, runMigrations } from './run-migrations';
export { checkMigrations, findSchemaDrift } from './schema-drift';
export { SnakeNamingStrategy, snakeCase } from './snake-naming.strategy';
