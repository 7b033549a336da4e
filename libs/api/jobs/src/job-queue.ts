import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import {
  APP_CONFIG,
  type AppConfig,
  INFRASTRUCTURE,
  type Infrastructure,
} from '@passerelle/api-core';

export interface JobOptions {
  /** How many times a failed job is tried again (it must be idempotent). */
  retryLimit?: number;
  /** A job running longer than this is considered crashed and handed out again. */
  expireInSeconds?: number;
}

/** PostgreSQL's code when an administrator (or its own shutdown) ends a connection. */
const ADMIN_SHUTDOWN = '57P01';

/**
 * How an error of pg-boss is logged: its message, code and stack, not the whole object (a
 * pg error carries its client: connection state and type tables, kilobytes per line). A
 * connection that PostgreSQL ends because it is shutting down (Ctrl-C on `npm start` stops
 * the embedded PostgreSQL and the app together) is a warning, not an error.
 */
export function describeQueueError(error: Error): {
  level: 'error' | 'warn';
  fields: { err: { message: string; code?: string; stack?: string } };
  message: string;
} {
  const code = (error as { code?: unknown }).code;
  const err = {
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(error.stack ? { stack: error.stack } : {}),
  };
  if (code === ADMIN_SHUTDOWN)
    return {
      level: 'warn',
      fields: { err: { message: error.message, code } },
      message: 'Job queue connection closed by PostgreSQL (shutting down)',
    };
  return { level: 'error', fields: { err }, message: 'Job queue error' };
}

/**
 * The PostgreSQL-backed job queue (pg-boss): no server besides PostgreSQL. Every process can
 * enqueue; only processes whose role includes `worker` run jobs. Jobs are idempotent: pg-boss
 * hands out a job again when a worker crashed while running it.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;
  private readonly runsJobs: boolean;
  private started = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(INFRASTRUCTURE) infrastructure: Infrastructure,
  ) {
    this.runsJobs = config.role !== 'api';
    this.boss = new PgBoss({
      connectionString: infrastructure.databaseUrl,
      schema: 'pgboss',
      application_name: `passerelle-${config.role}`,
      max: 4,
      schedule: this.runsJobs,
      supervise: this.runsJobs,
    });
    this.boss.on('error', (error: Error) => {
      const { level, fields, message } = describeQueueError(error);
      this.logger[level](fields, message);
    });
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    this.started = true;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 15_000 });
  }

  /** Declares a queue and, in worker processes, runs its jobs one at a time. */
  async work<T extends object>(
    name: string,
    handler: (data: T) => Promise<unknown>,
    options: JobOptions = {},
  ): Promise<void> {
    await this.boss.createQueue(name, {
      name,
      retryLimit: options.retryLimit ?? 3,
      retryDelay: 30,
      retryBackoff: true,
      expireInSeconds: options.expireInSeconds ?? 3_600,
    });
    if (!this.runsJobs) return;
    await this.boss.work<T>(name, { batchSize: 1, pollingIntervalSeconds: 2 }, async (jobs) => {
      for (const job of jobs) await handler(job.data);
    });
  }

  async send<T extends object>(
    name: string,
    data: T,
    options: { singletonKey?: string } = {},
  ): Promise<string | null> {
    return this.boss.send(name, data, options);
  }

  /** A cron schedule (pg-boss makes sure one process enqueues each tick). */
  async schedule(name: string, cron: string): Promise<void> {
    if (this.runsJobs) await this.boss.schedule(name, cron, {}, { tz: 'Europe/Paris' });
  }

  /** Jobs waiting or running, for readiness and metrics. */
  async pending(name: string): Promise<number> {
    return this.boss.getQueueSize(name);
  }
}
