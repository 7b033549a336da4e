import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { APP_CONFIG, type AppConfig, AppError, ErrorCode } from '@passerelle/api-core';
import { FeedEntity, SyncRunEntity } from '@passerelle/api-db';
import { type AheadOptions, crosswalkOf, IngestService, readFeed } from '@passerelle/api-ingest';
import { JobQueue } from '@passerelle/api-jobs';
import { fetchFeed } from '@passerelle/connectors-http';
import type { FieldMapping } from '@passerelle/connectors-tabular';
import { SyncRunStatus, SyncTrigger } from '@passerelle/shared-domain';

export const FEED_SYNC_JOB = 'feed-sync';
export const FEED_SCHEDULER_JOB = 'feed-scheduler';
/** A sync still RUNNING after this long belongs to a crashed worker: its transaction rolled back. */
const STALE_RUN_MS = 2 * 60 * 60 * 1000;

interface FeedSyncJob {
  feedId: string;
  syncRunId: string;
  confirmWithdrawals?: boolean;
}

/**
 * Pulls partner feeds: on demand (`runFeedSync`) and on their schedule, as jobs on the queue.
 * A job fetches the feed over HTTP(S) (timeouts, size limit, retries, SSRF guard), reads it with
 * the connector of its format and hands the items to the ingest pipeline, as one sync run.
 */
@Injectable()
export class FeedSyncService implements OnModuleInit {
  private readonly logger = new Logger(FeedSyncService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly ingest: IngestService,
    private readonly queue: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.queue.work<FeedSyncJob>(FEED_SYNC_JOB, (job) => this.sync(job), {
      retryLimit: 2,
      expireInSeconds: 3_600,
    });
    await this.queue.work(FEED_SCHEDULER_JOB, () => this.enqueueDue(), {
      retryLimit: 0,
      expireInSeconds: 120,
    });
    await this.queue.schedule(FEED_SCHEDULER_JOB, '* * * * *');
  }

  /** Records a RUNNING sync run for the partner's feed and queues it; returns the run at once. */
  async request(
    partnerId: string,
    options: { confirmWithdrawals?: boolean } = {},
  ): Promise<SyncRunEntity> {
    const feed = await this.dataSource
      .getRepository(FeedEntity)
      .findOne({ where: { partnerId, enabled: true }, order: { createdAt: 'ASC' } });
    if (!feed)
      throw new AppError(
        ErrorCode.NOT_FOUND,
        'Cette plateforme n’a pas de flux configuré : utilisez configureFeed.',
      );
    return this.enqueue(feed, options.confirmWithdrawals ?? false);
  }

  private async enqueue(feed: FeedEntity, confirmWithdrawals: boolean): Promise<SyncRunEntity> {
    const run = await this.ingest.start({
      partnerId: feed.partnerId,
      feedId: feed.id,
      trigger: SyncTrigger.PULL,
      fullSnapshot: true,
    });
    await this.dataSource
      .getRepository(FeedEntity)
      .update({ id: feed.id }, { lastRunAt: new Date() });
    await this.queue.send<FeedSyncJob>(FEED_SYNC_JOB, {
      feedId: feed.id,
      syncRunId: run.id,
      confirmWithdrawals,
    });
    return run;
  }

  /** Queues the feeds whose schedule is due, and closes runs left RUNNING by a crashed worker. */
  async enqueueDue(now = new Date()): Promise<number> {
    await this.dataSource.getRepository(SyncRunEntity).update(
      {
        status: SyncRunStatus.RUNNING,
        startedAt: LessThan(new Date(now.getTime() - STALE_RUN_MS)),
      },
      {
        status: SyncRunStatus.FAILED,
        finishedAt: now,
        errorCode: 'INTERRUPTED',
        errorMessage:
          'Synchronisation interrompue (arrêt du serveur) : rien n’a été modifié, elle sera relancée.',
      },
    );
    const due: FeedEntity[] = await this.dataSource
      .getRepository(FeedEntity)
      .createQueryBuilder('feed')
      .where('feed.enabled AND feed.every_minutes IS NOT NULL')
      .andWhere(
        '(feed.last_run_at IS NULL OR feed.last_run_at <= :now::timestamptz - make_interval(mins => feed.every_minutes))',
        { now },
      )
      .getMany();
    for (const feed of due) await this.enqueue(feed, false);
    return due.length;
  }

  /** The job: safe to run twice (a finished run is skipped; an unfinished one rolled back). */
  async sync(job: FeedSyncJob): Promise<SyncRunEntity | undefined> {
    const run = await this.dataSource.getRepository(SyncRunEntity).findOneBy({ id: job.syncRunId });
    if (!run || run.status !== SyncRunStatus.RUNNING) return run ?? undefined;
    const feed = await this.dataSource
      .getRepository(FeedEntity)
      .findOneByOrFail({ id: job.feedId });
    const mapping = Object.keys(feed.mapping).length > 0 ? (feed.mapping as FieldMapping) : null;
    const config = this.config;
    async function* items(ahead: AheadOptions) {
      const fetched = await fetchFeed(feed.url, {
        auth:
          feed.basicAuthUsername && feed.basicAuthPassword
            ? { username: feed.basicAuthUsername, password: feed.basicAuthPassword }
            : undefined,
        allowPrivateNetworks: config.feedAllowPrivateNetworks,
        maxBytes: config.feedMaxBytes,
      });
      yield* readFeed(feed.format, fetched.body, mapping, config.feedMaxBytes, ahead);
    }
    const { syncRun } = await this.ingest.run({
      partnerId: feed.partnerId,
      feedId: feed.id,
      syncRunId: run.id,
      trigger: SyncTrigger.PULL,
      fullSnapshot: true,
      items,
      crosswalk: crosswalkOf(mapping),
      confirmWithdrawals: job.confirmWithdrawals,
    });
    this.logger.log(
      `Feed ${feed.id}: ${syncRun.status} (${syncRun.received} received, ${syncRun.rejected} rejected)`,
    );
    return syncRun;
  }
}
