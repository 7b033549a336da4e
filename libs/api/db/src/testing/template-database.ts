// Alias-free on purpose (only `pg` and ../run-migrations): the Jest global setup requires this
// file directly, where the `@passerelle/*` path aliases do not resolve.
import { Client } from 'pg';
import { runMigrations } from '../run-migrations';

export const TEMPLATE_DATABASE = 'passerelle_template';

/** `postgres://u:p@host:port/any` → the same server, database `database`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'passerelle-tests' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * (Re)creates the migrated template every test database is cloned from. Once per Jest run,
 * from the global setup. Nothing may stay connected to the template afterwards, or cloning fails.
 */
export async function prepareTemplateDatabase(
  serverUrl: string,
  name = TEMPLATE_DATABASE,
): Promise<void> {
  await withClient(serverUrl, async (client) => {
    const identifier = client.escapeIdentifier(name);
    await client.query(`DROP DATABASE IF EXISTS ${identifier} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${identifier}`);
  });
  await runMigrations(databaseUrl(serverUrl, name));
}
