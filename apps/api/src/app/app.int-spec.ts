import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { freePort } from '@passerelle/api-runtime';
import { startTestApp, type TestApp } from '../testing/test-app';

describe('API application', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers the taxonomy query with the 20 domains in French', async () => {
    const { data } = await api.gql('{ taxonomy { domains { slug label } activities { slug } } }');
    const { domains, activities } = data.taxonomy;
    expect(domains).toHaveLength(20);
    expect(domains).toContainEqual({ slug: 'sante', label: 'Santé' });
    expect(activities.length).toBeGreaterThanOrEqual(52);
  });

  it('says it is alive and ready when PostgreSQL and Meilisearch answer', async () => {
    await api.http.get('/health').expect(200, { status: 'ok' });
    const ready = await api.http.get('/ready').expect(200);
    expect(ready.body).toMatchObject({
      status: 'ready',
      checks: { postgres: { status: 'up' }, meilisearch: { status: 'up' } },
    });
  });

  it('serves exactly the checked-in schema (apps/api/schema.gql)', () => {
    const { schema } = api.app.get(GraphQLSchemaHost);
    const checkedIn = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');
    expect(checkedIn).toContain(printSchema(lexicographicSortSchema(schema)));
  });

  it('gives a request id to every response, keeping a valid one it is given', async () => {
    const given = await api.http.get('/health').set('x-request-id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const generated = await api.http.get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a malformed query with a coded error and no stack trace', async () => {
    const response = await api.gql('{ nope }');
    const [error] = response.errors!;
    expect(error!.extensions!['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error!.extensions!['stacktrace']).toBeUndefined();
  });

  it('is not ready, and says why, when Meilisearch does not answer', async () => {
    const down = await startTestApp({
      db: api.db,
      meiliUrl: `http://127.0.0.1:${await freePort()}`,
    });
    try {
      const ready = await down.http.get('/ready').expect(503);
      expect(ready.body.status).toBe('unavailable');
      expect(ready.body.checks.postgres).toEqual({ status: 'up' });
      expect(ready.body.checks.meilisearch.status).toBe('down');
      expect(ready.body.checks.meilisearch.reason).toEqual(expect.any(String));
    } finally {
      await down.close();
    }
  });
});
