import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { loadConfig } from '@passerelle/api-core';
import { createTestDatabase, type TestDatabase } from '@passerelle/api-db/testing';
import { freePort } from '@passerelle/api-runtime';
import { AppModule } from './app.module';

async function startApp(databaseUrl: string, meiliUrl: string): Promise<INestApplication> {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test' });
  const app = await NestFactory.create(
    AppModule.forRoot(config, {
      databaseUrl,
      meiliUrl,
      meiliMasterKey: process.env['MEILI_MASTER_KEY'],
    }),
    { logger: false },
  );
  await app.init();
  return app;
}

describe('API application', () => {
  let db: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    app = await startApp(db.url, process.env['MEILI_URL']!);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers the taxonomy query with the 20 domains in French', async () => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ taxonomy { domains { slug label } activities { slug } } }' })
      .expect(200);
    const { domains, activities } = response.body.data.taxonomy;
    expect(domains).toHaveLength(20);
    expect(domains).toContainEqual({ slug: 'sante', label: 'Santé' });
    expect(activities.length).toBeGreaterThanOrEqual(52);
  });

  it('says it is alive and ready when PostgreSQL and Meilisearch answer', async () => {
    await request(app.getHttpServer()).get('/health').expect(200, { status: 'ok' });
    const ready = await request(app.getHttpServer()).get('/ready').expect(200);
    expect(ready.body).toEqual({
      status: 'ready',
      checks: { postgres: { status: 'up' }, meilisearch: { status: 'up' } },
    });
  });

  it('gives a request id to every response, keeping a valid one it is given', async () => {
    const given = await request(app.getHttpServer()).get('/health').set('x-request-id', 'abc-123');
    expect(given.headers['x-request-id']).toBe('abc-123');
    const generated = await request(app.getHttpServer()).get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a malformed query with a coded error and no stack trace', async () => {
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .send({ query: '{ nope }' });
    const [error] = response.body.errors;
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.extensions.stacktrace).toBeUndefined();
  });

  it('is not ready, and says why, when Meilisearch does not answer', async () => {
    const down = await startApp(db.url, `http://127.0.0.1:${await freePort()}`);
    try {
      const ready = await request(down.getHttpServer()).get('/ready').expect(503);
      expect(ready.body.status).toBe('unavailable');
      expect(ready.body.checks.postgres).toEqual({ status: 'up' });
      expect(ready.body.checks.meilisearch.status).toBe('down');
      expect(ready.body.checks.meilisearch.reason).toEqual(expect.any(String));
    } finally {
      await down.close();
    }
  });
});
