import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { Client } from 'pg';
import { type AppConfig, type Infrastructure, loadConfig } from '@passerelle/api-core';
import { runMigrations } from '@passerelle/api-db';
import { DemoDataService } from '@passerelle/api-demo';
import { assertPortFree, startRuntime, type Runtime } from '@passerelle/api-runtime';
import { serveWebApp } from '../web/serve-web-app';
import { configureHttp } from './http';
import { AppModule } from './app.module';

const SHUTDOWN_GRACE_MS = 20_000;

/** Fails with one line naming DATABASE_URL's host when PostgreSQL does not answer. */
async function assertDatabaseReachable(url: string, external: boolean): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const { hostname, port } = new URL(url);
    const what = external
      ? `DATABASE_URL (${hostname}:${port || 5432})`
      : 'the embedded PostgreSQL';
    throw new Error(`cannot connect to PostgreSQL at ${what}: ${(error as Error).message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function startInfrastructure(
  config: AppConfig,
): Promise<{ runtime: Runtime; infrastructure: Infrastructure }> {
  const runtime = await startRuntime({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    meiliUrl: config.meiliUrl,
    meiliMasterKey: config.meiliMasterKey,
    postgresPort: config.embeddedPostgresPort,
    meiliPort: config.embeddedMeiliPort,
  });
  try {
    await assertDatabaseReachable(runtime.databaseUrl, Boolean(config.databaseUrl));
    // Under an advisory lock: several replicas may start at once.
    await runMigrations(runtime.databaseUrl);
  } catch (error) {
    await runtime.stop();
    throw error;
  }
  return {
    runtime,
    infrastructure: {
      databaseUrl: runtime.databaseUrl,
      meiliUrl: runtime.meiliUrl,
      meiliMasterKey: runtime.meiliMasterKey || undefined,
    },
  };
}

/** Validates the config, starts what is missing, runs migrations, serves API and web app. */
export async function bootstrap(): Promise<void> {
  const config = loadConfig();
  await assertPortFree(config.port, 'the Passerelle API', 'PORT');
  const { runtime, infrastructure } = await startInfrastructure(config);

  let app: NestExpressApplication;
  try {
    app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, infrastructure),
      {
        bufferLogs: true,
      },
    );
  } catch (error) {
    await runtime.stop();
    throw error;
  }
  const logger = app.get(Logger);
  app.useLogger(logger);
  if (config.demoData) {
    try {
      await app.get(DemoDataService).loadIfEmpty();
    } catch (error) {
      await app.close();
      await runtime.stop();
      throw new Error(`loading the demo data failed: ${(error as Error).message}`);
    }
  }
  configureHttp(app);
  if (!serveWebApp(app, config.webDistDir)) {
    logger.warn(
      `No web app build in ${config.webDistDir}: only the API is served (build it with "npx nx run web:build").`,
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: shutting down`);
    const timer = setTimeout(() => {
      logger.error('Shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    try {
      await app.close();
      await runtime.stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  // Not once: a second signal (a process group's, or an impatient operator's) must not kill the
  // process half-way, leaving PostgreSQL and Meilisearch running; the shutdown has its own bound.
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen(config.port, config.host);
  for (const service of runtime.started)
    logger.log(`Started ${service} (data in ${config.dataDir})`);
  logger.log(`Passerelle is ready on http://localhost:${config.port}`);
}
