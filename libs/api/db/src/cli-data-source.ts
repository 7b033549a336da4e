// Data source for the TypeORM CLI (`typeorm migration:generate -d libs/api/db/src/cli-data-source.ts`),
// normally run through `nx run api-db:migration-generate`, which sets DATABASE_URL.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

export default new DataSource(dataSourceOptions(process.env['DATABASE_URL'] ?? ''));
