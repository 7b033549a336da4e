export { createTestDatabase, testIndexPrefix, type TestDatabase } from './test-database';
export { databaseUrl, TEMPLATE_DATABASE } from './template-database';
