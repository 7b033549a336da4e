import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source';
import { databaseUrl, withClient } from './template-database';

export interface TestDatabase {
  /** URL of this test's own database. */
  url: string;
  /** Initialized on the test database; closed by `drop()`. */
  dataSource: DataSource;
  /** Closes the data source and drops the database. Idempotent. */
  drop(): Promise<void>;
}

/** `object_in_use`: something is connected to the template at the moment of the copy. */
const OBJECT_IN_USE = '55006';

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set: database tests run through the root Jest config, whose global setup (tools/jest/global-setup.ts) prepares the template database.`,
    );
  }
  return value;
}

async function cloneTemplate(serverUrl: string, template: string, name: string): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const sql = `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`;
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(sql);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  });
}

/**
 * A fresh, migrated database for one test file, cloned from the template in milliseconds.
 * Call in `beforeAll`, and `drop()` in `afterAll`. Safe with test files running in parallel.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = requiredEnv('TEST_PG_URL');
  const template = requiredEnv('TEST_TEMPLATE_DB');
  const name = `test_${randomBytes(8).toString('hex')}`;
  await cloneTemplate(serverUrl, template, name);
  const url = databaseUrl(serverUrl, name);
  const dataSource = new DataSource(
    dataSourceOptions(url, { poolSize: 5, applicationName: 'passerelle-tests' }),
  );
  try {
    await dataSource.initialize();
  } catch (error) {
    await dropDatabase(serverUrl, name);
    throw error;
  }
  let dropped: Promise<void> | undefined;
  return {
    url,
    dataSource,
    drop: () =>
      (dropped ??= (async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
        await dropDatabase(serverUrl, name);
      })()),
  };
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withClient(serverUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`),
  );
}

/** A unique `t<random>_` prefix for this test file's Meilisearch index names. */
export function testIndexPrefix(): string {
  return `t${randomBytes(5).toString('hex')}_`;
}
