/* eslint-disable @typescript-eslint/no-explicit-any -- tests read GraphQL answers loosely */
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { loadConfig } from '@passerelle/api-core';
import { createTestDatabase, type TestDatabase } from '@passerelle/api-db/testing';
import { AppModule } from '../app/app.module';
import { configureHttp } from '../app/http';

/** The bootstrap admin key of test apps (PASSERELLE_ADMIN_KEY). */
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789';

export interface TestAppOptions {
  /** Reuse this database (then `close()` leaves it alone); default: a fresh one, dropped on close. */
  db?: TestDatabase;
  /** Default: MEILI_URL from the Jest global setup. */
  meiliUrl?: string;
  /** Extra environment for `loadConfig`, over LOG_LEVEL=silent, NODE_ENV=test and the admin key. */
  env?: NodeJS.ProcessEnv;
}

export interface GraphQLResponse<T = any> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  /** supertest agent on the app's HTTP server. */
  http: ReturnType<typeof request.agent>;
  /** POST /graphql; with `secret`, sent as `Authorization: Bearer <secret>`. */
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    secret?: string,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The real AppModule on its own test database, as `npm start` wires it (without listening). */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.db ?? (await createTestDatabase());
  const ownsDb = options.db === undefined;
  let app: NestExpressApplication | undefined;
  try {
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      PASSERELLE_ADMIN_KEY: TEST_ADMIN_KEY,
      ...options.env,
    });
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, {
        databaseUrl: db.url,
        meiliUrl: options.meiliUrl ?? process.env['MEILI_URL']!,
        meiliMasterKey: process.env['MEILI_MASTER_KEY'],
      }),
      { logger: false, bodyParser: false },
    );
    configureHttp(app);
    await app.init();
  } catch (error) {
    await app?.close();
    if (ownsDb) await db.drop();
    throw error;
  }
  const started = app;
  const http = request.agent(started.getHttpServer());
  let closed: Promise<void> | undefined;
  return {
    app: started,
    db,
    http,
    async gql(query, variables, secret) {
      const call = http.post('/graphql').send({ query, variables });
      if (secret !== undefined) void call.set('Authorization', `Bearer ${secret}`);
      const response = await call;
      return response.body as GraphQLResponse;
    },
    close: () =>
      (closed ??= (async () => {
        await started.close();
        if (ownsDb) await db.drop();
      })()),
  };
}
