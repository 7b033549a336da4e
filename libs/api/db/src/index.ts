export * from './entities';
export { dataSourceOptions } from './data-source';
export { MIGRATIONS_TABLE, runMigrations } from './run-migrations';
export { checkMigrations, findSchemaDrift } from './schema-drift';
export { SnakeNamingStrategy, snakeCase } from './snake-naming.strategy';
